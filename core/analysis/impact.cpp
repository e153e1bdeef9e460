#include "core/analysis/impact.h"

#include "core/domain/wording.h"
#include "core/graph/dependencygraph.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Cairn {

namespace {

bool isClosed(const Initiative &i)
{
    return i.status == InitiativeStatus::Done || i.status == InitiativeStatus::Dropped;
}

// Position of each entity in the plan's own order, for stable, familiar listings.
template<class T> QHash<qint64, int> orderOf(const std::vector<T> &items)
{
    QHash<qint64, int> order;
    order.reserve(qsizetype(items.size()));
    for (size_t k = 0; k < items.size(); ++k)
        order.insert(items[k].id.value, int(k));
    return order;
}

} // namespace

// ---- a system --------------------------------------------------------------------------------

SystemImpactReport systemImpact(const PlanContent &plan, SystemId system)
{
    SystemImpactReport r;
    r.system = system;
    const QHash<qint64, int> initiativeOrder = orderOf(plan.initiatives);
    const QHash<qint64, int> systemOrder = orderOf(plan.systems);
    const QHash<qint64, int> goalOrder = orderOf(plan.goals);
    auto byInitiative = [&](const SystemImpactReport::Touch &a,
                            const SystemImpactReport::Touch &b) {
        const int oa = initiativeOrder.value(a.initiative.value),
                  ob = initiativeOrder.value(b.initiative.value);
        return oa != ob ? oa < ob : systemOrder.value(a.on.value) < systemOrder.value(b.on.value);
    };

    // Systems that run on it: breadth first over "runs on", read backwards.
    QHash<qint64, QList<SystemId>> users;
    for (const System &s : plan.systems)
        for (SystemId on : s.dependsOn)
            users[on.value].append(s.id);
    QHash<qint64, int> distance {{system.value, 0}};
    QList<SystemId> frontier {system};
    for (int d = 1; !frontier.isEmpty(); ++d) {
        QList<SystemImpactReport::Dependant> level;
        for (SystemId s : std::as_const(frontier))
            for (SystemId user : users.value(s.value))
                if (!distance.contains(user.value)) {
                    distance.insert(user.value, d);
                    level.append({user, d, s});
                }
        std::sort(level.begin(), level.end(), [&](const auto &a, const auto &b) {
            return systemOrder.value(a.system.value) < systemOrder.value(b.system.value);
        });
        frontier.clear();
        for (const auto &dep : std::as_const(level))
            frontier.append(dep.system);
        r.dependants += level;
    }

    for (const SystemImpact &impact : plan.impacts) {
        if (!plan.initiative(impact.initiative))
            continue;
        if (impact.system == system)
            r.initiatives.append({impact.initiative, impact.effect, impact.system});
        else if (distance.value(impact.system.value, 0) > 0)
            r.dependantInitiatives.append({impact.initiative, impact.effect, impact.system});
    }
    std::sort(r.initiatives.begin(), r.initiatives.end(), byInitiative);
    std::sort(r.dependantInitiatives.begin(), r.dependantInitiatives.end(), byInitiative);

    // The goals those initiatives serve.
    QHash<qint64, int> servedIndex;
    for (const SystemImpactReport::Touch &t : std::as_const(r.initiatives))
        for (const GoalContribution &c : plan.contributions) {
            if (c.initiative != t.initiative || !plan.goal(c.goal))
                continue;
            auto it = servedIndex.find(c.goal.value);
            if (it == servedIndex.end()) {
                it = servedIndex.insert(c.goal.value, int(r.goals.size()));
                r.goals.append({c.goal, 0, {}});
            }
            SystemImpactReport::Served &served = r.goals[*it];
            served.strength = std::max(served.strength, c.strength);
            if (!served.through.contains(t.initiative))
                served.through.append(t.initiative);
        }
    std::stable_sort(r.goals.begin(), r.goals.end(), [&](const auto &a, const auto &b) {
        if (a.strength != b.strength)
            return a.strength > b.strength;
        return goalOrder.value(a.goal.value) < goalOrder.value(b.goal.value);
    });
    return r;
}

// ---- an initiative ---------------------------------------------------------------------------

