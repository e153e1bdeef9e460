#include "app/present/workshop.h"

#include "app/desktop.h"
#include "app/mainwindow.h"
#include "app/present/captureline.h"
#include "app/present/presentationview.h"
#include "app/present/recordexport.h"
#include "app/present/recordview.h"
#include "app/present/scoringview.h"
#include "app/present/slidespdf.h"
#include "app/present/votingview.h"
#include "app/views/workspace.h"
#include "core/session/plandocument.h"
#include "core/workshop/record.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace Cairn {

Workshop::Workshop(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_captureBar(new QToolBar(tr("Capture"), window))
    , m_capture(new CaptureLine([this] { return document(); }, false, m_captureBar))
    , m_scoringDock(new QDockWidget(tr("Workshop"), window))
    , m_pages(new QTabWidget(m_scoringDock))
    , m_scoring(new ScoringView([this] { return document(); }, m_pages))
    , m_voting(new VotingView([this] { return document(); }, m_pages))
    , m_record(new WorkshopRecordView(
          [this] { return document(); }, [this] { return currentSchedule(); }, m_pages))
{
    m_scoringDock->setObjectName(QStringLiteral("scoringDock"));
    m_pages->addTab(m_scoring, tr("Scores"));
    m_pages->addTab(m_voting, tr("Dot Vote"));
    m_pages->addTab(m_record, tr("Workshop Record"));
    m_scoringDock->setWidget(m_pages);
    window->addDockWidget(Qt::RightDockWidgetArea, m_scoringDock);
    // Beside the inspector as a tab of its own, so that it has the column's whole height.
    if (auto *inspector = window->findChild<QDockWidget *>(QStringLiteral("inspectorDock")))
        window->tabifyDockWidget(inspector, m_scoringDock);
    m_scoringDock->hide();
    connect(m_scoringDock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        if (shown)
            refreshPages();
    });
    auto select = [this](qint64 id) {
        if (m_window->workspace())
            m_window->workspace()->selectEntity(id);
    };
    connect(m_scoring, &ScoringView::initiativeSelected, this, select);
    connect(m_voting, &VotingView::initiativeSelected, this, select);
    connect(m_record, &WorkshopRecordView::initiativeSelected, this, select);
    connect(m_record, &WorkshopRecordView::exportRequested, this,
        [this](WorkshopId id) { exportRecord(id); });
    m_captureBar->setObjectName(QStringLiteral("captureToolBar"));
    m_captureBar->addWidget(m_capture);
    window->addToolBar(Qt::BottomToolBarArea, m_captureBar);
    connect(m_capture, &CaptureLine::ideaAdded, this, [this](qint64 id, const QString &) {
        if (m_window->workspace())
            m_window->workspace()->selectEntity(id);
    });
}

PlanDocument *Workshop::document() const
{
    return m_window->document();
}

void Workshop::addFileActions(QMenu *file)
{
    QAction *a = file->addAction(tr("Export &Slides…"));
    a->setObjectName(QStringLiteral("actionExportSlides"));
    connect(a, &QAction::triggered, this, &Workshop::exportSlides);
    QAction *record = file->addAction(tr("Export &Workshop Record…"));
    record->setObjectName(QStringLiteral("actionExportWorkshopRecord"));
    connect(record, &QAction::triggered, this, [this] { exportRecord(); });
}

void Workshop::addViewActions(QMenu *view)
{
    QAction *a = view->addAction(tr("&Present"));
    a->setObjectName(QStringLiteral("actionPresent"));
    a->setShortcut(QKeySequence(Qt::Key_F5));
    connect(a, &QAction::triggered, this, [this] { present(); });
    QAction *capture = m_captureBar->toggleViewAction();
    capture->setText(tr("&Capture Ideas"));
    capture->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    view->addAction(capture);
    connect(capture, &QAction::triggered, this, [this](bool on) {
        if (on)
            m_capture->edit()->setFocus();
    });
    QAction *scoring = m_scoringDock->toggleViewAction();
    scoring->setText(tr("Wor&kshop Panel"));
    view->addAction(scoring);
    // Shown as a tab beside the inspector: brought to the front when asked for.
    connect(scoring, &QAction::triggered, this, [this](bool on) {
        if (on)
            m_scoringDock->raise();
    });
    m_session = view->addAction(tr("Start &Workshop"));
    m_session->setObjectName(QStringLiteral("actionWorkshopSession"));
    connect(m_session, &QAction::triggered, this, [this] {
        showPage(2);
        m_record->startOrEnd();
    });
    m_decide = view->addAction(tr("Note &Decision…"));
    m_decide->setObjectName(QStringLiteral("actionNoteDecision"));
    connect(m_decide, &QAction::triggered, this, [this] {
        showPage(2);
        m_record->decisionEdit()->setFocus();
    });
    connect(view, &QMenu::aboutToShow, this, [this] {
        // The welcome page holds a hidden empty plan: no workshop is started in it.
        PlanDocument *doc = m_window->desktop()->welcomeShown() ? nullptr : document();
        const bool running = doc && runningWorkshop(doc->plan().content());
        m_session->setText(running ? tr("End &Workshop") : tr("Start &Workshop"));
        m_session->setEnabled(doc && !doc->isReadOnly());
        m_decide->setEnabled(running && !doc->isReadOnly());
    });
    view->addSeparator();
}

void Workshop::showPage(int page)
{
    m_scoringDock->show();
    m_scoringDock->raise();
    m_pages->setCurrentIndex(page);
    refreshPages();
}

void Workshop::scheduleUpdated()
{
    if (m_scoringDock->isVisible())
        m_record->refresh();
}

