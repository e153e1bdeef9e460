#include "app/cli/impact.h"

#include "app/cli/cli.h"
#include "app/cli/output.h"
#include "app/render/graphimage.h"
#include "app/render/roadmapimage.h"
#include "core/analysis/impact.h"
#include "core/graph/plangraph.h"
#include "core/schedule/planscheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cairn::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cairn::Cli", text, disambiguation, n);
}

struct Named {
    qint64 id = 0;
    QString name;
    NameKind kind = NameKind::Any;
};

QList<Named> candidates(const PlanContent &plan, NameKind kind)
{
    QList<Named> all;
    if (kind == NameKind::Goal || kind == NameKind::Any)
        for (const Goal &g : plan.goals)
            all.append({g.id.value, g.name, NameKind::Goal});
    if (kind == NameKind::Initiative || kind == NameKind::Any)
        for (const Initiative &i : plan.initiatives)
            all.append({i.id.value, i.name, NameKind::Initiative});
    if (kind == NameKind::System || kind == NameKind::Any)
        for (const System &s : plan.systems)
            all.append({s.id.value, s.name, NameKind::System});
    return all;
}

QString quoted(const QString &s)
{
    return QStringLiteral("“%1”").arg(s);
}

QJsonValue quarterJson(const std::optional<Quarter> &q, QuarterStyle style)
{
    return q ? QJsonValue(q->label(style)) : QJsonValue(QJsonValue::Null);
}