namespace {

struct Link {
    int to = 0; // activity index
    DependencyType type = DependencyType::FinishToStart;
    int lag = 0;
};

// The longest chains of dependencies from `origin` (activity indices of the mapped problem),
// and the deadline they make tightest. `reached` holds the activities that wait for it.
std::optional<CriticalChain> tightestChain(const PlanContent &plan, const PlanProblemMapping &map,
    int origin, const QList<int> &reached, const std::vector<QList<Link>> &successors,
    const std::vector<int> &topological)
{
    const auto &activities = map.problem.activities;
    QHash<int, int> dist {{origin, 0}}; // longest distance from the origin's start to a start
    QHash<int, int> previous;
    for (int u : topological) {
        if (!dist.contains(u))
            continue;
        for (const Link &l : successors[size_t(u)]) {
            const int step = l.type == DependencyType::StartToStart
                ? l.lag
                : activities[size_t(u)].duration + l.lag;
            const int candidate = dist.value(u) + step;
            if (!dist.contains(l.to) || candidate > dist.value(l.to)) {
                dist.insert(l.to, candidate);
                previous.insert(l.to, u);
            }
        }
    }
    std::optional<int> best; // the activity whose deadline binds
    int bestLatest = 0;
    QList<int> candidates {origin};
    candidates += reached;
    for (int v : std::as_const(candidates)) {
        const auto &a = activities[size_t(v)];
        if (!a.deadline || !dist.contains(v))
            continue;
        const int latest = *a.deadline - (dist.value(v) + a.duration);
        if (!best || latest < bestLatest
            || (latest == bestLatest && dist.value(v) > dist.value(*best))) {
            best = v;
            bestLatest = latest;
        }
    }
    if (!best)
        return std::nullopt;
    CriticalChain chain;
    for (int v = *best;; v = previous.value(v)) {
        chain.initiatives.prepend(map.activityIds[size_t(v)]);
        if (v == origin)
            break;
    }
    const Quarter first = plan.info.firstQuarter;
    chain.deadline = first + (*activities[size_t(*best)].deadline - 1);
    chain.deadlineSystem = map.deadlineSystems[size_t(*best)];
    chain.latestStart = first + bestLatest;
    return chain;
}

} // namespace

InitiativeImpactReport initiativeImpact(
    const PlanContent &plan, InitiativeId initiative, const PlanSchedule *schedule)
{
    InitiativeImpactReport r;
    r.initiative = initiative;
    const Initiative *self = plan.initiative(initiative);
    if (!self)
        return r;
    if (isClosed(*self)) {
        r.closed = true;
        return r;
    }
    // The problem the scheduler sees: durations, deadlines and links of open initiatives only.
    const PlanProblemMapping map = mapPlan(plan);
    QHash<qint64, int> activity;
    for (size_t k = 0; k < map.activityIds.size(); ++k)
        activity.insert(map.activityIds[k].value, int(k));
    std::vector<QList<Link>> successors(map.activityIds.size());
    for (const Dependency &d : plan.dependencies)
        if (activity.contains(d.predecessor.value) && activity.contains(d.successor.value))
            successors[size_t(activity.value(d.predecessor.value))].append(
                {activity.value(d.successor.value), d.type, d.lag});

    // Everything that waits for it, breadth first.
    const QHash<qint64, int> initiativeOrder = orderOf(plan.initiatives);
    const int origin = activity.value(initiative.value);
    QHash<int, int> distance {{origin, 0}};
    QList<int> frontier {origin}, reached;
    for (int d = 1; !frontier.isEmpty(); ++d) {
        QList<InitiativeImpactReport::Waiter> level;
        QList<int> next;
        for (int u : std::as_const(frontier))
            for (const Link &l : successors[size_t(u)])
                if (!distance.contains(l.to)) {
                    distance.insert(l.to, d);
                    next.append(l.to);
                    level.append({map.activityIds[size_t(l.to)], d, map.activityIds[size_t(u)],
                        l.type, l.lag});
                }
        std::sort(level.begin(), level.end(), [&](const auto &a, const auto &b) {
            return initiativeOrder.value(a.initiative.value)
                < initiativeOrder.value(b.initiative.value);
        });
        r.waiting += level;
        reached += next;
        frontier = std::move(next);
    }

    // The goals a delay reaches.
    QSet<qint64> affected {initiative.value};
    for (const auto &w : std::as_const(r.waiting))
        affected.insert(w.initiative.value);
    QSet<qint64> goals;
    for (const GoalContribution &c : plan.contributions)
        if (affected.contains(c.initiative.value))
            goals.insert(c.goal.value);
    for (const Goal &g : plan.goals)
        if (goals.contains(g.id.value))
            r.goals.append(g.id);

    // The chain: longest paths over the waiters, in a topological order of them.
    DependencyGraph sub;
    sub.addNode(origin);
    for (int v : std::as_const(reached))
        sub.addNode(v);
    for (qint64 u : sub.nodes())
        for (const Link &l : successors[size_t(u)])
            sub.addEdge(u, l.to);
    const auto order = sub.topologicalOrder();
    if (!order) {
        for (qint64 v : sub.findCycle())
            r.cycle.append(map.activityIds[size_t(v)]);
        return r;
    }
    std::vector<int> topological(order->cbegin(), order->cend());
    r.chain = tightestChain(plan, map, origin, reached, successors, topological);
    if (r.chain && schedule) {
        if (const InitiativeSchedule *s = schedule->find(initiative))
            r.chain->scheduledStart = s->start;
        if (const InitiativeSchedule *s = schedule->find(r.chain->initiatives.last())) {
            r.chain->scheduledFinish = s->finish;
            r.chain->late = s->finish && *s->finish > r.chain->deadline;
        }
    }
    return r;
}

