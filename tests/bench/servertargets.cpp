#include "tests/bench/servertargets.h"

#include "core/session/serverdocument.h"
#include "core/store/planfile.h"
#include "tests/bench/benchutil.h"
#include "tests/bench/generateplan.h"
#include "tests/server/concurrentedits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace Cairn::Bench {

namespace {

void idle(double ms)
{
    waitFor([] { return false; }, ms);
}

// The window's event loop, watched: a timer that should tick every 2 ms; the longest gap between
// two ticks is the longest the window did not answer.
class StallProbe {
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const double t = elapsedMs();
            m_worst = std::max(m_worst, t - m_last);
            m_last = t;
        });
    }
    // Starts watching anew (what the bench itself does between phases is not counted).
    void reset()
    {
        m_last = elapsedMs();
        m_worst = 0;
        m_timer.start();
    }
    // The longest gap since reset(), up to now.
    double worst()
    {
        m_timer.stop();
        return std::max(m_worst, elapsedMs() - m_last);
    }

private:
    QTimer m_timer;
    double m_last = 0, m_worst = 0;
};

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

struct Window {
    std::unique_ptr<ServerDocument> doc;
    bool answered = false, ok = false, up = false;
    double answeredAt = -1;

    void start(const ServerAddress &address)
    {
        doc = std::make_unique<ServerDocument>(address);
        QObject::connect(doc.get(), &ServerDocument::opened, doc.get(), [this](bool k) {
            ok = k;
            answered = true;
            answeredAt = elapsedMs();
        });
        QObject::connect(doc.get(), &ServerDocument::connectionChanged, doc.get(),
            [this](bool u, const QString &) { up = u; });
        doc->open();
    }
    bool open(const ServerAddress &address)
    {
        start(address);
        return waitFor([this] { return answered; }, 60000) && ok
            && waitFor([this] { return up; }, 30000);
    }
    bool written() const { return !doc->isModified() && !doc->busy(); }
};

void rename(Window &w, int n, const QString &name)
{
    Initiative i = w.doc->plan().initiatives()[size_t(n)];
    i.name = name;
    w.doc->edit().update(i);
}

QString ms(double v)
{
    return QStringLiteral("%1 ms").arg(v, 0, 'f', 1);
}

QString timesRow(const QString &what, const QList<double> &t, const QString &target)
{
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
        .arg(what)
        .arg(t.size())
        .arg(ms(Test::median(t)))
        .arg(ms(*std::min_element(t.begin(), t.end())))
        .arg(ms(*std::max_element(t.begin(), t.end())))
        .arg(target);
}

// Part 1: the plan read on a new connection, and opened in a window, `runs` times each.
bool measureOpening(const Test::TestServer &server, const PlanContent &plan, const QString &handle,
    const TargetOptions &o, QList<double> *windowTimes)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("big.cairn"));
    if (!PlanFile::save(plan, file).ok) {
        print(QStringLiteral("cannot write %1").arg(file));
        return false;
    }
    QList<double> read, window, stall, close, fromFile;
    StallProbe probe;
    for (int r = 0; r < o.runs; ++r) {
        {
            ServerStore store(server.address(QStringLiteral("tgt_ana"), handle));
            const double t = elapsedMs();
            const LoadResult loaded = store.load();
            read << elapsedMs() - t;
            if (!loaded.ok() || loaded.content->initiatives.size() != plan.initiatives.size()) {
                print(QStringLiteral("cannot read the plan: ") + loaded.message);
                return false;
            }
        }
        {
            const double t = elapsedMs();
            const LoadResult loaded = PlanFile::load(file);
            fromFile << elapsedMs() - t;
            if (!loaded.ok())
                return false;
        }
        Window w;
        probe.reset();
        const double t = elapsedMs();
        w.start(server.address(QStringLiteral("tgt_ana"), handle));
        if (!waitFor([&] { return w.answered; }, 60000) || !w.ok
            || w.doc->plan().initiatives().size() != plan.initiatives.size()) {
            print(QStringLiteral("cannot open the plan in a window"));
            return false;
        }
        window << w.answeredAt - t;
        stall << probe.worst();
        waitFor([&] { return w.up; }, 10000);
        probe.reset();
        w.doc.reset();
        close << probe.worst();
    }
    print(QStringLiteral("| measured | runs | median | min | max | target |"));
    print(QStringLiteral("|---|---|---|---|---|---|"));
    print(timesRow(QStringLiteral("read from the server (new connection, ServerStore::load)"), read,
        QString()));
    print(timesRow(QStringLiteral("opened in a window (ServerDocument::open → opened)"), window,
        QStringLiteral("≤ 1.5 s")));
    print(timesRow(
        QStringLiteral("the same plan read from a file (PlanFile::load)"), fromFile, QString()));
    print(timesRow(QStringLiteral("longest the window did not answer while opening"), stall,
        QStringLiteral("≤ 100 ms")));
    print(timesRow(
        QStringLiteral("longest the window did not answer while closing"), close, QString()));
    *windowTimes = window;
    return true;
}

