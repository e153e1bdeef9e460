#pragma once

#include "app/present/presentationview.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;
class QToolBar;

namespace Cairn {

class CaptureLine;
class MainWindow;
class PlanDocument;
class ScoringView;
class VotingView;
class WorkshopRecordView;

// The workshop's actions on the main window: View > Present (F5) and the capture bar at the
// foot of the workspace, the workshop dock (scores, the dot vote, the workshop record), Start/End
// Workshop and Note Decision, File > Export Slides and Export Workshop Record. The window only
// creates it and gives it its menus.
class Workshop : public QObject {
    Q_OBJECT

public:
    explicit Workshop(MainWindow *window);

    void addFileActions(QMenu *file);
    void addViewActions(QMenu *view);
    // The window opened another plan (or a new one): follow it.
    void documentChanged();

    // Presenter mode on the current plan (full screen unless `size` is given).
    void present(QSize size = {});
    void leave();
    PresentationView *presentation() const { return m_presentation; }
    CaptureLine *captureBar() const { return m_capture; }
    ScoringView *scoring() const { return m_scoring; }
    VotingView *voting() const { return m_voting; }
    WorkshopRecordView *record() const { return m_record; }
    QDockWidget *dock() const { return m_scoringDock; }
    // File > Export Slides: asks where, then writes the PDF.
    void exportSlides();
    // File > Export Workshop Record: asks where (PDF, Markdown or CSV), then writes the record of
    // `workshop` (none: the one the record page shows, else the latest).
    void exportRecord(std::optional<WorkshopId> workshop = {});
    // Shows the dock at its page: 0 scores, 1 the dot vote, 2 the workshop record.
    void showPage(int page);

private:
    PlanDocument *document() const;
    void refresh();
    void refreshPages();
    void scheduleUpdated();
    std::shared_ptr<const PlanSchedule> currentSchedule() const;

    MainWindow *m_window;
    QToolBar *m_captureBar;
    CaptureLine *m_capture;
    QDockWidget *m_scoringDock;
    QTabWidget *m_pages;
    ScoringView *m_scoring;
    VotingView *m_voting;
    WorkshopRecordView *m_record;
    QAction *m_session = nullptr;
    QAction *m_decide = nullptr;
    QPointer<PresentationView> m_presentation;
};

} // namespace Cairn
