#pragma once

#include "core/workshop/voting.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Cairn {

class PlanDocument;

// The dot vote as a table: an initiative a row, a participant a column (their dots), and the
// total, which reads "?" until the vote is revealed. A participant's cell takes a number typed
// into it; the view adds and takes back dots with clicks.
class VoteTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTally(VoteTally tally);
    const VoteTally &tally() const { return m_tally; }
    // The column of the first participant, and of the total.
    static constexpr int kFirstParticipant = 1;
    int totalColumn() const { return kFirstParticipant + int(m_tally.participants.size()); }
    // The participant of a column (empty for the name and the total).
    QString participantAt(int column) const;
    InitiativeId initiativeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    // A participant's cell was given a number: the view makes it an edit.
    void dotsEntered(const QString &participant, Cairn::InitiativeId initiative, int dots);

private:
    VoteTally m_tally;
};

// The dot vote: participants added by name, dots given by clicking (a click adds one, a right
// click or Shift+click takes one back), the totals revealed when everyone has voted, and the
// choice to let the totals set the initiatives' values. Every change is one undo step.
class VotingView : public QWidget {
    Q_OBJECT

public:
    explicit VotingView(std::function<PlanDocument *()> document, QWidget *parent = nullptr);

    void refresh();
    VoteTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *applyButton() const { return m_apply; }
    QSpinBox *dotsEach() const { return m_dots; }
    QLabel *status() const { return m_status; }

    // One more or one fewer of a participant's dots on the initiative of a cell; false when
    // refused (the message is shown).
    bool addDot(const QModelIndex &cell, int change);
    void addParticipant();
    void removeParticipant();
    int applyTotals();

signals:
    void initiativeSelected(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool edit(const EditResult &result);
    PlanDocument *writable() const;

    std::function<PlanDocument *()> m_document;
    VoteTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_remove;
    QSpinBox *m_dots;
    QPushButton *m_reveal;
    QPushButton *m_clear;
    QPushButton *m_apply;
    QLabel *m_status;
    Qt::KeyboardModifiers m_pressModifiers;
};

} // namespace Cairn
