#include "core/edit/editfacade.h"
#include "core/edit/scenarioedits.h"
#include "core/schedule/schedulemoves.h"
#include "core/session/liveschedule.h"
#include "core/store/sampleplan.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Cairn;

namespace {

// The final schedule of the plan as it is now has been published.
bool settled(const LiveSchedule &live, const Plan &plan)
{
    return live.snapshot().final && live.snapshot().generation == plan.generation();
}

std::vector<std::optional<Quarter>> startsOf(const PlanSchedule &s)
{
    std::vector<std::optional<Quarter>> out;
    for (const InitiativeSchedule &is : s.initiatives)
        out.push_back(is.start);
    return out;
}

InitiativeId named(const Plan &plan, const QString &name)
{
    for (const Initiative &i : plan.initiatives())
        if (i.name == name)
            return i.id;
    return {};
}

// The sample as `cairn sample` writes it: with the schedule it was saved with as its reference.
PlanContent sampleWithReference()
{
    PlanContent content = samplePlan();
    SchedulerOptions options;
    options.timeBudgetMs = 0;
    options.maxSchedules = 20'000;
    content.reference = referenceStarts(schedulePlan(content, options));
    return content;
}

// The initiatives other than `pinned` that start elsewhere in `after` than in `before`, as
// "name from -> to: why" lines.
QStringList othersMoved(
    const PlanSchedule &before, const PlanSchedule &after, const Plan &plan, InitiativeId pinned)
{
    QStringList out;
    for (const InitiativeSchedule &is : after.initiatives) {
        const InitiativeSchedule *was = before.find(is.id);
        if (is.id == pinned || !was || is.start == was->start)
            continue;
        out << QStringLiteral("%1 %2 -> %3: %4")
                   .arg(plan.initiative(is.id)->name, was->start ? was->start->label() : QString(),
                       is.start ? is.start->label() : QString(), is.why);
    }
    return out;
}

} // namespace

class tst_LiveSchedule : public QObject {
    Q_OBJECT

private slots:
    // The schedule shown is the plan's reference (kept, not an edit); an edit re-plans from it
    // calmly; undo shows the very schedule shown before the edit, and redo the one after it.
    void undoRestoresTheExactSchedule()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        LiveSchedule live(plan);
        live.setImprovementBudget(300);
        live.setDebounce(0);
        live.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        const std::shared_ptr<const PlanSchedule> first = live.current();
        QCOMPARE(plan.reference(), referenceStarts(*first));
        QCOMPARE(edit.undoStack()->count(), 0);

        const InitiativeId id = named(plan, QStringLiteral("Security awareness programme"));
        Initiative pinned = *plan.initiative(id);
        pinned.pin = *first->find(id)->start + 3;
        edit.update(EntityValue(pinned));
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        const std::shared_ptr<const PlanSchedule> second = live.current();
        QCOMPARE(second->find(id)->start, pinned.pin);
        QCOMPARE(plan.reference(), referenceStarts(*second));
        int others = 0;
        for (const InitiativeSchedule &is : second->initiatives)
            others += is.id != id && is.start != first->find(is.id)->start;
        QVERIFY2(others <= 2, qPrintable(QString::number(others)));

