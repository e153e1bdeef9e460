#include "core/session/serverlistener.h"
#include "tests/core/planfixtures.h"
#include "tests/server/testserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Cairn;

// The listener hears the steps others commit, finds a lost connection and comes back.
class tst_ServerListener : public QObject {
    Q_OBJECT

private:
    Test::TestServer m_server;
    qint64 m_planId = 0;

    CommitResult rename(const QString &name)
    {
        ServerStore store(m_server.address(QStringLiteral("alice"), QStringLiteral("heard")));
        const LoadResult loaded = store.load();
        if (!loaded.ok())
            return {false, 0, {}, loaded.message};
        PlanContent after = *loaded.content;
        after.info.name = name;
        return store.commit(after, PlanChanges::between(*loaded.content, after));
    }

private slots:
    void initTestCase()
    {
        QString message;
        m_server = Test::TestServer::forProgram(
            QStringLiteral("cairn_listener_test"), {QStringLiteral("alice")}, &message);
        QVERIFY2(m_server.valid(), qPrintable(message));
        ServerStore owner(m_server.address(QStringLiteral("postgres"), QStringLiteral("heard")));
        QVERIFY2(owner.publish(Test::fullPlan(), &message), qPrintable(message));
        QVERIFY(owner.grant(QStringLiteral("alice"), MemberRole::Editor, &message));
        m_planId = owner.planId();
    }

    // After a lost link: tries soon at first, then ever less often, never more often than the
    // cap once the server stays away (it tried every 2 s from the start, so that a server back
    // from a restart was heard up to 2 s late, and a heartbeat after it was gone).
    void triesAgainSoonThenLessOften_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("wait");
        QTest::newRow("the link lost") << 1 << 100;
        QTest::newRow("one try failed") << 2 << 200;
        QTest::newRow("three") << 4 << 800;
        QTest::newRow("capped") << 5 << 1500;
        QTest::newRow("the server stays away") << 1000 << 1500;
    }
    void triesAgainSoonThenLessOften()
    {
        QFETCH(int, failures);
        QFETCH(int, wait);
        QCOMPARE(ServerListener::retryDelay(ServerListener::Timing {}, failures), wait);
        // Whatever the settings, never sooner than the first wait nor later than the cap.
        QCOMPARE(ServerListener::retryDelay(ServerListener::Timing {500, 300, 50}, failures),
            std::min(300, 50 << std::min(failures - 1, 10)));
    }

    void hearsCommittedSteps()
    {
        ServerListener listener(m_server.address(QStringLiteral("alice")), m_planId);
        QSignalSpy up(&listener, &ServerListener::connected);
        QSignalSpy heard(&listener, &ServerListener::announced);
        listener.start();
        QVERIFY(up.wait(10000));
        const CommitResult r = rename(QStringLiteral("Heard"));
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(heard.wait(10000));
        QCOMPARE(heard.first().at(0).toLongLong(), r.revision);
        QCOMPARE(heard.first().at(1).toStringList(), QStringList {QStringLiteral("plan:0")});
    }

    void comesBackAfterTheServerRestarts()
    {
        ServerListener listener(
            m_server.address(QStringLiteral("alice")), m_planId, ServerListener::Timing {500, 300});
        QSignalSpy up(&listener, &ServerListener::connected);
        QSignalSpy down(&listener, &ServerListener::disconnected);
        QSignalSpy heard(&listener, &ServerListener::announced);
        listener.start();
        QVERIFY(up.wait(10000));
        QVERIFY(Test::TestServer::control(QStringLiteral("restart")));
        QTRY_VERIFY_WITH_TIMEOUT(down.count() >= 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(up.count() >= 2, 20000);
        const CommitResult r = rename(QStringLiteral("Heard again"));
        QVERIFY2(r.ok, qPrintable(r.message));
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 10000);
        QCOMPARE(heard.last().at(0).toLongLong(), r.revision);
    }
};

QTEST_GUILESS_MAIN(tst_ServerListener)
#include "tst_serverlistener.moc"
