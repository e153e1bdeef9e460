#include "app/cli/scenariocli.h"

#include "app/cli/cli.h"
#include "app/cli/output.h"
#include "app/report/reportcomposer.h"
#include "core/domain/fields.h"
#include "core/domain/fieldvalue.h"
#include "core/domain/wording.h"
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
#include <QRegularExpression>

namespace Cairn::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cairn::Cli", text, disambiguation, n);
}

// Runs `change` on the plan in `path` under its lock and saves it when it returns Ok.
template<class F> int changePlan(const QString &path, F &&change)
{
    PlanLock lock(path); // never over a plan someone is editing
    if (!lock.lock(PlanLock::kWriterWaitMs)) {
        err(lock.refusal());
        return Unreadable;
    }
    const LoadResult loaded = PlanFile::load(path);
    if (!loaded.ok()) {
        err(loaded.message);
        return Unreadable;
    }
    PlanContent plan = *loaded.content;
    if (const int code = change(plan); code != Ok)
        return code;
    const SaveResult saved = PlanFile::save(plan, path);
    if (!saved.ok) {
        err(saved.message);
        return Unreadable;
    }
    return Ok;
}

// An item by name, of one kind or of any: exactly (ignoring case), else the only one whose name
// contains the text. Prints why not.
std::optional<std::pair<EntityKind, qint64>> itemNamed(
    const PlanContent &plan, const QString &name, std::optional<EntityKind> only)
{
    const QString wanted = name.trimmed();
    QList<std::pair<EntityKind, qint64>> exact, partial;
    QStringList partialNames;
    for (const auto &[id, entry] : nameIndex(plan).asKeyValueRange()) {
        const auto &[kind, itemName] = entry;
        if ((only && kind != *only) || !scenarioTarget(kind))
            continue;
        if (itemName.compare(wanted, Qt::CaseInsensitive) == 0)
            exact.append({kind, id});
        else if (!wanted.isEmpty() && itemName.contains(wanted, Qt::CaseInsensitive)) {
            partial.append({kind, id});
            partialNames << quoted(itemName);
        }
    }
    if (exact.size() == 1)
        return exact.first();
    if (exact.isEmpty() && partial.size() == 1)
        return partial.first();
    if (exact.isEmpty() && partial.isEmpty())
        err(tr("Nothing in the plan is named “%1”.").arg(wanted));
    else
        err(tr("“%1” names more than one item (%2); give the whole name.")
                .arg(wanted, exact.isEmpty() ? partialNames.join(QStringLiteral(", ")) : wanted));
    return std::nullopt;
}

// "2027 Q3", "2027 Q3..2028 Q2", "2027 Q3..": the range, or nothing (printed).
bool parseRange(const PlanContent &plan, const QString &text, ScenarioOverride &o)
{
    const QStringList parts = text.split(QStringLiteral(".."));
    auto quarter = [&plan](const QString &t) {
        return parseQuarterText(t.trimmed(), plan.info.fiscalYearStartMonth);
    };
    const auto from = quarter(parts.value(0));
    const auto to = parts.size() > 1 ? quarter(parts.value(1)) : from;
    if (!from || parts.size() > 2 || (parts.size() > 1 && !parts[1].trimmed().isEmpty() && !to)) {
        err(tr("“%1” is not a quarter or a range of quarters (2027 Q3, 2027 Q3..2028 Q2, "
               "2027 Q3..).")
                .arg(text));
        return false;
    }
    o.from = from;
    o.to = parts.size() > 1 && parts[1].trimmed().isEmpty() ? std::nullopt : to;
    return true;
}

// --capacity "RESOURCE=-20%", "RESOURCE=150000@2027 Q3", "RESOURCE=+10%@2027 Q3..2028 Q2".
std::optional<ScenarioOverride> capacityOverride(const PlanContent &plan, const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(.+?)=([^@]+)(?:@(.+))?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        err(tr("--capacity needs RESOURCE=AMOUNT or RESOURCE=±N%, optionally @QUARTER or "
               "@FROM..TO, not “%1”.")
                .arg(text));
        return std::nullopt;
    }
    const auto resource = itemNamed(plan, m.captured(1), EntityKind::Resource);
    if (!resource)
        return std::nullopt;
    ScenarioOverride o;
    o.entity = ScenarioTarget::Resource;
    o.target = resource->second;
    o.field = QString::fromLatin1(kCapacityField);
    const QString value = m.captured(2).trimmed();
    o.change = value.endsWith(QLatin1Char('%')) ? OverrideChange::Percent : OverrideChange::Set;
    o.value = value;
    if (!m.captured(3).isEmpty() && !parseRange(plan, m.captured(3), o))
        return std::nullopt;
    return o;
}

