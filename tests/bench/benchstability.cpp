#include "tests/bench/benchstability.h"

#include "core/edit/editfacade.h"
#include "core/schedule/planscheduler.h"
#include "core/session/liveschedule.h"
#include "core/store/sampleplan.h"
#include "tests/bench/benchutil.h"
#include "tests/bench/generateplan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <random>

namespace Cairn::Bench {

namespace {

struct Sample {
    QString edit; // what the edit was
    double forced = 0;
    double moved = 0;
    double beyond = 0;
    double loss = 0; // per cent
    double firstMs = 0;
    bool worse = false; // later on deadlines than the unconstrained re-plan
    qint64 tardiness = 0; // the schedule shown's
    qint64 freshTardiness = 0; // the unconstrained re-plan's
    qint64 repairedTardiness = 0; // the repaired reference's
    double repairedGap = 0; // how far the repaired reference falls short of the best value, %
};

double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t k = std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5));
    return v[k];
}

// One random single edit of the plan; returns what it was.
QString edit(PlanContent &plan, const PlanSchedule &base, std::mt19937_64 &rng)
{
    auto pick
        = [&rng](size_t n) { return size_t(std::uniform_int_distribution<size_t>(0, n - 1)(rng)); };
    std::vector<size_t> placed;
    for (size_t k = 0; k < plan.initiatives.size(); ++k)
        if (base.initiatives[k].start && !plan.initiatives[k].pin)
            placed.push_back(k);
    if (placed.empty())
        return QStringLiteral("none");
    Initiative &i = plan.initiatives[placed[pick(placed.size())]];
    switch (std::uniform_int_distribution<int>(0, 5)(rng)) {
    case 0: {
        int by = std::uniform_int_distribution<int>(1, 3)(rng);
        if (rng() % 2)
            by = -by;
        const Quarter start = *base.find(i.id)->start + by;
        i.pin = std::max(start, plan.info.firstQuarter);
        return QStringLiteral("pin");
    }
    case 1:
        i.duration += 1;
        return QStringLiteral("duration");
    case 2:
        i.cost = Money(i.cost.minorUnits() + i.cost.minorUnits() / 5);
        return QStringLiteral("cost");
    case 3: {
        // A link from an initiative that starts earlier (no cycle: the reference is feasible).
        Initiative &j = plan.initiatives[placed[pick(placed.size())]];
        const Quarter a = *base.find(i.id)->start, b = *base.find(j.id)->start;
        if (i.id == j.id || a == b)
            return QStringLiteral("none");
        const InitiativeId from = a < b ? i.id : j.id, to = a < b ? j.id : i.id;
        for (const Dependency &d : plan.dependencies)
            if ((d.predecessor == from && d.successor == to)
                || (d.predecessor == to && d.successor == from))
                return QStringLiteral("none");
        plan.dependencies.push_back({from, to, DependencyType::FinishToStart, 0});
        return QStringLiteral("add link");
    }
    case 4:
        if (plan.dependencies.empty())
            return QStringLiteral("none");
        plan.dependencies.erase(
            plan.dependencies.begin() + qsizetype(pick(plan.dependencies.size())));
        return QStringLiteral("remove link");
    default: {
        if (plan.resources.empty())
            return QStringLiteral("none");
        Resource &r = plan.resources[pick(plan.resources.size())];
        const Quarter q = plan.info.firstQuarter + int(pick(size_t(plan.info.horizon)));
        r.capacities.insert(q, r.capacityIn(q) - r.capacityIn(q) / 10);
        return QStringLiteral("capacity");
    }
    }
}

// The repaired reference (the fast pass with nothing but the repair): the initiatives it moves
// are those the edit forces to move.
PlanSchedule repairedReference(const PlanContent &plan)
{
    SchedulerOptions o;
    o.improve = false;
    o.calmTolerance = 1e9; // the repaired reference, whatever it costs
    return schedulePlan(plan, o);
}