void Workshop::refreshPages()
{
    m_scoring->refresh();
    m_voting->refresh();
    m_record->refresh();
}

std::shared_ptr<const PlanSchedule> Workshop::currentSchedule() const
{
    Workspace *w = m_window->workspace();
    return w ? w->schedule().schedule : nullptr;
}

void Workshop::documentChanged()
{
    PlanDocument *doc = document();
    if (!doc)
        return;
    connect(&doc->plan(), &Plan::changed, m_scoring, [this] {
        if (m_scoringDock->isVisible())
            refreshPages();
    });
    // What moved in a workshop follows the schedule.
    connect(m_window->liveSchedule(), &LiveSchedule::updated, this, &Workshop::scheduleUpdated,
        Qt::UniqueConnection);
    if (m_scoringDock->isVisible())
        refreshPages();
    m_capture->refreshPreview();
    if (m_presentation)
        present(m_presentation->isFullScreen() ? QSize() : m_presentation->size());
}

void Workshop::present(QSize size)
{
    const ScheduleSnapshot &s = m_window->workspace()->schedule();
    if (!s.schedule) {
        m_window->statusBar()->showMessage(
            tr("The plan is still being scheduled; try again in a moment."), 8000);
        return;
    }
    if (!m_presentation) {
        m_presentation = new PresentationView([this] { return document(); });
        m_presentation->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_presentation, &PresentationView::leaveRequested, this, &Workshop::leave);
    }
    // Follow the plan while presenting: an idea captured appears on the slides.
    connect(m_window->liveSchedule(), &LiveSchedule::updated, this, &Workshop::refresh,
        Qt::UniqueConnection);
    refresh();
    if (size.isValid()) {
        m_presentation->resize(size);
        m_presentation->show();
    } else {
        // Without a window manager (a bare X server, some kiosk set-ups) full screen keeps the
        // window's default size: give it the screen the workspace is on first.
        m_presentation->setGeometry(m_window->screen()->geometry());
        m_presentation->showFullScreen();
    }
    m_presentation->activateWindow();
    m_presentation->setFocus();
}

void Workshop::refresh()
{
    if (!m_presentation || !document())
        return;
    const ScheduleSnapshot &s = m_window->workspace()->schedule();
    // Only a schedule of the plan as it is now (the first time, the latest there is).
    if (!s.schedule || (m_presentation->deck() && s.generation != document()->plan().generation()))
        return;
    // The plan shown: a scenario's when one is shown in the window. The decisions slide: those of
    // the plan's latest workshop (the one running, or the last held).
    const PlanContent &plan = document()->plan().content();
    const WorkshopSession *w = latestWorkshop(plan);
    m_presentation->setPlan(s.content ? *s.content : plan, s.schedule,
        w ? decisionsOf(plan, w->id) : QStringList(), QDate::currentDate());
}

void Workshop::leave()
{
    if (m_presentation)
        m_presentation->close();
    m_window->activateWindow();
}

void Workshop::exportSlides()
{
    const ScheduleSnapshot &s = m_window->workspace()->schedule();
    if (!s.schedule) {
        m_window->statusBar()->showMessage(
            tr("The plan is still being scheduled; try again in a moment."), 8000);
        return;
    }
    const PlanContent &plan = document()->plan().content();
    QString suggested = plan.info.name + tr(" — slides") + QStringLiteral(".pdf");
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Slides"), suggested, tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const WorkshopSession *w = latestWorkshop(plan);
    const SlideDeck deck(
        plan, s.schedule, w ? decisionsOf(plan, w->id) : QStringList(), QDate::currentDate());
    const QString error = writeSlidesPdf(deck, path, plan.info.name);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export Slides"), error);
    else
        m_window->statusBar()->showMessage(tr("Exported %n slide(s) to %1", nullptr, deck.count())
                                               .arg(QDir::toNativeSeparators(path)),
            8000);
}

void Workshop::exportRecord(std::optional<WorkshopId> workshop)
{
    PlanDocument *doc = document();
    const std::shared_ptr<const PlanSchedule> schedule = currentSchedule();
    if (!doc || !schedule) {
        m_window->statusBar()->showMessage(
            tr("The plan is still being scheduled; try again in a moment."), 8000);
        return;
    }
    const PlanContent &plan = doc->plan().content();
    if (!workshop)
        workshop = m_record->shown();
    if (!workshop && latestWorkshop(plan))
        workshop = latestWorkshop(plan)->id;
    const WorkshopSession *w = workshop ? plan.workshop(*workshop) : nullptr;
    if (!w) {
        QMessageBox::information(m_window, tr("Export Workshop Record"),
            tr("The plan has no workshop yet: View ▸ Start Workshop marks one."));
        return;
    }
    QString suggested = plan.info.name + QStringLiteral(" — ") + w->name + QStringLiteral(".pdf");
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString filter = tr("PDF document (*.pdf)");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Workshop Record"), suggested,
        filter + QStringLiteral(";;") + tr("Markdown (*.md)") + QStringLiteral(";;")
            + tr("CSV table (*.csv)"),
        &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("*.md")) ? QStringLiteral(".md")
            : filter.contains(QLatin1String("*.csv"))  ? QStringLiteral(".csv")
                                                       : QStringLiteral(".pdf");
    const QString error = writeWorkshopRecord(plan, *schedule, w->id, path);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export Workshop Record"), error);
    else
        m_window->statusBar()->showMessage(
            tr("Exported the record of %1 to %2").arg(w->name, QDir::toNativeSeparators(path)),
            8000);
}

} // namespace Cairn
