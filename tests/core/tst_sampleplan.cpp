#include "core/domain/planvalidator.h"
#include "core/interchange/planjson.h"
#include "core/store/sampleplan.h"

#include <QSet>
#include <QTest>

using namespace Cairn;

class tst_SamplePlan : public QObject {
    Q_OBJECT

private slots:
    void loadsWithNoProblems()
    {
        const PlanContent plan = samplePlan();
        const auto issues = validatePlan(plan);
        QStringList messages;
        for (const PlanIssue &i : issues)
            messages << i.message;
        QVERIFY2(issues.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    }

    void isTheBelievableCompanyTheIssueDescribes()
    {
        const PlanContent plan = samplePlan();
        QCOMPARE(plan.info.firstQuarter, Quarter(2027, 1));
        QCOMPARE(plan.info.horizon, 12);
        QCOMPARE(plan.goals.size(), size_t(8));
        QCOMPARE(plan.systems.size(), size_t(25));
        QCOMPARE(plan.initiatives.size(), size_t(35));
        QCOMPARE(plan.resources.size(), size_t(3));
        QVERIFY(plan.budget());

        // Every kind is present.
        QSet<InitiativeKind> kinds;
        for (const Initiative &i : plan.initiatives)
            kinds.insert(i.kind);
        QCOMPARE(kinds.size(), 3);

        // End-of-support dates: some already past, some inside the horizon, some beyond.
        int past = 0, inside = 0;
        for (const System &s : plan.systems) {
            if (!s.endOfSupport)
                continue;
            if (*s.endOfSupport < plan.info.firstQuarter)
                ++past;
            else if (*s.endOfSupport <= plan.info.lastQuarter())
                ++inside;
        }
        QVERIFY(past >= 2);
        QVERIFY(inside >= 10);

        // A forced upgrade: an initiative that upgrades or replaces a system with an end of
        // support.
        bool forced = false;
        for (const SystemImpact &impact : plan.impacts)
            if (impact.effect != SystemEffect::Introduces
                && plan.system(impact.system)->endOfSupport)
                forced = true;
        QVERIFY(forced);

        // A diamond: two initiatives that share a predecessor and a successor.
        bool diamond = false;
        for (const Initiative &top : plan.initiatives) {
            QList<InitiativeId> succ;
            for (const Dependency &d : plan.dependencies)
                if (d.predecessor == top.id)
                    succ << d.successor;
            for (qsizetype a = 0; a < succ.size(); ++a)
                for (qsizetype b = a + 1; b < succ.size(); ++b)
                    for (const Dependency &d1 : plan.dependencies)
                        for (const Dependency &d2 : plan.dependencies)
                            if (d1.predecessor == succ[a] && d2.predecessor == succ[b]
                                && d1.successor == d2.successor)
                                diamond = true;
        }
        QVERIFY(diamond);
        // Both link types.
        QVERIFY(std::any_of(plan.dependencies.begin(), plan.dependencies.end(),
            [](const Dependency &d) { return d.type == DependencyType::StartToStart; }));
    }

    void jsonErrorsNameWhereAndWhat_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
        QTest::newRow("unknown goal")
            << QByteArray(R"({"plan":{"name":"P"},"initiatives":[{"name":"A"}],)"
                          R"("goal_contributions":[{"initiative":"A","goal":"zz"}]})")
            << QStringLiteral("goal_contributions[0], column “Goal”: there is no goal called “zz”");
        QTest::newRow("bad quarter")
            << QByteArray(
                   R"({"plan":{"name":"P"},"systems":[{"name":"S","end_of_support":"soon"}]})")
            << QStringLiteral("systems[0], column “End of support”: “soon” is not a quarter");
        QTest::newRow("no name") << QByteArray(R"({"plan":{"name":"P"},"goals":[{"weight":3}]})")
                                 << QStringLiteral(
                                        "goals: the table “Goals” needs the columns “Goal”");
        QTest::newRow("unknown kind")
            << QByteArray(R"({"plan":{"name":"P"},"initiatives":[{"name":"A","kind":"maintain"}]})")
            << QStringLiteral("initiatives[0], column “Kind”: “maintain” is not one of Run, Grow, "
                              "Transform");
    }
    void jsonErrorsNameWhereAndWhat()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const PlanJsonResult r = readPlanJson(json);
        QVERIFY(!r.content);
        QVERIFY2(r.error.startsWith(expected), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(tst_SamplePlan)
#include "tst_sampleplan.moc"