Sample measure(const PlanContent &edited, const StabilityOptions &options, quint64 seed)
{
    Sample s;
    SchedulerOptions fast;
    fast.improve = false;
    QElapsedTimer timer;
    timer.start();
    const PlanSchedule first = schedulePlan(edited, fast);
    s.firstMs = double(timer.nsecsElapsed()) / 1e6;
    SchedulerOptions better;
    better.timeBudgetMs = options.maxSchedules > 0 ? 0 : options.budgetMs;
    better.maxSchedules = options.maxSchedules;
    better.seed = seed;
    const PlanSchedule calm = schedulePlan(edited, better);
    PlanContent unconstrained = edited;
    unconstrained.reference.clear();
    const PlanSchedule fresh = schedulePlan(unconstrained, better);
    // What the window ends up showing: the improvement only when it is better.
    const PlanSchedule &shown = LiveSchedule::improves(calm, first) ? calm : first;
    s.moved = shown.result.moved;
    const PlanSchedule repaired = repairedReference(edited);
    s.forced = repaired.result.moved;
    s.beyond = std::max(0.0, shown.result.moved - s.forced);
    const double best
        = double(std::min(fresh.result.weightedCompletion, shown.result.weightedCompletion));
    s.worse = shown.result.weightedTardiness > fresh.result.weightedTardiness;
    s.tardiness = shown.result.weightedTardiness;
    s.freshTardiness = fresh.result.weightedTardiness;
    s.repairedTardiness = repaired.result.weightedTardiness;
    s.repairedGap
        = 100.0 * (double(repaired.result.weightedCompletion) - best) / std::max(1.0, best);
    // Deadlines come first: a schedule earlier on deadlines than the unconstrained re-plan's
    // loses nothing to it, whatever their values.
    const bool earlier = shown.result.weightedTardiness < fresh.result.weightedTardiness;
    s.loss = earlier
        ? 0.0
        : 100.0 * (double(shown.result.weightedCompletion) - best) / std::max(1.0, best);
    return s;
}

// Spins the event loop until the live schedule has published the final schedule of the plan
// as it is now.
void settle(const LiveSchedule &live, const Plan &plan)
{
    while (!(live.snapshot().final && live.snapshot().generation == plan.generation())) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
}

// Initiatives other than `pinned` that start elsewhere in `after` than in `before`.
int othersMoved(const PlanSchedule &before, const PlanSchedule &after, InitiativeId pinned)
{
    int n = 0;
    for (const InitiativeSchedule &is : after.initiatives) {
        const InitiativeSchedule *was = before.find(is.id);
        n += is.id != pinned && was && is.start != was->start;
    }
    return n;
}

// The window's path on the sample: the sample opened and its schedule shown (the live schedule
// with the window's improvement budget), then each initiative the schedule places by itself
// pinned one quarter later through the edit facade, as the inspector or a dragged bar does;
// the others moved in the first answer and in the final one, against the schedule seen; then
// undone (which shows the schedule seen again).
void sampleInTheWindow()
{
    Plan plan(samplePlan());
    EditFacade edit(plan);
    LiveSchedule live(plan);
    live.refresh();
    settle(live, plan);
    const std::shared_ptr<const PlanSchedule> seen = live.current();
    std::vector<double> first, final;
    int worse = 0;
    QString webshop;
    for (const Initiative &i : plan.content().initiatives) {
        const InitiativeSchedule *is = seen->find(i.id);
        if (!is || !is->start || is->reason.kind == StartReason::Kind::Pin)
            continue;
        Initiative pinned = i;
        pinned.pin = *is->start + 1;
        std::shared_ptr<const PlanSchedule> firstAnswer;
        QMetaObject::Connection c = QObject::connect(
            &live, &LiveSchedule::updated, &live, [&firstAnswer, &plan](const ScheduleSnapshot &s) {
                if (!firstAnswer && s.generation == plan.generation())
                    firstAnswer = s.schedule;
            });
        edit.update(EntityValue(pinned));
        settle(live, plan);
        QObject::disconnect(c);
        first.push_back(othersMoved(*seen, *firstAnswer, i.id));
        final.push_back(othersMoved(*seen, *live.current(), i.id));
        // Later on deadlines than the repaired reference (the first answer): never wanted.
        worse += live.current()->result.weightedTardiness > firstAnswer->result.weightedTardiness;
        if (i.name == QLatin1String("Move the webshop to Shopify Plus"))
            webshop = QStringLiteral("%1 first, %2 final").arg(first.back()).arg(final.back());
        edit.undoStack()->undo();
        settle(live, plan);
    }
    print(QStringLiteral("| initiatives | edits | first answer: others moved median | p95 | max "
                         "| final: others moved median | p95 | max | later on deadlines than "
                         "the first | webshop +1 |"));
    print(QStringLiteral("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"));
    print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |")
              .arg(plan.content().initiatives.size())
              .arg(first.size())
              .arg(quantile(first, 0.5))
              .arg(quantile(first, 0.95))
              .arg(quantile(first, 1.0))
              .arg(quantile(final, 0.5))
              .arg(quantile(final, 0.95))
              .arg(quantile(final, 1.0))
              .arg(worse)
              .arg(webshop));
}

