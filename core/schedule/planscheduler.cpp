#include "core/schedule/planscheduler.h"

#include "core/domain/wording.h"
#include "core/schedule/saturating.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Cairn {

namespace {

constexpr qint64 kHardWeight = 1'000'000;

// q + by, saturated at the ends of the quarter range (a plan may hold any first quarter and
// horizon; the scheduler clamps what it is given, this keeps the arithmetic defined).
Quarter shifted(Quarter q, qint64 by)
{
    return Quarter::fromOrdinal(Saturating::toInt(qint64(q.ordinal()) + by));
}

// Periods from a to b (b - a), as an int that the scheduler then clamps into its limits.
int periodsBetween(Quarter a, Quarter b)
{
    return Saturating::toInt(qint64(b.ordinal()) - qint64(a.ordinal()));
}
} // namespace

QString PlanScheduleProblem::key(Kind kind)
{
    switch (kind) {
    case Kind::Cycle:
        return QStringLiteral("cycle");
    case Kind::OverCapacity:
        return QStringLiteral("over-capacity");
    case Kind::PinConflict:
        return QStringLiteral("pin-conflict");
    case Kind::DeadlineMissed:
        return QStringLiteral("deadline-missed");
    case Kind::PastHorizon:
        return QStringLiteral("past-horizon");
    case Kind::PinnedOverload:
        return QStringLiteral("pinned-overload");
    case Kind::ValueClamped:
        return QStringLiteral("value-clamped");
    case Kind::BeyondLimit:
        return QStringLiteral("beyond-limit");
    }
    return {};
}

std::vector<const InitiativeSchedule *> PlanSchedule::inStartOrder() const
{
    std::vector<const InitiativeSchedule *> order;
    order.reserve(initiatives.size());
    for (const InitiativeSchedule &is : initiatives)
        order.push_back(&is);
    std::stable_sort(
        order.begin(), order.end(), [](const InitiativeSchedule *a, const InitiativeSchedule *b) {
            if (a->start.has_value() != b->start.has_value())
                return a->start.has_value();
            return a->start && *a->start < *b->start;
        });
    return order;
}

const InitiativeSchedule *PlanSchedule::find(InitiativeId id) const
{
    for (const InitiativeSchedule &s : initiatives)
        if (s.id == id)
            return &s;
    return nullptr;
}

