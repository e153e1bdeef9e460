#pragma once

#include "core/edit/entityvalue.h"

#include <QUndoCommand>

namespace Cairn {

// Changes the plan's own settings (name, currency, fiscal year, horizon, ...).
class SetPlanInfoCommand : public QUndoCommand {
public:
    SetPlanInfoCommand(Plan &plan, PlanInfo after, QUndoCommand *parent = nullptr);

    // Only the settings this step changed, each way (see withChangedFields).
    void redo() override { m_plan.setInfo(withChangedFields(m_plan.info(), m_before, m_after)); }
    void undo() override { m_plan.setInfo(withChangedFields(m_plan.info(), m_after, m_before)); }
    const PlanInfo &before() const { return m_before; }
    const PlanInfo &after() const { return m_after; }

private:
    Plan &m_plan;
    PlanInfo m_before;
    PlanInfo m_after;
};

} // namespace Cairn
