#pragma once

#include "core/edit/entityvalue.h"

#include <QUndoCommand>

namespace Cairn {

// Replaces an entity's fields. Consecutive edits of the same field of the same entity merge into
// one step (typing a name letter by letter undoes as one change).
class UpdateEntityCommand : public QUndoCommand {
public:
    UpdateEntityCommand(
        Plan &plan, EntityValue before, EntityValue after, QUndoCommand *parent = nullptr);

    int id() const override { return 0x43414952; }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;
    const EntityValue &before() const { return m_before; }
    const EntityValue &after() const { return m_after; }

private:
    quint64 fields() const;
    void write(const EntityValue &values);

    Plan &m_plan;
    EntityValue m_before;
    EntityValue m_after;
};

} // namespace Cairn
