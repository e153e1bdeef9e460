#include "app/mainwindow.h"

#include "app/desktop.h"
#include "app/dialogs/plansettingsdialog.h"
#include "app/dialogs/tableexport.h"
#include "app/planstarts.h"
#include "app/present/workshop.h"
#include "app/recentfiles.h"
#include "app/report/reportdialog.h"
#include "app/views/gaplabel.h"
#include "app/views/historyview.h"
#include "app/views/importwizard.h"
#include "app/views/inspector.h"
#include "app/views/moveslabel.h"
#include "app/views/problemspanel.h"
#include "app/views/scenariobar.h"
#include "app/views/tablepage.h"
#include "app/views/welcomepage.h"
#include "app/views/workspace.h"
#include "core/analysis/plantotals.h"
#include "core/session/plandocument.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Cairn {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_banner(new QLabel(this))
    , m_problems(new ProblemsPanel(this))
    , m_history(new HistoryView(this))
    , m_inspectorDock(new QDockWidget(tr("Inspector"), this))
    , m_inspectorScroll(new QScrollArea(m_inspectorDock))
    , m_statusTotals(new QLabel(this))
    , m_statusSchedule(new QLabel(this))
    , m_gap(new GapLabel(this))
    , m_moves(new MovesLabel(this))
    , m_scenarios(new ScenarioBar(this))
    , m_recent(new RecentFiles(this))
    , m_desktop(new Desktop(this, *m_recent))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/cairn/icons/cairn.svg")));
    m_banner->setObjectName(QStringLiteral("banner"));
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
    layout->addWidget(m_desktop->welcome());
    setCentralWidget(central);

    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(m_history);
    m_history->setInteraction(m_interaction);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    historyDock->hide();
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorScroll->setWidgetResizable(true);
    m_inspectorScroll->setFrameShape(QFrame::NoFrame);
    m_inspectorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // never cut off
    m_inspectorDock->setWidget(m_inspectorScroll);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    statusBar()->addWidget(m_statusTotals, 1);
    statusBar()->addWidget(m_moves, 2);
    connect(m_moves, &MovesLabel::selectRequested, this,
        [this](qint64 id) { m_workspace->selectEntity(id); });
    statusBar()->addPermanentWidget(m_statusSchedule);
    statusBar()->addPermanentWidget(m_gap);
    connect(m_problems, &ProblemsPanel::entityActivated, this, [this](qint64 id) {
        if (m_workspace)
            m_workspace->selectEntity(id);
    });

    createFileMenu();
    createEditMenu();
    createViewAndHelpMenus();
    m_viewMenu->addActions({m_inspectorDock->toggleViewAction(), problemsDock->toggleViewAction(),
        historyDock->toggleViewAction(), (new ServerPlans(this))->toggleViewAction()});
    // An empty plan first (cheap): main() then opens the file or shows the welcome page.
    newPlan(false);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // Never larger than the screen: a projector's 1280×720 cut off the docks and the toolbar.
    if (!settings.contains(QStringLiteral("window/geometry")))
        arrange(
            QSize(1400, 900).boundedTo(screen() ? screen()->availableSize() : QSize(1400, 900)));
}

void MainWindow::arrange(const QSize &size)
{
    resize(size);
    // Docks in proportion: at 1280×720, 520 + 160 px of them left the roadmap three bars.
    resizeDocks({m_inspectorDock}, {std::clamp(size.width() * 3 / 10, 300, 520)}, Qt::Horizontal);
    if (auto *problems = findChild<QDockWidget *>(QStringLiteral("problemsDock")))
        resizeDocks({problems}, {std::clamp(size.height() * 3 / 20, 90, 160)}, Qt::Vertical);
}

MainWindow::~MainWindow()
{
    delete m_live;
    delete m_workspace;
}

void MainWindow::setInteraction(Interaction *interaction)
{
    m_interaction = interaction ? interaction : &m_defaultInteraction;
    m_history->setInteraction(m_interaction);
}

