#include "core/edit/editfacade.h"
#include "core/workshop/scoring.h"

#include <QTest>
#include <QUndoStack>

using namespace Cairn;

namespace {
// Two goals (weights 5 and 1), a budget and a team, and initiatives a–d.
PlanContent smallPlan()
{
    PlanContent p;
    p.goals = {Goal {GoalId {1}, QStringLiteral("Grow online"), {}, 5},
        Goal {GoalId {2}, QStringLiteral("Tidy up"), {}, 1}};
    Resource budget;
    budget.id = ResourceId {3};
    budget.kind = ResourceKind::Budget;
    Resource team;
    team.id = ResourceId {4};
    team.kind = ResourceKind::Team;
    p.resources = {budget, team};
    auto initiative = [](qint64 id, const char *name, qint64 cost, qint64 fte, int duration) {
        Initiative i;
        i.id = InitiativeId {id};
        i.name = QString::fromLatin1(name);
        i.cost = Money(cost);
        i.duration = duration;
        if (fte > 0)
            i.demand.insert(ResourceId {4}, fte);
        return i;
    };
    p.initiatives = {initiative(10, "a", 100000, 100, 2), initiative(11, "b", 400000, 0, 1),
        initiative(12, "c", 0, 50, 4), initiative(13, "d", 0, 0, 1)};
    p.contributions = {GoalContribution {InitiativeId {10}, GoalId {1}, 5}, // 25
        GoalContribution {InitiativeId {11}, GoalId {1}, 2}, // 10
        GoalContribution {InitiativeId {11}, GoalId {2}, 5}, // +5 = 15
        GoalContribution {InitiativeId {12}, GoalId {2}, 3}}; // 3
    p.nextId = 20;
    return p;
}
} // namespace

class tst_Scoring : public QObject {
    Q_OBJECT

private slots:
    void scores_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("goalScore");
        QTest::addColumn<int>("effort");
        // Cost against the costliest (b, 400000), FTE-quarters against the largest (a: 200,
        // c: 200), half each.
        QTest::newRow("a: strongest on the heaviest goal") << qint64(10) << 25 << 100 << 63;
        QTest::newRow("b: two goals, costliest") << qint64(11) << 15 << 60 << 50;
        QTest::newRow("c: weak on a light goal, long") << qint64(12) << 3 << 12 << 50;
        QTest::newRow("d: no goal, no cost") << qint64(13) << 0 << 0 << 0;
    }
    void scores()
    {
        QFETCH(qint64, id);
        QFETCH(int, points);
        QFETCH(int, goalScore);
        QFETCH(int, effort);
        const auto all = scoreInitiatives(smallPlan());
        QCOMPARE(all.size(), size_t(4));
        const auto it = std::find_if(
            all.begin(), all.end(), [id](const InitiativeScore &s) { return s.id.value == id; });
        QVERIFY(it != all.end());
        QCOMPARE(it->goalPoints, points);
        QCOMPARE(it->goalScore, goalScore);
        QCOMPARE(it->effort, effort);
    }

    void droppedAndDoneAreNotScored()
    {
        PlanContent p = smallPlan();
        p.initiatives[0].status = InitiativeStatus::Dropped;
        p.initiatives[1].status = InitiativeStatus::Done;
        const auto all = scoreInitiatives(p);
        QCOMPARE(all.size(), size_t(2));
        QCOMPARE(all.front().id, InitiativeId {12});
        QCOMPARE(all.front().goalScore, 100); // now the best one left
    }

    void setValuesIsOneUndoStep()
    {
        Plan plan(smallPlan());
        EditFacade edit(plan);
        const int changed = setValues(edit,
            {{InitiativeId {10}, 100}, {InitiativeId {11}, 60}, {InitiativeId {12}, 50},
                {InitiativeId {99}, 10}},
            QStringLiteral("Values from scores"));
        QCOMPARE(changed, 2); // c already had 50; 99 does not exist
        QCOMPARE(edit.undoStack()->count(), 1);
        QCOMPARE(plan.initiative(InitiativeId {10})->value, 100);
        QCOMPARE(plan.initiative(InitiativeId {11})->value, 60);
        edit.undoStack()->undo();
        QCOMPARE(plan.initiative(InitiativeId {10})->value, 50);
        QCOMPARE(plan.initiative(InitiativeId {11})->value, 50);
        QCOMPARE(setValues(edit, {{InitiativeId {12}, 50}}, QStringLiteral("none")), 0);
        QCOMPARE(edit.undoStack()->count(), 1); // nothing pushed
    }
    // An effort set by hand replaces the one from cost and FTE, one undo step to set and one to
    // take back; setting it to what it is already changes nothing.
    void effortSetByHand()
    {
        Plan plan(smallPlan());
        EditFacade edit(plan);
        QVERIFY(setEffort(edit, InitiativeId {13}, 80, QStringLiteral("set")));
        QVERIFY(!setEffort(edit, InitiativeId {13}, 80, QStringLiteral("again")));
        QVERIFY(!setEffort(edit, InitiativeId {99}, 10, QStringLiteral("no such")));
        QCOMPARE(edit.undoStack()->count(), 1);
        auto scoreOf = [&plan](qint64 id) {
            for (const InitiativeScore &s : scoreInitiatives(plan.content()))
                if (s.id.value == id)
                    return s;
            return InitiativeScore {};
        };
        QCOMPARE(scoreOf(13).effort, 80);
        QVERIFY(scoreOf(13).effortSet);
        QCOMPARE(scoreOf(10).effort, 63); // the others as before
        QVERIFY(!scoreOf(10).effortSet);
        QVERIFY(setEffort(edit, InitiativeId {13}, std::nullopt, QStringLiteral("back")));
        QCOMPARE(scoreOf(13).effort, 0);
        QVERIFY(!scoreOf(13).effortSet);
        edit.undoStack()->undo();
        QCOMPARE(scoreOf(13).effort, 80);
        edit.undoStack()->undo();
        QVERIFY(plan.content() == smallPlan());
    }
};

QTEST_GUILESS_MAIN(tst_Scoring)
#include "tst_scoring.moc"
