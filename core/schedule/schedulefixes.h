#pragma once

#include "core/schedule/planscheduler.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Cairn {

// A change to the plan that would fix a schedule problem (a missed deadline or end of support,
// an initiative that cannot be placed), verified by scheduling the changed plan.
struct ScheduleFix {
    enum class Kind {
        ExtraCapacity, // more of a resource (budget, FTE) in named quarters
        DeferInitiatives, // lower-value initiatives start later
        MoveDeadline, // a later deadline, or a system supported for longer
    };
    Kind kind = Kind::ExtraCapacity;
    QString description; // translated, names what changes

    // ExtraCapacity: `amount` more of `resource` in each of `quarters`.
    ResourceId resource;
    std::vector<Quarter> quarters;
    qint64 amount = 0;
    // DeferInitiatives: these start in `notBefore` or later.
    QList<InitiativeId> deferred;
    // DeferInitiatives: the earliest start; MoveDeadline: the new deadline or end of support.
    Quarter when;
    // MoveDeadline: the initiative's own deadline, or the system's end of support.
    InitiativeId initiative;
    std::optional<SystemId> system;

    // After the fix: the initiative's quarters late (0: the problem is gone) and the plan's
    // weighted tardiness.
    int lateAfter = 0;
    qint64 tardinessAfter = 0;

    PlanContent applyTo(PlanContent plan) const;
    static QString key(Kind kind); // "extra-capacity", "defer", "move-deadline" (for JSON)
};

struct FixOptions {
    qint64 schedulesPerCheck = 1500; // each candidate is verified with this many schedules
    int timeLimitMs = 3000; // for all the fixes of one problem
};

// The smallest verified fixes of a DeadlineMissed or OverCapacity problem of `schedule` (made
// for `plan`), cheapest first within each kind; none for other problems.
std::vector<ScheduleFix> proposeFixes(const PlanContent &plan, const PlanSchedule &schedule,
    const PlanScheduleProblem &problem, const FixOptions &options = {});

} // namespace Cairn