struct Away {
    QString situation;
    double stall = 0;
    QString after;
};

// Closes a window while the server is frozen. Should closing wait for the server, the server is
// thawed after 3 s (the window would otherwise wait for as long as the server stays away).
double closeWhileFrozen(Window &w, const QString &command, bool *thawed)
{
    std::atomic<bool> closed {false};
    std::atomic<bool> thawedBySafety {false};
    std::thread safety([&] {
        for (int k = 0; k < 300 && !closed; ++k)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (!closed) {
            control(command, QStringLiteral("thaw"));
            thawedBySafety = true;
        }
    });
    const double t = elapsedMs();
    w.doc.reset();
    const double took = elapsedMs() - t;
    closed = true;
    safety.join();
    *thawed = thawedBySafety;
    return took;
}

// Part 2: the server away (stopped, then frozen) while a window is open, opens and closes.
bool measureAway(const Test::TestServer &server, const QString &handle, const TargetOptions &o,
    QList<Away> &rows, int *lost)
{
    const ServerAddress ana = server.address(QStringLiteral("tgt_ana"), handle);
    const ServerAddress ben = server.address(QStringLiteral("tgt_ben"), handle);
    Window alice, bob;
    if (!alice.open(ana) || !bob.open(ben)) {
        print(QStringLiteral("cannot open the plan in two windows"));
        return false;
    }
    StallProbe probe;
    int serial = 0;
    auto editFor = [&](double gapMs) {
        for (int k = 0; k < o.edits; ++k) {
            rename(alice, k % 50, QStringLiteral("Away %1").arg(++serial));
            idle(gapMs);
        }
    };
    auto onServer = [&]() {
        ServerStore s(server.address(QStringLiteral("postgres"), handle));
        return s.load().content.value_or(PlanContent {});
    };
    auto inStep = [&](const QString &situation) {
        if (!waitFor([&] { return alice.written(); }, 60000)) {
            ++*lost;
            rows << Away {situation, 0, QStringLiteral("NOT written within 60 s")};
            return;
        }
        const double t = elapsedMs();
        const PlanContent there = onServer();
        if (there.initiatives != alice.doc->plan().content().initiatives)
            ++*lost;
        Q_UNUSED(t);
    };

    // The server up: the same edits, for comparison.
    probe.reset();
    editFor(50);
    waitFor([&] { return alice.written(); }, 10000);
    rows << Away {QStringLiteral("server up: %1 edits").arg(o.edits), probe.worst(), QString()};

    // Stopped: connections are refused at once.
    if (!control(o.control, QStringLiteral("pause")))
        return false;
    probe.reset();
    editFor(100);
    idle(3000); // the listener tries again meanwhile
    rows << Away {QStringLiteral("server stopped: %1 edits, 3 s of reconnecting").arg(o.edits),
        probe.worst(), QString()};
    {
        Window carol;
        probe.reset();
        const double t = elapsedMs();
        carol.start(ben);
        const bool answered = waitFor([&] { return carol.answered; }, 30000);
        rows << Away {QStringLiteral("server stopped: a window opens"), probe.worst(),
            answered ? QStringLiteral("refused after %1").arg(ms(carol.answeredAt - t))
                     : QStringLiteral("no answer in 30 s")};
        probe.reset();
        carol.doc.reset();
        rows << Away {QStringLiteral("server stopped: that window closes"), probe.worst(), {}};
    }
    probe.reset();
    bob.doc.reset();
    rows << Away {QStringLiteral("server stopped: an open window closes"), probe.worst(), {}};
    if (!control(o.control, QStringLiteral("resume")))
        return false;
    {
        const double back = elapsedMs();
        inStep(QStringLiteral("server stopped"));
        rows << Away {QStringLiteral("server back: the edits written"), 0,
            QStringLiteral("after %1").arg(ms(elapsedMs() - back))};
    }

    // Frozen: connections are taken and never answered (a server behind a dead link).
    if (!bob.open(ben) || !waitFor([&] { return alice.up; }, 30000)) {
        print(QStringLiteral("cannot open the second window again"));
        return false;
    }
    if (!control(o.control, QStringLiteral("freeze")))
        return false;
    probe.reset();
    editFor(100);
    idle(6000); // past a heartbeat (5 s)
    rows << Away {QStringLiteral("server frozen: %1 edits, 6 s waiting").arg(o.edits),
        probe.worst(), QString()};
    std::unique_ptr<Window> carol = std::make_unique<Window>();
    {
        probe.reset();
        const double t = elapsedMs();
        carol->start(ben);
        const bool answered = waitFor([&] { return carol->answered; }, 8000);
        rows << Away {QStringLiteral("server frozen: a window opens"), probe.worst(),
            answered ? QStringLiteral("refused after %1").arg(ms(carol->answeredAt - t))
                     : QStringLiteral("no answer in 8 s")};
    }
    bool thawed = false;
    probe.reset();
    const double closing = closeWhileFrozen(bob, o.control, &thawed);
    rows << Away {QStringLiteral("server frozen: an open window closes"), probe.worst(),
        thawed ? QStringLiteral("closed only when the server came back (%1)").arg(ms(closing))
               : QString()};
    if (!thawed && !control(o.control, QStringLiteral("thaw")))
        return false;
    {
        const double back = elapsedMs();
        inStep(QStringLiteral("server frozen"));
        rows << Away {QStringLiteral("server back: the edits written"), 0,
            QStringLiteral("after %1").arg(ms(elapsedMs() - back))};
    }
    probe.reset();
    carol.reset();
    return true;
}

} // namespace

