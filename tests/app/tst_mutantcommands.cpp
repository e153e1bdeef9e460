#include "app/cli/cli.h"
#include "app/cli/export.h"
#include "core/store/planfile.h"
#include "core/store/sampleplan.h"
#include "tests/core/planmutator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <sys/resource.h>
#include <unistd.h>

using namespace Cairn;

// Hostile plan files (SQL-level mutants of the sample) through what `cairn check`, `schedule` and
// `export` (PDF, and CSV, Excel or JSON in turn) run, in this process: the commands' own entry
// points with the command line's arguments, so that many thousands of mutants fit in minutes
// (tst_loops runs a few through the executable itself). No command may crash, run past 10 s or
// take the process past 1 GiB; each exits 0, 1 or 2, a refusal (2) names the file, and the file
// stays byte-identical. A short run is part of ctest; a long one in chunks
// (build/release/tests/app):
//   CAIRN_LOOP_ROUNDS=5000 CAIRN_LOOP_FIRST=5000 CAIRN_LOOP_BUDGET_MS=0 ./tst_mutantcommands
// CAIRN_LOOP_BUDGET_MS gives schedule and export that --budget-ms (and --bound-ms): 0
// leaves out the timed improvement, which only repeats the scheduling; unset, the commands'
// defaults. The mutant being run is at CAIRN_MUTANT_FILE when set (kept if the process dies,
// its number in CAIRN_MUTANT_FILE.round). To find a mutant that takes the machine's memory, run
// a chunk under `prlimit --as=3000000000`.
namespace {
int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(name, &ok);
    return ok && n >= 0 ? n : fallback;
}

long selfPeakMiB()
{
    struct rusage usage { };
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// What a command wrote to standard error (its standard output is dropped), and its exit code.
struct Run {
    int code = 0;
    QByteArray errors;
    qint64 ms = 0;
};

Run runCaptured(const std::function<int()> &command, const QString &errorFile)
{
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = ::dup(1);
    const int savedErr = ::dup(2);
    const int devNull = ::open("/dev/null", O_WRONLY);
    const int errFd
        = ::open(QFile::encodeName(errorFile).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(devNull, 1);
    ::dup2(errFd, 2);
    Run run;
    QElapsedTimer clock;
    clock.start();
    run.code = command();
    run.ms = clock.elapsed();
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(savedOut, 1);
    ::dup2(savedErr, 2);
    for (const int fd : {savedOut, savedErr, devNull, errFd})
        ::close(fd);
    QFile f(errorFile);
    if (f.open(QIODevice::ReadOnly))
        run.errors = f.readAll();
    return run;
}
} // namespace

class tst_MutantCommands : public QObject {
    Q_OBJECT

private slots:
    void mutantsThroughCommandsInProcess()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("base.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), base).ok);
        const QString file = qEnvironmentVariableIsSet("CAIRN_MUTANT_FILE")
            ? qEnvironmentVariable("CAIRN_MUTANT_FILE")
            : dir.filePath(QStringLiteral("mutant.cairn"));
        QVERIFY(file.endsWith(QLatin1String("mutant.cairn")));
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString errors = dir.filePath(QStringLiteral("stderr.txt"));
        const int n = envInt("CAIRN_LOOP_ROUNDS", 12);
        const int first = envInt("CAIRN_LOOP_FIRST", 0);
        const int budget = envInt("CAIRN_LOOP_BUDGET_MS", -1);
        QStringList timing, bounding; // bounding: schedule's and the report's --bound-ms
        if (budget >= 0) {
            timing << QStringLiteral("--budget-ms") << QString::number(budget);
            bounding << QStringLiteral("--bound-ms") << QString::number(budget);
        }
        static const QStringList formats
            = {QStringLiteral("--csv"), QStringLiteral("--xlsx"), QStringLiteral("--json")};
        static const QStringList names
            = {QStringLiteral("csv"), QStringLiteral("plan.xlsx"), QStringLiteral("plan.json")};

        int refused = 0, problems = 0, runs = 0;
        qint64 slowest = 0;
        QString slowestWhat;
        for (int round = first; round < first + n; ++round) {
            QFile::remove(file);
            QVERIFY(QFile::copy(base, file));
            QRandomGenerator random(quint32(round) * 2654435761u + 21u);
            Testing::mutatePlanFile(file, random);
            const QByteArray before = Testing::fileHash(file);
            if (qEnvironmentVariableIsSet("CAIRN_MUTANT_FILE")) {
                QFile number(file + QStringLiteral(".round"));
                QVERIFY(number.open(QIODevice::WriteOnly | QIODevice::Truncate));
                number.write(QByteArray::number(round) + '\n');
            }
            QVERIFY(QDir(out).removeRecursively() && QDir().mkpath(out));
            const QStringList schedule
                = QStringList {QStringLiteral("cairn"), QStringLiteral("schedule"), file} + timing
                + bounding;
            const QList<QStringList> commands = {
                {QStringLiteral("cairn"), QStringLiteral("check"), file},
                schedule,
                QStringList {QStringLiteral("cairn export"), file, QStringLiteral("--pdf"),
                    out + QStringLiteral("/plan.pdf")}
                    + timing + bounding,
                QStringList {QStringLiteral("cairn export"), file, formats.at(round % 3),
                    out + QLatin1Char('/') + names.at(round % 3)}
                    + timing,
            };
            bool loads = true;
            for (const QStringList &arguments : commands) {
                const bool exporting = arguments.first() == QLatin1String("cairn export");
                const Run run = runCaptured(
                    [&] { return exporting ? Cli::exportCommand(arguments) : Cli::run(arguments); },
                    errors);
                ++runs;
                const QString what = QStringLiteral("mutant %1, %2")
                                         .arg(round)
                                         .arg(arguments.mid(0, 2).join(QLatin1Char(' ')));
                if (run.ms > slowest) {
                    slowest = run.ms;
                    slowestWhat = what;
                }
                QString wrong;
                if (run.ms > 10000)
                    wrong = QStringLiteral("ran %1 ms").arg(run.ms);
                else if (run.code < 0 || run.code > 2)
                    wrong = QStringLiteral("exit code %1: %2")
                                .arg(run.code)
                                .arg(QString::fromUtf8(run.errors));
                else if (run.code == 2 && !run.errors.contains("mutant.cairn"))
                    wrong = QStringLiteral("refused without naming the file: ")
                        + QString::fromUtf8(run.errors);
                else if (Testing::fileHash(file) != before)
                    wrong = QStringLiteral("the plan file was changed");
                else if (selfPeakMiB() >= 1024)
                    wrong = QStringLiteral("%1 MiB").arg(selfPeakMiB());
                if (!wrong.isEmpty()) {
                    const QString kept
                        = QDir::temp().filePath(QStringLiteral("cairn-mutant-%1.cairn").arg(round));
                    QFile::remove(kept);
                    QFile::copy(file, kept);
                    QFAIL(qPrintable(QStringLiteral("%1 (kept as %2): %3").arg(what, kept, wrong)));
                }
                loads = loads && run.code != 2;
                problems += run.code == 1;
            }
            refused += !loads;
        }
        qInfo("%d mutants (from %d), %d commands: %d refused, %d exits with problems listed, 0 "
              "crashes, 0 past 10 s (slowest %lld ms: %s), peak %ld MiB",
            n, first, runs, refused, problems, slowest, qPrintable(slowestWhat), selfPeakMiB());
    }
};

QTEST_MAIN(tst_MutantCommands)
#include "tst_mutantcommands.moc"
