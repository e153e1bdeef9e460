#include "core/analysis/plananalysis.h"

#include "core/schedule/saturating.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <map>

namespace Cairn {

qint64 evenShare(qint64 amount, int parts, int index)
{
    if (parts <= 0)
        return index == 0 ? amount : 0;
    const qint64 base = amount / parts;
    const qint64 rest = amount % parts;
    return base + (index < rest ? 1 : 0);
}

std::optional<int> ResourceLoad::utilisationPercent(int quarter) const
{
    const qint64 c = capacity[size_t(quarter)];
    const qint64 d = demand[size_t(quarter)];
    if (c <= 0)
        return d > 0 ? std::optional<int>(999) : std::nullopt;
    if (d / 10 >= c)
        return 999; // also keeps d * 100 below overflow
    return int(std::min<qint64>(999, (d * 100 + c / 2) / c));
}

std::vector<std::pair<int, qint64>> PlanAnalysis::spendByYear() const
{
    std::vector<std::pair<int, qint64>> years;
    for (int i = 0; i < quarters; ++i) {
        const int y = quarter(i).year();
        if (years.empty() || years.back().first != y)
            years.emplace_back(y, 0);
        years.back().second = Saturating::add(years.back().second, spend[size_t(i)]);
    }
    return years;
}

std::vector<YearSpend> PlanAnalysis::spendByYearAndKind() const
{
    std::vector<YearSpend> years;
    for (int i = 0; i < quarters; ++i) {
        const int y = quarter(i).year();
        if (years.empty() || years.back().year != y)
            years.push_back({y, {}, 0});
        for (int k = 0; k < kKindCount; ++k) {
            const qint64 v = spendByKind[size_t(k)][size_t(i)];
            years.back().byKind[size_t(k)] += v;
            years.back().total += v;
        }
    }
    return years;
}

std::array<qint64, kKindCount> PlanAnalysis::spendOfKinds() const
{
    std::array<qint64, kKindCount> sums {};
    for (int k = 0; k < kKindCount; ++k)
        for (qint64 v : spendByKind[size_t(k)])
            sums[size_t(k)] += v;
    return sums;
}

namespace {

// Where an initiative runs in the analysis range: [begin, end) as quarter indices.
struct Span {
    int begin = 0;
    int end = 0; // exclusive; begin == end for a zero-length initiative
};

class Analyser {
public:
    Analyser(const PlanContent &plan, const PlanSchedule &schedule)
        : m_plan(plan)
        , m_schedule(schedule)
    {
        m_initiatives.reserve(qsizetype(plan.initiatives.size()));
        for (const Initiative &i : plan.initiatives)
            m_initiatives.insert(i.id.value, &i);
    }

    const Initiative *initiative(InitiativeId id) const { return m_initiatives.value(id.value); }

    PlanAnalysis run()
    {
        collectSpans();
        loads();
        spend();
        support();
        runCost();
        coverage();
        portfolio();
        return std::move(m_a);
    }

    PlanAnalysis loadsOnly()
    {
        collectSpans();
        loads();
        return std::move(m_a);
    }

private:
    // The range is the horizon extended to the last scheduled quarter, at most the scheduler's
    // kMaxPeriod quarters (a plan may hold any number) and never past the last quarter there
    // is; durations count as the scheduler clamps them.
    void collectSpans()
    {
        m_a.first = m_plan.info.firstQuarter;
        auto index = [this](Quarter q) {
            return Saturating::toInt(qint64(q.ordinal()) - qint64(m_a.first.ordinal()));
        };
        int end = std::max(1, m_plan.info.horizon);
        for (const InitiativeSchedule &s : m_schedule.initiatives)
            if (s.finish && initiative(s.id))
                end = std::max(end, Saturating::add(index(*s.finish), 1));
        m_a.quarters = std::min({end, ScheduleProblem::kMaxPeriod,
            int(std::min<qint64>(INT_MAX, qint64(INT_MAX) - m_a.first.ordinal() + 1))});
        for (const InitiativeSchedule &s : m_schedule.initiatives) {
            const Initiative *i = initiative(s.id);
            if (!i || !s.start || i->status == InitiativeStatus::Dropped)
                continue;
            const int begin = index(*s.start);
            const int length = std::clamp(i->duration, 0, ScheduleProblem::kMaxPeriod);
            m_spans.insert(i->id.value, Span {begin, Saturating::add(begin, length)});
        }
    }

    std::vector<qint64> zeros() const { return std::vector<qint64>(size_t(m_a.quarters), 0); }
    bool inRange(int q) const { return q >= 0 && q < m_a.quarters; }

