#pragma once

#include "core/schedule/planscheduler.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace Cairn {

// A baseline and its rows, frozen from a schedule: every initiative taken in (not dropped, not
// done) with its scheduled start and finish (none when it could not be placed) and its cost.
struct FrozenBaseline {
    Baseline baseline;
    std::vector<BaselineEntry> entries;
};
FrozenBaseline freezeBaseline(const PlanContent &plan, const PlanSchedule &schedule,
    const QString &name, const QDateTime &when, const QString &scenario = {});
// Adds a frozen baseline to `plan` with a new id (the plan's next one); returns the id.
BaselineId addBaseline(PlanContent &plan, FrozenBaseline frozen);
// Removes a baseline and its rows.
void removeBaseline(PlanContent &plan, BaselineId id);

// How the schedule now differs from a baseline, initiative by initiative.
struct VarianceRow {
    qint64 initiative = 0;
    QString name; // as it is now, or as the baseline kept it when it is gone
    enum class Status { Same, Moved, Added, Removed, Unplaced };
    Status status = Status::Same;
    std::optional<Quarter> baselineStart, baselineFinish, start, finish;
    std::optional<int> slip; // finish now minus finish then, in quarters (positive: later)
    qint64 baselineCost = 0, cost = 0; // minor units
    qint64 costChange() const { return cost - baselineCost; }
};

struct Variance {
    std::vector<VarianceRow> rows; // the baseline's order, then initiatives added since
    int moved = 0, later = 0, earlier = 0, added = 0, removed = 0, unplaced = 0;
    int totalSlip = 0; // sum of positive slips, quarters
    qint64 costChange = 0; // minor units, over initiatives in both
    qint64 baselineCost = 0, cost = 0;
};

// Compares the plan as scheduled now with a baseline. Added: taken in now, not in the baseline;
// removed: in the baseline, now deleted, dropped or done; unplaced: placed then, not now.
Variance varianceSince(const PlanContent &plan, const PlanSchedule &schedule, BaselineId baseline);

} // namespace Cairn
