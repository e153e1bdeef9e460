#include "app/views/historymodel.h"

#include <QFont>
#include <QUndoStack>

namespace Cairn {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void HistoryModel::setStack(QUndoStack *stack)
{
    if (stack == m_stack)
        return;
    beginResetModel();
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    m_stack = stack;
    // A push after an undo drops the undone steps, a macro ends, the limit drops the oldest:
    // each comes with indexChanged, and the list is read afresh (it is short; QUndoModel does
    // the same).
    if (m_stack) {
        connect(m_stack, &QUndoStack::indexChanged, this, &HistoryModel::reset);
        connect(m_stack, &QUndoStack::cleanChanged, this, &HistoryModel::reset);
        connect(m_stack, &QObject::destroyed, this, [this] { setStack(nullptr); });
    }
    endResetModel();
}

void HistoryModel::setEmptyLabel(const QString &label)
{
    m_emptyLabel = label;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(0), {Qt::DisplayRole});
}

int HistoryModel::currentRow() const
{
    return m_stack ? m_stack->index() : -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_stack ? 0 : m_stack->count() + 1;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_stack)
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row == 0 ? m_emptyLabel : m_stack->text(row - 1);
    case Qt::FontRole: {
        if (row < currentRow())
            return {};
        QFont font;
        font.setBold(row == currentRow());
        font.setItalic(row > currentRow());
        return font;
    }
    default:
        return {};
    }
}

void HistoryModel::reset()
{
    beginResetModel();
    endResetModel();
}

} // namespace Cairn
