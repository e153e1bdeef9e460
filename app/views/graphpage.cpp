#include "app/views/graphpage.h"

#include "app/render/graphimage.h"
#include "app/views/impactpanel.h"
#include "core/domain/plan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPainter>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cairn {

// What the shapes, colours and lines mean, under the graph; follows the graph's colouring.
class GraphLegend : public QWidget {
public:
    GraphLegend(const GraphView *view, QWidget *parent)
        : QWidget(parent)
        , m_view(view)
    {
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override
    {
        return QSize(
            400, int(std::ceil(m_view->painter().legendHeight(std::max(200, width() - 16)))) + 6);
    }
    void refresh()
    {
        updateGeometry();
        update();
    }

protected:
    void resizeEvent(QResizeEvent *) override { updateGeometry(); }
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        m_view->painter().paintLegend(p, QRectF(8, 3, width() - 16, height() - 6));
    }

private:
    const GraphView *m_view;
};

GraphPage::GraphPage(const Plan &plan, QWidget *parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_view(new GraphView(plan, this))
    , m_impact(new ImpactPanel(plan, this))
    , m_legend(new GraphLegend(m_view, this))
{
    setObjectName(QStringLiteral("graphPage"));
    m_names = new QStandardItemModel(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_impact);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({900, 290});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildFilterBar());
    layout->addWidget(buildViewBar());
    layout->addWidget(split, 1);
    layout->addWidget(m_legend);

    fillChoices();
    connect(&m_plan, &Plan::changed, this, [this](const PlanChange &c) {
        if (c.entity == EntityKind::Goal || c.entity == EntityKind::System
            || c.entity == EntityKind::Initiative || c.entity == EntityKind::Plan)
            fillChoices(); // names and tags
    });
    connect(m_view, &GraphView::selectionChanged, this, &GraphPage::selected);
    connect(m_view, &GraphView::focusRequested, this, &GraphPage::focusOn);
    connect(m_view, &GraphView::statusChanged, this, [this](const QString &text) {
        m_status->setText(text);
        m_status->setToolTip(text); // in full, when a narrow window cuts it
    });
    connect(m_view, &GraphView::layoutFinished, this, [this] {
        m_whole->setVisible(m_view->isTooLarge());
        m_legend->refresh();
    });
    connect(m_impact, &ImpactPanel::warningsChanged, m_view, &GraphView::setWarnings);
    m_whole->setVisible(m_view->isTooLarge());
}

namespace {

// A tool bar that never forces the window (and the inspector beside it) wider: what does not
// fit folds into its extension menu.
QToolBar *toolBar(QWidget *parent, const QString &name)
{
    auto *bar = new QToolBar(parent);
    bar->setObjectName(name);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return bar;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *l = new QLabel(text, buddy->parentWidget());
    l->setBuddy(buddy);
    return l;
}

// The layout's status: takes the room left on its bar and is cut short with an ellipsis (never
// folded away) when there is little; the whole text in its tool tip.
class StatusLabel : public QLabel {
public:
    using QLabel::QLabel;
    QSize sizeHint() const override { return QSize(60, QLabel::sizeHint().height()); }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QRect area = contentsRect();
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(area, Qt::AlignRight | Qt::AlignVCenter,
            fontMetrics().elidedText(text(), Qt::ElideRight, area.width()));
    }
};

QComboBox *choice(QWidget *parent, const QString &name, int length)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(length);
    return combo;
}

} // namespace

QToolButton *GraphPage::addTool(
    QToolBar *bar, const QString &text, const QString &tip, const std::function<void()> &slot)
{
    auto *b = new QToolButton(bar);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    connect(b, &QToolButton::clicked, this, slot);
    bar->addWidget(b);
    return b;
}

