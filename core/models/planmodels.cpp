#include "core/models/planmodels.h"

#include <QCoreApplication>

namespace Cairn {

InitiativeTableModel::InitiativeTableModel(Plan &plan, EditFacade *edit, QObject *parent)
    : EntityTableModel<Initiative>(plan, edit, parent)
{
    const Plan *pl = &plan;
    auto scheduled
        = [this](const Initiative &i) { return m_schedule ? m_schedule->find(i.id) : nullptr; };
    auto quarterCell = [pl](const std::optional<Quarter> &q, int role) -> QVariant {
        if (role == SortRole)
            return q ? q->ordinal() : std::numeric_limits<int>::min();
        if (role != Qt::DisplayRole)
            return {};
        return q ? q->label(pl->info().quarterStyle()) : QString();
    };
    const int afterStatus = columnOf(u"status") + 1;
    insertDerivedColumn(afterStatus, QStringLiteral("start"),
        QCoreApplication::translate("Cairn::Models", "Start"),
        [scheduled, quarterCell](const Initiative &i, int role) -> QVariant {
            const InitiativeSchedule *s = scheduled(i);
            if (role == Qt::ToolTipRole)
                return s ? QVariant(s->why) : QVariant();
            return s ? quarterCell(s->start, role) : QVariant();
        });
    insertDerivedColumn(afterStatus + 1, QStringLiteral("finish"),
        QCoreApplication::translate("Cairn::Models", "Finish"),
        [scheduled, quarterCell, pl](const Initiative &i, int role) -> QVariant {
            const InitiativeSchedule *s = scheduled(i);
            if (s && role == Qt::ToolTipRole && s->deadline)
                return QCoreApplication::translate("Cairn::Models", "Deadline %1")
                    .arg(s->deadline->label(pl->info().quarterStyle()));
            return s ? quarterCell(s->finish, role) : QVariant();
        });
    insertDerivedColumn(columnCount(), QStringLiteral("why"),
        QCoreApplication::translate("Cairn::Models", "Why"),
        [scheduled](const Initiative &i, int role) -> QVariant {
            const InitiativeSchedule *s = scheduled(i);
            if (!s || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
                return {};
            return s->late ? QCoreApplication::translate("Cairn::Models", "Late: %1").arg(s->why)
                           : s->why;
        });
}

void InitiativeTableModel::setSchedule(std::shared_ptr<const PlanSchedule> schedule)
{
    m_schedule = std::move(schedule);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

std::unique_ptr<PlanTableModel> makeTableModel(
    EntityKind kind, Plan &plan, EditFacade *edit, QObject *parent)
{
    switch (kind) {
    case EntityKind::Initiative:
        return std::make_unique<InitiativeTableModel>(plan, edit, parent);
    case EntityKind::Goal:
        return std::make_unique<GoalTableModel>(plan, edit, parent);
    case EntityKind::System:
        return std::make_unique<SystemTableModel>(plan, edit, parent);
    case EntityKind::Resource:
        return std::make_unique<ResourceTableModel>(plan, edit, parent);
    case EntityKind::Milestone:
        return std::make_unique<MilestoneTableModel>(plan, edit, parent);
    default:
        return {};
    }
}

} // namespace Cairn
