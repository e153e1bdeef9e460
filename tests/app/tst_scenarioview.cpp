#include "app/mainwindow.h"
#include "app/report/reportdialog.h"
#include "app/views/comparedialog.h"
#include "app/views/roadmappage.h"
#include "app/views/scenariobar.h"
#include "app/views/tablepage.h"
#include "app/views/workspace.h"
#include "core/edit/scenarioedits.h"
#include "core/models/entitytablemodel.h"
#include "core/scenario/scenarioplan.h"
#include "core/session/liveschedule.h"
#include "core/session/plandocument.h"
#include "tests/app/scriptedinteraction.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Cairn;

namespace {
// Answers the name dialog with `name`.
void answerName(ScriptedInteraction &script, const QString &name)
{
    script.onRun = [name](QDialog &d) {
        auto *edit = d.findChild<QLineEdit *>(QStringLiteral("name"));
        if (!edit)
            return int(QDialog::Rejected);
        edit->setText(name);
        return int(QDialog::Accepted);
    };
}

QAction *menuAction(ScenarioBar &bar, const char *name)
{
    for (QAction *a : bar.menu()->actions())
        if (a->objectName() == QLatin1String(name))
            return a;
    qFatal("no action %s", name);
}

const Initiative *named(const Plan &plan, const QString &name)
{
    for (const Initiative &i : plan.initiatives())
        if (i.name == name)
            return &i;
    return nullptr;
}

const QString kErp = QStringLiteral("Migrate ERP to Business Central (cloud)");

// The window with the sample plan, its dialogs answered by `script`: where the tests start.
struct SampleWindow {
    ScriptedInteraction script;
    MainWindow w;

    // With `scenario`, a new scenario of that name made (Scenario ▸ New Scenario…) and shown.
    explicit SampleWindow(const QString &scenario = {})
    {
        w.setInteraction(&script);
        w.newPlan(true);
        if (!scenario.isEmpty())
            nameAndTrigger("actionNewScenario", scenario);
    }
    Plan &plan() { return w.workspace()->document().plan(); }
    ScenarioBar *bar() { return w.findChild<ScenarioBar *>(QStringLiteral("scenarioBar")); }
    // The scenario menu's `action` (New Scenario…, Freeze Baseline…), its name dialog answered
    // with `name`.
    void nameAndTrigger(const char *action, const QString &name)
    {
        answerName(script, name);
        menuAction(*bar(), action)->trigger();
    }
};
} // namespace

