#include "core/edit/editfacade.h"
#include "core/edit/undocheck.h"
#include "core/store/sampleplan.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Cairn;

namespace {
// Ids are never reused, even after undo, so the id counter is not part of "the same plan".
PlanContent comparable(PlanContent c)
{
    c.nextId = 0;
    return c;
}
} // namespace

class tst_EditFacade : public QObject {
    Q_OBJECT

private slots:
    void addUpdateRemoveUndoToTheExactPlan()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        const PlanContent original = comparable(plan.content());

        Initiative n;
        n.name = QStringLiteral("New CRM");
        const qint64 id = edit.add(n);
        QVERIFY(plan.initiative(InitiativeId {id}));

        Initiative changed = *plan.initiative(InitiativeId {id});
        changed.duration = 3;
        QVERIFY(edit.update(changed).ok);

        const InitiativeId erp = plan.initiatives().at(9).id;
        edit.remove({erp.value, plan.goals().front().id.value, plan.systems().at(4).id.value});
        QVERIFY(!plan.initiative(erp));
        QCOMPARE(edit.undoStack()->count(), 3);

        edit.undoStack()->undo(); // the removal, with all its links
        QVERIFY(plan.initiative(erp));
        edit.undoStack()->undo();
        QCOMPARE(plan.initiative(InitiativeId {id})->duration, 1);
        edit.undoStack()->undo();
        QVERIFY(comparable(plan.content()) == original);

