#pragma once

#include <QAbstractListModel>
#include <QPointer>

class QUndoStack;

namespace Cairn {

// The steps of an undo stack as a list, the way the History dock shows them: row 0 is the plan
// as opened (`emptyLabel`), row n the n-th step. The row of the stack's index is the current
// one (bold); rows after it are undone steps that Redo brings back (italic).
class HistoryModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit HistoryModel(QObject *parent = nullptr);

    // The stack shown (not owned; null: none, no rows).
    void setStack(QUndoStack *stack);
    QUndoStack *stack() const { return m_stack; }
    void setEmptyLabel(const QString &label);
    // The row of the stack's current state (-1 without a stack).
    int currentRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reset();

    QPointer<QUndoStack> m_stack;
    QString m_emptyLabel;
};

} // namespace Cairn
