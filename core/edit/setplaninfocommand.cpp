#include "core/edit/setplaninfocommand.h"

#include <QCoreApplication>

namespace Cairn {

SetPlanInfoCommand::SetPlanInfoCommand(Plan &plan, PlanInfo after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_plan(plan)
    , m_before(plan.info())
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("Cairn::Edit", "Change plan settings"));
}

} // namespace Cairn