// --set "ITEM.FIELD=VALUE" (the field by its key: duration, cost, deadline, end_of_support...).
std::optional<ScenarioOverride> setOverride(const PlanContent &plan, const QString &text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const qsizetype dot = eq > 0 ? text.lastIndexOf(QLatin1Char('.'), eq) : -1;
    if (eq < 0 || dot <= 0) {
        err(tr("--set needs ITEM.FIELD=VALUE (duration, cost, deadline, pin, end_of_support, "
               "...), not “%1”.")
                .arg(text));
        return std::nullopt;
    }
    const auto item = itemNamed(plan, text.left(dot), std::nullopt);
    if (!item)
        return std::nullopt;
    ScenarioOverride o;
    o.entity = *scenarioTarget(item->first);
    o.target = item->second;
    o.field = text.mid(dot + 1, eq - dot - 1).trimmed();
    o.value = text.mid(eq + 1).trimmed();
    if (o.value.endsWith(QLatin1Char('%'))) {
        o.change = OverrideChange::Percent;
    }
    return o;
}

std::optional<ScenarioOverride> initiativeOverride(
    const PlanContent &plan, const QString &name, OverrideChange change, const QString &field)
{
    const auto item = itemNamed(plan, name, EntityKind::Initiative);
    if (!item)
        return std::nullopt;
    return ScenarioOverride {
        {}, ScenarioTarget::Initiative, item->second, field, change, {}, {}, {}};
}

struct CreateOptions {
    Q_DECLARE_TR_FUNCTIONS(Cairn::Cli)

public:
    QCommandLineOption from {QStringLiteral("from"),
        tr("Start from a copy of this scenario's overrides."), QStringLiteral("SCENARIO")};
    QCommandLineOption capacity {QStringLiteral("capacity"),
        tr("A resource's capacity: RESOURCE=-20% (all quarters), RESOURCE=150000@2027 Q3 (one "
           "quarter), RESOURCE=+10%@2027 Q3..2028 Q2 or @2027 Q3.. (a range)."),
        QStringLiteral("R=V")};
    QCommandLineOption exclude {
        QStringLiteral("exclude"), tr("Leave an initiative out."), QStringLiteral("INITIATIVE")};
    QCommandLineOption include {QStringLiteral("include"),
        tr("Take a dropped initiative in (as proposed)."), QStringLiteral("INITIATIVE")};
    QCommandLineOption pin {
        QStringLiteral("pin"), tr("Pin an initiative: INITIATIVE=2028 Q1."), QStringLiteral("I=Q")};
    QCommandLineOption set {QStringLiteral("set"),
        tr("Any field of any item, by the field's key: \"ERP.duration=4\", "
           "\"SQL Server 2016.end_of_support=2028 Q2\", \"ERP.cost=-10%\"."),
        QStringLiteral("ITEM.FIELD=VALUE")};
};