class tst_ScenarioView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The switcher: a new scenario is shown at once, edits become its overrides and the base
    // stays; the roadmap lays out the scenario's schedule; back on the base the edit is gone.
    void switcherRecordsOverridesAndLeavesTheBase()
    {
        SampleWindow sample;
        ScriptedInteraction &script = sample.script;
        MainWindow &w = sample.w;
        auto *bar = sample.bar();
        QVERIFY(bar);
        Plan &plan = sample.plan();
        const PlanContent base = plan.content();
        sample.nameAndTrigger("actionNewScenario", QStringLiteral("ERP later"));
        QCOMPARE(plan.scenarios().size(), size_t(1));
        QVERIFY(bar->current());
        QCOMPARE(bar->combo()->currentText(), QStringLiteral("ERP later"));
        QCOMPARE(w.liveSchedule()->scenario(), bar->current());

        // An edit through the facade, as the inspector and the roadmap make them.
        Initiative erp = *named(plan, kErp);
        erp.pin = Quarter(2028, 4);
        QVERIFY(w.workspace()->document().edit().update(erp).ok);
        QCOMPARE(plan.initiatives(), base.initiatives);
        QCOMPARE(plan.overrides().size(), size_t(1));
        QTRY_VERIFY(w.liveSchedule()->snapshot().scenario == bar->current()
            && w.liveSchedule()->snapshot().generation == plan.generation());
        const InitiativeSchedule *s = w.liveSchedule()->current()->find(erp.id);
        QVERIFY(s && s->start);
        QCOMPARE(*s->start, Quarter(2028, 4));
        const auto &bars = w.workspace()->roadmap()->view()->layout().bars;
        const auto bar2028 = std::find_if(
            bars.begin(), bars.end(), [&erp](const RoadmapBar &b) { return b.id == erp.id; });
        QVERIFY(bar2028 != bars.end());
        QCOMPARE(bar2028->start, Quarter(2028, 4));
        // Its tooltip tells the scenario's values (pinned there), not the base's (not pinned).
        QVERIFY(!base.initiative(erp.id)->pin);
        RoadmapView *view = w.workspace()->roadmap()->view();
        w.resize(1600, 1000);
        w.show();
        w.workspace()->showView(View::Roadmap);
        view->setSelected(erp.id);
        const QRect rect = view->barRect(erp.id);
        QVERIFY(view->viewport()->rect().contains(rect.center()));
        const QString tip = view->toolTipAt(rect.center());
        QVERIFY2(tip.contains(QStringLiteral("<br>Pinned to ")), qPrintable(tip));

        // Adding is refused in a scenario, and said so.
        QCOMPARE(w.workspace()->document().edit().add(Initiative {}), qint64(0));
        QVERIFY(!script.notes.isEmpty());

        // Back on the base plan: the base's own schedule.
        bar->combo()->setCurrentIndex(0);
        QVERIFY(!bar->current());
        QTRY_VERIFY(!w.liveSchedule()->snapshot().scenario
            && w.liveSchedule()->snapshot().generation == plan.generation());
        QVERIFY(w.liveSchedule()->current()->find(erp.id)->start != Quarter(2028, 4)
            || base.initiative(erp.id)->pin == Quarter(2028, 4));

        // Undo takes the override back; undoing the creation takes the scenario back.
        QUndoStack *undo = w.workspace()->document().edit().undoStack();
        undo->undo();
        QVERIFY(plan.overrides().empty());
        undo->undo();
        QVERIFY(plan.scenarios().empty());
        QCOMPARE(bar->combo()->count(), 1);
    }

    // Compare: the models pass the model tester, the differences are listed, and the second
    // scenario's bars are drawn as ghosts on the roadmap.
    void compareShowsFiguresChangesAndGhosts()
    {
        SampleWindow sample(QStringLiteral("Later ERP"));
        MainWindow &w = sample.w;
        Plan &plan = sample.plan();
        auto *bar = sample.bar();
        Initiative erp = *named(plan, kErp);
        erp.pin = Quarter(2029, 1);
        QVERIFY(w.workspace()->document().edit().update(erp).ok);
        bar->combo()->setCurrentIndex(0);

        CompareDialog dialog(w.workspace()->document(), *bar, *w.workspace()->roadmap()->view());
        QAbstractItemModelTester figuresTester(dialog.figures());
        QAbstractItemModelTester changesTester(dialog.changes());
        dialog.compare({std::nullopt, plan.scenarios().front().id});
        QVERIFY(dialog.waitForResult(30000));
        QCOMPARE(dialog.figures()->columnCount(), 2);
        QCOMPARE(dialog.figures()->headerData(1, Qt::Horizontal).toString(),
            QStringLiteral("Later ERP"));
        QVERIFY(dialog.figures()->rowCount() >= 7);
        bool erpListed = false;
        for (int r = 0; r < dialog.changes()->rowCount(); ++r)
            erpListed = erpListed || dialog.changes()->initiativeAt(r) == erp.id;
        QVERIFY(erpListed);
        // The roadmap shows the base with the scenario's bars as ghosts.
        QVERIFY(!bar->current());
        const auto &ghosts = w.workspace()->roadmap()->view()->ghosts();
        const auto ghost = std::find_if(ghosts.begin(), ghosts.end(),
            [&erp](const RoadmapView::Ghost &g) { return g.id == erp.id; });
        QVERIFY(ghost != ghosts.end());
        QCOMPARE(ghost->start, Quarter(2029, 1));
    }

    // While a scenario is shown, an import (it would change the base) is refused with a message
    // that says why and what to do; nothing changes and no wizard opens. On the base plan it goes
    // ahead.
    void importRefusedInAScenario()
    {
        int dialogs = 0;
        SampleWindow sample(QStringLiteral("Cut"));
        ScriptedInteraction &script = sample.script;
        MainWindow &w = sample.w;
        Plan &plan = sample.plan();
        auto *bar = sample.bar();
        QVERIFY(bar->current());
        QTRY_VERIFY(w.liveSchedule()->snapshot().scenario == bar->current());
        script.onRun = [&dialogs](QDialog &) {
            ++dialogs;
            return int(QDialog::Rejected);
        };
        const PlanContent before = plan.content();
        const qsizetype notes = script.notes.size();
        w.importCsv();
        QCOMPARE(dialogs, 0);
        QCOMPARE(script.notes.size(), notes + 1);
        QVERIFY2(script.notes.last().contains(QStringLiteral("import")),
            qPrintable(script.notes.last()));
        QVERIFY(script.notes.last().contains(QStringLiteral("Cut")));
        QCOMPARE(plan.content(), before);

        bar->combo()->setCurrentIndex(0);
        w.importCsv();
        QCOMPARE(dialogs, 1); // the wizard, on the base plan
    }

    // Re-plan Now with a scenario shown re-plans the scenario: it says what would move in it,
    // and on Yes the scenario's schedule moves while the base plan, its reference and the undo
    // stack stay as they were. In a plan that keeps its schedule the scenario's dates were set
    // a quarter late on purpose, so something must move.
    void replanNowInAScenarioReplansTheScenario()
    {
        SampleWindow sample;
        ScriptedInteraction &script = sample.script;
        MainWindow &w = sample.w;
        Plan &plan = sample.plan();
        LiveSchedule &live = *w.liveSchedule();
        PlanInfo info = plan.info();
        info.scheduling = SchedulingMode::Keep;
        w.workspace()->document().edit().setPlanInfo(info);
        auto *bar = sample.bar();
        sample.nameAndTrigger("actionNewScenario", QStringLiteral("Cut"));
        QVERIFY(bar->current());
        const ScenarioId cut = *bar->current();
        auto settled = [&] {
            return live.snapshot().final && live.snapshot().scenario == cut
                && live.snapshot().generation == plan.generation();
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 30000);
        std::vector<ReferenceStart> late = *live.scenarioReference(cut);
        for (ReferenceStart &r : late)
            r.start = r.start + 1;
        live.keepScenarioReference(cut, late);
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 30000);
        const auto shown = live.current();
        const PlanContent before = plan.content();
        const int steps = w.workspace()->document().edit().undoStack()->count();

        auto *replan = w.findChild<QAction *>(QStringLiteral("actionReplanNow"));
        QVERIFY(replan);
        script.onAsk = [](QMessageBox::StandardButtons) { return QMessageBox::No; };
        replan->trigger();
        QCOMPARE(script.asked.size(), 1);
        QVERIFY2(script.asked.last().contains(QStringLiteral("Re-planning moves")),
            qPrintable(script.asked.last()));
        QVERIFY2(
            script.asked.last().contains(QStringLiteral("Cut")), qPrintable(script.asked.last()));
        QCOMPARE(live.current(), shown);

        script.onAsk = [](QMessageBox::StandardButtons) { return QMessageBox::Yes; };
        replan->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(settled() && live.current() != shown, 30000);
        QVERIFY(*live.scenarioReference(cut) != late);
        QCOMPARE(plan.content(), before);
        QCOMPARE(w.workspace()->document().edit().undoStack()->count(), steps);
    }

    // Showing a scenario never moves the plan's reference (the base's schedule last shown),
    // whatever the scenario's schedule is.
    void switchingKeepsTheBaseReference()
    {
        SampleWindow sample;
        MainWindow &w = sample.w;
        Plan &plan = sample.plan();
        QTRY_VERIFY_WITH_TIMEOUT(w.liveSchedule()->snapshot().final
                && w.liveSchedule()->snapshot().generation == plan.generation(),
            30000);
        auto *bar = sample.bar();
        sample.nameAndTrigger("actionNewScenario", QStringLiteral("ERP later"));
        Initiative erp = *named(plan, kErp);
        erp.pin = Quarter(2029, 3);
        QVERIFY(w.workspace()->document().edit().update(erp).ok);
        QTRY_VERIFY_WITH_TIMEOUT(w.liveSchedule()->snapshot().final
                && w.liveSchedule()->snapshot().scenario == bar->current()
                && w.liveSchedule()->snapshot().generation == plan.generation(),
            30000);
        QCOMPARE(w.liveSchedule()->current()->find(erp.id)->start, Quarter(2029, 3));
        for (const ReferenceStart &r : plan.reference())
            if (r.initiative == erp.id)
                QVERIFY(r.start != Quarter(2029, 3));
        QVERIFY(w.liveSchedule()->scenarioReference(*bar->current()));
    }

    // The report's scenario sections are chosen like the others: offered when the plan has
    // scenarios and baselines, with the futures and the baseline to use, and left out when
    // unticked.
    void reportSectionsAreSelectable()
    {
        PlanContent plan;
        SampleWindow sample(QStringLiteral("Later ERP"));
        MainWindow &w = sample.w;
        Plan &live = sample.plan();
        auto *bar = sample.bar();
        Initiative erp = *named(live, kErp);
        erp.pin = Quarter(2029, 1);
        QVERIFY(w.workspace()->document().edit().update(erp).ok);
        bar->combo()->setCurrentIndex(0);
        QTRY_VERIFY(w.liveSchedule()->snapshot().schedule && !w.liveSchedule()->snapshot().scenario
            && w.liveSchedule()->snapshot().generation == live.generation());
        sample.nameAndTrigger("actionFreezeBaseline", QStringLiteral("Agreed"));
        QCOMPARE(live.baselines().size(), size_t(1));
        QTRY_VERIFY(w.liveSchedule()->snapshot().schedule
            && w.liveSchedule()->snapshot().generation == live.generation());
        plan = live.content();

        ReportDialog dialog(plan, w.liveSchedule()->current());
        auto *scenarios = dialog.findChild<QCheckBox *>(QStringLiteral("section-scenarios"));
        auto *baseline = dialog.findChild<QCheckBox *>(QStringLiteral("section-baseline"));
        QVERIFY(scenarios && baseline);
        QVERIFY(scenarios->isEnabled() && baseline->isEnabled());
        scenarios->setChecked(true);
        baseline->setChecked(true);
        ReportOptions o = dialog.options();
        QCOMPARE(o.compare.size(), size_t(2));
        QVERIFY(!o.compare[0]);
        QCOMPARE(o.compare[1], std::optional(live.scenarios().front().id));
        QCOMPARE(o.baseline, std::optional(live.baselines().front().id));
        QStringList shown;
        {
            const ReportComposer c(plan, *w.liveSchedule()->current(), o);
            for (int p = 0; p < c.pageCount(); ++p)
                shown << c.pageSection(p);
        }
        QVERIFY(shown.contains(QStringLiteral("scenarios")));
        QVERIFY(shown.contains(QStringLiteral("baseline")));
        scenarios->setChecked(false);
        o = dialog.options();
        shown.clear();
        {
            const ReportComposer c(plan, *w.liveSchedule()->current(), o);
            for (int p = 0; p < c.pageCount(); ++p)
                shown << c.pageSection(p);
        }
        QVERIFY(!shown.contains(QStringLiteral("scenarios")));
        QVERIFY(shown.contains(QStringLiteral("baseline")));

        // A plan without scenarios or baselines offers neither.
        PlanContent bare = plan;
        bare.scenarios.clear();
        bare.overrides.clear();
        bare.baselines.clear();
        bare.baselineEntries.clear();
        ReportDialog none(bare, w.liveSchedule()->current());
        QVERIFY(!none.findChild<QCheckBox *>(QStringLiteral("section-scenarios"))->isEnabled());
        QVERIFY(!none.findChild<QCheckBox *>(QStringLiteral("section-baseline"))->isEnabled());
    }

    // While a scenario is shown, the tables show its values (a cost raised by 15 % reads so),
    // and a cell edited there records that field only: the scenario's other overrides of the
    // item stay (they were lost when the edit started from the base's values).
    void tablesShowTheScenariosValues()
    {
        SampleWindow sample(QStringLiteral("Dearer ERP"));
        MainWindow &w = sample.w;
        Plan &plan = sample.plan();
        auto *bar = sample.bar();
        const ScenarioId id = *bar->current();
        const Initiative erp = *named(plan, kErp);
        const ScenarioOverride dearer {id, ScenarioTarget::Initiative, erp.id.value,
            QStringLiteral("cost"), OverrideChange::Percent, QStringLiteral("+15"), {}, {}};
        QVERIFY(ScenarioEdits(w.workspace()->document().edit()).setOverride(dearer).ok);
        QTRY_VERIFY(w.liveSchedule()->snapshot().scenario == id
            && w.liveSchedule()->snapshot().generation == plan.generation());

        PlanTableModel *model = w.workspace()->page(EntityKind::Initiative)->model();
        QAbstractItemModelTester tester(model);
        const int row = model->rowOf(erp.id.value);
        const int cost = model->columnOf(u"cost");
        const int duration = model->columnOf(u"duration");
        QVERIFY(row >= 0 && cost >= 0 && duration >= 0);
        const qint64 shownCost
            = applyScenario(plan.content(), id).content.initiative(erp.id)->cost.minorUnits();
        QVERIFY(shownCost != erp.cost.minorUnits());
        QCOMPARE(model->index(row, cost).data(PlanTableModel::SortRole).toLongLong(), shownCost);

        QVERIFY(model->setData(
            model->index(row, duration), QString::number(erp.duration + 1), Qt::EditRole));
        QCOMPARE(plan.initiative(erp.id)->cost, erp.cost); // the base stays
        QCOMPARE(plan.initiative(erp.id)->duration, erp.duration);
        const std::vector<ScenarioOverride> kept = overridesOf(plan.content(), id);
        QVERIFY(std::find(kept.begin(), kept.end(), dearer) != kept.end());
        QCOMPARE(kept.size(), size_t(2));
        QTRY_VERIFY(w.liveSchedule()->snapshot().generation == plan.generation());
        QCOMPARE(
            model->index(row, duration).data(PlanTableModel::SortRole).toInt(), erp.duration + 1);

        // The base plan shown again: the base's values.
        bar->combo()->setCurrentIndex(0);
        QTRY_VERIFY(!w.liveSchedule()->snapshot().scenario);
        QCOMPARE(model->index(row, cost).data(PlanTableModel::SortRole).toLongLong(),
            erp.cost.minorUnits());
    }

    // Scenario > Change a Capacity: the budget cut by a fifth from 2028 Q1 is one override of the
    // scenario shown; the scenario's plan has 80 % of the budget from then, the base all of it.
    void changeACapacityInTheScenario()
    {
        SampleWindow sample(QStringLiteral("Budget cut"));
        ScriptedInteraction &script = sample.script;
        MainWindow &w = sample.w;
        Plan &plan = sample.plan();
        auto *bar = sample.bar();
        const ScenarioId id = *bar->current();
        const Resource budget = *plan.content().budget();
        script.onRun = [](QDialog &d) {
            d.findChild<QSpinBox *>(QStringLiteral("percent"))->setValue(-20);
            auto *from = d.findChild<QComboBox *>(QStringLiteral("from"));
            from->setCurrentIndex(from->findText(QStringLiteral("2028 Q1")));
            return from->currentIndex() > 0 ? int(QDialog::Accepted) : int(QDialog::Rejected);
        };
        menuAction(*bar, "actionChangeaCapacity")->trigger();
        const std::vector<ScenarioOverride> overrides = overridesOf(plan.content(), id);
        QCOMPARE(overrides.size(), size_t(1));
        QCOMPARE(overrides[0].field, QString::fromLatin1(kCapacityField));
        QCOMPARE(overrides[0].from, std::optional(Quarter(2028, 1)));
        QCOMPARE(*plan.content().budget(), budget); // the base keeps its budget
        const PlanContent shown = applyScenario(plan.content(), id).content;
        const Resource *cut = shown.resource(budget.id);
        QCOMPARE(cut->capacityIn(Quarter(2027, 4)), budget.capacityIn(Quarter(2027, 4)));
        QCOMPARE(cut->capacityIn(Quarter(2028, 1)), budget.capacityIn(Quarter(2028, 1)) * 4 / 5);
        w.workspace()->document().edit().undoStack()->undo(); // one step takes it back
        QVERIFY(overridesOf(plan.content(), id).empty());
        QVERIFY(plan.content().scenario(id));
    }

    // A baseline frozen from the screen, shown as ghosts, and the changes since it.
    void baselineGhostsAndVariance()
    {
        SampleWindow sample;
        MainWindow &w = sample.w;
        Plan &plan = sample.plan();
        auto *bar = sample.bar();
        QTRY_VERIFY(w.liveSchedule()->snapshot().schedule);
        sample.nameAndTrigger("actionFreezeBaseline", QStringLiteral("Agreed"));
        QCOMPARE(plan.baselines().size(), size_t(1));
        QVERIFY(!plan.baselineEntries().empty());
        bar->showBaseline(plan.baselines().front().id);
        QVERIFY(!w.workspace()->roadmap()->view()->ghosts().empty());

        Initiative erp = *named(plan, kErp);
        erp.pin = Quarter(2029, 2);
        QVERIFY(w.workspace()->document().edit().update(erp).ok);
        QTRY_VERIFY(w.liveSchedule()->snapshot().generation == plan.generation());
        VarianceDialog variance(w.workspace()->document(), *w.liveSchedule());
        QAbstractItemModelTester tester(variance.model());
        variance.setBaseline(plan.baselines().front().id);
        QTRY_VERIFY(variance.model()->rowCount() > 0);
        bool erpMoved = false;
        for (int r = 0; r < variance.model()->rowCount(); ++r)
            erpMoved = erpMoved
                || variance.model()->data(variance.model()->index(r, 0)).toString() == kErp;
        QVERIFY(erpMoved);
        QVERIFY2(
            variance.summary().contains(QStringLiteral("moved")), qPrintable(variance.summary()));
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
    QCoreApplication::setApplicationName(QStringLiteral("cairn-test"));
    tst_ScenarioView test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_scenarioview.moc"
