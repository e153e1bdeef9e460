#pragma once

#include <QListView>
#include <QPointer>

class QUndoStack;

namespace Cairn {

class HistoryModel;
class Interaction;
class Plan;

// The History dock: the plan's steps, the current one selected. Choosing an earlier step undoes
// back to it, a later one redoes, both through setIndexAsking(): a step that would write over a
// colleague's newer change is asked about first, as Edit ▸ Undo asks (QUndoView set the index
// without asking). After a No, or when the stack moves by other means, the selection shows
// where the plan really is.
class HistoryView : public QListView {
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);

    // The stack shown and the plan its steps change (null: none).
    void setStack(QUndoStack *stack, const Plan *plan);
    // Who is asked (not owned).
    void setInteraction(Interaction *interaction) { m_interaction = interaction; }
    HistoryModel *historyModel() const { return m_model; }

private:
    void onCurrentChanged(const QModelIndex &current);
    void goToChosen();
    void showCurrent();

    HistoryModel *m_model;
    Interaction *m_interaction = nullptr;
    const Plan *m_plan = nullptr;
    int m_chosen = -1; // the row a person chose, until it is gone to
    bool m_showing = false; // the selection follows the stack, it asks for nothing
};

} // namespace Cairn
