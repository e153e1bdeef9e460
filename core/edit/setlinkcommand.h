#pragma once

#include "core/edit/planchanges.h"

#include <QUndoCommand>

namespace Cairn {

// Adds or changes one link (supports goal, affects system, depends on initiative); with
// remove = true, removes it. Undo restores the link as it was, in its place.
class SetLinkCommand : public QUndoCommand {
public:
    SetLinkCommand(Plan &plan, const LinkValue &link, bool remove, QUndoCommand *parent = nullptr);

    void redo() override { m_changes.apply(m_plan); }
    void undo() override { m_changes.revert(m_plan); }
    const PlanChanges &changes() const { return m_changes; }

private:
    Plan &m_plan;
    PlanChanges m_changes;
};

} // namespace Cairn
