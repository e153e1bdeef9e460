#include "app/views/tablepage.h"

#include "app/delegates/plandelegates.h"
#include "app/views/presencemark.h"
#include "core/models/planmodels.h"
#include "core/session/presence.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Cairn {

void EntityFilterProxy::setSearchText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void EntityFilterProxy::setColumnValue(int column, int editValue)
{
    if (editValue < 0)
        m_columnValues.remove(column);
    else
        m_columnValues.insert(column, editValue);
    invalidateFilter();
}

void EntityFilterProxy::setColumnTag(int column, const QString &tag)
{
    if (tag.isEmpty())
        m_columnTags.remove(column);
    else
        m_columnTags.insert(column, tag);
    invalidateFilter();
}

void EntityFilterProxy::setIdFilter(std::function<bool(qint64)> accept)
{
    m_idFilter = std::move(accept);
    invalidateFilter();
}

void EntityFilterProxy::setPresence(const Presence *presence, EntityKind kind)
{
    if (m_presence)
        disconnect(m_presence, nullptr, this, nullptr);
    m_presence = presence;
    m_kind = kind;
    if (m_presence)
        connect(m_presence, &Presence::changed, this, &EntityFilterProxy::presenceChanged);
    presenceChanged({});
}

void EntityFilterProxy::presenceChanged(const QList<qint64> &items)
{
    const QList<int> roles {Qt::DecorationRole, Qt::ToolTipRole};
    if (items.isEmpty()) { // another source of presence: every name
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, 0), roles);
        return;
    }
    // The names of the rows that gained or lost a colleague.
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex name = index(row, 0);
        if (items.contains(name.data(PlanTableModel::IdRole).toLongLong()))
            emit dataChanged(name, name, roles);
    }
}

QVariant EntityFilterProxy::data(const QModelIndex &index, int role) const
{
    if (m_presence && index.column() == 0
        && (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        const QStringList colleagues
            = m_presence->colleagues(index.data(PlanTableModel::IdRole).toLongLong());
        if (!colleagues.isEmpty())
            return role == Qt::DecorationRole ? QVariant::fromValue(PresenceMark::icon(colleagues))
                                              : QVariant(PresenceMark::text(colleagues, m_kind));
    }
    return QSortFilterProxyModel::data(index, role);
}

bool EntityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    for (auto it = m_columnValues.cbegin(); it != m_columnValues.cend(); ++it)
        if (m->index(sourceRow, it.key(), sourceParent).data(Qt::EditRole).toInt() != it.value())
            return false;
    for (auto it = m_columnTags.cbegin(); it != m_columnTags.cend(); ++it) {
        const QStringList tags = m->index(sourceRow, it.key(), sourceParent)
                                     .data(Qt::EditRole)
                                     .toString()
                                     .split(QStringLiteral(", "), Qt::SkipEmptyParts);
        if (!tags.contains(it.value(), Qt::CaseInsensitive))
            return false;
    }
    if (m_idFilter
        && !m_idFilter(
            m->index(sourceRow, 0, sourceParent).data(PlanTableModel::IdRole).toLongLong()))
        return false;
    if (m_words.isEmpty())
        return true;
    QString text;
    for (int c = 0; c < m->columnCount(sourceParent); ++c)
        text += m->index(sourceRow, c, sourceParent).data().toString() + QLatin1Char(' ');
    for (const QString &w : m_words)
        if (!text.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

TablePage::TablePage(EntityKind kind, Plan &plan, EditFacade *edit, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(makeTableModel(kind, plan, edit))
    , m_proxy(new EntityFilterProxy(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_bar(new QToolBar(this))
{
    m_proxy->setSourceModel(m_model.get());
    m_proxy->setSortRole(PlanTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new FieldDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setWordWrap(false);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    // Room for a word or two however the filters crowd the bar.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 18);

    // A tool bar, so that filters that do not fit a narrow window (or a longer language) go
    // under its "»" instead of pushing the inspector off the window.
    m_bar->setObjectName(QStringLiteral("tableBar"));
    m_bar->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);

    // Filters for the choices and tags of the schema's fields, and for an initiative's goals.
    if (kind == EntityKind::Initiative)
        addGoalFilter(plan);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const FieldSpec *field = m_model->fieldAt(c);
        if (field && field->type == FieldType::Choice)
            addChoiceFilter(c);
        else if (field && field->type == FieldType::Tags)
            addTagFilter(c);
    }
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->hiddenByDefault(c))
            m_view->setColumnHidden(c, true);
    }

    connect(m_search, &QLineEdit::textChanged, m_proxy, &EntityFilterProxy::setSearchText);
    // Right-click on the header: choose the columns.
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
        [this](const QPoint &pos) {
            QMenu menu(this);
            for (int c = 1; c < m_model->columnCount(); ++c) {
                QAction *a = menu.addAction(
                    m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
                a->setCheckable(true);
                a->setChecked(!m_view->isColumnHidden(c));
                connect(a, &QAction::toggled, this,
                    [this, c](bool on) { m_view->setColumnHidden(c, !on); });
            }
            menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            emit currentIdChanged(
                current.isValid() ? current.data(PlanTableModel::IdRole).toLongLong() : 0);
        });
    // A new row (added here or by undo) becomes the current one.
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first) { selectId(m_model->idAt(first)); });
    fitColumns();
}

