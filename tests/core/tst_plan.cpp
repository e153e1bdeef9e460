#include "core/domain/fields.h"
#include "core/domain/plan.h"
#include "core/domain/planvalidator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Cairn;

Q_DECLARE_METATYPE(Cairn::PlanChange)

class tst_Plan : public QObject {
    Q_OBJECT

private:
    static PlanChange changeAt(const QSignalSpy &spy, int i)
    {
        return spy.at(i).at(0).value<PlanChange>();
    }

private slots:
    void initTestCase() { qRegisterMetaType<PlanChange>(); }

    void idsAreAssignedUniqueAndNeverReused()
    {
        Plan plan;
        const GoalId g = plan.addGoal(Goal {.name = QStringLiteral("Grow online")});
        const InitiativeId i = plan.addInitiative(Initiative {.name = QStringLiteral("Webshop")});
        QVERIFY(g.isValid());
        QVERIFY(i.isValid());
        QVERIFY(g.value != i.value);
        QVERIFY(plan.removeInitiative(i));
        const InitiativeId j = plan.addInitiative(Initiative {.name = QStringLiteral("Next")});
        QVERIFY(j.value > i.value);
        // A removed entity may come back with its own id (undo); an id in use is refused.
        Initiative back;
        back.id = i;
        QCOMPARE(plan.addInitiative(back), i);
        Initiative clash;
        clash.id = InitiativeId {g.value};
        QVERIFY(!plan.addInitiative(clash).isValid());
    }

