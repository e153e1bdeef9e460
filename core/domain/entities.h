#pragma once

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

// ---- the plan's own settings ---------------------------------------------------------------
struct PlanInfo {
    QString name;
    QString organisation;
    QString author;
    Currency currency;
    int fiscalYearStartMonth = 1;
    Quarter firstQuarter = Quarter(2027, 1);
    int horizon = 12; // quarters
    QString notes;

    QuarterStyle quarterStyle() const
    {
        return fiscalYearStartMonth == 1 ? QuarterStyle::Calendar : QuarterStyle::Fiscal;
    }
    Quarter lastQuarter() const { return firstQuarter + (horizon - 1); }
    bool operator==(const PlanInfo &) const = default;
};

// Stable English names, used in files, CSV and the command line (never translated).
QString toKey(InitiativeKind v);
QString toKey(InitiativeStatus v);
QString toKey(LifecyclePhase v);
QString toKey(TimeDisposition v);
QString toKey(ResourceKind v);
QString toKey(SystemEffect v);
QString toKey(DependencyType v);
template<class E> std::optional<E> enumFromKey(QStringView key);
template<class E> constexpr int enumCount();

// Words for people, translated.
QString displayName(InitiativeKind v);
QString displayName(InitiativeStatus v);
QString displayName(LifecyclePhase v);
QString displayName(TimeDisposition v);
QString displayName(ResourceKind v);
QString displayName(SystemEffect v);
QString displayName(DependencyType v);

template<> constexpr int enumCount<InitiativeKind>()
{
    return 3;
}
template<> constexpr int enumCount<InitiativeStatus>()
{
    return 6;
}
template<> constexpr int enumCount<LifecyclePhase>()
{
    return 5;
}
template<> constexpr int enumCount<TimeDisposition>()
{
    return 4;
}
template<> constexpr int enumCount<ResourceKind>()
{
    return 3;
}
template<> constexpr int enumCount<SystemEffect>()
{
    return 4;
}
template<> constexpr int enumCount<DependencyType>()
{
    return 2;
}

template<class E> std::optional<E> enumFromKey(QStringView key)
{
    const QString k = key.trimmed().toString();
    for (int i = 0; i < enumCount<E>(); ++i) {
        const E e = static_cast<E>(i);
        if (k.compare(toKey(e), Qt::CaseInsensitive) == 0
            || k.compare(displayName(e), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

} // namespace Cairn
