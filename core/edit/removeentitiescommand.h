#pragma once

#include "core/edit/planchanges.h"

#include <QUndoCommand>

namespace Cairn {

// Removes entities with every link to them and every reference to them, as one step. Keeps the
// removed entities, their links and the references it cleared, with their places, so that undo
// puts each back where it was, by id.
class RemoveEntitiesCommand : public QUndoCommand {
public:
    RemoveEntitiesCommand(Plan &plan, const QList<qint64> &ids, QUndoCommand *parent = nullptr);

    void redo() override { m_changes.apply(m_plan); }
    void undo() override { m_changes.revert(m_plan); }

private:
    Plan &m_plan;
    PlanChanges m_changes;
};

} // namespace Cairn
