#include "tests/bench/serverlatency.h"

#include "core/session/serverdocument.h"
#include "tests/bench/benchutil.h"
#include "tests/bench/generateplan.h"
#include "tests/server/concurrentedits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <functional>
#include <memory>

namespace Cairn::Bench {

namespace {

QString row(const QString &what, const QList<double> &ms, const QString &target)
{
    if (ms.isEmpty())
        return QStringLiteral("| %1 | 0 | – | – | – | – | %2 |").arg(what, target);
    return QStringLiteral("| %1 | %2 | %3 ms | %4 ms | %5 ms | %6 ms | %7 |")
        .arg(what)
        .arg(ms.size())
        .arg(Test::median(ms), 0, 'f', 1)
        .arg(Test::percentile(ms, 0.95), 0, 'f', 1)
        .arg(Test::percentile(ms, 0.99), 0, 'f', 1)
        .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 1)
        .arg(target);
}

struct Window {
    std::unique_ptr<ServerDocument> doc;
    double upAt = -1, downAt = -1, ackAt = -1, refreshedAt = -1;
    int downs = 0, ups = 0;

    bool open(const ServerAddress &address)
    {
        doc = std::make_unique<ServerDocument>(address);
        bool ok = false, answered = false;
        const auto c = QObject::connect(doc.get(), &ServerDocument::opened, doc.get(), [&](bool k) {
            ok = k;
            answered = true;
        });
        QObject::connect(doc.get(), &ServerDocument::connectionChanged, doc.get(),
            [this](bool up, const QString &) {
                if (up) {
                    upAt = elapsedMs();
                    ++ups;
                } else if (downAt < 0 || upAt > downAt) {
                    downAt = elapsedMs(); // the first "down" since the last "up"
                    ++downs;
                }
            });
        QObject::connect(
            doc.get(), &ServerDocument::committed, doc.get(), [this] { ackAt = elapsedMs(); });
        QObject::connect(doc.get(), &ServerDocument::refreshed, doc.get(),
            [this] { refreshedAt = elapsedMs(); });
        doc->open();
        const bool done = waitFor([&] { return answered; }, 30000);
        QObject::disconnect(c);
        return done && ok && waitFor([&] { return ups > 0; }, 30000);
    }
    const Initiative &at(int n) const { return doc->plan().initiatives()[size_t(n)]; }
};

// Alice renames initiative n; the time it was made.
double rename(Window &alice, int n, const QString &name)
{
    Initiative i = alice.at(n);
    i.name = name;
    const double t = elapsedMs();
    alice.doc->edit().update(i);
    return t;
}

bool control(const QString &command, const QString &action)
{
    QStringList args = QProcess::splitCommand(command.arg(action));
    if (args.isEmpty())
        return false;
    const QString program = args.takeFirst();
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

PlanContent onServer(const Test::TestServer &server)
{
    ServerStore store(server.address(QStringLiteral("postgres"), QStringLiteral("latency")));
    return store.load().content.value_or(PlanContent {});
}

} // namespace

int runServerLatency(const Test::TestServer &serverIn, const LatencyOptions &o)
{
    Test::TestServer server = serverIn;
    QString error;
    if (!server.prepare(QStringLiteral("cairn_latency"),
            {QStringLiteral("lat_alice"), QStringLiteral("lat_bob")}, &error)) {
        print(QStringLiteral("cannot prepare the server: ") + error);
        return 2;
    }
    QString message;
    ServerStore owner(server.address(QStringLiteral("postgres"), QStringLiteral("latency")));
    if (!ServerStore::initialise(server.address(QStringLiteral("postgres")), &message)
        || !owner.publish(generateRoadmap({.initiatives = 200, .seed = 5}), &message)
        || !owner.grant(QStringLiteral("lat_alice"), MemberRole::Editor, &message)
        || !owner.grant(QStringLiteral("lat_bob"), MemberRole::Editor, &message)) {
        print(message);
        return 2;
    }
    Window alice, bob;
    if (!alice.open(server.address(QStringLiteral("lat_alice"), QStringLiteral("latency")))
        || !bob.open(server.address(QStringLiteral("lat_bob"), QStringLiteral("latency")))) {
        print(QStringLiteral("cannot open the plan in two windows"));
        return 2;
    }
    int missed = 0, lost = 0;
    int serial = 0;
    auto sees = [&](Window &w, int n, const QString &name) { return w.at(n).name == name; };

    // 1. Edits one after the other: acknowledged, and seen in the other window.
    QList<double> ack, editToOther, ackToOther;
    for (int k = 0; k < o.edits; ++k) {
        const int n = k % 20;
        const QString name = QStringLiteral("Edit %1").arg(++serial);
        alice.ackAt = -1;
        double seenAt = -1;
        auto c = QObject::connect(&bob.doc->plan(), &Plan::changed, bob.doc.get(), [&] {
            if (seenAt < 0 && sees(bob, n, name))
                seenAt = elapsedMs();
        });
        const double t = rename(alice, n, name);
        const bool ok = waitFor([&] { return alice.ackAt >= 0 && seenAt >= 0; }, 10000);
        QObject::disconnect(c);
        if (!ok) {
            ++missed;
            continue;
        }
        ack << alice.ackAt - t;
        editToOther << seenAt - t;
        ackToOther << std::max(0.0, seenAt - alice.ackAt);
        waitFor([] { return false; }, 30); // people do not type that fast
    }

    // 2. The other window's listener killed (as a network or a server administrator would):
    //    noticed, back, and in step with what was committed meanwhile.
    QList<double> killDetect, killResync;
    for (int k = 0; k < o.kills; ++k) {
        bob.downAt = -1;
        const int upsBefore = bob.ups;
        const double t = elapsedMs();
        server.admin({QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     "WHERE application_name = 'cairn-listener' AND usename = "
                                     "'lat_bob'")},
            QStringLiteral("postgres"));
        const int n = 30 + k;
        const QString name = QStringLiteral("While away %1").arg(++serial);
        rename(alice, n, name);
        if (!waitFor([&] { return bob.downAt >= 0; }, 60000)
            || !waitFor([&] { return bob.ups > upsBefore; }, 60000)) {
            ++missed;
            continue;
        }
        killDetect << bob.downAt - t;
        if (!waitFor([&] { return sees(bob, n, name) && !alice.doc->busy(); }, 30000)) {
            ++missed;
            continue;
        }
        killResync << elapsedMs() - bob.upAt;
    }

