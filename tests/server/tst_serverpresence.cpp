#include "core/session/presence.h"
#include "core/session/serverdocument.h"
#include "core/session/serverlistener.h"
#include "tests/core/planfixtures.h"
#include "tests/server/testserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Cairn;

// Who else has an item of a shared plan open: two windows (two login roles) on one plan, each
// holding the item it shows as a session-scoped advisory lock on its own connection.
class tst_ServerPresence : public QObject {
    Q_OBJECT

private:
    Test::TestServer m_server;
    int m_plans = 0;
    QString m_plan; // a fresh plan for each test

    // presenceMs: how often the window asks by itself (the listener makes it ask at once).
    std::unique_ptr<ServerDocument> openAs(const QString &user, int presenceMs, bool listen = true)
    {
        ServerDocument::Options options;
        options.listen = listen;
        options.timing = {500, 300};
        options.presenceMs = presenceMs;
        auto doc = std::make_unique<ServerDocument>(m_server.address(user, m_plan), options);
        QSignalSpy opened(doc.get(), &ServerDocument::opened);
        doc->open();
        if (!opened.wait(20000) || !opened.first().at(0).toBool()) {
            qWarning() << "not opened:" << (opened.isEmpty() ? QString() : opened.first().at(1));
            return nullptr;
        }
        return doc;
    }

