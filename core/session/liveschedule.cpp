#include "core/session/liveschedule.h"

#include "core/scenario/scenarioplan.h"

#include <QThread>

#include <algorithm>
#include <tuple>

namespace Cairn {

namespace {

// How many versions of the plan keep their schedule for undo and redo: fewer for large plans
// (each holds a copy of the plan).
size_t rememberedVersions(size_t initiatives)
{
    return std::clamp<size_t>(40'000 / std::max<size_t>(initiatives, 1), 2, 20);
}

} // namespace

LiveSchedule::LiveSchedule(Plan &plan, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(60);
    connect(&m_debounce, &QTimer::timeout, this, &LiveSchedule::refresh);
    connect(&plan, &Plan::changed, this, [this](const PlanChange &change) {
        if (change.entity == EntityKind::ReferenceSchedule || change.type == ChangeType::Reset)
            m_remembered.clear();
        if (change.type == ChangeType::Reset)
            m_scenarioReferences.clear();
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
    // Finished: deleted now, not later, so that a schedule closed as the program ends leaves
    // nothing behind (a deferred delete needs an event loop that may never run again).
    delete m_worker;
    m_worker = nullptr;
}

bool LiveSchedule::improves(const PlanSchedule &a, const PlanSchedule &b)
{
    const ScheduleResult &x = a.result, &y = b.result;
    if (x.weightedTardiness != y.weightedTardiness)
        return x.weightedTardiness < y.weightedTardiness;
    const bool value = a.goal == SchedulerOptions::Goal::Value;
    const qint64 xv = value ? x.weightedCompletion : x.makespan;
    const qint64 yv = value ? y.weightedCompletion : y.makespan;
    const auto tolerance = qint64(double(yv) * SchedulerOptions().calmTolerance);
    if (xv < yv - tolerance)
        return true;
    if (xv > yv + tolerance)
        return false;
    return std::tie(x.moved, x.shifted, xv) < std::tie(y.moved, y.shifted, yv);
}

void LiveSchedule::setScenario(std::optional<ScenarioId> scenario)
{
    if (scenario == m_scenario)
        return;
    m_scenario = scenario;
    refresh();
}

const std::vector<ReferenceStart> *LiveSchedule::scenarioReference(ScenarioId scenario) const
{
    const auto it = m_scenarioReferences.find(scenario);
    return it == m_scenarioReferences.end() ? nullptr : &it->second;
}

void LiveSchedule::forgetScenarioReference(ScenarioId scenario)
{
    m_scenarioReferences.erase(scenario);
}

void LiveSchedule::keepScenarioReference(ScenarioId scenario, std::vector<ReferenceStart> starts)
{
    m_scenarioReferences[scenario] = std::move(starts);
    m_remembered.clear(); // the versions scheduled from the reference before
    if (m_scenario == scenario)
        refresh();
}

PlanContent LiveSchedule::scheduledContent() const
{
    if (!m_scenario)
        return m_plan.content();
    // The scenario's plan keeps to the scenario's own schedule last shown, never to the base's.
    PlanContent content = applyScenario(m_plan.content(), m_scenario).content;
    const std::vector<ReferenceStart> *own = scenarioReference(*m_scenario);
    content.reference = own ? *own : std::vector<ReferenceStart> {};
    return content;
}

void LiveSchedule::refresh()
{
    cancelWorker();
    const quint64 run = ++m_run;
    if (m_scenario && !m_plan.content().scenario(*m_scenario))
        m_scenario.reset(); // deleted, or its creation undone
    auto content = std::make_shared<const PlanContent>(scheduledContent());
    m_content = content;
    if (auto known = remembered(*content)) {
        publish({m_plan.generation(), std::move(known), true, content, m_scenario});
        return;
    }
    SchedulerOptions fast;
    fast.improve = false;
    publish(
        {m_plan.generation(), std::make_shared<const PlanSchedule>(schedulePlan(*content, fast)),
            false, content, m_scenario});

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
        delete m_worker;
        m_worker = nullptr;
    }
    // The improvement replaces the first answer only when it is better: the bars do not move
    // twice for nothing.
    if (!m_current.schedule || improves(*schedule, *m_current.schedule))
        m_current.schedule = std::move(schedule);
    publish(
        {m_current.generation, m_current.schedule, true, m_current.content, m_current.scenario});
}

void LiveSchedule::publish(const ScheduleSnapshot &snapshot)
{
    m_current = snapshot;
    // The base plan's schedule shown is the plan's reference; a scenario's is the scenario's own
    // (kept here), so that switching scenarios never changes the base's.
    if (snapshot.generation == m_plan.generation()) {
        if (snapshot.scenario)
            m_scenarioReferences[*snapshot.scenario] = referenceStarts(*snapshot.schedule);
        else
            m_plan.keepReference(referenceStarts(*snapshot.schedule));
    }
    if (snapshot.final && m_content)
        remember(m_content, snapshot.schedule);
    emit updated(m_current);
}

std::shared_ptr<const PlanSchedule> LiveSchedule::remembered(const PlanContent &content) const
{
    if (m_remembered.empty())
        return {};
    PlanContent probe = content;
    for (const auto &[known, schedule] : m_remembered) {
        probe.reference = known->reference;
        probe.nextId = known->nextId;
        if (probe == *known)
            return schedule;
    }
    return {};
}

void LiveSchedule::remember(
    std::shared_ptr<const PlanContent> content, std::shared_ptr<const PlanSchedule> schedule)
{
    // The same version again (its improvement, or a version recalled): one entry, first.
    for (auto it = m_remembered.begin(); it != m_remembered.end(); ++it) {
        if (it->first == content || it->second == schedule) {
            m_remembered.erase(it);
            break;
        }
    }
    m_remembered.emplace_front(std::move(content), std::move(schedule));
    while (m_remembered.size() > rememberedVersions(m_content->initiatives.size()))
        m_remembered.pop_back();
}

} // namespace Cairn