    void announcesChangedFields()
    {
        Plan plan;
        const InitiativeId id = plan.addInitiative(Initiative {.name = QStringLiteral("ERP")});
        QSignalSpy spy(&plan, &Plan::changed);
        Initiative edited = *plan.initiative(id);
        edited.duration = 3;
        edited.pin = Quarter(2027, 2);
        QVERIFY(plan.updateInitiative(edited));
        QCOMPARE(spy.count(), 1);
        const PlanChange change = changeAt(spy, 0);
        QCOMPARE(change.entity, EntityKind::Initiative);
        QCOMPARE(change.type, ChangeType::Modified);
        QCOMPARE(change.id, id.value);
        QCOMPARE(change.fields, fieldBit<Initiative>(u"duration") | fieldBit<Initiative>(u"pin"));
        // Writing the same values again announces nothing.
        QVERIFY(plan.updateInitiative(edited));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!plan.updateInitiative(Initiative {.id = InitiativeId {999}}));
    }

    void removingAnInitiativeRemovesItsLinks()
    {
        Plan plan;
        const GoalId g = plan.addGoal(Goal {.name = QStringLiteral("G")});
        const SystemId s = plan.addSystem(System {.name = QStringLiteral("S")});
        const InitiativeId a = plan.addInitiative(Initiative {.name = QStringLiteral("A")});
        const InitiativeId b = plan.addInitiative(Initiative {.name = QStringLiteral("B")});
        QVERIFY(plan.setContribution({a, g, 4}));
        QVERIFY(plan.setImpact({a, s, SystemEffect::Replaces}));
        QVERIFY(plan.setDependency({a, b, DependencyType::FinishToStart, 1}));
        QSignalSpy spy(&plan, &Plan::changed);
        QVERIFY(plan.removeInitiative(a));
        QVERIFY(plan.contributions().empty());
        QVERIFY(plan.impacts().empty());
        QVERIFY(plan.dependencies().empty());
        QCOMPARE(spy.count(), 4); // three links, then the initiative
        QCOMPARE(changeAt(spy, 3).entity, EntityKind::Initiative);
        QCOMPARE(changeAt(spy, 3).type, ChangeType::Removed);
        QVERIFY(plan.initiative(b));
        QVERIFY(!plan.initiative(a));
    }

    void removingAResourceClearsDemandAndSystemClearsDependsOn()
    {
        Plan plan;
        const ResourceId r = plan.addResource(Resource {.name = QStringLiteral("Team")});
        Initiative i {.name = QStringLiteral("I")};
        i.demand.insert(r, 100);
        const InitiativeId iid = plan.addInitiative(i);
        QVERIFY(plan.removeResource(r));
        QVERIFY(plan.initiative(iid)->demand.isEmpty());

        const SystemId db = plan.addSystem(System {.name = QStringLiteral("DB")});
        System crm {.name = QStringLiteral("CRM")};
        crm.dependsOn = {db};
        const SystemId c = plan.addSystem(crm);
        QVERIFY(plan.removeSystem(db));
        QVERIFY(plan.system(c)->dependsOn.isEmpty());
    }

    void linksToMissingEntitiesAreRefused()
    {
        Plan plan;
        const InitiativeId a = plan.addInitiative(Initiative {.name = QStringLiteral("A")});
        QVERIFY(!plan.setContribution({a, GoalId {77}, 3}));
        QVERIFY(!plan.setImpact({a, SystemId {77}, SystemEffect::Upgrades}));
        QVERIFY(!plan.setDependency({a, a, DependencyType::FinishToStart, 0}));
        QVERIFY(!plan.setDependency({a, InitiativeId {77}, DependencyType::FinishToStart, 0}));
    }

    void validationNamesTheCycle()
    {
        Plan plan;
        const InitiativeId a = plan.addInitiative(Initiative {.name = QStringLiteral("Alpha")});
        const InitiativeId b = plan.addInitiative(Initiative {.name = QStringLiteral("Beta")});
        const InitiativeId c = plan.addInitiative(Initiative {.name = QStringLiteral("Gamma")});
        plan.setDependency({a, b});
        plan.setDependency({b, c});
        QVERIFY(validatePlan(plan.content()).isEmpty()
            || !validatePlan(plan.content()).first().isError());
        plan.setDependency({c, a});
        const auto issues = validatePlan(plan.content());
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().code, PlanIssue::Code::DependencyCycle);
        QCOMPARE(issues.first().involved, (QList<qint64> {a.value, b.value, c.value}));
        QVERIFY2(
            issues.first().message.contains(QStringLiteral("“Alpha” → “Beta” → “Gamma” → “Alpha”")),
            qPrintable(issues.first().message));
    }

    void validationFindsBadValues_data()
    {
        QTest::addColumn<int>("duration");
        QTest::addColumn<int>("risk");
        QTest::addColumn<bool>("windowTooShort");
        QTest::addColumn<PlanIssue::Code>("expected");
        QTest::newRow("negative duration") << -1 << 2 << false << PlanIssue::Code::ValueOutOfRange;
        QTest::newRow("risk 6") << 1 << 6 << false << PlanIssue::Code::ValueOutOfRange;
        QTest::newRow("window too short") << 3 << 2 << true << PlanIssue::Code::WindowTooShort;
    }
    void validationFindsBadValues()
    {
        QFETCH(int, duration);
        QFETCH(int, risk);
        QFETCH(bool, windowTooShort);
        QFETCH(PlanIssue::Code, expected);
        PlanContent content;
        content.info.name = QStringLiteral("P");
        Initiative i {.id = InitiativeId {1}, .name = QStringLiteral("X"), .duration = duration};
        i.risk = risk;
        if (windowTooShort) {
            i.earliestStart = Quarter(2027, 2);
            i.deadline = Quarter(2027, 3);
        }
        content.initiatives.push_back(i);
        const auto issues = validatePlan(content);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().code, expected);
        QVERIFY(issues.first().isError());
        QVERIFY(issues.first().message.contains(QStringLiteral("“X”")));
    }

    // A value out of range is named in the plan's currency, or in FTE for a team's amount, as
    // it would be entered (before, the validator named every amount as if it had cents: a yen
    // cost of -5 was "-0.05").
    void outOfRangeAmountsAreNamedInTheirUnit_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("what"); // cost, budget demand, team demand, team capacity
        QTest::addColumn<QString>("named");
        QTest::newRow("yen cost") << "JPY"
                                  << "cost"
                                  << "-5 is less than 0";
        QTest::newRow("euro cost") << "EUR"
                                   << "cost"
                                   << "-0.05 is less than 0";
        QTest::newRow("yen budget demand") << "JPY"
                                           << "budget demand"
                                           << "-5 is less than 0";
        QTest::newRow("team demand in a yen plan") << "JPY"
                                                   << "team demand"
                                                   << "-0.05 is less";
        QTest::newRow("team capacity in a yen plan") << "JPY"
                                                     << "team capacity"
                                                     << "-0.05 is";
        QTest::newRow("dinar cost") << "KWD"
                                    << "cost"
                                    << "-0.005 is less than 0";
    }
    void outOfRangeAmountsAreNamedInTheirUnit()
    {
        QFETCH(QString, currency);
        QFETCH(QString, what);
        QFETCH(QString, named);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        PlanContent content;
        content.info.name = QStringLiteral("P");
        content.info.currency = Currency {currency};
        content.resources.push_back(
            {ResourceId {1}, QStringLiteral("Money"), ResourceKind::Budget});
        content.resources.push_back({ResourceId {2}, QStringLiteral("Team"), ResourceKind::Team});
        Initiative i {.id = InitiativeId {3}, .name = QStringLiteral("X"), .duration = 1};
        if (what == u"cost")
            i.cost = Money(-5);
        else if (what == u"budget demand")
            i.demand.insert(ResourceId {1}, -5);
        else if (what == u"team demand")
            i.demand.insert(ResourceId {2}, -5);
        else
            content.resources.back().defaultCapacity = -5;
        content.initiatives.push_back(i);
        const auto issues = validatePlan(content);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().code, PlanIssue::Code::ValueOutOfRange);
        QVERIFY2(issues.first().message.contains(named), qPrintable(issues.first().message));
    }

    // A plan on a server hands out ids from the block the server reserved for it: what others
    // added (with ids of their own blocks, higher or lower), undo and redo never move the counter
    // out of it, so that two people adding at once never take the same id.
    void idsComeFromTheReservedBlock()
    {
        Plan plan;
        Initiative mine;
        mine.name = QStringLiteral("Mine");
        QCOMPARE(plan.addInitiative(mine).value, 1);
        plan.setIdBlock(100, 110);
        QCOMPARE(plan.content().nextId, 100);
        QCOMPARE(plan.idsLeft(), 10);
        QCOMPARE(plan.addInitiative(mine).value, 100);
        // A colleague's row from a later block arrives.
        Initiative theirs;
        theirs.id = InitiativeId {110};
        theirs.name = QStringLiteral("Theirs");
        QCOMPARE(plan.addInitiative(theirs).value, 110);
        QCOMPARE(plan.content().nextId, 101);
        PlanContent content = plan.content();
        content.nextId = 500; // the server's counter, past every block
        plan.setContent(content);
        QCOMPARE(plan.content().nextId, 101);
        plan.setNextId(111); // another block's counter (a refresh)
        QCOMPARE(plan.content().nextId, 101);
        plan.setNextId(100); // undo of my add puts back the block's counter...
        QCOMPARE(plan.content().nextId, 101); // ...never below an id of it in use
        QCOMPARE(plan.addInitiative(mine).value, 101);
        // Used up: past every id, until the next block comes.
        for (int i = 0; i < 8; ++i)
            plan.addInitiative(mine);
        QCOMPARE(plan.idsLeft(), 0);
        QCOMPARE(plan.addInitiative(mine).value, 111);
        plan.setIdBlock(200, 210);
        QCOMPARE(plan.addInitiative(mine).value, 200);
        QCOMPARE(plan.idsLeft(), 9);
    }
};

QTEST_GUILESS_MAIN(tst_Plan)
#include "tst_plan.moc"