// The overrides the options of `scenario create` ask for, each checked; nothing (printed) when
// one is wrong.
std::optional<std::vector<ScenarioOverride>> overridesFrom(
    const QCommandLineParser &parser, const CreateOptions &o, const PlanContent &plan)
{
    std::vector<std::optional<ScenarioOverride>> asked;
    QStringList said; // each as the command line gave it, for messages
    const auto ask
        = [&](const QString &option, const QString &v, std::optional<ScenarioOverride> change) {
              asked.push_back(std::move(change));
              said << QStringLiteral("--%1 %2").arg(option, v);
          };
    for (const QString &v : parser.values(o.capacity))
        ask(QStringLiteral("capacity"), v, capacityOverride(plan, v));
    for (const QString &v : parser.values(o.exclude))
        ask(QStringLiteral("exclude"), v,
            initiativeOverride(
                plan, v, OverrideChange::Exclude, QString::fromLatin1(kPresenceField)));
    for (const QString &v : parser.values(o.include))
        ask(QStringLiteral("include"), v,
            initiativeOverride(
                plan, v, OverrideChange::Include, QString::fromLatin1(kPresenceField)));
    for (const QString &v : parser.values(o.pin)) {
        const qsizetype eq = v.lastIndexOf(QLatin1Char('='));
        auto pin = eq > 0
            ? initiativeOverride(plan, v.left(eq), OverrideChange::Set, QStringLiteral("pin"))
            : std::nullopt;
        if (eq <= 0)
            err(tr("--pin needs INITIATIVE=QUARTER, not “%1”.").arg(v));
        if (pin)
            pin->value = v.mid(eq + 1).trimmed();
        ask(QStringLiteral("pin"), v, pin);
    }
    for (const QString &v : parser.values(o.set))
        ask(QStringLiteral("set"), v, setOverride(plan, v));
    std::vector<ScenarioOverride> out;
    for (size_t k = 0; k < asked.size(); ++k) {
        const auto &a = asked[k];
        if (!a)
            return std::nullopt;
        if (const QString why = overrideProblem(plan, *a); !why.isEmpty()) {
            err(why);
            return std::nullopt;
        }
        // One change per field of an item (and quarters): a second kept only the last.
        for (size_t j = 0; j < out.size(); ++j) {
            const ScenarioOverride &b = out[j];
            if (b.entity == a->entity && b.target == a->target && b.field == a->field
                && b.from == a->from && b.to == a->to) {
                err(tr("“%1” and “%2” change the same thing; give one.")
                        .arg(said[qsizetype(j)], said[qsizetype(k)]));
                return std::nullopt;
            }
        }
        out.push_back(*a);
    }
    return out;
}

int createScenario(const QCommandLineParser &parser, const CreateOptions &o, const QString &path,
    const QString &name)
{
    return changePlan(path, [&](PlanContent &plan) {
        if (const QString why = scenarioNameProblem(plan, name); !why.isEmpty()) {
            err(why);
            return UsageError;
        }
        std::optional<ScenarioId> from;
        if (parser.isSet(o.from)) {
            from = scenarioNamed(plan, parser.value(o.from));
            if (!from) {
                err(tr("There is no scenario called “%1”.").arg(parser.value(o.from)));
                return UsageError;
            }
        }
        const auto rows = overridesFrom(parser, o, plan);
        if (!rows)
            return UsageError;
        const ScenarioId id = addScenario(plan, name, {}, from);
        for (ScenarioOverride row : *rows) {
            row.scenario = id;
            putOverride(plan, plan.overrides, row);
        }
        out(tr("Created the scenario “%1” with %n override(s).", nullptr,
            int(overridesOf(plan, id).size()))
                .arg(name.trimmed()));
        for (const ScenarioOverride &row : overridesOf(plan, id))
            out(QStringLiteral("  ") + describeOverride(plan, row));
        return Ok;
    });
}

void listScenarios(const PlanContent &plan)
{
    if (plan.scenarios.empty()) {
        out(tr("“%1” has no scenarios.").arg(plan.info.name));
        return;
    }
    for (const Scenario &s : plan.scenarios) {
        const auto rows = overridesOf(plan, s.id);
        out(tr("%1 (%n override(s))", nullptr, int(rows.size())).arg(s.name));
        for (const ScenarioOverride &o : rows)
            out(QStringLiteral("  ") + describeOverride(plan, o));
    }
}

} // namespace

std::optional<PlanContent> planOfScenario(const PlanContent &plan, const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.compare(basePlanKey(), Qt::CaseInsensitive) == 0
        || n.compare(plan.info.name.trimmed(), Qt::CaseInsensitive) == 0)
        return plan;
    const auto id = scenarioNamed(plan, n);
    if (!id) {
        QStringList names;
        for (const Scenario &s : plan.scenarios)
            names << quoted(s.name);
        err(names.isEmpty() ? tr("There is no scenario called “%1”; the plan has none.").arg(n)
                            : tr("There is no scenario called “%1”; there are %2.")
                                  .arg(n, names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    ScenarioPlan derived = applyScenario(plan, *id);
    for (const QString &p : derived.problems)
        err(tr("warning: %1").arg(p));
    return std::move(derived.content);
}

ScenarioExportOptions::ScenarioExportOptions()
    : m_scenario(QStringLiteral("scenario"),
        tr("Export this scenario's plan instead of the plan itself (“base”: the plan)."),
        QStringLiteral("NAME"))
    , m_compare(QStringLiteral("compare"),
          tr("Add a “Scenarios compared” section to the PDF: two or three scenarios, comma "
             "separated (“base”: the plan itself)."),
          QStringLiteral("A,B[,C]"))
    , m_baseline(QStringLiteral("baseline"),
          tr("Add a “Changes since the baseline” section to the PDF."), QStringLiteral("NAME"))
{
}

void ScenarioExportOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_scenario, m_compare, m_baseline});
}

