#include "app/present/recordview.h"

#include "app/render/colours.h"
#include "core/session/plandocument.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

namespace Cairn {

// ---- the table ---------------------------------------------------------------------------------

void WorkshopRecordModel::setRecord(WorkshopRecord record, const PlanInfo &info)
{
    beginResetModel();
    m_record = std::move(record);
    m_info = info;
    endResetModel();
}

int WorkshopRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_record.changes.size());
}

int WorkshopRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkshopRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const WorkshopChange &c = m_record.changes[size_t(index.row())];
    if (role == Qt::UserRole)
        return c.initiative;
    if (role == Qt::UserRole + 1)
        return int(c.kind);
    if (role == Qt::DecorationRole && index.column() == Kind) {
        switch (c.kind) {
        case WorkshopChange::Kind::Added:
            return Colours::kind(InitiativeKind::Grow);
        case WorkshopChange::Kind::Removed:
            return Colours::late();
        case WorkshopChange::Kind::Decision:
            return Colours::kind(InitiativeKind::Transform);
        default:
            return Colours::kind(InitiativeKind::Run);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Kind:
        return changeKindName(c.kind);
    case Name:
        return c.name;
    case Details:
        return describeChange(c, m_info);
    default:
        return {};
    }
}

QVariant WorkshopRecordModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Change");
    case Name:
        return tr("Initiative or decision");
    case Details:
        return tr("What changed");
    default:
        return {};
    }
}

// ---- the page ----------------------------------------------------------------------------------

WorkshopRecordView::WorkshopRecordView(
    std::function<PlanDocument *()> document, ScheduleSource schedule, QWidget *parent)
    : QWidget(parent)
    , m_document(std::move(document))
    , m_schedule(std::move(schedule))
    , m_model(new WorkshopRecordModel(this))
    , m_workshops(new QComboBox(this))
    , m_start(new QPushButton(tr("Start Workshop"), this))
    , m_status(new QLabel(this))
    , m_decision(new QLineEdit(this))
    , m_note(new QPushButton(tr("Note Decision"), this))
    , m_table(new QTableView(this))
    , m_remove(new QPushButton(tr("Remove Decision"), this))
    , m_export(new QPushButton(tr("Export Record…"), this))
{
    setObjectName(QStringLiteral("workshopRecordView"));
    m_workshops->setObjectName(QStringLiteral("workshopChooser"));
    m_workshops->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workshops->setMinimumContentsLength(12);
    m_decision->setPlaceholderText(tr("A decision taken in the room (Enter notes it)"));
    m_decision->setClearButtonEnabled(true);
    m_status->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(
        WorkshopRecordModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        WorkshopRecordModel::Kind, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        WorkshopRecordModel::Details, QHeaderView::Stretch);
    // In the narrow panel a name and what changed wrap onto a second line rather than being cut.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(m_workshops, 1);
    top->addWidget(m_start);
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_decision, 1);
    decide->addWidget(m_note);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_remove);
    bottom->addStretch(1);
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(decide);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_start, &QPushButton::clicked, this, &WorkshopRecordView::startOrEnd);
    connect(m_note, &QPushButton::clicked, this, &WorkshopRecordView::noteDecision);
    connect(m_decision, &QLineEdit::returnPressed, this, &WorkshopRecordView::noteDecision);
    connect(m_remove, &QPushButton::clicked, this, &WorkshopRecordView::removeDecision);
    connect(m_workshops, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const auto id = shown())
            emit exportRequested(*id);
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(Qt::UserRole).toLongLong(); id > 0)
            emit initiativeSelected(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &WorkshopRecordView::updateRemove);
}

PlanDocument *WorkshopRecordView::writable() const
{
    PlanDocument *doc = m_document();
    return doc && !doc->isReadOnly() ? doc : nullptr;
}

std::optional<WorkshopId> WorkshopRecordView::shown() const
{
    const qint64 id = m_workshops->currentData().toLongLong();
    return id > 0 ? std::optional(WorkshopId {id}) : std::nullopt;
}

