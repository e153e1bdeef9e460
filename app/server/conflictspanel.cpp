#include "app/server/conflictspanel.h"

#include "core/session/serverdocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Cairn {

ConflictsModel::ConflictsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConflictsModel::setDocument(ServerDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(&m_document->plan(), nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &ServerDocument::conflictsChanged, this, &ConflictsModel::reload);
        connect(&m_document->plan(), &Plan::changed, this, &ConflictsModel::reload);
    }
    reload();
}

void ConflictsModel::reload()
{
    QList<Row> rows;
    if (m_document) {
        const PlanContent &context = m_document->plan().content();
        for (const ServerConflict &c : m_document->conflicts()) {
            Row r;
            r.id = c.id;
            r.canKeepMine = c.canKeepMine();
            r.item = conflictItem(c);
            r.by = c.conflict.changedBy;
            r.what = c.conflict.what;
            QStringList fields, was, theirs, yours;
            for (const FieldDifference &d : fieldDifferences(c, context)) {
                fields << d.field;
                was << d.was;
                theirs << d.theirs;
                yours << d.yours;
            }
            r.field = fields.join(QLatin1Char('\n'));
            r.was = was.join(QLatin1Char('\n'));
            r.theirs = theirs.join(QLatin1Char('\n'));
            r.yours = yours.join(QLatin1Char('\n'));
            rows << r;
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ConflictsModel::conflictId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

bool ConflictsModel::canKeepMine(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].canKeepMine;
}

int ConflictsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    if (role == Qt::ToolTipRole)
        return r.what;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Item:
        return r.item;
    case ChangedBy:
        return r.by;
    case Field:
        return r.field;
    case Was:
        return r.was;
    case Theirs:
        return r.theirs;
    case Yours:
        return r.yours;
    default:
        return {};
    }
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Item:
        return tr("Item");
    case ChangedBy:
        return tr("Changed by");
    case Field:
        return tr("Field");
    case Was:
        return tr("Was");
    case Theirs:
        return tr("Theirs");
    case Yours:
        return tr("Yours");
    default:
        return {};
    }
}

ConflictsPanel::ConflictsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConflictsModel(this))
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
    , m_keepMine(new QPushButton(tr("Keep Mine"), this))
    , m_takeTheirs(new QPushButton(tr("Take Theirs"), this))
{
    m_view->setObjectName(QStringLiteral("conflictsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_note->setObjectName(QStringLiteral("conflictsNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_keepMine->setToolTip(tr("Write your change over theirs (one step you can undo)"));
    m_takeTheirs->setToolTip(tr("Take their change instead of yours (one step you can undo)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->selectRow(0);
        updateButtons();
        if (m_model->rowCount() != m_count) {
            m_count = m_model->rowCount();
            emit countChanged(m_count);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ConflictsPanel::updateButtons);
    updateButtons();
}

void ConflictsPanel::setDocument(ServerDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_notes.clear();
    m_note->hide();
    if (m_document)
        connect(m_document, &ServerDocument::merged, this, &ConflictsPanel::addNote);
    m_model->setDocument(document);
}

QString ConflictsPanel::note() const
{
    return m_note->text();
}

void ConflictsPanel::addNote(const QString &note)
{
    // The latest few, newest first.
    m_notes.prepend(note);
    while (m_notes.size() > 3)
        m_notes.removeLast();
    m_note->setText(m_notes.join(QLatin1Char('\n')));
    m_note->show();
}

void ConflictsPanel::decide(bool mine)
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    const int id = m_model->conflictId(row);
    if (!m_document || id == 0)
        return;
    if (mine)
        m_document->keepMine(id);
    else
        m_document->takeTheirs(id);
}

void ConflictsPanel::updateButtons()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    const bool any = m_model->rowCount() > 0;
    m_keepMine->setEnabled(any && m_model->canKeepMine(row));
    m_takeTheirs->setEnabled(any);
}

} // namespace Cairn
