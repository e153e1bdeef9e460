#pragma once

#include <QList>

namespace Cairn::Bench {

struct StabilityOptions {
    QList<int> sizes {50, 200, 2000}; // initiatives per generated plan
    int edits = 100; // random single edits per plan
    int budgetMs = 300; // improvement time for the calm and the unconstrained re-plan
    // Instead of time: schedules for each re-plan (five times as many for the reference), on one
    // thread, so that a run can be repeated exactly (to compare two versions of the scheduler).
    qint64 maxSchedules = 0;
    quint64 seed = 1;
    bool sample = false; // the window's path on the sample instead (see below)
    bool details = false; // also list the edits with the most moved beyond forced, value lost
    // The plans: classic (horizon 24), or long (issue 20's held-out shape: ~85 % load, end of
    // support met by some schedule; see GenerateOptions).
    bool longShape = false;
};

// Issue 14: how calm re-planning is. For each plan size, a generated plan is scheduled (with the
// window's improvement budget) and that schedule becomes its reference; then each of `edits` random
// single edits (pin +-1..3 quarters, duration +1, cost +20 %, a dependency added or removed, a
// resource's capacity -10 % in one quarter) is applied to a copy and re-planned from the reference.
// Prints, per size, the median and p95 of: initiatives moved, moved beyond those forced to move
// (those the repaired reference moves: each initiative at its reference start or the earliest start
// after it that fits), value lost against an unconstrained re-optimisation of the same edit
// (weighted completion, %), and the time to the first answer (the fast pass). With `sample`: the
// window's own path on the sample plan (LiveSchedule with the window's improvement budget, edits
// through the EditFacade, the schedule seen as the reference): each initiative the schedule places
// pinned one quarter later in turn, and the others moved in the first answer and in the final one,
// against the schedule seen.
int runStabilityBench(const StabilityOptions &options);

} // namespace Cairn::Bench
