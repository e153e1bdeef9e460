#include "core/store/planfile.h"
#include "core/store/planlock.h"
#include "core/store/sampleplan.h"
#include "tests/core/planmutator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <functional>
#include <sys/resource.h>

using namespace Cairn;

// Loops over the command line: saves killed at many moments, two imports into one plan at once,
// and hostile plan files through check, schedule and export. A short run is part of ctest; a long
// one is the same binary with more rounds, in chunks that start where the last one ended:
//   CAIRN_LOOP_ROUNDS=250 CAIRN_LOOP_FIRST=250 build/release/tests/app/tst_loops killsDuringSave
// (Qt Test stops a test function after 5 minutes: a longer chunk needs QTEST_FUNCTION_TIMEOUT,
// in milliseconds.)
// The assertions never depend on timing: a kill may land anywhere, and whatever the moment, the
// plan must be the old one or the new one.
namespace {
int rounds(int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("CAIRN_LOOP_ROUNDS", &ok);
    return ok && n > 0 ? n : fallback;
}

// The number of the first round (a long run in chunks: each its own moments, names and mutants).
int firstRound()
{
    return std::max(0, qEnvironmentVariableIntValue("CAIRN_LOOP_FIRST"));
}

// The largest resident size of any child process waited for so far, in MiB.
long childPeakMiB()
{
    struct rusage usage { };
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

QString goalNames(const QString &plan)
{
    const LoadResult loaded = PlanFile::load(plan);
    if (!loaded.ok())
        return QStringLiteral("unreadable: ") + loaded.message;
    QStringList names;
    for (const Goal &g : loaded.content->goals)
        names << g.name;
    return names.join(QLatin1Char('|'));
}

QString writeGoalCsv(const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name + QStringLiteral("-goals.csv"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QStringLiteral("name,weight\n%1,3\n").arg(name).toUtf8());
    return path;
}

QStringList litterBeside(const QString &plan)
{
    QStringList found;
    const QFileInfo info(plan);
    for (const QString &name : info.dir().entryList(QDir::Files | QDir::Hidden | QDir::System))
        if (name != info.fileName() && !name.endsWith(QLatin1String("-goals.csv"))
            && name != QLatin1String("big"))
            found << name;
    return found;
}

QStringList importArgs(const QString &plan, const QString &csv)
{
    return {QStringLiteral("import"), plan, QStringLiteral("--csv"), csv};
}

// What the kill loops saw.
struct KillTally {
    int killed = 0;
    int inWrite = 0; // killed while writing the new file: a temporary of its own was left
    int completed = 0;
    int oldKept = 0;
    int newWritten = 0;
};

// The temporaries of saves beside `plan`.
QStringList temporariesBeside(const QString &plan)
{
    return litterBeside(plan).filter(
        QStringLiteral(".") + QFileInfo(plan).fileName() + QStringLiteral(".saving-"));
}

// SIGKILL to the process while it runs (never to a pid of 0: that would be this process group).
void killNow(const QProcess &p)
{
    if (const qint64 pid = p.processId(); pid > 0)
        ::kill(pid_t(pid), SIGKILL);
}

// Waits until a temporary that was not beside the plan before appears (true) or the process
// ends (false): the moment a save starts writing its new file.
bool waitForNewTemporary(QProcess &p, const QString &plan, const QStringList &before)
{
    // (waitForFinished is true once, when it sees the end; false after that.)
    while (p.state() != QProcess::NotRunning && !p.waitForFinished(0)) {
        const QStringList now = temporariesBeside(plan);
        if (std::any_of(
                now.cbegin(), now.cend(), [&](const QString &t) { return !before.contains(t); }))
            return true;
        QThread::usleep(100);
    }
    return false;
}
} // namespace

class tst_Loops : public QObject {
    Q_OBJECT

