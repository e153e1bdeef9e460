#include "app/cli/cli.h"
#include "app/cli/output.h"
#include "app/cli/scenariocli.h"
#include "core/domain/wording.h"
#include "core/models/scenariomodels.h"
#include "core/scenario/baseline.h"
#include "core/scenario/comparison.h"
#include "core/scenario/scenarioplan.h"
#include "core/scenario/scenarioset.h"
#include "core/store/planfile.h"
#include "core/store/planlock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cairn::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cairn::Cli", text, disambiguation, n);
}

QString money(const PlanContent &plan, qint64 minor)
{
    return Money(minor).format(plan.info.currency, QLocale());
}

QStringList changeWords(unsigned c)
{
    QStringList w;
    if (c & InitiativeComparison::Dropped)
        w << QStringLiteral("dropped");
    if (c & InitiativeComparison::Added)
        w << QStringLiteral("added");
    if (c & InitiativeComparison::Moved)
        w << QStringLiteral("moved");
    if (c & InitiativeComparison::NewlyLate)
        w << QStringLiteral("newly-late");
    if (c & InitiativeComparison::CostChanged)
        w << QStringLiteral("cost");
    return w;
}

QJsonValue quarterJson(const std::optional<Quarter> &q, QuarterStyle style)
{
    return q ? QJsonValue(q->label(style)) : QJsonValue(QJsonValue::Null);
}

QJsonObject sideJson(const ScenarioFigures &f, const PlanContent &plan)
{
    const double unit = double(plan.info.currency.minorPerMajor());
    const QuarterStyle style = plan.info.quarterStyle();
    QJsonArray years;
    for (const YearSpend &y : f.spendByYear)
        years.append(QJsonObject {{QStringLiteral("year"), y.year},
            {QStringLiteral("run"), double(y.byKind[0]) / unit},
            {QStringLiteral("grow"), double(y.byKind[1]) / unit},
            {QStringLiteral("transform"), double(y.byKind[2]) / unit},
            {QStringLiteral("total"), double(y.total) / unit}});
    QJsonArray systems;
    for (SystemId s : f.outOfSupport)
        systems.append(f.content.system(s) ? f.content.system(s)->name : QString());
    return QJsonObject {{QStringLiteral("name"), f.name},
        {QStringLiteral("scenario"),
            f.scenario ? QJsonValue(f.scenario->value) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("totalSpend"), double(f.totalSpend) / unit},
        {QStringLiteral("run"), double(f.spendOfKinds[0]) / unit},
        {QStringLiteral("grow"), double(f.spendOfKinds[1]) / unit},
        {QStringLiteral("transform"), double(f.spendOfKinds[2]) / unit},
        {QStringLiteral("spendByYear"), years}, {QStringLiteral("scheduled"), f.scheduled},
        {QStringLiteral("unscheduled"), f.unscheduled}, {QStringLiteral("late"), f.late},
        {QStringLiteral("withDeadline"), f.withDeadline},
        {QStringLiteral("deadlinesMet"), f.deadlinesMet}, {QStringLiteral("outOfSupport"), systems},
        {QStringLiteral("lastQuarter"), quarterJson(f.lastFinish, style)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(f.problems)}};
}

QJsonObject comparisonJson(const ScenarioComparison &c, const PlanContent &plan)
{
    const QuarterStyle style = plan.info.quarterStyle();
    QJsonArray sides;
    for (const ScenarioFigures &f : c.sides)
        sides.append(sideJson(f, plan));
    QJsonArray changes;
    for (const InitiativeComparison &row : c.changes) {
        QJsonArray per;
        for (size_t k = 0; k < row.sides.size(); ++k) {
            const auto &s = row.sides[k];
            per.append(QJsonObject {{QStringLiteral("included"), s.included},
                {QStringLiteral("start"), quarterJson(s.start, style)},
                {QStringLiteral("finish"), quarterJson(s.finish, style)},
                {QStringLiteral("late"), s.late},
                {QStringLiteral("changes"),
                    QJsonArray::fromStringList(changeWords(row.changes[k]))},
                {QStringLiteral("shift"),
                    row.shift[k] ? QJsonValue(*row.shift[k]) : QJsonValue(QJsonValue::Null)}});
        }
        changes.append(QJsonObject {{QStringLiteral("id"), row.id.value},
            {QStringLiteral("name"), row.name}, {QStringLiteral("sides"), per}});
    }
    return QJsonObject {{QStringLiteral("currency"), plan.info.currency.code},
        {QStringLiteral("scenarios"), sides}, {QStringLiteral("changes"), changes}};
}

