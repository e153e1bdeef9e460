// cairn-server-bench: people editing one plan on a PostgreSQL server at once. Each client is a
// thread with its own connection making edits at a fixed rate on a few shared initiatives, a
// share of them on the one field everyone edits; the table says how many were accepted, how many
// were refused as conflicts (same field: theirs kept; other fields: merged and sent again), how
// many updates were lost (the server's state against the accepted edits replayed in revision
// order: must be 0) and how long a commit took.
//
//   cairn-server-bench --host SOCKETDIR --port N [--clients 2] [--rate 20] [--seconds 300]
//                      [--initiatives 10] [--shared 0.3]
//   cairn-server-bench --host SOCKETDIR --port N --latency [--edits 200]
//                      [--control "sh tests/server/pgserver.sh %1 RECORD"]
// measures two windows on one plan instead (tests/bench/serverlatency.h): acknowledgement and
// refresh times, a killed listener and (with --control) a restarted server and 100 edits made
// while it was away.
//   cairn-server-bench --targets [--initiatives 2000] [--runs 5]
// times a plan of 2,000 initiatives opened from the server and how long the window stops
// answering while the server is stopped or frozen (tests/bench/servertargets.h).
// Without --host the bench starts a throwaway server of its own (tests/server/pgserver.sh, port
// 54341), controls it (restart, pause, freeze) and stops it at the end.
// The server must trust its local connections (as tests/server/pgserver.sh starts one); the bench
// makes a database cairn_bench and login roles bench_1.. in it.
#include "tests/bench/benchutil.h"
#include "tests/bench/generateplan.h"
#include "tests/bench/serverlatency.h"
#include "tests/bench/servertargets.h"
#include "tests/server/concurrentedits.h"
#include "tests/server/testserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <thread>

using namespace Cairn;
using Cairn::Bench::print;