    // A plan of 2.5 MB in a file of its own at `plan`, so that its save takes long enough to be
    // hit, of few initiatives (300), so that scheduling it (the reference each save keeps) takes
    // little of an import.
    void makeBigPlan(const QString &dirPath, const QString &plan)
    {
        const QString big = QDir(dirPath).filePath(QStringLiteral("big"));
        QVERIFY(QDir().mkpath(big));
        {
            QFile f(big + QStringLiteral("/initiatives.csv"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,kind,cost,duration,description\n");
            for (int i = 0; i < 300; ++i)
                f.write(QStringLiteral("Initiative %1,run,%2,2,%3\n")
                            .arg(i)
                            .arg(1000 + i)
                            .arg(QString(8000, QLatin1Char('x')))
                            .toUtf8());
        }
        QProcess seed;
        seed.start(QStringLiteral(CAIRN_BINARY), importArgs(plan, big));
        QVERIFY(seed.waitForFinished(120000));
        QCOMPARE(seed.exitCode(), 0);
    }

    // One import of a goal named for the round, which `killer` may end with SIGKILL: the plan is
    // then the old one (`before`) or the new one, and the new one when the import completed.
    void killRound(const QString &dirPath, const QString &plan, int round,
        const std::function<void(QProcess &, const QStringList &)> &killer, KillTally &tally,
        QString &before)
    {
        const QString name = QStringLiteral("Kill %1").arg(round);
        const QString csv = writeGoalCsv(dirPath, name);
        const QStringList temporariesBefore = temporariesBeside(plan);
        QProcess p;
        p.start(QStringLiteral(CAIRN_BINARY), importArgs(plan, csv));
        QVERIFY(p.waitForStarted());
        killer(p, temporariesBefore);
        QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(30000));
        const bool wasKilled = p.exitStatus() == QProcess::CrashExit;
        tally.killed += wasKilled;
        if (wasKilled) {
            const QStringList temporaries = temporariesBeside(plan);
            tally.inWrite += std::any_of(temporaries.cbegin(), temporaries.cend(),
                [&](const QString &t) { return !temporariesBefore.contains(t); });
        }
        tally.completed += !wasKilled;
        if (!wasKilled)
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QString after = goalNames(plan);
        const QString expectedNew = before.isEmpty() ? name : before + QLatin1Char('|') + name;
        QVERIFY2(after == before || after == expectedNew,
            qPrintable(QStringLiteral("round %1: %2").arg(round).arg(after.right(200))));
        if (!wasKilled)
            QCOMPARE(after, expectedNew);
        tally.oldKept += after == before;
        tally.newWritten += after == expectedNew;
        before = after;
        QFile::remove(csv);
    }

    // One more import, to its end: it cleans up what the killed ones left.
    void importToTheEnd(const QString &dirPath, const QString &plan)
    {
        const QString last = writeGoalCsv(dirPath, QStringLiteral("Last"));
        QProcess p;
        p.start(QStringLiteral(CAIRN_BINARY), importArgs(plan, last));
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QFile::remove(last);
        QCOMPARE(litterBeside(plan), QStringList());
    }

private slots:
    // cairn import killed with SIGKILL at moments spread over its run: the plan is always the
    // old one or the new one, and the next import leaves nothing behind (no temporary, no lock).
    void killsDuringSave()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        makeBigPlan(dir.path(), plan);
        if (QTest::currentTestFailed())
            return;

        // How long one import runs here, so that the kills are spread over all of it (load,
        // import, write, sync, rename): only where they land depends on it, never a verdict.
        QElapsedTimer clock;
        clock.start();
        QProcess timed;
        timed.start(QStringLiteral(CAIRN_BINARY),
            importArgs(plan, writeGoalCsv(dir.path(), QStringLiteral("Timed"))));
        QVERIFY(timed.waitForFinished(120000));
        QCOMPARE(timed.exitCode(), 0);
        const int span = std::max(20, int(clock.elapsed()) * 6 / 5);

        const int n = rounds(16);
        KillTally tally;
        QString before = goalNames(plan);
        for (int round = firstRound(); round < firstRound() + n; ++round) {
            const int delay = int((qint64(round) * 7919) % span);
            killRound(
                dir.path(), plan, round,
                [&](QProcess &p, const QStringList &) {
                    if (!p.waitForFinished(delay))
                        killNow(p);
                },
                tally, before);
            if (QTest::currentTestFailed())
                return;
        }
        importToTheEnd(dir.path(), plan);
        qInfo("%d rounds over %d ms: %d killed (%d while writing the new file), %d completed; plan "
              "old %d times, new %d times",
            n, span, tally.killed, tally.inWrite, tally.completed, tally.oldKept, tally.newWritten);
    }