        edit.undoStack()->redo();
        edit.undoStack()->redo();
        edit.undoStack()->redo();
        QVERIFY(!plan.initiative(erp));
        QCOMPARE(plan.initiative(InitiativeId {id})->duration, 3);
    }

    void typingInOneFieldMerges()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        Initiative i = plan.initiatives().front();
        const QString before = i.name;
        for (const QString &name :
            {QStringLiteral("M"), QStringLiteral("Mo"), QStringLiteral("Mov")}) {
            i.name = name;
            QVERIFY(edit.update(i).ok);
        }
        QCOMPARE(edit.undoStack()->count(), 1);
        i.duration = 4; // another field: a new step
        QVERIFY(edit.update(i).ok);
        QCOMPARE(edit.undoStack()->count(), 2);
        edit.undoStack()->undo();
        edit.undoStack()->undo();
        QCOMPARE(plan.initiatives().front().name, before);
    }

    void cycleIsRefusedNamingIt()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        const Dependency d = plan.dependencies().front();
        const PlanContent before = plan.content();
        QSignalSpy spy(&plan, &Plan::changed);
        const EditResult r = edit.setLink(
            Dependency {d.successor, d.predecessor, DependencyType::FinishToStart, 0});
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(plan.initiative(d.predecessor)->name)
                && r.message.contains(plan.initiative(d.successor)->name)
                && r.message.contains(QStringLiteral("→")),
            qPrintable(r.message));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(edit.undoStack()->count(), 0);
        QVERIFY(plan.content() == before);
        QVERIFY(!edit.setLink(Dependency {d.successor, d.successor}).ok);
    }

    void linksUndoInPlace()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        const PlanContent original = comparable(plan.content());
        const Dependency d = plan.dependencies().at(3);
        edit.removeLink(d);
        Dependency changed = plan.dependencies().at(5);
        changed.lag = 2;
        changed.type = DependencyType::StartToStart;
        QVERIFY(edit.setLink(changed).ok);
        const GoalContribution c {plan.initiatives().back().id, plan.goals().front().id, 2};
        QVERIFY(edit.setLink(c).ok);
        edit.undoStack()->undo();
        edit.undoStack()->undo();
        edit.undoStack()->undo();
        QVERIFY(comparable(plan.content()) == original);
    }

    void duplicateIsOneStep()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        const auto ids
            = edit.duplicate({plan.initiatives().at(0).id.value, plan.goals().at(1).id.value});
        QCOMPARE(ids.size(), 2);
        QVERIFY(plan.initiative(InitiativeId {ids[0]})->name.endsWith(QStringLiteral("(copy)")));
        QCOMPARE(edit.undoStack()->count(), 1);
        edit.undoStack()->undo();
        QVERIFY(!plan.initiative(InitiativeId {ids[0]}));
    }

    void goalCannotBeItsOwnAncestor()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        Goal vision = plan.goals().front(); // parent of "omni"
        vision.parent = plan.goals().at(1).id; // omni
        QVERIFY(!edit.update(vision).ok);
        QCOMPARE(edit.undoStack()->count(), 0);
    }

    // Systems never run on each other in a circle (before, only goals were checked), and a
    // circle already in the plan (a damaged file) does not make the check go round for ever: an
    // edit that closes no circle of its own goes in.
    void referencesNeverGoRoundInACircle()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        System first = plan.systems().at(0);
        System second = plan.systems().at(1);
        second.dependsOn = {first.id};
        QVERIFY(edit.update(second).ok);
        const int steps = edit.undoStack()->count();
        first.dependsOn << second.id;
        const EditResult refused = edit.update(first);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(
                     QStringLiteral("“%1” → “%2” → “%1”").arg(first.name, second.name)),
            qPrintable(refused.message));
        QCOMPARE(edit.undoStack()->count(), steps);
        QVERIFY(!plan.system(first.id)->dependsOn.contains(second.id));

        PlanContent damaged = samplePlan();
        damaged.goals.at(1).parent = damaged.goals.at(2).id;
        damaged.goals.at(2).parent = damaged.goals.at(1).id;
        Plan circled(damaged);
        EditFacade edit2(circled);
        Goal under = circled.goals().at(3);
        under.parent = circled.goals().at(1).id;
        QVERIFY(edit2.update(under).ok);
        QCOMPARE(circled.goal(under.id)->parent, under.parent);
    }

    // Undo and redo write only what the step changed: a change made since by someone else (on a
    // plan server a colleague's step, applied to the plan as an announcement) stays. Before, an
    // import's, the settings' and a link's undo wrote the whole row back.
    void undoWritesOnlyWhatTheStepChanged_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("edit") << QStringLiteral("edit");
        QTest::newRow("import") << QStringLiteral("import");
        QTest::newRow("settings") << QStringLiteral("settings");
        QTest::newRow("link") << QStringLiteral("link");
    }
    void undoWritesOnlyWhatTheStepChanged()
    {
        QFETCH(QString, step);
        Plan plan(samplePlan());
        EditFacade edit(plan);
        QVERIFY(!plan.dependencies().empty());
        const Initiative i0 = plan.initiatives().front();
        const PlanInfo info0 = plan.info();
        const Dependency d0 = plan.dependencies().front();
        // Mine: one field. Theirs, made after mine without an undo step: another field.
        std::function<void()> mine, theirs;
        std::function<bool(bool mineThere, bool theirsThere)> holds;
        if (step == QLatin1String("edit") || step == QLatin1String("import")) {
            mine = [&] {
                Initiative i = *plan.initiative(i0.id);
                i.risk = i0.risk == 5 ? 1 : 5;
                if (step == QLatin1String("edit")) {
                    QVERIFY(edit.update(i).ok);
                } else {
                    PlanContent after = plan.content();
                    after.initiatives.front() = i;
                    edit.replaceContent(after, QStringLiteral("Import 1 row"));
                }
            };
            theirs = [&] {
                Initiative i = *plan.initiative(i0.id);
                i.name = QStringLiteral("Renamed by a colleague");
                plan.updateInitiative(i);
            };
            holds = [&](bool m, bool t) {
                const Initiative &i = *plan.initiative(i0.id);
                return (i.risk != i0.risk) == m
                    && (i.name == QLatin1String("Renamed by a colleague")) == t;
            };
        } else if (step == QLatin1String("settings")) {
            mine = [&] {
                PlanInfo info = plan.info();
                info.horizon = info0.horizon + 4;
                edit.setPlanInfo(info);
            };
            theirs = [&] {
                PlanInfo info = plan.info();
                info.author = QStringLiteral("A colleague");
                plan.setInfo(info);
            };
            holds = [&](bool m, bool t) {
                return (plan.info().horizon != info0.horizon) == m
                    && (plan.info().author == QLatin1String("A colleague")) == t;
            };
        } else {
            mine = [&] {
                Dependency d = d0;
                d.lag = d0.lag + 2;
                QVERIFY(edit.setLink(d).ok);
            };
            theirs = [&] {
                Dependency d = plan.dependencies().front();
                d.type = d0.type == DependencyType::FinishToStart ? DependencyType::StartToStart
                                                                  : DependencyType::FinishToStart;
                plan.setDependency(d, 0);
            };
            holds = [&](bool m, bool t) {
                const Dependency &d = plan.dependencies().front();
                return (d.lag != d0.lag) == m && (d.type != d0.type) == t;
            };
        }
        mine();
        QVERIFY(holds(true, false));
        theirs();
        QVERIFY(holds(true, true));
        // Theirs is another field: undo takes nothing of theirs, and so asks nothing.
        QVERIFY(undoOverwrites(*edit.undoStack(), plan).isEmpty());
        edit.undoStack()->undo();
        QVERIFY2(holds(false, true), "undo wrote the whole row back over the colleague's change");
        edit.undoStack()->redo();
        QVERIFY(holds(true, true));
    }

    // When the colleague changed the very field the step changed, undo would write over it:
    // undoOverwrites() names the item and the field, so that the window asks first.
    void undoNamesAColleaguesNewerChangeOfTheSameField()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        Initiative i = plan.initiatives().front();
        const int risk = i.risk;
        i.risk = risk == 5 ? 1 : 5;
        QVERIFY(edit.update(i).ok);
        QVERIFY(undoOverwrites(*edit.undoStack(), plan).isEmpty());
        Initiative theirs = *plan.initiative(i.id);
        theirs.risk = 3 == i.risk ? 4 : 3;
        plan.updateInitiative(theirs);
        const QStringList lines = undoOverwrites(*edit.undoStack(), plan);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.front().contains(i.name) && lines.front().contains(QLatin1String("Risk")),
            qPrintable(lines.front()));
        // A step inside a macro is found too.
        edit.undoStack()->undo();
        QCOMPARE(plan.initiative(i.id)->risk, risk);
        edit.beginMacro(QStringLiteral("Two edits"));
        Initiative a = *plan.initiative(i.id);
        a.value = a.value == 10 ? 20 : 10;
        QVERIFY(edit.update(a).ok);
        edit.endMacro();
        QVERIFY(undoOverwrites(*edit.undoStack(), plan).isEmpty());
        Initiative b = *plan.initiative(i.id);
        b.value = 77;
        plan.updateInitiative(b);
        QCOMPARE(undoOverwrites(*edit.undoStack(), plan).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_EditFacade)
#include "tst_editfacade.moc"
