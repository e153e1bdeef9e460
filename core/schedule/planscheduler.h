#pragma once

#include "core/domain/amount.h"
#include "core/domain/plan.h"
#include "core/schedule/scheduler.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Cairn {

// The schedule of one initiative, in the plan's terms.
struct InitiativeSchedule {
    InitiativeId id;
    std::optional<Quarter> start; // first active quarter; none when not scheduled
    std::optional<Quarter> reference; // its start in the reference schedule (the one last seen)
    std::optional<Quarter> finish; // last active quarter (a zero-length one: its start)
    int duration = 0; // active quarters as scheduled (the scheduler clamps what a plan holds)
    int slack = 0; // quarters
    StartReason reason;
    QString why; // one translated sentence
    std::optional<Quarter> deadline; // explicit, or derived from an end of support
    std::optional<SystemId> deadlineSystem; // the system whose end of support sets it
    bool late = false;
    bool critical = false;
    // Moved earlier than its reference start into room that came free: the initiative whose move
    // (or removal) made the room, when one did.
    std::optional<InitiativeId> roomFreedBy;

    // Placed, and not where the reference schedule had it.
    bool moved() const { return start && reference && *start != *reference; }
};

struct PlanScheduleProblem {
    enum class Kind {
        Cycle,
        OverCapacity,
        PinConflict,
        DeadlineMissed,
        PastHorizon,
        PinnedOverload,
        ValueClamped, // a value out of the scheduler's range, and the value used instead
        BeyondLimit // initiatives left out: the schedule would be longer than it can be
    };
    Kind kind = Kind::Cycle;
    QString message; // translated, names the initiatives, resources and quarters
    QList<InitiativeId> initiatives;
    // DeadlineMissed: the system whose end of support sets the deadline (none for an explicit one).
    std::optional<SystemId> system;

    static QString key(Kind kind); // "cycle", "deadline-missed", ... (stable, for JSON)
};

// How a plan becomes a ScheduleProblem, kept with the result so both can be traced back.
struct PlanProblemMapping {
    ScheduleProblem problem;
    std::vector<InitiativeId> activityIds; // activity index -> initiative
    std::vector<std::optional<SystemId>> deadlineSystems;
    std::vector<ResourceId> resourceIds; // problem resource index -> plan resource
};

// Maps a plan onto the scheduling problem:
// - dropped and done initiatives are left out (links to them are satisfied);
// - an initiative in progress without a pin is pinned to the first quarter;
// - an initiative that upgrades, replaces or retires a system must finish by the end of that
//   system's support, unless it has a deadline of its own (explicit deadlines are hard);
// - the one-off cost is spread evenly over the active quarters as demand on the budget, unless
//   the initiative gives its budget demand per quarter;
// - the weight (value goal) is value x confidence;
// - the reference schedule gives each initiative it holds a reference start; when the plan keeps
//   its schedule, that start is a pin (held at the reference) unless the user pinned it.
PlanProblemMapping mapPlan(const PlanContent &plan);

struct PlanSchedule {
    SchedulerOptions::Goal goal = SchedulerOptions::Goal::Value;
    std::vector<InitiativeSchedule> initiatives; // in the plan's order, every initiative
    QList<PlanScheduleProblem> problems;
    ScheduleResult result;
    PlanProblemMapping mapping;

    const InitiativeSchedule *find(InitiativeId id) const;
    // The initiatives by start quarter (stable: plan order within a quarter), unplaced ones last.
    std::vector<const InitiativeSchedule *> inStartOrder() const;
    bool hasProblems() const { return !problems.isEmpty(); }
};

// Schedules the plan. Re-planning is calm (see Scheduler): it stays close to the plan's reference
// schedule (PlanContent::reference), unless it is empty; a plan that keeps its schedule
// (SchedulingMode::Keep) holds every initiative of the reference at its reference start.
PlanSchedule schedulePlan(const PlanContent &plan, const SchedulerOptions &options);

// The starts of a schedule as a reference schedule (what a plan keeps: every initiative placed).
std::vector<ReferenceStart> referenceStarts(const PlanSchedule &schedule);

// Explanations and problems worded for a plan (used by schedulePlan).
void describeSchedule(const PlanContent &plan, PlanSchedule &schedule);

} // namespace Cairn