int ScenarioExportOptions::apply(
    const QCommandLineParser &parser, PlanContent &plan, ReportOptions &report) const
{
    if (parser.isSet(m_compare)) {
        if (parser.isSet(m_scenario)) {
            err(tr("--compare compares the plan's own scenarios; give it without --scenario."));
            return UsageError;
        }
        const QStringList names
            = parser.value(m_compare).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (names.size() < 2 || names.size() > 3) {
            err(tr("--compare needs two or three scenarios, comma separated, not “%1”.")
                    .arg(parser.value(m_compare)));
            return UsageError;
        }
        for (const QString &n : names) {
            const bool base = n.trimmed().compare(basePlanKey(), Qt::CaseInsensitive) == 0
                || n.trimmed().compare(plan.info.name.trimmed(), Qt::CaseInsensitive) == 0;
            const auto id = scenarioNamed(plan, n);
            if (!base && !id) {
                err(tr("There is no scenario called “%1” (the base plan is “base”).")
                        .arg(n.trimmed()));
                return UsageError;
            }
            report.compare.push_back(base ? std::nullopt : id);
        }
    }
    if (parser.isSet(m_baseline)) {
        report.baseline = baselineNamed(plan, parser.value(m_baseline));
        if (!report.baseline) {
            err(tr("There is no baseline called “%1”.").arg(parser.value(m_baseline)));
            return UsageError;
        }
    }
    if (parser.isSet(m_scenario)) {
        auto derived = planOfScenario(plan, parser.value(m_scenario));
        if (!derived)
            return UsageError;
        // The scenario's plan as a plan of its own: no scenarios of scenarios.
        derived->scenarios.clear();
        derived->overrides.clear();
        plan = std::move(*derived);
    }
    return Ok;
}

int scenarioCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The plan file."));
    parser.addPositionalArgument(
        QStringLiteral("ACTION"), tr("list, create NAME, delete NAME or show NAME."));
    const CreateOptions o;
    parser.addOptions({o.from, o.capacity, o.exclude, o.include, o.pin, o.set});
    int code = Ok;
    if (!parseCommand(parser, arguments, 2, 3, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const QString &path = args[0];
    const QString action = args[1];
    const QString name = args.value(2);
    if (action == QLatin1String("list") && args.size() == 2) {
        const auto plan = loadPlan(path);
        if (!plan)
            return Unreadable;
        listScenarios(*plan);
        return Ok;
    }
    if (args.size() != 3) {
        err(tr("Usage: cairn scenario FILE list | create NAME [options] | delete NAME | show "
               "NAME"));
        return UsageError;
    }
    if (action == QLatin1String("create"))
        return createScenario(parser, o, path, name);
    if (action == QLatin1String("delete"))
        return changePlan(path, [&name](PlanContent &plan) {
            const auto id = scenarioNamed(plan, name);
            if (!id) {
                err(tr("There is no scenario called “%1”.").arg(name));
                return UsageError;
            }
            removeScenario(plan, *id);
            out(tr("Deleted the scenario “%1”.").arg(name.trimmed()));
            return Ok;
        });
    if (action == QLatin1String("show")) {
        const auto plan = loadPlan(path);
        if (!plan)
            return Unreadable;
        const auto id = scenarioNamed(*plan, name);
        if (!id) {
            err(tr("There is no scenario called “%1”.").arg(name));
            return UsageError;
        }
        for (const ScenarioOverride &row : overridesOf(*plan, *id))
            out(describeOverride(*plan, row));
        return Ok;
    }
    err(tr("“%1” is not an action of cairn scenario: list, create, delete or show.").arg(action));
    return UsageError;
}

} // namespace Cairn::Cli
