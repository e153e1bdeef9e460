#pragma once

#include "core/domain/plan.h"

#include <QStringList>

#include <optional>

namespace Cairn {

// The plan a scenario describes: the base with the scenario's overrides applied, in order. The
// scenario and baseline rows are kept as they are; the base itself is never touched. The base's
// reference schedule is not carried over: a scenario's plan is scheduled afresh, or from the
// scenario's own schedule last shown (LiveSchedule keeps it).
struct ScenarioPlan {
    PlanContent content;
    QStringList problems; // translated: each override that could not be applied, and why
};

// The base itself when `scenario` is none (or not in the plan: then a problem says so).
ScenarioPlan applyScenario(const PlanContent &base, std::optional<ScenarioId> scenario);
// The plan a scenario describes as a plan of its own (no scenarios of scenarios: the scenarios
// and their overrides are left out), for a report or an export of the future shown; the base
// itself when `scenario` is none. Overrides that cannot be applied are left out.
PlanContent planAlone(const PlanContent &base, std::optional<ScenarioId> scenario);
// Applies one override to `plan` (the base so far). Returns why it cannot be applied (translated,
// naming the item, the field and the value), or nothing when it was.
QString applyOverride(PlanContent &plan, const ScenarioOverride &o);
// Why an override does not apply to `base`, or nothing: what a file, an import, the command line
// and the editor check before they keep one.
QString overrideProblem(const PlanContent &base, const ScenarioOverride &o);

// What the command line calls the base plan (besides the plan's own name).
inline QString basePlanKey()
{
    return QStringLiteral("base");
}

// The overrides of one scenario, in the order they apply.
std::vector<ScenarioOverride> overridesOf(const PlanContent &plan, ScenarioId scenario);
// The scenario called `name` (trimmed, case-insensitive), if any.
std::optional<ScenarioId> scenarioNamed(const PlanContent &plan, const QString &name);
std::optional<BaselineId> baselineNamed(const PlanContent &plan, const QString &name);

// The scenario kind of an entity kind, and back (Plan for the plan's settings).
std::optional<ScenarioTarget> scenarioTarget(EntityKind kind);
EntityKind entityKind(ScenarioTarget target);
// The entity an override names, as people know it: "initiative “ERP”", "the plan's settings".
QString overrideItem(const PlanContent &plan, const ScenarioOverride &o);
// One line for people: "Capacity of “Budget”: −20 % from 2027 Q3", "Leave out “CRM”".
QString describeOverride(const PlanContent &plan, const ScenarioOverride &o);

// A new override of a field of an entity, with the value written as the field writes a cell
// (`value` as Field::get gives it). The result replaces one for the same item and field.
ScenarioOverride fieldOverride(const PlanContent &plan, ScenarioId scenario, EntityKind kind,
    qint64 id, const QString &field, const QVariant &value);
// Puts `o` into `list` in place of an override of the same scenario, item, field and range (or
// at the end of the scenario's overrides); a Set of the base's own value removes the override.
void putOverride(const PlanContent &base, std::vector<ScenarioOverride> &list, ScenarioOverride o);

} // namespace Cairn
