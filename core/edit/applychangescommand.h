#pragma once

#include "core/edit/planchanges.h"

#include <QUndoCommand>

namespace Cairn {

// Applies a recorded set of changes (an import, a removal with everything it takes along):
// one undo step that keeps what changed, not copies of the plan.
class ApplyChangesCommand : public QUndoCommand {
public:
    ApplyChangesCommand(
        Plan &plan, PlanChanges changes, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override { m_changes.apply(m_plan); }
    void undo() override { m_changes.revert(m_plan); }
    const PlanChanges &changes() const { return m_changes; }

private:
    Plan &m_plan;
    PlanChanges m_changes;
};

} // namespace Cairn