    // The quarter index from which the work on a system counts as done: the quarter after the
    // last active one (0 for work already done). Nothing when no such work is planned.
    std::optional<int> doneFrom(SystemId system, std::initializer_list<SystemEffect> effects) const
    {
        std::optional<int> best;
        for (const SystemImpact &impact : m_plan.impacts) {
            if (impact.system != system
                || std::find(effects.begin(), effects.end(), impact.effect) == effects.end())
                continue;
            const Initiative *i = initiative(impact.initiative);
            if (!i || i->status == InitiativeStatus::Dropped)
                continue;
            std::optional<int> from;
            if (i->status == InitiativeStatus::Done)
                from = 0;
            else if (m_spans.contains(i->id.value))
                from = m_spans.value(i->id.value).end;
            if (from && (!best || *from < *best))
                best = from;
        }
        return best;
    }

    bool introducesSystem(InitiativeId id) const
    {
        for (const SystemImpact &impact : m_plan.impacts)
            if (impact.initiative == id && impact.effect == SystemEffect::Introduces)
                return true;
        return false;
    }

    // The quarter index after an initiative's last active quarter (0 when done).
    std::optional<int> finishOf(InitiativeId id) const
    {
        const Initiative *i = initiative(id);
        if (!i || i->status == InitiativeStatus::Dropped)
            return std::nullopt;
        if (i->status == InitiativeStatus::Done)
            return 0;
        if (m_spans.contains(id.value))
            return m_spans.value(id.value).end;
        return std::nullopt;
    }

    void loads()
    {
        const PlanProblemMapping &map = m_schedule.mapping;
        QHash<qint64, size_t> problemResource;
        for (size_t r = 0; r < map.resourceIds.size(); ++r)
            problemResource.insert(map.resourceIds[r].value, r);
        for (const Resource &res : m_plan.resources) {
            ResourceLoad load;
            load.resource = res.id;
            load.name = res.name;
            load.kind = res.kind;
            load.capacity = zeros();
            load.demand = zeros();
            for (auto &k : load.demandByKind)
                k = zeros();
            for (int q = 0; q < m_a.quarters; ++q)
                load.capacity[size_t(q)] = res.capacityIn(m_a.quarter(q));
            if (problemResource.contains(res.id.value)) {
                const size_t r = problemResource.value(res.id.value);
                for (size_t a = 0; a < map.activityIds.size() && a < map.problem.activities.size();
                     ++a) {
                    const Initiative *i = initiative(map.activityIds[a]);
                    if (!i || !m_spans.contains(i->id.value))
                        continue;
                    const qint64 d = map.problem.activities[a].demandOn(r);
                    if (d == 0)
                        continue;
                    const Span span = m_spans.value(i->id.value);
                    for (int q = span.begin; q < span.end; ++q) {
                        if (!inRange(q))
                            continue;
                        auto &kind = load.demandByKind[size_t(i->kind)];
                        load.demand[size_t(q)] = Saturating::add(load.demand[size_t(q)], d);
                        kind[size_t(q)] = Saturating::add(kind[size_t(q)], d);
                    }
                }
            }
            for (int q = 0; q < m_a.quarters; ++q)
                if (load.overloaded(q))
                    m_a.overloads.push_back(
                        {res.id, m_a.quarter(q), load.demand[size_t(q)], load.capacity[size_t(q)]});
            m_a.loads.push_back(std::move(load));
        }
    }

    // An initiative's money per quarter index: its budget demand where it gives one, else its
    // one-off cost spread exactly over its active quarters.
    std::vector<std::pair<int, qint64>> moneyOf(const Initiative &i) const
    {
        std::vector<std::pair<int, qint64>> out;
        if (!m_spans.contains(i.id.value))
            return out;
        const Span span = m_spans.value(i.id.value);
        const Resource *budget = m_plan.budget();
        const int n = span.end - span.begin;
        if (n == 0) {
            out.emplace_back(span.begin, i.cost.minorUnits());
            return out;
        }
        for (int k = 0; k < n; ++k) {
            const qint64 amount = (budget && i.demand.contains(budget->id))
                ? i.demand.value(budget->id)
                : evenShare(i.cost.minorUnits(), n, k);
            out.emplace_back(span.begin + k, amount);
        }
        return out;
    }