PlanProblemMapping mapPlan(const PlanContent &plan)
{
    PlanProblemMapping map;
    ScheduleProblem &p = map.problem;
    const Quarter first = plan.info.firstQuarter;
    p.horizon = std::max(1, plan.info.horizon);
    const int capacityPeriods = std::min(p.horizon, ScheduleProblem::kMaxPeriod);

    QHash<qint64, int> resourceIndex;
    for (const Resource &r : plan.resources) {
        ScheduleProblem::Resource res;
        res.name = r.name;
        res.capacity.reserve(size_t(capacityPeriods));
        for (int t = 0; t < capacityPeriods; ++t)
            res.capacity.push_back(r.capacityIn(shifted(first, t)));
        resourceIndex.insert(r.id.value, int(p.resources.size()));
        p.resources.push_back(res);
        map.resourceIds.push_back(r.id);
    }
    const Resource *budget = plan.budget();

    // The earliest end of support among the systems an initiative upgrades/replaces/retires.
    QHash<qint64, std::pair<Quarter, SystemId>> supportDeadline;
    for (const SystemImpact &impact : plan.impacts) {
        if (impact.effect == SystemEffect::Introduces)
            continue;
        const System *s = plan.system(impact.system);
        if (!s || !s->endOfSupport)
            continue;
        auto it = supportDeadline.find(impact.initiative.value);
        if (it == supportDeadline.end() || *s->endOfSupport < it->first)
            supportDeadline.insert(impact.initiative.value, {*s->endOfSupport, s->id});
    }
    QHash<qint64, int> criticality;
    for (const SystemImpact &impact : plan.impacts)
        if (const System *s = plan.system(impact.system))
            criticality[impact.initiative.value]
                = std::max(criticality.value(impact.initiative.value), s->criticality);

    QHash<qint64, Quarter> reference;
    for (const ReferenceStart &r : plan.reference)
        reference.insert(r.initiative.value, r.start);
    const bool keep = plan.info.scheduling == SchedulingMode::Keep;

    QHash<qint64, int> activityIndex;
    for (const Initiative &i : plan.initiatives) {
        if (i.status == InitiativeStatus::Dropped || i.status == InitiativeStatus::Done)
            continue;
        ScheduleProblem::Activity a;
        a.name = i.name;
        a.duration = std::max(0, i.duration);
        a.demand.assign(p.resources.size(), 0);
        for (auto it = i.demand.cbegin(); it != i.demand.cend(); ++it)
            if (resourceIndex.contains(it.key().value))
                a.demand[size_t(resourceIndex.value(it.key().value))]
                    = std::max<qint64>(0, it.value());
        if (budget && a.duration > 0 && !i.demand.contains(budget->id) && i.cost.minorUnits() > 0) {
            const qint64 cost = i.cost.minorUnits();
            a.demand[size_t(resourceIndex.value(budget->id.value))]
                = cost / a.duration + (cost % a.duration != 0 ? 1 : 0); // rounded up
        }
        a.release = i.earliestStart ? std::max(0, periodsBetween(first, *i.earliestStart)) : 0;
        if (i.deadline) {
            a.deadline = Saturating::add(periodsBetween(first, *i.deadline), 1);
            a.hardDeadline = true;
            a.deadlineWeight = kHardWeight;
            map.deadlineSystems.push_back(std::nullopt);
        } else if (supportDeadline.contains(i.id.value)) {
            const auto [q, system] = supportDeadline.value(i.id.value);
            a.deadline = Saturating::add(periodsBetween(first, q), 1);
            a.deadlineWeight = 1000 * qint64(std::max(1, criticality.value(i.id.value, 3)));
            map.deadlineSystems.push_back(system);
        } else {
            map.deadlineSystems.push_back(std::nullopt);
        }
        if (i.pin)
            a.pin = periodsBetween(first, *i.pin);
        else if (i.status == InitiativeStatus::InProgress) {
            a.pin = 0; // already running: its planned earliest start is history
            a.release = 0;
        }
        if (const auto it = reference.constFind(i.id.value); it != reference.cend()) {
            a.reference = std::max(0, periodsBetween(first, *it));
            if (keep && !a.pin) {
                a.pin = a.reference;
                a.heldAtReference = true;
            }
        }
        a.weight
            = qint64(std::clamp(i.value, 0, 100)) * qint64(std::clamp(i.confidence, 0, 100)) + 1;
        activityIndex.insert(i.id.value, int(p.activities.size()));
        p.activities.push_back(a);
        map.activityIds.push_back(i.id);
    }
    for (const Dependency &d : plan.dependencies) {
        if (!activityIndex.contains(d.predecessor.value)
            || !activityIndex.contains(d.successor.value))
            continue; // a done or dropped predecessor holds nothing back
        p.precedences.push_back({activityIndex.value(d.predecessor.value),
            activityIndex.value(d.successor.value),
            d.type == DependencyType::StartToStart ? ScheduleProblem::PrecedenceType::StartToStart
                                                   : ScheduleProblem::PrecedenceType::FinishToStart,
            d.lag});
    }
    return map;
}

PlanSchedule schedulePlan(const PlanContent &plan, const SchedulerOptions &options)
{
    PlanSchedule s;
    s.goal = options.goal;
    s.mapping = mapPlan(plan);
    s.result = Scheduler::solve(s.mapping.problem, options);
    describeSchedule(plan, s);
    return s;
}

std::vector<ReferenceStart> referenceStarts(const PlanSchedule &schedule)
{
    std::vector<ReferenceStart> out;
    out.reserve(schedule.initiatives.size());
    for (const InitiativeSchedule &is : schedule.initiatives)
        if (is.start)
            out.push_back({is.id, *is.start});
    return out;
}

