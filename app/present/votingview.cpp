#include "app/present/votingview.h"

#include "core/session/plandocument.h"

#include <QBoxLayout>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

namespace Cairn {

// ---- the table ---------------------------------------------------------------------------------

void VoteTableModel::setTally(VoteTally tally)
{
    bool sameShape
        = tally.participants == m_tally.participants && tally.rows.size() == m_tally.rows.size();
    for (size_t i = 0; sameShape && i < tally.rows.size(); ++i)
        sameShape = tally.rows[i].id == m_tally.rows[i].id;
    if (!sameShape) {
        beginResetModel();
        m_tally = std::move(tally);
        endResetModel();
        return;
    }
    // The same rows and columns: changed in place, so that an edit in progress keeps its cell.
    m_tally = std::move(tally);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QString VoteTableModel::participantAt(int column) const
{
    const int p = column - kFirstParticipant;
    return p >= 0 && p < m_tally.participants.size() ? m_tally.participants[p] : QString();
}

InitiativeId VoteTableModel::initiativeAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_tally.rows[size_t(row)].id : InitiativeId {};
}

int VoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tally.rows.size());
}

int VoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalColumn() + 1;
}

QVariant VoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const VoteTally::Row &r = m_tally.rows[size_t(index.row())];
    const int column = index.column();
    if (role == Qt::UserRole)
        return r.id.value;
    if (role == Qt::TextAlignmentRole && column > 0)
        return int(Qt::AlignCenter);
    if (column == 0)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(r.name) : QVariant();
    if (column == totalColumn()) {
        if (role == Qt::DisplayRole)
            return m_tally.revealed ? QVariant(r.total) : QVariant(QStringLiteral("?"));
        if (role == Qt::ToolTipRole && !m_tally.revealed)
            return tr("Hidden until the vote is revealed");
        if (role == Qt::FontRole && m_tally.revealed && r.total > 0 && r.total == m_tally.most()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const int dots = r.dots.value(column - kFirstParticipant);
    switch (role) {
    case Qt::DisplayRole:
        return dots > 0 ? QVariant(QString(dots, QChar(0x25cf))) : QVariant();
    case Qt::EditRole:
        return dots;
    case Qt::ToolTipRole:
        return tr("%1: %n dot(s) on %2 — click to add one, right click or Shift+click to take "
                  "one back",
            nullptr, dots)
            .arg(participantAt(column), r.name);
    default:
        return {};
    }
}

QVariant VoteTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::ToolTipRole && section == totalColumn())
        return m_tally.revealed ? tr("Every participant's dots together")
                                : tr("Hidden until the vote is revealed");
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Initiative");
    if (section == totalColumn())
        return tr("Total");
    const int p = section - kFirstParticipant;
    return tr("%1\n%n left", nullptr, m_tally.left(p)).arg(m_tally.participants[p]);
}

Qt::ItemFlags VoteTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !participantAt(index.column()).isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

bool VoteTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString who = participantAt(index.column());
    bool ok = false;
    const int dots = value.toInt(&ok);
    if (who.isEmpty() || !ok || dots < 0)
        return false;
    emit dotsEntered(who, initiativeAt(index.row()), dots);
    return true;
}

// ---- the page ----------------------------------------------------------------------------------

