#include "core/models/entitytablemodel.h"

namespace Cairn {

PlanTableModel::PlanTableModel(Plan &plan, EditFacade *edit, EntityKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_plan(plan)
    , m_edit(edit)
    , m_kind(kind)
{
    connect(&plan, &Plan::changed, this, &PlanTableModel::onPlanChanged);
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

qint64 PlanTableModel::idAt(int row) const
{
    return row >= 0 && size_t(row) < m_ids.size() ? m_ids[size_t(row)] : 0;
}

int PlanTableModel::rowOf(qint64 id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

void PlanTableModel::reload()
{
    beginResetModel();
    m_ids = currentIds();
    endResetModel();
}

void PlanTableModel::onPlanChanged(const PlanChange &change)
{
    const int columns = columnCount();
    if (change.type == ChangeType::Reset) {
        reload();
        return;
    }
    if (change.entity != m_kind) {
        // Plan settings (currency, quarter style) change how every row reads; no column shows
        // other kinds of entities or links.
        if (change.entity == EntityKind::Plan && !m_ids.empty() && columns > 0)
            emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, columns - 1));
        return;
    }
    switch (change.type) {
    case ChangeType::Added: {
        const std::vector<qint64> ids = currentIds();
        const auto it = std::find(ids.begin(), ids.end(), change.id);
        const int row = it == ids.end() ? int(m_ids.size())
                                        : std::min(int(it - ids.begin()), int(m_ids.size()));
        beginInsertRows({}, row, row);
        m_ids.insert(m_ids.begin() + row, change.id);
        endInsertRows();
        break;
    }
    case ChangeType::Removed: {
        const int row = rowOf(change.id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_ids.erase(m_ids.begin() + row);
        endRemoveRows();
        break;
    }
    case ChangeType::Modified: {
        // A new name may be shown in other rows too (a goal's "Part of"); other fields only here.
        constexpr quint64 kName = 1; // bit 0 is Name for every kind (see the *Field enums)
        const int row = rowOf(change.id);
        if ((change.fields & kName) && !m_ids.empty() && columns > 0)
            emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, columns - 1));
        else if (row >= 0 && columns > 0)
            emit dataChanged(index(row, 0), index(row, columns - 1));
        break;
    }
    case ChangeType::Reset:
        break;
    }
}

} // namespace Cairn
