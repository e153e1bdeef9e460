#pragma once

#include "core/schedule/scheduleproblem.h"
#include "core/schedule/scheduleresult.h"

#include <atomic>
#include <cstdint>

namespace Cairn {

struct SchedulerOptions {
    enum class Goal { Makespan, Value };
    Goal goal = Goal::Value;
    // Improvement stops at the first of: time budget, schedule budget, cancellation, a
    // schedule proven optimal. With no time budget the result depends only on the seed. With a
    // time budget of 20 ms or more, the value goal's improvement runs on two threads where the
    // machine has two cores (a second search with another seed; the better finds are kept).
    int timeBudgetMs = 200; // 0 = no time limit
    qint64 maxSchedules = 0; // 0 = no limit
    std::uint64_t seed = 1;
    bool improve = true; // false: the fast constructive pass only
    // Calm re-planning (activities with a reference start): the value a schedule may give up,
    // as a share of the calm baseline, to move fewer activities away from their reference. The
    // baseline is the value of the best schedule found, or the reference's own value in the plan
    // as it is now (each activity at its reference start) when that is worse by at most
    // calmReach of the best: what the search finds beyond the schedule the user saw is no reason
    // to move anything by itself; a reference further from the best than that is.
    double calmTolerance = 0.005;
    double calmReach = 0.01;
    const std::atomic_bool *cancel = nullptr;
};

// Resource-constrained scheduling with lexicographic objectives: hard constraints, then least
// weighted deadline tardiness, then makespan or weighted completion (value first).
//
// Calm re-planning: when activities carry a reference start, the answer is, among the schedules
// found that are as good on deadlines as the best and within calmTolerance of the calm baseline's
// value (the best's, or the reference's own when that is worse, up to calmReach of the best), the
// one that moves the fewest activities from their reference starts, then the one that shifts them
// least. The reference schedule itself, repaired (each activity at its reference start or the
// earliest start after it that fits), is the first schedule tried.
//
// A fast pass runs several priority rules through the serial and parallel schedule generation
// schemes; then a search over activity lists improves the best schedule until a budget ends or a
// lower bound proves it optimal: for the makespan a genetic algorithm with forward-backward
// justification, for value a small population that seeds a late-acceptance hill climb.
class Scheduler {
public:
    static ScheduleResult solve(const ScheduleProblem &problem, const SchedulerOptions &options);
};

} // namespace Cairn
