#pragma once

#include "core/models/entitytablemodel.h"
#include "core/schedule/planscheduler.h"

#include <memory>

namespace Cairn {

// The initiatives table: what the initiative is (its fields, from the schema), and when the
// schedule puts it and why (columns "start", "finish" and "why").
class InitiativeTableModel : public EntityTableModel<Initiative> {
public:
    InitiativeTableModel(Plan &plan, EditFacade *edit, QObject *parent = nullptr);
    // The schedule shown in Start, Finish and Why (shared, immutable; null for none).
    void setSchedule(std::shared_ptr<const PlanSchedule> schedule);
    const PlanSchedule *schedule() const { return m_schedule.get(); }

private:
    std::shared_ptr<const PlanSchedule> m_schedule;
};

using GoalTableModel = EntityTableModel<Goal>;
using SystemTableModel = EntityTableModel<System>;
using ResourceTableModel = EntityTableModel<Resource>;
using MilestoneTableModel = EntityTableModel<Milestone>;

// The table model for a kind of entity (goals, systems, resources, milestones, initiatives).
std::unique_ptr<PlanTableModel> makeTableModel(
    EntityKind kind, Plan &plan, EditFacade *edit, QObject *parent = nullptr);

} // namespace Cairn