namespace {

class Describer {
public:
    Describer(const PlanContent &plan, PlanSchedule &s)
        : m_plan(plan)
        , m_s(s)
        , m_style(plan.info.quarterStyle())
        , m_first(plan.info.firstQuarter)
    {
        // Each problem and each move names initiatives and systems: looked up by id, not searched
        // for (a search per name was a quarter of the first schedule's time at 10,000 initiatives).
        m_byId.reserve(qsizetype(plan.initiatives.size()));
        for (const Initiative &i : plan.initiatives)
            m_byId.insert(i.id.value, &i);
        m_systems.reserve(qsizetype(plan.systems.size()));
        for (const System &sys : plan.systems)
            m_systems.insert(sys.id.value, &sys);
    }

    void run()
    {
        QHash<qint64, int> activityOf;
        for (size_t k = 0; k < m_s.mapping.activityIds.size(); ++k)
            activityOf.insert(m_s.mapping.activityIds[k].value, int(k));
        m_s.initiatives.clear();
        for (const Initiative &i : m_plan.initiatives) {
            InitiativeSchedule is;
            is.id = i.id;
            const int a = activityOf.value(i.id.value, -1);
            if (a < 0) {
                is.reason.kind = StartReason::Kind::NotPlaced;
                is.why = i.status == InitiativeStatus::Done
                    ? QCoreApplication::translate("Cairn::Schedule", "Done: not scheduled.")
                    : QCoreApplication::translate("Cairn::Schedule", "Dropped: not scheduled.");
                m_s.initiatives.push_back(is);
                continue;
            }
            const auto &r = m_s.result.activities[size_t(a)];
            const auto &act = m_s.mapping.problem.activities[size_t(a)];
            is.reason = r.reason;
            is.slack = r.slack;
            is.critical = r.onCriticalPath;
            if (act.deadline) {
                is.deadline = shifted(m_first, qint64(*act.deadline) - 1);
                is.deadlineSystem = m_s.mapping.deadlineSystems[size_t(a)];
            }
            if (r.start) {
                is.start = shifted(m_first, *r.start);
                is.finish = shifted(m_first, std::max(*r.start, r.finish - 1));
                is.duration = r.finish - *r.start;
                is.late = act.deadline && r.finish > *act.deadline;
            }
            if (act.reference)
                is.reference = shifted(m_first, *act.reference);
            if (is.moved() && *is.start < *is.reference)
                is.roomFreedBy = roomFreedBy(a);
            is.why = why(i, is, act);
            m_s.initiatives.push_back(is);
        }
        m_s.problems.clear();
        for (const ScheduleProblemReport &rep : m_s.result.problems)
            m_s.problems.append(problem(rep));
    }

private:
    QString label(int period) const { return shifted(m_first, period).label(m_style); }
    QString label(Quarter q) const { return q.label(m_style); }

    const Initiative *initiativeOf(int activity) const
    {
        if (activity < 0 || size_t(activity) >= m_s.mapping.activityIds.size())
            return nullptr;
        return initiative(m_s.mapping.activityIds[size_t(activity)]);
    }
    const Initiative *initiative(InitiativeId id) const { return m_byId.value(id.value); }
    QString nameOf(int activity) const
    {
        const Initiative *i = initiativeOf(activity);
        return quoted(i ? i->name : QStringLiteral("#%1").arg(activity));
    }
    const Resource *resourceOf(int r) const
    {
        if (r < 0 || size_t(r) >= m_s.mapping.resourceIds.size())
            return nullptr;
        return m_plan.resource(m_s.mapping.resourceIds[size_t(r)]);
    }

    // "2027 Q1–Q2, 2028 Q1": consecutive periods collapsed into ranges.
    QString periods(const std::vector<int> &list) const
    {
        QStringList parts;
        for (size_t k = 0; k < list.size();) {
            size_t e = k;
            while (e + 1 < list.size() && list[e + 1] == list[e] + 1)
                ++e;
            const Quarter a = shifted(m_first, list[k]), b = shifted(m_first, list[e]);
            if (k == e)
                parts << label(a);
            else if (a.year() == b.year() && m_style == QuarterStyle::Calendar)
                parts << QStringLiteral("%1–Q%2").arg(label(a)).arg(b.quarter());
            else
                parts << QStringLiteral("%1–%2").arg(label(a), label(b));
            k = e + 1;
        }
        return parts.join(QStringLiteral(", "));
    }

