#include "app/interaction.h"
#include "app/views/graphpage.h"
#include "app/views/inspector.h"
#include "app/views/presencemark.h"
#include "app/views/roadmappage.h"
#include "app/views/tablepage.h"
#include "app/views/workspace.h"
#include "core/models/entitytablemodel.h"
#include "core/schedule/planscheduler.h"
#include "core/session/liveschedule.h"
#include "core/session/serverdocument.h"
#include "tests/core/planfixtures.h"
#include "tests/server/testserver.h"

#include <QAbstractItemModelTester>
#include <QGraphicsItem>
#include <QIcon>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Cairn;

// The window's side of presence: a colleague's mark and name on the row of the item they have
// open in the tables, and a note in the inspector on it; the item the inspector shows is the
// one this window has open for them.
class tst_PresenceView : public QObject {
    Q_OBJECT

private:
    Test::TestServer m_server;
    int m_plans = 0;
    QString m_plan;

    std::unique_ptr<ServerDocument> openAs(const QString &user)
    {
        ServerDocument::Options options;
        options.timing = {500, 300};
        options.presenceMs = 600000; // told by the listener only: quick, or the test fails
        auto doc = std::make_unique<ServerDocument>(m_server.address(user, m_plan), options);
        QSignalSpy opened(doc.get(), &ServerDocument::opened);
        doc->open();
        if (!opened.wait(20000) || !opened.first().at(0).toBool())
            return nullptr;
        return doc;
    }

    // The name cell of an item in a table as the view shows it (through its proxy).
    static QModelIndex nameCell(TablePage *page, qint64 id)
    {
        return page->proxy()->mapFromSource(page->model()->index(page->model()->rowOf(id), 0));
    }

    static QString noteText(Inspector *inspector)
    {
        QString text;
        for (const QLabel *label : inspector->presenceNote()->findChildren<QLabel *>())
            text += label->text();
        return text;
    }

    static constexpr int kWaitMs = 5000;

private slots:
    void initTestCase()
    {
        QString message;
        m_server = Test::TestServer::forProgram(QStringLiteral("cairn_presenceview_test"),
            {QStringLiteral("alice"), QStringLiteral("bob")}, &message);
        QVERIFY2(m_server.valid(), qPrintable(message));
    }

    void init()
    {
        m_plan = QStringLiteral("view%1").arg(++m_plans);
        QString message;
        QVERIFY2(m_server.publishWithEditors(m_plan, Test::fullPlan(),
                     {QStringLiteral("alice"), QStringLiteral("bob")}, &message),
            qPrintable(message));
    }

