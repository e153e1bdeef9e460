#include "core/analysis/impact.h"
#include "core/store/sampleplan.h"

#include <QTest>

using namespace Cairn;

namespace {

const Initiative &initiativeNamed(const PlanContent &plan, const QString &name)
{
    for (const Initiative &i : plan.initiatives)
        if (i.name == name)
            return i;
    qFatal("no initiative %s", qPrintable(name));
}

const System &systemNamed(const PlanContent &plan, const QString &name)
{
    for (const System &s : plan.systems)
        if (s.name == name)
            return s;
    qFatal("no system %s", qPrintable(name));
}

InitiativeId idOf(const PlanContent &plan, const char *name)
{
    return initiativeNamed(plan, QString::fromUtf8(name)).id;
}

QStringList initiativeNames(const PlanContent &plan, const QList<InitiativeId> &ids)
{
    QStringList out;
    for (InitiativeId id : ids)
        out << plan.initiative(id)->name;
    return out;
}

// A chain A -> B -> C of one-quarter initiatives from 2027 Q1 with no capacity limits; C has
// a deadline, and B also waits for D.
PlanContent chainPlan()
{
    PlanContent p;
    p.info.firstQuarter = Quarter(2027, 1);
    p.info.horizon = 12;
    for (int k = 0; k < 4; ++k) {
        Initiative i;
        i.id = InitiativeId {k + 1};
        i.name = QString(QLatin1Char(char('A' + k)));
        i.duration = 1;
        p.initiatives.push_back(i);
    }
    p.initiatives[2].deadline = Quarter(2027, 4);
    p.dependencies = {{InitiativeId {1}, InitiativeId {2}, DependencyType::FinishToStart, 0},
        {InitiativeId {2}, InitiativeId {3}, DependencyType::FinishToStart, 0},
        {InitiativeId {4}, InitiativeId {2}, DependencyType::FinishToStart, 0}};
    p.nextId = 10;
    return p;
}

} // namespace

class tst_Impact : public QObject {
    Q_OBJECT

private slots:
    void vmwareClusterLeadsToTheProxmoxReplacementAndItsGoals()
    {
        const PlanContent plan = samplePlan();
        const System &vmware = systemNamed(plan, QStringLiteral("VMware vSphere 7 cluster"));
        const SystemImpactReport r = systemImpact(plan, vmware.id);
        QCOMPARE(r.initiatives.size(), 1);
        QCOMPARE(plan.initiative(r.initiatives.first().initiative)->name,
            QStringLiteral("Replace VMware with a Proxmox VE cluster"));
        QCOMPARE(r.initiatives.first().effect, SystemEffect::Replaces);
        QCOMPARE(r.initiatives.first().on, vmware.id);
        // The goals it serves, strongest contribution first.
        QStringList goals;
        QList<int> strengths;
        for (const auto &g : r.goals) {
            goals << plan.goal(g.goal)->name;
            strengths << g.strength;
            QCOMPARE(g.through, QList<InitiativeId>({r.initiatives.first().initiative}));
        }
        QCOMPARE(goals,
            QStringList({QStringLiteral("Keep the stores trading"),
                QStringLiteral("Be secure and compliant"),
                QStringLiteral("Cut back-office effort")}));
        QCOMPARE(strengths, QList<int>({4, 3, 2}));
    }

    void systemsOnTheClusterTransitively()
    {
        const PlanContent plan = samplePlan();
        const SystemImpactReport r
            = systemImpact(plan, systemNamed(plan, QStringLiteral("VMware vSphere 7 cluster")).id);
        QStringList dependants;
        QList<int> distances;
        for (const auto &d : r.dependants) {
            dependants << plan.system(d.system)->name;
            distances << d.distance;
        }
        QCOMPARE(dependants,
            QStringList({QStringLiteral("Windows Server 2016 hosts"),
                QStringLiteral("File server (Windows Server 2012 R2)"),
                QStringLiteral("Veeam Backup & Replication 12"), QStringLiteral("Active Directory"),
                QStringLiteral("SQL Server 2016"), QStringLiteral("Supplier EDI gateway (custom)"),
                QStringLiteral("Dynamics NAV 2016 (ERP)"),
                QStringLiteral("SharePoint Server 2016 intranet"),
                QStringLiteral("Excel reporting workbooks"), QStringLiteral("LS Retail POS 2016"),
                QStringLiteral("Magento Open Source 2.4.6 webshop")}));
        QCOMPARE(distances, QList<int>({1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4}));
        // Each names the system it runs on, on the way to the cluster.
        QCOMPARE(
            plan.system(r.dependants[4].runsOn)->name, QStringLiteral("Windows Server 2016 hosts"));
        QCOMPARE(
            plan.system(r.dependants[9].runsOn)->name, QStringLiteral("Dynamics NAV 2016 (ERP)"));
        // The ERP migration touches two of those systems and is listed for both.
        const InitiativeId erp = idOf(plan, "Migrate ERP to Business Central (cloud)");
        int erpTouches = 0;
        for (const auto &t : r.dependantInitiatives)
            erpTouches += t.initiative == erp;
        QCOMPARE(erpTouches, 2);
    }

