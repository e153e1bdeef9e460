#pragma once

#include "core/domain/plan.h"
#include "core/schedule/planscheduler.h"

#include <array>
#include <optional>
#include <vector>

namespace Cairn {

// The figures charts and reports show, computed from a plan and one of its schedules. Plain
// data: every series has one value per quarter of `PlanAnalysis::quarters`, starting at `first`.
// Money is in minor units of the plan's currency, teams and partners in hundredths of an FTE.

constexpr int kKindCount = 3; // Run, Grow, Transform (InitiativeKind)

struct ResourceLoad {
    ResourceId resource;
    QString name;
    ResourceKind kind = ResourceKind::Team;
    std::vector<qint64> capacity;
    std::vector<qint64> demand; // all scheduled work
    std::array<std::vector<qint64>, kKindCount> demandByKind;

    // Demand as a percentage of capacity; nothing when there is no capacity and no demand,
    // and a very large number for demand where the capacity is zero.
    std::optional<int> utilisationPercent(int quarter) const;
    bool overloaded(int quarter) const
    {
        return demand[size_t(quarter)] > capacity[size_t(quarter)];
    }
};

struct GoalSpend {
    std::optional<GoalId> goal; // none: initiatives that serve no goal
    QString name;
    std::vector<qint64> spend; // the goal's share (by contribution strength) per quarter
    qint64 total = 0;
};

struct GoalCoverage {
    GoalId goal;
    QString name;
    int initiatives = 0; // not dropped, contributing to the goal
    qint64 spend = 0; // the goal's share of their cost
    int value = 0; // sum of their value scores
    std::optional<Quarter> first; // first quarter of the earliest scheduled one
    std::optional<Quarter> last; // last quarter of the latest scheduled one
    int unscheduled = 0;
    // On the roadmap (see onRoadmap), in plan order: those whose main goal this is, which make
    // up its lane, and those that serve it too from another goal's lane.
    std::vector<InitiativeId> lane;
    std::vector<InitiativeId> alsoServing;
};

struct PortfolioEntry {
    InitiativeId initiative;
    QString name;
    InitiativeKind kind = InitiativeKind::Grow;
    InitiativeStatus status = InitiativeStatus::Proposed;
    int value = 0;
    qint64 cost = 0; // minor units
    int risk = 1;
    int confidence = 0;
    // Value points per thousand units of the currency (per k€); nothing for a free initiative.
    std::optional<double> valuePerThousand;
    std::optional<Quarter> start;
};

struct SupportExposure {
    std::vector<std::vector<SystemId>> asIs; // per quarter: running systems past their support
    std::vector<std::vector<SystemId>> withPlan; // the same once the plan's work is done
    // Systems still out of support at the end of the range with the plan carried out.
    std::vector<SystemId> remaining;
};

// A system out of vendor support with the plan carried out: from its first such quarter to its
// last (the work on it ends the gap; a system stays out at most once).
struct SupportGap {
    SystemId system;
    Quarter from;
    Quarter to;
    int quarters = 0; // out of support for so many quarters of the range
    bool remains = false; // still out of support at the end of the range
};

// One (fiscal) year's planned spend, by kind.
struct YearSpend {
    int year = 0;
    std::array<qint64, kKindCount> byKind {};
    qint64 total = 0;
};

struct OverloadedQuarter {
    ResourceId resource;
    Quarter quarter;
    qint64 demand = 0;
    qint64 capacity = 0;
};

struct PlanAnalysis {
    Quarter first;
    int quarters = 0; // the plan's horizon, extended to the last scheduled quarter

    std::vector<ResourceLoad> loads; // in the plan's resource order
    std::array<std::vector<qint64>, kKindCount> spendByKind; // one-off cost spread exactly
    std::vector<qint64> spend; // all kinds
    std::vector<GoalSpend> spendByGoal; // in goal order, then "no goal" if any
    SupportExposure support;
    std::vector<SupportGap> supportGaps; // in the plan's system order
    std::vector<qint64> runCostAsIs; // per quarter, annual run cost / 4
    std::vector<qint64> runCostWithPlan; // retirements land; a replacement costs as
                                         // the old system unless planned as a system
    std::vector<GoalCoverage> coverage; // in goal order
    std::vector<PortfolioEntry> portfolio; // not dropped, in plan order
    std::vector<OverloadedQuarter> overloads; // by resource, then quarter

    Quarter quarter(int index) const { return first + index; }
    int indexOf(Quarter q) const { return q - first; }
    // Spend per (fiscal) year, in year order: pairs of (year, amount).
    std::vector<std::pair<int, qint64>> spendByYear() const;
    // The same split by Run, Grow and Transform.
    std::vector<YearSpend> spendByYearAndKind() const;
    // The spend of each kind over the whole range.
    std::array<qint64, kKindCount> spendOfKinds() const;
};

PlanAnalysis analysePlan(const PlanContent &plan, const PlanSchedule &schedule);
// Only the range, the resources' loads and the overloads: for the roadmap's capacity strip, which
// is laid out again on every change.
PlanAnalysis analyseLoads(const PlanContent &plan, const PlanSchedule &schedule);

// Each initiative's goals (by initiative id), strongest contribution first, ties in goal order:
// the first is the initiative's main goal (its roadmap lane), strengths share its spend.
struct GoalShare {
    size_t goal = 0; // index into plan.goals
    int strength = 1; // 1..5
};
QHash<qint64, std::vector<GoalShare>> goalsByInitiative(const PlanContent &plan);

// Whether an initiative has a place on the roadmap: not dropped, and not done without a record of
// when (a done initiative is drawn at its pinned start). `scheduled` may be null.
bool onRoadmap(const Initiative &initiative, const InitiativeSchedule *scheduled);

// An amount split in whole minor units over `parts` quarters: the remainder goes to the first
// quarters, so the parts always add up to the amount.
qint64 evenShare(qint64 amount, int parts, int index);

} // namespace Cairn