void printComparison(const ScenarioComparison &c, const PlanContent &plan)
{
    const QuarterStyle style = plan.info.quarterStyle();
    QStringList header {QString()};
    for (const ScenarioFigures &f : c.sides)
        header << f.name;
    QList<QStringList> rows;
    auto row = [&rows, &c](const QString &label, auto cell) {
        QStringList r {label};
        for (const ScenarioFigures &f : c.sides)
            r << cell(f);
        rows << r;
    };
    for (int year : c.years)
        row(tr("Spend %1").arg(year), [&](const ScenarioFigures &f) {
            qint64 v = 0;
            for (const YearSpend &y : f.spendByYear)
                v += y.year == year ? y.total : 0;
            return money(plan, v);
        });
    row(tr("Spend in all"), [&](const ScenarioFigures &f) { return money(plan, f.totalSpend); });
    row(tr("Run / Grow / Transform"), [](const ScenarioFigures &f) {
        const qint64 all = std::max<qint64>(1, f.totalSpend);
        return QStringLiteral("%1 / %2 / %3 %")
            .arg(qRound(100.0 * double(f.spendOfKinds[0]) / double(all)))
            .arg(qRound(100.0 * double(f.spendOfKinds[1]) / double(all)))
            .arg(qRound(100.0 * double(f.spendOfKinds[2]) / double(all)));
    });
    row(tr("Initiatives placed"), [](const ScenarioFigures &f) {
        return f.unscheduled ? tr("%1 (%2 not placed)").arg(f.scheduled).arg(f.unscheduled)
                             : QString::number(f.scheduled);
    });
    row(tr("Late"), [](const ScenarioFigures &f) { return QString::number(f.late); });
    row(tr("Deadlines met"), [](const ScenarioFigures &f) {
        return tr("%1 of %2").arg(f.deadlinesMet).arg(f.withDeadline);
    });
    row(tr("Systems out of support"),
        [](const ScenarioFigures &f) { return QString::number(f.outOfSupport.size()); });
    row(tr("Last quarter of work"), [style](const ScenarioFigures &f) {
        return f.lastFinish ? f.lastFinish->label(style) : QStringLiteral("—");
    });
    out(formatTable(header, rows));
    out();
    if (c.changes.empty()) {
        out(tr("No initiative moves, drops, comes in or becomes late."));
        return;
    }
    QStringList changeHeader {tr("Initiative")};
    for (const ScenarioFigures &f : c.sides)
        changeHeader << f.name;
    changeHeader << tr("What changed");
    QList<QStringList> changes;
    for (const InitiativeComparison &r : c.changes) {
        QStringList cells {r.name};
        QStringList what;
        for (size_t k = 0; k < r.sides.size(); ++k) {
            cells << describeSide(r.sides[k], style);
            if (k > 0 && r.changes[k])
                what << (c.sides.size() > 2 ? c.sides[k].name + QStringLiteral(": ") : QString())
                        + describeChanges(r.changes[k], r.shift[k]);
        }
        changes << (cells << what.join(QStringLiteral("; ")));
    }
    out(formatTable(changeHeader, changes));
}

std::optional<std::optional<ScenarioId>> sideNamed(const PlanContent &plan, const QString &name)
{
    const QString n = name.trimmed();
    if (n.compare(basePlanKey(), Qt::CaseInsensitive) == 0
        || n.compare(plan.info.name.trimmed(), Qt::CaseInsensitive) == 0)
        return std::optional<ScenarioId>();
    if (const auto id = scenarioNamed(plan, n))
        return std::optional<ScenarioId>(*id);
    err(tr("There is no scenario called “%1” (the base plan is “base”).").arg(n));
    return std::nullopt;
}

int varianceOut(const PlanContent &plan, BaselineId id, SchedulerOptions options)
{
    const PlanSchedule schedule = schedulePlan(plan, options);
    const Variance v = varianceSince(plan, schedule, id);
    const QuarterStyle style = plan.info.quarterStyle();
    const Baseline *b = plan.baseline(id);
    out(tr("Changes since the baseline “%1” (%2)").arg(b->name, b->created));
    out(tr("%1 moved (%2 later, %3 earlier, %n quarter(s) of slip), %4 added, %5 removed, %6 no "
           "longer placed; cost %7 → %8.",
        nullptr, v.totalSlip)
            .arg(v.moved)
            .arg(v.later)
            .arg(v.earlier)
            .arg(v.added)
            .arg(v.removed)
            .arg(v.unplaced)
            .arg(money(plan, v.baselineCost), money(plan, v.cost)));
    QList<QStringList> rows;
    auto q = [style](const std::optional<Quarter> &x) {
        return x ? x->label(style) : QStringLiteral("—");
    };
    for (const VarianceRow &r : v.rows) {
        if (r.status == VarianceRow::Status::Same && r.costChange() == 0)
            continue;
        const QString status = r.status == VarianceRow::Status::Added ? tr("added")
            : r.status == VarianceRow::Status::Removed                ? tr("removed")
            : r.status == VarianceRow::Status::Unplaced               ? tr("not placed now")
            : r.status == VarianceRow::Status::Moved                  ? tr("moved")
                                                                      : tr("cost");
        rows << QStringList {r.name, status, q(r.baselineFinish), q(r.finish),
            r.slip ? QString::number(*r.slip) : QStringLiteral("—"),
            r.costChange() ? money(plan, r.costChange()) : QString()};
    }
    if (!rows.isEmpty()) {
        out();
        out(formatTable({tr("Initiative"), tr("Change"), tr("Finish then"), tr("Finish now"),
                            tr("Slip (quarters)"), tr("Cost change")},
            rows));
    }
    return Ok;
}

} // namespace

int compareCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The plan file."));
    parser.addPositionalArgument(QStringLiteral("A"), tr("A scenario, or “base”."));
    parser.addPositionalArgument(QStringLiteral("B"), tr("Another, compared with A."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the comparison as JSON."));
    const QCommandLineOption budget(QStringLiteral("budget-ms"),
        tr("Time for improving each schedule, in milliseconds (default 300; 0: the fast pass)."),
        QStringLiteral("N"), QStringLiteral("300"));
    parser.addOptions({json, budget});
    int code = Ok;
    if (!parseCommand(parser, arguments, 3, 4, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const std::optional<int> budgetMs = milliseconds(parser, budget);
    if (!budgetMs)
        return UsageError;
    SchedulerOptions options;
    options.timeBudgetMs = *budgetMs;
    options.improve = options.timeBudgetMs > 0;
    const auto plan = loadPlan(args[0]);
    if (!plan)
        return Unreadable;
    std::vector<std::optional<ScenarioId>> which;
    for (const QString &name : args.mid(1)) {
        const auto side = sideNamed(*plan, name);
        if (!side)
            return UsageError;
        which.push_back(*side);
    }
    const ScenarioComparison c = compareScenarios(*plan, which, options);
    for (const ScenarioFigures &f : c.sides)
        for (const QString &p : f.problems)
            err(tr("warning: %1").arg(p));
    if (parser.isSet(json))
        out(QString::fromUtf8(QJsonDocument(comparisonJson(c, *plan)).toJson()).trimmed());
    else
        printComparison(c, *plan);
    return Ok;
}

int baselineCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The plan file."));
    parser.addPositionalArgument(
        QStringLiteral("ACTION"), tr("list, create NAME, delete NAME or variance NAME."));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        tr("create: freeze this scenario's schedule instead of the base plan's; variance: the "
           "changes of this scenario's schedule since the baseline."),
        QStringLiteral("NAME"));
    parser.addOption(scenario);
    int code = Ok;
    if (!parseCommand(parser, arguments, 2, 3, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args[1];
    const QString name = args.value(2);
    SchedulerOptions options;
    options.timeBudgetMs = 300;
    if (action == QLatin1String("list") || action == QLatin1String("variance")) {
        const auto plan = loadPlan(args[0]);
        if (!plan)
            return Unreadable;
        if (action == QLatin1String("list")) {
            for (const Baseline &b : plan->baselines)
                out(b.scenario.isEmpty() ? tr("%1, frozen %2").arg(b.name, b.created)
                                         : tr("%1, frozen %2 from the scenario “%3”")
                                               .arg(b.name, b.created, b.scenario));
            if (plan->baselines.empty())
                out(tr("“%1” has no baselines.").arg(plan->info.name));
            return Ok;
        }
        const auto id = baselineNamed(*plan, name);
        if (!id) {
            err(tr("There is no baseline called “%1”.").arg(name));
            return UsageError;
        }
        const auto shown = planOfScenario(*plan, parser.value(scenario));
        if (!shown)
            return UsageError;
        return varianceOut(*shown, *id, options);
    }
    if (args.size() != 3
        || (action != QLatin1String("create") && action != QLatin1String("delete"))) {
        err(tr("Usage: cairn baseline FILE list | create NAME [--scenario S] | delete NAME | "
               "variance NAME [--scenario S]"));
        return UsageError;
    }
    PlanLock lock(args[0]); // never over a plan someone is editing
    if (!lock.lock(PlanLock::kWriterWaitMs)) {
        err(lock.refusal());
        return Unreadable;
    }
    const LoadResult loaded = PlanFile::load(args[0]);
    if (!loaded.ok()) {
        err(loaded.message);
        return Unreadable;
    }
    PlanContent plan = *loaded.content;
    if (action == QLatin1String("delete")) {
        const auto id = baselineNamed(plan, name);
        if (!id) {
            err(tr("There is no baseline called “%1”.").arg(name));
            return UsageError;
        }
        removeBaseline(plan, *id);
    } else {
        if (const QString why = baselineNameProblem(plan, name); !why.isEmpty()) {
            err(why);
            return UsageError;
        }
        const auto frozenPlan = planOfScenario(plan, parser.value(scenario));
        if (!frozenPlan)
            return UsageError;
        const PlanSchedule schedule = schedulePlan(*frozenPlan, options);
        const auto fromId = scenarioNamed(plan, parser.value(scenario));
        const QString from = fromId ? plan.scenario(*fromId)->name : QString();
        addBaseline(plan,
            freezeBaseline(*frozenPlan, schedule, name, QDateTime::currentDateTimeUtc(), from));
    }
    const SaveResult saved = PlanFile::save(plan, args[0]);
    if (!saved.ok) {
        err(saved.message);
        return Unreadable;
    }
    out(action == QLatin1String("delete") ? tr("Deleted the baseline “%1”.").arg(name.trimmed())
                                          : tr("Froze the baseline “%1”.").arg(name.trimmed()));
    return Ok;
}

} // namespace Cairn::Cli