    void aSystemNothingTouches()
    {
        const PlanContent plan = samplePlan();
        const SystemImpactReport r = systemImpact(
            plan, systemNamed(plan, QStringLiteral("Payroll (Sage HR & Payroll, SaaS)")).id);
        QVERIFY(r.initiatives.isEmpty());
        QVERIFY(r.goals.isEmpty());
        QVERIFY(r.dependants.isEmpty());
        const QList<ImpactSection> words = describeImpact(plan, r);
        QCOMPARE(words.size(), 4);
        QCOMPARE(words[1].lines, QStringList({QStringLiteral("None.")}));
    }

    void whatWaitsForTheReplacement()
    {
        const PlanContent plan = samplePlan();
        const InitiativeImpactReport r
            = initiativeImpact(plan, idOf(plan, "Replace VMware with a Proxmox VE cluster"));
        QVERIFY(!r.closed);
        QStringList waiting;
        for (const auto &w : r.waiting)
            waiting << plan.initiative(w.initiative)->name;
        QCOMPARE(waiting,
            QStringList({QStringLiteral("Immutable off-site backups and a tested restore"),
                QStringLiteral("Disaster-recovery test of the whole store chain")}));
        QCOMPARE(r.waiting[1].distance, 2);
        QCOMPARE(plan.initiative(r.waiting[1].waitsFor)->name,
            QStringLiteral("Immutable off-site backups and a tested restore"));
        // Its deadline is the cluster's end of support (2027 Q4: two quarters of work must start by
        // 2027 Q3); the backup upgrade after it must finish by Veeam's end of support, 2028 Q1,
        // which asks for the same latest start: the longer chain is the one to watch.
        QVERIFY(r.chain);
        QCOMPARE(initiativeNames(plan, r.chain->initiatives),
            QStringList({QStringLiteral("Replace VMware with a Proxmox VE cluster"),
                QStringLiteral("Immutable off-site backups and a tested restore")}));
        QCOMPARE(r.chain->deadline, Quarter(2028, 1));
        QCOMPARE(plan.system(*r.chain->deadlineSystem)->name,
            QStringLiteral("Veeam Backup & Replication 12"));
        QCOMPARE(r.chain->latestStart, Quarter(2027, 3));
    }

