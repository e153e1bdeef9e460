#include "app/views/historyview.h"

#include "app/interaction.h"
#include "app/views/historymodel.h"

#include <QScopedValueRollback>
#include <QUndoStack>

#include <utility>

namespace Cairn {

HistoryView::HistoryView(QWidget *parent)
    : QListView(parent)
    , m_model(new HistoryModel(this))
{
    setObjectName(QStringLiteral("history"));
    m_model->setEmptyLabel(tr("<opened>"));
    setModel(m_model);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::showCurrent);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &HistoryView::onCurrentChanged);
}

void HistoryView::setStack(QUndoStack *stack, const Plan *plan)
{
    m_plan = plan;
    m_chosen = -1;
    m_model->setStack(plan ? stack : nullptr);
}

void HistoryView::onCurrentChanged(const QModelIndex &current)
{
    if (m_showing || !current.isValid())
        return;
    // Gone to once the click (or key press) is over: a question asked in the middle of the
    // view's mouse handling would leave it half-pressed. Several moves before then: the last.
    const bool posted = m_chosen >= 0;
    m_chosen = current.row();
    if (!posted)
        QMetaObject::invokeMethod(this, &HistoryView::goToChosen, Qt::QueuedConnection);
}

void HistoryView::goToChosen()
{
    const int row = std::exchange(m_chosen, -1);
    QUndoStack *stack = m_model->stack();
    if (row >= 0 && stack && m_plan && m_interaction && row != stack->index())
        setIndexAsking(this, *m_interaction, *stack, *m_plan, row);
    showCurrent(); // after a No the stack did not move: the selection goes back
}

void HistoryView::showCurrent()
{
    const QModelIndex current = m_model->index(m_model->currentRow(), 0);
    const QScopedValueRollback<bool> showing(m_showing, true);
    selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
    if (current.isValid())
        scrollTo(current);
}

} // namespace Cairn