void WorkshopRecordView::refresh()
{
    PlanDocument *doc = m_document();
    if (!doc)
        return;
    const PlanContent &plan = doc->plan().content();
    // The workshops, the latest first; a workshop just started is shown.
    const auto wanted = shown();
    const int before = m_workshops->count();
    m_workshops->clear();
    for (auto it = plan.workshops.rbegin(); it != plan.workshops.rend(); ++it)
        m_workshops->addItem(
            it->isRunning() ? tr("%1 (running)").arg(it->name) : it->name, it->id.value);
    const int at = wanted ? m_workshops->findData(wanted->value) : -1;
    m_workshops->setCurrentIndex(at >= 0 && m_workshops->count() == before ? at : 0);
    m_workshops->setEnabled(!plan.workshops.empty());
    if (m_workshops->count() == 0)
        m_workshops->addItem(tr("No workshop yet"));

    const WorkshopSession *running = runningWorkshop(plan);
    const bool canEdit = writable() != nullptr;
    m_start->setText(running ? tr("End Workshop") : tr("Start Workshop"));
    m_start->setEnabled(canEdit);
    m_decision->setEnabled(canEdit && running);
    m_note->setEnabled(canEdit && running);
    m_export->setEnabled(shown().has_value());

    const auto id = shown();
    const std::shared_ptr<const PlanSchedule> schedule = m_schedule();
    WorkshopRecord record = id ? workshopRecord(plan, schedule.get(), *id) : WorkshopRecord {};
    if (!id) {
        m_status->setText(tr("Start Workshop marks the session: what is added, removed, moved "
                             "and re-scored from then on is listed here, with the decisions "
                             "noted."));
    } else {
        const QDateTime started = QDateTime::fromString(record.workshop.started, Qt::ISODate);
        const QString since = QLocale().toString(started.toLocalTime(), QLocale::ShortFormat);
        m_status->setText((record.workshop.isRunning() ? tr("Running since %1.").arg(since)
                                                       : tr("Held %1.").arg(since))
            + QLatin1Char(' ') + describeRecordCounts(record));
    }
    m_model->setRecord(std::move(record), plan.info);
    updateRemove();
}

void WorkshopRecordView::updateRemove()
{
    const QModelIndex current = m_table->currentIndex();
    m_remove->setEnabled(writable() && current.isValid()
        && current.data(Qt::UserRole + 1).toInt() == int(WorkshopChange::Kind::Decision));
}

void WorkshopRecordView::startOrEnd()
{
    PlanDocument *doc = writable();
    if (!doc)
        return;
    const std::shared_ptr<const PlanSchedule> schedule = m_schedule();
    if (!schedule) {
        m_status->setText(tr("The plan is still being scheduled; try again in a moment."));
        return;
    }
    WorkshopEdits edits(doc->edit());
    EditResult result;
    if (runningWorkshop(doc->plan().content()))
        result = edits.end(*schedule, QDateTime::currentDateTimeUtc());
    else
        edits.start(*schedule, QString(), QDateTime::currentDateTimeUtc(), &result);
    refresh();
    if (!result.ok)
        m_status->setText(result.message);
}

void WorkshopRecordView::noteDecision()
{
    PlanDocument *doc = writable();
    if (!doc || m_decision->text().trimmed().isEmpty())
        return;
    const EditResult r = WorkshopEdits(doc->edit())
                             .noteDecision(m_decision->text(), QDateTime::currentDateTimeUtc());
    if (r.ok)
        m_decision->clear();
    else
        m_status->setText(r.message);
}

void WorkshopRecordView::removeDecision()
{
    PlanDocument *doc = writable();
    const QModelIndex current = m_table->currentIndex();
    const auto id = shown();
    if (!doc || !id || !current.isValid()
        || current.data(Qt::UserRole + 1).toInt() != int(WorkshopChange::Kind::Decision))
        return;
    // The how-many-th decision of the workshop this row is.
    int index = 0;
    for (int r = 0; r < current.row(); ++r)
        if (m_model->record().changes[size_t(r)].kind == WorkshopChange::Kind::Decision)
            ++index;
    WorkshopEdits(doc->edit()).removeDecision(*id, index);
}

} // namespace Cairn
