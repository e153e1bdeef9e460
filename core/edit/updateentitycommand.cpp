#include "core/edit/updateentitycommand.h"

#include <QCoreApplication>

namespace Cairn {

UpdateEntityCommand::UpdateEntityCommand(
    Plan &plan, EntityValue before, EntityValue after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_plan(plan)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("Cairn::Edit", "Edit “%1”").arg(nameOf(m_after)));
}

quint64 UpdateEntityCommand::fields() const
{
    return std::visit(
        [this](const auto &a) -> quint64 {
            using T = std::decay_t<decltype(a)>;
            return changedFields(std::get<T>(m_before), a);
        },
        m_after);
}

bool UpdateEntityCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const UpdateEntityCommand *>(other);
    if (!o || idOf(o->m_after) != idOf(m_after) || o->m_after.index() != m_after.index())
        return false;
    // Only the same single field edited again merges (consecutive typing in one cell).
    const quint64 mine = fields();
    if (mine == 0 || o->fields() != mine || (mine & (mine - 1)) != 0)
        return false;
    m_after = o->m_after;
    return true;
}

void UpdateEntityCommand::redo()
{
    updateEntity(m_plan, m_after);
}
void UpdateEntityCommand::undo()
{
    updateEntity(m_plan, m_before);
}

} // namespace Cairn