QAction *MainWindow::addAction(
    QMenu *menu, const QString &text, const QKeySequence &key, const std::function<void()> &slot)
{
    QAction *a = menu->addAction(text);
    QString name = text;
    name.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    a->setObjectName(QStringLiteral("action") + name.split(QLatin1Char(' ')).join(QString()));
    if (!key.isEmpty())
        a->setShortcut(key);
    connect(a, &QAction::triggered, this, slot);
    return a;
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *newEmpty = addAction(file, tr("&New Plan"), QKeySequence::New, [this] {
        if (!maybeSave())
            return;
        newPlan(false);
        editPlanSettings(); // a new plan starts with its name, currency and quarters
    });
    addAction(file, tr("New from &Sample"), {}, [this] {
        if (maybeSave())
            newPlan(true);
    });
    QAction *open = addAction(file, tr("&Open…"), QKeySequence::Open, [this] {
        if (!maybeSave())
            return;
        const QString path = m_interaction->chooseFile(this, Interaction::FileUse::OpenPlan);
        if (!path.isEmpty())
            openFile(path);
    });
    m_desktop->setStartActions(newEmpty, open);
    m_recent->attach(file->addMenu(tr("Open &Recent")));
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    file->addSeparator();
    m_save = addAction(file, tr("&Save"), QKeySequence::Save, [this] { save(); });
    m_desktop->needsPlan(
        addAction(file, tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); }));
    file->addSeparator();
    m_editActions << addAction(file, tr("Plan Se&ttings…"), {}, [this] { editPlanSettings(); });
    file->addSeparator();
    QAction *exportPdf = addAction(file, tr("&Export Roadmap PDF…"),
        QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportReport(); });
    m_desktop->needsPlan(exportPdf);
    m_desktop->needsPlan(
        addAction(file, tr("&Print…"), QKeySequence::Print, [this] { exportReport(); }));
    m_workshop = new Workshop(this);
    m_workshop->addFileActions(file);
    file->addSeparator();
    m_editActions << addAction(
        file, tr("&Import CSV…"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { importCsv(); });
    m_desktop->needsPlan(
        addAction(file, tr("Export Tables as &CSV…"), {}, [this] { exportTables(false); }));
    m_desktop->needsPlan(
        addAction(file, tr("Export Tables to E&xcel…"), {}, [this] { exportTables(true); }));
    file->addSeparator();
    m_desktop->needsPlan(addAction(file, tr("&Close"), QKeySequence::Close, [this] {
        if (maybeSave())
            showWelcome();
    }));
    addAction(file, tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    newEmpty->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    tools->addActions({newEmpty, open, m_save, exportPdf});
    tools->addSeparator();
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    auto *tools = findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    m_undo = edit->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_redo = edit->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addSeparator();
    QAction *add = addAction(edit, tr("&Add"), QKeySequence(Qt::CTRL | Qt::Key_Insert),
        [this] { m_workspace->addEntity(); });
    QAction *dup = addAction(edit, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        if (!m_document->isReadOnly())
            m_document->edit().duplicate(m_workspace->selectedIds());
    });
    QAction *del
        = addAction(edit, tr("&Delete"), QKeySequence::Delete, [this] { deleteSelected(); });
    edit->addSeparator();
    addAction(edit, tr("&Find…"), QKeySequence::Find, [this] {
        if (auto *p = qobject_cast<TablePage *>(m_workspace->currentWidget()))
            p->searchField()->setFocus();
    });
    edit->addSeparator();
    m_desktop->addPreferencesAction(edit);
    m_editActions += {add, dup, del};
    add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    del->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    tools->addActions({m_undo, m_redo});
    tools->addSeparator();
    tools->addActions({add, del});
    m_editActions << m_scenarios->addTo(tools, this);
}

void MainWindow::createViewAndHelpMenus()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_workshop->addViewActions(m_viewMenu);
    for (const char *name : {"actionExportSlides", "actionPresent", "actionExportWorkshopRecord",
             "actionScenarioSwitcher", "actionScenariosMenu"})
        m_desktop->needsPlan(findChild<QAction *>(QLatin1String(name)));
    m_desktop->createHelpMenu();
}