VotingView::VotingView(std::function<PlanDocument *()> document, QWidget *parent)
    : QWidget(parent)
    , m_document(std::move(document))
    , m_model(new VoteTableModel(this))
    , m_table(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove Participant"), this))
    , m_dots(new QSpinBox(this))
    , m_reveal(new QPushButton(tr("Reveal Totals"), this))
    , m_clear(new QPushButton(tr("New Vote"), this))
    , m_apply(new QPushButton(tr("Set Values from Votes"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("votingView"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->viewport()->installEventFilter(this);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_name->setPlaceholderText(tr("Participant's name"));
    m_name->setClearButtonEnabled(true);
    m_dots->setRange(1, 50);
    m_dots->setPrefix(tr("Dots each: "));
    m_reveal->setCheckable(true);
    m_remove->setToolTip(tr("Removes the participant of the current column, with their dots"));
    m_clear->setToolTip(tr("Takes every dot back and hides the totals; the participants stay"));
    m_apply->setToolTip(tr("The initiative with the most dots gets value 100, the others with "
                           "dots in proportion; those without a dot keep their values. One step "
                           "that Undo takes back"));
    m_status->setWordWrap(true);

    // Rows of two or three controls: the dock is narrow beside the workspace.
    auto *people = new QHBoxLayout;
    people->addWidget(m_name, 1);
    people->addWidget(m_add);
    auto *who = new QHBoxLayout;
    who->addWidget(m_remove);
    who->addStretch(1);
    who->addWidget(m_dots);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reveal);
    actions->addWidget(m_clear);
    actions->addStretch(1);
    auto *apply = new QHBoxLayout;
    apply->addStretch(1);
    apply->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(people);
    layout->addLayout(who);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addLayout(apply);

    connect(m_add, &QPushButton::clicked, this, &VotingView::addParticipant);
    connect(m_name, &QLineEdit::returnPressed, this, &VotingView::addParticipant);
    connect(m_remove, &QPushButton::clicked, this, &VotingView::removeParticipant);
    connect(m_apply, &QPushButton::clicked, this, &VotingView::applyTotals);
    connect(m_dots, &QSpinBox::editingFinished, this, [this] {
        if (PlanDocument *doc = writable())
            edit(VotingEdits(doc->edit()).setDotsEach(m_dots->value()));
    });
    connect(m_reveal, &QPushButton::clicked, this, [this](bool on) {
        if (PlanDocument *doc = writable())
            VotingEdits(doc->edit()).reveal(on);
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (PlanDocument *doc = writable())
            VotingEdits(doc->edit()).clearVotes();
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &cell) {
        const bool back = m_pressModifiers & Qt::ShiftModifier;
        if (!m_model->participantAt(cell.column()).isEmpty())
            addDot(cell, back ? -1 : 1);
        emit initiativeSelected(m_model->initiativeAt(cell.row()).value);
    });
    connect(m_table, &QTableView::customContextMenuRequested, this,
        [this](const QPoint &at) { addDot(m_table->indexAt(at), -1); });
    connect(m_model, &VoteTableModel::dotsEntered, this,
        [this](const QString &participant, InitiativeId id, int dots) {
            if (PlanDocument *doc = writable())
                edit(VotingEdits(doc->edit()).setDots(participant, id, dots));
        });
}

bool VotingView::eventFilter(QObject *watched, QEvent *event)
{
    // The click's own modifiers (Shift takes a dot back), as the press had them.
    if (watched == m_table->viewport() && event->type() == QEvent::MouseButtonPress)
        m_pressModifiers = static_cast<QMouseEvent *>(event)->modifiers();
    return QWidget::eventFilter(watched, event);
}

PlanDocument *VotingView::writable() const
{
    PlanDocument *doc = m_document();
    return doc && !doc->isReadOnly() ? doc : nullptr;
}

bool VotingView::edit(const EditResult &result)
{
    if (!result.ok) {
        m_status->setText(result.message);
        refresh(); // puts back what the refused edit showed (a spin box's value)
        m_status->setText(result.message);
    }
    return result.ok;
}

void VotingView::refresh()
{
    PlanDocument *doc = m_document();
    if (!doc)
        return;
    VoteTally t = tallyVotes(doc->plan().content());
    const bool writable = !doc->isReadOnly();
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable && !t.participants.isEmpty());
    m_reveal->setEnabled(writable);
    m_reveal->setChecked(t.revealed);
    m_reveal->setText(t.revealed ? tr("Hide Totals") : tr("Reveal Totals"));
    m_clear->setEnabled(writable && t.totalDots > 0);
    m_apply->setEnabled(writable && t.revealed && t.totalDots > 0);
    m_dots->blockSignals(true);
    m_dots->setValue(t.dotsEach);
    m_dots->blockSignals(false);
    m_dots->setEnabled(writable);
    const int all = t.dotsEach * int(t.participants.size());
    m_status->setText(t.participants.isEmpty()
            ? tr("Add the participants by name; each gets %n dot(s) to give.", nullptr, t.dotsEach)
            : tr(
                "%1 of %2 dots given by %n participant(s); %3", nullptr, int(t.participants.size()))
                  .arg(t.totalDots)
                  .arg(all)
                  .arg(t.revealed ? tr("the totals are revealed.")
                                  : tr("the totals stay hidden until revealed.")));
    m_model->setTally(std::move(t));
    for (int c = VoteTableModel::kFirstParticipant; c <= m_model->totalColumn(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

bool VotingView::addDot(const QModelIndex &cell, int change)
{
    PlanDocument *doc = writable();
    const QString who = m_model->participantAt(cell.column());
    if (!doc || !cell.isValid() || who.isEmpty())
        return false;
    const int now = cell.data(Qt::EditRole).toInt();
    if (now + change < 0)
        return false;
    return edit(
        VotingEdits(doc->edit()).setDots(who, m_model->initiativeAt(cell.row()), now + change));
}

void VotingView::addParticipant()
{
    PlanDocument *doc = writable();
    if (!doc)
        return;
    if (edit(VotingEdits(doc->edit()).addParticipant(m_name->text())))
        m_name->clear();
}

void VotingView::removeParticipant()
{
    PlanDocument *doc = writable();
    if (!doc)
        return;
    const QString who = m_model->participantAt(m_table->currentIndex().column());
    if (who.isEmpty()) {
        m_status->setText(tr("Choose a cell in the participant's column first."));
        return;
    }
    VotingEdits(doc->edit()).removeParticipant(who);
}

int VotingView::applyTotals()
{
    PlanDocument *doc = writable();
    if (!doc)
        return 0;
    const int set = VotingEdits(doc->edit()).setValuesFromVotes();
    // Said after the edit (the plan's change refreshed the page): nothing else shows it here.
    m_status->setText(set > 0
            ? tr("The vote set the value of %n initiative(s); Undo takes it back.", nullptr, set)
            : tr("The values already are the vote's: nothing changed."));
    return set;
}

} // namespace Cairn
