#include "core/edit/addentitycommand.h"

#include <QCoreApplication>

namespace Cairn {

AddEntityCommand::AddEntityCommand(Plan &plan, EntityValue entity, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_plan(plan)
    , m_entity(std::move(entity))
{
    // Claim the id now so that redo after undo brings back the same entity.
    if (idOf(m_entity) <= 0) {
        const qint64 id = plan.content().nextId;
        std::visit([id](auto &e) { e.id.value = id; }, m_entity);
    }
    setText(QCoreApplication::translate("Cairn::Edit", "Add “%1”").arg(nameOf(m_entity)));
}

void AddEntityCommand::redo()
{
    addEntity(m_plan, m_entity);
}

void AddEntityCommand::undo()
{
    removeEntity(m_plan, idOf(m_entity));
}

} // namespace Cairn