QJsonObject ref(qint64 id, const QString &name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

QJsonObject initiativeRef(const PlanContent &plan, InitiativeId id)
{
    const Initiative *i = plan.initiative(id);
    return ref(id.value, i ? i->name : QString());
}

QJsonObject systemRef(const PlanContent &plan, SystemId id)
{
    const System *s = plan.system(id);
    return ref(id.value, s ? s->name : QString());
}

void printSections(const QList<ImpactSection> &sections)
{
    bool first = true;
    for (const ImpactSection &s : sections) {
        if (!first)
            out();
        out(first ? s.title : s.title + QLatin1Char(':'));
        for (const QString &line : s.lines)
            out(QStringLiteral("  - %1").arg(line));
        first = false;
    }
}

QJsonObject systemJson(const PlanContent &plan, const SystemImpactReport &r)
{
    const QuarterStyle style = plan.info.quarterStyle();
    QJsonObject system = systemRef(plan, r.system);
    system.insert(
        QStringLiteral("endOfSupport"), quarterJson(plan.system(r.system)->endOfSupport, style));
    QJsonArray touching, goals, dependants, further;
    for (const auto &t : r.initiatives) {
        QJsonObject o = initiativeRef(plan, t.initiative);
        o.insert(QStringLiteral("effect"), toKey(t.effect));
        touching.append(o);
    }
    for (const auto &g : r.goals) {
        QJsonArray through;
        for (InitiativeId i : g.through)
            through.append(i.value);
        QJsonObject o = ref(g.goal.value, plan.goal(g.goal)->name);
        o.insert(QStringLiteral("strength"), g.strength);
        o.insert(QStringLiteral("through"), through);
        goals.append(o);
    }
    for (const auto &d : r.dependants) {
        QJsonObject o = systemRef(plan, d.system);
        o.insert(QStringLiteral("distance"), d.distance);
        o.insert(QStringLiteral("runsOn"), d.runsOn.value);
        dependants.append(o);
    }
    for (const auto &t : r.dependantInitiatives) {
        QJsonObject o = initiativeRef(plan, t.initiative);
        o.insert(QStringLiteral("effect"), toKey(t.effect));
        o.insert(QStringLiteral("system"), t.on.value);
        further.append(o);
    }
    return {{QStringLiteral("system"), system}, {QStringLiteral("initiatives"), touching},
        {QStringLiteral("goals"), goals}, {QStringLiteral("dependants"), dependants},
        {QStringLiteral("dependantInitiatives"), further}};
}

QJsonObject whatIfJson(const PlanContent &plan, const EndOfSupportWhatIf &w)
{
    const QuarterStyle style = plan.info.quarterStyle();
    QJsonArray late, moved;
    for (const auto &o : w.late) {
        QJsonObject j = initiativeRef(plan, o.initiative);
        j.insert(QStringLiteral("finish"), quarterJson(o.finish, style));
        j.insert(QStringLiteral("deadline"), quarterJson(o.deadline, style));
        j.insert(QStringLiteral("deadlineSystem"),
            o.deadlineSystem ? QJsonValue(o.deadlineSystem->value) : QJsonValue(QJsonValue::Null));
        j.insert(QStringLiteral("quartersLate"), o.quartersLate);
        j.insert(QStringLiteral("lateAsPlanned"), o.lateAsPlanned);
        j.insert(QStringLiteral("plannedQuartersLate"), o.plannedQuartersLate);
        j.insert(QStringLiteral("worse"), o.worse());
        j.insert(QStringLiteral("plannedFinish"), quarterJson(o.plannedFinish, style));
        late.append(j);
    }
    for (const auto &m : w.moved) {
        QJsonObject j = initiativeRef(plan, m.initiative);
        j.insert(QStringLiteral("from"), quarterJson(m.from, style));
        j.insert(QStringLiteral("to"), quarterJson(m.to, style));
        moved.append(j);
    }
    return {{QStringLiteral("endOfSupport"), quarterJson(w.whatIf, style)},
        {QStringLiteral("asPlanned"), quarterJson(w.endOfSupport, style)},
        {QStringLiteral("newlyLate"), w.newlyLate()}, {QStringLiteral("worse"), w.makesWorse()},
        {QStringLiteral("late"), late}, {QStringLiteral("moved"), moved}};
}

QJsonObject initiativeJson(
    const PlanContent &plan, const InitiativeImpactReport &r, const PlanSchedule &schedule)
{
    const QuarterStyle style = plan.info.quarterStyle();
    QJsonObject self = initiativeRef(plan, r.initiative);
    const InitiativeSchedule *is = schedule.find(r.initiative);
    self.insert(QStringLiteral("status"), toKey(plan.initiative(r.initiative)->status));
    self.insert(QStringLiteral("start"), quarterJson(is ? is->start : std::nullopt, style));
    self.insert(QStringLiteral("finish"), quarterJson(is ? is->finish : std::nullopt, style));
    QJsonArray waiting, goals, cycle;
    for (const auto &w : r.waiting) {
        QJsonObject o = initiativeRef(plan, w.initiative);
        o.insert(QStringLiteral("distance"), w.distance);
        o.insert(QStringLiteral("waitsFor"), w.waitsFor.value);
        o.insert(QStringLiteral("type"), toKey(w.type));
        o.insert(QStringLiteral("lag"), w.lag);
        waiting.append(o);
    }
    for (GoalId g : r.goals)
        goals.append(ref(g.value, plan.goal(g)->name));
    for (InitiativeId i : r.cycle)
        cycle.append(initiativeRef(plan, i));
    QJsonValue chain(QJsonValue::Null);
    if (r.chain) {
        const CriticalChain &c = *r.chain;
        QJsonArray members;
        for (InitiativeId i : c.initiatives)
            members.append(initiativeRef(plan, i));
        QJsonObject o {{QStringLiteral("initiatives"), members},
            {QStringLiteral("deadline"), c.deadline.label(style)},
            {QStringLiteral("deadlineSystem"),
                c.deadlineSystem ? QJsonValue(systemRef(plan, *c.deadlineSystem))
                                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("latestStart"), c.latestStart.label(style)},
            {QStringLiteral("scheduledStart"), quarterJson(c.scheduledStart, style)},
            {QStringLiteral("scheduledFinish"), quarterJson(c.scheduledFinish, style)},
            {QStringLiteral("late"), c.late}};
        o.insert(QStringLiteral("spareQuarters"),
            c.scheduledStart ? QJsonValue(c.latestStart - *c.scheduledStart)
                             : QJsonValue(QJsonValue::Null));
        chain = o;
    }
    return {{QStringLiteral("initiative"), self}, {QStringLiteral("closed"), r.closed},
        {QStringLiteral("waiting"), waiting}, {QStringLiteral("goals"), goals},
        {QStringLiteral("criticalChain"), chain}, {QStringLiteral("cycle"), cycle}};
}

// --eos: a quarter ("2027 Q2"), or a number of quarters to move the current end of support by
// ("-4": a year earlier).
std::optional<Quarter> parseEndOfSupport(const QString &text, const System &system)
{
    if (const auto q = Quarter::parse(text))
        return q;
    bool ok = false;
    const int shift = text.toInt(&ok);
    if (ok && (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')))) {
        if (!system.endOfSupport) {
            err(tr("“%1” has no end of support to move; give a quarter, such as 2027 Q2.")
                    .arg(system.name));
            return std::nullopt;
        }
        return *system.endOfSupport + shift;
    }
    err(tr("--eos needs a quarter such as 2027 Q2, or a number of quarters such as -4, not “%1”.")
            .arg(text));
    return std::nullopt;
}

void outJson(const QJsonObject &o)
{
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
}

int systemImpactCommand(const PlanContent &plan, SystemId id, const QString &eos, bool json)
{
    const System &system = *plan.system(id);
    std::optional<EndOfSupportWhatIf> whatIf;
    if (!eos.isEmpty()) {
        const auto quarter = parseEndOfSupport(eos, system);
        if (!quarter)
            return UsageError;
        whatIf = whatIfEndOfSupport(plan, id, *quarter, whatIfOptions());
    }
    const SystemImpactReport report = systemImpact(plan, id);
    const int code = whatIf && whatIf->makesWorse() ? PlanHasProblems : Ok;
    if (json) {
        QJsonObject o = systemJson(plan, report);
        if (whatIf)
            o.insert(QStringLiteral("whatIf"), whatIfJson(plan, *whatIf));
        outJson(o);
        return code;
    }
    printSections(describeImpact(plan, report));
    if (whatIf) {
        out();
        printSections(describeImpact(plan, *whatIf));
    }
    return code;
}

int initiativeImpactCommand(const PlanContent &plan, InitiativeId id, bool json)
{
    const PlanSchedule schedule = schedulePlan(plan, whatIfOptions());
    const InitiativeImpactReport report = initiativeImpact(plan, id, &schedule);
    if (json) {
        outJson(initiativeJson(plan, report, schedule));
        return Ok;
    }
    QList<ImpactSection> sections = describeImpact(plan, report);
    if (const InitiativeSchedule *is = schedule.find(id); is && is->start) {
        const QuarterStyle style = plan.info.quarterStyle();
        sections.first().lines.prepend(
            tr("Scheduled %1 to %2.").arg(is->start->label(style), is->finish->label(style)));
    }
    printSections(sections);
    return Ok;
}

} // namespace

qint64 findByName(const PlanContent &plan, const QString &name, NameKind kind)
{
    const QList<Named> all = candidates(plan, kind);
    const QString wanted = name.trimmed();
    QList<Named> exact, partial;
    for (const Named &n : all) {
        if (n.name.compare(wanted, Qt::CaseInsensitive) == 0)
            exact.append(n);
        else if (!wanted.isEmpty() && n.name.contains(wanted, Qt::CaseInsensitive))
            partial.append(n);
    }
    const QList<Named> &found = !exact.isEmpty() ? exact : partial;
    if (found.size() == 1)
        return found.first().id;
    const QString what = kind == NameKind::System ? tr("system")
        : kind == NameKind::Initiative            ? tr("initiative")
        : kind == NameKind::Goal                  ? tr("goal")
                                                  : tr("goal, initiative or system");
    if (found.isEmpty()) {
        err(tr("No %1 is named “%2”.").arg(what, wanted));
        return 0;
    }
    QStringList names;
    for (const Named &n : found)
        names << quoted(n.name);
    err(tr("“%1” matches more than one %2: %3. Give more of the name.")
            .arg(wanted, what, names.join(QStringLiteral(", "))));
    return 0;
}

int impactCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The plan file."));
    const QCommandLineOption system(QStringLiteral("system"),
        tr("The system to look at: the initiatives that touch it, the goals they serve, the "
           "systems that run on it."),
        QStringLiteral("NAME"));
    const QCommandLineOption initiative(QStringLiteral("initiative"),
        tr("The initiative to look at: what waits for it and its critical chain to a deadline."),
        QStringLiteral("NAME"));
    const QCommandLineOption eos(QStringLiteral("eos"),
        tr("With --system: re-plan as if its support ended in QUARTER (such as 2027 Q2, or -4 "
           "for a year earlier) and list what would be late. Exit 1 when something would be "
           "late, or later against its deadline, than planned."),
        QStringLiteral("QUARTER"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({system, initiative, eos, json});
    int code = Ok;
    if (!parseCommand(parser, arguments, 1, 1, &code))
        return code;
    if (parser.isSet(system) == parser.isSet(initiative)
        || (parser.isSet(eos) && !parser.isSet(system))) {
        err(tr("Usage: cairn impact FILE --system NAME [--eos QUARTER] [--json] | --initiative "
               "NAME [--json]"));
        return UsageError;
    }
    const std::optional<PlanContent> loaded = loadPlan(parser.positionalArguments().first());
    if (!loaded)
        return Unreadable;
    const PlanContent &plan = *loaded;
    if (parser.isSet(system)) {
        const qint64 id = findByName(plan, parser.value(system), NameKind::System);
        return id ? systemImpactCommand(plan, SystemId {id}, parser.value(eos), parser.isSet(json))
                  : UsageError;
    }
    const qint64 id = findByName(plan, parser.value(initiative), NameKind::Initiative);
    return id ? initiativeImpactCommand(plan, InitiativeId {id}, parser.isSet(json)) : UsageError;
}

GraphExportOptions::GraphExportOptions()
    : m_graph(QStringLiteral("graph"),
        tr("Write the dependency graph as PNG or SVG (by the file's suffix)."),
        QStringLiteral("OUT"))
    , m_focus(QStringLiteral("focus"),
          tr("With --graph: only the goal, initiative or system of this name and its neighbours."),
          QStringLiteral("NAME"))
    , m_depth(QStringLiteral("depth"),
          tr("With --focus: how many links away from it to show (default 2)."), QStringLiteral("N"),
          QStringLiteral("2"))
{
}

void GraphExportOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_graph, m_focus, m_depth});
}