    QString blockers(const StartReason &reason) const
    {
        QStringList parts;
        for (const auto &b : reason.blockers) {
            const Resource *res = resourceOf(b.resource);
            parts << QCoreApplication::translate("Cairn::Schedule", "%1 is full in %2")
                         .arg(res ? res->name : QStringLiteral("?"), periods(b.periods));
        }
        return parts.join(QStringLiteral("; "));
    }

    // Why it starts then; for one that moved from where the reference schedule had it, that it
    // moved, and why.
    QString why(const Initiative &i, const InitiativeSchedule &is,
        const ScheduleProblem::Activity &act) const
    {
        const QString reason = startReason(i, is, act);
        if (!is.moved() || i.pin)
            return reason;
        if (*is.start < *is.reference && intoRoom(is.reason.kind)) {
            // Earlier: not because something is full, but because room came free.
            if (is.roomFreedBy)
                if (const Initiative *other = initiative(*is.roomFreedBy))
                    return QCoreApplication::translate(
                        "Cairn::Schedule", "Moved from %1 to %2: room came free when %3 moved.")
                        .arg(label(*is.reference), label(*is.start), quoted(other->name));
            if (is.reason.kind == StartReason::Kind::Resource
                || is.reason.kind == StartReason::Kind::Reference)
                return QCoreApplication::translate(
                    "Cairn::Schedule", "Moved from %1 to %2: room came free there.")
                    .arg(label(*is.reference), label(*is.start));
        }
        return QCoreApplication::translate("Cairn::Schedule", "Moved from %1 to %2: %3")
            .arg(label(*is.reference), label(*is.start), reason);
    }

    // A start that an earlier move into free room explains better than its own reason.
    static bool intoRoom(StartReason::Kind kind)
    {
        using K = StartReason::Kind;
        return kind == K::Resource || kind == K::Reference || kind == K::PlanStart
            || kind == K::Release;
    }

    // Activity `a` starts before its reference start: the activity that held a resource `a`
    // needs in the quarters `a` runs in now, in the reference schedule, and has moved away since
    // (a pinned one, the user's own move, first).
    std::optional<InitiativeId> roomFreedBy(int a) const
    {
        const auto &acts = m_s.mapping.problem.activities;
        const auto &res = m_s.result.activities;
        const int from = *res[size_t(a)].start, to = res[size_t(a)].finish;
        std::optional<InitiativeId> found;
        for (size_t b = 0; b < acts.size(); ++b) {
            if (int(b) == a || !acts[b].reference || !res[b].start
                || *res[b].start == *acts[b].reference)
                continue;
            const int length = res[b].finish - *res[b].start;
            const int was = *acts[b].reference;
            if (was >= to || was + length <= from)
                continue; // it did not run where `a` runs now
            bool shared = false;
            for (size_t r = 0; r < acts[b].demand.size() && !shared; ++r)
                shared = acts[b].demand[r] > 0 && acts[size_t(a)].demandOn(r) > 0;
            if (!shared)
                continue;
            if (acts[b].pin && !acts[b].heldAtReference)
                return m_s.mapping.activityIds[b];
            if (!found)
                found = m_s.mapping.activityIds[b];
        }
        return found;
    }