        edit.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        QCOMPARE(live.current(), first); // the very schedule, not a re-computed one
        QCOMPARE(plan.reference(), referenceStarts(*first));
        edit.undoStack()->redo();
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        QCOMPARE(live.current(), second);
    }

    // Issue 14 in the window: the sample opened as the window opens it (afresh, or from a file
    // `cairn sample` wrote), the schedule shown, then one initiative pinned a quarter later through
    // the edit facade, as the inspector or a dragged bar does. The first answer and the improved
    // one (the window's own budget) move only what must move: at most a handful of others (18 of
    // the sample's 35 moved for the webshop before the calm repair), and each says why.
    void aPinInTheWindowMovesOnlyWhatItMust_data()
    {
        QTest::addColumn<bool>("stored"); // opened from a file with its reference
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("by");
        // Others moved in the first answer and in the final one; -1: not bounded (yet).
        QTest::addColumn<int>("atMostFirst");
        QTest::addColumn<int>("atMost");
        const QString webshop = QStringLiteral("Move the webshop to Shopify Plus");
        const QString security = QStringLiteral("Security awareness programme");
        // Issue 14, open: the webshop a quarter later is late for its end of support, and the
        // repaired reference later still on other deadlines (tardiness 188,000 against 174,000);
        // deadlines come first, and the best schedule found on them moves 18 others (the first
        // answer 12 before the calm repair, 10 now). Its explanations are checked all the same.
        QTest::newRow("webshop +1, sample afresh") << false << webshop << 1 << -1 << -1;
        QTest::newRow("webshop +1, sample file") << true << webshop << 1 << -1 << -1;
        QTest::newRow("security +3, sample afresh") << false << security << 3 << 4 << 2;
        QTest::newRow("security +3, sample file") << true << security << 3 << 4 << 2;
    }

    void aPinInTheWindowMovesOnlyWhatItMust()
    {
        QFETCH(bool, stored);
        QFETCH(QString, name);
        QFETCH(int, by);
        QFETCH(int, atMostFirst);
        QFETCH(int, atMost);
        Plan plan(stored ? sampleWithReference() : samplePlan());
        EditFacade edit(plan);
        LiveSchedule live(plan); // the window's improvement budget and debounce
        QList<ScheduleSnapshot> shown;
        connect(&live, &LiveSchedule::updated, this,
            [&shown](const ScheduleSnapshot &s) { shown << s; });
        live.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        const std::shared_ptr<const PlanSchedule> seen = live.current();
        QCOMPARE(plan.reference(), referenceStarts(*seen));

        const InitiativeId id = named(plan, name);
        QVERIFY(id.isValid());
        Initiative pinned = *plan.initiative(id);
        pinned.pin = *seen->find(id)->start + by;
        shown.clear();
        edit.update(EntityValue(pinned));
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        QVERIFY(!shown.isEmpty());
        QStringList tooMany;
        for (const ScheduleSnapshot &s : shown) {
            QCOMPARE(s.schedule->find(id)->start, pinned.pin);
            const QStringList moved = othersMoved(*seen, *s.schedule, plan, id);
            const QString line
                = QStringLiteral("%1 moved (%2; tardiness %3 -> %4, value %5 -> %6)")
                      .arg(moved.size())
                      .arg(s.final ? QStringLiteral("final") : QStringLiteral("first"))
                      .arg(seen->result.weightedTardiness)
                      .arg(s.schedule->result.weightedTardiness)
                      .arg(seen->result.weightedCompletion)
                      .arg(s.schedule->result.weightedCompletion);
            qInfo("%s\n%s", qPrintable(line), qPrintable(moved.join(QLatin1Char('\n'))));
            const int bound = s.final ? atMost : atMostFirst;
            if (bound >= 0 && moved.size() > bound)
                tooMany << line;
            // Each move says its true reason: one moved earlier never that something is full.
            for (const ScheduleMove &m : scheduleMoves(*seen, *s.schedule, plan.content())) {
                const InitiativeSchedule *is = s.schedule->find(m.id);
                QVERIFY2(
                    is->why.startsWith(
                        QStringLiteral("Moved from %1 to %2: ").arg(m.from.label(), m.to.label())),
                    qPrintable(is->why));
                if (m.quarters() < 0) {
                    QVERIFY2(!m.reason.contains(QStringLiteral("full")), qPrintable(m.reason));
                    QVERIFY2(!is->why.contains(QStringLiteral("full")), qPrintable(is->why));
                }
            }
        }
        QVERIFY2(tooMany.isEmpty(), qPrintable(tooMany.join(QStringLiteral("; "))));
        // The improvement never shows a schedule later on deadlines than the first answer.
        QVERIFY(shown.last().schedule->result.weightedTardiness
            <= shown.first().schedule->result.weightedTardiness);
    }

    // A scenario shown is scheduled afresh the first time, then from its own schedule last
    // shown; the plan's reference stays the base plan's all along (issue 16 with issue 14).
    void aScenarioKeepsItsOwnReference()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        LiveSchedule live(plan);
        live.setImprovementBudget(300);
        live.setDebounce(0);
        live.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        const std::vector<ReferenceStart> baseReference = plan.reference();
        QVERIFY(!baseReference.empty());

        const std::optional<ScenarioId> cut
            = ScenarioEdits(edit).create(QStringLiteral("ERP a year later"));
        QVERIFY(cut);
        const InitiativeId id = named(plan, QStringLiteral("Security awareness programme"));
        Initiative pinned = *plan.initiative(id);
        pinned.pin = *live.current()->find(id)->start + 4;
        QVERIFY(ScenarioEdits(edit).update(cut, EntityValue(pinned)).ok);
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        QVERIFY(!live.scenarioReference(*cut)); // not shown yet

        live.setScenario(cut);
        QCOMPARE(live.snapshot().scenario, cut);
        QVERIFY(live.snapshot().content->reference.empty()); // afresh, not the base's
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        QCOMPARE(live.current()->find(id)->start, pinned.pin);
        QCOMPARE(plan.reference(), baseReference);
        QVERIFY(live.scenarioReference(*cut));
        QCOMPARE(*live.scenarioReference(*cut), referenceStarts(*live.current()));
        const std::vector<ReferenceStart> own = *live.scenarioReference(*cut);

        // An edit in the scenario: re-planned from the scenario's own schedule.
        Initiative longer = *plan.initiative(id);
        longer.duration += 1;
        QVERIFY(ScenarioEdits(edit).update(cut, EntityValue(longer)).ok);
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        QCOMPARE(live.snapshot().content->reference, own);
        QCOMPARE(plan.reference(), baseReference);

        // Back on the base: its reference, untouched, and its schedule kept to it.
        live.setScenario(std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        QVERIFY(!live.snapshot().scenario);
        QCOMPARE(live.snapshot().content->reference, baseReference);
        QCOMPARE(plan.reference(), referenceStarts(*live.current()));
        const auto was = std::find_if(baseReference.begin(), baseReference.end(),
            [id](const ReferenceStart &r) { return r.initiative == id; });
        QVERIFY(was != baseReference.end());
        QCOMPARE(live.current()->find(id)->start, std::optional(was->start));
    }

    // Keep the schedule: an edit moves nothing but what the user moved; Re-plan now (a new
    // reference, one undo step) moves the rest, and its undo puts them back.
    void keepTheScheduleAndReplanNow()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        LiveSchedule live(plan);
        live.setImprovementBudget(200);
        live.setDebounce(0);
        live.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        const auto shown = startsOf(*live.current());

        PlanInfo info = plan.info();
        info.scheduling = SchedulingMode::Keep;
        edit.setPlanInfo(info);
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        QCOMPARE(startsOf(*live.current()), shown);

        // Longer work everywhere: with the schedule kept, nothing moves.
        edit.beginMacro(QStringLiteral("longer"));
        for (const Initiative &i : plan.initiatives()) {
            Initiative longer = i;
            longer.duration += 1;
            edit.update(EntityValue(longer));
        }
        edit.endMacro();
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        QCOMPARE(startsOf(*live.current()), shown);
        QVERIFY(live.current()->hasProblems());

        // Re-plan now: the schedule re-planned afresh becomes the reference.
        PlanContent fresh = plan.content();
        fresh.reference.clear();
        fresh.info.scheduling = SchedulingMode::Replan;
        SchedulerOptions options;
        options.timeBudgetMs = 0;
        options.maxSchedules = 5000;
        const PlanSchedule replanned = schedulePlan(fresh, options);
        QVERIFY(startsOf(replanned) != shown);
        QSignalSpy changed(&plan, &Plan::changed);
        edit.setReference(referenceStarts(replanned), QStringLiteral("Re-plan now"));
        QCOMPARE(changed.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        QCOMPARE(startsOf(*live.current()), startsOf(replanned));
        edit.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(settled(live, plan), 30000);
        QCOMPARE(startsOf(*live.current()), shown);
    }

    // The improved schedule replaces the first answer only when it is better: less tardiness;
    // or more value than the calm tolerance (0.5 %); or as good and moving fewer.
    void improvementReplacesOnlyWhenBetter_data()
    {
        QTest::addColumn<qint64>("tardiness");
        QTest::addColumn<qint64>("completion");
        QTest::addColumn<int>("moved");
        QTest::addColumn<bool>("improves"); // against tardiness 10, completion 10000, 2 moved
        QTest::newRow("less tardiness, less value") << qint64(9) << qint64(12000) << 9 << true;
        QTest::newRow("more tardiness, more value") << qint64(11) << qint64(5000) << 0 << false;
        QTest::newRow("much more value") << qint64(10) << qint64(9900) << 9 << true;
        QTest::newRow("a little more value, moves more")
            << qint64(10) << qint64(9990) << 3 << false;
        QTest::newRow("a little less value, moves less")
            << qint64(10) << qint64(10040) << 1 << true;
        QTest::newRow("the same") << qint64(10) << qint64(10000) << 2 << false;
    }

    void improvementReplacesOnlyWhenBetter()
    {
        QFETCH(qint64, tardiness);
        QFETCH(qint64, completion);
        QFETCH(int, moved);
        QFETCH(bool, improves);
        PlanSchedule shown;
        shown.result.weightedTardiness = 10;
        shown.result.weightedCompletion = 10000;
        shown.result.moved = 2;
        PlanSchedule next;
        next.result.weightedTardiness = tardiness;
        next.result.weightedCompletion = completion;
        next.result.moved = moved;
        QCOMPARE(LiveSchedule::improves(next, shown), improves);
    }
};

QTEST_GUILESS_MAIN(tst_LiveSchedule)
#include "tst_liveschedule.moc"
