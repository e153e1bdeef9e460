#pragma once

#include "core/schedule/planscheduler.h"

#include <memory>
#include <optional>
#include <vector>

class QWidget;

namespace Cairn {

class EditFacade;
class Interaction;

// Plan ▸ Re-plan now: schedules the plan afresh for the best it can find (deadlines, then value;
// no reference), says what would move from the schedule shown, and when the user agrees makes
// that schedule the plan's reference as one undo step. For a plan that keeps its schedule it is
// how dates change besides pins; for one that re-plans calmly, it drops the calm.
// Returns whether the reference changed.
bool replanNow(QWidget *parent, Interaction &interaction, EditFacade &edit,
    const std::shared_ptr<const PlanSchedule> &shown, int budgetMs = 1500);

// The same for a scenario shown: `content` is the scenario's plan. Its schedule lives with the
// open plan, not on the undo stack, so the question says so. Returns the starts to keep when the
// user agrees.
std::optional<std::vector<ReferenceStart>> replanScenario(QWidget *parent, Interaction &interaction,
    const PlanContent &content, const QString &scenarioName,
    const std::shared_ptr<const PlanSchedule> &shown, int budgetMs = 1500);

} // namespace Cairn
