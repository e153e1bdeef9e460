#include "core/analysis/plananalysis.h"
#include "core/domain/plan.h"
#include "core/domain/planvalidator.h"
#include "core/schedule/planscheduler.h"
#include "core/schedule/schedulefixes.h"
#include "core/schedule/schedulemoves.h"
#include "core/store/sampleplan.h"
#include "tests/bench/generateplan.h"
#include "tests/core/schedulecheck.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>

#include <climits>

using namespace Cairn;

namespace {
SchedulerOptions quick()
{
    SchedulerOptions o;
    o.timeBudgetMs = 0;
    o.maxSchedules = 3000;
    return o;
}

// A plan with a team of 2 FTE and a budget of 100k per quarter, starting 2027 Q1.
PlanContent basePlan()
{
    PlanContent p;
    p.info.name = QStringLiteral("Test");
    p.info.firstQuarter = Quarter(2027, 1);
    p.info.horizon = 8;
    p.resources.push_back(
        {ResourceId {1}, QStringLiteral("Team"), ResourceKind::Team, 200, {}, {}});
    p.resources.push_back(
        {ResourceId {2}, QStringLiteral("Budget"), ResourceKind::Budget, 10000000, {}, {}});
    p.nextId = 100;
    return p;
}

SchedulerOptions thorough()
{
    SchedulerOptions o;
    o.timeBudgetMs = 0;
    o.maxSchedules = 20000;
    return o;
}

Initiative *named(PlanContent &plan, const QString &name)
{
    for (Initiative &i : plan.initiatives)
        if (i.name == name)
            return &i;
    return nullptr;
}

// A finish-to-start link between two initiatives the schedule places, the successor waiting.
Dependency tightLink(const PlanContent &plan, const PlanSchedule &s)
{
    for (const Dependency &d : plan.dependencies) {
        const InitiativeSchedule *a = s.find(d.predecessor), *b = s.find(d.successor);
        if (d.type == DependencyType::FinishToStart && a && b && a->start && b->start
            && b->reason.kind == StartReason::Kind::Predecessor)
            return d;
    }
    return {};
}

Initiative initiative(qint64 id, const QString &name, int duration, qint64 team = 100)
{
    Initiative i;
    i.id = InitiativeId {id};
    i.name = name;
    i.duration = duration;
    i.demand.insert(ResourceId {1}, team);
    return i;
}
} // namespace