// The edits that moved most beyond what they forced, and those that lost most value.
void printDetails(std::vector<Sample> samples)
{
    auto list = [&samples](const QString &title, double Sample::*by) {
        std::stable_sort(samples.begin(), samples.end(),
            [by](const Sample &a, const Sample &b) { return a.*by > b.*by; });
        print(title);
        for (size_t k = 0; k < std::min<size_t>(8, samples.size()); ++k) {
            const Sample &s = samples[k];
            print(QStringLiteral("  edit %1: moved %2, forced %3, beyond %4, value loss %5 %, "
                                 "late on deadlines %6 (unconstrained %7, repaired reference %8, "
                                 "its value %9 % below the best)")
                      .arg(s.edit)
                      .arg(s.moved)
                      .arg(s.forced)
                      .arg(s.beyond)
                      .arg(s.loss, 0, 'f', 2)
                      .arg(s.tardiness)
                      .arg(s.freshTardiness)
                      .arg(s.repairedTardiness)
                      .arg(s.repairedGap, 0, 'f', 2));
        }
    };
    list(QStringLiteral("most moved beyond forced:"), &Sample::beyond);
    list(QStringLiteral("most value lost:"), &Sample::loss);
}

} // namespace

int runStabilityBench(const StabilityOptions &options)
{
    if (options.sample) {
        sampleInTheWindow();
        return 0;
    }
    print(QStringLiteral("| initiatives | edits | moved median | moved p95 | beyond forced median "
                         "| beyond forced p95 | value loss median | value loss p95 | first answer "
                         "median | first answer p95 | later on deadlines |"));
    print(QStringLiteral("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
    for (const int size : options.sizes) {
        GenerateOptions g;
        g.initiatives = size;
        g.seed = options.seed;
        g.horizon = 24;
        g.shape
            = options.longShape ? GenerateOptions::Shape::Long : GenerateOptions::Shape::Classic;
        PlanContent plan = generateRoadmap(g);
        // The schedule the user saw: the window's, after its whole improvement.
        SchedulerOptions o;
        o.timeBudgetMs = LiveSchedule::DefaultImprovementBudgetMs;
        if (options.maxSchedules > 0) { // (five times the re-plans')
            o.timeBudgetMs = 0;
            o.maxSchedules = 5 * options.maxSchedules;
        }
        const PlanSchedule base = schedulePlan(plan, o);
        plan.reference = referenceStarts(base);
        std::mt19937_64 rng(options.seed * 7919 + quint64(size));
        std::vector<double> moved, beyond, loss, first;
        std::vector<Sample> samples;
        int done = 0, worse = 0;
        QHash<QString, int> kinds;
        while (done < options.edits) {
            PlanContent edited = plan;
            const QString kind = edit(edited, base, rng);
            if (kind == QLatin1String("none"))
                continue;
            ++kinds[kind];
            Sample s = measure(edited, options, options.seed + quint64(done));
            s.edit = QStringLiteral("%1 %2").arg(done + 1).arg(kind);
            samples.push_back(s);
            moved.push_back(s.moved);
            beyond.push_back(s.beyond);
            loss.push_back(s.loss);
            first.push_back(s.firstMs);
            worse += s.worse;
            ++done;
        }
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 % | %8 % | %9 ms | %10 ms | %11 |")
                  .arg(size)
                  .arg(done)
                  .arg(quantile(moved, 0.5))
                  .arg(quantile(moved, 0.95))
                  .arg(quantile(beyond, 0.5))
                  .arg(quantile(beyond, 0.95))
                  .arg(quantile(loss, 0.5), 0, 'f', 2)
                  .arg(quantile(loss, 0.95), 0, 'f', 2)
                  .arg(quantile(first, 0.5), 0, 'f', 1)
                  .arg(quantile(first, 0.95), 0, 'f', 1)
                  .arg(worse));
        if (options.details)
            printDetails(samples);
    }
    return 0;
}

} // namespace Cairn::Bench