// ---- what if a system's support ends earlier -------------------------------------------------

SchedulerOptions whatIfOptions()
{
    SchedulerOptions o;
    o.improve = true;
    o.timeBudgetMs = 0; // bounded by schedules, so that both runs see the same search
    o.maxSchedules = 20000;
    o.seed = 1;
    return o;
}

bool EndOfSupportWhatIf::newlyLate() const
{
    return std::any_of(
        late.cbegin(), late.cend(), [](const Outcome &o) { return !o.lateAsPlanned; });
}

bool EndOfSupportWhatIf::makesWorse() const
{
    return std::any_of(late.cbegin(), late.cend(), [](const Outcome &o) { return o.worse(); });
}

EndOfSupportWhatIf whatIfEndOfSupport(
    const PlanContent &plan, SystemId system, Quarter endOfSupport, const SchedulerOptions &options)
{
    EndOfSupportWhatIf w;
    w.system = system;
    w.whatIf = endOfSupport;
    PlanContent changed = plan;
    for (System &s : changed.systems)
        if (s.id == system) {
            w.endOfSupport = s.endOfSupport;
            s.endOfSupport = endOfSupport;
        }
    w.planned = schedulePlan(plan, options);
    w.scenario = schedulePlan(changed, options);
    for (const InitiativeSchedule &is : w.scenario.initiatives) {
        const InitiativeSchedule *before = w.planned.find(is.id);
        if (before && before->start != is.start)
            w.moved.append({is.id, before->start, is.start});
        if (!is.late)
            continue;
        EndOfSupportWhatIf::Outcome o;
        o.initiative = is.id;
        o.deadline = is.deadline;
        o.deadlineSystem = is.deadlineSystem;
        o.finish = is.finish;
        o.plannedFinish = before ? before->finish : std::nullopt;
        o.lateAsPlanned = before && before->late;
        o.quartersLate = is.finish && is.deadline ? *is.finish - *is.deadline : 0;
        if (o.lateAsPlanned && before->finish && before->deadline)
            o.plannedQuartersLate = *before->finish - *before->deadline;
        w.late.append(o);
    }
    auto group = [](const EndOfSupportWhatIf::Outcome &o) {
        return !o.lateAsPlanned ? 0 : (o.worse() ? 1 : 2);
    };
    std::stable_sort(w.late.begin(), w.late.end(),
        [&](const auto &a, const auto &b) { return group(a) < group(b); });
    return w;
}

// ---- in words --------------------------------------------------------------------------------

// The words live in their own namespace, so that lupdate files them under Cairn::Impact.
namespace Impact {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cairn::Impact", text, disambiguation, n);
}