    // 3. The server restarted: noticed, and both windows in step once it is back.
    QList<double> restartDetect, restartResync;
    for (int k = 0; !o.control.isEmpty() && k < o.restarts; ++k) {
        bob.downAt = -1;
        const int upsBefore = bob.ups;
        const double t = elapsedMs();
        if (!control(o.control, QStringLiteral("restart"))) {
            print(QStringLiteral("cannot restart the server: ")
                + o.control.arg(QStringLiteral("restart")));
            return 2;
        }
        const double back = elapsedMs();
        const int n = 40 + k;
        const QString name = QStringLiteral("After restart %1").arg(++serial);
        rename(alice, n, name);
        if (!waitFor([&] { return bob.downAt >= 0; }, 60000)) {
            ++missed;
            continue;
        }
        restartDetect << bob.downAt - t;
        if (!waitFor([&] { return bob.ups > upsBefore && sees(bob, n, name); }, 60000)) {
            ++missed;
            continue;
        }
        restartResync << elapsedMs() - back;
    }

    // 4. Edits made while the server is away, written when it is back.
    QList<double> replay;
    if (!o.control.isEmpty() && o.offline > 0) {
        if (!control(o.control, QStringLiteral("pause"))) {
            print(QStringLiteral("cannot stop the server"));
            return 2;
        }
        for (int k = 0; k < o.offline; ++k)
            rename(alice, 50 + k % 100, QStringLiteral("Offline %1").arg(++serial));
        waitFor([] { return false; }, 500);
        if (!control(o.control, QStringLiteral("resume"))) {
            print(QStringLiteral("cannot start the server again"));
            return 2;
        }
        const double back = elapsedMs();
        if (waitFor([&] { return !alice.doc->isModified() && !alice.doc->busy(); }, 120000))
            replay << elapsedMs() - back;
        else
            ++lost;
        const PlanContent there = onServer(server);
        const PlanContent &mine = alice.doc->plan().content();
        for (int k = 0; k < 100 && 50 + k < int(mine.initiatives.size()); ++k)
            if (there.initiatives.size() != mine.initiatives.size()
                || there.initiatives[size_t(50 + k)].name != mine.initiatives[size_t(50 + k)].name)
                ++lost;
        if (!waitFor(
                [&] {
                    return bob.at(50 + (o.offline - 1) % 100).name
                        == mine.initiatives[size_t(50 + (o.offline - 1) % 100)].name;
                },
                60000))
            ++missed;
    }
    // Both windows and the server agree at the end.
    waitFor([&] { return !alice.doc->busy() && !bob.doc->busy(); }, 10000);
    waitFor([] { return false; }, 1000);
    const PlanContent there = onServer(server);
    if (there.initiatives != bob.doc->plan().content().initiatives
        || there.initiatives != alice.doc->plan().content().initiatives)
        ++missed;

    print(QStringLiteral("| measured | n | median | p95 | p99 | max | target |"));
    print(QStringLiteral("|---|---|---|---|---|---|---|"));
    print(row(QStringLiteral("write acknowledged (edit → committed)"), ack,
        QStringLiteral("p95 ≤ 50 ms")));
    print(row(QStringLiteral("refresh (edit → other window)"), editToOther,
        QStringLiteral("p95 ≤ 100 ms, p99 ≤ 250 ms")));
    print(row(QStringLiteral("refresh (acknowledged → other window)"), ackToOther, QString()));
    print(row(QStringLiteral("listener killed: noticed"), killDetect, QStringLiteral("≤ 15 s")));
    print(row(QStringLiteral("listener killed: in step after reconnecting"), killResync,
        QStringLiteral("≤ 2 s")));
    print(
        row(QStringLiteral("server restarted: noticed"), restartDetect, QStringLiteral("≤ 15 s")));
    print(row(QStringLiteral("server restarted: in step after it is back"), restartResync,
        QStringLiteral("≤ 2 s")));
    print(row(QStringLiteral("%1 edits made offline: written after it is back").arg(o.offline),
        replay, QString()));
    print(QStringLiteral("missed (not in the other window, or windows and server differ at the "
                         "end): %1; offline edits lost: %2")
              .arg(missed)
              .arg(lost));
    return missed == 0 && lost == 0 ? 0 : 1;
}

} // namespace Cairn::Bench