// What is shown: goal, system, tag, kinds, done and dropped.
QWidget *GraphPage::buildFilterBar()
{
    QToolBar *bar = toolBar(this, QStringLiteral("graphFilterBar"));
    auto *row = bar;
    m_goal = choice(bar, QStringLiteral("graphGoal"), 12);
    m_system = choice(bar, QStringLiteral("graphSystem"), 12);
    m_tag = choice(bar, QStringLiteral("graphTag"), 8);
    row->addWidget(buddyLabel(tr("&Goal:"), m_goal));
    row->addWidget(m_goal);
    row->addWidget(buddyLabel(tr("S&ystem:"), m_system));
    row->addWidget(m_system);
    row->addWidget(buddyLabel(tr("&Tag:"), m_tag));
    row->addWidget(m_tag);
    row->addSeparator();
    for (int k = 0; k < 3; ++k) {
        const auto kind = InitiativeKind(k);
        m_kinds[k] = addTool(
            bar, displayName(kind), tr("Show %1 initiatives").arg(displayName(kind)), [this, k] {
                bool any = false;
                for (QToolButton *b : m_kinds)
                    any = any || b->isChecked();
                if (!any) // at least one kind stays: an empty graph answers nothing
                    m_kinds[k]->setChecked(true);
                applyFilter();
            });
        m_kinds[k]->setCheckable(true);
        m_kinds[k]->setChecked(true);
    }
    m_closed = new QCheckBox(tr("Done and dropped"), bar);
    m_closed->setToolTip(tr("Show initiatives that are done or dropped"));
    m_closed->setChecked(true);
    row->addWidget(m_closed);
    connect(m_goal, &QComboBox::currentIndexChanged, this, &GraphPage::applyFilter);
    connect(m_system, &QComboBox::currentIndexChanged, this, &GraphPage::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &GraphPage::applyFilter);
    connect(m_closed, &QCheckBox::toggled, this, &GraphPage::applyFilter);
    return bar;
}

// How it is shown: colours, focus and depth, zoom, export, and what the layout says.
QWidget *GraphPage::buildViewBar()
{
    QToolBar *bar = toolBar(this, QStringLiteral("graphViewBar"));
    auto *row = bar;
    m_colour = new QComboBox(bar);
    m_colour->addItem(tr("Kind"), int(GraphColouring::Kind));
    m_colour->addItem(tr("Status"), int(GraphColouring::Status));
    m_colour->addItem(tr("Goal"), int(GraphColouring::Goal));
    row->addWidget(buddyLabel(tr("&Colour by:"), m_colour));
    row->addWidget(m_colour);
    row->addSeparator();
    m_find = new QLineEdit(bar);
    m_find->setObjectName(QStringLiteral("graphFind"));
    m_find->setPlaceholderText(tr("Name of an item"));
    m_find->setToolTip(tr("Type a goal, initiative or system and press Enter: the graph focuses on "
                          "it (any part of the name will do)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(m_find->fontMetrics().averageCharWidth() * 28);
    auto *completer = new QCompleter(m_names, m_find);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_find->setCompleter(completer);
    row->addWidget(buddyLabel(tr("F&ind:"), m_find));
    row->addWidget(m_find);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) {
            focusFound(index.data(Qt::UserRole).toLongLong());
            // After the completer has written the chosen name into the field.
            QTimer::singleShot(0, m_find, &QLineEdit::clear);
        });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (findAndFocus(m_find->text()))
            m_find->clear();
    });
    m_focus = addTool(bar, tr("Focus"),
        tr("Show only the selected item and its neighbours (double-click an item to focus on it)"),
        [this] { focusOn(m_focus->isChecked() ? m_view->selected() : 0); });
    m_focus->setObjectName(QStringLiteral("graphFocus"));
    m_focus->setCheckable(true);
    m_depth = new QSpinBox(bar);
    m_depth->setObjectName(QStringLiteral("graphDepth"));
    m_depth->setRange(1, 6);
    m_depth->setValue(QSettings().value(QStringLiteral("graph/depth"), 2).toInt());
    m_depth->setToolTip(tr("How many links away from the focused item to show"));
    row->addWidget(buddyLabel(tr("&Depth:"), m_depth));
    row->addWidget(m_depth);
    addTool(bar, tr("Lay Out Everything"),
        tr("Lay out every item of this large plan (in the background; it may take a minute)"),
        [this] { m_view->layOutAnyway(); });
    m_whole = bar->actions().constLast(); // a tool bar's widget hides through its action
    row->addSeparator();
    addTool(bar, QStringLiteral("−"), tr("Zoom out (−)"), [this] { m_view->zoomOut(); });
    addTool(bar, QStringLiteral("+"), tr("Zoom in (+)"), [this] { m_view->zoomIn(); });
    addTool(
        bar, tr("Fit"), tr("Fit the graph to the window (0)"), [this] { m_view->fitToWindow(); });
    row->addSeparator();
    addTool(bar, tr("Export Image…"),
        tr("Save the graph as shown (whole or focused) as PNG or SVG"), [this] { exportClicked(); })
        ->setObjectName(QStringLiteral("graphExport"));
    m_status = new StatusLabel(bar);
    m_status->setObjectName(QStringLiteral("graphStatus"));
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_status->setContentsMargins(8, 0, 8, 0);
    row->addWidget(m_status);

    const QSettings settings;
    m_colour->setCurrentIndex(
        std::max(0, m_colour->findData(settings.value(QStringLiteral("graph/colourBy")))));
    m_view->setColouring(GraphColouring(m_colour->currentData().toInt()));
    connect(m_colour, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setColouring(GraphColouring(m_colour->currentData().toInt()));
        QSettings().setValue(QStringLiteral("graph/colourBy"), m_colour->currentData());
        m_legend->refresh();
    });
    connect(m_depth, &QSpinBox::valueChanged, this, [this](int depth) {
        QSettings().setValue(QStringLiteral("graph/depth"), depth);
        applyFilter();
    });
    return bar;
}

