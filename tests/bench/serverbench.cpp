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
// The server must trust its local connections (as tests/server/pgserver.sh starts one); the bench
// makes a database cairn_bench and login roles bench_1.. in it.
#include "tests/bench/benchutil.h"
#include "tests/bench/generateplan.h"
#include "tests/bench/serverlatency.h"
#include "tests/server/concurrentedits.h"
#include "tests/server/testserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSysInfo>

#include <thread>

using namespace Cairn;
using Cairn::Bench::print;

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
    parser.addOptions(
        {host, port, clients, rate, seconds, initiatives, shared, latency, edits, control});
    parser.process(app);
    if (!parser.isSet(host)) {
        print(QStringLiteral("usage: cairn-server-bench --host SOCKETDIR --port N [...]"));
        return 64;
    }
    Test::TestServer server;
    server.socketDir = parser.value(host);
    server.port = parser.value(port).toInt();
    if (parser.isSet(latency)) {
        print(QStringLiteral("cairn-server-bench --latency: two windows on one plan of 200 "
                             "initiatives; %1, %2 cores")
                  .arg(QSysInfo::prettyProductName())
                  .arg(std::thread::hardware_concurrency()));
        Bench::LatencyOptions o;
        o.edits = parser.value(edits).toInt();
        o.control = parser.value(control);
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
