#pragma once

#include "core/models/scenariomodels.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QThread;

namespace Cairn {

class LiveSchedule;
class PlanDocument;
class RoadmapView;
class ScenarioBar;

// Two or three futures side by side: each scheduled on its own (in a worker thread, as the live
// schedule is), the figures a board compares them by, the initiatives that move, drop or become
// late, and on the roadmap the second one's bars as dashed ghosts with what moved marked (the
// roadmap shows the first).
class CompareDialog : public QDialog {
    Q_OBJECT

public:
    CompareDialog(
        PlanDocument &document, ScenarioBar &bar, RoadmapView &roadmap, QWidget *parent = nullptr);
    ~CompareDialog() override;

    // Which futures (none: the base plan); schedules them again.
    void compare(const std::vector<std::optional<ScenarioId>> &which);
    bool showsGhosts() const;
    std::shared_ptr<const ScenarioComparison> comparison() const { return m_comparison; }
    ComparisonFiguresModel *figures() const { return m_figures; }
    ComparisonChangesModel *changes() const { return m_changes; }
    // Waits (bounded) for the comparison being worked out; for tests and screenshots.
    bool waitForResult(int ms);

signals:
    void compared();

private:
    void fillChoices();
    void recompute();
    void onResult(quint64 run, std::shared_ptr<const ScenarioComparison> result);
    void updateGhosts();
    void stopWorker();
    std::vector<std::optional<ScenarioId>> chosen() const;

    PlanDocument &m_document;
    ScenarioBar &m_bar;
    QPointer<RoadmapView> m_roadmap;
    QComboBox *m_sides[3];
    QCheckBox *m_ghosts;
    QLabel *m_status;
    QTableView *m_figureTable;
    QTableView *m_changeTable;
    ComparisonFiguresModel *m_figures;
    ComparisonChangesModel *m_changes;
    std::shared_ptr<const ScenarioComparison> m_comparison;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_worker = nullptr;
    quint64 m_run = 0;
    bool m_filling = false;
};

// The changes since a baseline, for the future the workspace shows: a summary and a row per
// initiative that moved, came, went or costs differently.
class VarianceDialog : public QDialog {
    Q_OBJECT

public:
    VarianceDialog(PlanDocument &document, LiveSchedule &live, QWidget *parent = nullptr);
    void setBaseline(BaselineId baseline);
    VarianceModel *model() const { return m_model; }
    QString summary() const;

private:
    void refresh();

    PlanDocument &m_document;
    QPointer<LiveSchedule> m_live;
    QComboBox *m_baseline;
    QLabel *m_summary;
    QTableView *m_table;
    VarianceModel *m_model;
};

} // namespace Cairn
