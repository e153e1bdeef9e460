#include "core/schedule/schedulefixes.h"

#include "core/domain/amount.h"
#include "core/domain/wording.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>

namespace Cairn {

QString ScheduleFix::key(Kind kind)
{
    switch (kind) {
    case Kind::ExtraCapacity:
        return QStringLiteral("extra-capacity");
    case Kind::DeferInitiatives:
        return QStringLiteral("defer");
    case Kind::MoveDeadline:
        return QStringLiteral("move-deadline");
    }
    return {};
}

PlanContent ScheduleFix::applyTo(PlanContent plan) const
{
    switch (kind) {
    case Kind::ExtraCapacity:
        for (Resource &r : plan.resources)
            if (r.id == resource)
                for (Quarter q : quarters)
                    r.capacities.insert(q, r.capacityIn(q) + amount);
        break;
    case Kind::DeferInitiatives:
        for (Initiative &i : plan.initiatives)
            if (deferred.contains(i.id))
                i.earliestStart = i.earliestStart ? std::max(*i.earliestStart, when) : when;
        break;
    case Kind::MoveDeadline:
        if (system) {
            for (System &s : plan.systems)
                if (s.id == *system)
                    s.endOfSupport = when;
        } else {
            for (Initiative &i : plan.initiatives)
                if (i.id == initiative)
                    i.deadline = when;
        }
        break;
    }
    return plan;
}

namespace {

// "2027 Q1–Q3, 2028 Q1": consecutive quarters as ranges.
QString quarterRanges(const std::vector<Quarter> &quarters, QuarterStyle style)
{
    QStringList parts;
    for (size_t k = 0; k < quarters.size();) {
        size_t e = k;
        while (e + 1 < quarters.size() && quarters[e + 1] - quarters[e] == 1)
            ++e;
        const Quarter a = quarters[k], b = quarters[e];
        if (k == e)
            parts << a.label(style);
        else if (a.year() == b.year() && style == QuarterStyle::Calendar)
            parts << QStringLiteral("%1–Q%2").arg(a.label(style)).arg(b.quarter());
        else
            parts << QStringLiteral("%1–%2").arg(a.label(style), b.label(style));
        k = e + 1;
    }
    return parts.join(QStringLiteral(", "));
}

class FixFinder {
public:
    FixFinder(const PlanContent &plan, const PlanSchedule &schedule,
        const PlanScheduleProblem &problem, const FixOptions &options)
        : m_plan(plan)
        , m_schedule(schedule)
        , m_problem(problem)
        , m_options(options)
        , m_style(plan.info.quarterStyle())
    {
        m_timer.start();
        for (size_t a = 0; a < schedule.mapping.activityIds.size(); ++a)
            m_activity.insert(schedule.mapping.activityIds[a].value, int(a));
    }

    std::vector<ScheduleFix> run()
    {
        using K = PlanScheduleProblem::Kind;
        if (m_problem.initiatives.isEmpty()
            || (m_problem.kind != K::DeadlineMissed && m_problem.kind != K::OverCapacity))
            return {};
        m_target = m_problem.initiatives.last();
        const int a = m_activity.value(m_target.value, -1);
        if (a < 0)
            return {};
        if (m_problem.kind == K::OverCapacity) {
            addCapacityForPlacement(a);
            return m_fixes;
        }
        const auto &act = m_schedule.mapping.problem.activities[size_t(a)];
        m_deadline = act.deadline.value_or(0);
        if (m_deadline > 0) { // a deadline inside the plan: capacity or room may meet it
            for (size_t r = 0; r < m_schedule.mapping.resourceIds.size(); ++r)
                addCapacityForDeadline(r);
            addDeferral(a);
        }
        addLaterDeadline();
        return m_fixes;
    }

private:
    bool timeLeft() const { return m_timer.elapsed() < m_options.timeLimitMs; }

    // Schedules the changed plan; the fix's outcome for the target initiative.
    bool verify(ScheduleFix &fix) const
    {
        SchedulerOptions o;
        o.goal = m_schedule.goal;
        o.timeBudgetMs = 0;
        o.maxSchedules = m_options.schedulesPerCheck;
        const PlanContent changed = fix.applyTo(m_plan);
        m_after = schedulePlan(changed, o);
        const PlanSchedule &after = m_after;
        const InitiativeSchedule *is = after.find(m_target);
        if (!is || !is->start)
            return false;
        fix.tardinessAfter = after.result.weightedTardiness;
        // Late against the problem's own date: the system's end of support (the initiative may
        // also upgrade another system; that is a problem of its own) or its deadline.
        std::optional<Quarter> due = is->deadline;
        if (m_problem.system)
            if (const System *sys = changed.system(*m_problem.system))
                due = sys->endOfSupport;
        fix.lateAfter = due && is->finish ? std::max(0, *is->finish - *due) : 0;
        return fix.lateAfter == 0;
    }

