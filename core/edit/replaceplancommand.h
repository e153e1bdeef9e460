#pragma once

#include "core/domain/plan.h"

#include <QUndoCommand>

namespace Cairn {

// Replaces the whole plan with another version of it (an import): one undo step however many
// rows it touched. Keeps both versions; the views are reset on each change.
class ReplacePlanCommand : public QUndoCommand {
public:
    ReplacePlanCommand(
        Plan &plan, PlanContent after, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_plan(plan)
        , m_before(plan.content())
        , m_after(std::move(after))
    {
    }

    void redo() override { m_plan.setContent(m_after); }
    void undo() override { m_plan.setContent(m_before); }

private:
    Plan &m_plan;
    PlanContent m_before;
    PlanContent m_after;
};

} // namespace Cairn
