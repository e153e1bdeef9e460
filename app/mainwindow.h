#pragma once

#include "app/views/columnspec.h"
#include "core/domain/planvalidator.h"
#include "core/schedule/planscheduler.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <memory>

class QLabel;
class QTabWidget;
class QUndoView;

namespace Cairn {

class Inspector;
class LiveSchedule;
class PlanDocument;
class ChartsView;
class ImportWizard;
class ProblemsPanel;
class ReportDialog;
class RoadmapPage;
class TablePage;
class PlanTableModel;

// The workspace: wiring only. Documents, edits, schedules and views live in their own classes.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    void newPlan(bool fromSample);
    bool save();
    bool saveAs(const QString &path = {});
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    // "roadmap", "charts", "initiatives", "goals", "systems", "resources"
    bool showView(const QString &name);
    QStringList viewNames() const;
    void offerRecovery();

    PlanDocument *document() const { return m_document.get(); }
    LiveSchedule *liveSchedule() const { return m_live; }
    TablePage *page(const QString &name) const;
    RoadmapPage *roadmap() const { return m_roadmap; }
    ChartsView *charts() const { return m_charts; }
    Inspector *inspector() const { return m_inspector; }
    ProblemsPanel *problems() const { return m_problems; }

    // Seams for tests and the headless screenshot: how questions are asked and files chosen.
    using SavePrompt = std::function<QMessageBox::StandardButton(const QString &documentName)>;
    using FileChooser = std::function<QString(bool forSaving)>;
    using Notifier = std::function<void(const QString &title, const QString &message)>;
    void setSavePrompt(SavePrompt prompt) { m_savePrompt = std::move(prompt); }
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    void setNotifier(Notifier notifier) { m_notify = std::move(notifier); }
    using Question = std::function<QMessageBox::StandardButton(
        const QString &title, const QString &text, QMessageBox::StandardButtons buttons)>;
    void setQuestion(Question question) { m_ask = std::move(question); }
    // Instead of running the report dialog modally, hand it to a test.
    void setReportDialogHook(std::function<void(ReportDialog &)> hook)
    {
        m_reportDialogHook = std::move(hook);
    }
    void exportReport();
    // File > Import CSV: the wizard, then the import as one undo step. A hook runs the wizard
    // instead of exec() (tests) and returns its result code.
    void setImportWizardHook(std::function<int(ImportWizard &)> hook)
    {
        m_importHook = std::move(hook);
    }
    void importCsv();
    // File > Export Tables: a folder of CSV files, or an Excel workbook.
    void exportTables(bool excel);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setDocument(std::unique_ptr<PlanDocument> document, const QString &notice = {});
    void createActions();
    void buildPages();
    void updateTitle();
    void updateStatus();
    void onSchedule(std::shared_ptr<const PlanSchedule> schedule, bool final);
    void addEntity();
    void deleteSelected();
    void duplicateSelected();
    void selectEntity(qint64 id);
    void currentChanged();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void notify(const QString &title, const QString &message);
    TablePage *currentPage() const;
    QString currentKey() const;
    QList<qint64> selectedIds() const;
    std::vector<ColumnSpec> specsFor(const QString &name) const;

    std::unique_ptr<PlanDocument> m_document;
    LiveSchedule *m_live = nullptr;
    std::shared_ptr<const PlanSchedule> m_schedule;
    std::optional<QList<PlanIssue>> m_issues; // validated once per change of the plan
    bool m_scheduleFinal = false;
    QTabWidget *m_tabs;
    QLabel *m_banner;
    Inspector *m_inspector = nullptr;
    ProblemsPanel *m_problems;
    QUndoView *m_history;
    QLabel *m_statusTotals;
    QLabel *m_statusSchedule;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_editActions;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_save = nullptr;
    SavePrompt m_savePrompt;
    FileChooser m_fileChooser;
    Notifier m_notify;
    Question m_ask;
    std::function<void(ReportDialog &)> m_reportDialogHook;
    std::function<int(ImportWizard &)> m_importHook;
    QList<std::pair<QString, TablePage *>> m_pages;
    RoadmapPage *m_roadmap = nullptr;
    ChartsView *m_charts = nullptr;
    QString m_currentView;
};

} // namespace Cairn