    // Bob opens an item: Alice's table marks its row and names him, her inspector says so
    // when she selects it (which tells Bob she has it open too), and it all goes when he moves
    // on. Every kind of item, named as what it is.
    void showsTheColleagueOnTheItem_data()
    {
        QTest::addColumn<int>("kindNumber"); // an EntityKind
        QTest::addColumn<QString>("what");
        QTest::newRow("initiative") << int(EntityKind::Initiative) << "this initiative";
        QTest::newRow("goal") << int(EntityKind::Goal) << "this goal";
        QTest::newRow("system") << int(EntityKind::System) << "this system";
        QTest::newRow("resource") << int(EntityKind::Resource) << "this resource";
        QTest::newRow("milestone") << int(EntityKind::Milestone) << "this milestone";
    }
    void showsTheColleagueOnTheItem()
    {
        QFETCH(int, kindNumber);
        const auto kind = EntityKind(kindNumber);
        QFETCH(QString, what);
        auto alice = openAs(QStringLiteral("alice"));
        auto bob = openAs(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        Interaction interaction;
        Workspace workspace(*alice, interaction, nullptr);
        TablePage *page = workspace.page(kind);
        QVERIFY(page);
        QAbstractItemModelTester tester(
            page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 item = page->model()->idAt(page->model()->rowCount() - 1);
        QVERIFY(nameCell(page, item).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(nameCell(page, item).data(Qt::DecorationRole).isNull());

        QSignalSpy marked(page->proxy(), &QAbstractItemModel::dataChanged);
        bob->setOpenItem(item);
        QTRY_VERIFY_WITH_TIMEOUT(
            nameCell(page, item).data(Qt::ToolTipRole).toString().contains(QLatin1String("bob")),
            kWaitMs);
        const QString tip = nameCell(page, item).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(what), qPrintable(tip));
        QVERIFY(!nameCell(page, item).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!marked.isEmpty()); // the view repaints the row
        // Only that row carries it.
        for (int row = 0; row < page->proxy()->rowCount(); ++row)
            if (page->proxy()->index(row, 0).data(PlanTableModel::IdRole).toLongLong() != item)
                QVERIFY(page->proxy()->index(row, 0).data(Qt::ToolTipRole).toString().isEmpty());

        QVERIFY(workspace.inspector()->presenceNote()->isHidden());
        workspace.selectEntity(item);
        QCOMPARE(workspace.inspector()->currentId(), item);
        QVERIFY(!workspace.inspector()->presenceNote()->isHidden());
        QCOMPARE(noteText(workspace.inspector()), tip);
        // What Alice has open, Bob sees.
        QTRY_COMPARE_WITH_TIMEOUT(
            bob->presence()->colleagues(item), QStringList {QStringLiteral("alice")}, kWaitMs);

        bob->setOpenItem(0);
        QTRY_VERIFY_WITH_TIMEOUT(
            nameCell(page, item).data(Qt::ToolTipRole).toString().isEmpty(), kWaitMs);
        QVERIFY(nameCell(page, item).data(Qt::DecorationRole).isNull());
        QVERIFY(workspace.inspector()->presenceNote()->isHidden());
    }

    // Bob opens an initiative: Alice's roadmap marks its bar and her graph its node, naming him;
    // both marks go when he moves on.
    void showsTheColleagueOnTheRoadmapAndTheGraph()
    {
        auto alice = openAs(QStringLiteral("alice"));
        auto bob = openAs(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        Interaction interaction;
        Workspace workspace(*alice, interaction, nullptr);
        workspace.resize(1400, 900);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        SchedulerOptions options;
        options.improve = false;
        ScheduleSnapshot snapshot;
        snapshot.generation = alice->plan().generation();
        snapshot.schedule
            = std::make_shared<const PlanSchedule>(schedulePlan(alice->plan().content(), options));
        snapshot.final = true;
        workspace.setSchedule(snapshot);
        RoadmapView *roadmap = workspace.roadmap()->view();
        InitiativeId item;
        for (const RoadmapBar &bar : roadmap->layout().bars)
            if (!roadmap->barRect(bar.id).isEmpty()) {
                item = bar.id;
                break;
            }
        QVERIFY(item.isValid());
        QVERIFY(roadmap->presenceMarkRect(item).isEmpty());
        const QString who = QStringLiteral("bob is also editing this initiative.");

        bob->setOpenItem(item.value);
        QTRY_VERIFY_WITH_TIMEOUT(!roadmap->presenceMarkRect(item).isEmpty(), kWaitMs);
        QVERIFY(roadmap->toolTipAt(roadmap->presenceMarkRect(item).center()).contains(who));
        workspace.showView(View::Graph);
        GraphView *graph = workspace.graph()->view();
        QVERIFY(graph->waitForLayout());
        QVERIFY(graph->presenceMarkOf(item.value));
        QCOMPARE(graph->presenceMarkOf(item.value)->toolTip(), who);

        bob->setOpenItem(0);
        QTRY_VERIFY_WITH_TIMEOUT(!graph->presenceMarkOf(item.value), kWaitMs);
        QVERIFY(roadmap->presenceMarkRect(item).isEmpty());
    }

    // The sentence names everyone on the item as the language lists them, with the verb agreeing.
    void sentenceNamesTheColleagues_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("colleagues");
        QTest::addColumn<QString>("text");
        QTest::newRow("en, one") << "en"
                                 << "anna"
                                 << "anna is also editing this goal.";
        QTest::newRow("en, two") << "en"
                                 << "anna ben"
                                 << "anna and ben are also editing this goal.";
        QTest::newRow("de, one") << "de"
                                 << "anna"
                                 << "anna bearbeitet dieses Ziel ebenfalls.";
        QTest::newRow("de, two") << "de"
                                 << "anna ben"
                                 << "anna und ben bearbeiten dieses Ziel ebenfalls.";
    }
    void sentenceNamesTheColleagues()
    {
        QFETCH(QString, language);
        QFETCH(QString, colleagues);
        QFETCH(QString, text);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("cairn_") + language, QStringLiteral(CAIRN_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
        const QLocale was;
        QLocale::setDefault(QLocale(language));
        const QString made
            = PresenceMark::text(colleagues.split(QLatin1Char(' ')), EntityKind::Goal);
        QLocale::setDefault(was);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(made, text);
    }

    // A plan file shows nobody and asks no server.
    void filePlanShowsNobody()
    {
        PlanDocument file(Test::fullPlan());
        Interaction interaction;
        Workspace workspace(file, interaction, nullptr);
        const qint64 item = Test::fullPlan().initiatives.front().id.value;
        workspace.selectEntity(item);
        QCOMPARE(workspace.inspector()->currentId(), item);
        QVERIFY(workspace.inspector()->presenceNote()->isHidden());
        TablePage *page = workspace.page(EntityKind::Initiative);
        QVERIFY(nameCell(page, item).data(Qt::DecorationRole).isNull());
    }
};

QTEST_MAIN(tst_PresenceView)
#include "tst_presenceview.moc"