bool GraphExportOptions::isSet(const QCommandLineParser &parser) const
{
    return parser.isSet(m_graph);
}

bool GraphExportOptions::valid(const QCommandLineParser &parser) const
{
    bool ok = false;
    const int depth = parser.value(m_depth).toInt(&ok);
    if (!ok || depth < 0 || depth > 20) {
        err(tr("--depth needs a number from 0 to 20, not “%1”.").arg(parser.value(m_depth)));
        return false;
    }
    if ((parser.isSet(m_focus) || parser.isSet(m_depth)) && !parser.isSet(m_graph)) {
        err(tr("--focus and --depth go with --graph OUT."));
        return false;
    }
    return true;
}

int GraphExportOptions::run(const QCommandLineParser &parser, const PlanContent &plan,
    const PlanSchedule &schedule, QSize size) const
{
    if (!parser.isSet(m_graph))
        return Ok;
    const QString path = parser.value(m_graph);
    GraphFilter filter;
    if (parser.isSet(m_focus)) {
        const qint64 id = findByName(plan, parser.value(m_focus), NameKind::Any);
        if (!id)
            return UsageError;
        filter.focus = id;
        filter.depth = parser.value(m_depth).toInt();
    }
    GraphStyle style;
    style.font = RoadmapSheet::exportFont(13);
    const PlanGraph graph(plan);
    GraphDrawing drawing = GraphDrawing::build(plan, &schedule, graph, graph.select(filter), style);
    QString error = drawing.layOut();
    if (error.isEmpty())
        error = GraphSheet(plan, drawing, GraphSheet::describe(plan, filter), size).write(path);
    if (!error.isEmpty()) {
        err(error);
        return Unreadable;
    }
    out(tr("Wrote the dependency graph (%n item(s)) to %1", nullptr, int(drawing.nodes.size()))
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return Ok;
}

} // namespace Cairn::Cli