    QString startReason(const Initiative &i, const InitiativeSchedule &is,
        const ScheduleProblem::Activity &act) const
    {
        const StartReason &r = is.reason;
        switch (r.kind) {
        case StartReason::Kind::NotPlaced:
            return QCoreApplication::translate(
                "Cairn::Schedule", "Not scheduled: see the problems.");
        case StartReason::Kind::Reference:
            return QCoreApplication::translate("Cairn::Schedule",
                "Kept in %1, where it was in the schedule you saw: starting earlier would gain "
                "little.")
                .arg(label(*is.start));
        case StartReason::Kind::Pin:
            if (act.heldAtReference)
                return QCoreApplication::translate("Cairn::Schedule",
                    "Kept in %1: the plan keeps its schedule (Plan ▸ Re-plan now moves it).")
                    .arg(label(*is.start));
            if (!i.pin && i.status == InitiativeStatus::InProgress)
                return QCoreApplication::translate(
                    "Cairn::Schedule", "Already in progress: runs from the plan's first quarter.");
            return QCoreApplication::translate("Cairn::Schedule", "Pinned to start in %1.")
                .arg(label(*is.start));
        case StartReason::Kind::PlanStart:
            return QCoreApplication::translate(
                "Cairn::Schedule", "Starts with the plan: nothing holds it back.");
        case StartReason::Kind::Release:
            return QCoreApplication::translate(
                "Cairn::Schedule", "Cannot start before its earliest start, %1.")
                .arg(label(*is.start));
        case StartReason::Kind::Predecessor: {
            const auto &res = m_s.result.activities[size_t(r.activity)];
            const QString pred = nameOf(r.activity);
            if (r.precedenceType == 1) {
                if (r.lag == 0)
                    return QCoreApplication::translate(
                        "Cairn::Schedule", "Starts together with %1 (%2).")
                        .arg(pred, label(*res.start));
                return QCoreApplication::translate(
                    "Cairn::Schedule", "Starts %n quarter(s) after %1 starts (%2).", nullptr, r.lag)
                    .arg(pred, label(*res.start));
            }
            const QString ends = label(std::max(*res.start, res.finish - 1));
            if (r.lag > 0)
                return QCoreApplication::translate("Cairn::Schedule",
                    "Waits for %1 (ends %2) and a lag of %n quarter(s).", nullptr, r.lag)
                    .arg(pred, ends);
            return QCoreApplication::translate("Cairn::Schedule", "Waits for %1 (ends %2).")
                .arg(pred, ends);
        }
        case StartReason::Kind::Resource:
            if (r.blockers.empty())
                return QCoreApplication::translate(
                    "Cairn::Schedule", "Placed after capacity-bound work.");
            return QCoreApplication::translate("Cairn::Schedule", "Waits for capacity: %1.")
                .arg(blockers(r));
        }
        return {};
    }

