#pragma once

#include "core/domain/plan.h"

#include <QUndoCommand>

#include <variant>

namespace Cairn {

using LinkValue = std::variant<GoalContribution, SystemImpact, Dependency>;

// Adds or changes one link (supports goal, affects system, depends on initiative); with
// remove = true, removes it. Undo restores the link as it was, in its place.
class SetLinkCommand : public QUndoCommand {
public:
    SetLinkCommand(Plan &plan, LinkValue link, bool remove, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Plan &m_plan;
    LinkValue m_link;
    bool m_remove;
    // The link lists before redo, restored in their exact order by undo.
    std::vector<GoalContribution> m_contributions;
    std::vector<SystemImpact> m_impacts;
    std::vector<Dependency> m_dependencies;
};

} // namespace Cairn