void GraphPage::fillChoices()
{
    const auto refill = [](QComboBox *combo, const QString &all, const auto &items) {
        const QVariant keep = combo->currentData();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all, QVariant::fromValue(qint64(0)));
        for (const auto &item : items)
            combo->addItem(item.name, QVariant::fromValue(item.id.value));
        combo->setCurrentIndex(std::max(0, combo->findData(keep)));
    };
    refill(m_goal, tr("All goals"), m_plan.goals());
    refill(m_system, tr("All systems"), m_plan.systems());
    // Every item by name for Find; the id rides along as user data.
    m_names->clear();
    const auto addNames = [this](const auto &items) {
        for (const auto &item : items) {
            auto *row = new QStandardItem(item.name);
            row->setData(QVariant::fromValue(item.id.value), Qt::UserRole);
            m_names->appendRow(row);
        }
    };
    addNames(m_plan.goals());
    addNames(m_plan.initiatives());
    addNames(m_plan.systems());
    // The tags in use on initiatives and systems, each once whatever its case.
    QMap<QString, QString> tags; // lower case -> as first written
    for (const Initiative &i : m_plan.initiatives())
        for (const QString &t : i.tags)
            tags.insert(t.trimmed().toLower(), tags.value(t.trimmed().toLower(), t.trimmed()));
    for (const System &sys : m_plan.systems())
        for (const QString &t : sys.tags)
            tags.insert(t.trimmed().toLower(), tags.value(t.trimmed().toLower(), t.trimmed()));
    {
        const QString keep = m_tag->currentData().toString();
        const QSignalBlocker block(m_tag);
        m_tag->clear();
        m_tag->addItem(tr("All tags"), QString());
        for (auto it = tags.cbegin(); it != tags.cend(); ++it)
            if (!it.key().isEmpty())
                m_tag->addItem(it.value(), it.key());
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(keep)));
    }
    applyFilter();
}

