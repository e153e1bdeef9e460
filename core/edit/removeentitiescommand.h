#pragma once

#include "core/domain/plan.h"

#include <QUndoCommand>

namespace Cairn {

// Removes entities with every link to them, as one step. Undo restores the plan exactly as it
// was (order, links and the references the removal cleared).
class RemoveEntitiesCommand : public QUndoCommand {
public:
    RemoveEntitiesCommand(Plan &plan, QList<qint64> ids, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Plan &m_plan;
    QList<qint64> m_ids;
    PlanContent m_before;
};

} // namespace Cairn