    Quarter quarter(int period) const { return m_plan.info.firstQuarter + period; }

    const Resource *resource(size_t r) const
    {
        return m_plan.resource(m_schedule.mapping.resourceIds[r]);
    }

    // A round amount at least `amount`: a thousand of the currency, or a quarter of an FTE.
    qint64 rounded(const Resource &res, qint64 amount) const
    {
        const qint64 unit
            = res.kind == ResourceKind::Budget ? 1000 * m_plan.info.currency.minorPerMajor() : 25;
        return (amount + unit - 1) / unit * unit;
    }

    ScheduleFix capacityFix(const Resource &res, std::vector<Quarter> quarters, qint64 amount) const
    {
        ScheduleFix fix;
        fix.kind = ScheduleFix::Kind::ExtraCapacity;
        fix.resource = res.id;
        fix.quarters = std::move(quarters);
        fix.amount = rounded(res, amount);
        fix.description = QCoreApplication::translate("Cairn::Schedule", "Add %1 to %2 in %3.")
                              .arg(formatAmount(m_plan, res, fix.amount), res.name,
                                  quarterRanges(fix.quarters, m_style));
        return fix;
    }

    // More of resource r, as much as the chain needs of it, in the quarters up to the deadline;
    // then only in the quarters the chain runs in, and half as much, while that still works.
    void addCapacityForDeadline(size_t r)
    {
        const Resource *res = resource(r);
        qint64 amount = 0;
        for (InitiativeId id : m_problem.initiatives) {
            const int a = m_activity.value(id.value, -1);
            if (a >= 0)
                amount = std::max(
                    amount, m_schedule.mapping.problem.activities[size_t(a)].demandOn(r));
        }
        if (!res || amount <= 0 || !timeLeft())
            return;
        std::vector<Quarter> window;
        for (int t = 0; t < std::min(m_deadline, ScheduleProblem::kMaxPeriod); ++t)
            window.push_back(quarter(t));
        ScheduleFix fix = capacityFix(*res, window, amount);
        if (!verify(fix))
            return;
        // The quarters in which the chain runs once it has the extra capacity.
        std::vector<Quarter> running;
        for (InitiativeId id : m_problem.initiatives) {
            const InitiativeSchedule *is = m_after.find(id);
            for (const Quarter q : window)
                if (is && is->start && q >= *is->start && q <= *is->finish)
                    running.push_back(q);
        }
        std::sort(running.begin(), running.end());
        running.erase(std::unique(running.begin(), running.end()), running.end());
        for (std::vector<Quarter> fewer : {running, window}) {
            if (fewer.empty() || fewer.size() >= fix.quarters.size())
                continue;
            ScheduleFix smaller = capacityFix(*res, fewer, fix.amount);
            if (timeLeft() && verify(smaller)) {
                fix = smaller;
                break;
            }
        }
        for (int halving = 0; halving < 3 && timeLeft(); ++halving) {
            ScheduleFix less = capacityFix(*res, fix.quarters, fix.amount / 2);
            if (less.amount >= fix.amount || less.amount <= 0 || !verify(less))
                break;
            fix = less;
        }
        m_fixes.push_back(fix);
    }

    // An initiative no stretch of capacity can hold: the shortfall, in the quarters it would
    // run in from its earliest start.
    void addCapacityForPlacement(int a)
    {
        const auto &act = m_schedule.mapping.problem.activities[size_t(a)];
        for (size_t r = 0; r < m_schedule.mapping.resourceIds.size() && timeLeft(); ++r) {
            const Resource *res = resource(r);
            const qint64 q = act.demandOn(r);
            if (!res || q <= 0)
                continue;
            std::vector<Quarter> quarters;
            qint64 shortfall = 0;
            for (int t = 0; t < std::max(1, act.duration); ++t) {
                const Quarter at = quarter(std::max(0, act.release) + t);
                quarters.push_back(at);
                shortfall = std::max(shortfall, q - res->capacityIn(at));
            }
            if (shortfall <= 0)
                continue;
            ScheduleFix fix = capacityFix(*res, quarters, shortfall);
            if (verify(fix))
                m_fixes.push_back(fix);
        }
    }

