#include "core/analysis/plananalysis.h"
#include "core/edit/editfacade.h"
#include "core/edit/scenarioedits.h"
#include "core/scenario/baseline.h"
#include "core/scenario/comparison.h"
#include "core/scenario/scenarioplan.h"
#include "core/scenario/scenarioset.h"
#include "core/store/sampleplan.h"
#include "tests/core/planfixtures.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Cairn;

namespace {

SchedulerOptions quick()
{
    SchedulerOptions o;
    o.improve = false; // the fast pass: the same answer every time
    o.timeBudgetMs = 0;
    return o;
}

const Initiative &named(const PlanContent &plan, const QString &name)
{
    for (const Initiative &i : plan.initiatives)
        if (i.name == name)
            return i;
    qFatal("no initiative %s", qPrintable(name));
}

const Resource &budgetOf(const PlanContent &plan)
{
    return *plan.budget();
}

// A scenario of the sample holding `overrides`; the plan gets it and its rows.
ScenarioId withScenario(PlanContent &plan, const QString &name, std::vector<ScenarioOverride> rows)
{
    const ScenarioId id = addScenario(plan, name);
    for (ScenarioOverride &o : rows) {
        o.scenario = id;
        plan.overrides.push_back(o);
    }
    return id;
}

ScenarioOverride overrideOf(ScenarioTarget kind, qint64 target, const QString &field,
    OverrideChange change, const QString &value, std::optional<Quarter> from = {},
    std::optional<Quarter> to = {})
{
    return ScenarioOverride {{}, kind, target, field, change, value, from, to};
}

} // namespace