    PlanScheduleProblem problem(const ScheduleProblemReport &rep) const
    {
        PlanScheduleProblem out;
        for (int a : rep.activities)
            if (const Initiative *i = initiativeOf(a))
                out.initiatives << i->id;
        QStringList names;
        for (int a : rep.activities)
            names << nameOf(a);
        const Resource *res = resourceOf(rep.resource);
        const QString resName = res ? res->name : QString();
        using K = ScheduleProblemReport::Kind;
        switch (rep.kind) {
        case K::Cycle: {
            out.kind = PlanScheduleProblem::Kind::Cycle;
            const qsizetype inCycle = rep.cycleLength > 0 ? rep.cycleLength : names.size();
            out.message
                = QCoreApplication::translate("Cairn::Schedule",
                    "Dependency cycle: %1 → %2. These initiatives are not scheduled "
                    "until one of the dependencies is removed.")
                      .arg(names.mid(0, inCycle).join(QStringLiteral(" → ")), names.value(0));
            if (names.size() > inCycle)
                out.message += QLatin1Char(' ')
                    + QCoreApplication::translate("Cairn::Schedule",
                        "Caught in the same circle of dependencies, and not scheduled either: "
                        "%1.")
                          .arg(names.mid(inCycle).join(QStringLiteral(", ")));
            break;
        }
        case K::OverCapacity:
            out.kind = PlanScheduleProblem::Kind::OverCapacity;
            out.message
                = QCoreApplication::translate("Cairn::Schedule",
                    "%1 needs %2 of %3 per quarter, but no stretch of its duration "
                    "offers more than %4; it is not scheduled.")
                      .arg(names.value(0),
                          res ? formatAmount(m_plan, *res, rep.amount)
                              : QString::number(rep.amount),
                          resName,
                          res ? formatAmount(m_plan, *res, rep.limit) : QString::number(rep.limit));
            break;
        case K::PinConflict: {
            out.kind = PlanScheduleProblem::Kind::PinConflict;
            const int pinned = rep.activities.back();
            const auto &pr = m_s.result.activities[size_t(pinned)];
            const bool held = m_s.mapping.problem.activities[size_t(pinned)].heldAtReference;
            if (rep.activities.size() >= 2) {
                const auto &before = m_s.result.activities[size_t(rep.activities.front())];
                out.message = (held ? QCoreApplication::translate("Cairn::Schedule",
                                   "%1 is kept in %2 (the plan keeps its schedule), but it "
                                   "depends on %3, which runs until %4.")
                                    : QCoreApplication::translate("Cairn::Schedule",
                                        "%1 is pinned to start in %2, but it depends on %3, "
                                        "which runs until %4."))
                                  .arg(names.back(), label(*pr.start), names.front(),
                                      label(std::max(*before.start, before.finish - 1)));
            } else if (held) {
                out.message = QCoreApplication::translate("Cairn::Schedule",
                    "%1 is kept in %2 (the plan keeps its schedule), before its earliest start.")
                                  .arg(names.back(), label(*pr.start));
            } else {
                out.message = QCoreApplication::translate(
                    "Cairn::Schedule", "%1 is pinned to start in %2, before its earliest start.")
                                  .arg(names.back(), label(*pr.start));
            }
            break;
        }
        case K::DeadlineMissed: {
            out.kind = PlanScheduleProblem::Kind::DeadlineMissed;
            const int a = rep.activities.back();
            const auto &ar = m_s.result.activities[size_t(a)];
            const auto &act = m_s.mapping.problem.activities[size_t(a)];
            const Quarter deadline = shifted(m_first, qint64(*act.deadline) - 1);
            const auto system = m_s.mapping.deadlineSystems[size_t(a)];
            const System *sys = system ? m_systems.value(system->value) : nullptr;
            out.system = system;
            const QString finishes = label(std::max(*ar.start, ar.finish - 1));
            if (sys && deadline < m_first) {
                out.message = QCoreApplication::translate("Cairn::Schedule",
                    "%1 is out of support since the end of %2; %3 replaces or "
                    "upgrades it only by %4.")
                                  .arg(quoted(sys->name), label(deadline), names.back(), finishes);
            } else if (sys) {
                out.message = QCoreApplication::translate("Cairn::Schedule",
                    "%1 finishes in %2, %n quarter(s) after %3 leaves support (%4).", nullptr,
                    rep.late)
                                  .arg(names.back(), finishes, quoted(sys->name), label(deadline));
            } else {
                out.message = QCoreApplication::translate("Cairn::Schedule",
                    "%1 finishes in %2, %n quarter(s) after its deadline %3.", nullptr, rep.late)
                                  .arg(names.back(), finishes, label(deadline));
            }
            if (rep.becauseOfChain && rep.activities.size() > 1) {
                QStringList chain = names;
                chain.removeLast();
                std::reverse(chain.begin(), chain.end());
                out.message += QLatin1Char(' ')
                    + QCoreApplication::translate("Cairn::Schedule", "It waits for %1.")
                          .arg(chain.join(QCoreApplication::translate(
                              "Cairn::Schedule", ", which waits for ")));
                if (rep.resource >= 0 && !rep.periods.empty())
                    out.message += QLatin1Char(' ')
                        + QCoreApplication::translate(
                            "Cairn::Schedule", "%1 waits for capacity: %2 is full in %3.")
                              .arg(names.front(), resName, periods(rep.periods));
            } else if (rep.resource >= 0 && !rep.periods.empty()) {
                out.message += QLatin1Char(' ')
                    + QCoreApplication::translate(
                        "Cairn::Schedule", "Capacity is short: %1 is full in %2.")
                          .arg(resName, periods(rep.periods));
            }
            break;
        }
        case K::PastHorizon: {
            out.kind = PlanScheduleProblem::Kind::PastHorizon;
            const auto &ar = m_s.result.activities[size_t(rep.activities.front())];
            out.message
                = QCoreApplication::translate(
                    "Cairn::Schedule", "%1 runs until %2, past the plan's last quarter %3.")
                      .arg(names.value(0), label(std::max(*ar.start, ar.finish - 1)),
                          label(
                              std::clamp(m_plan.info.horizon, 1, ScheduleProblem::kMaxPeriod) - 1));
            break;
        }
        case K::PinnedOverload:
            out.kind = PlanScheduleProblem::Kind::PinnedOverload;
            out.message = QCoreApplication::translate("Cairn::Schedule",
                "Pinned initiatives alone need more of %1 than it has in %2: %3.")
                              .arg(resName, periods(rep.periods), names.join(QStringLiteral(", ")));
            break;
        case K::ValueClamped:
            out.kind = PlanScheduleProblem::Kind::ValueClamped;
            out.message = clampedMessage(rep, names, res);
            break;
        case K::BeyondLimit:
            out.kind = PlanScheduleProblem::Kind::BeyondLimit;
            out.message = QCoreApplication::translate("Cairn::Schedule",
                "The schedule would need more than %1 quarters; not scheduled: %2.")
                              .arg(QLocale().toString(rep.limit), names.join(QStringLiteral(", ")));
            break;
        }
        return out;
    }