    void spend()
    {
        m_a.spend = zeros();
        for (auto &k : m_a.spendByKind)
            k = zeros();
        m_a.spendByGoal.resize(m_plan.goals.size());
        for (size_t g = 0; g < m_plan.goals.size(); ++g) {
            m_a.spendByGoal[g].goal = m_plan.goals[g].id;
            m_a.spendByGoal[g].name = m_plan.goals[g].name;
            m_a.spendByGoal[g].spend = zeros();
        }
        GoalSpend none;
        none.spend = zeros();
        const QHash<qint64, std::vector<GoalShare>> goalsOf = goalsByInitiative(m_plan);
        for (const Initiative &i : m_plan.initiatives) {
            const std::vector<GoalShare> goals = goalsOf.value(i.id.value);
            qint64 strengthSum = 0;
            for (const GoalShare &g : goals)
                strengthSum += g.strength;
            auto addTo = [](std::vector<qint64> &series, int q, qint64 amount) {
                series[size_t(q)] = Saturating::add(series[size_t(q)], amount);
            };
            for (const auto &[q, amount] : moneyOf(i)) {
                if (!inRange(q))
                    continue;
                addTo(m_a.spend, q, amount);
                addTo(m_a.spendByKind[size_t(i.kind)], q, amount);
                if (goals.empty()) {
                    addTo(none.spend, q, amount);
                    continue;
                }
                qint64 given = 0;
                for (const GoalShare &g : goals) {
                    const qint64 share = Saturating::share(amount, g.strength, strengthSum);
                    addTo(m_a.spendByGoal[g.goal].spend, q, share);
                    given += share;
                }
                addTo(m_a.spendByGoal[goals.front().goal].spend, q, amount - given);
            }
        }
        for (GoalSpend &g : m_a.spendByGoal)
            for (qint64 v : g.spend)
                g.total = Saturating::add(g.total, v);
        for (qint64 v : none.spend)
            none.total = Saturating::add(none.total, v);
        if (none.total != 0)
            m_a.spendByGoal.push_back(std::move(none));
    }

    void support()
    {
        m_a.support.asIs.resize(size_t(m_a.quarters));
        m_a.support.withPlan.resize(size_t(m_a.quarters));
        for (const System &s : m_plan.systems) {
            if (!s.endOfSupport || s.lifecycle == LifecyclePhase::Retired)
                continue;
            const qint64 outFrom
                = qint64(s.endOfSupport->ordinal()) - qint64(m_a.first.ordinal()) + 1;
            const auto cleared = doneFrom(
                s.id, {SystemEffect::Upgrades, SystemEffect::Replaces, SystemEffect::Retires});
            // A system still to be introduced runs only once the work introducing it is done.
            const bool planned = s.lifecycle == LifecyclePhase::Plan;
            const auto introduced
                = planned ? doneFrom(s.id, {SystemEffect::Introduces}) : std::optional<int>(0);
            bool outAtEnd = false;
            for (int q = int(std::clamp<qint64>(outFrom, 0, m_a.quarters)); q < m_a.quarters; ++q) {
                if (!planned)
                    m_a.support.asIs[size_t(q)].push_back(s.id);
                const bool running = introduced && q >= *introduced;
                if (running && (!cleared || q < *cleared)) {
                    m_a.support.withPlan[size_t(q)].push_back(s.id);
                    outAtEnd = q == m_a.quarters - 1;
                }
            }
            if (outAtEnd)
                m_a.support.remaining.push_back(s.id);
        }
        supportGaps();
    }

    void supportGaps()
    {
        for (const System &s : m_plan.systems) {
            SupportGap gap;
            gap.system = s.id;
            for (int q = 0; q < m_a.quarters; ++q) {
                const auto &out = m_a.support.withPlan[size_t(q)];
                if (std::find(out.begin(), out.end(), s.id) == out.end())
                    continue;
                if (gap.quarters++ == 0)
                    gap.from = m_a.quarter(q);
                gap.to = m_a.quarter(q);
            }
            if (gap.quarters == 0)
                continue;
            const auto &remaining = m_a.support.remaining;
            gap.remains = std::find(remaining.begin(), remaining.end(), s.id) != remaining.end();
            m_a.supportGaps.push_back(gap);
        }
    }

    void runCost()
    {
        m_a.runCostAsIs = zeros();
        m_a.runCostWithPlan = zeros();
        for (const System &s : m_plan.systems) {
            if (s.lifecycle == LifecyclePhase::Retired)
                continue;
            const bool planned = s.lifecycle == LifecyclePhase::Plan;
            // A retired system stops costing; a replaced one only when the replacement is in the
            // plan as a system of its own (whose run cost then counts). Otherwise the replacement
            // is assumed to cost what the old system did.
            std::optional<int> gone = doneFrom(s.id, {SystemEffect::Retires});
            for (const SystemImpact &impact : m_plan.impacts) {
                if (impact.system != s.id || impact.effect != SystemEffect::Replaces
                    || !introducesSystem(impact.initiative))
                    continue;
                const auto from = finishOf(impact.initiative);
                if (from && (!gone || *from < *gone))
                    gone = from;
            }
            const auto introduced
                = planned ? doneFrom(s.id, {SystemEffect::Introduces}) : std::optional<int>(0);
            for (int q = 0; q < m_a.quarters; ++q) {
                const qint64 cost
                    = evenShare(s.annualRunCost.minorUnits(), 4, m_a.quarter(q).quarter() - 1);
                if (!planned)
                    m_a.runCostAsIs[size_t(q)] = Saturating::add(m_a.runCostAsIs[size_t(q)], cost);
                if (introduced && q >= *introduced && (!gone || q < *gone))
                    m_a.runCostWithPlan[size_t(q)]
                        = Saturating::add(m_a.runCostWithPlan[size_t(q)], cost);
            }
        }
    }