    // Advisory locks held on the server now, by anyone.
    int advisoryLocks()
    {
        ServerStore store(m_server.address(QStringLiteral("postgres"), m_plan));
        QString why;
        if (!store.open(&why))
            return -1;
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"))
            || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    qint64 planId()
    {
        ServerStore store(m_server.address(QStringLiteral("postgres"), m_plan));
        return store.load().ok() ? store.planId() : 0;
    }

    static qint64 initiative(const ServerDocument &doc, int index)
    {
        return doc.plan().initiatives().at(size_t(index)).id.value;
    }

    static constexpr int kWaitMs = 5000;
    static constexpr int kNeverMs = 600000; // a window that does not ask by itself in a test

private slots:
    void initTestCase()
    {
        QString message;
        m_server = Test::TestServer::forProgram(QStringLiteral("cairn_presence_test"),
            {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}, &message);
        QVERIFY2(m_server.valid(), qPrintable(message));
    }

    void init()
    {
        m_plan = QStringLiteral("presence%1").arg(++m_plans);
        QString message;
        QVERIFY2(m_server.publishWithEditors(m_plan, Test::fullPlan(),
                     {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")},
                     &message),
            qPrintable(message));
    }

    // Alice opens an item, then another, then none: Bob sees her where she is. Heard from the
    // listener at once, or found by the window's own look every presenceMs without one.
    void colleagueIsShownOnTheItemTheyHaveOpen_data()
    {
        QTest::addColumn<bool>("listen");
        QTest::newRow("told by a notification") << true;
        QTest::newRow("found by the window's own look") << false;
    }
    void colleagueIsShownOnTheItemTheyHaveOpen()
    {
        QFETCH(bool, listen);
        auto alice = openAs(QStringLiteral("alice"), kNeverMs);
        auto bob = openAs(QStringLiteral("bob"), listen ? kNeverMs : 200, listen);
        QVERIFY(alice && bob);
        const qint64 first = initiative(*alice, 0), second = initiative(*alice, 1);
        const Presence *seen = bob->presence();
        QVERIFY(seen);
        QVERIFY(seen->isEmpty());
        QSignalSpy changed(seen, &Presence::changed);

        alice->setOpenItem(first);
        QTRY_COMPARE_WITH_TIMEOUT(
            seen->colleagues(first), QStringList {QStringLiteral("alice")}, kWaitMs);
        QVERIFY(changed.count() >= 1);
        QVERIFY(changed.last().at(0).value<QList<qint64>>().contains(first));
        // Nobody sees themselves.
        QTest::qWait(300);
        QVERIFY(alice->presence()->colleagues(first).isEmpty());

        alice->setOpenItem(second);
        QTRY_COMPARE_WITH_TIMEOUT(
            seen->colleagues(second), QStringList {QStringLiteral("alice")}, kWaitMs);
        QVERIFY(seen->colleagues(first).isEmpty());

        // And the other way: Alice sees Bob on the item they both have open.
        bob->setOpenItem(second);
        QTRY_COMPARE_WITH_TIMEOUT(
            alice->presence()->colleagues(second), QStringList {QStringLiteral("bob")}, kWaitMs);

        alice->setOpenItem(0);
        QTRY_VERIFY_WITH_TIMEOUT(seen->isEmpty(), kWaitMs);
    }

    // Several colleagues on one item are named together, each once (Carol has two windows).
    void everyColleagueOnAnItemIsNamedOnce()
    {
        auto alice = openAs(QStringLiteral("alice"), kNeverMs);
        auto bob = openAs(QStringLiteral("bob"), kNeverMs);
        auto carol = openAs(QStringLiteral("carol"), kNeverMs);
        auto carolAgain = openAs(QStringLiteral("carol"), kNeverMs);
        QVERIFY(alice && bob && carol && carolAgain);
        const qint64 item = initiative(*alice, 0);
        carol->setOpenItem(item);
        carolAgain->setOpenItem(item);
        bob->setOpenItem(item);
        QTRY_COMPARE_WITH_TIMEOUT(alice->presence()->colleagues(item),
            (QStringList {QStringLiteral("bob"), QStringLiteral("carol")}), kWaitMs);
        // Carol's other window is someone else for each of them.
        QTRY_COMPARE_WITH_TIMEOUT(carol->presence()->colleagues(item),
            (QStringList {QStringLiteral("bob"), QStringLiteral("carol")}), kWaitMs);
    }

    // A window that closes takes its item away at once (it says so); a connection that dies
    // without a word is found at the colleagues' next look, and the window whose connection died
    // holds its item again once it looks itself.
    void leavingTakesThePresenceAway_data()
    {
        QTest::addColumn<bool>("closed");
        QTest::newRow("window closed") << true;
        QTest::newRow("connection killed") << false;
    }
    void leavingTakesThePresenceAway()
    {
        QFETCH(bool, closed);
        auto alice = openAs(QStringLiteral("alice"), kNeverMs);
        auto bob = openAs(QStringLiteral("bob"), closed ? kNeverMs : 300);
        QVERIFY(alice && bob);
        const qint64 item = initiative(*alice, 0);
        alice->setOpenItem(item);
        QTRY_COMPARE_WITH_TIMEOUT(
            bob->presence()->colleagues(item), QStringList {QStringLiteral("alice")}, kWaitMs);
        if (closed) {
            alice.reset();
        } else {
            // Only the connection holding the lock: the window lives on and does not know.
            QString error;
            const QString kill = QStringLiteral(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' "
                "AND objsubid = 2 AND classid = %1 AND objid = %2")
                                     .arg(planId())
                                     .arg(item);
            QVERIFY2(m_server.admin({kill}, m_server.database, &error), qPrintable(error));
        }
        QTRY_VERIFY_WITH_TIMEOUT(bob->presence()->colleagues(item).isEmpty(), kWaitMs);
        if (!closed) {
            alice->refreshPresence(); // a new connection, the item held again
            QTRY_COMPARE_WITH_TIMEOUT(
                bob->presence()->colleagues(item), QStringList {QStringLiteral("alice")}, kWaitMs);
        }
    }

    // The listener hears a colleague take an item (and nothing else is made of it).
    void listenerHearsAColleagueMove()
    {
        ServerStore store(m_server.address(QStringLiteral("alice"), m_plan));
        QVERIFY(store.load().ok());
        ServerListener listener(m_server.address(QStringLiteral("bob")), store.planId());
        QSignalSpy up(&listener, &ServerListener::connected);
        QSignalSpy moved(&listener, &ServerListener::presenceChanged);
        QSignalSpy announced(&listener, &ServerListener::announced);
        listener.start();
        QVERIFY(up.wait(10000));
        QString why;
        const auto others = store.presence(Test::fullPlan().goals.front().id.value, &why);
        QVERIFY2(others, qPrintable(why));
        QVERIFY(others->empty());
        QVERIFY(moved.wait(kWaitMs));
        QVERIFY(announced.isEmpty()); // not a step
        // Asking again without moving tells nobody.
        QVERIFY(store.presence(Test::fullPlan().goals.front().id.value, &why));
        QTest::qWait(300);
        QCOMPARE(moved.count(), 1);
    }

    // A plan file has no presence and no server work: no worker thread, no lock anywhere.
    void filePlanHasNoPresence()
    {
        // The windows of the tests before have let go of theirs.
        QTRY_COMPARE_WITH_TIMEOUT(advisoryLocks(), 0, kWaitMs);
        PlanDocument file(Test::fullPlan());
        QVERIFY(!file.presence());
        file.setOpenItem(Test::fullPlan().initiatives.front().id.value);
        QTest::qWait(200);
        QVERIFY(file.findChildren<QThread *>().isEmpty());
        QCOMPARE(advisoryLocks(), 0);
        // A window on the server holds one.
        auto alice = openAs(QStringLiteral("alice"), kNeverMs);
        QVERIFY(alice);
        QVERIFY(!alice->findChildren<QThread *>().isEmpty());
        alice->setOpenItem(Test::fullPlan().initiatives.front().id.value);
        QTRY_COMPARE_WITH_TIMEOUT(advisoryLocks(), 1, kWaitMs);
    }
};

QTEST_GUILESS_MAIN(tst_ServerPresence)
#include "tst_serverpresence.moc"
