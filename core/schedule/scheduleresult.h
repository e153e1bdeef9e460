#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Cairn {

// Why an activity starts when it starts.
struct StartReason {
    enum class Kind {
        PlanStart, // at period 0, nothing holds it
        Release, // its earliest start
        Predecessor, // waits for a predecessor (activity) to finish or start
        Resource, // earlier periods lack capacity (resources, periods)
        Pin, // fixed by the user
        Reference, // kept at its reference start (calm re-planning) though it could start earlier
        NotPlaced, // could not be scheduled (see the problems)
    };
    Kind kind = Kind::PlanStart;
    int activity = -1; // the predecessor, for Predecessor
    int precedenceType = 0; // 0 finish-to-start, 1 start-to-start
    int lag = 0;
    // For Resource: the resources that block it and, for each, the periods in which it is full
    // for this activity (from the precedence-earliest start up to its start).
    struct Blocker {
        int resource = -1;
        std::vector<int> periods;
    };
    std::vector<Blocker> blockers;
};

struct ScheduleProblemReport {
    enum class Kind {
        Cycle, // activities depend on each other in a circle (in order)
        OverCapacity, // needs more of a resource than any period offers
        PinConflict, // a pin contradicts a dependency or the release
        DeadlineMissed, // finishes after its deadline; chain says why
        PastHorizon, // runs past the last period
        PinnedOverload, // pinned activities alone exceed a resource's capacity
        ValueClamped, // a value beyond the scheduler's limits was clamped (field, amount, limit)
        BeyondLimit, // activities left out: the schedule would need more periods than allowed
    };
    // ValueClamped: which value (of the activities, the resource or the problem).
    enum class Field { Duration, Lag, Release, Pin, Deadline, Horizon, Demand, Capacity, Weight };
    Kind kind = Kind::Cycle;
    Field field = Field::Duration;
    std::vector<int> activities; // the activities involved, in a meaningful order
    // Cycle: the first cycleLength activities form the cycle, in order; the rest are caught in
    // the same group of mutual dependencies (another cycle through the same activities).
    int cycleLength = 0;
    int resource = -1;
    std::vector<int> periods;
    qint64 amount = 0; // e.g. the demand, for OverCapacity; the value given, for ValueClamped
    qint64 limit = 0; // e.g. the largest capacity, for OverCapacity; the value used, for
                      // ValueClamped and the periods allowed, for BeyondLimit
    int late = 0; // periods late, for DeadlineMissed
    bool becauseOfChain = false; // DeadlineMissed: even without resource limits
};

struct ScheduleResult {
    struct ActivityResult {
        std::optional<int> start;
        int finish = 0; // start + duration (exclusive end), when placed
        StartReason reason;
        int slack = 0; // periods it could slip without moving anything else or missing a bound
        bool onCriticalPath = false;
    };

    std::vector<ActivityResult> activities;
    std::vector<std::vector<qint64>> usage; // [resource][period], up to the makespan
    std::vector<ScheduleProblemReport> problems;

    int makespan = 0;
    qint64 weightedTardiness = 0;
    qint64 weightedCompletion = 0; // sum weight * finish
    int lowerBound = 0; // makespan lower bound (critical path / resource)
    qint64 completionLowerBound = 0;
    bool provenOptimal = false; // the objective reached its lower bound
    bool cancelled = false;
    qint64 schedulesGenerated = 0;
    double elapsedMs = 0;
    double firstScheduleMs = 0; // time to the first complete schedule
    // Calm re-planning: activities not pinned whose start differs from their reference start,
    // and the sum of the differences (periods).
    int moved = 0;
    qint64 shifted = 0;
};

} // namespace Cairn
