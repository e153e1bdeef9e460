#include "tests/bench/generateplan.h"
#include "tests/server/concurrentedits.h"
#include "tests/server/testserver.h"

#include <QTest>

using namespace Cairn;

// Two people edit the same ten initiatives at once, often the same field: no accepted edit may
// be lost, and every refusal must be a conflict the client is told about.
class tst_ServerConcurrency : public QObject {
    Q_OBJECT

private slots:
    void noLostUpdates_data()
    {
        QTest::addColumn<int>("clients");
        QTest::addColumn<double>("sharedFieldShare");
        QTest::newRow("two clients, 30 % same field") << 2 << 0.3;
        QTest::newRow("three clients, all the same field") << 3 << 1.0;
    }
    void noLostUpdates()
    {
        QFETCH(int, clients);
        QFETCH(double, sharedFieldShare);
        Test::TestServer server = Test::TestServer::fromFixture();
        QVERIFY2(server.valid(),
            "no test server: CAIRN_TEST_PG must name the record of tests/server/pgserver.sh");
        QString error;
        const QStringList people {
            QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cem")};
        QVERIFY2(server.prepare(QStringLiteral("cairn_concurrency_test"), people, &error),
            qPrintable(error));
        QString message;
        QVERIFY2(ServerStore::initialise(server.address(QStringLiteral("postgres")), &message),
            qPrintable(message));
        const PlanContent plan = Bench::generateRoadmap({.initiatives = 30, .seed = 5});
        ServerStore owner(server.address(QStringLiteral("postgres"), QStringLiteral("shared")));
        QVERIFY2(owner.publish(plan, &message), qPrintable(message));
        QList<ServerAddress> addresses;
        for (int i = 0; i < clients; ++i) {
            QVERIFY2(owner.grant(people[i], MemberRole::Editor, &message), qPrintable(message));
            addresses << server.address(people[i], QStringLiteral("shared"));
        }

        Test::ConcurrentEditOptions options;
        options.clients = clients;
        options.seconds = 3;
        options.sharedFieldShare = sharedFieldShare;
        const Test::ConcurrentEditResult r = Test::runConcurrentEdits(addresses,
            server.address(QStringLiteral("postgres"), QStringLiteral("shared")), plan, options);
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        QCOMPARE(r.errors, 0);
        QCOMPARE(r.lostUpdates, 0);
        QVERIFY(r.revisionsInOrder);
        QCOMPARE(r.rejected, r.conflicts);
        QCOMPARE(r.conflicts, r.sameField + r.otherField);
        QVERIFY(r.accepted > 0);
        // Stale clients collide: the check above is not vacuous.
        QVERIFY(r.conflicts > 0);
        qInfo("%d edits, %d accepted, %d conflicts (%d same field, %d other fields)", r.attempted,
            r.accepted, r.conflicts, r.sameField, r.otherField);
    }
};

QTEST_GUILESS_MAIN(tst_ServerConcurrency)
#include "tst_serverconcurrency.moc"
