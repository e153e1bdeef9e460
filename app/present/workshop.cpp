#include "app/present/workshop.h"

#include "app/mainwindow.h"
#include "app/present/captureline.h"
#include "app/present/presentationview.h"
#include "app/present/scoringview.h"
#include "app/present/slidespdf.h"
#include "app/views/workspace.h"
#include "core/session/plandocument.h"

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
#include <QToolBar>

namespace Cairn {

Workshop::Workshop(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_captureBar(new QToolBar(tr("Capture"), window))
    , m_capture(new CaptureLine([this] { return document(); }, false, m_captureBar))
    , m_scoringDock(new QDockWidget(tr("Scoring"), window))
    , m_scoring(new ScoringView([this] { return document(); }, m_scoringDock))
{
    m_scoringDock->setObjectName(QStringLiteral("scoringDock"));
    m_scoringDock->setWidget(m_scoring);
    window->addDockWidget(Qt::RightDockWidgetArea, m_scoringDock);
    m_scoringDock->hide();
    connect(m_scoringDock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        if (shown)
            m_scoring->refresh();
    });
    connect(m_scoring, &ScoringView::initiativeSelected, this, [this](qint64 id) {
        if (m_window->workspace())
            m_window->workspace()->selectEntity(id);
    });
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
    scoring->setText(tr("&Scoring"));
    view->addAction(scoring);
    view->addSeparator();
}

void Workshop::documentChanged()
{
    PlanDocument *doc = document();
    if (!doc)
        return;
    connect(&doc->plan(), &Plan::changed, m_scoring, [this] {
        if (m_scoringDock->isVisible())
            m_scoring->refresh();
    });
    if (m_scoringDock->isVisible())
        m_scoring->refresh();
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
    // The plan shown: a scenario's when one is shown in the window.
    m_presentation->setPlan(s.content ? *s.content : document()->plan().content(), s.schedule, {},
        QDate::currentDate());
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
    const SlideDeck deck(plan, s.schedule, {}, QDate::currentDate());
    const QString error = writeSlidesPdf(deck, path, plan.info.name);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export Slides"), error);
    else
        m_window->statusBar()->showMessage(tr("Exported %n slide(s) to %1", nullptr, deck.count())
                                               .arg(QDir::toNativeSeparators(path)),
            8000);
}

} // namespace Cairn