    // Each goal's lane on the roadmap, and who else serves it, as the roadmap draws them.
    void lanes()
    {
        const QHash<qint64, std::vector<GoalShare>> goalsOf = goalsByInitiative(m_plan);
        QHash<qint64, const InitiativeSchedule *> scheduled;
        for (const InitiativeSchedule &s : m_schedule.initiatives)
            scheduled.insert(s.id.value, &s);
        for (const Initiative &i : m_plan.initiatives) {
            const auto it = goalsOf.constFind(i.id.value);
            if (it == goalsOf.constEnd() || !onRoadmap(i, scheduled.value(i.id.value)))
                continue;
            m_a.coverage[it->front().goal].lane.push_back(i.id);
            for (size_t n = 1; n < it->size(); ++n)
                m_a.coverage[(*it)[n].goal].alsoServing.push_back(i.id);
        }
    }

    void coverage()
    {
        for (size_t g = 0; g < m_plan.goals.size(); ++g) {
            const Goal &goal = m_plan.goals[g];
            GoalCoverage c;
            c.goal = goal.id;
            c.name = goal.name;
            c.spend = m_a.spendByGoal[g].total;
            for (const GoalContribution &link : m_plan.contributions) {
                if (link.goal != goal.id)
                    continue;
                const Initiative *i = initiative(link.initiative);
                if (!i || i->status == InitiativeStatus::Dropped)
                    continue;
                ++c.initiatives;
                c.value = Saturating::add(c.value, i->value);
                if (!m_spans.contains(i->id.value)) {
                    if (i->status != InitiativeStatus::Done)
                        ++c.unscheduled;
                    continue;
                }
                const Span span = m_spans.value(i->id.value);
                const Quarter from = m_a.quarter(span.begin);
                const Quarter to = m_a.quarter(std::max(span.begin, span.end - 1));
                c.first = c.first ? std::min(*c.first, from) : from;
                c.last = c.last ? std::max(*c.last, to) : to;
            }
            m_a.coverage.push_back(std::move(c));
        }
        lanes();
    }

    void portfolio()
    {
        const qint64 thousand = 1000 * m_plan.info.currency.minorPerMajor();
        for (const Initiative &i : m_plan.initiatives) {
            if (i.status == InitiativeStatus::Dropped)
                continue;
            PortfolioEntry e;
            e.initiative = i.id;
            e.name = i.name;
            e.kind = i.kind;
            e.status = i.status;
            e.value = i.value;
            e.cost = i.cost.minorUnits();
            e.risk = i.risk;
            e.confidence = i.confidence;
            if (e.cost > 0)
                e.valuePerThousand = double(e.value) * double(thousand) / double(e.cost);
            if (m_spans.contains(i.id.value))
                e.start = m_a.quarter(m_spans.value(i.id.value).begin);
            m_a.portfolio.push_back(std::move(e));
        }
    }

    const PlanContent &m_plan;
    const PlanSchedule &m_schedule;
    PlanAnalysis m_a;
    QHash<qint64, Span> m_spans; // scheduled initiatives
    QHash<qint64, const Initiative *> m_initiatives;
};

} // namespace

PlanAnalysis analyseLoads(const PlanContent &plan, const PlanSchedule &schedule)
{
    return Analyser(plan, schedule).loadsOnly();
}

bool onRoadmap(const Initiative &initiative, const InitiativeSchedule *scheduled)
{
    if (initiative.status == InitiativeStatus::Dropped)
        return false;
    return (scheduled && scheduled->start) || initiative.status != InitiativeStatus::Done
        || initiative.pin.has_value();
}

QHash<qint64, std::vector<GoalShare>> goalsByInitiative(const PlanContent &plan)
{
    QHash<qint64, size_t> goalIndex;
    for (size_t g = 0; g < plan.goals.size(); ++g)
        goalIndex.insert(plan.goals[g].id.value, g);
    QHash<qint64, std::vector<GoalShare>> out;
    for (const GoalContribution &c : plan.contributions)
        if (goalIndex.contains(c.goal.value))
            out[c.initiative.value].push_back(
                {goalIndex.value(c.goal.value), std::clamp(c.strength, 1, 5)});
    for (auto &list : out)
        std::stable_sort(list.begin(), list.end(), [](const GoalShare &a, const GoalShare &b) {
            return a.strength != b.strength ? a.strength > b.strength : a.goal < b.goal;
        });
    return out;
}

PlanAnalysis analysePlan(const PlanContent &plan, const PlanSchedule &schedule)
{
    return Analyser(plan, schedule).run();
}

} // namespace Cairn
