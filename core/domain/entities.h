#pragma once

#include "core/domain/choices.h"
#include "core/domain/ids.h"
#include "core/domain/money.h"
#include "core/domain/quarter.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Cairn {

// ---- closed sets -------------------------------------------------------------------------
enum class InitiativeKind { Run, Grow, Transform };
enum class InitiativeStatus { Idea, Proposed, Approved, InProgress, Done, Dropped };
enum class LifecyclePhase { Plan, PhaseIn, Active, PhaseOut, Retired };
enum class TimeDisposition { Tolerate, Invest, Migrate, Eliminate };
enum class ResourceKind { Budget, Team, Partner };
enum class SystemEffect { Upgrades, Replaces, Retires, Introduces };
enum class DependencyType { FinishToStart, StartToStart };
// What an edit does to the dates: re-plan calmly (move what must move, and little else), or keep
// the schedule (only pins and the user's own moves change dates; problems are reported).
enum class SchedulingMode { Replan, Keep };
// Whether the dot vote's totals are shown (the reveal) or hidden while people still vote.
enum class VoteDisplay { Hidden, Revealed };

// ---- entities ----------------------------------------------------------------------------
struct Goal {
    GoalId id;
    QString name;
    QString description;
    int weight = 3; // priority 1..5
    QString owner;
    std::optional<Quarter> targetQuarter;
    QString kpi;
    std::optional<GoalId> parent; // vision -> goal -> objective

    bool operator==(const Goal &) const = default;
};

struct System {
    SystemId id;
    QString name;
    QString category;
    QString vendor;
    QString owner;
    int criticality = 3; // business criticality 1..5
    int condition = 3; // technical condition 1 (poor) .. 5 (excellent)
    Money annualRunCost;
    LifecyclePhase lifecycle = LifecyclePhase::Active;
    TimeDisposition disposition = TimeDisposition::Tolerate;
    // Last quarter with vendor support; work on the system must finish by its end.
    std::optional<Quarter> endOfSupport;
    QList<SystemId> dependsOn; // the CRM runs on the database server
    QStringList tags; // free labels

    bool operator==(const System &) const = default;
};

// Amounts are integers: minor currency units for a Budget, hundredths of an FTE for a Team or
// Partner (150 = 1.5 FTE).
struct Resource {
    ResourceId id;
    QString name;
    ResourceKind kind = ResourceKind::Team;
    qint64 defaultCapacity = 0; // per quarter
    QMap<Quarter, qint64> capacities; // overrides for particular quarters
    QString notes;

    qint64 capacityIn(Quarter q) const { return capacities.value(q, defaultCapacity); }
    bool operator==(const Resource &) const = default;
};

struct Initiative {
    InitiativeId id;
    QString name;
    QString description;
    InitiativeKind kind = InitiativeKind::Grow;
    InitiativeStatus status = InitiativeStatus::Proposed;
    int duration = 1; // quarters; 0 marks a milestone-like initiative
    Money cost; // one-off cost, spread evenly over the active quarters
    QMap<ResourceId, qint64> demand; // per active quarter; a Budget entry overrides the spread
    std::optional<Quarter> earliestStart;
    std::optional<Quarter> deadline; // last quarter in which it may still run
    std::optional<Quarter> pin; // fixed start chosen by the user
    int value = 50; // value score 0..100
    int confidence = 70; // percent 0..100
    int risk = 2; // 1..5
    QStringList tags; // free labels ("cloud", "compliance")

    bool operator==(const Initiative &) const = default;
};

struct Milestone {
    MilestoneId id;
    QString name;
    Quarter quarter;
    QString description;

    bool operator==(const Milestone &) const = default;
};

// ---- links -------------------------------------------------------------------------------
struct GoalContribution {
    InitiativeId initiative;
    GoalId goal;
    int strength = 3; // 1..5

    bool operator==(const GoalContribution &) const = default;
};

struct SystemImpact {
    InitiativeId initiative;
    SystemId system;
    SystemEffect effect = SystemEffect::Upgrades;

    bool operator==(const SystemImpact &) const = default;
};

struct Dependency {
    InitiativeId predecessor;
    InitiativeId successor;
    DependencyType type = DependencyType::FinishToStart;
    int lag = 0; // quarters

    bool operator==(const Dependency &) const = default;
};

// ---- the reference schedule ---------------------------------------------------------------
// Where an initiative started in the schedule the user last saw. Kept with the plan (files, JSON,
// spreadsheets), so that re-planning after a change stays close to it and a reopened plan shows
// the same dates.
struct ReferenceStart {
    InitiativeId initiative;
    Quarter start;

    bool operator==(const ReferenceStart &) const = default;
};

// ---- the plan's own settings ---------------------------------------------------------------
struct PlanInfo {
    QString name;
    QString organisation; // the client the plan is for: on the report's cover and in its footer
    QString logo; // the organisation's logo, PNG or SVG as a data: URL (see pictureProblem)
    QString author;
    QString marking; // on every page of the report when set: "Confidential"
    Currency currency;
    int fiscalYearStartMonth = 1;
    Quarter firstQuarter = Quarter(2027, 1);
    int horizon = 12; // quarters
    QString notes;
    SchedulingMode scheduling = SchedulingMode::Replan;
    int dots = 5; // each participant's dots in a dot vote
    VoteDisplay votes = VoteDisplay::Hidden;

    QuarterStyle quarterStyle() const
    {
        return fiscalYearStartMonth == 1 ? QuarterStyle::Calendar : QuarterStyle::Fiscal;
    }
    // Saturates for a horizon no plan has (2^31-1 from a hostile file): never overflows.
    Quarter lastQuarter() const { return firstQuarter + (qint64(horizon) - 1); }
    bool operator==(const PlanInfo &) const = default;
};

// Each closed set's values, names and aliases (entities.cpp).
template<> const ChoiceTable &choiceTable<InitiativeKind>();
template<> const ChoiceTable &choiceTable<InitiativeStatus>();
template<> const ChoiceTable &choiceTable<LifecyclePhase>();
template<> const ChoiceTable &choiceTable<TimeDisposition>();
template<> const ChoiceTable &choiceTable<ResourceKind>();
template<> const ChoiceTable &choiceTable<SystemEffect>();
template<> const ChoiceTable &choiceTable<DependencyType>();
template<> const ChoiceTable &choiceTable<SchedulingMode>();
template<> const ChoiceTable &choiceTable<VoteDisplay>();

} // namespace Cairn
