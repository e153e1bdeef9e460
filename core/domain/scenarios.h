#pragma once

#include "core/domain/entities.h"

#include <QString>

#include <optional>

namespace Cairn {

// ---- scenarios: named futures made of overrides of the base plan ------------------------------
// A scenario holds no copy of the plan: it is a list of overrides, each naming an entity, one of
// its schema's field keys and a value as text (read through the same field that reads a CSV
// cell). The scenario's plan is worked out from the base (core/scenario/scenarioplan.h), so a
// change to the base that a scenario does not override shows in every scenario.

// The kind of entity an override is about (the keys are the schema's entity keys).
enum class ScenarioTarget { Plan, Goal, System, Resource, Initiative, Milestone };

// What an override does.
enum class OverrideChange {
    Set, // the field takes the value
    Percent, // a number (a capacity, a cost) changes by the value in percent: "-20"
    Exclude, // the initiative is left out (as if dropped)
    Include, // a dropped initiative is taken in (as proposed)
};

struct Scenario {
    ScenarioId id;
    QString name;
    QString description;

    bool operator==(const Scenario &) const = default;
};

// The field key "capacity" of a resource overrides its capacity per quarter, from `from` to `to`
// (either may be open: the plan's first or last quarter); other fields take no range.
inline constexpr char kCapacityField[] = "capacity";
// The field key of Exclude and Include overrides (an initiative's presence).
inline constexpr char kPresenceField[] = "included";

struct ScenarioOverride {
    ScenarioId scenario;
    ScenarioTarget entity = ScenarioTarget::Initiative;
    qint64 target = 0; // the entity's id (0 for the plan's settings)
    QString field; // the schema's key, or kCapacityField / kPresenceField
    OverrideChange change = OverrideChange::Set;
    QString value; // plain text as a CSV cell holds it (cellText), or a percentage
    std::optional<Quarter> from;
    std::optional<Quarter> to;

    bool operator==(const ScenarioOverride &) const = default;
};

// ---- baselines: a frozen, dated copy of a schedule ---------------------------------------------
struct Baseline {
    BaselineId id;
    QString name;
    QString created; // when it was frozen, ISO 8601 in UTC ("2026-11-29T10:15:00Z")
    QString scenario; // the scenario it was taken from (empty: the base plan)

    bool operator==(const Baseline &) const = default;
};

// One initiative as the baseline froze it. It keeps the id and the name, not a link: a baseline
// still tells about an initiative that has since been deleted.
struct BaselineEntry {
    BaselineId baseline;
    qint64 initiative = 0;
    QString name;
    std::optional<Quarter> start; // none: it was not scheduled
    std::optional<Quarter> finish;
    Money cost;

    bool operator==(const BaselineEntry &) const = default;
};

template<> const ChoiceTable &choiceTable<ScenarioTarget>();
template<> const ChoiceTable &choiceTable<OverrideChange>();

} // namespace Cairn