class Words {
public:
    // lupdate files a class's tr() under the class: the runtime asks for the same context.
    static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
    {
        return QCoreApplication::translate("Cairn::Impact::Words", text, disambiguation, n);
    }
    explicit Words(const PlanContent &plan)
        : m_plan(plan)
        , m_style(plan.info.quarterStyle())
    {
    }
    QString initiative(InitiativeId id) const
    {
        const Initiative *i = m_plan.initiative(id);
        return quoted(i ? i->name : QStringLiteral("#%1").arg(id.value));
    }
    QString system(SystemId id) const
    {
        const System *s = m_plan.system(id);
        return quoted(s ? s->name : QStringLiteral("#%1").arg(id.value));
    }
    QString goal(GoalId id) const
    {
        const Goal *g = m_plan.goal(id);
        return quoted(g ? g->name : QStringLiteral("#%1").arg(id.value));
    }
    QString quarter(const std::optional<Quarter> &q) const
    {
        return q ? q->label(m_style) : tr("not scheduled");
    }
    QString effect(SystemEffect e) const
    {
        switch (e) {
        case SystemEffect::Upgrades:
            return tr("upgrades");
        case SystemEffect::Replaces:
            return tr("replaces");
        case SystemEffect::Retires:
            return tr("retires");
        case SystemEffect::Introduces:
            return tr("introduces");
        }
        return {};
    }
    QString link(DependencyType type, int lag) const
    {
        const QString kind
            = type == DependencyType::StartToStart ? tr("start-to-start") : tr("finish-to-start");
        return lag == 0 ? kind : tr("%1, lag %n quarter(s)", nullptr, lag).arg(kind);
    }
    QString deadline(Quarter q, const std::optional<SystemId> &system) const
    {
        return system ? tr("%1, the end of support of %2").arg(quarter(q), this->system(*system))
                      : quarter(q);
    }

private:
    const PlanContent &m_plan;
    QuarterStyle m_style;
};

void orNone(QStringList &lines)
{
    if (lines.isEmpty())
        lines << tr("None.");
}

QList<ImpactSection> describeSystem(const PlanContent &plan, const SystemImpactReport &r)
{
    const Words w(plan);
    QList<ImpactSection> out;
    const System *s = plan.system(r.system);
    ImpactSection head {tr("Impact of the system %1").arg(w.system(r.system)), {}};
    if (s)
        head.lines << (s->endOfSupport ? tr("End of support: %1.").arg(w.quarter(s->endOfSupport))
                                       : tr("No end of support set."));
    out << head;
    ImpactSection touch {tr("Initiatives that touch it"), {}};
    for (const auto &t : r.initiatives)
        touch.lines << tr("%1 %2 it.").arg(w.initiative(t.initiative), w.effect(t.effect));
    orNone(touch.lines);
    ImpactSection goals {tr("Goals they serve"), {}};
    for (const auto &g : r.goals) {
        QStringList through;
        for (InitiativeId i : g.through)
            through << w.initiative(i);
        goals.lines << tr("%1 (contribution %2 of 5), through %3.")
                           .arg(w.goal(g.goal))
                           .arg(g.strength)
                           .arg(through.join(QStringLiteral(", ")));
    }
    orNone(goals.lines);
    ImpactSection dependants {tr("Systems that run on it"), {}};
    for (const auto &d : r.dependants)
        dependants.lines << (d.distance == 1
                ? tr("%1 runs on it.").arg(w.system(d.system))
                : tr("%1 runs on %2.").arg(w.system(d.system), w.system(d.runsOn)));
    orNone(dependants.lines);
    out << touch << goals << dependants;
    if (!r.dependantInitiatives.isEmpty()) {
        ImpactSection more {tr("Initiatives on those systems"), {}};
        for (const auto &t : r.dependantInitiatives)
            more.lines << tr("%1 %2 %3.")
                              .arg(w.initiative(t.initiative), w.effect(t.effect), w.system(t.on));
        out << more;
    }
    return out;
}

