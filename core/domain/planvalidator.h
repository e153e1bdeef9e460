#pragma once

#include "core/domain/plan.h"

#include <QList>
#include <QString>

namespace Cairn {

// A finding about a plan. Errors make a plan unsound (it cannot be scheduled as written);
// warnings are worth a look but do not stop anything.
struct PlanIssue {
    enum class Severity { Warning, Error };
    enum class Code {
        DependencyCycle,
        SystemDependencyCycle,
        GoalHierarchyCycle,
        DanglingReference,
        DuplicateLink,
        ValueOutOfRange,
        EmptyName,
        WindowTooShort, // earliest start and deadline leave less room than the duration
        PinOutsideWindow, // pinned before its earliest start or so late it misses its deadline
        OutsideHorizon, // pinned, released or due outside the plan's quarters
        BadPlanSetting,
    };

    Severity severity = Severity::Error;
    Code code = Code::ValueOutOfRange;
    EntityKind entity = EntityKind::Plan;
    qint64 id = 0;
    QList<qint64> involved; // e.g. a cycle's members, in order
    QString message; // translated, names the entities involved

    bool isError() const { return severity == Severity::Error; }
};

// Checks a plan's content; never throws. The result is ordered: errors first, then by entity.
QList<PlanIssue> validatePlan(const PlanContent &plan);

// The initiatives of a cycle, written "A → B → C → A" with their names.
QString describeCycle(const PlanContent &plan, const QList<qint64> &initiatives);

// The circle that an item's references to its own kind (a goal's parent, the systems a system
// runs on), as the item has them, would close in `plan`: the ids from the item round to the
// last one before it again; empty when there is none. Circles elsewhere in the plan are passed
// by, never followed round.
// (Found through the plan's index of ids: an import checks every row.)
QList<qint64> referenceCircle(const Plan &plan, const Goal &goal);
QList<qint64> referenceCircle(const Plan &plan, const System &system);
// Such a circle, written "“A” → “B” → “A”" with the goals' or systems' names.
QString describeCircle(const PlanContent &plan, EntityKind kind, const QList<qint64> &circle);

} // namespace Cairn
