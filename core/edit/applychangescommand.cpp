#include "core/edit/applychangescommand.h"

namespace Cairn {

ApplyChangesCommand::ApplyChangesCommand(
    Plan &plan, PlanChanges changes, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_plan(plan)
    , m_changes(std::move(changes))
{
}

} // namespace Cairn