QList<ImpactSection> describeInitiative(const PlanContent &plan, const InitiativeImpactReport &r)
{
    const Words w(plan);
    QList<ImpactSection> out;
    out << ImpactSection {tr("Impact of the initiative %1").arg(w.initiative(r.initiative)), {}};
    if (r.closed) {
        out.first().lines << tr("It is done or dropped: nothing waits for it.");
        return out;
    }
    ImpactSection waiting {tr("Waits for it"), {}};
    for (const auto &wt : r.waiting)
        waiting.lines << (wt.distance == 1
                ? tr("%1 waits for it (%2).")
                      .arg(w.initiative(wt.initiative), w.link(wt.type, wt.lag))
                : tr("%1 waits for %2 (%3).")
                      .arg(w.initiative(wt.initiative), w.initiative(wt.waitsFor),
                          w.link(wt.type, wt.lag)));
    orNone(waiting.lines);
    ImpactSection goals {tr("Goals a delay would reach"), {}};
    for (GoalId g : r.goals)
        goals.lines << w.goal(g);
    orNone(goals.lines);
    ImpactSection chain {tr("Critical chain to a deadline"), {}};
    if (!r.cycle.isEmpty()) {
        QStringList names;
        for (InitiativeId i : r.cycle)
            names << w.initiative(i);
        names << w.initiative(r.cycle.first());
        chain.lines << tr("The dependencies run in a circle: %1. No chain can be worked out.")
                           .arg(names.join(QStringLiteral(" → ")));
    } else if (!r.chain) {
        chain.lines << tr("No deadline lies ahead of it.");
    } else {
        const CriticalChain &c = *r.chain;
        QStringList names;
        for (InitiativeId i : c.initiatives)
            names << w.initiative(i);
        chain.lines << names.join(QStringLiteral(" → "));
        chain.lines << tr("%1 must finish by %2.")
                           .arg(w.initiative(c.initiatives.last()),
                               w.deadline(c.deadline, c.deadlineSystem));
        chain.lines << tr("Latest start of %1 for that, capacity aside: %2.")
                           .arg(w.initiative(r.initiative), w.quarter(c.latestStart));
        if (c.scheduledStart) {
            const int spare = c.latestStart - *c.scheduledStart;
            chain.lines << (spare >= 0
                    ? tr("Scheduled to start in %1: %n quarter(s) to spare.", nullptr, spare)
                          .arg(w.quarter(c.scheduledStart))
                    : tr("Scheduled to start in %1: %n quarter(s) too late.", nullptr, -spare)
                          .arg(w.quarter(c.scheduledStart)));
        }
        if (c.late)
            chain.lines << tr("%1 is late: it finishes in %2.")
                               .arg(w.initiative(c.initiatives.last()),
                                   w.quarter(c.scheduledFinish));
    }
    out << waiting << goals << chain;
    return out;
}

QList<ImpactSection> describeWhatIf(const PlanContent &plan, const EndOfSupportWhatIf &r)
{
    const Words w(plan);
    QList<ImpactSection> out;
    ImpactSection head {r.endOfSupport
            ? tr("If the support of %1 ended in %2 instead of %3")
                  .arg(w.system(r.system), w.quarter(r.whatIf), w.quarter(r.endOfSupport))
            : tr("If the support of %1 ended in %2").arg(w.system(r.system), w.quarter(r.whatIf)),
        {}};
    const auto worse = std::count_if(r.late.cbegin(), r.late.cend(),
        [](const EndOfSupportWhatIf::Outcome &o) { return o.worse(); });
    head.lines << (worse == 0
            ? tr("Nothing would be late, or later, that is not as planned.")
            : tr("%n initiative(s) would be late, or later against a deadline, than planned.",
                nullptr, int(worse)));
    ImpactSection late {tr("Would be late"), {}};
    int unchanged = 0;
    for (const auto &o : r.late) {
        if (!o.worse()) {
            ++unchanged;
            continue;
        }
        const QString line
            = tr("%1 finishes in %2, %n quarter(s) after its deadline %3", nullptr, o.quartersLate)
                  .arg(w.initiative(o.initiative), w.quarter(o.finish),
                      o.deadline ? w.deadline(*o.deadline, o.deadlineSystem) : QString());
        late.lines << (o.lateAsPlanned
                ? tr("%1 (as planned %n quarter(s) late).", nullptr, o.plannedQuartersLate)
                      .arg(line)
                : tr("%1 (on time as planned: %2).").arg(line, w.quarter(o.plannedFinish)));
    }
    if (unchanged > 0)
        late.lines << tr("%n more initiative(s) late as planned, by as much.", nullptr, unchanged);
    if (late.lines.isEmpty())
        late.lines << tr("Nothing would be late.");
    ImpactSection moved {tr("Would start in another quarter"), {}};
    for (const auto &m : r.moved)
        moved.lines << tr("%1: %2 → %3.")
                           .arg(w.initiative(m.initiative), w.quarter(m.from), w.quarter(m.to));
    orNone(moved.lines);
    out << head << late << moved;
    return out;
}

} // namespace
} // namespace Impact

QList<ImpactSection> describeImpact(const PlanContent &plan, const SystemImpactReport &report)
{
    return Impact::describeSystem(plan, report);
}

QList<ImpactSection> describeImpact(const PlanContent &plan, const InitiativeImpactReport &report)
{
    return Impact::describeInitiative(plan, report);
}

QList<ImpactSection> describeImpact(const PlanContent &plan, const EndOfSupportWhatIf &whatIf)
{
    return Impact::describeWhatIf(plan, whatIf);
}

} // namespace Cairn