class tst_PlanScheduler : public QObject {
    Q_OBJECT

private slots:
    void longShapePlansHaveTheHeldOutShape_data()
    {
        QTest::addColumn<int>("initiatives");
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 6; ++seed)
            QTest::addRow("seed %d", seed) << 40 + 12 * seed << seed;
    }
    void longShapePlansHaveTheHeldOutShape()
    {
        // cairn-bench exact --shape long: 24-31 quarters, a budget growing ~6 % a year and two
        // teams, links with lags 0-1, values 1-100, and ends of support some schedule meets.
        QFETCH(int, initiatives);
        QFETCH(int, seed);
        Bench::GenerateOptions g;
        g.initiatives = initiatives;
        g.seed = quint64(seed);
        g.shape = Bench::GenerateOptions::Shape::Long;
        const PlanContent plan = Bench::generateRoadmap(g);
        QCOMPARE(int(plan.initiatives.size()), initiatives);
        QVERIFY(plan.info.horizon >= 24 && plan.info.horizon <= 31);
        QCOMPARE(int(plan.resources.size()), 3);
        const Resource &budget = plan.resources[0];
        QCOMPARE(budget.kind, ResourceKind::Budget);
        const double growth = double(budget.capacityIn(plan.info.firstQuarter + 20))
            / double(budget.capacityIn(plan.info.firstQuarter));
        QVERIFY2(growth > 1.06 * 1.06 * 1.06 * 1.06 * 1.06 * 0.97 && growth < 1.4,
            qPrintable(QString::number(growth)));
        for (const Dependency &d : plan.dependencies)
            QVERIFY(d.lag >= 0 && d.lag <= 1);
        for (const Initiative &i : plan.initiatives)
            QVERIFY(i.value >= 1 && i.value <= 100);
        const PlanSchedule s = schedulePlan(plan, thorough());
        int deadlines = 0;
        for (const auto &a : s.mapping.problem.activities)
            deadlines += a.deadline ? 1 : 0;
        QVERIFY2(deadlines * 100 >= 5 * initiatives && deadlines * 100 <= 40 * initiatives,
            qPrintable(QString::number(deadlines)));
        QCOMPARE(s.result.weightedTardiness, qint64(0));
    }

    void deadlineComesFromEndOfSupport()
    {
        PlanContent p = basePlan();
        System erp {SystemId {10}, QStringLiteral("ERP"), {}, {}, {}, 5, 2, Money(),
            LifecyclePhase::Active, TimeDisposition::Migrate, Quarter(2027, 3), {}};
        p.systems.push_back(erp);
        p.initiatives.push_back(initiative(20, QStringLiteral("Upgrade ERP"), 2));
        p.impacts.push_back({InitiativeId {20}, SystemId {10}, SystemEffect::Upgrades});
        // An unrelated, more valuable initiative that would otherwise go first.
        Initiative shiny = initiative(21, QStringLiteral("Shiny"), 2, 200);
        shiny.value = 100;
        shiny.confidence = 100;
        p.initiatives.push_back(shiny);
        p.initiatives[0].value = 1;
        p.initiatives[0].demand[ResourceId {1}] = 200;

        const PlanSchedule s = schedulePlan(p, quick());
        const InitiativeSchedule *up = s.find(InitiativeId {20});
        QVERIFY(up);
        QCOMPARE(up->deadline, std::optional<Quarter>(Quarter(2027, 3)));
        QCOMPARE(up->deadlineSystem, std::optional<SystemId>(SystemId {10}));
        QCOMPARE(up->start, std::optional<Quarter>(Quarter(2027, 1)));
        QCOMPARE(up->finish, std::optional<Quarter>(Quarter(2027, 2)));
        QVERIFY(!up->late);
        QCOMPARE(s.find(InitiativeId {21})->start, std::optional<Quarter>(Quarter(2027, 3)));
        QVERIFY(s.problems.isEmpty());

        // An explicit deadline wins over the end of support.
        p.initiatives[0].deadline = Quarter(2027, 4);
        const PlanSchedule t = schedulePlan(p, quick());
        QCOMPARE(t.find(InitiativeId {20})->deadline, std::optional<Quarter>(Quarter(2027, 4)));
        QVERIFY(!t.find(InitiativeId {20})->deadlineSystem);
    }

    void missedEndOfSupportNamesTheSystemAndChain()
    {
        PlanContent p = basePlan();
        p.systems.push_back({SystemId {10}, QStringLiteral("Old DB"), {}, {}, {}, 5, 2, Money(),
            LifecyclePhase::Active, TimeDisposition::Migrate, Quarter(2027, 2), {}});
        p.initiatives.push_back(initiative(20, QStringLiteral("Prepare"), 2));
        p.initiatives.push_back(initiative(21, QStringLiteral("Migrate DB"), 1));
        p.dependencies.push_back(
            {InitiativeId {20}, InitiativeId {21}, DependencyType::FinishToStart, 0});
        p.impacts.push_back({InitiativeId {21}, SystemId {10}, SystemEffect::Replaces});
        const PlanSchedule s = schedulePlan(p, quick());
        QCOMPARE(s.problems.size(), 1);
        const PlanScheduleProblem &problem = s.problems.first();
        QCOMPARE(problem.kind, PlanScheduleProblem::Kind::DeadlineMissed);
        QCOMPARE(problem.initiatives, (QList<InitiativeId> {InitiativeId {20}, InitiativeId {21}}));
        QCOMPARE(problem.system, std::optional<SystemId>(SystemId {10}));
        QVERIFY2(problem.message.contains(QStringLiteral("“Old DB”"))
                && problem.message.contains(QStringLiteral("“Prepare”"))
                && problem.message.contains(QStringLiteral("2027 Q3")),
            qPrintable(problem.message));
        QVERIFY(s.find(InitiativeId {21})->late);
    }

    void doneDroppedAndInProgress()
    {
        PlanContent p = basePlan();
        p.initiatives.push_back(initiative(20, QStringLiteral("Finished"), 3));
        p.initiatives.back().status = InitiativeStatus::Done;
        p.initiatives.push_back(initiative(21, QStringLiteral("Abandoned"), 3));
        p.initiatives.back().status = InitiativeStatus::Dropped;
        p.initiatives.push_back(initiative(22, QStringLiteral("Follow-up"), 1));
        p.initiatives.push_back(initiative(23, QStringLiteral("Running"), 2));
        p.initiatives.back().status = InitiativeStatus::InProgress;
        p.initiatives.back().earliestStart = Quarter(2027, 3); // ignored: it already runs
        p.dependencies.push_back(
            {InitiativeId {20}, InitiativeId {22}, DependencyType::FinishToStart, 0});
        p.dependencies.push_back(
            {InitiativeId {21}, InitiativeId {22}, DependencyType::FinishToStart, 0});
        const PlanSchedule s = schedulePlan(p, quick());
        QVERIFY(!s.find(InitiativeId {20})->start);
        QVERIFY(!s.find(InitiativeId {21})->start);
        QVERIFY(s.find(InitiativeId {20})->why.contains(QStringLiteral("Done")));
        QCOMPARE(s.find(InitiativeId {22})->start, std::optional<Quarter>(Quarter(2027, 1)));
        QCOMPARE(s.find(InitiativeId {23})->start, std::optional<Quarter>(Quarter(2027, 1)));
        QVERIFY(s.find(InitiativeId {23})->why.contains(QStringLiteral("in progress")));
        QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message));
    }

    void costIsSpreadOverTheBudget()
    {
        PlanContent p = basePlan();
        Initiative big = initiative(20, QStringLiteral("Big"), 2, 0);
        big.cost = Money(15000000); // 150k over 2 quarters: 75k a quarter fits 100k
        p.initiatives.push_back(big);
        Initiative other = initiative(21, QStringLiteral("Other"), 1, 0);
        other.cost = Money(5000000); // 50k: does not fit beside 75k
        p.initiatives.push_back(other);
        const PlanProblemMapping map = mapPlan(p);
        QCOMPARE(map.problem.activities[0].demand[1], qint64(7500000));
        QCOMPARE(map.problem.activities[1].demand[1], qint64(5000000));
        const PlanSchedule s = schedulePlan(p, quick());
        const auto a = s.find(InitiativeId {20}), b = s.find(InitiativeId {21});
        QVERIFY(*b->start > *a->finish || *a->start > *b->finish);
        const InitiativeSchedule *later = *a->start > *b->start ? a : b;
        QCOMPARE(later->reason.kind, StartReason::Kind::Resource);
        QVERIFY2(later->why.contains(QStringLiteral("Budget is full in 2027 Q1")),
            qPrintable(later->why));
    }

    void cycleIsNamedAndTheRestScheduled()
    {
        PlanContent p = basePlan();
        p.initiatives.push_back(initiative(20, QStringLiteral("Alpha"), 1));
        p.initiatives.push_back(initiative(21, QStringLiteral("Beta"), 1));
        p.initiatives.push_back(initiative(22, QStringLiteral("Gamma"), 1));
        p.dependencies.push_back({InitiativeId {20}, InitiativeId {21}});
        p.dependencies.push_back({InitiativeId {21}, InitiativeId {20}});
        const PlanSchedule s = schedulePlan(p, quick());
        QCOMPARE(s.problems.size(), 1);
        QCOMPARE(s.problems.first().kind, PlanScheduleProblem::Kind::Cycle);
        QVERIFY(s.problems.first().message.contains(QStringLiteral("“Alpha” → “Beta” → “Alpha”")));
        QVERIFY(!s.find(InitiativeId {20})->start);
        QVERIFY(s.find(InitiativeId {22})->start);
    }

    void namesAreQuotedAsTheLanguageQuotes_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France);
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
    }

    // A problem names initiatives in the quotation marks of the interface's language, as every
    // other message does (the scheduler wrote English quotes in French and German).
    void namesAreQuotedAsTheLanguageQuotes()
    {
        QFETCH(QLocale, locale);
        const QLocale before;
        QLocale::setDefault(locale);
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        PlanContent p = basePlan();
        p.initiatives.push_back(initiative(20, QStringLiteral("Alpha"), 1));
        p.initiatives.push_back(initiative(21, QStringLiteral("Beta"), 1));
        p.dependencies.push_back({InitiativeId {20}, InitiativeId {21}});
        p.dependencies.push_back({InitiativeId {21}, InitiativeId {20}});
        const PlanSchedule s = schedulePlan(p, quick());
        QCOMPARE(s.problems.size(), 1);
        const QString message = s.problems.first().message;
        QVERIFY2(
            message.contains(locale.quoteString(QStringLiteral("Alpha"))), qPrintable(message));
    }

    void cyclesSharingInitiativesAreLeftOutWhole()
    {
        // Issue 21's reproduction: four links added to the sample make the first four
        // initiatives one circle of dependencies (Windows Server ⇄ Active Directory, and
        // Windows Server → VMware → MFA → Windows Server). Scheduling crashed: only the named
        // cycle was left out, not the whole group.
        PlanContent plan = samplePlan();
        auto idOf = [&plan](const QString &start) {
            for (const Initiative &i : plan.initiatives)
                if (i.name.startsWith(start))
                    return i.id;
            return InitiativeId {};
        };
        const InitiativeId windows = idOf(QStringLiteral("Move servers to Windows Server"));
        const InitiativeId ad = idOf(QStringLiteral("Raise Active Directory"));
        const InitiativeId mfa = idOf(QStringLiteral("Multi-factor sign-in"));
        const InitiativeId vmware = idOf(QStringLiteral("Replace VMware"));
        QVERIFY(windows.value && ad.value && mfa.value && vmware.value);
        plan.dependencies.push_back({ad, windows, DependencyType::FinishToStart, 0});
        plan.dependencies.push_back({vmware, mfa, DependencyType::FinishToStart, 0});
        plan.dependencies.push_back({mfa, vmware, DependencyType::FinishToStart, 0});
        plan.dependencies.push_back({mfa, windows, DependencyType::FinishToStart, 0});

        const PlanSchedule s = schedulePlan(plan, quick());
        QList<PlanScheduleProblem> cycles;
        for (const PlanScheduleProblem &p : s.problems)
            if (p.kind == PlanScheduleProblem::Kind::Cycle)
                cycles << p;
        QCOMPARE(cycles.size(), 1);
        QList<InitiativeId> named = cycles.first().initiatives;
        std::sort(named.begin(), named.end());
        QList<InitiativeId> group {windows, ad, mfa, vmware};
        std::sort(group.begin(), group.end());
        QCOMPARE(named, group);
        for (InitiativeId id : group)
            QVERIFY(!s.find(id)->start);
        for (const InitiativeSchedule &is : s.initiatives)
            QVERIFY(is.start.has_value() != group.contains(is.id)); // the rest is scheduled
        for (const InitiativeId id : group) {
            const QString name = QStringLiteral("“%1”").arg(plan.initiative(id)->name);
            QVERIFY2(cycles.first().message.contains(name), qPrintable(cycles.first().message));
        }

        // cairn check names the same circle, with the same members in the same order.
        QList<PlanIssue> checked;
        for (const PlanIssue &issue : validatePlan(plan))
            if (issue.code == PlanIssue::Code::DependencyCycle)
                checked << issue;
        QCOMPARE(checked.size(), 1);
        QList<qint64> scheduleIds;
        for (InitiativeId id : cycles.first().initiatives)
            scheduleIds << id.value;
        QCOMPARE(checked.first().involved, scheduleIds);
    }

    void extremeValuesAreClampedAndNamed_data()
    {
        // Values a plan file can hold (issue 21 item 2), whatever the loader makes of them: the
        // schedule and the figures stay bounded and defined (UBSan: no signed overflow), and
        // what the scheduler cannot use is clamped and named.
        QTest::addColumn<QString>("field");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("clamped");
        QTest::newRow("duration 2e9")
            << QStringLiteral("duration") << qint64(2'000'000'000) << true;
        QTest::newRow("duration -1e12 through 32 bits")
            << QStringLiteral("duration") << qint64(int(qint64(-1'000'000'000'000) & 0xffffffff))
            << true;
        QTest::newRow("lag 1e9") << QStringLiteral("lag") << qint64(1'000'000'000) << true;
        QTest::newRow("lag -1e9") << QStringLiteral("lag") << qint64(-1'000'000'000) << true;
        QTest::newRow("horizon 2^31-1") << QStringLiteral("horizon") << qint64(INT_MAX) << true;
        QTest::newRow("horizon 1e6") << QStringLiteral("horizon") << qint64(1'000'000) << true;
        QTest::newRow("horizon negative") << QStringLiteral("horizon") << qint64(INT_MIN) << false;
        QTest::newRow("cost INT64_MAX") << QStringLiteral("cost") << qint64(LLONG_MAX) << true;
        QTest::newRow("demand INT64_MAX") << QStringLiteral("demand") << qint64(LLONG_MAX) << true;
        QTest::newRow("capacity INT64_MAX")
            << QStringLiteral("capacity") << qint64(LLONG_MAX) << false;
        QTest::newRow("capacity negative")
            << QStringLiteral("capacity") << qint64(LLONG_MIN) << false;
        QTest::newRow("criticality 1000") << QStringLiteral("criticality") << qint64(1000) << false;
        QTest::newRow("criticality 2^31-1")
            << QStringLiteral("criticality") << qint64(INT_MAX) << true;
        QTest::newRow("annual run cost INT64_MAX")
            << QStringLiteral("runCost") << qint64(LLONG_MAX) << false;
        QTest::newRow("value 2^31-1") << QStringLiteral("value") << qint64(INT_MAX) << false;
        QTest::newRow("strength 2^31-1") << QStringLiteral("strength") << qint64(INT_MAX) << false;
        QTest::newRow("earliest start +2^31-1")
            << QStringLiteral("earliestStart") << qint64(INT_MAX) << true;
        QTest::newRow("pin +1e9") << QStringLiteral("pin") << qint64(1'000'000'000) << true;
        QTest::newRow("pin -1e9") << QStringLiteral("pin") << qint64(-1'000'000'000) << true;
        QTest::newRow("deadline -2^31") << QStringLiteral("deadline") << qint64(INT_MIN) << true;
    }
    void extremeValuesAreClampedAndNamed()
    {
        QFETCH(QString, field);
        QFETCH(qint64, value);
        QFETCH(bool, clamped);
        PlanContent plan = samplePlan();
        Initiative &first = plan.initiatives.front();
        const Quarter start = plan.info.firstQuarter;
        auto quarterAt = [&start](qint64 offset) {
            return Quarter::fromOrdinal(
                int(std::clamp<qint64>(qint64(start.ordinal()) + offset, INT_MIN, INT_MAX)));
        };
        if (field == QLatin1String("duration"))
            first.duration = int(value);
        else if (field == QLatin1String("lag"))
            plan.dependencies.front().lag = int(value);
        else if (field == QLatin1String("horizon"))
            plan.info.horizon = int(value);
        else if (field == QLatin1String("cost"))
            first.cost = Money(value);
        else if (field == QLatin1String("demand"))
            first.demand.insert(plan.resources.back().id, value);
        else if (field == QLatin1String("capacity"))
            for (Resource &r : plan.resources)
                r.defaultCapacity = value;
        else if (field == QLatin1String("criticality"))
            for (System &sys : plan.systems)
                sys.criticality = int(value);
        else if (field == QLatin1String("runCost"))
            for (System &sys : plan.systems)
                sys.annualRunCost = Money(value);
        else if (field == QLatin1String("value"))
            for (Initiative &i : plan.initiatives)
                i.value = int(value);
        else if (field == QLatin1String("strength"))
            for (GoalContribution &c : plan.contributions)
                c.strength = int(value);
        else if (field == QLatin1String("earliestStart"))
            first.earliestStart = quarterAt(value);
        else if (field == QLatin1String("pin"))
            first.pin = quarterAt(value);
        else if (field == QLatin1String("deadline"))
            first.deadline = quarterAt(value);
        else
            QFAIL("unknown field");

        SchedulerOptions o = quick();
        o.maxSchedules = 300;
        const PlanSchedule s = schedulePlan(plan, o);
        QCOMPARE(s.initiatives.size(), plan.initiatives.size());
        const bool hasClamp
            = std::any_of(s.problems.begin(), s.problems.end(), [](const PlanScheduleProblem &p) {
                  return p.kind == PlanScheduleProblem::Kind::ValueClamped && !p.message.isEmpty();
              });
        QCOMPARE(hasClamp, clamped);
        for (const PlanScheduleProblem &p : s.problems)
            QVERIFY(!p.message.isEmpty());
        // Bounded: nothing runs past the scheduler's periods, usage stays within them.
        for (const auto &a : s.result.activities)
            QVERIFY(!a.start || a.finish <= ScheduleProblem::kMaxPeriods);
        for (const auto &row : s.result.usage)
            QVERIFY(row.size() <= size_t(ScheduleProblem::kMaxPeriods));
        for (const InitiativeSchedule &is : s.initiatives)
            QVERIFY(!is.why.isEmpty());

        const PlanAnalysis a = analysePlan(plan, s);
        QVERIFY(a.quarters >= 1 && a.quarters <= ScheduleProblem::kMaxPeriod);
        for (const ResourceLoad &load : a.loads)
            for (int q = 0; q < a.quarters; ++q) {
                QVERIFY(load.demand[size_t(q)] >= 0);
                (void)load.utilisationPercent(q);
            }
        for (const auto &[year, amount] : a.spendByYear())
            QVERIFY(amount >= 0);
        for (qint64 v : a.runCostAsIs)
            QVERIFY(v >= 0);
        for (const GoalCoverage &c : a.coverage)
            QVERIFY(c.value >= 0 && c.spend >= 0);
    }

    void everyMissedEndOfSupportGetsAFixThatMeetsIt()
    {
        // Issue 20: each fix is verified by scheduling the changed plan; applied, it meets the
        // end of support (or the deadline) it was proposed for.
        const PlanContent plan = samplePlan();
        const PlanSchedule s = schedulePlan(plan, quick());
        int missed = 0;
        for (const PlanScheduleProblem &p : s.problems) {
            if (p.kind != PlanScheduleProblem::Kind::DeadlineMissed || !p.system)
                continue;
            ++missed;
            const std::vector<ScheduleFix> fixes = proposeFixes(plan, s, p);
            QVERIFY2(!fixes.empty(), qPrintable(p.message));
            for (const ScheduleFix &fix : fixes) {
                QVERIFY(!fix.description.isEmpty());
                QCOMPARE(fix.lateAfter, 0);
                SchedulerOptions o;
                o.timeBudgetMs = 0;
                o.maxSchedules = FixOptions().schedulesPerCheck;
                const PlanSchedule after = schedulePlan(fix.applyTo(plan), o);
                const InitiativeSchedule *is = after.find(p.initiatives.last());
                QVERIFY2(is && is->start, qPrintable(fix.description));
                const PlanContent changed = fix.applyTo(plan);
                const Quarter due = *changed.system(*p.system)->endOfSupport;
                QVERIFY2(*is->finish <= due, qPrintable(fix.description));
            }
        }
        QVERIFY(missed >= 3);
    }

    void fixesOfAnInitiativeThatCannotBePlaced()
    {
        // 3 FTE a quarter against a team of 2: more of the team in its quarters places it.
        PlanContent p = basePlan();
        p.initiatives.push_back(initiative(20, QStringLiteral("Too big"), 2, 300));
        const PlanSchedule s = schedulePlan(p, quick());
        QCOMPARE(s.problems.size(), 1);
        const std::vector<ScheduleFix> fixes = proposeFixes(p, s, s.problems.first());
        QCOMPARE(fixes.size(), size_t(1));
        QCOMPARE(fixes.front().kind, ScheduleFix::Kind::ExtraCapacity);
        QCOMPARE(fixes.front().amount, qint64(100));
        QCOMPARE(
            fixes.front().quarters, (std::vector<Quarter> {Quarter(2027, 1), Quarter(2027, 2)}));
        QVERIFY2(
            fixes.front().description.contains(QStringLiteral("Add 1 FTE to Team in 2027 Q1–Q2")),
            qPrintable(fixes.front().description));
        const PlanSchedule after = schedulePlan(fixes.front().applyTo(p), quick());
        QVERIFY(after.find(InitiativeId {20})->start);
    }

    void sampleGivesEveryInitiativeAQuarterAndAReason()
    {
        const PlanContent plan = samplePlan();
        SchedulerOptions o;
        o.timeBudgetMs = 0;
        o.maxSchedules = 20000;
        const PlanSchedule s = schedulePlan(plan, o);
        QCOMPARE(s.initiatives.size(), plan.initiatives.size());
        for (const InitiativeSchedule &is : s.initiatives) {
            const Initiative *i = plan.initiative(is.id);
            QVERIFY2(is.start.has_value(), qPrintable(i->name));
            QVERIFY2(!is.why.isEmpty() && is.why.endsWith(QLatin1Char('.')),
                qPrintable(i->name + QLatin1String(": ") + is.why));
            QVERIFY(*is.start >= plan.info.firstQuarter);
        }
        QVERIFY(Test::violation(s.mapping.problem, Test::startsOf(s.result)).isEmpty());
        // The sample stays within its horizon and names its out-of-support risks.
        for (const PlanScheduleProblem &p : s.problems)
            QVERIFY2(p.kind == PlanScheduleProblem::Kind::DeadlineMissed, qPrintable(p.message));
    }

    // The schedule planned from its own reference is the same schedule: a reopened plan shows
    // the dates it was saved with.
    void referenceScheduleIsReproduced()
    {
        PlanContent plan = samplePlan();
        const PlanSchedule before = schedulePlan(plan, thorough());
        plan.reference = referenceStarts(before);
        QCOMPARE(plan.reference.size(), plan.initiatives.size());
        const PlanSchedule again = schedulePlan(plan, thorough());
        QCOMPARE(again.result.moved, 0);
        for (const InitiativeSchedule &is : again.initiatives) {
            QCOMPARE(is.start, before.find(is.id)->start);
            QVERIFY(!is.moved());
        }
    }

    // Issue 14: pinning "Security awareness programme" three quarters later moves at most two
    // other initiatives (20 before calm re-planning), and each that moved says from where.
    void pinningMovesFewOthers()
    {
        PlanContent plan = samplePlan();
        const PlanSchedule before = schedulePlan(plan, thorough());
        plan.reference = referenceStarts(before);
        Initiative *security = named(plan, QStringLiteral("Security awareness programme"));
        QVERIFY(security);
        const Quarter pin = *before.find(security->id)->start + 3;
        security->pin = pin;
        const PlanSchedule after = schedulePlan(plan, thorough());
        QCOMPARE(after.find(security->id)->start, std::optional<Quarter>(pin));
        const std::vector<ScheduleMove> moves = scheduleMoves(before, after, plan);
        QVERIFY2(moves.size() <= 2, qPrintable(describeMoves(moves, plan, 40)));
        for (const ScheduleMove &m : moves) {
            QVERIFY(m.id != security->id);
            QVERIFY(after.find(m.id)->moved());
            QVERIFY2(
                after.find(m.id)->why.contains(m.from.label()), qPrintable(after.find(m.id)->why));
        }
        QCOMPARE(after.result.weightedTardiness, before.result.weightedTardiness);
        // Without the reference the same edit re-plans freely.
        plan.reference.clear();
        const PlanSchedule fresh = schedulePlan(plan, thorough());
        qInfo("moved: calm %d, fresh %d", int(moves.size()),
            int(scheduleMoves(before, fresh, plan).size()));
    }

    // A small edit moves what it must, even when the search finds a schedule a little better than
    // the reference itself (a better search does that after any edit): only a reference far from
    // the best (more than SchedulerOptions::calmReach) lets the re-plan move more to gain value.
    // Eleven one-quarter initiatives that each need the whole team, in 2027 Q1 ... 2029 Q3 as
    // last seen, "X" first although it is worth a little less than the others (the best puts it
    // last); the edit pins the last one a quarter later, into a free quarter.
    void aSmallEditMovesFewWhenTheSearchFindsBetter_data()
    {
        QTest::addColumn<int>("xValue"); // the others are worth 20
        QTest::addColumn<bool>("kept"); // the reference as it was, but for the pin
        // The reference 0.68 % from the best after the edit (0.5 % tolerance; any search finds
        // the best): kept, where the tolerance from the best found alone moved 4.
        QTest::newRow("reference a little worse: kept") << 19 << true;
        // 15 % from the best: re-planned to within the reach and the tolerance of the best.
        QTest::newRow("reference far worse: re-planned") << 1 << false;
    }

    void aSmallEditMovesFewWhenTheSearchFindsBetter()
    {
        QFETCH(int, xValue);
        QFETCH(bool, kept);
        PlanContent plan = basePlan();
        plan.info.horizon = 12;
        for (int k = 0; k < 11; ++k) {
            Initiative i = initiative(20 + k, QStringLiteral("I%1").arg(k), 1, 200);
            i.name = k == 0 ? QStringLiteral("X") : i.name;
            i.value = k == 0 ? xValue : 20;
            plan.initiatives.push_back(i);
            plan.reference.push_back({i.id, Quarter(2027, 1) + k});
        }
        plan.initiatives.back().pin = Quarter(2027, 1) + 11;
        PlanContent unconstrained = plan;
        unconstrained.reference.clear();
        const PlanSchedule fresh = schedulePlan(unconstrained, thorough());
        const PlanSchedule calm = schedulePlan(plan, thorough());
        // The reference's own value after the edit, and the best found: further apart than the
        // tolerance (so the rule of the best found alone would move initiatives).
        qint64 reference = 0;
        for (const ScheduleProblem::Activity &a : calm.mapping.problem.activities)
            reference += a.weight * (a.pin.value_or(a.reference.value_or(0)) + a.duration);
        const qint64 best = fresh.result.weightedCompletion;
        qInfo("value: reference %lld, best %lld (%.2f %%), calm %lld; moved %d", reference, best,
            100.0 * double(reference - best) / double(best), calm.result.weightedCompletion,
            calm.result.moved);
        QVERIFY(double(reference) > double(best) * (1 + SchedulerOptions().calmTolerance));
        const std::vector<ScheduleMove> moved = movesFromReference(calm, plan);
        QCOMPARE(calm.result.moved, int(moved.size()));
        if (kept)
            QVERIFY2(moved.empty(), qPrintable(describeMoves(moved, plan, 11)));
        else
            QVERIFY(!moved.empty());
        // Never further from the best than the reach and the tolerance together.
        const SchedulerOptions o;
        QVERIFY(double(calm.result.weightedCompletion)
            <= double(best) * (1 + o.calmReach) * (1 + o.calmTolerance));
        QCOMPARE(calm.result.weightedTardiness, fresh.result.weightedTardiness);
    }

    // A re-plan that must catch up with a much better schedule (the reference far from it) still
    // gives up what the tolerance allows to move fewer initiatives than that best schedule does.
    // The reference: a long-shape plan's fast-pass schedule; the re-plan: the same plan with a
    // full search. The search keeps the calmest acceptable schedules it meets; those of early on
    // that the improving best left behind crowded out every later one (and the answer was the
    // best itself, moving everything it moves).
    void catchingUpMovesFewerThanTheBest_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 4; ++seed)
            QTest::addRow("seed %d", seed) << seed;
    }

    void catchingUpMovesFewerThanTheBest()
    {
        QFETCH(int, seed);
        Bench::GenerateOptions g;
        g.initiatives = 50;
        g.seed = quint64(seed);
        g.shape = Bench::GenerateOptions::Shape::Long;
        PlanContent plan = Bench::generateRoadmap(g);
        SchedulerOptions fast;
        fast.improve = false;
        const PlanSchedule first = schedulePlan(plan, fast);
        plan.reference = referenceStarts(first);
        const PlanSchedule calm = schedulePlan(plan, thorough());
        SchedulerOptions bestOnly = thorough(); // the same search, the best schedule it finds
        bestOnly.calmTolerance = 0;
        bestOnly.calmReach = 0;
        const PlanSchedule best = schedulePlan(plan, bestOnly);
        const double reference = double(first.result.weightedCompletion);
        const double far = double(best.result.weightedCompletion) * (1 + thorough().calmReach)
            * (1 + thorough().calmTolerance);
        QVERIFY2(reference > far, "the reference is not far from the best: nothing to catch up");
        qInfo("moved: calm %d, best %d; value: calm %lld, best %lld", calm.result.moved,
            best.result.moved, calm.result.weightedCompletion, best.result.weightedCompletion);
        QCOMPARE(calm.result.weightedTardiness, best.result.weightedTardiness);
        QVERIFY(double(calm.result.weightedCompletion) <= far);
        QVERIFY(calm.result.moved < best.result.moved);
    }

    // A move says its true reason: an initiative moved earlier went into room that came free
    // (and names the move that freed it), never "full"; one moved later waits for what is full.
    // Three initiatives that each need the whole team, in 2027 Q1, Q2 and Q3 as last seen.
    void aMoveSaysItsTrueReason_data()
    {
        QTest::addColumn<QString>("pinned");
        QTest::addColumn<int>("pinTo"); // quarters after 2027 Q1
        QTest::addColumn<int>("moves"); // others moved
        QTest::addColumn<QString>("mover");
        QTest::addColumn<int>("moverTo");
        QTest::addColumn<QString>("why"); // in the mover's explanation
        QTest::addColumn<QString>("reason"); // in the status line's short reason
        QTest::newRow("pinned later: the last one takes the room it left")
            << QStringLiteral("A") << 2 << 1 << QStringLiteral("C") << 0
            << QStringLiteral("Moved from 2027 Q3 to 2027 Q1: room came free when “A” moved.")
            << QStringLiteral("room freed by “A”");
        QTest::newRow("pinned earlier: the first one waits for the team")
            << QStringLiteral("C") << 0 << 1 << QStringLiteral("A") << 2
            << QStringLiteral("Moved from 2027 Q1 to 2027 Q3: Waits for capacity")
            << QStringLiteral("“Team” is full");
    }

    void aMoveSaysItsTrueReason()
    {
        QFETCH(QString, pinned);
        QFETCH(int, pinTo);
        QFETCH(int, moves);
        QFETCH(QString, mover);
        QFETCH(int, moverTo);
        QFETCH(QString, why);
        QFETCH(QString, reason);
        PlanContent plan = basePlan();
        const QStringList names {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        for (int k = 0; k < 3; ++k) {
            plan.initiatives.push_back(initiative(20 + k, names[k], 1, 200));
            plan.reference.push_back({InitiativeId {20 + k}, Quarter(2027, 1) + k});
        }
        named(plan, pinned)->pin = Quarter(2027, 1) + pinTo;
        const PlanSchedule after = schedulePlan(plan, thorough());
        const std::vector<ScheduleMove> moved = movesFromReference(after, plan);
        QVERIFY2(int(moved.size()) == moves, qPrintable(describeMoves(moved, plan, 5)));
        const InitiativeSchedule *is = after.find(named(plan, mover)->id);
        QCOMPARE(is->start, std::optional(Quarter(2027, 1) + moverTo));
        QVERIFY2(is->why.startsWith(why), qPrintable(is->why));
        const auto move = std::find_if(
            moved.begin(), moved.end(), [is](const ScheduleMove &m) { return m.id == is->id; });
        QVERIFY(move != moved.end());
        QCOMPARE(move->reason, reason);
    }

    // Keep the schedule: a longer predecessor moves nothing; the successor's conflict is
    // reported; Re-plan (the plan re-planning calmly again) moves it.
    void keepingTheScheduleMovesNothing()
    {
        PlanContent plan = samplePlan();
        const PlanSchedule before = schedulePlan(plan, thorough());
        plan.reference = referenceStarts(before);
        plan.info.scheduling = SchedulingMode::Keep;
        const Dependency link = tightLink(plan, before);
        QVERIFY(link.predecessor.isValid());
        Initiative *first = nullptr;
        for (Initiative &i : plan.initiatives)
            if (i.id == link.predecessor)
                first = &i;
        QVERIFY(first);
        first->duration += 8;
        const PlanSchedule kept = schedulePlan(plan, thorough());
        for (const InitiativeSchedule &is : kept.initiatives)
            QCOMPARE(is.start, before.find(is.id)->start);
        bool conflict = false;
        for (const PlanScheduleProblem &p : kept.problems)
            conflict = conflict
                || (p.kind == PlanScheduleProblem::Kind::PinConflict
                    && p.initiatives.contains(link.successor)
                    && p.message.contains(QStringLiteral("keeps its schedule")));
        QVERIFY(conflict);
        QVERIFY(kept.find(link.successor)->why.contains(QStringLiteral("keeps its schedule")));
        plan.info.scheduling = SchedulingMode::Replan;
        const PlanSchedule replanned = schedulePlan(plan, thorough());
        QVERIFY(*replanned.find(link.successor)->start > *before.find(link.successor)->start);
    }

    // What moved, in the status bar's words; the tracker keeps the moves of an edit until the
    // next one.
    void movesAreTrackedAndWorded()
    {
        PlanContent plan = samplePlan();
        auto before = std::make_shared<const PlanSchedule>(schedulePlan(plan, thorough()));
        plan.reference = referenceStarts(*before);
        const Dependency link = tightLink(plan, *before);
        QVERIFY(link.predecessor.isValid());
        for (Initiative &i : plan.initiatives)
            if (i.id == link.predecessor)
                i.duration += 2;
        auto after = std::make_shared<const PlanSchedule>(schedulePlan(plan, thorough()));
        MoveTracker tracker;
        QVERIFY(tracker.update(1, before, plan).empty());
        const std::vector<ScheduleMove> moves = tracker.update(2, after, plan);
        QVERIFY(!moves.empty());
        bool waits = false;
        for (const ScheduleMove &m : moves) {
            QVERIFY(m.quarters() != 0);
            waits = waits || m.reason.contains(QStringLiteral("waits for"));
        }
        QVERIFY(waits);
        const QString line = describeMoves(moves, plan, 1);
        QVERIFY2(line.contains(describeMove(moves.front(), plan)), qPrintable(line));
        // The same edit's improved schedule: the same moves; the next edit: none.
        QCOMPARE(tracker.update(2, after, plan).size(), moves.size());
        QVERIFY(tracker.update(3, after, plan).empty());
    }
};

QTEST_GUILESS_MAIN(tst_PlanScheduler)
#include "tst_planscheduler.moc"