void GraphPage::applyFilter()
{
    GraphFilter f;
    if (const qint64 g = m_goal->currentData().toLongLong())
        f.goals.insert(g);
    if (const qint64 s = m_system->currentData().toLongLong())
        f.systems.insert(s);
    if (const QString t = m_tag->currentData().toString(); !t.isEmpty())
        f.tags.insert(t);
    bool all = true;
    for (int k = 0; k < 3; ++k)
        all = all && m_kinds[k]->isChecked();
    if (!all)
        for (int k = 0; k < 3; ++k)
            if (m_kinds[k]->isChecked())
                f.kinds.insert(InitiativeKind(k));
    f.showClosed = m_closed->isChecked();
    if (m_focusId) {
        f.focus = m_focusId;
        f.depth = m_depth->value();
    }
    m_view->setFilter(f);
}

void GraphPage::setSchedule(std::shared_ptr<const PlanSchedule> schedule)
{
    m_view->setSchedule(schedule);
    m_impact->setSchedule(schedule);
}

void GraphPage::selected(qint64 id)
{
    m_impact->showItem(id);
    m_ownSelection = id; // comes back through the other views: not a selection from elsewhere
    emit entitySelected(id);
    m_ownSelection = 0;
}

void GraphPage::showEntity(qint64 id)
{
    if (id == m_ownSelection)
        return;
    if (!m_plan.goal(GoalId {id}) && !m_plan.initiative(InitiativeId {id})
        && !m_plan.system(SystemId {id}))
        return; // a resource or milestone is not in the graph
    m_view->setSelected(id);
    m_impact->showItem(id);
    if (m_focusId && m_focusId != id)
        focusOn(id); // in focus mode the graph follows the selection
}

bool GraphPage::findAndFocus(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    qint64 exact = 0, part = 0;
    int parts = 0;
    for (int r = 0; r < m_names->rowCount(); ++r) {
        const QString name = m_names->item(r)->text();
        const qint64 id = m_names->item(r)->data(Qt::UserRole).toLongLong();
        if (name.compare(wanted, Qt::CaseInsensitive) == 0 && !exact)
            exact = id;
        else if (name.contains(wanted, Qt::CaseInsensitive)) {
            part = id;
            ++parts;
        }
    }
    if (exact || parts == 1)
        return focusFound(exact ? exact : part);
    m_status->setText(parts
            ? tr("%n items have “%1” in their name: choose one from the list.", nullptr, parts)
                  .arg(wanted)
            : tr("No goal, initiative or system has “%1” in its name.").arg(wanted));
    m_status->setToolTip(m_status->text());
    return false;
}

bool GraphPage::focusFound(qint64 id)
{
    if (!id)
        return false;
    selected(id); // the other views and the inspector follow
    focusOn(id);
    return true;
}

void GraphPage::focusOn(qint64 id)
{
    m_focusId = id;
    m_focus->setChecked(id != 0);
    if (id) {
        m_view->setSelected(id);
        m_impact->showItem(id);
    }
    applyFilter();
}

QString GraphPage::exportImage(const QString &path) const
{
    if (!m_view->drawing().placed)
        return tr("The graph is still being laid out; try again in a moment.");
    const GraphSheet sheet(m_plan.content(), m_view->drawing(),
        GraphSheet::describe(m_plan.content(), m_view->filter()));
    return sheet.write(path);
}

void GraphPage::exportClicked()
{
    QString suggested = (m_plan.info().name.isEmpty() ? tr("Dependency graph")
                                                      : tr("%1 graph").arg(m_plan.info().name))
        + QStringLiteral(".png");
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString path = m_chooseFile ? m_chooseFile(suggested)
                                : QFileDialog::getSaveFileName(this, tr("Export Graph Image"),
                                    suggested, tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    const QString error = exportImage(path);
    if (error.isEmpty())
        emit exported(tr("Exported the graph to %1").arg(QDir::toNativeSeparators(path)));
    else
        emit failed(error);
}

} // namespace Cairn
