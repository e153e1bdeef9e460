#pragma once

#include "core/edit/entityvalue.h"

#include <QUndoCommand>

namespace Cairn {

// Adds one entity (a new one, or a duplicate). Undo removes it again.
class AddEntityCommand : public QUndoCommand {
public:
    AddEntityCommand(Plan &plan, EntityValue entity, QUndoCommand *parent = nullptr);

    qint64 entityId() const { return idOf(m_entity); }
    const EntityValue &entity() const { return m_entity; }
    void redo() override;
    void undo() override;

private:
    Plan &m_plan;
    EntityValue m_entity;
};

} // namespace Cairn
