#pragma once

#include "app/present/presentationview.h"

#include <QObject>
#include <QPointer>

class QDockWidget;
class QMenu;
class QToolBar;

namespace Cairn {

class CaptureLine;
class MainWindow;
class PlanDocument;
class ScoringView;

// The workshop's actions on the main window: View > Present (F5) and the capture bar at the
// foot of the workspace, the scoring dock, File > Export Slides. The window only creates it and
// gives it its menus.
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
    // File > Export Slides: asks where, then writes the PDF.
    void exportSlides();

private:
    PlanDocument *document() const;
    void refresh();

    MainWindow *m_window;
    QToolBar *m_captureBar;
    CaptureLine *m_capture;
    QDockWidget *m_scoringDock;
    ScoringView *m_scoring;
    QPointer<PresentationView> m_presentation;
};

} // namespace Cairn
