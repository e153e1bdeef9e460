#include "app/mainwindow.h"

#include "app/charts/chartsview.h"
#include "app/delegates/plandelegates.h"
#include "app/report/reportdialog.h"
#include "app/views/importwizard.h"
#include "app/views/inspector.h"
#include "app/views/problemspanel.h"
#include "app/views/roadmappage.h"
#include "app/views/tablepage.h"
#include "core/domain/planvalidator.h"
#include "core/interchange/planexchange.h"
#include "core/models/planmodels.h"
#include "core/session/liveschedule.h"
#include "core/session/plandocument.h"
#include "core/store/sampleplan.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace Cairn {

namespace {
template<class E> QStringList enumNames()
{
    QStringList names;
    for (int i = 0; i < enumCount<E>(); ++i)
        names << displayName(static_cast<E>(i));
    return names;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_banner(new QLabel(this))
    , m_problems(new ProblemsPanel(this))
    , m_history(new QUndoView(this))
    , m_statusTotals(new QLabel(this))
    , m_statusSchedule(new QLabel(this))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/cairn/icons/cairn.svg")));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(10, 6, 10, 6);
    m_banner->setStyleSheet(
        QStringLiteral("background:#fff4ce; color:#5c4400; border-bottom:1px solid #e0c97a;"));
    m_banner->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    m_tabs->setDocumentMode(true);
    setCentralWidget(central);

    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(m_history);
    m_history->setEmptyLabel(tr("<opened>"));
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    historyDock->hide();
    statusBar()->addWidget(m_statusTotals, 1);
    statusBar()->addPermanentWidget(m_statusSchedule);
    connect(m_problems, &ProblemsPanel::entityActivated, this, &MainWindow::selectEntity);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentChanged);