namespace {

// A throwaway server of the bench's own (pgserver.sh closes the descriptors it inherits, so that
// the server never holds the machine lock), stopped when the bench ends.
class OwnServer {
public:
    bool start(Test::TestServer &server, QString *error)
    {
        if (!m_dir.isValid())
            return false;
        m_record = m_dir.filePath(QStringLiteral("pgserver.record"));
        if (!run(QStringLiteral("start"), error))
            return false;
        QFile record(m_record);
        if (!record.open(QIODevice::ReadOnly))
            return false;
        const QStringList parts
            = QString::fromUtf8(record.readAll()).trimmed().split(QLatin1Char(' '));
        server.socketDir = parts.value(0);
        server.port = parts.value(1).toInt();
        return server.valid();
    }
    QString control() const
    {
        return QStringLiteral("sh %1 %2 %3")
            .arg(QStringLiteral(CAIRN_PGSERVER), QStringLiteral("%1"), m_record);
    }
    ~OwnServer()
    {
        if (!m_record.isEmpty())
            run(QStringLiteral("stop"), nullptr);
    }

private:
    bool run(const QString &action, QString *error)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAIRN_TEST_PG_PORT"), QStringLiteral("54341"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("sh"), {QStringLiteral(CAIRN_PGSERVER), action, m_record});
        const bool ok = p.waitForFinished(180000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0;
        if (!ok && error)
            *error = QString::fromUtf8(p.readAllStandardError());
        return ok;
    }
    QTemporaryDir m_dir;
    QString m_record;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption host(
        QStringLiteral("host"), QStringLiteral("Socket folder."), QStringLiteral("DIR"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port."),
        QStringLiteral("N"), QStringLiteral("5432"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Clients."),
        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("Edits per second per client."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("How long."),
        QStringLiteral("S"), QStringLiteral("300"));
    const QCommandLineOption initiatives(QStringLiteral("initiatives"),
        QStringLiteral("Shared initiatives edited."), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption shared(QStringLiteral("shared"),
        QStringLiteral("Share of edits on the field every client edits."), QStringLiteral("P"),
        QStringLiteral("0.3"));
    const QCommandLineOption latency(
        QStringLiteral("latency"), QStringLiteral("Two windows: refresh, reconnect, offline."));
    const QCommandLineOption edits(QStringLiteral("edits"),
        QStringLiteral("Edits timed with --latency."), QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption control(QStringLiteral("control"),
        QStringLiteral("With --latency: a command that takes the server's restart, pause or "
                       "resume for %1."),
        QStringLiteral("COMMAND"));
    const QCommandLineOption targets(QStringLiteral("targets"),
        QStringLiteral("A plan of 2,000 initiatives opened; the window with the server away."));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs with --targets."),
        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({host, port, clients, rate, seconds, initiatives, shared, latency, edits,
        control, targets, runs});
    parser.process(app);
    Test::TestServer server;
    OwnServer own;
    QString controlCommand = parser.value(control);
    if (parser.isSet(host)) {
        server.socketDir = parser.value(host);
        server.port = parser.value(port).toInt();
    } else {
        QString why;
        if (!own.start(server, &why)) {
            print(QStringLiteral("cannot start a throwaway server: ") + why);
            return 2;
        }
        controlCommand = own.control();
    }
    if (parser.isSet(targets)) {
        print(QStringLiteral("cairn-server-bench --targets: %1, %2 cores")
                  .arg(QSysInfo::prettyProductName())
                  .arg(std::thread::hardware_concurrency()));
        Bench::TargetOptions o;
        o.initiatives = parser.isSet(initiatives) ? parser.value(initiatives).toInt() : 2000;
        o.runs = std::max(1, parser.value(runs).toInt());
        o.control = controlCommand;
        return Bench::runServerTargets(server, o);
    }
    if (parser.isSet(latency)) {
        print(QStringLiteral("cairn-server-bench --latency: two windows on one plan of 200 "
                             "initiatives; %1, %2 cores")
                  .arg(QSysInfo::prettyProductName())
                  .arg(std::thread::hardware_concurrency()));
        Bench::LatencyOptions o;
        o.edits = parser.value(edits).toInt();
        o.control = controlCommand;
        return Bench::runServerLatency(server, o);
    }
    Test::ConcurrentEditOptions options;
    options.clients = parser.value(clients).toInt();
    options.editsPerSecond = parser.value(rate).toInt();
    options.seconds = parser.value(seconds).toDouble();
    options.initiatives = parser.value(initiatives).toInt();
    options.sharedFieldShare = parser.value(shared).toDouble();

    QStringList people;
    for (int i = 1; i <= options.clients; ++i)
        people << QStringLiteral("bench_%1").arg(i);
    QString error;
    if (!server.prepare(QStringLiteral("cairn_bench"), people, &error)) {
        print(QStringLiteral("cannot prepare the server: ") + error);
        return 2;
    }
    QString message;
    if (!ServerStore::initialise(server.address(QStringLiteral("postgres")), &message)) {
        print(message);
        return 2;
    }
    const PlanContent plan = Bench::generateRoadmap({.initiatives = 200, .seed = 11});
    ServerStore owner(server.address(QStringLiteral("postgres"), QStringLiteral("bench")));
    if (!owner.publish(plan, &message)) {
        print(message);
        return 2;
    }
    QList<ServerAddress> addresses;
    for (const QString &p : people) {
        if (!owner.grant(p, MemberRole::Editor, &message)) {
            print(message);
            return 2;
        }
        addresses << server.address(p, QStringLiteral("bench"));
    }
    print(QStringLiteral("cairn-server-bench: %1 clients × %2 edits/s × %3 s on %4 of %5 "
                         "initiatives, %6 % of edits on the shared field; %7, %8 cores")
              .arg(options.clients)
              .arg(options.editsPerSecond)
              .arg(options.seconds)
              .arg(options.initiatives)
              .arg(plan.initiatives.size())
              .arg(options.sharedFieldShare * 100)
              .arg(QSysInfo::prettyProductName())
              .arg(std::thread::hardware_concurrency()));
    const Test::ConcurrentEditResult r = Test::runConcurrentEdits(addresses,
        server.address(QStringLiteral("postgres"), QStringLiteral("bench")), plan, options);
    if (!r.failure.isEmpty())
        print(QStringLiteral("failure: ") + r.failure);
    print(
        QStringLiteral("| edits | accepted | conflicts | same field | other fields (merged) | "
                       "errors | lost updates | revisions in order | commit median | p95 | p99 |"));
    print(QStringLiteral("|---|---|---|---|---|---|---|---|---|---|---|"));
    print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 ms | %10 ms | %11 ms |")
              .arg(r.attempted)
              .arg(r.accepted)
              .arg(r.conflicts)
              .arg(r.sameField)
              .arg(r.otherField)
              .arg(r.errors)
              .arg(r.lostUpdates)
              .arg(r.revisionsInOrder ? QStringLiteral("yes") : QStringLiteral("NO"))
              .arg(Test::median(r.commitMs), 0, 'f', 2)
              .arg(Test::percentile(r.commitMs, 0.95), 0, 'f', 2)
              .arg(Test::percentile(r.commitMs, 0.99), 0, 'f', 2));
    return r.lostUpdates == 0 && r.errors == 0 && r.failure.isEmpty() ? 0 : 1;
}