    void criticalChain_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<QStringList>("chain");
        QTest::addColumn<Quarter>("latestStart");
        QTest::newRow("A: through B to C's deadline")
            << 1 << QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
            << Quarter(2027, 2);
        QTest::newRow("D: through B to C's deadline")
            << 4 << QStringList({QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("C")})
            << Quarter(2027, 2);
        QTest::newRow("C: its own deadline")
            << 3 << QStringList({QStringLiteral("C")}) << Quarter(2027, 4);
    }
    void criticalChain()
    {
        QFETCH(int, from);
        QFETCH(QStringList, chain);
        QFETCH(Quarter, latestStart);
        const PlanContent plan = chainPlan();
        const InitiativeImpactReport r = initiativeImpact(plan, InitiativeId {from});
        QVERIFY(r.chain);
        QCOMPARE(initiativeNames(plan, r.chain->initiatives), chain);
        QCOMPARE(r.chain->deadline, Quarter(2027, 4));
        QVERIFY(!r.chain->deadlineSystem);
        QCOMPARE(r.chain->latestStart, latestStart);
    }

    void lagsAndStartToStartLengthenOrShortenTheChain_data()
    {
        QTest::addColumn<DependencyType>("type");
        QTest::addColumn<int>("lag");
        QTest::addColumn<Quarter>("latestStart");
        // A (3 quarters) -> B (1 quarter, deadline 2027 Q4 = period 3, finish by 4).
        QTest::newRow("finish-to-start") << DependencyType::FinishToStart << 0 << Quarter(2027, 1);
        QTest::newRow("finish-to-start, lag 1")
            << DependencyType::FinishToStart << 1 << Quarter(2026, 4);
        // Start-to-start: A's length does not count; B must start by 2027 Q4, A lag before.
        QTest::newRow("start-to-start") << DependencyType::StartToStart << 0 << Quarter(2027, 4);
        QTest::newRow("start-to-start, lag 2")
            << DependencyType::StartToStart << 2 << Quarter(2027, 2);
    }
    void lagsAndStartToStartLengthenOrShortenTheChain()
    {
        QFETCH(DependencyType, type);
        QFETCH(int, lag);
        QFETCH(Quarter, latestStart);
        PlanContent plan = chainPlan();
        plan.initiatives.resize(2);
        plan.initiatives[0].duration = 3;
        plan.initiatives[1].deadline = Quarter(2027, 4);
        plan.dependencies = {{InitiativeId {1}, InitiativeId {2}, type, lag}};
        const InitiativeImpactReport r = initiativeImpact(plan, InitiativeId {1});
        QVERIFY(r.chain);
        QCOMPARE(r.chain->latestStart, latestStart);
        QCOMPARE(r.chain->initiatives.size(), 2);
    }

    void scheduleSaysWhetherTheChainIsLate()
    {
        PlanContent plan = chainPlan();
        plan.initiatives[0].pin = Quarter(2027, 3); // A in Q3, B in Q4, C in 2028 Q1: one late
        const PlanSchedule schedule = schedulePlan(plan, whatIfOptions());
        const InitiativeImpactReport r = initiativeImpact(plan, InitiativeId {1}, &schedule);
        QVERIFY(r.chain);
        QCOMPARE(*r.chain->scheduledStart, Quarter(2027, 3));
        QCOMPARE(*r.chain->scheduledFinish, Quarter(2028, 1));
        QVERIFY(r.chain->late);
        const QStringList lines = describeImpact(plan, r).last().lines;
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("1 quarter(s) too late")),
            qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void closedInitiativesHoldNothingBack()
    {
        PlanContent plan = chainPlan();
        plan.initiatives[1].status = InitiativeStatus::Dropped; // B
        const InitiativeImpactReport a = initiativeImpact(plan, InitiativeId {1});
        QVERIFY(a.waiting.isEmpty()); // C no longer waits for A through the dropped B
        QVERIFY(!a.chain);
        const InitiativeImpactReport b = initiativeImpact(plan, InitiativeId {2});
        QVERIFY(b.closed);
        QVERIFY(b.waiting.isEmpty());
    }

    void aCycleIsNamedNotFollowed()
    {
        PlanContent plan = chainPlan();
        plan.dependencies.push_back(
            {InitiativeId {3}, InitiativeId {1}, DependencyType::FinishToStart, 0});
        const InitiativeImpactReport r = initiativeImpact(plan, InitiativeId {1});
        QVERIFY(!r.chain);
        QCOMPARE(r.cycle.size(), 3);
        QCOMPARE(r.waiting.size(), 2); // B and C, each once
        const QString text = describeImpact(plan, r).last().lines.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("circle")), qPrintable(text));
        for (const char *name : {"“A”", "“B”", "“C”"})
            QVERIFY2(text.contains(QString::fromUtf8(name)), name);
    }

    void unknownInitiativeGivesAnEmptyReport()
    {
        const InitiativeImpactReport r = initiativeImpact(chainPlan(), InitiativeId {99});
        QVERIFY(r.waiting.isEmpty());
        QVERIFY(!r.chain);
    }

    void earlierEndOfSupportMakesTheReplacementLater()
    {
        PlanContent plan = samplePlan();
        const System &vmware = systemNamed(plan, QStringLiteral("VMware vSphere 7 cluster"));
        const InitiativeId replace = idOf(plan, "Replace VMware with a Proxmox VE cluster");
        // As planned the replacement is already a quarter late: pinned to start in 2027 Q4 (the
        // sample's own schedule used to put it there for capacity; a better search no longer
        // does); two quarters of work after the Windows Server move (2027 Q1) cannot end by
        // 2027 Q2 at all.
        for (Initiative &i : plan.initiatives)
            if (i.id == replace)
                i.pin = Quarter(2027, 4);
        const EndOfSupportWhatIf w
            = whatIfEndOfSupport(plan, vmware.id, Quarter(2027, 2), whatIfOptions());
        QCOMPARE(*w.endOfSupport, Quarter(2027, 4));
        QCOMPARE(w.whatIf, Quarter(2027, 2));
        const auto it = std::find_if(w.late.cbegin(), w.late.cend(),
            [&](const EndOfSupportWhatIf::Outcome &o) { return o.initiative == replace; });
        QVERIFY(it != w.late.cend());
        QVERIFY(it->lateAsPlanned);
        QCOMPARE(*it->plannedFinish, *w.planned.find(replace)->finish);
        QCOMPARE(it->plannedQuartersLate, *it->plannedFinish - Quarter(2027, 4));
        QVERIFY(it->worse()); // later against its (earlier) deadline than planned
        QVERIFY(w.makesWorse());
        // The groups: newly late, then worse, then late as planned by as much.
        int group = 0;
        for (const auto &o : w.late) {
            const int g = !o.lateAsPlanned ? 0 : (o.worse() ? 1 : 2);
            QVERIFY(g >= group);
            group = g;
        }
        QCOMPARE(*it->deadline, Quarter(2027, 2));
        QCOMPARE(*it->deadlineSystem, vmware.id);
        QVERIFY(*it->finish >= Quarter(2027, 3));
        QCOMPARE(it->quartersLate, *it->finish - Quarter(2027, 2));
        QCOMPARE(*w.planned.find(replace)->deadline, Quarter(2027, 4));
        // The plan itself is untouched.
        QCOMPARE(*plan.system(vmware.id)->endOfSupport, Quarter(2027, 4));
        const QString text = describeImpact(plan, w)[1].lines.join(QLatin1Char('\n'));
        QVERIFY2(
            text.contains(QStringLiteral("“Replace VMware with a Proxmox VE cluster” finishes in")),
            qPrintable(text));
    }

    void earlierEndOfSupportMakesWorkNewlyLate()
    {
        // X (two quarters) replaces S, whose support ends in 2027 Q4: on time from 2027 Q1. With
        // the support ending in 2027 Q1 it cannot be; Y, which waits for X, only moves.
        PlanContent plan = chainPlan();
        plan.initiatives.resize(2);
        plan.initiatives[0].duration = 2;
        plan.dependencies
            = {{InitiativeId {1}, InitiativeId {2}, DependencyType::FinishToStart, 0}};
        System s;
        s.id = SystemId {20};
        s.name = QStringLiteral("S");
        s.endOfSupport = Quarter(2027, 4);
        plan.systems = {s};
        plan.impacts = {{InitiativeId {1}, SystemId {20}, SystemEffect::Replaces}};
        const EndOfSupportWhatIf w
            = whatIfEndOfSupport(plan, s.id, Quarter(2027, 1), whatIfOptions());
        QVERIFY(w.newlyLate());
        QCOMPARE(w.late.size(), 1);
        const EndOfSupportWhatIf::Outcome &o = w.late.first();
        QCOMPARE(o.initiative, InitiativeId {1});
        QVERIFY(!o.lateAsPlanned);
        QCOMPARE(*o.finish, Quarter(2027, 2));
        QCOMPARE(o.quartersLate, 1);
        QVERIFY(w.moved.isEmpty());
        const QList<ImpactSection> words = describeImpact(plan, w);
        QCOMPARE(words[0].title,
            QStringLiteral("If the support of “S” ended in 2027 Q1 instead of 2027 Q4"));
        QCOMPARE(words[1].lines,
            QStringList({QStringLiteral("“A” finishes in 2027 Q2, 1 quarter(s) after its deadline "
                                        "2027 Q1, the end of support of “S” (on time as planned: "
                                        "2027 Q2).")}));
    }

    void anEndOfSupportThatChangesNothing()
    {
        const PlanContent plan = samplePlan();
        const System &vmware = systemNamed(plan, QStringLiteral("VMware vSphere 7 cluster"));
        const EndOfSupportWhatIf same
            = whatIfEndOfSupport(plan, vmware.id, *vmware.endOfSupport, whatIfOptions());
        QVERIFY(!same.newlyLate());
        QVERIFY(!same.makesWorse());
        QVERIFY(!same.late.isEmpty()); // the sample has late work of its own
        QVERIFY(same.moved.isEmpty()); // the same problem and options: the same schedule
        const QList<ImpactSection> words = describeImpact(plan, same);
        QCOMPARE(words.first().lines,
            QStringList(
                {QStringLiteral("Nothing would be late, or later, that is not as planned.")}));
        QCOMPARE(words[1].lines,
            QStringList({QStringLiteral("%1 more initiative(s) late as planned, by as much.")
                             .arg(same.late.size())}));
    }
};

QTEST_GUILESS_MAIN(tst_Impact)
#include "tst_impact.moc"
