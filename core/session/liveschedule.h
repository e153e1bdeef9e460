#pragma once

#include "core/schedule/planscheduler.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace Cairn {

// Keeps a schedule of a plan current while the user edits: after each burst of edits a fast
// constructive pass runs at once (it fits in a frame for typical plans), then an improvement
// runs in a worker thread; the next edit cancels it. Results are published as immutable
// snapshots and never half-written.
class LiveSchedule : public QObject {
    Q_OBJECT

public:
    explicit LiveSchedule(const Plan &plan, QObject *parent = nullptr);
    ~LiveSchedule() override;

    std::shared_ptr<const PlanSchedule> current() const { return m_current; }
    void setImprovementBudget(int ms) { m_budgetMs = ms; }
    void setDebounce(int ms) { m_debounce.setInterval(ms); }
    // Schedules now (fast pass) and starts the improvement; used after loading a plan.
    void refresh();
    bool isImproving() const { return m_worker != nullptr; }

signals:
    void updated(std::shared_ptr<const Cairn::PlanSchedule> schedule, bool final);

private:
    void cancelWorker();
    void onWorkerDone(quint64 generation, std::shared_ptr<const PlanSchedule> schedule);

    const Plan &m_plan;
    QTimer m_debounce;
    std::shared_ptr<const PlanSchedule> m_current;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_worker = nullptr;
    quint64 m_generation = 0;
    int m_budgetMs = 1500;
};

} // namespace Cairn
