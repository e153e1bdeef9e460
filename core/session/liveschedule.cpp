#include "core/session/liveschedule.h"

#include <QThread>

namespace Cairn {

LiveSchedule::LiveSchedule(const Plan &plan, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(60);
    connect(&m_debounce, &QTimer::timeout, this, &LiveSchedule::refresh);
    connect(&plan, &Plan::changed, this, [this] {
        cancelWorker();
        m_debounce.start();
    });
}

LiveSchedule::~LiveSchedule()
{
    cancelWorker();
}

void LiveSchedule::cancelWorker()
{
    if (!m_worker)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_worker->wait();
    m_worker->deleteLater();
    m_worker = nullptr;
}

void LiveSchedule::refresh()
{
    cancelWorker();
    const quint64 run = ++m_run;
    SchedulerOptions fast;
    fast.improve = false;
    auto content = std::make_shared<const PlanContent>(m_plan.content());
    m_current = {m_plan.generation(),
        std::make_shared<const PlanSchedule>(schedulePlan(*content, fast)), false};
    emit updated(m_current);

    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const int budget = m_budgetMs;
    m_worker = QThread::create([this, content, cancel, budget, run] {
        SchedulerOptions better;
        better.timeBudgetMs = budget;
        better.cancel = cancel.get();
        auto result = std::make_shared<const PlanSchedule>(schedulePlan(*content, better));
        if (!cancel->load())
            QMetaObject::invokeMethod(
                this, [this, run, result] { onWorkerDone(run, result); }, Qt::QueuedConnection);
    });
    m_worker->start(QThread::LowPriority);
}

void LiveSchedule::onWorkerDone(quint64 run, std::shared_ptr<const PlanSchedule> schedule)
{
    if (run != m_run)
        return;
    if (m_worker) {
        m_worker->wait();
        m_worker->deleteLater();
        m_worker = nullptr;
    }
    m_current = {m_current.generation, std::move(schedule), true};
    emit updated(m_current);
}

} // namespace Cairn
