#include "core/models/planmodels.h"
#include "core/store/sampleplan.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Cairn;

class tst_Models : public QObject {
    Q_OBJECT

private slots:
    void everyModelPassesTheTesterThroughEdits()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        // Models and testers exist before anything changes, so every change is checked.
        InitiativeTableModel initiatives(plan, &edit);
        GoalTableModel goals(plan, &edit);
        SystemTableModel systems(plan, &edit);
        ResourceTableModel resources(plan, &edit);
        QAbstractItemModelTester t1(
            &initiatives, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&goals, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(
            &systems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(
            &resources, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(initiatives.rowCount(), 35);
        QCOMPARE(goals.rowCount(), 8);
        QCOMPARE(systems.rowCount(), 25);
        QCOMPARE(resources.rowCount(), 3);

        Initiative n;
        n.name = QStringLiteral("Added");
        edit.add(n);
        QCOMPARE(initiatives.rowCount(), 36);
        edit.remove({initiatives.idAt(2), goals.idAt(0), systems.idAt(3)});
        QCOMPARE(initiatives.rowCount(), 35);
        QCOMPARE(goals.rowCount(), 7);
        edit.undoStack()->undo(); // a reset
        QCOMPARE(goals.rowCount(), 8);
        edit.undoStack()->undo();
        QCOMPARE(initiatives.rowCount(), 35);
        // Removing a resource changes demand of initiatives (modified rows) and the resource row.
        edit.remove({resources.idAt(1)});
        QCOMPARE(resources.rowCount(), 2);
    }

    void cellEditsAreUndoSteps_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("display");
        QTest::newRow("name") << QStringLiteral("name") << QVariant(QStringLiteral("Renamed"))
                              << QStringLiteral("Renamed");
        QTest::newRow("kind by name")
            << QStringLiteral("kind") << QVariant(QStringLiteral("transform"))
            << QStringLiteral("Transform");
        QTest::newRow("duration") << QStringLiteral("duration") << QVariant(3)
                                  << QStringLiteral("3");
        QTest::newRow("cost") << QStringLiteral("cost") << QVariant(QStringLiteral("12,500"))
                              << QStringLiteral("€12,500");
        QTest::newRow("deadline") << QStringLiteral("deadline")
                                  << QVariant(QStringLiteral("Q3 2028"))
                                  << QStringLiteral("2028 Q3");
        QTest::newRow("clear pin") << QStringLiteral("pin") << QVariant(QString()) << QString();
    }
    void cellEditsAreUndoSteps()
    {
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        QFETCH(QString, display);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Plan plan(samplePlan());
        EditFacade edit(plan);
        InitiativeTableModel model(plan, &edit);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = 2; // "Multi-factor sign-in", pinned to 2027 Q1
        const QModelIndex index = model.index(row, model.columnOf(column));
        const QVariant before = index.data();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(index, value, Qt::EditRole));
        QCOMPARE(index.data().toString(), display);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(edit.undoStack()->count(), 1);
        edit.undoStack()->undo();
        QCOMPARE(index.data(), before);
    }

