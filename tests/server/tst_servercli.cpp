#include "core/store/planfile.h"
#include "core/store/planstore.h"
#include "core/store/sampleplan.h"
#include "tests/cairnrun.h"
#include "tests/server/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn;

namespace {
using Test::cairn;
using Test::Run;

int rounds(int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("CAIRN_LOOP_ROUNDS", &ok);
    return ok && n > 0 ? n : fallback;
}

QString writeCsv(const QString &path, const QString &text)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return path;
}

// Two `cairn import`s started at the same moment; their runs once both finished.
std::pair<Run, Run> importTogether(
    const QString &uriA, const QString &csvA, const QString &uriB, const QString &csvB)
{
    QProcess a, b;
    a.start(QStringLiteral(CAIRN_BINARY),
        {QStringLiteral("import"), uriA, QStringLiteral("--csv"), csvA});
    b.start(QStringLiteral(CAIRN_BINARY),
        {QStringLiteral("import"), uriB, QStringLiteral("--csv"), csvB});
    auto finish = [](QProcess &p) {
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    };
    Run ra = finish(a);
    Run rb = finish(b);
    return {ra, rb};
}

// The revision an import says it wrote ("… (revision 12)."), 0 when none.
qint64 revisionOf(const Run &r)
{
    const qsizetype at = r.out.lastIndexOf(QLatin1String("(revision "));
    return at < 0 ? 0 : r.out.mid(at + 10).section(QLatin1Char(')'), 0, 0).toLongLong();
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

    // A server an earlier Cairn set up (no id reservations; lock_plan and finish_step each
    // checked who may write on their own) is upgraded by `cairn server init`: ids are reserved
    // for each window, and every function that writes refuses a viewer through one function,
    // require_write. A second init has nothing to do.
    void initUpgradesAServerOfAnEarlierCairn()
    {
        Test::TestServer old = m_server;
        QString error;
        QVERIFY2(old.prepare(QStringLiteral("cairn_upgrade_test"),
                     {QStringLiteral("planner"), QStringLiteral("viewer1")}, &error),
            qPrintable(error));
        const QString db = old.database;
        QString message;
        QVERIFY2(ServerStore::initialise(old.address(QStringLiteral("postgres")), &message),
            qPrintable(message));
        ServerStore owner(old.address(QStringLiteral("postgres"), QStringLiteral("older")));
        QVERIFY2(owner.publish(samplePlan(), &message), qPrintable(message));
        QVERIFY2(owner.grant(QStringLiteral("planner"), MemberRole::Editor, &message),
            qPrintable(message));
        QVERIFY2(owner.grant(QStringLiteral("viewer1"), MemberRole::Viewer, &message),
            qPrintable(message));
        // As the earlier Cairn left it.
        const QString check = QStringLiteral(R"(
  IF NOT cairn.can_write(p) THEN
    RAISE EXCEPTION 'cairn: % may not change this plan', SESSION_USER
      USING ERRCODE = 'insufficient_privilege';
  END IF;)");
        QVERIFY2(
            old.admin({QStringLiteral("DROP FUNCTION cairn.reserve_ids(BIGINT, BIGINT, BIGINT)"),
                          QStringLiteral("ALTER TABLE cairn.plans DROP COLUMN reserved_id"),
                          QStringLiteral(R"(CREATE OR REPLACE FUNCTION cairn.lock_plan(p BIGINT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE r BIGINT;
BEGIN %1
  SELECT revision INTO r FROM cairn.plans WHERE id = p FOR UPDATE;
  RETURN r;
END $$)")
                              .arg(check),
                          QStringLiteral(R"(CREATE OR REPLACE FUNCTION
cairn.finish_step(p BIGINT, changed TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE r BIGINT;
BEGIN %1
  UPDATE cairn.plans SET revision = revision + 1 WHERE id = p RETURNING revision INTO r;
  INSERT INTO cairn.change_log (plan_id, revision, changed_rows) VALUES (p, r, changed);
  PERFORM pg_notify('cairn_plan_' || p, r || ' ' || changed);
  RETURN r;
END $$)")
                              .arg(check),
                          QStringLiteral("DROP FUNCTION cairn.require_write(BIGINT)"),
                          QStringLiteral("DELETE FROM cairn.meta WHERE key = 'server_revision'")},
                db, &error),
            qPrintable(error));
        auto calls = [&](const QString &function) {
            return old.admin({QStringLiteral("DO $$ BEGIN IF (SELECT prosrc FROM pg_proc WHERE oid "
                                             "= '%1'::regprocedure) NOT LIKE "
                                             "'%cairn.require_write(p)%' THEN RAISE EXCEPTION "
                                             "'no'; END IF; END $$")
                                     .arg(function)},
                db);
        };
        QVERIFY(!calls(QStringLiteral("cairn.lock_plan(bigint)")));
        // The earlier server works, without reserving ids.
        ServerStore planner(old.address(QStringLiteral("planner"), QStringLiteral("older")));
        LoadResult loaded = planner.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QString why;
        QCOMPARE(planner.reserveIds(1, 10, &why), 0);
        QVERIFY2(why.contains(QLatin1String("server init")), qPrintable(why));

        Run r = cairn({QStringLiteral("server"), QStringLiteral("init"),
            old.uri(QStringLiteral("postgres"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("is upgraded")), qPrintable(r.out));
        for (const char *f : {"cairn.lock_plan(bigint)", "cairn.finish_step(bigint, text)",
                 "cairn.reserve_ids(bigint, bigint, bigint)"})
            QVERIFY2(calls(QLatin1String(f)), f);
        // Ids are reserved, steps are written; a viewer may do neither.
        QVERIFY2(planner.reserveIds(1, 10, &why) > 0, qPrintable(why));
        PlanContent after = *loaded.content;
        after.info.notes = QStringLiteral("Written after the upgrade");
        const CommitResult step
            = planner.commit(after, PlanChanges::between(*loaded.content, after));
        QVERIFY2(step.ok, qPrintable(step.message));
        ServerStore viewer(old.address(QStringLiteral("viewer1"), QStringLiteral("older")));
        loaded = viewer.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(viewer.reserveIds(1, 10, &why), 0);
        QVERIFY2(why.contains(QLatin1String("may only view")), qPrintable(why));
        after = *loaded.content;
        after.info.notes = QStringLiteral("A viewer's change");
        const CommitResult refused
            = viewer.commit(after, PlanChanges::between(*loaded.content, after));
        QVERIFY(!refused.ok);
        QVERIFY2(
            refused.message.contains(QLatin1String("may only view")), qPrintable(refused.message));
        r = cairn({QStringLiteral("server"), QStringLiteral("init"),
            old.uri(QStringLiteral("postgres"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("nothing to do")), qPrintable(r.out));
    }

    // A server a Cairn of format 6 set up (no tables for the workshop record and the dot vote,
    // no versions of the parts steps write whole) is upgraded by `cairn server init` (before:
    // "cannot upgrade them to 7", and this Cairn could not open its plans at all); then the
    // dot vote is written per step, and a viewer may not write it.
    void initUpgradesAServerOfFormat6()
    {
        Test::TestServer old = m_server;
        QString error;
        QVERIFY2(old.prepare(QStringLiteral("cairn_format6_test"),
                     {QStringLiteral("planner"), QStringLiteral("viewer1")}, &error),
            qPrintable(error));
        QString message;
        QVERIFY2(ServerStore::initialise(old.address(QStringLiteral("postgres")), &message),
            qPrintable(message));
        ServerStore owner(old.address(QStringLiteral("postgres"), QStringLiteral("six")));
        QVERIFY2(owner.publish(samplePlan(), &message), qPrintable(message));
        QVERIFY2(owner.grant(QStringLiteral("planner"), MemberRole::Editor, &message),
            qPrintable(message));
        QVERIFY2(owner.grant(QStringLiteral("viewer1"), MemberRole::Viewer, &message),
            qPrintable(message));
        // As a Cairn of format 6 left it.
        QVERIFY2(
            old.admin({QStringLiteral("DROP TABLE cairn.effort, cairn.vote, cairn.participant, "
                                      "cairn.decision, cairn.workshop_initiative, "
                                      "cairn.workshop CASCADE"),
                          QStringLiteral("ALTER TABLE cairn.plan DROP COLUMN dots_each, DROP "
                                         "COLUMN vote_totals"),
                          QStringLiteral("DROP TABLE cairn.plan_part"),
                          QStringLiteral("UPDATE cairn.meta SET value = '6' WHERE key = "
                                         "'schema_version'"),
                          QStringLiteral("UPDATE cairn.meta SET value = '2' WHERE key = "
                                         "'server_revision'")},
                old.database, &error),
            qPrintable(error));
        ServerStore planner(old.address(QStringLiteral("planner"), QStringLiteral("six")));
        LoadResult loaded = planner.load();
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.message.contains(QLatin1String("server init")), qPrintable(loaded.message));

        Run r = cairn({QStringLiteral("server"), QStringLiteral("init"),
            old.uri(QStringLiteral("postgres"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("is upgraded")), qPrintable(r.out));
        // Without the server's notices ("trigger "stamp" … does not exist, skipping").
        QVERIFY2(!r.err.contains(QLatin1String("NOTICE")), qPrintable(r.err));
        loaded = planner.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QVERIFY(planner.keepsParts());
        QCOMPARE(loaded.content->initiatives, samplePlan().initiatives);
        QVERIFY(loaded.content->participants.empty());
        PlanContent after = *loaded.content;
        after.participants.push_back({QStringLiteral("Dana")});
        after.votes.push_back({QStringLiteral("Dana"), after.initiatives.front().id, 2});
        const CommitResult step
            = planner.commit(after, PlanChanges::between(*loaded.content, after));
        QVERIFY2(step.ok, qPrintable(step.message));
        ServerStore viewer(old.address(QStringLiteral("viewer1"), QStringLiteral("six")));
        loaded = viewer.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.content->votes, after.votes);
        PlanContent theirs = *loaded.content;
        theirs.participants.push_back({QStringLiteral("Victor")});
        const CommitResult refused
            = viewer.commit(theirs, PlanChanges::between(*loaded.content, theirs));
        QVERIFY(!refused.ok);
        QVERIFY2(
            refused.message.contains(QLatin1String("may only view")), qPrintable(refused.message));
        r = cairn({QStringLiteral("server"), QStringLiteral("init"),
            old.uri(QStringLiteral("postgres"))});
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

    // The issue's claim: two `cairn import`s into one plan file at once could both say "imported"
    // and one be lost. On a server, every import that says so is in the plan, and one that
    // cannot keep both changes says so (exit 3, naming the colleague) and writes nothing. Rounds:
    // both add a goal; both change one goal, different fields; both change its weight. A long
    // run: CAIRN_LOOP_ROUNDS=200 build/release/tests/server/tst_servercli twoImportsAtOnce
    void twoImportsAtOnce()
    {
        const QString owner = m_server.uri(QStringLiteral("postgres"), QStringLiteral("race"));
        const QString planner = m_server.uri(QStringLiteral("planner"), QStringLiteral("race"));
        Run r = cairn({QStringLiteral("publish"), m_file, owner});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cairn({QStringLiteral("server"), QStringLiteral("grant"), owner,
            QStringLiteral("planner"), QStringLiteral("editor")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString shared = m_dir.filePath(QStringLiteral("shared.csv"));
        r = cairn({QStringLiteral("import"), owner, QStringLiteral("--csv"),
            writeCsv(shared, QStringLiteral("name,weight,description\nShared,1,start\n"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QString a = m_dir.filePath(QStringLiteral("a-goals.csv"));
        const QString b = m_dir.filePath(QStringLiteral("b-goals.csv"));
        const int n = rounds(6);
        int accepted = 0, refused = 0, lost = 0, redone = 0;
        for (int round = 0; round < n; ++round) {
            const int kind = round % 3; // 0: two new goals, 1: other fields, 2: the same field
            const QString nameA = QStringLiteral("Race %1 A").arg(round);
            const QString nameB = QStringLiteral("Race %1 B").arg(round);
            const QString weightA = QString::number(1 + round % 2 * 2);
            const QString weightB = QString::number(kind == 1 ? 5 : 2 + round % 2 * 2);
            const QString descA = QStringLiteral("by A in %1").arg(round);
            if (kind == 0) {
                writeCsv(a, QStringLiteral("name,weight\n%1,3\n").arg(nameA));
                writeCsv(b, QStringLiteral("name,weight\n%1,4\n").arg(nameB));
            } else if (kind == 1) {
                writeCsv(a, QStringLiteral("name,description\nShared,%1\n").arg(descA));
                writeCsv(b, QStringLiteral("name,weight\nShared,%1\n").arg(weightB));
            } else {
                writeCsv(a, QStringLiteral("name,weight\nShared,%1\n").arg(weightA));
                writeCsv(b, QStringLiteral("name,weight\nShared,%1\n").arg(weightB));
            }
            const auto [ra, rb] = importTogether(owner, a, planner, b);
            for (const Run *run : {&ra, &rb}) {
                QVERIFY2(run->exitCode == 0 || run->exitCode == 3, qPrintable(run->err));
                if (run->exitCode == 3) {
                    // Refused, never silently: it names the change and who made it.
                    ++refused;
                    QVERIFY2(run->err.contains(QLatin1String("conflict: ")), qPrintable(run->err));
                    QVERIFY2(run->err.contains(
                                 run == &ra ? QLatin1String("planner") : QLatin1String("postgres")),
                        qPrintable(run->err));
                } else {
                    ++accepted;
                    QVERIFY(revisionOf(*run) > 0);
                }
                redone += run->err.contains(QLatin1String("importing again"));
            }
            const auto loaded = openPlanStore(owner)->load();
            QVERIFY2(loaded.ok(), qPrintable(loaded.message));
            const PlanContent &plan = *loaded.content;
            auto goal = [&](const QString &name) -> const Goal * {
                for (const Goal &g : plan.goals)
                    if (g.name == name)
                        return &g;
                return nullptr;
            };
            QVERIFY(goal(QStringLiteral("Shared")));
            const Goal &sharedGoal = *goal(QStringLiteral("Shared"));
            if (kind == 0) {
                // Adding different goals never conflicts for good: both are there.
                QCOMPARE(ra.exitCode, 0);
                QCOMPARE(rb.exitCode, 0);
                lost += !goal(nameA) + !goal(nameB);
            } else if (kind == 1) {
                // Different fields of one goal: merged, both kept.
                QCOMPARE(ra.exitCode, 0);
                QCOMPARE(rb.exitCode, 0);
                lost += (sharedGoal.description != descA) + (sharedGoal.weight != weightB.toInt());
            } else {
                // One field: what the server holds is the last accepted import's value.
                const Run *last = nullptr;
                for (const Run *run : {&ra, &rb})
                    if (run->exitCode == 0 && (!last || revisionOf(*run) > revisionOf(*last)))
                        last = run;
                QVERIFY2(last, "both refused");
                const int expected = (last == &ra ? weightA : weightB).toInt();
                lost += sharedGoal.weight != expected;
            }
        }
        QCOMPARE(lost, 0);
        qInfo("%d rounds of two imports at once: %d accepted, %d refused as conflicts, %d made "
              "again onto the other's change, %d lost",
            n, accepted, refused, redone, lost);
    }
};

QTEST_GUILESS_MAIN(tst_ServerCli)
#include "tst_servercli.moc"
