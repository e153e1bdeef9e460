#pragma once

#include "core/analysis/plananalysis.h"
#include "core/schedule/planscheduler.h"

#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace Cairn {

// One side of a comparison: a scenario (or the base plan) scheduled on its own with the same
// scheduler, and the figures a board compares futures by.
struct ScenarioFigures {
    std::optional<ScenarioId> scenario; // none: the base plan
    QString name;
    PlanContent content; // the scenario's plan
    PlanSchedule schedule;
    QStringList problems; // overrides that could not be applied
    std::vector<YearSpend> spendByYear; // (fiscal) years, Run/Grow/Transform and total
    std::array<qint64, kKindCount> spendOfKinds {}; // Run, Grow, Transform over the range
    qint64 totalSpend = 0;
    int scheduled = 0; // initiatives with a start
    int unscheduled = 0; // taken in but not placed
    int late = 0; // scheduled past their deadline
    int withDeadline = 0; // taken in and bound by a deadline (own or an end of support)
    int deadlinesMet = 0; // of those, scheduled and finished by it
    std::vector<SystemId> outOfSupport; // systems out of vendor support at some quarter
    std::optional<Quarter> lastFinish; // the last quarter of work
};

// What one initiative does in each compared scenario, measured against the first.
struct InitiativeComparison {
    InitiativeId id;
    QString name;
    struct Side {
        bool included = false; // not dropped, not done
        std::optional<Quarter> start;
        std::optional<Quarter> finish;
        bool late = false;
        Money cost;
    };
    std::vector<Side> sides; // one per compared scenario
    enum Change : unsigned { Moved = 1, Dropped = 2, Added = 4, NewlyLate = 8, CostChanged = 16 };
    std::vector<unsigned> changes; // per side: what differs from the first (0 for the first)
    // Quarters the finish moved against the first (positive: later), when both are scheduled.
    std::vector<std::optional<int>> shift;
};

struct ScenarioComparison {
    std::vector<ScenarioFigures> sides;
    // Initiatives that move, drop, come in, become late or cost differently in any side against
    // the first, in the base plan's order.
    std::vector<InitiativeComparison> changes;
    // Every (fiscal) year any side spends in, in order.
    std::vector<int> years;

    qint64 spendIn(size_t side, int year) const;
};

// The figures of one scenario (none: the base), scheduled with `options`.
ScenarioFigures scenarioFigures(
    const PlanContent &base, std::optional<ScenarioId> scenario, const SchedulerOptions &options);
// The figures of an already scheduled plan (what the scenario's figures are made of).
void fillFigures(ScenarioFigures &figures);

// Schedules each of `which` on its own and compares them with the first.
ScenarioComparison compareScenarios(const PlanContent &base,
    const std::vector<std::optional<ScenarioId>> &which, const SchedulerOptions &options);
// Compares sides already scheduled (the view reuses the live schedule of the side it shows).
ScenarioComparison compareFigures(std::vector<ScenarioFigures> sides);

// The name the base plan goes by in a comparison: "Base plan" (translated).
QString basePlanName();

} // namespace Cairn