void MainWindow::notify(const QString &title, const QString &message)
{
    m_interaction->notify(this, title, message);
}

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document, const QString &notice)
{
    // Views refer to the old plan: they go before it does.
    const View shown = m_workspace ? m_workspace->currentView() : View::Roadmap;
    m_scenarios->detach();
    delete m_live;
    m_live = nullptr;
    m_inspectorScroll->takeWidget();
    delete m_workspace;
    m_workspace = nullptr;
    m_history->setStack(nullptr, nullptr);
    m_document = std::move(document);
    m_document->setParent(this);
    m_desktop->planShown(*m_document);

    m_workspace = new Workspace(*m_document, *m_interaction, m_problems, centralWidget());
    centralWidget()->layout()->addWidget(m_workspace);
    m_inspectorScroll->setWidget(m_workspace->inspector());
    m_workspace->showView(shown);
    connect(m_workspace, &Workspace::message, this,
        [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_workspace, &Workspace::refused, this, &MainWindow::notify);
    connect(m_workspace, &Workspace::movesChanged, this,
        [this](const std::vector<ScheduleMove> &moves) {
            m_moves->setMoves(moves, m_document->plan());
        });
    connect(m_workspace, &Workspace::inspectorWanted, this, [this] {
        m_inspectorDock->show();
        m_inspectorDock->raise();
        m_workspace->inspector()->setFocus();
    });
    connectUndo();
    connect(m_document.get(), &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &PlanDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(&m_document->plan(), &Plan::changed, this, &MainWindow::updateStatus);
    updateEditable();
    const QString banner = m_document->isReadOnly() ? m_document->readOnlyReason() : notice;
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());

    m_live = new LiveSchedule(m_document->plan(), this);
    connect(m_live, &LiveSchedule::updated, this, &MainWindow::onSchedule);
    m_scenarios->attach(*m_document, *m_live, *m_workspace, *m_interaction);
    m_live->refresh();
    updateTitle();
    updateStatus();
    m_workshop->documentChanged();
}

void MainWindow::connectUndo()
{
    QUndoStack *stack = m_document->edit().undoStack();
    m_history->setStack(stack, &m_document->plan());
    disconnect(m_undo, nullptr, nullptr, nullptr);
    disconnect(m_redo, nullptr, nullptr, nullptr);
    connect(m_undo, &QAction::triggered, this,
        [this, stack] { undoAsking(this, *m_interaction, *stack, m_document->plan()); });
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    auto sync = [this, stack] {
        m_undo->setEnabled(stack->canUndo());
        m_redo->setEnabled(stack->canRedo());
        m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
        // The menu names the step; the tool bar keeps a short button (the step's name pushed
        // Redo, Add and Delete out of sight at 1280 px), with the name in its tooltip.
        for (QAction *a : {m_undo, m_redo}) {
            a->setToolTip(QString(a->text()).remove(QLatin1Char('&')));
            a->setIconText(
                QString(a == m_undo ? tr("&Undo") : tr("&Redo")).remove(QLatin1Char('&')));
        }
    };
    connect(stack, &QUndoStack::indexChanged, this, sync);
    sync();
}

void MainWindow::updateEditable()
{
    const bool editable = !m_desktop->welcomeShown() && !m_document->isReadOnly(); // no plan shown
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(editable);
    m_save->setEnabled(editable);
    m_history->setEnabled(editable);
    m_workspace->inspector()->setReadOnly(!editable);
}

void MainWindow::onSchedule(const ScheduleSnapshot &snapshot)
{
    m_workspace->setSchedule(snapshot);
    m_gap->setSchedule(snapshot);
    updateStatus();
}

void MainWindow::updateTitle()
{
    if (m_desktop->welcomeShown())
        return;
    setWindowTitle(QStringLiteral("%1[*] — Cairn").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    updateTitle(); // the plan's name may have changed
    const PlanInfo &info = m_document->plan().info();
    const PlanTotals totals = planTotals(m_document->plan().content());
    m_statusTotals->setText(
        tr("%1 initiatives · %2 systems · %3 goals · planned spend %4 · %5 – %6")
            .arg(totals.initiatives)
            .arg(totals.systems)
            .arg(totals.goals)
            .arg(totals.plannedSpend.format(info.currency, QLocale()),
                info.firstQuarter.label(info.quarterStyle()),
                info.lastQuarter().label(info.quarterStyle())));
    const ScheduleSnapshot &s = m_workspace->schedule();
    if (!s.schedule)
        m_statusSchedule->setText(tr("Scheduling…"));
    else
        m_statusSchedule->setText((s.final ? tr("Schedule up to date") : tr("Improving schedule…"))
            + QStringLiteral(" · ") + tr("%n problem(s)", nullptr, m_workspace->problemCount()));
}

void MainWindow::deleteSelected()
{
    if (m_document->isReadOnly())
        return;
    const QList<qint64> ids = m_workspace->selectedIds();
    if (ids.isEmpty())
        return;
    // Deleting is undoable; still, say what goes with it when links would be lost.
    const int links = linksTouching(m_document->plan().content(), ids);
    if (links > 0
        && m_interaction->ask(this, tr("Delete"),
               tr("Delete %n item(s) and %1 link(s) to them? You can undo this.", nullptr,
                   int(ids.size()))
                   .arg(links),
               QMessageBox::Yes | QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    m_document->edit().remove(ids);
}

void MainWindow::newPlan(bool fromSample)
{
    startPlan(fromSample ? PlanStarts::sample() : PlanStarts::blank());
}

void MainWindow::startPlan(StartingPlan start)
{
    setDocument(std::make_unique<PlanDocument>(std::move(start.content)), start.notice);
}

void MainWindow::showWelcome()
{
    newPlan(false); // nothing of the last plan stays behind the page
    m_banner->hide();
    m_workspace->hide();
    m_desktop->showWelcome();
    updateEditable();
}

bool MainWindow::openFile(const QString &path)
{
    // A crashed session's unsaved work is offered first, however the file is opened.
    for (const RecoveryInfo &info : PlanDocument::recoveriesFor(path))
        if (recover(info))
            return true;
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
    if ((m_document->path().isEmpty() && !m_document->isShared()) || m_document->isReadOnly())
        return saveAs();
    const SaveResult r = m_document->save();
    if (!r.ok)
        notify(tr("Cannot save"), r.message);
    return r.ok;
}

bool MainWindow::saveAs(const QString &givenPath)
{
    QString path = givenPath.isEmpty()
        ? m_interaction->chooseFile(this, Interaction::FileUse::SavePlan)
        : givenPath;
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
    updateEditable();
    addRecent(m_document->path());
    updateTitle();
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    switch (m_interaction->askToSave(this, m_document->displayName())) {
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
    for (const RecoveryInfo &info : PlanDocument::orphanedRecoveries())
        if (recover(info))
            return;
}

bool MainWindow::recover(const RecoveryInfo &info)
{
    if (!info.server.isEmpty()) // steps a window of a plan on a server did not send
        return findChild<ServerPlans *>()->recover(info);
    const QString name = info.documentPath.isEmpty() ? tr("an untitled plan")
                                                     : QFileInfo(info.documentPath).fileName();
    const auto answer = m_interaction->ask(this, tr("Recover unsaved changes?"),
        tr("Cairn closed unexpectedly while %1 had unsaved changes. They were saved "
           "automatically at %2. Restore them? (Your file is not changed until you save.)")
            .arg(name, QLocale().toString(info.savedAt.toLocalTime(), QLocale::LongFormat)),
        QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore);
    if (answer == QMessageBox::Discard)
        PlanDocument::discardRecovery(info);
    if (answer != QMessageBox::Yes)
        return false; // Ignore keeps the copy: this session autosaves to a file of its own
    PlanDocument::OpenResult r = PlanDocument::restore(info);
    if (!r.document) {
        notify(tr("Cannot recover"), r.error);
        return false;
    }
    setDocument(std::move(r.document),
        tr("Recovered changes from %1 — save to keep them.")
            .arg(QLocale().toString(info.savedAt.toLocalTime(), QLocale::ShortFormat)));
    PlanDocument::discardRecovery(info);
    m_document->autosaveNow();
    if (!m_document->path().isEmpty())
        addRecent(m_document->path());
    return true;
}

void MainWindow::editPlanSettings()
{
    if (m_document->isReadOnly())
        return;
    PlanSettingsDialog dialog(m_document->plan().info(), this);
    if (m_interaction->run(dialog) != QDialog::Accepted)
        return;
    if (const auto info = dialog.settings())
        m_document->edit().setPlanInfo(*info);
}

void MainWindow::exportReport()
{
    const ScheduleSnapshot &s = m_workspace->schedule();
    if (!s.schedule) {
        notify(tr("Export Roadmap PDF"),
            tr("The plan is still being scheduled; try again in a moment."));
        return;
    }
    // The report shows the plan as it is now (the future shown), with the schedule it has now.
    auto content = std::make_shared<PlanContent>(m_scenarios->shownPlan());
    // The status bar's bound of the schedule shown (none while it improves or is being bound).
    ReportDialog dialog(*content, s.schedule, this, m_gap->bound());
    connect(&dialog, &ReportDialog::exported, this,
        [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    m_interaction->run(dialog);
}

void MainWindow::importCsv()
{
    if (m_document->isReadOnly() || m_document->edit().refuseInScenario(EditFacade::Import))
        return;
    const PlanContent base = m_document->plan().content();
    ImportWizard wizard(base, this);
    if (m_interaction->run(wizard) != QDialog::Accepted || !wizard.resultApplies())
        return;
    const Interchange::ImportResult &r = wizard.result();
    m_document->edit().replaceContent(r.plan, tr("Import %n row(s)", nullptr, r.rows));
    statusBar()->showMessage(tr("Imported %1.").arg(r.summary()), 8000);
}

void MainWindow::exportTables(bool excel)
{
    const QString done = TableExport::run(this, *m_interaction, m_document->plan().content(),
        m_workspace->schedule().schedule.get(), excel);
    if (!done.isEmpty())
        statusBar()->showMessage(done, 8000);
}

void MainWindow::addRecent(const QString &path)
{
    if (m_remembersFiles && !path.isEmpty()) // a plan on a server has no path
        m_recent->add(path);
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
