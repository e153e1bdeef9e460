#include "core/store/planfile.h"
#include "tests/bench/benchexact.h"
#include "tests/bench/benchfiles.h"
#include "tests/bench/benchinterchange.h"
#include "tests/bench/benchpsplib.h"
#include "tests/bench/benchroadmap.h"
#include "tests/bench/benchscenario.h"
#include "tests/bench/benchstability.h"
#include "tests/bench/generateplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Cairn::Bench;

namespace {
int usage()
{
    std::fputs(
        "usage: cairn-bench psplib [--budget-ms N] [--max-schedules N] [--seed S] [--jobs N]\n"
        "                          [--solutions DIR] [--csv FILE] [--verbose] FILES_OR_DIRS...\n"
        "       cairn-bench generate --initiatives N [--systems M] [--seed S] [--horizon Q] "
        "[--shape long] OUT.cairn\n"
        "       cairn-bench roadmap [--budget-ms N] [--repeats K] FILE...\n"
        "       cairn-bench interchange [--rows N]\n"
        "       cairn-bench scenarios [--repeats K] [--keep DIR]\n"
        "       cairn-bench files [--repeats K] FILE...\n"
        "       cairn-bench exact [--count K] [--min N] [--max N] [--seed S] [--budget-ms N] "
        "[--cbc-seconds N] [--cache FILE]\n"
        "                          [--max-schedules N] [--solutions DIR] [--shape classic|long]\n"
        "                          [--part all|tune|held-out] [--verbose] [--work-dir DIR] [--runs "
        "N]\n"
        "       cairn-bench stability [--sizes 50,200,2000] [--edits N] [--budget-ms N] "
        "[--max-schedules N] [--seed S] [--sample] [--details]\n"
        "                          [--shape classic|long]\n",
        stderr);
    return 64;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() < 2)
        return usage();
    const QString command = args.takeAt(1);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption budget(QStringLiteral("budget-ms"),
        QStringLiteral("Time per instance."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption maxSchedules(QStringLiteral("max-schedules"),
        QStringLiteral("Schedules per instance (0: no limit)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
        QStringLiteral("Instances solved at once (each single-threaded)."), QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption solutions(QStringLiteral("solutions"),
        QStringLiteral("Write DIR/<instance>.sol."), QStringLiteral("DIR"));
    const QCommandLineOption csv(QStringLiteral("csv"),
        QStringLiteral("Write one CSV row per instance."), QStringLiteral("FILE"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"), QStringLiteral("Print each instance as it finishes."));
    if (command == QLatin1String("psplib")) {
        parser.addOptions({budget, maxSchedules, seed, jobs, solutions, csv, verbose});
        parser.process(args);
        PsplibOptions o;
        o.inputs = parser.positionalArguments();
        o.budgetMs = parser.value(budget).toInt();
        o.maxSchedules = parser.value(maxSchedules).toLongLong();
        o.seed = parser.value(seed).toULongLong();
        o.jobs = parser.value(jobs).toInt();
        o.solutionsDir = parser.value(solutions);
        o.csvPath = parser.value(csv);
        o.verbose = parser.isSet(verbose);
        if (o.inputs.isEmpty())
            return usage();
        return runPsplib(o);
    }
    if (command == QLatin1String("interchange")) {
        const QCommandLineOption rows(QStringLiteral("rows"),
            QStringLiteral("Rows in the CSV file."), QStringLiteral("N"), QStringLiteral("100000"));
        parser.addOptions({rows});
        parser.process(args);
        return runInterchangeBench(parser.value(rows).toInt());
    }
    if (command == QLatin1String("files")) {
        const QCommandLineOption repeats(QStringLiteral("repeats"),
            QStringLiteral("Rounds of saving and opening each file."), QStringLiteral("K"),
            QStringLiteral("5"));
        parser.addOptions({repeats});
        parser.process(args);
        if (parser.positionalArguments().isEmpty())
            return usage();
        return runFilesBench(
            parser.positionalArguments(), std::max(1, parser.value(repeats).toInt()));
    }
    if (command == QLatin1String("scenarios")) {
        const QCommandLineOption repeats(QStringLiteral("repeats"), QStringLiteral("Timed runs."),
            QStringLiteral("K"), QStringLiteral("21"));
        const QCommandLineOption keep(QStringLiteral("keep"),
            QStringLiteral("Write the plan files to DIR and leave them there."),
            QStringLiteral("DIR"));
        parser.addOptions({repeats, keep});
        parser.process(args);
        return runScenarioBench(std::max(1, parser.value(repeats).toInt()), parser.value(keep));
    }
    if (command == QLatin1String("generate")) {
        const QCommandLineOption initiatives(QStringLiteral("initiatives"),
            QStringLiteral("Number of initiatives."), QStringLiteral("N"), QStringLiteral("200"));
        const QCommandLineOption systems(QStringLiteral("systems"),
            QStringLiteral("Number of systems (default N/3)."), QStringLiteral("M"),
            QStringLiteral("-1"));
        const QCommandLineOption horizon(QStringLiteral("horizon"), QStringLiteral("Quarters."),
            QStringLiteral("Q"), QStringLiteral("16"));
        const QCommandLineOption shape(QStringLiteral("shape"),
            QStringLiteral("classic, or long (24-31 quarters, issue 20's held-out shape)."),
            QStringLiteral("SHAPE"), QStringLiteral("classic"));
        parser.addOptions({initiatives, systems, seed, horizon, shape});
        parser.process(args);
        if (parser.positionalArguments().size() != 1)
            return usage();
        GenerateOptions o;
        o.initiatives = parser.value(initiatives).toInt();
        o.systems = parser.value(systems).toInt();
        o.seed = parser.value(seed).toULongLong();
        o.horizon = parser.value(horizon).toInt();
        if (parser.value(shape) == QLatin1String("long"))
            o.shape = GenerateOptions::Shape::Long;
        const auto saved
            = Cairn::PlanFile::save(generateRoadmap(o), parser.positionalArguments().first());
        if (!saved.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.message));
            return 2;
        }
        return 0;
    }
    if (command == QLatin1String("roadmap")) {
        const QCommandLineOption repeats(QStringLiteral("repeats"),
            QStringLiteral("Timed runs of the first pass."), QStringLiteral("K"),
            QStringLiteral("5"));
        parser.addOptions({budget, repeats});
        parser.process(args);
        RoadmapBenchOptions o;
        o.files = parser.positionalArguments();
        o.budgetMs = parser.isSet(budget) ? parser.value(budget).toInt() : 1000;
        o.repeats = parser.value(repeats).toInt();
        if (o.files.isEmpty())
            return usage();
        return runRoadmapBench(o);
    }
    if (command == QLatin1String("exact")) {
        const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Plans."),
            QStringLiteral("K"), QStringLiteral("10"));
        const QCommandLineOption minN(QStringLiteral("min"), QStringLiteral("Fewest initiatives."),
            QStringLiteral("N"), QStringLiteral("25"));
        const QCommandLineOption maxN(QStringLiteral("max"), QStringLiteral("Most initiatives."),
            QStringLiteral("N"), QStringLiteral("60"));
        const QCommandLineOption cbcSeconds(QStringLiteral("cbc-seconds"),
            QStringLiteral("CBC time limit per solve."), QStringLiteral("N"),
            QStringLiteral("300"));
        const QCommandLineOption cache(QStringLiteral("cache"),
            QStringLiteral("Remember CBC optima in FILE."), QStringLiteral("FILE"));
        const QCommandLineOption shape(QStringLiteral("shape"),
            QStringLiteral("classic: 16 quarters; long: 24-31 quarters (issue 20's held-out "
                           "shape)."),
            QStringLiteral("SHAPE"), QStringLiteral("classic"));
        const QCommandLineOption part(QStringLiteral("part"),
            QStringLiteral("all, tune (plans k % 3 != 2) or held-out (k % 3 == 2)."),
            QStringLiteral("PART"), QStringLiteral("all"));
        const QCommandLineOption workDir(QStringLiteral("work-dir"),
            QStringLiteral("Keep CBC's model and solution files in DIR."), QStringLiteral("DIR"));
        const QCommandLineOption runs(QStringLiteral("runs"),
            QStringLiteral("Scheduler seeds 1..N per plan; the gap is their mean."),
            QStringLiteral("N"), QStringLiteral("1"));
        parser.addOptions({count, minN, maxN, seed, budget, maxSchedules, cbcSeconds, cache,
            solutions, shape, part, verbose, workDir, runs});
        parser.process(args);
        ExactOptions o;
        o.count = parser.value(count).toInt();
        o.minInitiatives = parser.value(minN).toInt();
        o.maxInitiatives = parser.value(maxN).toInt();
        o.seed = parser.value(seed).toULongLong();
        o.budgetMs = parser.isSet(budget) ? parser.value(budget).toInt() : 100;
        o.cbcSeconds = parser.value(cbcSeconds).toInt();
        o.cachePath = parser.value(cache);
        o.maxSchedules = parser.value(maxSchedules).toLongLong();
        o.solutionsDir = parser.value(solutions);
        o.longShape = parser.value(shape) == QLatin1String("long");
        o.part = parser.value(part);
        o.workDir = parser.value(workDir);
        o.verbose = parser.isSet(verbose);
        o.runs = std::max(1, parser.value(runs).toInt());
        if (!o.longShape && parser.value(shape) != QLatin1String("classic"))
            return usage();
        return runExactBench(o);
    }
    if (command == QLatin1String("stability")) {
        const QCommandLineOption sizes(QStringLiteral("sizes"),
            QStringLiteral("Plan sizes (initiatives), comma separated."), QStringLiteral("LIST"),
            QStringLiteral("50,200,2000"));
        const QCommandLineOption edits(QStringLiteral("edits"), QStringLiteral("Edits per plan."),
            QStringLiteral("N"), QStringLiteral("100"));
        const QCommandLineOption sample(QStringLiteral("sample"),
            QStringLiteral("The window's path on the sample plan: each initiative pinned a "
                           "quarter later in turn."));
        const QCommandLineOption details(QStringLiteral("details"),
            QStringLiteral("Also list the edits that moved most beyond what they forced or lost "
                           "most value."));
        const QCommandLineOption shape(QStringLiteral("shape"),
            QStringLiteral("classic (horizon 24), or long (issue 20's held-out shape)."),
            QStringLiteral("SHAPE"), QStringLiteral("classic"));
        parser.addOptions({sizes, edits, budget, maxSchedules, seed, sample, details, shape});
        parser.process(args);
        StabilityOptions o;
        o.longShape = parser.value(shape) == QLatin1String("long");
        if (!o.longShape && parser.value(shape) != QLatin1String("classic"))
            return usage();
        o.sample = parser.isSet(sample);
        o.details = parser.isSet(details);
        o.maxSchedules = parser.value(maxSchedules).toLongLong();
        o.sizes.clear();
        for (const QString &n : parser.value(sizes).split(QLatin1Char(',')))
            o.sizes << n.toInt();
        o.edits = parser.value(edits).toInt();
        o.budgetMs = parser.isSet(budget) ? parser.value(budget).toInt() : 300;
        o.seed = parser.value(seed).toULongLong();
        return runStabilityBench(o);
    }
    return usage();
}