    // cairn import killed with SIGKILL while it writes the new plan: once its temporary appears
    // beside the plan, after a delay spread over how long the rest of an import takes here
    // (write, check, sync, rename). The plan is always the old one or the new one, and the next
    // import leaves nothing behind.
    void killsWhileWriting()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        makeBigPlan(dir.path(), plan);
        if (QTest::currentTestFailed())
            return;

        // How long an import runs from its temporary's appearing to its end: only where the
        // kills land depends on it, never a verdict.
        QProcess timed;
        timed.start(QStringLiteral(CAIRN_BINARY),
            importArgs(plan, writeGoalCsv(dir.path(), QStringLiteral("Timed"))));
        QVERIFY(waitForNewTemporary(timed, plan, temporariesBeside(plan)));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(timed.waitForFinished(120000));
        QCOMPARE(timed.exitCode(), 0);
        const qint64 windowUs = std::max<qint64>(1000, clock.nsecsElapsed() / 1000);

        const int n = rounds(8);
        KillTally tally;
        int seen = 0;
        QString before = goalNames(plan);
        for (int round = firstRound(); round < firstRound() + n; ++round) {
            const qint64 delayUs = (qint64(round) * 7919) % windowUs;
            killRound(
                dir.path(), plan, round,
                [&](QProcess &p, const QStringList &temporariesBefore) {
                    if (!waitForNewTemporary(p, plan, temporariesBefore))
                        return;
                    ++seen;
                    QThread::usleep(quint64(delayUs));
                    killNow(p); // harmless once it has ended (not yet reaped)
                },
                tally, before);
            if (QTest::currentTestFailed())
                return;
        }
        importToTheEnd(dir.path(), plan);
        qInfo("%d rounds, kills spread over %lld ms from the temporary's appearing (seen %d "
              "times): %d killed (%d with the new file still being written), %d completed; plan "
              "old %d times, new %d times",
            n, windowUs / 1000, seen, tally.killed, tally.inWrite, tally.completed, tally.oldKept,
            tally.newWritten);
    }

