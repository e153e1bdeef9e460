#include "core/edit/editfacade.h"
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
};

QTEST_GUILESS_MAIN(tst_EditFacade)
#include "tst_editfacade.moc"
