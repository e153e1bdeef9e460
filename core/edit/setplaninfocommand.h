#pragma once

#include "core/domain/plan.h"

#include <QUndoCommand>

namespace Cairn {

// Changes the plan's own settings (name, currency, fiscal year, horizon, ...).
class SetPlanInfoCommand : public QUndoCommand {
public:
    SetPlanInfoCommand(Plan &plan, PlanInfo after, QUndoCommand *parent = nullptr);

    void redo() override { m_plan.setInfo(m_after); }
    void undo() override { m_plan.setInfo(m_before); }

private:
    Plan &m_plan;
    PlanInfo m_before;
    PlanInfo m_after;
};

} // namespace Cairn
