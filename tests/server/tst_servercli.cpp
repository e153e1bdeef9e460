#include "core/store/planfile.h"
#include "core/store/sampleplan.h"
#include "tests/server/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cairn(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CAIRN_BINARY), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

// The command line against a real server: set up, publish, members, and the commands that read
// plans taking an address instead of a file.
class tst_ServerCli : public QObject {
    Q_OBJECT

private:
    Test::TestServer m_server;
    QTemporaryDir m_dir;
    QString m_file;

private slots:
    void initTestCase()
    {
        m_server = Test::TestServer::fromFixture();
        QVERIFY2(m_server.valid(),
            "no test server: CAIRN_TEST_PG must name the record of tests/server/pgserver.sh");
        QString error;
        QVERIFY2(
            m_server.prepare(QStringLiteral("cairn_cli_test"),
                {QStringLiteral("planner"), QStringLiteral("viewer1"), QStringLiteral("outsider")},
                &error),
            qPrintable(error));
        m_file = m_dir.filePath(QStringLiteral("brightwater.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), m_file).ok);
    }

    void initCreatesTheSchemaOnce()
    {
        Run r = cairn({QStringLiteral("server"), QStringLiteral("init"),
            m_server.uri(QStringLiteral("postgres"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("is ready")), qPrintable(r.out));
        r = cairn({QStringLiteral("server"), QStringLiteral("init"),
            m_server.uri(QStringLiteral("postgres"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("nothing to do")), qPrintable(r.out));
    }

    void publishGrantAndRead()
    {
        const QString owner
            = m_server.uri(QStringLiteral("postgres"), QStringLiteral("brightwater"));
        Run r = cairn({QStringLiteral("publish"), m_file, owner});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cairn({QStringLiteral("publish"), m_file, owner});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("already")), qPrintable(r.err));
        r = cairn({QStringLiteral("server"), QStringLiteral("grant"), owner,
            QStringLiteral("planner"), QStringLiteral("editor")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cairn({QStringLiteral("server"), QStringLiteral("grant"), owner,
            QStringLiteral("viewer1"), QStringLiteral("viewer")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cairn({QStringLiteral("server"), QStringLiteral("grant"), owner,
            QStringLiteral("planner"), QStringLiteral("boss")});
        QCOMPARE(r.exitCode, 64);
        // Only an owner gives access.
        r = cairn({QStringLiteral("server"), QStringLiteral("grant"),
            m_server.uri(QStringLiteral("planner"), QStringLiteral("brightwater")),
            QStringLiteral("outsider"), QStringLiteral("owner")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("only an owner")), qPrintable(r.err));

        // The same schedule from the file and from the server.
        const QString planner
            = m_server.uri(QStringLiteral("planner"), QStringLiteral("brightwater"));
        const QStringList options {QStringLiteral("--json"), QStringLiteral("--budget-ms"),
            QStringLiteral("0"), QStringLiteral("--bound-ms"), QStringLiteral("0")};
        const Run fromFile = cairn(QStringList {QStringLiteral("schedule"), m_file} + options);
        const Run fromServer = cairn(QStringList {QStringLiteral("schedule"), planner} + options);
        QVERIFY2(fromServer.exitCode == fromFile.exitCode, qPrintable(fromServer.err));
        auto initiatives = [](const QString &json) {
            return QJsonDocument::fromJson(json.toUtf8())
                .object()
                .value(QLatin1String("initiatives"));
        };
        QVERIFY(!initiatives(fromFile.out).toArray().isEmpty());
        QCOMPARE(initiatives(fromServer.out), initiatives(fromFile.out));

        r = cairn({QStringLiteral("check"),
            m_server.uri(QStringLiteral("viewer1"), QStringLiteral("brightwater"))});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("plan=brightwater")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("35 initiatives")), qPrintable(r.out));

        const QString png = m_dir.filePath(QStringLiteral("roadmap.png"));
        r = cairn({QStringLiteral("export"), planner, QStringLiteral("--png"), png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(png).size() > 0);
    }

    void outsidersAndBadAddressesAreRefused()
    {
        Run r = cairn({QStringLiteral("check"),
            m_server.uri(QStringLiteral("outsider"), QStringLiteral("brightwater"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("not a member")), qPrintable(r.err));
        r = cairn({QStringLiteral("schedule"),
            m_server.uri(QStringLiteral("planner"), QStringLiteral("nosuchplan"))});
        QCOMPARE(r.exitCode, 2);
        r = cairn({QStringLiteral("check"), QStringLiteral("postgresql:///x?port=nope&plan=a")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("port")), qPrintable(r.err));
        // Nothing listens there: a message, quickly, not a hang.
        r = cairn({QStringLiteral("check"),
            QStringLiteral("postgresql:///x?host=%1&port=1&user=planner&plan=a")
                .arg(m_dir.path())});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("Cannot use the plan server")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_ServerCli)
#include "tst_servercli.moc"
