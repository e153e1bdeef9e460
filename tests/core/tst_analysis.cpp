#include "core/analysis/plananalysis.h"
#include "core/schedule/planscheduler.h"
#include "core/store/sampleplan.h"

#include <QTest>

using namespace Cairn;

namespace {

// The analysis plan, worked out by hand (EUR, amounts in cents):
//   2027 Q1..Q4; Team 1 FTE (100) per quarter, Budget 100000 per quarter.
//   A  Run       Q1-Q2  cost 30001  Team 100  goal G1 (3)          upgrades S4 (support ends Q1)
//   B  Grow      Q1     cost 50000  Team 100  goals G1 (1), G2 (3)  introduces S3 (planned)
//   C  Transform Q4     cost 20000  no goal                         replaces S1 (support ends Q2)
//   D  Run       Q2     free                                        retires S2
//   E  Grow      dropped, cost 99999, goal G2 — counts nowhere
// A and B are both in Q1: the team is overloaded there (200 %).
const ResourceId kTeam {1};
const ResourceId kBudget {2};
const GoalId kG1 {10};
const GoalId kG2 {11};
const SystemId kS1 {20};
const SystemId kS2 {21};
const SystemId kS3 {22};
const SystemId kS4 {23};
const InitiativeId kA {30};
const InitiativeId kB {31};
const InitiativeId kC {32};
const InitiativeId kD {33};
const InitiativeId kE {34};

Initiative make(InitiativeId id, const char *name, InitiativeKind kind, int duration, qint64 cost,
    qint64 team, int value)
{
    Initiative i;
    i.id = id;
    i.name = QString::fromLatin1(name);
    i.kind = kind;
    i.duration = duration;
    i.cost = Money(cost);
    if (team)
        i.demand.insert(kTeam, team);
    i.value = value;
    return i;
}

System system(SystemId id, const char *name, qint64 annualRunCost, std::optional<Quarter> eos,
    LifecyclePhase phase = LifecyclePhase::Active)
{
    System s;
    s.id = id;
    s.name = QString::fromLatin1(name);
    s.annualRunCost = Money(annualRunCost);
    s.endOfSupport = eos;
    s.lifecycle = phase;
    return s;
}

PlanContent analysisPlan()
{
    PlanContent p;
    p.info.name = QStringLiteral("Analysis");
    p.info.firstQuarter = Quarter(2027, 1);
    p.info.horizon = 4;
    p.resources = {{kTeam, QStringLiteral("Team"), ResourceKind::Team, 100, {}, {}},
        {kBudget, QStringLiteral("Budget"), ResourceKind::Budget, 100000, {}, {}}};
    p.goals = {Goal {kG1, QStringLiteral("G1")}, Goal {kG2, QStringLiteral("G2")}};
    p.systems = {system(kS1, "S1", 40000, Quarter(2027, 2)), system(kS2, "S2", 8000, std::nullopt),
        system(kS3, "S3", 4000, Quarter(2030, 4), LifecyclePhase::Plan),
        system(kS4, "S4", 0, Quarter(2027, 1))};
    Initiative e = make(kE, "E", InitiativeKind::Grow, 1, 99999, 100, 90);
    e.status = InitiativeStatus::Dropped;
    p.initiatives = {make(kA, "A", InitiativeKind::Run, 2, 30001, 100, 40),
        make(kB, "B", InitiativeKind::Grow, 1, 50000, 100, 60),
        make(kC, "C", InitiativeKind::Transform, 1, 20000, 0, 30),
        make(kD, "D", InitiativeKind::Run, 1, 0, 0, 10), e};
    p.contributions = {{kA, kG1, 3}, {kB, kG1, 1}, {kB, kG2, 3}, {kE, kG2, 5}};
    p.impacts = {{kA, kS4, SystemEffect::Upgrades}, {kB, kS3, SystemEffect::Introduces},
        {kC, kS1, SystemEffect::Replaces}, {kD, kS2, SystemEffect::Retires}};
    p.nextId = 100;
    return p;
}

InitiativeSchedule at(InitiativeId id, Quarter start, int duration)
{
    InitiativeSchedule s;
    s.id = id;
    s.start = start;
    s.finish = start + std::max(0, duration - 1);
    return s;
}

// The schedule is given, not searched for, so that every figure below is known by hand.
PlanSchedule handSchedule(const PlanContent &p)
{
    PlanSchedule s;
    s.mapping = mapPlan(p);
    s.initiatives = {at(kA, Quarter(2027, 1), 2), at(kB, Quarter(2027, 1), 1),
        at(kC, Quarter(2027, 4), 1), at(kD, Quarter(2027, 2), 1), InitiativeSchedule {kE}};
    return s;
}

using Series = std::vector<qint64>;

const ResourceLoad &loadOf(const PlanAnalysis &a, ResourceId id)
{
    for (const ResourceLoad &l : a.loads)
        if (l.resource == id)
            return l;
    qFatal("no load");
}

} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT

private slots:
    void evenShareAddsUp_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("parts");
        QTest::addColumn<Series>("expected");
        QTest::newRow("exact") << qint64(300) << 3 << Series {100, 100, 100};
        QTest::newRow("remainder first") << qint64(30001) << 2 << Series {15001, 15000};
        QTest::newRow("two left over") << qint64(11) << 3 << Series {4, 4, 3};
        QTest::newRow("less than parts") << qint64(2) << 4 << Series {1, 1, 0, 0};
        QTest::newRow("zero length") << qint64(500) << 0 << Series {500};
    }
    void evenShareAddsUp()
    {
        QFETCH(qint64, amount);
        QFETCH(int, parts);
        QFETCH(Series, expected);
        Series got;
        for (int k = 0; k < std::max(1, parts); ++k)
            got.push_back(evenShare(amount, parts, k));
        QCOMPARE(got, expected);
    }

    void range()
    {
        const PlanContent p = analysisPlan();
        const PlanAnalysis a = analysePlan(p, handSchedule(p));
        QCOMPARE(a.first, Quarter(2027, 1));
        QCOMPARE(a.quarters, 4);

        // A schedule running past the horizon extends the range to its last quarter.
        PlanSchedule longer = handSchedule(p);
        longer.initiatives[2] = at(kC, Quarter(2028, 2), 1);
        QCOMPARE(analysePlan(p, longer).quarters, 6);
    }

    void demandAgainstCapacity()
    {
        const PlanContent p = analysisPlan();
        const PlanAnalysis a = analysePlan(p, handSchedule(p));
        const ResourceLoad &team = loadOf(a, kTeam);
        QCOMPARE(team.capacity, (Series {100, 100, 100, 100}));
        QCOMPARE(team.demand, (Series {200, 100, 0, 0}));
        QCOMPARE(team.demandByKind[size_t(InitiativeKind::Run)], (Series {100, 100, 0, 0}));
        QCOMPARE(team.demandByKind[size_t(InitiativeKind::Grow)], (Series {100, 0, 0, 0}));
        QVERIFY(team.overloaded(0));
        QVERIFY(!team.overloaded(1));
        QCOMPARE(team.utilisationPercent(0), std::optional<int>(200));
        QCOMPARE(team.utilisationPercent(2), std::optional<int>(0));

        // The budget carries what the scheduler planned with: the cost per quarter rounded up.
        const ResourceLoad &budget = loadOf(a, kBudget);
        QCOMPARE(budget.demand, (Series {65001, 15001, 0, 20000}));

        QCOMPARE(a.overloads.size(), size_t(1));
        QCOMPARE(a.overloads[0].resource, kTeam);
        QCOMPARE(a.overloads[0].quarter, Quarter(2027, 1));
        QCOMPARE(a.overloads[0].demand, qint64(200));
        QCOMPARE(a.overloads[0].capacity, qint64(100));
    }

    void capacityOverridesAndEmptyResources()
    {
        PlanContent p = analysisPlan();
        p.resources[0].capacities.insert(Quarter(2027, 1), 250);
        p.resources.push_back(
            {ResourceId {3}, QStringLiteral("Idle partner"), ResourceKind::Partner, 0, {}, {}});
        const PlanAnalysis a = analysePlan(p, handSchedule(p));
        QCOMPARE(loadOf(a, kTeam).capacity, (Series {250, 100, 100, 100}));
        QVERIFY(!loadOf(a, kTeam).overloaded(0));
        QCOMPARE(loadOf(a, kTeam).utilisationPercent(0), std::optional<int>(80));
        QVERIFY(a.overloads.empty());
        QCOMPARE(loadOf(a, ResourceId {3}).utilisationPercent(0), std::optional<int>());
    }

    void spendByKindGoalAndYear()
    {
        const PlanContent p = analysisPlan();
        const PlanAnalysis a = analysePlan(p, handSchedule(p));
        QCOMPARE(a.spend, (Series {65001, 15000, 0, 20000}));
        QCOMPARE(a.spendByKind[size_t(InitiativeKind::Run)], (Series {15001, 15000, 0, 0}));
        QCOMPARE(a.spendByKind[size_t(InitiativeKind::Grow)], (Series {50000, 0, 0, 0}));
        QCOMPARE(a.spendByKind[size_t(InitiativeKind::Transform)], (Series {0, 0, 0, 20000}));

        // B's 50000 is shared 1 : 3 between G1 and G2; C serves no goal.
        QCOMPARE(a.spendByGoal.size(), size_t(3));
        QCOMPARE(a.spendByGoal[0].goal, std::optional<GoalId>(kG1));
        QCOMPARE(a.spendByGoal[0].spend, (Series {27501, 15000, 0, 0}));
        QCOMPARE(a.spendByGoal[0].total, qint64(42501));
        QCOMPARE(a.spendByGoal[1].spend, (Series {37500, 0, 0, 0}));
        QCOMPARE(a.spendByGoal[2].goal, std::optional<GoalId>());
        QCOMPARE(a.spendByGoal[2].total, qint64(20000));

        const auto years = a.spendByYear();
        QCOMPARE(years.size(), size_t(1));
        QCOMPARE(years[0], (std::pair<int, qint64>(2027, 100001)));
    }

    void spendByYearAndKindAcrossYears()
    {
        // C moves into the next year: each year keeps its own Run, Grow and Transform.
        PlanContent p = analysisPlan();
        p.info.horizon = 8;
        PlanSchedule s = handSchedule(p);
        s.initiatives[2] = at(kC, Quarter(2028, 2), 1);
        const PlanAnalysis a = analysePlan(p, s);
        const std::vector<YearSpend> years = a.spendByYearAndKind();
        QCOMPARE(years.size(), size_t(2));
        QCOMPARE(years[0].year, 2027);
        QCOMPARE(years[0].byKind, (std::array<qint64, kKindCount> {30001, 50000, 0}));
        QCOMPARE(years[0].total, qint64(80001));
        QCOMPARE(years[1].year, 2028);
        QCOMPARE(years[1].byKind, (std::array<qint64, kKindCount> {0, 0, 20000}));
        QCOMPARE(years[1].total, qint64(20000));
        QCOMPARE(a.spendOfKinds(), (std::array<qint64, kKindCount> {30001, 50000, 20000}));
        // The same totals as the per-year sums.
        const auto totals = a.spendByYear();
        QCOMPARE(totals.size(), years.size());
        for (size_t n = 0; n < years.size(); ++n)
            QCOMPARE(totals[n].second, years[n].total);
    }

    void goalSharesAlwaysAddUp()
    {
        // B serves three goals equally: 50000 does not divide by three; the cent left over
        // goes to the first goal, and nothing is lost.
        PlanContent p = analysisPlan();
        p.goals.push_back(Goal {GoalId {12}, QStringLiteral("G3")});
        p.contributions = {{kB, kG1, 3}, {kB, kG2, 3}, {kB, GoalId {12}, 3}};
        const PlanAnalysis a = analysePlan(p, handSchedule(p));
        QCOMPARE(a.spendByGoal[0].spend[0], qint64(16668));
        QCOMPARE(a.spendByGoal[1].spend[0], qint64(16666));
        QCOMPARE(a.spendByGoal[2].spend[0], qint64(16666));
        qint64 sum = 0;
        for (const GoalSpend &g : a.spendByGoal)
            sum += g.total;
        QCOMPARE(sum, qint64(100001));
    }

    void supportWithAndWithoutThePlan()
    {
        const PlanContent p = analysisPlan();
        const PlanAnalysis a = analysePlan(p, handSchedule(p));
        using Ids = std::vector<std::vector<SystemId>>;
        // As things stand: S4 from Q2, S1 from Q3; S3 is not running yet.
        QCOMPARE(a.support.asIs, (Ids {{}, {kS4}, {kS1, kS4}, {kS1, kS4}}));
        // With the plan: A upgrades S4 by the end of Q2; C replaces S1 only in Q4, too late.
        QCOMPARE(a.support.withPlan, (Ids {{}, {kS4}, {kS1}, {kS1}}));
        QCOMPARE(a.support.remaining, (std::vector<SystemId> {kS1}));
    }

    void supportGapsSayFromWhenAndUntilWhen()
    {
        const PlanContent p = analysisPlan();
        const PlanAnalysis a = analysePlan(p, handSchedule(p));
        // In the plan's system order: S1 from Q3 to the end (replaced too late), S4 in Q2 only.
        QCOMPARE(a.supportGaps.size(), size_t(2));
        const SupportGap &s1 = a.supportGaps[0];
        QCOMPARE(s1.system, kS1);
        QCOMPARE(s1.from, Quarter(2027, 3));
        QCOMPARE(s1.to, Quarter(2027, 4));
        QCOMPARE(s1.quarters, 2);
        QVERIFY(s1.remains);
        const SupportGap &s4 = a.supportGaps[1];
        QCOMPARE(s4.system, kS4);
        QCOMPARE(s4.from, Quarter(2027, 2));
        QCOMPARE(s4.to, Quarter(2027, 2));
        QCOMPARE(s4.quarters, 1);
        QVERIFY(!s4.remains);
    }

    void upgradeInTimeLeavesNothingOutOfSupport()
    {
        const PlanContent p = analysisPlan();
        PlanSchedule s = handSchedule(p);
        s.initiatives[2] = at(kC, Quarter(2027, 2), 1); // replaces S1 by its end of support
        const PlanAnalysis a = analysePlan(p, s);
        QCOMPARE(a.support.withPlan[2], (std::vector<SystemId> {}));
        QVERIFY(a.support.remaining.empty());
        QCOMPARE(a.supportGaps.size(), size_t(1)); // S4 only, for its one quarter
        QCOMPARE(a.supportGaps[0].system, kS4);
    }

    void runCostFollowsRetirementsAndIntroductions()
    {
        const PlanContent p = analysisPlan();
        const PlanAnalysis a = analysePlan(p, handSchedule(p));
        // S1 10000 + S2 2000 a quarter as things stand.
        QCOMPARE(a.runCostAsIs, (Series {12000, 12000, 12000, 12000}));
        // S3 runs from Q2 (B done in Q1), S2 is gone from Q3 (D done in Q2), S1 stays to the end.
        QCOMPARE(a.runCostWithPlan, (Series {12000, 13000, 11000, 11000}));
    }

    void replacementKeepsRunCostUnlessItsSuccessorIsPlanned()
    {
        PlanContent p = analysisPlan();
        PlanSchedule s = handSchedule(p);
        s.initiatives[2]
            = at(kC, Quarter(2027, 2), 1); // C replaces S1 (10000 a quarter), done by Q2
        // Without a successor system in the plan, the replacement is assumed to cost the same.
        QCOMPARE(analysePlan(p, s).runCostWithPlan, (Series {12000, 13000, 11000, 11000}));
        // With one (S5, 2000 a quarter, introduced by C), S1's cost gives way to S5's from Q3.
        p.systems.push_back(system(SystemId {24}, "S5", 8000, std::nullopt, LifecyclePhase::Plan));
        p.impacts.push_back({kC, SystemId {24}, SystemEffect::Introduces});
        s.mapping = mapPlan(p);
        QCOMPARE(analysePlan(p, s).runCostWithPlan, (Series {12000, 13000, 3000, 3000}));
        QCOMPARE(analysePlan(p, s).runCostAsIs, (Series {12000, 12000, 12000, 12000}));
    }

    void coverageOfGoals()
    {
        const PlanContent p = analysisPlan();
        const PlanAnalysis a = analysePlan(p, handSchedule(p));
        QCOMPARE(a.coverage.size(), size_t(2));
        const GoalCoverage &g1 = a.coverage[0];
        QCOMPARE(g1.initiatives, 2);
        QCOMPARE(g1.spend, qint64(42501));
        QCOMPARE(g1.value, 100);
        QCOMPARE(g1.first, std::optional<Quarter>(Quarter(2027, 1)));
        QCOMPARE(g1.last, std::optional<Quarter>(Quarter(2027, 2)));
        const GoalCoverage &g2 = a.coverage[1];
        QCOMPARE(g2.initiatives, 1); // E is dropped
        QCOMPARE(g2.value, 60);
        QCOMPARE(g2.last, std::optional<Quarter>(Quarter(2027, 1)));
        QCOMPARE(g2.unscheduled, 0);
    }

    void goalLanesAreTheMainGoals()
    {
        // A goal's lane holds the initiatives that serve it most; B serves G2 more than G1, so it
        // sits in G2's lane and serves G1 from there. A done initiative with no record of when is
        // not on the roadmap; a dropped one never is.
        PlanContent p = analysisPlan();
        p.contributions.push_back({kD, kG1, 2});
        p.initiatives[3].status = InitiativeStatus::Done;
        PlanSchedule s = handSchedule(p);
        s.initiatives[3] = InitiativeSchedule {kD};
        const PlanAnalysis a = analysePlan(p, s);
        using Ids = std::vector<InitiativeId>;
        QCOMPARE(a.coverage[0].lane, (Ids {kA}));
        QCOMPARE(a.coverage[0].alsoServing, (Ids {kB}));
        QCOMPARE(a.coverage[1].lane, (Ids {kB}));
        QCOMPARE(a.coverage[1].alsoServing, (Ids {}));
        // Done with a pinned start: drawn there, so counted.
        p.initiatives[3].pin = Quarter(2027, 1);
        QCOMPARE(analysePlan(p, s).coverage[0].lane, (Ids {kA, kD}));
        QVERIFY(!onRoadmap(p.initiatives[4], nullptr)); // E is dropped
    }

    void portfolio()
    {
        const PlanContent p = analysisPlan();
        const PlanAnalysis a = analysePlan(p, handSchedule(p));
        QCOMPARE(a.portfolio.size(), size_t(4)); // E is dropped
        const PortfolioEntry &b = a.portfolio[1];
        QCOMPARE(b.name, QStringLiteral("B"));
        QCOMPARE(b.cost, qint64(50000));
        QCOMPARE(b.valuePerThousand.value(), 120.0); // 60 points for €500
        QCOMPARE(b.start, std::optional<Quarter>(Quarter(2027, 1)));
        QVERIFY(!a.portfolio[3].valuePerThousand); // D is free
    }

    void sampleFiguresAreConsistent()
    {
        const PlanContent plan = samplePlan();
        SchedulerOptions o;
        o.improve = false;
        const PlanSchedule s = schedulePlan(plan, o);
        const PlanAnalysis a = analysePlan(plan, s);
        // Spend by kind and by goal both add up to the total, quarter by quarter.
        qint64 total = 0;
        for (int q = 0; q < a.quarters; ++q) {
            qint64 kinds = 0, goals = 0;
            for (const auto &k : a.spendByKind)
                kinds += k[size_t(q)];
            for (const GoalSpend &g : a.spendByGoal)
                goals += g.spend[size_t(q)];
            QCOMPARE(kinds, a.spend[size_t(q)]);
            QCOMPARE(goals, a.spend[size_t(q)]);
            total += a.spend[size_t(q)];
        }
        qint64 scheduledCost = 0;
        for (const Initiative &i : plan.initiatives)
            if (const InitiativeSchedule *is = s.find(i.id); is && is->start)
                scheduledCost += i.cost.minorUnits();
        QCOMPARE(total, scheduledCost);
        // With the plan, never more systems out of support than as things stand.
        for (int q = 0; q < a.quarters; ++q)
            QVERIFY(a.support.withPlan[size_t(q)].size() <= a.support.asIs[size_t(q)].size());
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