    // A value out of the scheduler's range: which, where, what it was and what counts instead.
    QString clampedMessage(
        const ScheduleProblemReport &rep, const QStringList &names, const Resource *res) const
    {
        const QLocale locale;
        const QString given = locale.toString(rep.amount), used = locale.toString(rep.limit);
        const QString who = names.value(0);
        using F = ScheduleProblemReport::Field;
        switch (rep.field) {
        case F::Horizon:
            return QCoreApplication::translate("Cairn::Schedule",
                "The plan's horizon of %1 quarters is beyond the scheduler's range; it schedules "
                "%2 quarters.")
                .arg(given, used);
        case F::Duration:
            return QCoreApplication::translate("Cairn::Schedule",
                "%1: a duration of %2 quarters is out of the scheduler's range; it is scheduled "
                "as %3 quarters.")
                .arg(who, given, used);
        case F::Release:
            return QCoreApplication::translate("Cairn::Schedule",
                "%1: its earliest start, %2 quarters after the plan's start, is out of the "
                "scheduler's range; it counts as %3.")
                .arg(who, given, used);
        case F::Pin:
            return QCoreApplication::translate("Cairn::Schedule",
                "%1 is pinned %2 quarters from the plan's start, out of the scheduler's range; "
                "it is pinned %3 quarters from the start instead.")
                .arg(who, given, used);
        case F::Deadline:
            return QCoreApplication::translate("Cairn::Schedule",
                "%1: its deadline, %2 quarters from the plan's start, is out of the scheduler's "
                "range; it counts as %3.")
                .arg(who, given, used);
        case F::Lag:
            return QCoreApplication::translate("Cairn::Schedule",
                "The lag of %1 quarters between %2 and %3 is out of the scheduler's range; it "
                "counts as %4 quarters.")
                .arg(given, who, names.value(1), used);
        case F::Demand:
            return QCoreApplication::translate("Cairn::Schedule",
                "%1 needs %2 of %3 per quarter, more than the scheduler can add up; it counts "
                "as %4.")
                .arg(who, res ? formatAmount(m_plan, *res, rep.amount) : given,
                    res ? res->name : QString(),
                    res ? formatAmount(m_plan, *res, rep.limit) : used);
        case F::Capacity:
            return QCoreApplication::translate("Cairn::Schedule",
                "%1 has a capacity for each of %2 quarters; the scheduler uses the first %3 and "
                "the last of those after them.")
                .arg(res ? res->name : QString(), given, used);
        case F::Weight:
            return QCoreApplication::translate("Cairn::Schedule",
                "%1: a weight of %2 is more than the scheduler can add up; it counts as %3.")
                .arg(who, given, used);
        }
        return {};
    }

    const PlanContent &m_plan;
    PlanSchedule &m_s;
    QuarterStyle m_style;
    Quarter m_first;
    QHash<qint64, const Initiative *> m_byId;
    QHash<qint64, const System *> m_systems;
};

} // namespace

void describeSchedule(const PlanContent &plan, PlanSchedule &schedule)
{
    Describer(plan, schedule).run();
}

} // namespace Cairn
