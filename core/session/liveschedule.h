#pragma once

#include "core/schedule/planscheduler.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <optional>

class QThread;

namespace Cairn {

// One published schedule: made from the plan as it was at `generation` (Plan::generation()), so
// that a view lays out only with a schedule of the plan it shows.
struct ScheduleSnapshot {
    quint64 generation = 0;
    std::shared_ptr<const PlanSchedule> schedule;
    bool final = false; // the improvement has finished (or was not needed)
    // The plan that was scheduled: the plan itself, or the scenario's plan made from it.
    std::shared_ptr<const PlanContent> content;
    std::optional<ScenarioId> scenario;
};

// Keeps a schedule of a plan current while the user edits: after each burst of edits a fast
// constructive pass runs at once (it fits in a frame for typical plans), then an improvement
// runs in a worker thread; the next edit cancels it. Results are published as immutable
// snapshots and never half-written.
//
// Re-planning is calm: both passes start from the plan's reference schedule (the one last
// shown), so the first answer is already close to it and never worse on deadlines; the improved
// one replaces it only when it is better (less tardiness; or more than the scheduler's tolerance
// of value; or as good and calmer). Each schedule shown becomes the plan's reference
// (Plan::keepReference, not an edit). A plan that comes back to a version already scheduled
// (undo, redo) gets the very schedule it had then.
//
// A scenario shown instead (setScenario) is scheduled from its own schedule last shown, kept
// here (or afresh the first time); the plan's reference stays the base plan's.
class LiveSchedule : public QObject {
    Q_OBJECT

public:
    explicit LiveSchedule(Plan &plan, QObject *parent = nullptr);
    ~LiveSchedule() override;

    std::shared_ptr<const PlanSchedule> current() const { return m_current.schedule; }
    const ScheduleSnapshot &snapshot() const { return m_current; }
    // How long the improvement after each edit runs unless told otherwise (the window's).
    static constexpr int DefaultImprovementBudgetMs = 1500;
    void setImprovementBudget(int ms) { m_budgetMs = ms; }
    void setDebounce(int ms) { m_debounce.setInterval(ms); }
    // Schedules now (fast pass) and starts the improvement; used after loading a plan.
    void refresh();
    bool isImproving() const { return m_worker != nullptr; }
    // Schedules a scenario's plan (see core/scenario/scenarioplan.h) instead of the plan itself.
    void setScenario(std::optional<ScenarioId> scenario);
    std::optional<ScenarioId> scenario() const { return m_scenario; }
    // A scenario's schedule last shown (its reference), if it was shown since the plan was read.
    const std::vector<ReferenceStart> *scenarioReference(ScenarioId scenario) const;
    // Forgets a scenario's schedule last shown: the next one is made afresh (Re-plan now).
    void forgetScenarioReference(ScenarioId scenario);
    // Re-plan now in a scenario: its schedule last shown becomes `starts`, and a scenario shown
    // is scheduled again from it.
    void keepScenarioReference(ScenarioId scenario, std::vector<ReferenceStart> starts);

    // Whether `a` should replace `b`, schedules of the same plan (see above).
    static bool improves(const PlanSchedule &a, const PlanSchedule &b);

signals:
    void updated(const Cairn::ScheduleSnapshot &snapshot);

private:
    void cancelWorker();
    void onWorkerDone(quint64 run, std::shared_ptr<const PlanSchedule> schedule);
    void publish(const ScheduleSnapshot &snapshot);
    PlanContent scheduledContent() const;
    std::shared_ptr<const PlanSchedule> remembered(const PlanContent &content) const;
    void remember(
        std::shared_ptr<const PlanContent> content, std::shared_ptr<const PlanSchedule> schedule);

    Plan &m_plan;
    QTimer m_debounce;
    ScheduleSnapshot m_current;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_worker = nullptr;
    quint64 m_run = 0; // counts refreshes: a worker's answer for an older one is dropped
    int m_budgetMs = DefaultImprovementBudgetMs;
    // The versions of the plan scheduled last (their reference aside) and the schedule each got
    // in the end; forgotten when the reference itself is edited (Re-plan now, its undo).
    std::shared_ptr<const PlanContent> m_content; // the version being scheduled now
    std::deque<std::pair<std::shared_ptr<const PlanContent>, std::shared_ptr<const PlanSchedule>>>
        m_remembered;
    std::optional<ScenarioId> m_scenario;
    std::map<ScenarioId, std::vector<ReferenceStart>> m_scenarioReferences;
};

} // namespace Cairn
