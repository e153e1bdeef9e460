#include "app/cli/cli.h"

#include "app/cli/impact.h"
#include "app/cli/output.h"
#include "app/cli/scenariocli.h"
#include "app/cli/schedulejson.h"
#include "app/cli/servercommands.h"
#include "core/analysis/plananalysis.h"
#include "core/domain/planvalidator.h"
#include "core/interchange/importer.h"
#include "core/schedule/planscheduler.h"
#include "core/store/planfile.h"
#include "core/store/planlock.h"
#include "core/store/planstore.h"
#include "core/store/sampleplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

namespace Cairn::Cli {

namespace {

struct Command {
    const char *name;
    const char *synopsis;
    const char *summary;
};

// Shown by --help, in this order.
const Command kCommands[] = {
    {"sample", "sample [--replace] OUT.cairn",
        QT_TRANSLATE_NOOP("Cairn::Cli",
            "Write the bundled sample plan to OUT.cairn (a new file, unless --replace).")},
    {"check", "check FILE",
        QT_TRANSLATE_NOOP("Cairn::Cli",
            "Check a plan file. Exit 0: sound; 1: the plan has problems (listed); 2: not readable "
            "or not a plan.")},
    {"publish", "publish FILE URI",
        QT_TRANSLATE_NOOP("Cairn::Cli",
            "Upload a plan file as a shared plan on a PostgreSQL server; URI is "
            "postgresql:///DATABASE?host=…&port=…&user=…&plan=NAME. Wherever a command takes a "
            "plan FILE (check, schedule, export, impact, import), such a URI works too.")},
    {"server", "server init|grant URI …",
        QT_TRANSLATE_NOOP("Cairn::Cli",
            "server init URI: create (or check) the plans' schema on a PostgreSQL server, as its "
            "administrator. server grant URI MEMBER viewer|editor|owner: make a login role a "
            "member of the plan (its owner does this); the server enforces the roles.")},
    {"screenshot", "screenshot FILE OUT.png",
        QT_TRANSLATE_NOOP("Cairn::Cli",
            "Render the main window with the plan open, offscreen, as PNG. Options: --view "
            "roadmap|charts|graph|initiatives|goals|systems|resources|milestones, --size WxH, "
            "--scenario NAME, --baseline NAME, --theme system|light|dark|projector.")},
    {"export", "export FILE --pdf|--png|--svg OUT",
        QT_TRANSLATE_NOOP("Cairn::Cli",
            "Write the roadmap report (PDF), the roadmap as an image, the charts, or the "
            "dependency graph, with no display needed. Options: --page-size, --orientation, "
            "--sections, --quarters-per-page, --pages-wide, --pdf-a, --logo FILE, --marking TEXT, "
            "--charts DIR, --size WxH, --colour-by, --lanes, --today, --graph OUT.png|svg, "
            "--focus NAME, --depth N, --scenario NAME, --compare A,B[,C], --baseline NAME, "
            "--workshop-record OUT.pdf|md|csv, --workshop NAME.")},
    {"import", "import FILE --csv DIR_OR_FILE",
        QT_TRANSLATE_NOOP("Cairn::Cli",
            "Import CSV tables (as written by export --csv, or a spreadsheet's) into FILE, which "
            "is created if missing. Options: --apply-valid, --match name|id, --delimiter ,|;|tab. "
            "Exit 1 with the bad rows listed and FILE unchanged.")},
    {"schedule", "schedule FILE [--json]",
        QT_TRANSLATE_NOOP("Cairn::Cli",
            "Schedule the initiatives and explain each start. Options: --json, --budget-ms N, "
            "--goal value|makespan, --seed S, --scenario NAME. Exit 1 when there are problems.")},
    {"scenario", "scenario FILE list|create|delete",
        QT_TRANSLATE_NOOP("Cairn::Cli",
            "List, create, show or delete scenarios: named sets of overrides of the plan. create "
            "NAME takes --from SCENARIO, --capacity \"RESOURCE=-20%\", --capacity "
            "\"RESOURCE=150000@2027 Q3\", --exclude INITIATIVE, --include INITIATIVE, --pin "
            "\"INITIATIVE=2028 Q1\", --set \"ITEM.FIELD=VALUE\" (each may repeat).")},
    {"compare", "compare FILE A B [C]",
        QT_TRANSLATE_NOOP("Cairn::Cli",
            "Schedule two or three scenarios (“base” is the plan itself) and compare them: spend "
            "per year, Run/Grow/Transform, late work, deadlines met, systems out of support, and "
            "each initiative that moves, drops or becomes late. Options: --json, --budget-ms N.")},
    {"baseline", "baseline FILE create NAME",
        QT_TRANSLATE_NOOP("Cairn::Cli",
            "Freeze the schedule as a named, dated baseline (--scenario S: a scenario's), list "
            "or delete baselines, or show the variance since one: baseline FILE variance NAME "
            "[--scenario S].")},
    {"impact", "impact FILE --system|--initiative NAME",
        QT_TRANSLATE_NOOP("Cairn::Cli",
            "What a system or an initiative reaches: for --system NAME the initiatives that touch "
            "it, the goals they serve and the systems that run on it, and with --eos QUARTER what "
            "would be late if its support ended then; for --initiative NAME what waits for it and "
            "its critical chain to a deadline. Options: --json.")},
};

QString helpText()
{
    QStringList lines;
    lines
        << QCoreApplication::translate("Cairn::Cli", "Usage: cairn COMMAND [OPTIONS] [ARGUMENTS]")
        << QCoreApplication::translate("Cairn::Cli", "       cairn [FILE]   (opens the workspace)")
        << QString()
        << QCoreApplication::translate("Cairn::Cli",
               "Cairn plans IT strategy roadmaps: business goals, the systems a business runs and "
               "the initiatives that change them, scheduled across quarters.")
        << QString() << QCoreApplication::translate("Cairn::Cli", "Commands:");
    for (const Command &c : kCommands) {
        const QString synopsis = QString::fromUtf8(c.synopsis);
        if (synopsis.size() > 26) // the summary on a line of its own, not run into it
            lines << QStringLiteral("  %1").arg(synopsis)
                  << QString(30, QLatin1Char(' '))
                    + QCoreApplication::translate("Cairn::Cli", c.summary);
        else
            lines << QStringLiteral("  %1").arg(synopsis, -28)
                    + QCoreApplication::translate("Cairn::Cli", c.summary);
    }
    lines << QString() << QCoreApplication::translate("Cairn::Cli", "Options:")
          << QStringLiteral("  %1").arg(QStringLiteral("-h, --help"), -28)
            + QCoreApplication::translate("Cairn::Cli", "Show this help.")
          << QStringLiteral("  %1").arg(QStringLiteral("-v, --version"), -28)
            + QCoreApplication::translate("Cairn::Cli", "Show the version.")
          << QString()
          << QCoreApplication::translate(
                 "Cairn::Cli", "Run “cairn COMMAND --help” for a command's options.");
    return lines.join(QLatin1Char('\n'));
}

// The plan with its schedule as its reference: what every save keeps (see LiveSchedule). The
// schedule depends only on the plan: a budget of schedules, not of time, and of fewer schedules
// for a large plan (each takes longer), so that the budget is about the same work at any size:
// 20,000 up to 1,000 initiatives, 2,000 for 10,000. (A flat 20,000 took 20 s for an import of
// 10,000 initiatives.)
PlanContent withReference(PlanContent plan)
{
    SchedulerOptions options;
    options.timeBudgetMs = 0;
    options.maxSchedules = std::clamp<qint64>(
        20'000'000 / std::max<qint64>(1, qint64(plan.initiatives.size())), 500, 20'000);
    plan.reference = referenceStarts(schedulePlan(plan, options));
    return plan;
}

int sampleCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("OUT.cairn"),
        QCoreApplication::translate("Cairn::Cli", "Where to write the sample plan."));
    const QCommandLineOption replace(QStringLiteral("replace"),
        QCoreApplication::translate(
            "Cairn::Cli", "Write over OUT.cairn when it exists (the plan in it is lost)."));
    parser.addOption(replace);
    int code = Ok;
    if (!parseCommand(parser, arguments, 1, 1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    // A plan of one's own given by mistake is never written over unasked (nor a link's target).
    if (QFileInfo::exists(path) && !parser.isSet(replace)) {
        err(QCoreApplication::translate("Cairn::Cli",
            "%1 exists already: the sample would replace it. Choose a new file, or add --replace.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
        return UsageError;
    }
    PlanLock lock(path); // never over a plan someone is editing
    if (!lock.lock(PlanLock::kWriterWaitMs)) {
        err(lock.refusal());
        return Unreadable;
    }
    const SaveResult saved = PlanFile::save(withReference(samplePlan()), path);
    if (!saved.ok) {
        err(saved.message);
        return Unreadable;
    }
    out(QCoreApplication::translate("Cairn::Cli", "Wrote the sample plan to %1")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return Ok;
}

int checkCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("Cairn::Cli", "The plan file to check."));
    int code = Ok;
    if (!parseCommand(parser, arguments, 1, 1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    const auto store = openPlanStore(path);
    const LoadResult loaded = store->load();
    if (!loaded.ok()) {
        err(loaded.message);
        return Unreadable;
    }
    const PlanContent &plan = *loaded.content;
    const QList<PlanIssue> issues = validatePlan(plan);
    const auto errors = std::count_if(
        issues.cbegin(), issues.cend(), [](const PlanIssue &i) { return i.isError(); });
    const QString name = store->isShared() ? store->location() : QDir::toNativeSeparators(path);
    out(QCoreApplication::translate("Cairn::Cli", "%1: “%2”, %3 to %4")
            .arg(name, plan.info.name, plan.info.firstQuarter.label(plan.info.quarterStyle()),
                plan.info.lastQuarter().label(plan.info.quarterStyle())));
    out(QCoreApplication::translate("Cairn::Cli",
        "  %1 goals, %2 systems, %3 initiatives, %4 resources, %5 milestones, %6 dependencies")
            .arg(plan.goals.size())
            .arg(plan.systems.size())
            .arg(plan.initiatives.size())
            .arg(plan.resources.size())
            .arg(plan.milestones.size())
            .arg(plan.dependencies.size()));
    if (loaded.migrated)
        out(QCoreApplication::translate(
            "Cairn::Cli", "  The file is in an older format (%1); saving it will upgrade it.")
                .arg(loaded.fileVersion));
    for (const PlanIssue &issue : issues)
        out(QStringLiteral("  %1 %2").arg(issue.isError()
                ? QCoreApplication::translate("Cairn::Cli", "error:")
                : QCoreApplication::translate("Cairn::Cli", "warning:"),
            issue.message));
    if (errors > 0) {
        out(QCoreApplication::translate(
            "Cairn::Cli", "%n problem(s) found.", nullptr, int(errors)));
        return PlanHasProblems;
    }
    out(QCoreApplication::translate("Cairn::Cli", "The plan is sound."));
    return Ok;
}

} // namespace

int importProblems(const Interchange::ImportResult &result,
    const Interchange::ImportOptions &options, const QString &where)
{
    for (const QString &w : result.warnings)
        err(QCoreApplication::translate("Cairn::Cli", "warning: %1").arg(w));
    for (const QString &n : result.notes)
        err(QCoreApplication::translate("Cairn::Cli", "note: %1").arg(n));
    if (!result.fatal.isEmpty()) {
        err(result.fatal);
        return Unreadable;
    }
    for (const Interchange::RowError &e : result.errors)
        err(e.message());
    if (!result.canApply(options)) {
        err(QCoreApplication::translate("Cairn::Cli",
            "%n bad row(s); nothing was imported and “%1” is unchanged. Fix them, or use "
            "--apply-valid to import the good rows.",
            nullptr, result.badRows)
                .arg(where));
        return PlanHasProblems;
    }
    return Ok;
}

namespace {

int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate(
            "Cairn::Cli", "The plan to import into (created if it does not exist)."));
    const QCommandLineOption csv(QStringLiteral("csv"),
        QCoreApplication::translate(
            "Cairn::Cli", "A CSV file, or a folder of them (goals.csv, initiatives.csv, ...)."),
        QStringLiteral("PATH"));
    const QCommandLineOption applyValid(QStringLiteral("apply-valid"),
        QCoreApplication::translate(
            "Cairn::Cli", "Import the good rows even when some rows are bad."));
    const QCommandLineOption match(QStringLiteral("match"),
        QCoreApplication::translate(
            "Cairn::Cli", "Update existing items with the same name (default) or the same id."),
        QStringLiteral("name|id"), QStringLiteral("name"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
        QCoreApplication::translate(
            "Cairn::Cli", "The field separator: , ; or tab (default: detected)."),
        QStringLiteral("D"));
    parser.addOptions({csv, applyValid, match, delimiter});
    int code = Ok;
    if (!parseCommand(parser, arguments, 1, 1, &code))
        return code;
    if (!parser.isSet(csv)) {
        err(QCoreApplication::translate("Cairn::Cli",
            "Usage: cairn import FILE --csv DIR_OR_FILE [--apply-valid] [--match name|id] "
            "[--delimiter D]"));
        return UsageError;
    }
    Interchange::ImportOptions options;
    options.applyValid = parser.isSet(applyValid);
    if (parser.value(match) == QLatin1String("id"))
        options.match = Interchange::ImportOptions::Match::Id;
    else if (parser.value(match) != QLatin1String("name")) {
        err(QCoreApplication::translate("Cairn::Cli", "--match is name or id, not “%1”.")
                .arg(parser.value(match)));
        return UsageError;
    }
    if (parser.isSet(delimiter)) {
        const QString d = parser.value(delimiter);
        if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
            options.delimiter = QLatin1Char('\t');
        else if (d == QLatin1String(",") || d == QLatin1String(";"))
            options.delimiter = d.front();
        else {
            err(QCoreApplication::translate("Cairn::Cli", "--delimiter is , ; or tab, not “%1”.")
                    .arg(d));
            return UsageError;
        }
    }
    const QString path = parser.positionalArguments().first();
    if (isServerLocation(path))
        return importIntoServer(path, parser.value(csv), options);
    // The lock first, then the plan: another writer (a Cairn, another import) saving between
    // our reading and our writing would otherwise lose its change.
    // A writer that is finishing (another import) is waited for, briefly.
    PlanLock lock(path);
    if (!lock.lock(PlanLock::kWriterWaitMs)) {
        err(lock.refusal());
        return Unreadable;
    }
    PlanContent base;
    if (QFileInfo::exists(path)) {
        const LoadResult loaded = PlanFile::load(path);
        if (!loaded.ok()) {
            err(loaded.message);
            return Unreadable;
        }
        base = *loaded.content;
    } else {
        base.info.name = QFileInfo(path).completeBaseName();
        base.info.firstQuarter = Quarter::fromDate(QDate::currentDate()) + 1;
    }
    const Interchange::ImportResult result
        = Interchange::importFiles(base, {parser.value(csv)}, options);
    if (const int problems = importProblems(result, options, QDir::toNativeSeparators(path));
        problems != Ok)
        return problems;
    // Re-planned from the stored reference, as an edit in the window would be.
    const SaveResult saved = PlanFile::save(withReference(result.plan), path);
    if (!saved.ok) {
        err(saved.message);
        return Unreadable;
    }
    out(QCoreApplication::translate("Cairn::Cli", "Imported into %1: %2.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), result.summary()));
    if (result.badRows > 0)
        out(QCoreApplication::translate(
            "Cairn::Cli", "%n bad row(s) left out.", nullptr, result.badRows));
    return Ok;
}

QJsonValue quarterJson(const std::optional<Quarter> &q, QuarterStyle style)
{
    return q ? QJsonValue(q->label(style)) : QJsonValue(QJsonValue::Null);
}

// What the report's summary says of a schedule: the spend per (fiscal) year by kind, in major
// units of the plan's currency, and when each system is out of vendor support with the plan.
void addAnalysisJson(QJsonObject &root, const PlanContent &plan, const PlanSchedule &schedule)
{
    const PlanAnalysis analysis = analysePlan(plan, schedule);
    const double unit = double(plan.info.currency.minorPerMajor());
    QJsonArray years;
    for (const YearSpend &y : analysis.spendByYearAndKind())
        years.append(QJsonObject {{QStringLiteral("year"), y.year},
            {QStringLiteral("run"), double(y.byKind[0]) / unit},
            {QStringLiteral("grow"), double(y.byKind[1]) / unit},
            {QStringLiteral("transform"), double(y.byKind[2]) / unit},
            {QStringLiteral("total"), double(y.total) / unit}});
    QJsonArray gaps;
    const QuarterStyle style = plan.info.quarterStyle();
    for (const SupportGap &g : analysis.supportGaps) {
        const System *s = plan.system(g.system);
        gaps.append(QJsonObject {{QStringLiteral("system"), g.system.value},
            {QStringLiteral("name"), s ? s->name : QString()},
            {QStringLiteral("from"), g.from.label(style)},
            {QStringLiteral("to"), g.to.label(style)}, {QStringLiteral("quarters"), g.quarters},
            {QStringLiteral("remains"), g.remains}});
    }
    root.insert(QStringLiteral("currency"), plan.info.currency.code);
    root.insert(QStringLiteral("spendByYear"), years);
    root.insert(QStringLiteral("outOfSupport"), gaps);
}

// Each initiative as scheduled, for `cairn schedule --json`.
QJsonArray initiativesJson(const PlanContent &plan, const PlanSchedule &schedule)
{
    const QuarterStyle style = plan.info.quarterStyle();
    QJsonArray initiatives;
    for (const InitiativeSchedule &is : schedule.initiatives) {
        const Initiative *i = plan.initiative(is.id);
        QJsonObject o;
        o.insert(QStringLiteral("id"), is.id.value);
        o.insert(QStringLiteral("name"), i->name);
        o.insert(QStringLiteral("kind"), toKey(i->kind));
        o.insert(QStringLiteral("status"), toKey(i->status));
        o.insert(QStringLiteral("start"), quarterJson(is.start, style));
        o.insert(QStringLiteral("finish"), quarterJson(is.finish, style));
        o.insert(QStringLiteral("deadline"), quarterJson(is.deadline, style));
        o.insert(QStringLiteral("late"), is.late);
        o.insert(QStringLiteral("reference"), quarterJson(is.reference, style));
        o.insert(QStringLiteral("moved"), is.moved());
        o.insert(QStringLiteral("critical"), is.critical);
        o.insert(QStringLiteral("why"), is.why);
        o.insert(QStringLiteral("slack"), is.slack);
        initiatives.append(o);
    }
    return initiatives;
}

int scheduleCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("Cairn::Cli", "The plan file to schedule."));
    const QCommandLineOption json(QStringLiteral("json"),
        QCoreApplication::translate("Cairn::Cli", "Print the schedule as JSON."));
    const QCommandLineOption budget(QStringLiteral("budget-ms"),
        QCoreApplication::translate("Cairn::Cli",
            "Time for improving the schedule, in milliseconds (default 300; 0: the fast pass "
            "only)."),
        QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption goal(QStringLiteral("goal"),
        QCoreApplication::translate(
            "Cairn::Cli", "value: most valuable work first (default); makespan: shortest plan."),
        QStringLiteral("GOAL"), QStringLiteral("value"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("Cairn::Cli", "Random seed (default 1)."), QStringLiteral("S"),
        QStringLiteral("1"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        QCoreApplication::translate(
            "Cairn::Cli", "Schedule this scenario's plan (“base”: the plan itself)."),
        QStringLiteral("NAME"));
    const QCommandLineOption boundMs(QStringLiteral("bound-ms"),
        QCoreApplication::translate("Cairn::Cli",
            "Time for proving how close the schedule is to the best possible, in milliseconds "
            "(default 1000; 0: the scheduler's own bound only)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption fresh(QStringLiteral("fresh"),
        QCoreApplication::translate("Cairn::Cli",
            "Ignore the plan's reference schedule (the one last saved): schedule from scratch."));
    parser.addOptions({json, budget, goal, seed, boundMs, fresh, scenario});
    int code = Ok;
    if (!parseCommand(parser, arguments, 1, 1, &code))
        return code;
    const std::optional<int> budgetMs = milliseconds(parser, budget);
    const std::optional<int> proofMs = milliseconds(parser, boundMs);
    if (!budgetMs || !proofMs)
        return UsageError;
    bool ok = false;
    SchedulerOptions options;
    options.timeBudgetMs = *budgetMs;
    options.improve = options.timeBudgetMs > 0; // 0: the fast constructive pass only
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err(QCoreApplication::translate("Cairn::Cli", "--seed needs a whole number, not “%1”.")
                .arg(parser.value(seed)));
        return UsageError;
    }
    if (parser.value(goal) == QLatin1String("makespan"))
        options.goal = SchedulerOptions::Goal::Makespan;
    else if (parser.value(goal) != QLatin1String("value")) {
        err(QCoreApplication::translate("Cairn::Cli", "--goal is “value” or “makespan”, not “%1”.")
                .arg(parser.value(goal)));
        return UsageError;
    }

    const std::optional<PlanContent> file = loadPlan(parser.positionalArguments().first());
    if (!file)
        return Unreadable;
    const std::optional<PlanContent> loaded = planOfScenario(*file, parser.value(scenario));
    if (!loaded)
        return UsageError;
    PlanContent plan = *loaded;
    if (parser.isSet(fresh)) {
        plan.reference.clear();
        plan.info.scheduling = SchedulingMode::Replan;
    }
    const PlanSchedule schedule = schedulePlan(plan, options);
    BoundOptions boundOptions;
    boundOptions.timeLimitMs = *proofMs;
    const ScheduleBound bound
        = boundSchedule(schedule.mapping.problem, schedule.result, options.goal, boundOptions);
    const QuarterStyle style = plan.info.quarterStyle();

    if (parser.isSet(json)) {
        const QJsonArray initiatives = initiativesJson(plan, schedule);
        const QJsonArray problems = problemsJson(plan, schedule);
        const ScheduleResult &r = schedule.result;
        QJsonObject objective {
            {QStringLiteral("goal"),
                options.goal == SchedulerOptions::Goal::Value ? QStringLiteral("value")
                                                              : QStringLiteral("makespan")},
            {QStringLiteral("weightedTardiness"), r.weightedTardiness},
            {QStringLiteral("weightedCompletion"), r.weightedCompletion},
            {QStringLiteral("completionLowerBound"), r.completionLowerBound},
            {QStringLiteral("makespanQuarters"), r.makespan},
            {QStringLiteral("lastQuarter"),
                r.makespan > 0
                    ? QJsonValue((plan.info.firstQuarter + (r.makespan - 1)).label(style))
                    : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("makespanLowerBound"), r.lowerBound},
            {QStringLiteral("provenOptimal"), r.provenOptimal},
            {QStringLiteral("schedulesGenerated"), r.schedulesGenerated},
            {QStringLiteral("milliseconds"), r.elapsedMs},
        };
        addBoundJson(objective, bound);
        QJsonObject root {{QStringLiteral("initiatives"), initiatives},
            {QStringLiteral("problems"), problems}, {QStringLiteral("objective"), objective}};
        addAnalysisJson(root, plan, schedule);
        out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return schedule.hasProblems() ? PlanHasProblems : Ok;
    }

    // Readable table, in start order; unscheduled ones last.
    QList<QStringList> rows;
    for (const InitiativeSchedule *is : schedule.inStartOrder()) {
        const Initiative *i = plan.initiative(is->id);
        rows << QStringList {i->name, is->start ? is->start->label(style) : QStringLiteral("—"),
            is->finish ? is->finish->label(style) : QStringLiteral("—"),
            is->start ? QString::number(is->slack) : QStringLiteral("—"),
            (is->late ? QCoreApplication::translate("Cairn::Cli", "LATE ") : QString()) + is->why};
    }
    out(QCoreApplication::translate("Cairn::Cli", "Schedule of “%1” (%2 to %3)")
            .arg(plan.info.name, plan.info.firstQuarter.label(style),
                plan.info.lastQuarter().label(style)));
    out();
    out(formatTable({QCoreApplication::translate("Cairn::Cli", "Initiative"),
                        QCoreApplication::translate("Cairn::Cli", "Start"),
                        QCoreApplication::translate("Cairn::Cli", "Finish"),
                        QCoreApplication::translate("Cairn::Cli", "Slack"),
                        QCoreApplication::translate("Cairn::Cli", "Why")},
        rows));
    out();
    if (schedule.problems.isEmpty()) {
        out(QCoreApplication::translate(
            "Cairn::Cli", "No problems: every dependency, capacity, pin and deadline holds."));
    } else {
        out(QCoreApplication::translate("Cairn::Cli", "Problems:"));
        for (const QString &line : problemLines(plan, schedule))
            out(line);
    }
    const ScheduleResult &r = schedule.result;
    out();
    out(QCoreApplication::translate("Cairn::Cli", "%1 schedules tried in %2 ms%3.")
            .arg(r.schedulesGenerated)
            .arg(QLocale().toString(r.elapsedMs, 'f', 1))
            .arg(r.provenOptimal ? QCoreApplication::translate("Cairn::Cli", "; proven optimal")
                                 : QString()));
    if (const QString gap = describeGap(bound); !gap.isEmpty())
        out(gap);
    return schedule.hasProblems() ? PlanHasProblems : Ok;
}

} // namespace

bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, int minPositional,
    int maxPositional, int *exitCode)
{
    parser.setApplicationDescription(QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("Cairn::Cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        // Qt's usage line names the program as it was started; the command is part of it
        // (arguments[0] is "cairn <command>").
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program); at >= 0)
            text.replace(at, program.size(), arguments.value(0));
        out(text);
        *exitCode = Ok;
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        err(QCoreApplication::translate("Cairn::Cli", "Wrong number of arguments. See “%1 --help”.")
                .arg(arguments.value(0)));
        *exitCode = UsageError;
        return false;
    }
    return true;
}

std::optional<PlanContent> loadPlan(const QString &path)
{
    // A plan file, or a plan on a server (postgresql://…?plan=NAME).
    LoadResult loaded = openPlanStore(path, {.allowNewerVersion = true})->load();
    if (!loaded.ok()) {
        err(loaded.message);
        return std::nullopt;
    }
    return std::move(*loaded.content);
}

std::optional<int> milliseconds(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const int ms = parser.value(option).toInt(&ok);
    if (ok && ms >= 0)
        return ms;
    err(QCoreApplication::translate("Cairn::Cli", "--%1 needs a number of milliseconds, not “%2”.")
            .arg(option.names().constFirst(), parser.value(option)));
    return std::nullopt;
}

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression sizeRe(QStringLiteral(R"(^(\d{3,5})x(\d{3,5})$)"));
    const auto m = sizeRe.match(text);
    if (!m.hasMatch()) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "--size needs WIDTHxHEIGHT, such as 1600x1000."));
        return std::nullopt;
    }
    return QSize(m.captured(1).toInt(), m.captured(2).toInt());
}

void installTranslations(QCoreApplication &app)
{
    auto *cairn = new QTranslator(&app);
    // English has a file too, for its plurals ("1 initiative", "2 initiatives"); it is also the
    // fallback for the C locale and for languages without a translation.
    if (cairn->load(
            QLocale(), QStringLiteral("cairn"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || cairn->load(QStringLiteral("cairn_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(cairn);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int noDisplay(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    err(QCoreApplication::translate("Cairn::Cli",
        "Cairn's workspace needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are "
        "not set). Headless, use “cairn screenshot FILE OUT.png”, or the commands in “cairn "
        "--help”."));
    return UsageError;
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("-h") || first == QLatin1String("--help")
        || first == QLatin1String("help")) {
        out(helpText());
        return first.isEmpty() ? UsageError : Ok;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out(QStringLiteral("cairn %1").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    // The command's own parser sees "cairn <command> ..." as its argv.
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] = arguments.value(0) + QLatin1Char(' ') + first;
    if (first == QLatin1String("sample"))
        return sampleCommand(rest);
    if (first == QLatin1String("check"))
        return checkCommand(rest);
    if (first == QLatin1String("schedule"))
        return scheduleCommand(rest);
    if (first == QLatin1String("import"))
        return importCommand(rest);
    if (first == QLatin1String("impact"))
        return impactCommand(rest);
    if (first == QLatin1String("scenario"))
        return scenarioCommand(rest);
    if (first == QLatin1String("compare"))
        return compareCommand(rest);
    if (first == QLatin1String("baseline"))
        return baselineCommand(rest);
    if (first == QLatin1String("server"))
        return serverCommand(rest);
    if (first == QLatin1String("publish"))
        return publishCommand(rest);
    err(QCoreApplication::translate("Cairn::Cli",
        "“%1” is neither a command nor a plan file. Run “cairn --help” for the list of commands.")
            .arg(first));
    return UsageError;
}

} // namespace Cairn::Cli