int runServerTargets(const Test::TestServer &serverIn, const TargetOptions &o)
{
    Test::TestServer server = serverIn;
    QString message;
    if (!server.prepare(QStringLiteral("cairn_targets"),
            {QStringLiteral("tgt_ana"), QStringLiteral("tgt_ben")}, &message)) {
        print(QStringLiteral("cannot prepare the server: ") + message);
        return 2;
    }
    const QString handle = QStringLiteral("big");
    const PlanContent plan = generateRoadmap({.initiatives = o.initiatives, .seed = 17});
    ServerStore owner(server.address(QStringLiteral("postgres"), handle));
    const double t = elapsedMs();
    if (!ServerStore::initialise(server.address(QStringLiteral("postgres")), &message)
        || !owner.publish(plan, &message)
        || !owner.grant(QStringLiteral("tgt_ana"), MemberRole::Editor, &message)
        || !owner.grant(QStringLiteral("tgt_ben"), MemberRole::Editor, &message)) {
        print(message);
        return 2;
    }
    print(QStringLiteral("a plan of %1 initiatives, %2 systems, %3 goals, %4 links published in %5")
              .arg(plan.initiatives.size())
              .arg(plan.systems.size())
              .arg(plan.goals.size())
              .arg(plan.dependencies.size() + plan.impacts.size() + plan.contributions.size())
              .arg(ms(elapsedMs() - t)));
    QList<double> window;
    if (!measureOpening(server, plan, handle, o, &window))
        return 2;
    bool met = Test::median(window) <= 1500;
    if (o.control.isEmpty())
        return met ? 0 : 1;
    QList<Away> rows;
    int lost = 0;
    if (!measureAway(server, handle, o, rows, &lost)) {
        print(QStringLiteral("cannot take the server away and back (%1)").arg(o.control));
        control(o.control, QStringLiteral("thaw"));
        return 2;
    }
    print(QString());
    print(QStringLiteral("| the server away | longest the window did not answer | answer | "
                         "target |"));
    print(QStringLiteral("|---|---|---|---|"));
    for (const Away &a : std::as_const(rows)) {
        const bool timed = !a.situation.startsWith(QLatin1String("server back"));
        print(QStringLiteral("| %1 | %2 | %3 | %4 |")
                  .arg(a.situation, timed ? ms(a.stall) : QStringLiteral("–"), a.after,
                      timed ? QStringLiteral("≤ 100 ms") : QString()));
        if (timed && a.stall > 100)
            met = false;
    }
    print(QStringLiteral("edits not on the server once it was back: %1").arg(lost));
    return met && lost == 0 ? 0 : 1;
}

} // namespace Cairn::Bench
