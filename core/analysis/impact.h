#pragma once

#include "core/domain/plan.h"
#include "core/schedule/planscheduler.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cairn {

// ---- a system --------------------------------------------------------------------------------

struct SystemImpactReport {
    SystemId system;
    struct Touch {
        InitiativeId initiative;
        SystemEffect effect = SystemEffect::Upgrades;
        SystemId on; // the system it touches: the one asked about, or one that runs on it
    };
    // The initiatives that upgrade, replace, retire or introduce the system, in plan order.
    QList<Touch> initiatives;
    struct Served {
        GoalId goal;
        int strength = 0; // the strongest contribution among `through`
        QList<InitiativeId> through;
    };
    // The goals those initiatives serve, strongest contribution first (then plan order).
    QList<Served> goals;
    struct Dependant {
        SystemId system;
        int distance = 1; // 1: runs on it directly
        SystemId runsOn; // the next system on the way to the one asked about
    };
    // The systems that run on it, transitively, nearest first (then plan order).
    QList<Dependant> dependants;
    // The initiatives that touch one of those systems, in plan order.
    QList<Touch> dependantInitiatives;
};

SystemImpactReport systemImpact(const PlanContent &plan, SystemId system);

// ---- an initiative ---------------------------------------------------------------------------

// The tightest chain of dependencies from an initiative to a deadline: the initiatives in
// order, ending with the one whose deadline (explicit, or an end of support) binds.
struct CriticalChain {
    QList<InitiativeId> initiatives; // first: the initiative asked about
    Quarter deadline; // the last quarter in which the last one may still run
    std::optional<SystemId> deadlineSystem; // whose end of support sets the deadline
    // The latest start of the first initiative that lets the chain meet the deadline when
    // nothing but the dependencies holds it back (capacity aside).
    Quarter latestStart;
    std::optional<Quarter> scheduledStart; // of the first, in the schedule given
    std::optional<Quarter> scheduledFinish; // of the last
    bool late = false; // the last finishes after the deadline in the schedule given
};

struct InitiativeImpactReport {
    InitiativeId initiative;
    // Done and dropped initiatives are not scheduled and hold nothing back.
    bool closed = false;
    struct Waiter {
        InitiativeId initiative;
        int distance = 1; // 1: waits for it directly
        InitiativeId waitsFor; // its predecessor on the way to the one asked about
        DependencyType type = DependencyType::FinishToStart;
        int lag = 0;
    };
    // Everything that waits for it, transitively, nearest first (then plan order).
    QList<Waiter> waiting;
    // The goals a delay would reach: served by it or by anything waiting for it, in plan order.
    QList<GoalId> goals;
    std::optional<CriticalChain> chain; // none when no deadline lies ahead of it
    // The dependencies run in a circle through it or its waiters: no chain can be worked out.
    QList<InitiativeId> cycle;
};

// `schedule` (optional) gives the scheduled starts and finishes.
InitiativeImpactReport initiativeImpact(
    const PlanContent &plan, InitiativeId initiative, const PlanSchedule *schedule = nullptr);

// ---- what if a system's support ends earlier -------------------------------------------------

struct EndOfSupportWhatIf {
    SystemId system;
    std::optional<Quarter> endOfSupport; // as planned
    Quarter whatIf; // the end of support tried
    struct Outcome {
        InitiativeId initiative;
        std::optional<Quarter> deadline; // in the what-if
        std::optional<SystemId> deadlineSystem;
        std::optional<Quarter> finish; // in the what-if; none when it could not be placed
        std::optional<Quarter> plannedFinish; // in the plan's own schedule
        bool lateAsPlanned = false; // already late in the plan's own schedule
        int quartersLate = 0;
        int plannedQuartersLate = 0;

        // Late because of the change: on time as planned, or later against its deadline.
        bool worse() const { return !lateAsPlanned || quartersLate > plannedQuartersLate; }
    };
    // Every initiative that would be late: newly late ones first, then those later against their
    // deadline than planned, then those late as planned by as much (each group in plan order).
    QList<Outcome> late;
    struct Move {
        InitiativeId initiative;
        std::optional<Quarter> from; // start in the plan's own schedule
        std::optional<Quarter> to; // start in the what-if
    };
    // Initiatives that would start in another quarter, in plan order.
    QList<Move> moved;
    PlanSchedule planned; // the plan as it is, scheduled with the same options
    PlanSchedule scenario; // the plan with the earlier end of support
    bool newlyLate() const;
    bool makesWorse() const; // something is newly late, or later against its deadline
};

// Re-plans a copy of the plan in which `system`'s end of support is `endOfSupport`, with the
// same scheduler and options as the plan itself, and compares the two schedules. The options
// should bound the work by schedules, not time, so that both runs are comparable.
EndOfSupportWhatIf whatIfEndOfSupport(const PlanContent &plan, SystemId system,
    Quarter endOfSupport, const SchedulerOptions &options);
// Deterministic options for what-ifs: the fast pass and a fixed number of improving schedules.
SchedulerOptions whatIfOptions();

// ---- in words (for the command line and the impact panel) ------------------------------------

struct ImpactSection {
    QString title;
    QStringList lines;
};
QList<ImpactSection> describeImpact(const PlanContent &plan, const SystemImpactReport &report);
QList<ImpactSection> describeImpact(const PlanContent &plan, const InitiativeImpactReport &report);
QList<ImpactSection> describeImpact(const PlanContent &plan, const EndOfSupportWhatIf &whatIf);

} // namespace Cairn