    createActions();
    m_viewMenu->addAction(problemsDock->toggleViewAction());
    m_viewMenu->addAction(historyDock->toggleViewAction());
    // Start with an empty plan (cheap); main() then opens the file or the sample, so start-up
    // does not build and schedule the sample only to throw it away.
    newPlan(false);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        resize(1400, 900);
        resizeDocks({problemsDock}, {160}, Qt::Vertical);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto add = [this](QMenu *menu, const QString &text, QKeySequence key, auto slot,
                   QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        QAction *a = menu->addAction(text);
        QString name = text;
        name.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        a->setObjectName(QStringLiteral("action") + name.split(QLatin1Char(' ')).join(QString()));
        if (!key.isEmpty())
            a->setShortcut(key);
        if (icon != QStyle::SP_CustomBase)
            a->setIcon(style()->standardIcon(icon));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction *newEmpty = add(
        file, tr("&New Plan"), QKeySequence::New,
        [this] {
            if (maybeSave())
                newPlan(false);
        },
        QStyle::SP_FileIcon);
    add(file, tr("New from &Sample"), {}, [this] {
        if (maybeSave())
            newPlan(true);
    });
    QAction *open = add(
        file, tr("&Open…"), QKeySequence::Open,
        [this] {
            if (!maybeSave())
                return;
            const QString path = m_fileChooser(false);
            if (!path.isEmpty())
                openFile(path);
        },
        QStyle::SP_DialogOpenButton);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_save = add(
        file, tr("&Save"), QKeySequence::Save, [this] { save(); }, QStyle::SP_DialogSaveButton);
    add(file, tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    file->addSeparator();
    QAction *exportPdf = add(file, tr("&Export Roadmap PDF…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        [this] { exportReport(); });
    add(file, tr("&Print…"), QKeySequence::Print, [this] { exportReport(); });
    file->addSeparator();
    QAction *importAction = add(
        file, tr("&Import CSV…"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { importCsv(); });
    m_editActions << importAction;
    add(file, tr("Export Tables as &CSV…"), {}, [this] { exportTables(false); });
    add(file, tr("Export Tables to E&xcel…"), {}, [this] { exportTables(true); });
    file->addSeparator();
    add(file, tr("&Close"), QKeySequence::Close, [this] {
        if (maybeSave())
            newPlan(false);
    });
    add(file, tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    tools->addAction(newEmpty);
    tools->addAction(open);
    tools->addAction(m_save);
    tools->addAction(exportPdf);
    tools->addSeparator();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_redo = edit->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    tools->addAction(m_undo);
    tools->addAction(m_redo);
    tools->addSeparator();
    edit->addSeparator();
    QAction *addItem = add(
        edit, tr("&Add"), QKeySequence(Qt::CTRL | Qt::Key_Insert), [this] { addEntity(); },
        QStyle::SP_FileDialogNewFolder);
    QAction *dup = add(edit, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
        [this] { duplicateSelected(); });
    QAction *del = add(
        edit, tr("&Delete"), QKeySequence::Delete, [this] { deleteSelected(); },
        QStyle::SP_TrashIcon);
    edit->addSeparator();
    add(edit, tr("&Find…"), QKeySequence::Find, [this] {
        if (TablePage *p = currentPage())
            p->searchField()->setFocus();
    });
    m_editActions += {addItem, dup, del};
    tools->addAction(addItem);
    tools->addAction(del);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&About Cairn"), {}, [this] {
        QMessageBox::about(this, tr("About Cairn"),
            tr("<b>Cairn %1</b><p>IT strategy roadmaps: goals, systems and initiatives "
               "scheduled across quarters within budget and capacity, meeting "
               "end-of-support deadlines.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });

    m_savePrompt = [this](const QString &name) {
        return QMessageBox::question(this, tr("Save changes?"),
            tr("“%1” has changes that are not saved. Save them before closing?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    m_fileChooser = [this](bool forSaving) {
        const QString filter = tr("Cairn plans (*.cairn)");
        return forSaving ? QFileDialog::getSaveFileName(this, tr("Save Plan"), {}, filter)
                         : QFileDialog::getOpenFileName(this, tr("Open Plan"), {}, filter);
    };
    m_notify = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    m_ask
        = [this](const QString &title, const QString &text, QMessageBox::StandardButtons buttons) {
              return QMessageBox::question(this, title, text, buttons);
          };
    rebuildRecentMenu();
}

void MainWindow::notify(const QString &title, const QString &message)
{
    if (m_notify)
        m_notify(title, message);
}

std::vector<ColumnSpec> MainWindow::specsFor(const QString &name) const
{
    using E = ColumnSpec::Editor;
    if (name == QLatin1String("initiatives")) {
        using C = InitiativeTableModel;
        return {{C::Name, E::Text, {}, 0, 0, {}},
            {C::Kind, E::Choice, enumNames<InitiativeKind>(), 0, 0, {}},
            {C::Status, E::Choice, enumNames<InitiativeStatus>(), 0, 0, {}},
            {C::Duration, E::Range, {}, 0, 40, tr(" q")}, {C::Cost, E::Text, {}, 0, 0, {}},
            {C::Value, E::Range, {}, 0, 100, {}}, {C::Confidence, E::Range, {}, 0, 100, tr(" %")},
            {C::Risk, E::Range, {}, 1, 5, {}}, {C::EarliestStart, E::Quarter, {}, 0, 0, {}},
            {C::Deadline, E::Quarter, {}, 0, 0, {}}, {C::Pin, E::Quarter, {}, 0, 0, {}}};
    }
    if (name == QLatin1String("goals")) {
        using C = GoalTableModel;
        return {{C::Name, E::Text, {}, 0, 0, {}}, {C::Weight, E::Range, {}, 1, 5, {}},
            {C::Owner, E::Text, {}, 0, 0, {}}, {C::Target, E::Quarter, {}, 0, 0, {}},
            {C::Kpi, E::Text, {}, 0, 0, {}}, {C::Parent, E::GoalName, {}, 0, 0, {}}};
    }
    if (name == QLatin1String("systems")) {
        using C = SystemTableModel;
        return {{C::Name, E::Text, {}, 0, 0, {}}, {C::Category, E::Text, {}, 0, 0, {}},
            {C::Vendor, E::Text, {}, 0, 0, {}}, {C::Owner, E::Text, {}, 0, 0, {}},
            {C::Criticality, E::Range, {}, 1, 5, {}}, {C::Condition, E::Range, {}, 1, 5, {}},
            {C::RunCost, E::Text, {}, 0, 0, {}},
            {C::Lifecycle, E::Choice, enumNames<LifecyclePhase>(), 0, 0, {}},
            {C::Disposition, E::Choice, enumNames<TimeDisposition>(), 0, 0, {}},
            {C::EndOfSupport, E::Quarter, {}, 0, 0, {}}};
    }
    using C = ResourceTableModel;
    return {{C::Name, E::Text, {}, 0, 0, {}},
        {C::Kind, E::Choice, enumNames<ResourceKind>(), 0, 0, {}},
        {C::Capacity, E::Text, {}, 0, 0, {}}, {C::Notes, E::Text, {}, 0, 0, {}}};
}

void MainWindow::buildPages()
{
    const QString current = m_currentView.isEmpty() ? QStringLiteral("roadmap") : m_currentView;
    Plan &plan = m_document->plan();
    EditFacade *edit = m_document->isReadOnly() ? nullptr : &m_document->edit();
    m_roadmap = new RoadmapPage(
        plan, edit, m_tabs); // before addTab: adding the first tab makes it current
    m_tabs->addTab(m_roadmap, tr("Roadmap"));
    connect(m_roadmap->view(), &RoadmapView::selectionChanged, this, [this](InitiativeId id) {
        if (TablePage *p = page(QStringLiteral("initiatives")); p && id.isValid())
            p->selectId(id.value);
        currentChanged();
    });
    connect(m_roadmap->view(), &RoadmapView::activated, this, [this](InitiativeId id) {
        m_roadmap->view()->setSelected(id);
        currentChanged();
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("inspectorDock"))) {
            dock->show();
            dock->raise();
        }
        m_inspector->setFocus();
    });
    connect(m_roadmap->view(), &RoadmapView::refused, this,
        [this](const QString &m) { notify(tr("Change refused"), m); });
    connect(m_roadmap, &RoadmapPage::exported, this,
        [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_roadmap, &RoadmapPage::failed, this,
        [this](const QString &m) { notify(tr("Export failed"), m); });
    m_charts = new ChartsView(plan, m_tabs);
    m_tabs->addTab(m_charts, tr("Charts"));
    connect(m_charts, &ChartsView::initiativeSelected, this, [this](qint64 id) {
        if (TablePage *p = page(QStringLiteral("initiatives")))
            p->selectId(id);
        currentChanged();
    });
    connect(m_charts, &ChartsView::exported, this,
        [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_charts, &ChartsView::failed, this,
        [this](const QString &m) { notify(tr("Export failed"), m); });
    auto quarters = [this] {
        QStringList list;
        const PlanInfo &info = m_document->plan().info();
        for (int q = 0; q < info.horizon; ++q)
            list << (info.firstQuarter + q).label(info.quarterStyle());
        return list;
    };
    const QList<std::pair<QString, QString>> names = {
        {QStringLiteral("initiatives"), tr("Initiatives")}, {QStringLiteral("goals"), tr("Goals")},
        {QStringLiteral("systems"), tr("Systems")}, {QStringLiteral("resources"), tr("Resources")}};
    for (const auto &[key, title] : names) {
        PlanTableModel *model = nullptr;
        if (key == QLatin1String("initiatives"))
            model = new InitiativeTableModel(plan, edit, this);
        else if (key == QLatin1String("goals"))
            model = new GoalTableModel(plan, edit, this);
        else if (key == QLatin1String("systems"))
            model = new SystemTableModel(plan, edit, this);
        else
            model = new ResourceTableModel(plan, edit, this);
        auto *page = new TablePage(model, m_tabs);
        model->setParent(page);
        connect(model, &PlanTableModel::editRefused, this,
            [this](const QString &m) { notify(tr("Change refused"), m); });
        for (const ColumnSpec &spec : specsFor(key)) {
            QAbstractItemDelegate *d = nullptr;
            if (spec.editor == ColumnSpec::Editor::Choice)
                d = new ComboDelegate(
                    ComboDelegate::Mode::Index, [choices = spec.choices] { return choices; }, page);
            else if (spec.editor == ColumnSpec::Editor::Quarter)
                d = new ComboDelegate(ComboDelegate::Mode::Text, quarters, page);
            else if (spec.editor == ColumnSpec::Editor::GoalName)
                d = new ComboDelegate(
                    ComboDelegate::Mode::Text,
                    [this] {
                        QStringList goalNames;
                        for (const Goal &g : m_document->plan().goals())
                            goalNames << g.name;
                        return goalNames;
                    },
                    page);
            else if (spec.editor == ColumnSpec::Editor::Range)
                d = new RangeDelegate(spec.minimum, spec.maximum, spec.suffix, page);
            if (d)
                page->view()->setItemDelegateForColumn(spec.column, d);
        }
        if (key == QLatin1String("initiatives")) {
            page->addChoiceFilter(
                tr("Kind:"), InitiativeTableModel::Kind, enumNames<InitiativeKind>());
            page->addChoiceFilter(
                tr("Status:"), InitiativeTableModel::Status, enumNames<InitiativeStatus>());
            QList<QPair<QString, std::function<bool(qint64)>>> byGoal;
            for (const Goal &g : plan.goals()) {
                const GoalId gid = g.id;
                byGoal.append(
                    {g.name, [this, gid](qint64 id) {
                         for (const GoalContribution &c : m_document->plan().contributions())
                             if (c.initiative.value == id && c.goal == gid)
                                 return true;
                         return false;
                     }});
            }
            page->addIdFilter(tr("Goal:"), byGoal);
        }
        if (key == QLatin1String("initiatives")) // the roadmap shows the same selection
            connect(page, &TablePage::currentIdChanged, m_roadmap->view(),
                [this](qint64 id) { m_roadmap->view()->setSelected(InitiativeId {id}); });
        connect(page, &TablePage::currentIdChanged, this, &MainWindow::currentChanged);
        connect(model, &QAbstractItemModel::rowsInserted, page,
            [page](const QModelIndex &, int first) { page->selectId(page->model()->idAt(first)); });
        m_pages.append({key, page}); // before addTab: adding the first tab makes it current
        m_tabs->addTab(page, title);
        page->fitColumns(key == QLatin1String("initiatives") ? InitiativeTableModel::Why : -1);
        if (key == QLatin1String("initiatives")) {
            page->view()->setColumnWidth(InitiativeTableModel::Name, 330);
            // Planning inputs that matter less at a glance start hidden (header menu shows them).
            for (int c : {InitiativeTableModel::Confidence, InitiativeTableModel::Risk,
                     InitiativeTableModel::EarliestStart, InitiativeTableModel::Deadline})
                page->view()->setColumnHidden(c, true);
        }
    }
    showView(current);
    currentChanged();
}

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document, const QString &notice)
{
    if (m_live) {
        delete m_live;
        m_live = nullptr;
    }
    if (m_inspector) {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("inspectorDock"))) {
            QWidget *old = dock->widget();
            dock->setWidget(nullptr);
            delete old; // the scroll area, and the inspector in it
        } else {
            delete m_inspector;
        }
        m_inspector = nullptr;
    }
    m_schedule.reset();
    // Views refer to the old plan: they go before it does.
    if (m_tabs->count() > 0)
        m_currentView = currentKey();
    {
        const QSignalBlocker block(m_tabs);
        // Last first: removing the current tab would show (and build) the next one.
        while (m_tabs->count()) {
            QWidget *w = m_tabs->widget(m_tabs->count() - 1);
            m_tabs->removeTab(m_tabs->count() - 1);
            delete w;
        }
    }
    m_pages.clear();
    m_roadmap = nullptr;
    m_charts = nullptr;
    m_history->setStack(nullptr);
    m_document = std::move(document);
    m_document->setParent(this);
    QUndoStack *stack = m_document->edit().undoStack();
    m_history->setStack(stack);
    disconnect(m_undo, nullptr, nullptr, nullptr);
    disconnect(m_redo, nullptr, nullptr, nullptr);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    auto syncUndo = [this, stack] {
        m_undo->setEnabled(stack->canUndo());
        m_redo->setEnabled(stack->canRedo());
        m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, syncUndo);
    syncUndo();
    connect(m_document.get(), &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &PlanDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(&m_document->plan(), &Plan::changed, this, &MainWindow::updateStatus);
    connect(&m_document->plan(), &Plan::changed, this, [this] { m_issues.reset(); });
    m_issues.reset();

    m_inspector = new Inspector(m_document->edit(), this);
    m_inspector->setReadOnly(m_document->isReadOnly());
    connect(m_inspector, &Inspector::refused, this,
        [this](const QString &m) { notify(tr("Change refused"), m); });
    auto *dock = findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    if (!dock) {
        dock = new QDockWidget(tr("Inspector"), this);
        dock->setObjectName(QStringLiteral("inspectorDock"));
        addDockWidget(Qt::RightDockWidgetArea, dock);
        resizeDocks({dock}, {520}, Qt::Horizontal);
        m_viewMenu->insertAction(m_viewMenu->actions().value(0), dock->toggleViewAction());
    }
    auto *scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_inspector);
    dock->setWidget(scroll);

    buildPages();
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(!m_document->isReadOnly());
    m_save->setEnabled(!m_document->isReadOnly());
    const QString banner = m_document->isReadOnly() ? m_document->readOnlyReason() : notice;
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());

    m_live = new LiveSchedule(m_document->plan(), this);
    connect(m_live, &LiveSchedule::updated, this, &MainWindow::onSchedule);
    m_live->refresh();
    updateTitle();
    updateStatus();
}

void MainWindow::onSchedule(std::shared_ptr<const PlanSchedule> schedule, bool final)
{
    m_schedule = schedule;
    m_scheduleFinal = final;
    if (TablePage *p = page(QStringLiteral("initiatives")))
        static_cast<InitiativeTableModel *>(p->model())->setSchedule(schedule);
    m_roadmap->view()->setSchedule(schedule);
    m_charts->setSchedule(schedule);
    m_inspector->setSchedule(schedule);
    // The fast and the improved schedule of one edit share the plan's own issues.
    if (!m_issues)
        m_issues = validatePlan(m_document->plan().content());
    m_problems->setProblems(*m_issues, schedule.get());
    updateStatus();
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — Cairn").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const Plan &plan = m_document->plan();
    const PlanInfo &info = plan.info();
    Money spend;
    for (const Initiative &i : plan.initiatives())
        if (i.status != InitiativeStatus::Dropped && i.status != InitiativeStatus::Done)
            spend += i.cost;
    m_statusTotals->setText(
        tr("%1 initiatives · %2 systems · %3 goals · planned spend %4 · %5 – %6")
            .arg(plan.initiatives().size())
            .arg(plan.systems().size())
            .arg(plan.goals().size())
            .arg(spend.format(info.currency, QLocale()),
                info.firstQuarter.label(info.quarterStyle()),
                info.lastQuarter().label(info.quarterStyle())));
    if (!m_schedule)
        m_statusSchedule->setText(tr("Scheduling…"));
    else
        m_statusSchedule->setText(
            (m_scheduleFinal ? tr("Schedule up to date") : tr("Improving schedule…"))
            + QStringLiteral(" · ") + tr("%n problem(s)", nullptr, m_problems->count()));
}

TablePage *MainWindow::page(const QString &name) const
{
    for (const auto &[key, p] : m_pages)
        if (key == name)
            return p;
    return nullptr;
}

QStringList MainWindow::viewNames() const
{
    QStringList names {QStringLiteral("roadmap"), QStringLiteral("charts")};
    for (const auto &entry : m_pages)
        names << entry.first;
    return names;
}

TablePage *MainWindow::currentPage() const
{
    return qobject_cast<TablePage *>(m_tabs->currentWidget());
}

QString MainWindow::currentKey() const
{
    if (m_roadmap && m_tabs->currentWidget() == m_roadmap)
        return QStringLiteral("roadmap");
    if (m_charts && m_tabs->currentWidget() == m_charts)
        return QStringLiteral("charts");
    for (const auto &[key, p] : m_pages)
        if (p == m_tabs->currentWidget())
            return key;
    return {};
}

QList<qint64> MainWindow::selectedIds() const
{
    if (currentKey() == QLatin1String("roadmap")) {
        const InitiativeId id = m_roadmap->view()->selected();
        return id.isValid() ? QList<qint64> {id.value} : QList<qint64> {};
    }
    TablePage *p = currentPage();
    return p ? p->selectedIds() : QList<qint64> {};
}

bool MainWindow::showView(const QString &name)
{
    if (name == QLatin1String("roadmap") && m_roadmap) {
        m_tabs->setCurrentWidget(m_roadmap);
        return true;
    }
    if (name == QLatin1String("charts") && m_charts) {
        m_tabs->setCurrentWidget(m_charts);
        return true;
    }
    if (TablePage *p = page(name)) {
        m_tabs->setCurrentWidget(p);
        return true;
    }
    return false;
}

void MainWindow::currentChanged()
{
    if (!m_inspector)
        return;
    if (currentKey() == QLatin1String("charts")) {
        // The portfolio chart selects initiatives; the inspector shows the table's current one.
        if (TablePage *initiatives = page(QStringLiteral("initiatives")))
            m_inspector->show(initiatives->model(), specsFor(QStringLiteral("initiatives")),
                initiatives->currentId());
        return;
    }
    if (currentKey() == QLatin1String("roadmap")) {
        // The roadmap shows initiatives: the inspector follows its selection.
        if (TablePage *initiatives = page(QStringLiteral("initiatives")))
            m_inspector->show(initiatives->model(), specsFor(QStringLiteral("initiatives")),
                m_roadmap->view()->selected().value);
        return;
    }
    TablePage *p = currentPage();
    if (!p)
        return;
    qint64 id = p->currentId();
    if (!id && p->model()->rowCount() > 0) {
        p->selectId(p->model()->idAt(0));
        return;
    }
    QString key;
    for (const auto &[name, pg] : std::as_const(m_pages))
        if (pg == p)
            key = name;
    if (key == QLatin1String("initiatives") && m_roadmap)
        m_roadmap->view()->setSelected(InitiativeId {id});
    m_inspector->show(p->model(), specsFor(key), id);
}

void MainWindow::selectEntity(qint64 id)
{
    const Plan &plan = m_document->plan();
    QString key;
    if (plan.initiative(InitiativeId {id}))
        key = QStringLiteral("initiatives");
    else if (plan.goal(GoalId {id}))
        key = QStringLiteral("goals");
    else if (plan.system(SystemId {id}))
        key = QStringLiteral("systems");
    else if (plan.resource(ResourceId {id}))
        key = QStringLiteral("resources");
    if (key.isEmpty() || !showView(key))
        return;
    page(key)->selectId(id);
}

void MainWindow::addEntity()
{
    if (m_document->isReadOnly())
        return;
    if (currentKey() == QLatin1String("roadmap") || currentKey() == QLatin1String("charts"))
        showView(QStringLiteral("initiatives")); // a new initiative is named in its table
    TablePage *p = currentPage();
    if (!p)
        return;
    const QString key = currentKey();
    EditFacade &edit = m_document->edit();
    if (key == QLatin1String("initiatives")) {
        Initiative i;
        i.name = tr("New initiative");
        edit.add(i);
    } else if (key == QLatin1String("goals")) {
        Goal g;
        g.name = tr("New goal");
        edit.add(g);
    } else if (key == QLatin1String("systems")) {
        System s;
        s.name = tr("New system");
        edit.add(s);
    } else {
        Resource r;
        r.name = tr("New team");
        r.defaultCapacity = 100;
        edit.add(r);
    }
    if (QTableView *v = p->view())
        v->edit(v->currentIndex().siblingAtColumn(0));
}

void MainWindow::deleteSelected()
{
    if (m_document->isReadOnly())
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Deleting is undoable; still, say what goes with it when links would be lost.
    int links = 0;
    const Plan &plan = m_document->plan();
    for (qint64 id : ids) {
        for (const Dependency &d : plan.dependencies())
            links += (d.predecessor.value == id || d.successor.value == id) ? 1 : 0;
        for (const GoalContribution &c : plan.contributions())
            links += (c.initiative.value == id || c.goal.value == id) ? 1 : 0;
        for (const SystemImpact &c : plan.impacts())
            links += (c.initiative.value == id || c.system.value == id) ? 1 : 0;
    }
    if (links > 0) {
        const auto answer = m_ask(tr("Delete"),
            tr("Delete %n item(s) and %1 link(s) to them? You can undo this.", nullptr,
                int(ids.size()))
                .arg(links),
            QMessageBox::Yes | QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_document->edit().remove(ids);
}

void MainWindow::duplicateSelected()
{
    if (!m_document->isReadOnly())
        m_document->edit().duplicate(selectedIds());
}

void MainWindow::newPlan(bool fromSample)
{
    PlanContent content;
    if (fromSample) {
        content = samplePlan();
    } else {
        content.info.name = tr("New plan");
        content.info.firstQuarter = Quarter::fromDate(QDate::currentDate()) + 1;
        Resource budget;
        budget.id = ResourceId {1};
        budget.name = tr("IT budget");
        budget.kind = ResourceKind::Budget;
        budget.defaultCapacity = 10000000;
        Resource team;
        team.id = ResourceId {2};
        team.name = tr("IT team");
        team.kind = ResourceKind::Team;
        team.defaultCapacity = 200;
        content.resources = {budget, team};
        content.nextId = 3;
    }
    auto doc = std::make_unique<PlanDocument>(content);
    setDocument(std::move(doc));
}

bool MainWindow::openFile(const QString &path)
{
    PlanDocument::OpenResult r = PlanDocument::open(path);
    if (!r.document) {
        notify(tr("Cannot open plan"), r.error);
        return false;
    }
    setDocument(std::move(r.document), r.notice);
    addRecent(m_document->path());
    return true;
}

bool MainWindow::save()
{
    if (m_document->path().isEmpty() || m_document->isReadOnly())
        return saveAs();
    const SaveResult r = m_document->save();
    if (!r.ok)
        notify(tr("Cannot save"), r.message);
    return r.ok;
}

bool MainWindow::saveAs(const QString &givenPath)
{
    QString path = givenPath.isEmpty() ? m_fileChooser(true) : givenPath;
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".cairn")))
        path += QStringLiteral(".cairn");
    const SaveResult r = m_document->saveAs(path);
    if (!r.ok) {
        notify(tr("Cannot save"), r.message);
        return false;
    }
    m_banner->hide();
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(true);
    m_save->setEnabled(true);
    if (m_inspector)
        m_inspector->setReadOnly(false);
    addRecent(m_document->path());
    updateTitle();
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    switch (m_savePrompt(m_document->displayName())) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::offerRecovery()
{
    const QList<RecoveryInfo> found = PlanDocument::orphanedRecoveries();
    for (const RecoveryInfo &info : found) {
        const QString name = info.documentPath.isEmpty() ? tr("an untitled plan")
                                                         : QFileInfo(info.documentPath).fileName();
        const auto answer = m_ask(tr("Recover unsaved changes?"),
            tr("Cairn closed unexpectedly while %1 had unsaved changes. They were saved "
               "automatically at %2. "
               "Restore them? (Your file is not changed until you save.)")
                .arg(name, QLocale().toString(info.savedAt.toLocalTime(), QLocale::LongFormat)),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore);
        if (answer == QMessageBox::Yes) {
            PlanDocument::OpenResult r = PlanDocument::restore(info);
            if (r.document) {
                setDocument(std::move(r.document),
                    tr("Recovered changes from %1 — save to keep them.")
                        .arg(QLocale().toString(info.savedAt.toLocalTime(), QLocale::ShortFormat)));
                PlanDocument::discardRecovery(info);
                m_document->autosaveNow();
                return;
            }
        } else if (answer == QMessageBox::Discard) {
            PlanDocument::discardRecovery(info);
        }
    }
}

void MainWindow::exportReport()
{
    if (!m_schedule) {
        notify(tr("Export Roadmap PDF"),
            tr("The plan is still being scheduled; try again in a moment."));
        return;
    }
    // The report shows the plan as it is now, with the schedule it has now.
    auto content = std::make_shared<PlanContent>(m_document->plan().content());
    ReportDialog dialog(*content, m_schedule, this);
    connect(&dialog, &ReportDialog::exported, this,
        [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    if (m_reportDialogHook)
        m_reportDialogHook(dialog);
    else
        dialog.exec();
}

void MainWindow::importCsv()
{
    if (m_document->isReadOnly())
        return;
    const PlanContent base = m_document->plan().content();
    ImportWizard wizard(base, this);
    const int code = m_importHook ? m_importHook(wizard) : wizard.exec();
    if (code != QDialog::Accepted || !wizard.resultApplies())
        return;
    const Interchange::ImportResult &r = wizard.result();
    m_document->edit().replaceContent(r.plan, tr("Import %n row(s)", nullptr, r.rows));
    statusBar()->showMessage(tr("Imported %1 rows: %2 added, %3 updated, %4 links and amounts.")
                                 .arg(r.rows)
                                 .arg(r.added)
                                 .arg(r.updated)
                                 .arg(r.links),
        8000);
}

void MainWindow::exportTables(bool excel)
{
    QString path;
    if (excel) {
        QString suggested = m_document->plan().info().name + QStringLiteral(".xlsx");
        suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
        path = QFileDialog::getSaveFileName(
            this, tr("Export Tables to Excel"), suggested, tr("Excel workbook (*.xlsx)"));
    } else {
        path = QFileDialog::getExistingDirectory(this, tr("Export Tables as CSV into a Folder"));
    }
    if (path.isEmpty())
        return;
    QString error;
    if (excel) {
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".xlsx");
        error = Interchange::writeXlsx(m_document->plan().content(), path);
    } else {
        Interchange::writeCsv(m_document->plan().content(), QDir(path), &error);
    }
    if (!error.isEmpty())
        notify(tr("Export failed"), error);
    else
        statusBar()->showMessage(
            tr("Exported the tables to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 10)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()
        && urls.first().toLocalFile().endsWith(QLatin1String(".cairn")))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (!path.isEmpty() && maybeSave())
        openFile(path);
}

} // namespace Cairn