TablePage::~TablePage()
{
    // The view lets go of the model before the model goes.
    m_view->setModel(nullptr);
}

QComboBox *TablePage::addCombo(const QString &label, const QString &key)
{
    auto *combo = new QComboBox(m_bar);
    combo->setObjectName(key + QStringLiteral("Filter"));
    combo->addItem(tr("All"));
    // As wide as a short name: a long goal's name shows in full in the list it opens.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    auto *text = new QLabel(label, m_bar);
    text->setBuddy(combo);
    text->setContentsMargins(6, 0, 2, 0);
    m_bar->addWidget(text);
    m_bar->addWidget(combo);
    m_filters.insert(key, combo);
    return combo;
}

void TablePage::addChoiceFilter(int column)
{
    const FieldSpec *field = m_model->fieldAt(column);
    QComboBox *combo = addCombo(field->labelText() + QLatin1Char(':'), field->keyText());
    combo->addItems(choiceNames(*field->choices));
    connect(combo, &QComboBox::currentIndexChanged, this,
        [this, column](int index) { m_proxy->setColumnValue(column, index - 1); });
}

void TablePage::addTagFilter(int column)
{
    const FieldSpec *field = m_model->fieldAt(column);
    QComboBox *combo = addCombo(field->labelText() + QLatin1Char(':'), field->keyText());
    // The tags in use, kept current as the plan changes (the chosen one stays chosen).
    auto refill = [this, combo, column] {
        QStringList tags;
        for (int r = 0; r < m_model->rowCount(); ++r)
            for (const QString &t : m_model->index(r, column)
                                        .data(Qt::EditRole)
                                        .toString()
                                        .split(QStringLiteral(", "), Qt::SkipEmptyParts))
                if (!tags.contains(t, Qt::CaseInsensitive))
                    tags << t;
        tags.sort(Qt::CaseInsensitive);
        const QString chosen = combo->currentIndex() > 0 ? combo->currentText() : QString();
        const QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        combo->addItems(tags);
        combo->setCurrentIndex(std::max(0, int(tags.indexOf(chosen)) + 1));
        combo->setEnabled(!tags.isEmpty());
    };
    refill();
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(200);
    connect(timer, &QTimer::timeout, this, refill);
    connect(m_model.get(), &QAbstractItemModel::dataChanged, timer, qOverload<>(&QTimer::start));
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, timer, qOverload<>(&QTimer::start));
    connect(m_model.get(), &QAbstractItemModel::modelReset, timer, qOverload<>(&QTimer::start));
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column](int index) {
        m_proxy->setColumnTag(column, index > 0 ? combo->itemText(index) : QString());
    });
}

void TablePage::addGoalFilter(Plan &plan)
{
    QComboBox *combo = addCombo(tr("Goal:"), QStringLiteral("goal"));
    auto refill = [combo, &plan] {
        const QSignalBlocker block(combo);
        const qint64 chosen = combo->currentData().toLongLong();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const Goal &g : plan.goals())
            combo->addItem(g.name, QVariant::fromValue(g.id.value));
        const int at = combo->findData(QVariant::fromValue(chosen));
        combo->setCurrentIndex(std::max(0, at));
    };
    refill();
    connect(&plan, &Plan::changed, combo, [refill](const PlanChange &c) {
        if (c.entity == EntityKind::Goal || c.type == ChangeType::Reset)
            refill();
    });
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, &plan](int index) {
        if (index <= 0) {
            m_proxy->setIdFilter({});
            return;
        }
        const GoalId goal {combo->itemData(index).toLongLong()};
        m_proxy->setIdFilter([&plan, goal](qint64 id) {
            for (const GoalContribution &c : plan.contributions())
                if (c.initiative.value == id && c.goal == goal)
                    return true;
            return false;
        });
    });
}

QComboBox *TablePage::filter(QStringView key) const
{
    return m_filters.value(key.toString());
}

QList<qint64> TablePage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids << i.data(PlanTableModel::IdRole).toLongLong();
    return ids;
}

qint64 TablePage::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(PlanTableModel::IdRole).toLongLong() : 0;
}

void TablePage::setPresence(const Presence *presence)
{
    m_proxy->setPresence(presence, m_kind);
}

void TablePage::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || id == currentId())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void TablePage::editName()
{
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(0);
    if (!index.isValid())
        return;
    m_view->edit(index);
    if (auto *line = m_view->findChild<QLineEdit *>(); line && line->isVisible())
        line->selectAll();
}

void TablePage::fitColumns()
{
    m_view->resizeColumnsToContents();
    const QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const FieldSpec *field = m_model->fieldAt(c);
        // Long values are cut at the cap, never the column's title (a language's may be long).
        const int cap = std::max(
            c == 0 ? 380 : (field && field->isNumeric() ? 110 : 220), header->sectionSizeHint(c));
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c) + 12, cap));
    }
    if (m_kind == EntityKind::Initiative)
        m_view->setColumnWidth(0, 330);
    m_view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace Cairn
