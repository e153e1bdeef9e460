#include "core/edit/updateentitycommand.h"

#include "core/domain/fields.h"

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

// Only the fields this edit changed are written, each way: what else changed in the entity since
// (another edit, a colleague) stays as it is.
void UpdateEntityCommand::write(const EntityValue &values)
{
    const auto current = entityById(m_plan, idOf(values));
    if (!current || current->index() != values.index())
        return;
    const EntityValue &other = &values == &m_after ? m_before : m_after;
    std::visit(
        [this, &values, &other](const auto &entity) {
            using T = std::decay_t<decltype(entity)>;
            updateEntity(
                m_plan, withChangedFields(entity, std::get<T>(other), std::get<T>(values)));
        },
        *current);
}

void UpdateEntityCommand::redo()
{
    write(m_after);
}
void UpdateEntityCommand::undo()
{
    write(m_before);
}

} // namespace Cairn