    // Two imports into one plan at the same moment: each that says it imported has its change
    // in the plan (before, one of them could report success and be lost).
    void twoWritersAtOnce()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), plan).ok);
        const int n = rounds(8);
        int refused = 0;
        for (int round = firstRound(); round < firstRound() + n; ++round) {
            const QString a = QStringLiteral("Race %1 A").arg(round);
            const QString b = QStringLiteral("Race %1 B").arg(round);
            QProcess first, second;
            first.start(
                QStringLiteral(CAIRN_BINARY), importArgs(plan, writeGoalCsv(dir.path(), a)));
            second.start(
                QStringLiteral(CAIRN_BINARY), importArgs(plan, writeGoalCsv(dir.path(), b)));
            QVERIFY(first.waitForFinished(120000));
            QVERIFY(second.waitForFinished(120000));
            const QStringList goals = goalNames(plan).split(QLatin1Char('|'));
            for (auto [process, name] : {std::pair {&first, a}, std::pair {&second, b}}) {
                if (process->exitCode() == 0) {
                    QVERIFY2(goals.contains(name), qPrintable(name + QStringLiteral(" lost")));
                } else {
                    // Refused, never silently: it says why and changed nothing of its own.
                    ++refused;
                    QCOMPARE(process->exitCode(), 2);
                    QVERIFY(!goals.contains(name));
                    QVERIFY(!process->readAllStandardError().isEmpty());
                }
            }
        }
        QCOMPARE(litterBeside(plan).filter(QStringLiteral("plan.cairn")), QStringList());
        qInfo("%d races: 0 lost, %d writers refused", n, refused);
    }

    // Hostile plan files (SQL-level mutants of the sample) through cairn check, schedule and
    // export (PDF, and CSV, Excel or JSON in turn): no command crashes, runs past 10 s or grows
    // past 1 GiB, each exits 0, 1 or 2 (a refusal naming the file), and the file stays as it was.
    void mutantsThroughCommands()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("base.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), base).ok);
        const QString file = dir.filePath(QStringLiteral("mutant.cairn"));
        const QString out = dir.filePath(QStringLiteral("out"));
        const int n = rounds(4);
        int refused = 0, problems = 0, runs = 0;
        for (int round = firstRound(); round < firstRound() + n; ++round) {
            QFile::remove(file);
            QVERIFY(QFile::copy(base, file));
            QRandomGenerator random(quint32(round) * 2654435761u + 21u);
            Testing::mutatePlanFile(file, random);
            const QByteArray before = Testing::fileHash(file);
            QVERIFY(QDir(out).removeRecursively() && QDir().mkpath(out));
            static const QStringList formats
                = {QStringLiteral("--csv"), QStringLiteral("--xlsx"), QStringLiteral("--json")};
            static const QStringList names
                = {QStringLiteral("csv"), QStringLiteral("plan.xlsx"), QStringLiteral("plan.json")};
            const QList<QStringList> commands
                = {{QStringLiteral("check"), file}, {QStringLiteral("schedule"), file},
                    {QStringLiteral("export"), file, QStringLiteral("--pdf"),
                        out + QStringLiteral("/plan.pdf")},
                    {QStringLiteral("export"), file, formats.at(round % 3),
                        out + QLatin1Char('/') + names.at(round % 3)}};
            bool loads = true;
            for (const QStringList &arguments : commands) {
                QProcess p;
                p.start(QStringLiteral(CAIRN_BINARY), arguments);
                ++runs;
                QString wrong;
                if (!p.waitForFinished(10000)) {
                    p.kill();
                    p.waitForFinished();
                    wrong = QStringLiteral("still running after 10 s");
                } else if (p.exitStatus() != QProcess::NormalExit) {
                    wrong = QStringLiteral("crashed");
                } else if (p.exitCode() < 0 || p.exitCode() > 2) {
                    wrong = QStringLiteral("exit code %1").arg(p.exitCode());
                } else if (p.exitCode() == 2
                    && !p.readAllStandardError().contains("mutant.cairn")) {
                    wrong = QStringLiteral("refused without naming the file");
                } else if (Testing::fileHash(file) != before) {
                    wrong = QStringLiteral("the plan file was changed");
                } else if (childPeakMiB() >= 1024) {
                    wrong = QStringLiteral("%1 MiB").arg(childPeakMiB());
                }
                if (!wrong.isEmpty()) {
                    const QString kept
                        = QDir::temp().filePath(QStringLiteral("cairn-mutant-%1.cairn").arg(round));
                    QFile::remove(kept);
                    QFile::copy(file, kept);
                    QFAIL(qPrintable(QStringLiteral("mutant %1 (kept as %2), cairn %3: %4")
                                         .arg(round)
                                         .arg(kept, arguments.join(QLatin1Char(' ')), wrong)));
                }
                loads = loads && p.exitCode() != 2;
                problems += p.exitCode() == 1;
            }
            refused += !loads;
        }
        qInfo("%d mutants, %d commands: %d refused, %d exits with problems listed, 0 crashes, "
              "0 past 10 s, largest command %ld MiB",
            n, runs, refused, problems, childPeakMiB());
    }
};

QTEST_GUILESS_MAIN(tst_Loops)
#include "tst_loops.moc"
