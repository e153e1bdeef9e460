#include "app/views/tablepage.h"

#include "core/models/entitytablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
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

void EntityFilterProxy::setIdFilter(std::function<bool(qint64)> accept)
{
    m_idFilter = std::move(accept);
    invalidateFilter();
}

bool EntityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    for (auto it = m_columnValues.cbegin(); it != m_columnValues.cend(); ++it)
        if (m->index(sourceRow, it.key(), sourceParent).data(Qt::EditRole).toInt() != it.value())
            return false;
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

TablePage::TablePage(PlanTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new EntityFilterProxy(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_bar(new QWidget(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(PlanTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
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

    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);

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
}

QComboBox *TablePage::addChoiceFilter(const QString &label, int column, const QStringList &choices)
{
    auto *combo = new QComboBox(m_bar);
    combo->addItem(tr("All"));
    combo->addItems(choices);
    auto *text = new QLabel(label, m_bar);
    text->setBuddy(combo);
    m_bar->layout()->addWidget(text);
    m_bar->layout()->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this,
        [this, column](int index) { m_proxy->setColumnValue(column, index - 1); });
    return combo;
}

QComboBox *TablePage::addIdFilter(
    const QString &label, const QList<QPair<QString, std::function<bool(qint64)>>> &filters)
{
    auto *combo = new QComboBox(m_bar);
    combo->addItem(tr("All"));
    for (const auto &f : filters)
        combo->addItem(f.first);
    auto *text = new QLabel(label, m_bar);
    text->setBuddy(combo);
    m_bar->layout()->addWidget(text);
    m_bar->layout()->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, filters](int index) {
        m_proxy->setIdFilter(
            index <= 0 ? std::function<bool(qint64)>() : filters.at(index - 1).second);
    });
    return combo;
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

void TablePage::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void TablePage::fitColumns(int stretchColumn)
{
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const bool numeric
            = m_model->index(0, c).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight;
        const int cap = c == 0 ? 380 : (numeric ? 110 : 220);
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c) + 12, cap));
    }
    if (stretchColumn >= 0)
        m_view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace Cairn
