#pragma once

#include "app/interaction.h"
#include "app/server/serverplans.h"
#include "core/session/liveschedule.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QScrollArea;

namespace Cairn {

class Desktop;
class PlanDocument;
class RecentFiles;
struct StartingPlan;
class GapLabel;
class HistoryView;
class MovesLabel;
class ScenarioBar;
struct RecoveryInfo;
class ProblemsPanel;
class Workspace;
class Workshop;

// The workspace window: wiring only. The document and its live schedule live in core/session,
// the views in the Workspace, questions and dialogs go through the Interaction.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    // Sizes the window and its docks for a screen of `size` (the first start, a screenshot).
    void arrange(const QSize &size);

    bool openFile(const QString &path);
    void newPlan(bool fromSample);
    // A new, unsaved plan (blank, the sample, a template) with its banner.
    void startPlan(StartingPlan start);
    // The welcome page instead of a plan: at the first start and after Close.
    void showWelcome();
    bool save();
    bool saveAs(const QString &path = {});
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    void offerRecovery();
    void exportReport();
    // File > Plan Settings: one undo step.
    void editPlanSettings();
    // File > Import CSV: the wizard, then the import as one undo step.
    void importCsv();
    // File > Export Tables: a folder of CSV files, or an Excel workbook.
    void exportTables(bool excel);

    PlanDocument *document() const { return m_document.get(); }
    LiveSchedule *liveSchedule() const { return m_live; }
    Workspace *workspace() const { return m_workspace; }
    ProblemsPanel *problems() const { return m_problems; }
    Workshop *workshop() const { return m_workshop; }
    Desktop *desktop() const { return m_desktop; }
    // How questions are asked and dialogs run: message boxes and file dialogs unless a test or
    // a headless command gives its own (not owned; null: the default).
    void setInteraction(Interaction *interaction);
    Interaction &interaction() const { return *m_interaction; }
    // Whether the files it opens and saves go into File > Open Recent (not for a screenshot).
    void setRemembersFiles(bool remember) { m_remembersFiles = remember; }

protected:
    friend class ServerPlans; // shows the plans it opens from a server
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setDocument(std::unique_ptr<PlanDocument> document, const QString &notice = {});
    void createFileMenu();
    void createEditMenu();
    void createViewAndHelpMenus();
    QAction *addAction(QMenu *menu, const QString &text, const QKeySequence &key,
        const std::function<void()> &slot);
    void connectUndo();
    void updateTitle();
    void updateStatus();
    void updateEditable();
    void onSchedule(const ScheduleSnapshot &snapshot);
    void deleteSelected();
    void addRecent(const QString &path);
    void notify(const QString &title, const QString &message);
    // Offers a recovery copy back; true when the user took it (it is then the document).
    bool recover(const RecoveryInfo &info);

    std::unique_ptr<PlanDocument> m_document;
    LiveSchedule *m_live = nullptr;
    Workspace *m_workspace = nullptr;
    Interaction m_defaultInteraction;
    Interaction *m_interaction = &m_defaultInteraction;
    bool m_remembersFiles = true;
    QLabel *m_banner;
    ProblemsPanel *m_problems;
    HistoryView *m_history;
    QDockWidget *m_inspectorDock;
    QScrollArea *m_inspectorScroll;
    QLabel *m_statusTotals;
    QLabel *m_statusSchedule;
    GapLabel *m_gap;
    MovesLabel *m_moves;
    ScenarioBar *m_scenarios;
    RecentFiles *m_recent;
    Workshop *m_workshop = nullptr;
    Desktop *m_desktop;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_editActions;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_save = nullptr;
};

} // namespace Cairn
