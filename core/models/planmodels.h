#pragma once

#include "core/models/entitytablemodel.h"
#include "core/schedule/planscheduler.h"

#include <memory>

namespace Cairn {

// The initiatives table: what the initiative is, and when the schedule puts it and why.
class InitiativeTableModel : public EntityTableModel<Initiative> {
public:
    enum Column {
        Name,
        Kind,
        Status,
        Start,
        Finish,
        Duration,
        Cost,
        Value,
        Confidence,
        Risk,
        EarliestStart,
        Deadline,
        Pin,
        Why,
        ColumnCount
    };

    InitiativeTableModel(Plan &plan, EditFacade *edit, QObject *parent = nullptr);
    // The schedule shown in Start, Finish and Why (shared, immutable; null for none).
    void setSchedule(std::shared_ptr<const PlanSchedule> schedule);
    const PlanSchedule *schedule() const { return m_schedule.get(); }

private:
    std::shared_ptr<const PlanSchedule> m_schedule;
};

class GoalTableModel : public EntityTableModel<Goal> {
public:
    enum Column { Name, Weight, Owner, Target, Kpi, Parent, ColumnCount };
    GoalTableModel(Plan &plan, EditFacade *edit, QObject *parent = nullptr);
};

class SystemTableModel : public EntityTableModel<System> {
public:
    enum Column {
        Name,
        Category,
        Vendor,
        Owner,
        Criticality,
        Condition,
        RunCost,
        Lifecycle,
        Disposition,
        EndOfSupport,
        ColumnCount
    };
    SystemTableModel(Plan &plan, EditFacade *edit, QObject *parent = nullptr);
};

class ResourceTableModel : public EntityTableModel<Resource> {
public:
    enum Column { Name, Kind, Capacity, Notes, ColumnCount };
    ResourceTableModel(Plan &plan, EditFacade *edit, QObject *parent = nullptr);
};

} // namespace Cairn