    // Lower-value initiatives that share a resource with the late chain and run before its
    // deadline start after it instead: the fewest, least valuable first.
    void addDeferral(int target)
    {
        const auto &problem = m_schedule.mapping.problem;
        const qint64 weight = problem.activities[size_t(target)].weight;
        std::vector<int> candidates;
        for (size_t a = 0; a < problem.activities.size(); ++a) {
            const InitiativeId id = m_schedule.mapping.activityIds[a];
            const auto &other = problem.activities[a];
            const InitiativeSchedule *is = m_schedule.find(id);
            if (m_problem.initiatives.contains(id) || other.pin || other.weight >= weight || !is
                || !is->start || *is->start - m_plan.info.firstQuarter >= m_deadline)
                continue;
            bool shares = false;
            for (InitiativeId c : m_problem.initiatives) {
                const int ca = m_activity.value(c.value, -1);
                for (size_t r = 0; ca >= 0 && r < other.demand.size(); ++r)
                    shares = shares
                        || (other.demandOn(r) > 0
                            && problem.activities[size_t(ca)].demandOn(r) > 0);
            }
            if (shares)
                candidates.push_back(int(a));
        }
        std::stable_sort(candidates.begin(), candidates.end(), [&problem](int x, int y) {
            return problem.activities[size_t(x)].weight < problem.activities[size_t(y)].weight;
        });
        QList<InitiativeId> set;
        for (size_t k = 0; k < std::min<size_t>(candidates.size(), 5) && timeLeft(); ++k) {
            set << m_schedule.mapping.activityIds[size_t(candidates[k])];
            ScheduleFix fix = deferral(set);
            if (!verify(fix))
                continue;
            for (qsizetype drop = set.size() - 1; drop >= 0 && set.size() > 1 && timeLeft();
                 --drop) {
                QList<InitiativeId> fewer = set;
                fewer.removeAt(drop);
                ScheduleFix smaller = deferral(fewer);
                if (verify(smaller)) {
                    set = fewer;
                    fix = smaller;
                }
            }
            m_fixes.push_back(fix);
            return;
        }
    }

    ScheduleFix deferral(const QList<InitiativeId> &set) const
    {
        ScheduleFix fix;
        fix.kind = ScheduleFix::Kind::DeferInitiatives;
        fix.deferred = set;
        fix.when = quarter(m_deadline);
        QStringList names;
        for (InitiativeId id : set)
            if (const Initiative *i = m_plan.initiative(id))
                names << quoted(i->name);
        fix.description = QCoreApplication::translate(
            "Cairn::Schedule", "Start %1 in %2 or later.", nullptr, int(set.size()))
                              .arg(names.join(QStringLiteral(", ")), fix.when.label(m_style));
        return fix;
    }

    // The deadline (or the end of support) moved to when the initiative can finish.
    void addLaterDeadline()
    {
        const InitiativeSchedule *is = m_schedule.find(m_target);
        if (!is || !is->finish)
            return;
        ScheduleFix fix;
        fix.kind = ScheduleFix::Kind::MoveDeadline;
        fix.initiative = m_target;
        fix.system = m_problem.system;
        fix.when = *is->finish;
        for (int attempt = 0; attempt < 8 && timeLeft(); ++attempt) {
            const System *sys = fix.system ? m_plan.system(*fix.system) : nullptr;
            const Initiative *i = m_plan.initiative(m_target);
            fix.description = sys
                ? QCoreApplication::translate(
                    "Cairn::Schedule", "Keep %1 supported until the end of %2 (extended support).")
                      .arg(quoted(sys->name), fix.when.label(m_style))
                : QCoreApplication::translate("Cairn::Schedule", "Move the deadline of %1 to %2.")
                      .arg(quoted(i ? i->name : QString()), fix.when.label(m_style));
            if (verify(fix)) {
                m_fixes.push_back(fix);
                return;
            }
            // A later deadline may let the initiative move later still: first to where it
            // finishes with no deadline at all, then follow it.
            const InitiativeSchedule *moved = attempt == 0 ? freeFinish() : m_after.find(m_target);
            fix.when = moved && moved->finish && *moved->finish > fix.when ? *moved->finish
                                                                           : fix.when + 1;
        }
    }

    // The target's schedule with its deadline (or the system's end of support) taken away.
    const InitiativeSchedule *freeFinish() const
    {
        PlanContent free = m_plan;
        for (System &s : free.systems)
            if (m_problem.system && s.id == *m_problem.system)
                s.endOfSupport.reset();
        for (Initiative &i : free.initiatives)
            if (i.id == m_target && !m_problem.system)
                i.deadline.reset();
        SchedulerOptions o;
        o.goal = m_schedule.goal;
        o.timeBudgetMs = 0;
        o.maxSchedules = m_options.schedulesPerCheck;
        m_after = schedulePlan(free, o);
        return m_after.find(m_target);
    }

    const PlanContent &m_plan;
    const PlanSchedule &m_schedule;
    const PlanScheduleProblem &m_problem;
    const FixOptions &m_options;
    QuarterStyle m_style;
    QElapsedTimer m_timer;
    QHash<qint64, int> m_activity; // initiative id -> activity index
    InitiativeId m_target;
    int m_deadline = 0; // period: the target must finish by then
    std::vector<ScheduleFix> m_fixes;
    mutable PlanSchedule m_after; // the schedule of the last plan verified
};

} // namespace

std::vector<ScheduleFix> proposeFixes(const PlanContent &plan, const PlanSchedule &schedule,
    const PlanScheduleProblem &problem, const FixOptions &options)
{
    return FixFinder(plan, schedule, problem, options).run();
}

} // namespace Cairn