class tst_Scenario : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // Every kind of override the issue names changes the scenario's plan as a hand edit of a copy
    // of the base would, and never the base.
    void overridesChangeTheScenarioNotTheBase_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("capacity -20% everywhere") << 0;
        QTest::newRow("capacity absolute in a range") << 1;
        QTest::newRow("duration") << 2;
        QTest::newRow("cost") << 3;
        QTest::newRow("deadline") << 4;
        QTest::newRow("pin") << 5;
        QTest::newRow("end of support") << 6;
        QTest::newRow("left out") << 7;
        QTest::newRow("taken in") << 8;
        QTest::newRow("cost -10%") << 9;
    }
    void overridesChangeTheScenarioNotTheBase()
    {
        QFETCH(int, which);
        PlanContent base = samplePlan();
        const Initiative &erp
            = named(base, QStringLiteral("Migrate ERP to Business Central (cloud)"));
        const Resource &budget = budgetOf(base);
        PlanContent expected = base;
        Initiative *e = nullptr;
        for (Initiative &i : expected.initiatives)
            if (i.id == erp.id)
                e = &i;
        Resource *b = nullptr;
        for (Resource &r : expected.resources)
            if (r.id == budget.id)
                b = &r;
        ScenarioOverride o;
        switch (which) {
        case 0:
            o = overrideOf(ScenarioTarget::Resource, budget.id.value, QStringLiteral("capacity"),
                OverrideChange::Percent, QStringLiteral("-20%"));
            b->defaultCapacity = budget.defaultCapacity * 8 / 10;
            for (qint64 &c : b->capacities)
                c = c * 8 / 10;
            break;
        case 1:
            o = overrideOf(ScenarioTarget::Resource, budget.id.value, QStringLiteral("capacity"),
                OverrideChange::Set, QStringLiteral("150000"), Quarter(2027, 3), Quarter(2028, 1));
            for (Quarter q = Quarter(2027, 3); q <= Quarter(2028, 1); ++q)
                b->capacities.insert(q, 15000000);
            break;
        case 2:
            o = overrideOf(ScenarioTarget::Initiative, erp.id.value, QStringLiteral("duration"),
                OverrideChange::Set, QStringLiteral("5"));
            e->duration = 5;
            break;
        case 3:
            o = overrideOf(ScenarioTarget::Initiative, erp.id.value, QStringLiteral("cost"),
                OverrideChange::Set, QStringLiteral("410000.50"));
            e->cost = Money(41000050);
            break;
        case 4:
            o = overrideOf(ScenarioTarget::Initiative, erp.id.value, QStringLiteral("deadline"),
                OverrideChange::Set, QStringLiteral("2028 Q2"));
            e->deadline = Quarter(2028, 2);
            break;
        case 5:
            o = overrideOf(ScenarioTarget::Initiative, erp.id.value, QStringLiteral("pin"),
                OverrideChange::Set, QStringLiteral("2028 Q1"));
            e->pin = Quarter(2028, 1);
            break;
        case 6: {
            const System &vm = base.systems.front();
            o = overrideOf(ScenarioTarget::System, vm.id.value, QStringLiteral("end_of_support"),
                OverrideChange::Set, QStringLiteral("2029 Q2"));
            expected.systems.front().endOfSupport = Quarter(2029, 2);
            break;
        }
        case 7:
            o = overrideOf(ScenarioTarget::Initiative, erp.id.value,
                QString::fromLatin1(kPresenceField), OverrideChange::Exclude, {});
            e->status = InitiativeStatus::Dropped;
            break;
        case 8: {
            for (Initiative &i : base.initiatives)
                if (i.id == erp.id)
                    i.status = InitiativeStatus::Dropped;
            e->status = InitiativeStatus::Proposed;
            o = overrideOf(ScenarioTarget::Initiative, erp.id.value,
                QString::fromLatin1(kPresenceField), OverrideChange::Include, {});
            break;
        }
        case 9:
            o = overrideOf(ScenarioTarget::Initiative, erp.id.value, QStringLiteral("cost"),
                OverrideChange::Percent, QStringLiteral("-10"));
            e->cost = Money(erp.cost.minorUnits() * 9 / 10);
            break;
        }
        QVERIFY2(overrideProblem(base, o).isEmpty(), qPrintable(overrideProblem(base, o)));
        const ScenarioId id = withScenario(base, QStringLiteral("What if"), {o});
        const PlanContent before = base;
        const ScenarioPlan derived = applyScenario(base, id);
        QVERIFY2(derived.problems.isEmpty(), qPrintable(derived.problems.join(u'\n')));
        QCOMPARE(base, before); // the base is untouched
        expected.scenarios = base.scenarios;
        expected.overrides = base.overrides;
        expected.nextId = base.nextId;
        QCOMPARE(derived.content.initiatives, expected.initiatives);
        QCOMPARE(derived.content.resources, expected.resources);
        QCOMPARE(derived.content.systems, expected.systems);
        QVERIFY(derived.content == expected);
        QVERIFY(!(derived.content == base));
        // The base plan's own schedule does not see the scenario.
        QCOMPARE(applyScenario(base, std::nullopt).content, base);
    }

    // Bad overrides are named (item, field, value) and change nothing.
    void badOverridesAreNamed_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown field") << 0 << QStringLiteral("colour");
        QTest::newRow("not a quarter") << 1 << QStringLiteral("soon");
        QTest::newRow("out of range") << 2 << QStringLiteral("99");
        QTest::newRow("capacity of an initiative") << 3 << QStringLiteral("capacity");
        QTest::newRow("deleted item") << 4 << QStringLiteral("#424242");
        QTest::newRow("percent of a text") << 5 << QStringLiteral("percentage");
        QTest::newRow("bad percentage") << 6 << QStringLiteral("lots");
    }
    void badOverridesAreNamed()
    {
        QFETCH(int, which);
        QFETCH(QString, named);
        PlanContent base = samplePlan();
        const Initiative &first = base.initiatives.front();
        const qint64 id = first.id.value;
        const qint64 budget = budgetOf(base).id.value;
        const QList<ScenarioOverride> rows = {
            overrideOf(ScenarioTarget::Initiative, id, QStringLiteral("colour"),
                OverrideChange::Set, QStringLiteral("red")),
            overrideOf(ScenarioTarget::Initiative, id, QStringLiteral("deadline"),
                OverrideChange::Set, QStringLiteral("soon")),
            overrideOf(ScenarioTarget::Initiative, id, QStringLiteral("duration"),
                OverrideChange::Set, QStringLiteral("99")),
            overrideOf(ScenarioTarget::Initiative, id, QStringLiteral("capacity"),
                OverrideChange::Set, QStringLiteral("5")),
            overrideOf(ScenarioTarget::Initiative, 424242, QStringLiteral("duration"),
                OverrideChange::Set, QStringLiteral("2")),
            overrideOf(ScenarioTarget::Initiative, id, QStringLiteral("name"),
                OverrideChange::Percent, QStringLiteral("10")),
            overrideOf(ScenarioTarget::Resource, budget, QStringLiteral("capacity"),
                OverrideChange::Percent, QStringLiteral("lots")),
        };
        const ScenarioOverride o = rows[which];
        const QString why = overrideProblem(base, o);
        QVERIFY2(why.contains(named), qPrintable(why));
        const ScenarioId s = withScenario(base, QStringLiteral("Broken"), {o});
        const ScenarioPlan derived = applyScenario(base, s);
        QCOMPARE(derived.problems.size(), 1);
        QVERIFY2(derived.problems.first().contains(QStringLiteral("Broken")),
            qPrintable(derived.problems.first()));
        QCOMPARE(derived.content, base); // nothing of the bad override applied
    }

    // An edit while a scenario is shown becomes an override of it (one undo step) and leaves the
    // base as it was; setting the base's own value back removes the override.
    void editsInAScenarioBecomeOverrides()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        ScenarioEdits scenarios(edit);
        const PlanContent base = plan.content();
        const auto id = scenarios.create(QStringLiteral("Slower ERP"));
        QVERIFY(id);
        QSignalSpy changed(&plan, &Plan::changed);
        const Initiative erp
            = named(base, QStringLiteral("Migrate ERP to Business Central (cloud)"));
        Initiative longer = erp;
        longer.duration = 4;
        longer.cost = Money(50000000);
        const int steps = edit.undoStack()->count();
        QVERIFY(scenarios.update(id, longer).ok);
        QCOMPARE(edit.undoStack()->count(), steps + 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(plan.initiative(erp.id)->duration, erp.duration); // base untouched
        QCOMPARE(plan.initiatives(), base.initiatives);
        QCOMPARE(plan.overrides().size(), size_t(2));
        const PlanContent shown = applyScenario(plan.content(), *id).content;
        QCOMPARE(shown.initiative(erp.id)->duration, 4);
        QCOMPARE(shown.initiative(erp.id)->cost, Money(50000000));

        // Back to the base's duration: that override goes, the cost stays.
        Initiative back = longer;
        back.duration = erp.duration;
        QVERIFY(scenarios.update(id, back).ok);
        QCOMPARE(plan.overrides().size(), size_t(1));
        QCOMPARE(plan.overrides().front().field, QStringLiteral("cost"));

        edit.undoStack()->undo();
        edit.undoStack()->undo();
        QVERIFY(plan.overrides().empty());
        QCOMPARE(plan.initiatives(), base.initiatives);

        // Without a scenario the same call edits the base.
        QVERIFY(scenarios.update(std::nullopt, longer).ok);
        QCOMPARE(plan.initiative(erp.id)->duration, 4);
    }

    void duplicateRenameDelete()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        ScenarioEdits scenarios(edit);
        const qint64 budget = budgetOf(plan.content()).id.value;
        const auto cut = scenarios.create(QStringLiteral("Cut"));
        QVERIFY(cut);
        ScenarioOverride o = overrideOf(ScenarioTarget::Resource, budget,
            QStringLiteral("capacity"), OverrideChange::Percent, QStringLiteral("-20"));
        o.scenario = *cut;
        QVERIFY(scenarios.setOverride(o).ok);
        QCOMPARE(plan.overrides().size(), size_t(1));

        EditResult refused;
        QVERIFY(!scenarios.create(QStringLiteral(" cut "), std::nullopt, &refused));
        QVERIFY2(refused.message.contains(QStringLiteral("Cut"))
                || refused.message.contains(QStringLiteral("cut")),
            qPrintable(refused.message));
        QVERIFY(!scenarios.create(QStringLiteral("base"), std::nullopt, &refused));

        const auto copy = scenarios.create(QStringLiteral("Cut, copy"), cut);
        QVERIFY(copy);
        QCOMPARE(overridesOf(plan.content(), *copy).size(), size_t(1));
        QCOMPARE(overridesOf(plan.content(), *copy).front().value, QStringLiteral("-20"));
        QVERIFY(*copy != *cut);

        QVERIFY(!scenarios.rename(*copy, QStringLiteral("CUT")).ok);
        QVERIFY(scenarios.rename(*copy, QStringLiteral("Deeper cut")).ok);
        QCOMPARE(plan.content().scenario(*copy)->name, QStringLiteral("Deeper cut"));

        scenarios.remove(*cut);
        QVERIFY(!plan.content().scenario(*cut));
        QCOMPARE(plan.overrides().size(), size_t(1)); // the copy's only
        edit.undoStack()->undo();
        QVERIFY(plan.content().scenario(*cut));
        QCOMPARE(plan.overrides().size(), size_t(2));
    }

    // Adopting makes the base what the scenario showed, in one undo step; other scenarios stay.
    void adoptIntoTheBase()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        ScenarioEdits scenarios(edit);
        const PlanContent base = plan.content();
        const Initiative erp
            = named(base, QStringLiteral("Migrate ERP to Business Central (cloud)"));
        const auto first = scenarios.create(QStringLiteral("ERP later"));
        const auto other = scenarios.create(QStringLiteral("Other"));
        ScenarioOverride pin = overrideOf(ScenarioTarget::Initiative, erp.id.value,
            QStringLiteral("pin"), OverrideChange::Set, QStringLiteral("2028 Q3"));
        pin.scenario = *first;
        QVERIFY(scenarios.setOverride(pin).ok);
        const PlanContent shown = applyScenario(plan.content(), *first).content;
        const int steps = edit.undoStack()->count();
        QVERIFY(scenarios.adopt(*first).ok);
        QCOMPARE(edit.undoStack()->count(), steps + 1);
        QCOMPARE(plan.initiative(erp.id)->pin, std::optional(Quarter(2028, 3)));
        QCOMPARE(plan.initiatives(), shown.initiatives);
        QVERIFY(!plan.content().scenario(*first));
        QVERIFY(plan.content().scenario(*other));
        QVERIFY(plan.overrides().empty());
        edit.undoStack()->undo();
        QCOMPARE(plan.initiatives(), base.initiatives);
        QVERIFY(plan.content().scenario(*first));
        QCOMPARE(plan.overrides().size(), size_t(1));
    }

    // The compare figures are those of each scenario scheduled alone: a hand-edited copy of the
    // base scheduled and analysed by itself gives the same numbers.
    void compareMatchesSchedulingEachAlone()
    {
        PlanContent base = samplePlan();
        const Initiative &erp
            = named(base, QStringLiteral("Migrate ERP to Business Central (cloud)"));
        const Initiative &pos
            = named(base, QStringLiteral("Roll out the new POS to all five stores"));
        const qint64 budget = budgetOf(base).id.value;
        const ScenarioId cut = withScenario(base, QStringLiteral("Budget cut"),
            {overrideOf(ScenarioTarget::Resource, budget, QStringLiteral("capacity"),
                OverrideChange::Percent, QStringLiteral("-40"))});
        const ScenarioId noPos = withScenario(base, QStringLiteral("No POS"),
            {overrideOf(ScenarioTarget::Initiative, pos.id.value,
                 QString::fromLatin1(kPresenceField), OverrideChange::Exclude, {}),
                overrideOf(ScenarioTarget::Initiative, erp.id.value, QStringLiteral("deadline"),
                    OverrideChange::Set, QStringLiteral("2027 Q2"))});

        const ScenarioComparison c = compareScenarios(base, {std::nullopt, cut, noPos}, quick());
        QCOMPARE(c.sides.size(), size_t(3));
        QCOMPARE(c.sides[0].name, basePlanName());
        QCOMPARE(c.sides[1].name, QStringLiteral("Budget cut"));

        // By hand: the same plans without any scenario machinery.
        PlanContent cutByHand = base;
        for (Resource &r : cutByHand.resources)
            if (r.id.value == budget) {
                r.defaultCapacity = r.defaultCapacity * 6 / 10;
                for (qint64 &v : r.capacities)
                    v = v * 6 / 10;
            }
        PlanContent noPosByHand = base;
        for (Initiative &i : noPosByHand.initiatives) {
            if (i.id == pos.id)
                i.status = InitiativeStatus::Dropped;
            if (i.id == erp.id)
                i.deadline = Quarter(2027, 2);
        }
        const PlanContent plans[] = {base, cutByHand, noPosByHand};
        std::vector<PlanSchedule> alone;
        for (size_t k = 0; k < 3; ++k) {
            alone.push_back(schedulePlan(plans[k], quick()));
            const PlanAnalysis a = analysePlan(plans[k], alone[k]);
            const ScenarioFigures &f = c.sides[k];
            for (const Initiative &i : plans[k].initiatives) {
                const InitiativeSchedule *x = alone[k].find(i.id);
                const InitiativeSchedule *y = f.schedule.find(i.id);
                QVERIFY(x && y);
                QCOMPARE(y->start, x->start);
                QCOMPARE(y->late, x->late);
            }
            const auto years = a.spendByYearAndKind();
            QCOMPARE(f.spendByYear.size(), years.size());
            for (size_t y = 0; y < years.size(); ++y) {
                QCOMPARE(f.spendByYear[y].total, years[y].total);
                QCOMPARE(f.spendByYear[y].byKind, years[y].byKind);
            }
            QCOMPARE(f.spendOfKinds, a.spendOfKinds());
            QCOMPARE(f.outOfSupport.size(), a.supportGaps.size());
            int late = 0;
            int met = 0;
            int bound = 0;
            for (const InitiativeSchedule &s : alone[k].initiatives) {
                const Initiative *i = plans[k].initiative(s.id);
                if (i->status == InitiativeStatus::Dropped || i->status == InitiativeStatus::Done)
                    continue;
                late += s.start && s.late ? 1 : 0;
                bound += s.deadline ? 1 : 0;
                met += s.deadline && s.start && !s.late ? 1 : 0;
            }
            QCOMPARE(f.late, late);
            QCOMPARE(f.withDeadline, bound);
            QCOMPARE(f.deadlinesMet, met);
        }
        // What changed against the base, initiative by initiative, as the schedules made alone
        // say it.
        auto placed = [&](size_t k, const Initiative &i) {
            const Initiative *in = plans[k].initiative(i.id);
            const InitiativeSchedule *s = alone[k].find(i.id);
            return in->status != InitiativeStatus::Dropped && in->status != InitiativeStatus::Done
                && s && s->start;
        };
        for (const Initiative &i : base.initiatives) {
            const auto row = std::find_if(c.changes.begin(), c.changes.end(),
                [&i](const InitiativeComparison &r) { return r.id == i.id; });
            for (size_t k = 1; k < 3; ++k) {
                unsigned expected = 0;
                const InitiativeSchedule *a = alone[0].find(i.id);
                const InitiativeSchedule *b = alone[k].find(i.id);
                if (placed(0, i) && !placed(k, i))
                    expected |= InitiativeComparison::Dropped;
                if (!placed(0, i) && placed(k, i))
                    expected |= InitiativeComparison::Added;
                if (placed(0, i) && placed(k, i)
                    && (a->start != b->start || a->finish != b->finish))
                    expected |= InitiativeComparison::Moved;
                if (placed(k, i) && b->late && !(placed(0, i) && a->late))
                    expected |= InitiativeComparison::NewlyLate;
                const unsigned actual = row == c.changes.end() ? 0u : row->changes[k];
                QCOMPARE(actual & ~unsigned(InitiativeComparison::CostChanged), expected);
            }
        }
        QVERIFY(!c.changes.empty());
        if (placed(0, pos)) {
            const auto row = std::find_if(c.changes.begin(), c.changes.end(),
                [&pos](const InitiativeComparison &r) { return r.id == pos.id; });
            QVERIFY(row != c.changes.end());
            QVERIFY(row->changes[2] & InitiativeComparison::Dropped);
        }
    }

    // A baseline freezes starts, finishes and costs; the variance says what slipped, what costs
    // more, and what came and went since.
    void baselineVariance()
    {
        PlanContent plan = samplePlan();
        const PlanSchedule before = schedulePlan(plan, quick());
        const BaselineId id = addBaseline(plan,
            freezeBaseline(plan, before, QStringLiteral("Agreed"),
                QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC)));
        QCOMPARE(plan.baseline(id)->created, QStringLiteral("2026-11-29T10:00:00Z"));
        const Variance same = varianceSince(plan, before, id);
        QCOMPARE(same.moved + same.added + same.removed + same.unplaced, 0);
        QCOMPARE(same.costChange, 0);

        // Slip one initiative by pinning it two quarters after it finished, raise a cost, delete
        // one and add one.
        const InitiativeId slipped = plan.initiatives[3].id;
        const InitiativeSchedule *was = before.find(slipped);
        QVERIFY(was && was->start);
        plan.initiatives[3].pin = *was->start + 2;
        plan.initiatives[4].cost = plan.initiatives[4].cost + Money(100000);
        const Initiative gone = plan.initiatives[5];
        plan.initiatives.erase(plan.initiatives.begin() + 5);
        std::erase_if(plan.dependencies, [&gone](const Dependency &d) {
            return d.predecessor == gone.id || d.successor == gone.id;
        });
        std::erase_if(plan.contributions,
            [&gone](const GoalContribution &c) { return c.initiative == gone.id; });
        std::erase_if(
            plan.impacts, [&gone](const SystemImpact &c) { return c.initiative == gone.id; });
        Initiative fresh;
        fresh.id = InitiativeId {plan.nextId++};
        fresh.name = QStringLiteral("New since the baseline");
        fresh.cost = Money(500000);
        plan.initiatives.push_back(fresh);
        const PlanSchedule after = schedulePlan(plan, quick());
        const Variance v = varianceSince(plan, after, id);

        QCOMPARE(v.removed, 1);
        QCOMPARE(v.added, 1);
        QCOMPARE(v.costChange, 100000);
        const auto rowOf = [&v](qint64 initiative) -> const VarianceRow * {
            for (const VarianceRow &r : v.rows)
                if (r.initiative == initiative)
                    return &r;
            return nullptr;
        };
        QCOMPARE(rowOf(gone.id.value)->status, VarianceRow::Status::Removed);
        QCOMPARE(rowOf(gone.id.value)->name, gone.name); // kept by the baseline
        QCOMPARE(rowOf(fresh.id.value)->status, VarianceRow::Status::Added);
        const VarianceRow *s = rowOf(slipped.value);
        QCOMPARE(s->status, VarianceRow::Status::Moved);
        QCOMPARE(s->slip, std::optional(2));
        QVERIFY(v.later >= 1);
        QVERIFY(v.totalSlip >= 2);
        QCOMPARE(rowOf(plan.initiatives[4].id.value)->costChange(), 100000);
    }

    // A scenario's rows in the full fixture come out of the scenario machinery as the values
    // written: every kind of row applies to its item.
    void fixtureScenariosApply()
    {
        const PlanContent p = Test::fullPlan();
        for (const Scenario &s : p.scenarios) {
            const ScenarioPlan derived = applyScenario(p, s.id);
            QVERIFY2(derived.problems.isEmpty(), qPrintable(derived.problems.join(u'\n')));
        }
        const ScenarioPlan cut = applyScenario(p, ScenarioId {50});
        QCOMPARE(cut.content.resource(ResourceId {1})->capacityIn(Quarter(2028, 1)), 16000000);
        QCOMPARE(cut.content.resource(ResourceId {1})->capacityIn(Quarter(2028, 3)), 12000000);
        QCOMPARE(cut.content.initiative(InitiativeId {30})->duration, 3);
        const ScenarioPlan erp = applyScenario(p, ScenarioId {51});
        QCOMPARE(erp.content.initiative(InitiativeId {31})->status, InitiativeStatus::Proposed);
        QCOMPARE(erp.content.info.horizon, 20);
        QCOMPARE(erp.content.system(SystemId {20})->endOfSupport, std::optional(Quarter(2028, 2)));
        QVERIFY(!describeOverride(p, p.overrides.front()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Scenario)
#include "tst_scenario.moc"