    // The inspector edits through Qt::EditRole: money there reads as in the table (it showed
    // "€38000" beside the table's "€38,000"), and the text it shows is read back unchanged.
    void moneyIsEditedAsShown_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("edited");
        QTest::newRow("en EUR") << "en_US"
                                << "EUR" << qint64(3800000) << QStringLiteral("€38,000");
        QTest::newRow("en EUR cents") << "en_US"
                                      << "EUR" << qint64(123456789) << QString();
        QTest::newRow("de EUR") << "de_DE"
                                << "EUR" << qint64(3800000) << QString();
        QTest::newRow("fr EUR") << "fr_FR"
                                << "EUR" << qint64(3800050) << QString();
        QTest::newRow("en JPY") << "en_US"
                                << "JPY" << qint64(1250000) << QString();
        // 1.234 dinars would read back as 1,234 dinars: Cairn's plain form instead.
        QTest::newRow("en KWD fils") << "en_US"
                                     << "KWD" << qint64(1234) << QString();
    }
    void moneyIsEditedAsShown()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QFETCH(QString, edited);
        const QLocale previous;
        QLocale::setDefault(QLocale(locale));
        PlanContent content = samplePlan();
        content.info.currency.code = currency;
        content.initiatives.front().cost = Money(minor);
        Plan plan(std::move(content));
        EditFacade edit(plan);
        InitiativeTableModel model(plan, &edit);
        const QModelIndex cost = model.index(0, model.columnOf(u"cost"));
        const QString text = cost.data(Qt::EditRole).toString();
        if (!edited.isEmpty())
            QCOMPARE(text, edited);
        QVERIFY(model.setData(cost, text, Qt::EditRole));
        QCOMPARE(plan.initiatives().front().cost.minorUnits(), minor);
        QLocale::setDefault(previous);
    }

    void tagsAreEditedAsOneCell()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        InitiativeTableModel model(plan, &edit);
        const QModelIndex tags = model.index(0, model.columnOf(u"tags"));
        QVERIFY(model.flags(tags).testFlag(Qt::ItemIsEditable));
        QVERIFY(model.setData(tags, QStringLiteral("audit; cloud, Audit"), Qt::EditRole));
        QCOMPARE(plan.initiatives().front().tags,
            QStringList({QStringLiteral("audit"), QStringLiteral("cloud")}));
        QCOMPARE(tags.data().toString(), QStringLiteral("audit, cloud"));
        QCOMPARE(
            tags.data(PlanTableModel::EditorRole).value<EditorHint>().kind, EditorHint::Kind::List);
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("empty name") << QStringLiteral("name") << QVariant(QString());
        QTest::newRow("risk 9") << QStringLiteral("risk") << QVariant(9);
        QTest::newRow("quarter") << QStringLiteral("deadline")
                                 << QVariant(QStringLiteral("someday"));
        QTest::newRow("money") << QStringLiteral("cost") << QVariant(QStringLiteral("lots"));
        QTest::newRow("kind") << QStringLiteral("kind") << QVariant(QStringLiteral("maintain"));
    }
    void badValuesAreRefused()
    {
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        Plan plan(samplePlan());
        EditFacade edit(plan);
        InitiativeTableModel model(plan, &edit);
        QSignalSpy refused(&model, &PlanTableModel::editRefused);
        const PlanContent before = plan.content();
        QVERIFY(!model.setData(model.index(0, model.columnOf(column)), value, Qt::EditRole));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!refused.first().first().toString().isEmpty());
        QVERIFY(plan.content() == before);
        QCOMPARE(edit.undoStack()->count(), 0);
    }

    void goalParentByNameRefusesCycles()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        GoalTableModel goals(plan, &edit);
        QAbstractItemModelTester tester(
            &goals, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refused(&goals, &PlanTableModel::editRefused);
        // "Be secure and compliant" (row 4) goes under the vision (row 0).
        QVERIFY(goals.setData(
            goals.index(4, goals.columnOf(u"parent")), goals.index(0, 0).data(), Qt::EditRole));
        QCOMPARE(goals.index(4, goals.columnOf(u"parent")).data(), goals.index(0, 0).data());
        // The vision under one of its own sub-goals would be a loop: refused, nothing changes.
        QVERIFY(!goals.setData(
            goals.index(0, goals.columnOf(u"parent")), goals.index(1, 0).data(), Qt::EditRole));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!goals.setData(goals.index(0, goals.columnOf(u"parent")),
            QStringLiteral("No such goal"), Qt::EditRole));
        QVERIFY(goals.setData(goals.index(4, goals.columnOf(u"parent")), QString(), Qt::EditRole));
        QVERIFY(!plan.goals().at(4).parent);
        // Consecutive edits of the same field of the same goal merge into one undo step.
        QCOMPARE(edit.undoStack()->count(), 1);
    }

    void refreshesWhatARowShowsOnly()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        GoalTableModel goals(plan, &edit);
        QSignalSpy changed(&goals, &QAbstractItemModel::dataChanged);
        // An initiative's change shows nowhere in the goals table.
        Initiative i = plan.initiatives().front();
        i.value = 1;
        edit.update(i);
        QCOMPARE(changed.count(), 0);
        // A goal renamed: its sub-goals' "Part of" reads the new name, so they are refreshed too.
        QVERIFY(goals.setData(
            goals.index(4, goals.columnOf(u"parent")), goals.index(0, 0).data(), Qt::EditRole));
        changed.clear();
        QVERIFY(goals.setData(
            goals.index(0, goals.columnOf(u"name")), QStringLiteral("Vision"), Qt::EditRole));
        QCOMPARE(
            goals.index(4, goals.columnOf(u"parent")).data().toString(), QStringLiteral("Vision"));
        bool covered = false;
        for (const QList<QVariant> &args : std::as_const(changed))
            covered = covered
                || (args[0].toModelIndex().row() <= 4 && args[1].toModelIndex().row() >= 4);
        QVERIFY(covered);
        // The plan's settings change how every row reads.
        changed.clear();
        PlanInfo info = plan.info();
        info.currency.code = QStringLiteral("CHF");
        edit.setPlanInfo(info);
        QCOMPARE(changed.count(), 1);
    }

    void scheduleColumnsShowQuartersAndWhy()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        InitiativeTableModel model(plan, &edit);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.index(0, model.columnOf(u"start")).data().isValid());
        SchedulerOptions o;
        o.improve = false;
        model.setSchedule(std::make_shared<const PlanSchedule>(schedulePlan(plan.content(), o)));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(Quarter::parse(model.index(row, model.columnOf(u"start")).data().toString()));
            QVERIFY(!model.index(row, model.columnOf(u"why")).data().toString().isEmpty());
            QVERIFY(!model.flags(model.index(row, model.columnOf(u"start")))
                         .testFlag(Qt::ItemIsEditable));
        }
        QVERIFY(
            model.index(0, model.columnOf(u"start")).data(PlanTableModel::SortRole).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(tst_Models)
#include "tst_models.moc"
