#pragma once

#include "core/schedule/scheduler.h"

#include <QString>

namespace Cairn {

// How far a schedule can be from the best possible one: a lower bound on its objective that
// never exceeds the optimum, and the gap between the two.
//
// Value goal: the bound is on Σ weight × finish among the schedules whose weighted tardiness
// is no worse than this schedule's (a set that holds every lexicographically optimal
// schedule, so the bound is valid for the optimum too). It comes from a time-indexed model of
// the problem solved with COIN-OR: its linear relaxation, or for small problems (up to
// `exactUpTo` activities) a branch and bound that proves the optimum when it finishes in time.
// Makespan goal: the critical-path and resource-energy bound of the scheduler.
struct ScheduleBound {
    enum class Method { None, Combinatorial, LinearRelaxation, BranchAndBound };
    Method method = Method::None;
    qint64 objective = 0; // the schedule's: Σ weight × finish (value) or the makespan
    qint64 bound = 0; // never above the optimum
    qint64 tardinessBound = 0; // never above the least weighted tardiness possible
    bool proven = false; // the schedule is optimal (tardiness, then the goal)
    double gapPercent = 0; // (objective − bound) / bound, in per cent

    static QString key(Method method); // "lp", "mip", "combinatorial", "none" (for JSON)
};

struct BoundOptions {
    int timeLimitMs = 2000; // 0: the scheduler's own bound only
    int exactUpTo = 40; // activities: branch and bound for problems this small
    int maxVariables = 60000; // larger time-indexed models are not built
};

ScheduleBound boundSchedule(const ScheduleProblem &problem, const ScheduleResult &result,
    SchedulerOptions::Goal goal, const BoundOptions &options = {});

// "Within 0.4 % of the best possible schedule." / "The best possible schedule (proven)." /
// nothing when no bound is known: the sentence the status bar and the PDF summary show.
QString describeGap(const ScheduleBound &bound);

} // namespace Cairn
