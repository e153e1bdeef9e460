#include "core/interchange/planexchange.h"

#include "core/domain/planvalidator.h"
#include "core/graph/dependencygraph.h"
#include "core/interchange/csv.h"
#include "core/schedule/planscheduler.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>
#include <xlsxwriter.h>

namespace Cairn::Interchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cairn::Interchange", text);
}

struct TableSpec {
    TableKind kind;
    const char *file;
    const char *sheet;
    QStringList columns;
    QStringList required;
};

const QList<TableSpec> &specs()
{
    static const QList<TableSpec> s = {
        {TableKind::Plan, "plan.csv", "Plan", {QStringLiteral("field"), QStringLiteral("value")},
            {QStringLiteral("field")}},
        {TableKind::Resources, "resources.csv", "Resources",
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                QStringLiteral("default_capacity"), QStringLiteral("notes")},
            {QStringLiteral("name")}},
        {TableKind::Goals, "goals.csv", "Goals",
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                QStringLiteral("weight"), QStringLiteral("owner"), QStringLiteral("target_quarter"),
                QStringLiteral("kpi"), QStringLiteral("parent")},
            {QStringLiteral("name")}},
        {TableKind::Systems, "systems.csv", "Systems",
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("category"),
                QStringLiteral("vendor"), QStringLiteral("owner"), QStringLiteral("criticality"),
                QStringLiteral("condition"), QStringLiteral("annual_run_cost"),
                QStringLiteral("lifecycle"), QStringLiteral("disposition"),
                QStringLiteral("end_of_support"), QStringLiteral("depends_on")},
            {QStringLiteral("name")}},
        {TableKind::Initiatives, "initiatives.csv", "Initiatives",
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("duration"),
                QStringLiteral("cost"), QStringLiteral("earliest_start"),
                QStringLiteral("deadline"), QStringLiteral("pin"), QStringLiteral("value"),
                QStringLiteral("confidence"), QStringLiteral("risk")},
            {QStringLiteral("name")}},
        {TableKind::Milestones, "milestones.csv", "Milestones",
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("quarter"),
                QStringLiteral("description")},
            {QStringLiteral("name"), QStringLiteral("quarter")}},
        {TableKind::ResourceCapacities, "resource_capacities.csv", "Capacities",
            {QStringLiteral("resource"), QStringLiteral("quarter"), QStringLiteral("capacity")},
            {QStringLiteral("resource"), QStringLiteral("quarter"), QStringLiteral("capacity")}},
        {TableKind::Demands, "demands.csv", "Demands",
            {QStringLiteral("initiative"), QStringLiteral("resource"), QStringLiteral("amount")},
            {QStringLiteral("initiative"), QStringLiteral("resource"), QStringLiteral("amount")}},
        {TableKind::GoalContributions, "goal_contributions.csv", "Goal contributions",
            {QStringLiteral("initiative"), QStringLiteral("goal"), QStringLiteral("strength")},
            {QStringLiteral("initiative"), QStringLiteral("goal")}},
        {TableKind::SystemImpacts, "system_impacts.csv", "System impacts",
            {QStringLiteral("initiative"), QStringLiteral("system"), QStringLiteral("effect")},
            {QStringLiteral("initiative"), QStringLiteral("system")}},
        {TableKind::Dependencies, "dependencies.csv", "Dependencies",
            {QStringLiteral("predecessor"), QStringLiteral("successor"), QStringLiteral("type"),
                QStringLiteral("lag")},
            {QStringLiteral("predecessor"), QStringLiteral("successor")}},
    };
    return s;
}

const TableSpec &spec(TableKind t)
{
    for (const TableSpec &s : specs())
        if (s.kind == t)
            return s;
    return specs().front();
}

// Other names spreadsheets use for a column (lower case, spaces as underscores).
QStringList aliases(const QString &column)
{
    // English first, then the words a German, French or Spanish spreadsheet uses.
    static const QMap<QString, QStringList> a = {
        {QStringLiteral("name"),
            {QStringLiteral("title"), QStringLiteral("initiative"), QStringLiteral("project"),
                QStringLiteral("goal"), QStringLiteral("system"), QStringLiteral("resource"),
                QStringLiteral("milestone"), QStringLiteral("titel"), QStringLiteral("bezeichnung"),
                QStringLiteral("vorhaben"), QStringLiteral("nom"), QStringLiteral("titre"),
                QStringLiteral("nombre"), QStringLiteral("título")}},
        {QStringLiteral("description"),
            {QStringLiteral("beschreibung"), QStringLiteral("descripción"),
                QStringLiteral("notes")}},
        {QStringLiteral("kind"),
            {QStringLiteral("type"), QStringLiteral("art"), QStringLiteral("typ"),
                QStringLiteral("tipo")}},
        {QStringLiteral("status"),
            {QStringLiteral("state"), QStringLiteral("statut"), QStringLiteral("estado")}},
        {QStringLiteral("cost"),
            {QStringLiteral("one_off_cost"), QStringLiteral("budget"), QStringLiteral("costs"),
                QStringLiteral("kosten"), QStringLiteral("coût"), QStringLiteral("cout"),
                QStringLiteral("coste"), QStringLiteral("costo")}},
        {QStringLiteral("duration"),
            {QStringLiteral("quarters"), QStringLiteral("duration_quarters"),
                QStringLiteral("dauer"), QStringLiteral("durée"), QStringLiteral("duración")}},
        {QStringLiteral("earliest_start"),
            {QStringLiteral("start"), QStringLiteral("earliest"),
                QStringLiteral("frühester_beginn"), QStringLiteral("beginn"),
                QStringLiteral("début"), QStringLiteral("inicio")}},
        {QStringLiteral("deadline"),
            {QStringLiteral("due"), QStringLiteral("frist"), QStringLiteral("échéance"),
                QStringLiteral("plazo")}},
        {QStringLiteral("owner"),
            {QStringLiteral("verantwortlich"), QStringLiteral("responsable")}},
        {QStringLiteral("weight"),
            {QStringLiteral("priority"), QStringLiteral("gewicht"), QStringLiteral("poids"),
                QStringLiteral("peso")}},
        {QStringLiteral("vendor"),
            {QStringLiteral("hersteller"), QStringLiteral("éditeur"), QStringLiteral("fabricante"),
                QStringLiteral("supplier")}},
        {QStringLiteral("end_of_support"),
            {QStringLiteral("eos"), QStringLiteral("support_ends"), QStringLiteral("end_of_life"),
                QStringLiteral("supportende"), QStringLiteral("fin_du_support"),
                QStringLiteral("fin_del_soporte")}},
        {QStringLiteral("annual_run_cost"),
            {QStringLiteral("run_cost"), QStringLiteral("annual_cost"),
                QStringLiteral("betriebskosten")}},
        {QStringLiteral("default_capacity"),
            {QStringLiteral("capacity"), QStringLiteral("kapazität"), QStringLiteral("capacité"),
                QStringLiteral("capacidad")}},
        {QStringLiteral("target_quarter"), {QStringLiteral("target")}},
        {QStringLiteral("predecessor"),
            {QStringLiteral("from"), QStringLiteral("depends_on"), QStringLiteral("vorgänger")}},
        {QStringLiteral("successor"), {QStringLiteral("to"), QStringLiteral("nachfolger")}},
    };
    return a.value(column);
}

QString normalised(QString header)
{
    header = header.trimmed().toLower();
    header.replace(QRegularExpression(QStringLiteral("[\\s\\-/]+")), QStringLiteral("_"));
    return header;
}

// Words for the choices in the interface's languages, so that a German or French export of a
// spreadsheet imports too (the current language is matched through displayName()).
const QMap<QString, QStringList> &choiceSynonyms()
{
    static const QMap<QString, QStringList> s = {
        {QStringLiteral("Run"),
            {QStringLiteral("Betrieb"), QStringLiteral("Maintenir"), QStringLiteral("Mantener")}},
        {QStringLiteral("Grow"),
            {QStringLiteral("Wachsen"), QStringLiteral("Développer"), QStringLiteral("Crecer")}},
        {QStringLiteral("Transform"),
            {QStringLiteral("Transformieren"), QStringLiteral("Transformer"),
                QStringLiteral("Transformar")}},
        {QStringLiteral("Idea"), {QStringLiteral("Idee"), QStringLiteral("Idée")}},
        {QStringLiteral("Proposed"),
            {QStringLiteral("Vorgeschlagen"), QStringLiteral("Proposée"),
                QStringLiteral("Propuesta")}},
        {QStringLiteral("Approved"),
            {QStringLiteral("Genehmigt"), QStringLiteral("Approuvée"), QStringLiteral("Aprobada")}},
        {QStringLiteral("In progress"),
            {QStringLiteral("In Arbeit"), QStringLiteral("En cours"), QStringLiteral("En curso")}},
        {QStringLiteral("Done"),
            {QStringLiteral("Erledigt"), QStringLiteral("Terminée"), QStringLiteral("Terminada")}},
        {QStringLiteral("Dropped"),
            {QStringLiteral("Verworfen"), QStringLiteral("Abandonnée"),
                QStringLiteral("Descartada")}},
        {QStringLiteral("Plan"), {QStringLiteral("Planification")}},
        {QStringLiteral("Phase-in"),
            {QStringLiteral("Einführung"), QStringLiteral("Mise en service"),
                QStringLiteral("Implantación")}},
        {QStringLiteral("Active"),
            {QStringLiteral("Aktiv"), QStringLiteral("Actif"), QStringLiteral("Activo")}},
        {QStringLiteral("Phase-out"),
            {QStringLiteral("Auslauf"), QStringLiteral("Retrait progressif"),
                QStringLiteral("Retirada progresiva")}},
        {QStringLiteral("Retired"),
            {QStringLiteral("Abgeschaltet"), QStringLiteral("Retiré"), QStringLiteral("Retirado")}},
        {QStringLiteral("Tolerate"),
            {QStringLiteral("Tolerieren"), QStringLiteral("Tolérer"), QStringLiteral("Tolerar")}},
        {QStringLiteral("Invest"),
            {QStringLiteral("Investieren"), QStringLiteral("Investir"),
                QStringLiteral("Invertir")}},
        {QStringLiteral("Migrate"),
            {QStringLiteral("Migrieren"), QStringLiteral("Migrer"), QStringLiteral("Migrar")}},
        {QStringLiteral("Eliminate"),
            {QStringLiteral("Eliminieren"), QStringLiteral("Éliminer"),
                QStringLiteral("Eliminar")}},
        {QStringLiteral("Budget"), {QStringLiteral("Presupuesto")}},
        {QStringLiteral("Team"), {QStringLiteral("Équipe"), QStringLiteral("Equipo")}},
        {QStringLiteral("External partner"),
            {QStringLiteral("Partner"), QStringLiteral("Externer Partner"),
                QStringLiteral("Partenaire externe"), QStringLiteral("Socio externo")}},
        {QStringLiteral("Upgrades"),
            {QStringLiteral("Upgrade"), QStringLiteral("Aktualisiert"),
                QStringLiteral("Met à niveau"), QStringLiteral("Actualiza")}},
        {QStringLiteral("Replaces"),
            {QStringLiteral("Replace"), QStringLiteral("Ersetzt"), QStringLiteral("Remplace"),
                QStringLiteral("Sustituye")}},
        {QStringLiteral("Retires"),
            {QStringLiteral("Retire"), QStringLiteral("Schaltet ab"), QStringLiteral("Retira")}},
        {QStringLiteral("Introduces"),
            {QStringLiteral("Introduce"), QStringLiteral("Führt ein"),
                QStringLiteral("Introduit")}},
        {QStringLiteral("Finish to start"),
            {QStringLiteral("FS"), QStringLiteral("Ende–Anfang"), QStringLiteral("Ende-Anfang"),
                QStringLiteral("Fin à début"), QStringLiteral("Fin a inicio")}},
        {QStringLiteral("Start to start"),
            {QStringLiteral("SS"), QStringLiteral("Anfang–Anfang"), QStringLiteral("Anfang-Anfang"),
                QStringLiteral("Début à début"), QStringLiteral("Inicio a inicio")}},
    };
    return s;
}

// English display names as entities.cpp writes them (not translated here: the synonyms key).
template<class E> QString englishName(E e);
template<> QString englishName(InitiativeKind e)
{
    return QStringList {QStringLiteral("Run"), QStringLiteral("Grow"), QStringLiteral("Transform")}
        .value(int(e));
}
template<> QString englishName(InitiativeStatus e)
{
    return QStringList {QStringLiteral("Idea"), QStringLiteral("Proposed"),
        QStringLiteral("Approved"), QStringLiteral("In progress"), QStringLiteral("Done"),
        QStringLiteral("Dropped")}
        .value(int(e));
}
template<> QString englishName(LifecyclePhase e)
{
    return QStringList {QStringLiteral("Plan"), QStringLiteral("Phase-in"),
        QStringLiteral("Active"), QStringLiteral("Phase-out"), QStringLiteral("Retired")}
        .value(int(e));
}
template<> QString englishName(TimeDisposition e)
{
    return QStringList {QStringLiteral("Tolerate"), QStringLiteral("Invest"),
        QStringLiteral("Migrate"), QStringLiteral("Eliminate")}
        .value(int(e));
}
template<> QString englishName(ResourceKind e)
{
    return QStringList {
        QStringLiteral("Budget"), QStringLiteral("Team"), QStringLiteral("External partner")}
        .value(int(e));
}
template<> QString englishName(SystemEffect e)
{
    return QStringList {QStringLiteral("Upgrades"), QStringLiteral("Replaces"),
        QStringLiteral("Retires"), QStringLiteral("Introduces")}
        .value(int(e));
}
template<> QString englishName(DependencyType e)
{
    return QStringList {QStringLiteral("Finish to start"), QStringLiteral("Start to start")}.value(
        int(e));
}

QString amountText(qint64 minor, int digits)
{
    // Plain decimals with a point and no grouping: they re-import exactly in any locale.
    qint64 per = 1;
    for (int i = 0; i < digits; ++i)
        per *= 10;
    const bool negative = minor < 0;
    const qint64 a = negative ? -minor : minor;
    QString s = QString::number(a / per);
    if (digits > 0 && a % per != 0)
        s += QLatin1Char('.') + QStringLiteral("%1").arg(a % per, digits, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + s : s;
}

QString quarterText(const std::optional<Quarter> &q, const PlanInfo &info)
{
    return q ? q->label(info.quarterStyle()) : QString();
}

QString resourceAmount(const PlanContent &plan, const Resource *r, qint64 amount)
{
    if (r && r->kind == ResourceKind::Budget)
        return amountText(amount, plan.info.currency.minorDigits());
    return amountText(amount, 2); // hundredths of an FTE
}

} // namespace

// ---- tables ----------------------------------------------------------------------------------
QList<TableKind> allTables()
{
    QList<TableKind> out;
    for (const TableSpec &s : specs())
        out << s.kind;
    return out;
}

QString fileName(TableKind t)
{
    return QString::fromLatin1(spec(t).file);
}
QString sheetName(TableKind t)
{
    return QString::fromLatin1(spec(t).sheet);
}
QStringList columns(TableKind t)
{
    return spec(t).columns;
}

QString tableTitle(TableKind t)
{
    switch (t) {
    case TableKind::Plan:
        return tr("Plan settings");
    case TableKind::Resources:
        return tr("Resources");
    case TableKind::Goals:
        return tr("Goals");
    case TableKind::Systems:
        return tr("Systems");
    case TableKind::Initiatives:
        return tr("Initiatives");
    case TableKind::Milestones:
        return tr("Milestones");
    case TableKind::ResourceCapacities:
        return tr("Capacity per quarter");
    case TableKind::Demands:
        return tr("Demand per quarter");
    case TableKind::GoalContributions:
        return tr("Goal contributions");
    case TableKind::SystemImpacts:
        return tr("System impacts");
    case TableKind::Dependencies:
        return tr("Dependencies");
    }
    return {};
}

QString columnTitle(TableKind, const QString &column)
{
    QString t = column;
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    return t;
}

QList<ExportTable> exportTables(const PlanContent &p)
{
    using C = CellType;
    QList<ExportTable> out;
    out.reserve(16); // the references handed out below stay valid: no reallocation
    const PlanInfo &info = p.info;
    const int digits = info.currency.minorDigits();
    auto table = [&out](TableKind k, QList<CellType> types) -> ExportTable & {
        out.append(ExportTable {k, columns(k), std::move(types), {}});
        return out.last();
    };
    ExportTable &plan = table(TableKind::Plan, {C::Text, C::Text});
    plan.rows = {{QStringLiteral("name"), info.name},
        {QStringLiteral("organisation"), info.organisation},
        {QStringLiteral("author"), info.author}, {QStringLiteral("currency"), info.currency.code},
        {QStringLiteral("fiscal_year_start_month"), QString::number(info.fiscalYearStartMonth)},
        {QStringLiteral("first_quarter"), info.firstQuarter.label(info.quarterStyle())},
        {QStringLiteral("horizon"), QString::number(info.horizon)},
        {QStringLiteral("notes"), info.notes}};

    ExportTable &resources
        = table(TableKind::Resources, {C::Integer, C::Text, C::Choice, C::Amount, C::Text});
    ExportTable &capacities
        = table(TableKind::ResourceCapacities, {C::Text, C::Quarter, C::Amount});
    for (const Resource &r : p.resources) {
        resources.rows << QStringList {QString::number(r.id.value), r.name, toKey(r.kind),
            resourceAmount(p, &r, r.defaultCapacity), r.notes};
        for (auto it = r.capacities.cbegin(); it != r.capacities.cend(); ++it)
            capacities.rows << QStringList {
                r.name, it.key().label(info.quarterStyle()), resourceAmount(p, &r, it.value())};
    }
    ExportTable &goals = table(TableKind::Goals,
        {C::Integer, C::Text, C::Text, C::Integer, C::Text, C::Quarter, C::Text, C::Text});
    for (const Goal &g : p.goals) {
        const Goal *parent = g.parent ? p.goal(*g.parent) : nullptr;
        goals.rows << QStringList {QString::number(g.id.value), g.name, g.description,
            QString::number(g.weight), g.owner, quarterText(g.targetQuarter, info), g.kpi,
            parent ? parent->name : QString()};
    }
    ExportTable &systems = table(TableKind::Systems,
        {C::Integer, C::Text, C::Text, C::Text, C::Text, C::Integer, C::Integer, C::Amount,
            C::Choice, C::Choice, C::Quarter, C::Text});
    for (const System &s : p.systems) {
        QStringList deps;
        for (SystemId d : s.dependsOn)
            if (const System *o = p.system(d))
                deps << o->name;
        systems.rows << QStringList {QString::number(s.id.value), s.name, s.category, s.vendor,
            s.owner, QString::number(s.criticality), QString::number(s.condition),
            amountText(s.annualRunCost.minorUnits(), digits), toKey(s.lifecycle),
            toKey(s.disposition), quarterText(s.endOfSupport, info),
            deps.join(QStringLiteral("; "))};
    }
    ExportTable &initiatives = table(TableKind::Initiatives,
        {C::Integer, C::Text, C::Text, C::Choice, C::Choice, C::Integer, C::Amount, C::Quarter,
            C::Quarter, C::Quarter, C::Integer, C::Integer, C::Integer});
    ExportTable &demands = table(TableKind::Demands, {C::Text, C::Text, C::Amount});
    for (const Initiative &i : p.initiatives) {
        initiatives.rows << QStringList {QString::number(i.id.value), i.name, i.description,
            toKey(i.kind), toKey(i.status), QString::number(i.duration),
            amountText(i.cost.minorUnits(), digits), quarterText(i.earliestStart, info),
            quarterText(i.deadline, info), quarterText(i.pin, info), QString::number(i.value),
            QString::number(i.confidence), QString::number(i.risk)};
        for (auto it = i.demand.cbegin(); it != i.demand.cend(); ++it)
            if (const Resource *r = p.resource(it.key()))
                demands.rows << QStringList {i.name, r->name, resourceAmount(p, r, it.value())};
    }
    ExportTable &milestones
        = table(TableKind::Milestones, {C::Integer, C::Text, C::Quarter, C::Text});
    for (const Milestone &m : p.milestones)
        milestones.rows << QStringList {QString::number(m.id.value), m.name,
            m.quarter.label(info.quarterStyle()), m.description};
    ExportTable &contributions
        = table(TableKind::GoalContributions, {C::Text, C::Text, C::Integer});
    for (const GoalContribution &c : p.contributions)
        if (const Initiative *i = p.initiative(c.initiative))
            if (const Goal *g = p.goal(c.goal))
                contributions.rows << QStringList {i->name, g->name, QString::number(c.strength)};
    ExportTable &impacts = table(TableKind::SystemImpacts, {C::Text, C::Text, C::Choice});
    for (const SystemImpact &c : p.impacts)
        if (const Initiative *i = p.initiative(c.initiative))
            if (const System *s = p.system(c.system))
                impacts.rows << QStringList {i->name, s->name, toKey(c.effect)};
    ExportTable &dependencies
        = table(TableKind::Dependencies, {C::Text, C::Text, C::Choice, C::Integer});
    for (const Dependency &d : p.dependencies)
        if (const Initiative *a = p.initiative(d.predecessor))
            if (const Initiative *b = p.initiative(d.successor))
                dependencies.rows << QStringList {
                    a->name, b->name, toKey(d.type), QString::number(d.lag)};
    // In the order an import reads them.
    std::stable_sort(out.begin(), out.end(),
        [](const ExportTable &a, const ExportTable &b) { return int(a.kind) < int(b.kind); });
    return out;
}

QByteArray csvBytes(const ExportTable &t)
{
    QString text = Csv::line(t.header);
    for (const QStringList &row : t.rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c)
            cells << (t.types.value(c) == CellType::Text ? Csv::neutralise(row[c]) : row[c]);
        text += Csv::line(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8(); // the BOM tells Excel it is UTF-8
}

QStringList writeCsv(const PlanContent &plan, const QDir &dir, QString *error)
{
    QStringList files;
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        *error = tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(dir.path()));
        return files;
    }
    for (const ExportTable &t : exportTables(plan)) {
        const QString path = dir.filePath(fileName(t.kind));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csvBytes(t)) < 0 || !file.commit()) {
            *error = tr("Cannot write “%1”: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
            return files;
        }
        files << path;
    }
    return files;
}

QString writeXlsx(const PlanContent &plan, const QString &path)
{
    // libxlsxwriter writes to a file name; write beside the target and rename, so that a failure
    // never leaves half a workbook under the user's name.
    const QString temp = path + QStringLiteral(".part");
    if (!QFileInfo(path).absoluteDir().exists())
        return tr("Cannot write “%1”: the folder does not exist.")
            .arg(QDir::toNativeSeparators(path));
    lxw_workbook *book = workbook_new(QFile::encodeName(temp).constData());
    if (!book)
        return tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path));
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    const QByteArray numberFormat
        = plan.info.currency.minorDigits() > 0 ? QByteArray("#,##0.00") : QByteArray("#,##0");
    lxw_format *amount = workbook_add_format(book);
    format_set_num_format(amount, numberFormat.constData());
    format_set_align(amount, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *top = workbook_add_format(book);
    format_set_align(top, LXW_ALIGN_VERTICAL_TOP);
    for (const ExportTable &t : exportTables(plan)) {
        lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName(t.kind).toUtf8().constData());
        std::vector<qsizetype> widths(size_t(t.header.size()), 0);
        for (qsizetype c = 0; c < t.header.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), t.header[c].toUtf8().constData(), bold);
            widths[size_t(c)] = t.header[c].size();
        }
        lxw_row_t r = 1;
        for (const QStringList &row : t.rows) {
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QString &v = row[c];
                widths[size_t(c)] = std::max(widths[size_t(c)], std::min<qsizetype>(v.size(), 60));
                bool ok = false;
                const double number = v.toDouble(&ok);
                const CellType type = t.types.value(c);
                if (v.isEmpty())
                    continue;
                if ((type == CellType::Integer || type == CellType::Amount) && ok)
                    worksheet_write_number(
                        sheet, r, lxw_col_t(c), number, type == CellType::Amount ? amount : top);
                else // text cells are strings: Excel never runs them as formulas
                    worksheet_write_string(sheet, r, lxw_col_t(c), v.toUtf8().constData(),
                        type == CellType::Text ? wrap : top);
            }
            ++r;
        }
        for (qsizetype c = 0; c < t.header.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                double(std::max<qsizetype>(8, widths[size_t(c)] + 2)), nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
    }
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        QFile::remove(temp);
        return tr("Cannot write “%1”: %2")
            .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(result)));
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path));
    }
    return {};
}

// ---- reading values ----------------------------------------------------------------------------
std::optional<Quarter> parseQuarterCell(const QString &text, int fiscalStartMonth)
{
    const QString t = text.trimmed();
    if (auto q = Quarter::parse(t))
        return q;
    // Dates: ISO (2027-08-15) or day.month.year (15.08.2027). Slashed dates are refused: 03/04/2027
    // is March in one country and April in another.
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("d.M.yyyy"));
    if (d.isValid())
        return Quarter::fromDate(d, fiscalStartMonth);
    return std::nullopt;
}

template<class E> std::optional<E> parseChoice(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (auto e = enumFromKey<E>(t))
        return e;
    QString spaced = t;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    for (int i = 0; i < enumCount<E>(); ++i) {
        const E e = static_cast<E>(i);
        QString english = englishName(e);
        if (t.compare(english, Qt::CaseInsensitive) == 0
            || spaced.compare(QString(english).replace(QLatin1Char('-'), QLatin1Char(' ')),
                   Qt::CaseInsensitive)
                == 0)
            return e;
        for (const QString &word : choiceSynonyms().value(english))
            if (t.compare(word, Qt::CaseInsensitive) == 0)
                return e;
    }
    return std::nullopt;
}
template std::optional<InitiativeKind> parseChoice<InitiativeKind>(const QString &);
template std::optional<InitiativeStatus> parseChoice<InitiativeStatus>(const QString &);
template std::optional<LifecyclePhase> parseChoice<LifecyclePhase>(const QString &);
template std::optional<TimeDisposition> parseChoice<TimeDisposition>(const QString &);
template std::optional<ResourceKind> parseChoice<ResourceKind>(const QString &);
template std::optional<SystemEffect> parseChoice<SystemEffect>(const QString &);
template std::optional<DependencyType> parseChoice<DependencyType>(const QString &);

QString RowError::message() const
{
    QString where = QFileInfo(file).fileName();
    if (line > 0)
        where += QCoreApplication::translate("Cairn::Interchange", ", line %1").arg(line);
    if (!column.isEmpty())
        where += QCoreApplication::translate("Cairn::Interchange", ", column “%1”").arg(column);
    return QStringLiteral("%1: %2").arg(where, reason);
}

// ---- guessing
// -------------------------------------------------------------------------------------
QMap<QString, int> guessMapping(TableKind t, const QStringList &header)
{
    QMap<QString, int> map;
    QStringList norm;
    for (const QString &h : header)
        norm << normalised(h);
    for (const QString &column : columns(t)) {
        int at = int(norm.indexOf(column));
        if (at < 0)
            for (const QString &alias : aliases(column))
                if (int a = int(norm.indexOf(alias)); a >= 0 && !map.values().contains(a)) {
                    at = a;
                    break;
                }
        if (at >= 0 && !map.values().contains(at))
            map.insert(column, at);
    }
    return map;
}

std::optional<TableKind> guessTable(const QString &path, const QStringList &header)
{
    const QString base = QFileInfo(path).completeBaseName().toLower();
    for (const TableSpec &s : specs()) {
        const QString stem = QFileInfo(QString::fromLatin1(s.file)).completeBaseName();
        if (base == stem || base == stem.chopped(1) || base.endsWith(QLatin1Char('_') + stem)
            || base.endsWith(QLatin1Char('-') + stem))
            return s.kind;
    }
    // By the columns: the table whose columns the header matches best.
    std::optional<TableKind> best;
    int bestScore = 1;
    for (const TableSpec &s : specs()) {
        const QMap<QString, int> m = guessMapping(s.kind, header);
        bool required = true;
        for (const QString &r : s.required)
            required = required && m.contains(r);
        if (!required)
            continue;
        int exact = 0;
        for (const QString &h : header)
            exact += s.columns.contains(normalised(h)) ? 1 : 0;
        const int score = exact * 10 + int(m.size());
        if (score > bestScore) {
            bestScore = score;
            best = s.kind;
        }
    }
    return best;
}

FilePreview previewFile(const QString &path, std::optional<QChar> delimiter, int rows)
{
    FilePreview p;
    p.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        p.error
            = tr("Cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return p;
    }
    Csv::Reader reader(&file, Csv::Reader::Options {delimiter});
    Csv::Record r;
    bool header = true;
    while (reader.next(r)) {
        if (header) {
            p.header = r.fields;
            header = false;
            continue;
        }
        p.rows << r.fields;
        if (p.rows.size() >= rows)
            break;
    }
    p.delimiter = reader.delimiter();
    p.encoding = Csv::encodingName(reader.encoding());
    p.warnings = reader.warnings();
    p.error = reader.error();
    p.table = guessTable(path, p.header);
    if (p.table)
        p.mapping = guessMapping(*p.table, p.header);
    return p;
}

// ---- importing
// ---------------------------------------------------------------------------------------
namespace {

class Importer {
public:
    Importer(const PlanContent &base, const ImportOptions &options, const Progress &progress,
        const std::atomic_bool *cancel)
        : m_options(options)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_plan(base)
    {
    }

    ImportResult run(const QStringList &paths)
    {
        // Folders stand for the CSV files in them.
        QStringList files;
        for (const QString &p : paths) {
            const QFileInfo info(p);
            if (info.isDir()) {
                for (const QFileInfo &f :
                    QDir(p).entryInfoList(
                        {QStringLiteral("*.csv"), QStringLiteral("*.txt"), QStringLiteral("*.tsv")},
                        QDir::Files, QDir::Name))
                    files << f.filePath();
            } else if (!info.exists()) {
                m_r.fatal = tr("“%1” does not exist.").arg(QDir::toNativeSeparators(p));
                return std::move(m_r);
            } else {
                files << p;
            }
        }
        if (files.isEmpty()) {
            m_r.fatal = tr("There are no CSV files to import.");
            return std::move(m_r);
        }
        // Which table each file holds, from its name or its header; then in dependency order.
        std::vector<std::pair<TableKind, QString>> work;
        for (const QString &f : files) {
            std::optional<TableKind> kind = m_options.tables.contains(f)
                ? std::optional(m_options.tables.value(f))
                : std::nullopt;
            if (!kind) {
                const FilePreview p = previewFile(f, m_options.delimiter, 0);
                if (!p.error.isEmpty()) {
                    m_r.fatal = p.error;
                    return std::move(m_r);
                }
                kind = p.table;
            }
            if (!kind) {
                m_r.fatal = tr("“%1”: cannot tell which table this is. Name it like "
                               "initiatives.csv, or give it the columns of one (see the export).")
                                .arg(QFileInfo(f).fileName());
                return std::move(m_r);
            }
            work.emplace_back(*kind, f);
            m_total += QFileInfo(f).size();
        }
        std::stable_sort(work.begin(), work.end(),
            [](const auto &a, const auto &b) { return int(a.first) < int(b.first); });
        rebuildIndexes();
        for (const auto &[kind, file] : work) {
            if (!readFile(kind, file))
                break;
        }
        resolveGoalParents();
        resolveSystemDeps();
        m_r.plan = m_plan.content();
        return std::move(m_r);
    }

private:
    // ---- per file ----
    bool readFile(TableKind kind, const QString &path)
    {
        if (kind > TableKind::Goals)
            resolveGoalParents();
        if (kind > TableKind::Systems)
            resolveSystemDeps();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_r.fatal = tr("Cannot open “%1”: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        Csv::Reader reader(&file, Csv::Reader::Options {m_options.delimiter});
        Csv::Record record;
        if (!reader.next(record)) {
            if (!reader.error().isEmpty())
                m_r.fatal
                    = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), reader.error());
            return reader.error().isEmpty();
        }
        for (const QString &w : reader.warnings())
            m_r.warnings << QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), w);
        m_file = path;
        m_header = record.fields;
        m_map = m_options.mappings.contains(path) ? m_options.mappings.value(path)
                                                  : guessMapping(kind, record.fields);
        for (const QString &req : spec(kind).required)
            if (!m_map.contains(req)) {
                m_r.errors << RowError {path, record.line, req,
                    tr("this column is missing; the file needs %1.")
                        .arg(spec(kind).required.join(QStringLiteral(", ")))};
                return true;
            }
        qint64 count = 0;
        while (reader.next(record)) {
            if (++count % 512 == 0) {
                if (m_cancel && m_cancel->load()) {
                    m_r.cancelled = true;
                    return false;
                }
                if (m_progress)
                    m_progress(m_done + reader.bytesRead(), m_total);
            }
            bool blank = true;
            for (const QString &f : record.fields)
                blank = blank && f.trimmed().isEmpty();
            if (blank)
                continue;
            m_line = record.line;
            m_fields = record.fields;
            ++m_r.rows;
            readRow(kind);
        }
        if (!reader.error().isEmpty())
            m_r.errors << RowError {path, 0, QString(), reader.error()};
        m_done += QFileInfo(path).size();
        if (m_progress)
            m_progress(m_done, m_total);
        return true;
    }

    // ---- cells ----
    bool has(const QString &column) const
    {
        return m_map.contains(column) && m_map.value(column) < m_fields.size();
    }
    QString raw(const QString &column) const
    {
        return has(column) ? m_fields.value(m_map.value(column)) : QString();
    }
    QString text(const QString &column) const { return Csv::unneutralise(raw(column)); }
    QString cell(const QString &column) const { return raw(column).trimmed(); }

    void fail(const QString &column, const QString &reason)
    {
        m_r.errors << RowError {m_file, m_line, column, reason};
        m_rowOk = false;
    }

    std::optional<int> integer(const QString &column, int min, int max)
    {
        const QString t = cell(column);
        bool ok = false;
        const int v = t.toInt(&ok);
        if (!ok || v < min || v > max) {
            fail(column, tr("“%1” is not a whole number from %2 to %3.").arg(t).arg(min).arg(max));
            return std::nullopt;
        }
        return v;
    }

    std::optional<Money> money(const QString &column)
    {
        const QString t = cell(column);
        // Cairn's own form first (plain digits, a point, the currency's decimals): exact even
        // where the lenient reading must refuse, such as 12.345 dinars of 1,000 fils.
        static const QRegularExpression plain(QStringLiteral(R"(^(\d+)(?:\.(\d+))?$)"));
        const int digits = m_plan.info().currency.minorDigits();
        if (const auto m = plain.match(t); m.hasMatch() && m.captured(2).size() <= digits) {
            bool ok = false;
            const qint64 major = m.captured(1).toLongLong(&ok);
            const QString fraction = m.captured(2).leftJustified(digits, QLatin1Char('0'));
            if (ok
                && major < std::numeric_limits<qint64>::max() / 1000
                        / m_plan.info().currency.minorPerMajor())
                return Money(major * m_plan.info().currency.minorPerMajor()
                    + (digits > 0 ? fraction.toLongLong() : 0));
        }
        const auto m = Money::parse(t, m_plan.info().currency);
        if (!m || m->minorUnits() < 0) {
            fail(column, tr("“%1” is not an amount of money.").arg(t));
            return std::nullopt;
        }
        return m;
    }

    // An empty cell clears an optional quarter; text that is not a quarter is an error.
    bool optionalQuarter(const QString &column, std::optional<Quarter> &out)
    {
        if (!has(column))
            return true;
        const QString t = cell(column);
        if (t.isEmpty()) {
            out.reset();
            return true;
        }
        const auto q = parseQuarterCell(t, m_plan.info().fiscalYearStartMonth);
        if (!q) {
            fail(column,
                tr("“%1” is not a quarter (write 2027 Q3, Q3 2027, 2027-Q3 or a date such as "
                   "2027-08-15).")
                    .arg(t));
            return false;
        }
        out = q;
        return true;
    }

    template<class E> bool choice(const QString &column, E &out)
    {
        if (!has(column) || cell(column).isEmpty())
            return true;
        const auto e = parseChoice<E>(cell(column));
        if (!e) {
            QStringList allowed;
            for (int i = 0; i < enumCount<E>(); ++i)
                allowed << toKey(static_cast<E>(i));
            fail(column,
                tr("“%1” is not one of %2.").arg(cell(column), allowed.join(QStringLiteral(", "))));
            return false;
        }
        out = *e;
        return true;
    }

    std::optional<qint64> amountFor(const QString &column, const Resource &r)
    {
        const QString t = cell(column);
        const auto a = parseAmount(m_plan.content(), r, t);
        if (!a) {
            fail(column,
                r.kind == ResourceKind::Budget ? tr("“%1” is not an amount of money.").arg(t)
                                               : tr("“%1” is not a number of FTE.").arg(t));
            return std::nullopt;
        }
        return a;
    }

    // ---- finding what a row refers to ----
    template<class T> void index(const std::vector<T> &list, QHash<QString, QList<qint64>> &byName)
    {
        byName.clear();
        for (const T &e : list)
            byName[e.name.trimmed().toCaseFolded()] << e.id.value;
    }
    void rebuildIndexes()
    {
        index(m_plan.goals(), m_goalNames);
        index(m_plan.systems(), m_systemNames);
        index(m_plan.initiatives(), m_initiativeNames);
        index(m_plan.resources(), m_resourceNames);
        index(m_plan.milestones(), m_milestoneNames);
    }

    // The entity a row of an entity table updates (0: a new one), by the chosen match.
    qint64 target(const QHash<QString, QList<qint64>> &byName,
        const std::function<bool(qint64)> &exists, const QString &name)
    {
        if (m_options.match == ImportOptions::Match::Id) {
            if (!has(QStringLiteral("id")) || cell(QStringLiteral("id")).isEmpty())
                return 0;
            bool ok = false;
            const qint64 id = cell(QStringLiteral("id")).toLongLong(&ok);
            if (!ok) {
                fail(
                    QStringLiteral("id"), tr("“%1” is not an id.").arg(cell(QStringLiteral("id"))));
                return -1;
            }
            return id > 0 && exists(id) && !m_added.contains(id) ? id
                                                                 : 0; // 0 or a new id: a new item
        }
        // Only what the plan held before the import is updated: two rows with the same name in
        // the files (two "Peak season" milestones) are two items.
        QList<qint64> ids = byName.value(name.trimmed().toCaseFolded());
        ids.removeIf([this](qint64 id) { return m_added.contains(id); });
        if (ids.size() > 1) {
            fail(QStringLiteral("name"),
                tr("more than one item is called “%1”; import by id instead.").arg(name));
            return -1;
        }
        return ids.isEmpty() ? 0 : ids.first();
    }

    // A reference by name to another entity, which must exist (once).
    qint64 reference(
        const QString &column, const QHash<QString, QList<qint64>> &byName, const QString &what)
    {
        const QString name = text(column).trimmed();
        const QList<qint64> ids = byName.value(name.toCaseFolded());
        if (name.isEmpty()) {
            fail(column, tr("empty; it should name a %1.").arg(what));
            return 0;
        }
        if (ids.isEmpty()) {
            fail(column, tr("there is no %1 called “%2”.").arg(what, name));
            return 0;
        }
        if (ids.size() > 1) {
            fail(column, tr("more than one %1 is called “%2”.").arg(what, name));
            return 0;
        }
        return ids.first();
    }

    // The Plan keeps ids unique and its lookups O(1): adding and updating go through it.
    qint64 add(const Resource &v) { return m_plan.addResource(v).value; }
    qint64 add(const Goal &v) { return m_plan.addGoal(v).value; }
    qint64 add(const System &v) { return m_plan.addSystem(v).value; }
    qint64 add(const Initiative &v) { return m_plan.addInitiative(v).value; }
    qint64 add(const Milestone &v) { return m_plan.addMilestone(v).value; }
    void update(const Resource &v) { m_plan.updateResource(v); }
    void update(const Goal &v) { m_plan.updateGoal(v); }
    void update(const System &v) { m_plan.updateSystem(v); }
    void update(const Initiative &v) { m_plan.updateInitiative(v); }
    void update(const Milestone &v) { m_plan.updateMilestone(v); }

    template<class T>
    void store(
        T value, qint64 existing, QHash<QString, QList<qint64>> &byName, const QString &oldName)
    {
        if (!m_rowOk)
            return;
        if (existing > 0) {
            byName[oldName.trimmed().toCaseFolded()].removeAll(existing);
            update(value);
            ++m_r.updated;
        } else {
            // A new item keeps the id it has in the file when that id is free, so that an
            // export imported into a new plan exports again to the same bytes.
            bool ok = false;
            const qint64 fileId
                = has(QStringLiteral("id")) ? cell(QStringLiteral("id")).toLongLong(&ok) : 0;
            value.id.value = ok && fileId > 0 ? fileId : 0;
            qint64 id = add(value);
            if (id <= 0) { // that id is taken: a new one
                value.id.value = 0;
                id = add(value);
            }
            value.id.value = id;
            m_added.insert(id);
            ++m_r.added;
        }
        byName[value.name.trimmed().toCaseFolded()] << value.id.value;
    }

    // ---- rows ----
    void readRow(TableKind kind)
    {
        m_rowOk = true;
        switch (kind) {
        case TableKind::Plan:
            return planRow();
        case TableKind::Resources:
            return resourceRow();
        case TableKind::Goals:
            return goalRow();
        case TableKind::Systems:
            return systemRow();
        case TableKind::Initiatives:
            return initiativeRow();
        case TableKind::Milestones:
            return milestoneRow();
        case TableKind::ResourceCapacities:
            return capacityRow();
        case TableKind::Demands:
            return demandRow();
        case TableKind::GoalContributions:
            return contributionRow();
        case TableKind::SystemImpacts:
            return impactRow();
        case TableKind::Dependencies:
            return dependencyRow();
        }
    }

    void planRow()
    {
        PlanInfo info = m_plan.info();
        const QString field = cell(QStringLiteral("field")).toLower();
        const QString value = text(QStringLiteral("value"));
        const QString v = value.trimmed();
        bool ok = true;
        if (field == QLatin1String("name"))
            info.name = value;
        else if (field == QLatin1String("organisation") || field == QLatin1String("organization"))
            info.organisation = value;
        else if (field == QLatin1String("author"))
            info.author = value;
        else if (field == QLatin1String("notes"))
            info.notes = value;
        else if (field == QLatin1String("currency")) {
            if (Currency::isValidCode(v.toUpper()))
                info.currency.code = v.toUpper();
            else
                fail(
                    QStringLiteral("value"), tr("“%1” is not a currency code such as EUR.").arg(v));
        } else if (field == QLatin1String("fiscal_year_start_month")) {
            const int m = v.toInt(&ok);
            if (ok && m >= 1 && m <= 12)
                info.fiscalYearStartMonth = m;
            else
                fail(QStringLiteral("value"), tr("“%1” is not a month from 1 to 12.").arg(v));
        } else if (field == QLatin1String("first_quarter")) {
            if (const auto q = parseQuarterCell(v, info.fiscalYearStartMonth))
                info.firstQuarter = *q;
            else
                fail(QStringLiteral("value"), tr("“%1” is not a quarter.").arg(v));
        } else if (field == QLatin1String("horizon")) {
            const int h = v.toInt(&ok);
            if (ok && h >= 1 && h <= 80)
                info.horizon = h;
            else
                fail(QStringLiteral("value"),
                    tr("“%1” is not a number of quarters from 1 to 80.").arg(v));
        } else {
            fail(QStringLiteral("field"), tr("unknown plan setting “%1”.").arg(field));
        }
        if (m_rowOk)
            m_plan.setInfo(info);
    }

    void resourceRow()
    {
        const QString name = text(QStringLiteral("name")).trimmed();
        if (name.isEmpty())
            return fail(QStringLiteral("name"), tr("a resource needs a name."));
        const qint64 existing = target(
            m_resourceNames,
            [this](qint64 id) { return m_plan.resource(ResourceId {id}) != nullptr; }, name);
        if (existing < 0)
            return;
        Resource r = existing > 0 ? *m_plan.resource(ResourceId {existing}) : Resource {};
        const QString oldName = r.name;
        r.name = name;
        choice(QStringLiteral("kind"), r.kind);
        if (has(QStringLiteral("default_capacity"))
            && !cell(QStringLiteral("default_capacity")).isEmpty())
            if (const auto a = amountFor(QStringLiteral("default_capacity"), r))
                r.defaultCapacity = *a;
        if (has(QStringLiteral("notes")))
            r.notes = text(QStringLiteral("notes"));
        store(r, existing, m_resourceNames, oldName);
    }

    void goalRow()
    {
        const QString name = text(QStringLiteral("name")).trimmed();
        if (name.isEmpty())
            return fail(QStringLiteral("name"), tr("a goal needs a name."));
        const qint64 existing = target(
            m_goalNames, [this](qint64 id) { return m_plan.goal(GoalId {id}) != nullptr; }, name);
        if (existing < 0)
            return;
        Goal g = existing > 0 ? *m_plan.goal(GoalId {existing}) : Goal {};
        const QString oldName = g.name;
        g.name = name;
        if (has(QStringLiteral("description")))
            g.description = text(QStringLiteral("description"));
        if (has(QStringLiteral("weight")) && !cell(QStringLiteral("weight")).isEmpty())
            if (const auto w = integer(QStringLiteral("weight"), 1, 5))
                g.weight = *w;
        if (has(QStringLiteral("owner")))
            g.owner = text(QStringLiteral("owner"));
        optionalQuarter(QStringLiteral("target_quarter"), g.targetQuarter);
        if (has(QStringLiteral("kpi")))
            g.kpi = text(QStringLiteral("kpi"));
        if (has(QStringLiteral("parent"))) {
            // The parent may come later in the file: resolved once every goal is read.
            g.parent.reset();
            if (!cell(QStringLiteral("parent")).isEmpty())
                m_goalParents.append(
                    {name, text(QStringLiteral("parent")).trimmed(), m_file, m_line});
        }
        store(g, existing, m_goalNames, oldName);
    }

    void systemRow()
    {
        const QString name = text(QStringLiteral("name")).trimmed();
        if (name.isEmpty())
            return fail(QStringLiteral("name"), tr("a system needs a name."));
        const qint64 existing = target(
            m_systemNames, [this](qint64 id) { return m_plan.system(SystemId {id}) != nullptr; },
            name);
        if (existing < 0)
            return;
        System s = existing > 0 ? *m_plan.system(SystemId {existing}) : System {};
        const QString oldName = s.name;
        s.name = name;
        for (const auto &[column, field] :
            {std::pair {QStringLiteral("category"), &System::category},
                {QStringLiteral("vendor"), &System::vendor},
                {QStringLiteral("owner"), &System::owner}})
            if (has(column))
                s.*field = text(column);
        if (has(QStringLiteral("criticality")) && !cell(QStringLiteral("criticality")).isEmpty())
            if (const auto v = integer(QStringLiteral("criticality"), 1, 5))
                s.criticality = *v;
        if (has(QStringLiteral("condition")) && !cell(QStringLiteral("condition")).isEmpty())
            if (const auto v = integer(QStringLiteral("condition"), 1, 5))
                s.condition = *v;
        if (has(QStringLiteral("annual_run_cost"))
            && !cell(QStringLiteral("annual_run_cost")).isEmpty())
            if (const auto m = money(QStringLiteral("annual_run_cost")))
                s.annualRunCost = *m;
        choice(QStringLiteral("lifecycle"), s.lifecycle);
        choice(QStringLiteral("disposition"), s.disposition);
        optionalQuarter(QStringLiteral("end_of_support"), s.endOfSupport);
        if (has(QStringLiteral("depends_on"))) {
            // Systems later in the file may be named: resolved once every system is read.
            m_systemDeps.append({name, text(QStringLiteral("depends_on")), m_file, m_line});
        }
        store(s, existing, m_systemNames, oldName);
    }

    void initiativeRow()
    {
        const QString name = text(QStringLiteral("name")).trimmed();
        if (name.isEmpty())
            return fail(QStringLiteral("name"), tr("an initiative needs a name."));
        const qint64 existing = target(
            m_initiativeNames,
            [this](qint64 id) { return m_plan.initiative(InitiativeId {id}) != nullptr; }, name);
        if (existing < 0)
            return;
        Initiative i = existing > 0 ? *m_plan.initiative(InitiativeId {existing}) : Initiative {};
        const QString oldName = i.name;
        i.name = name;
        if (has(QStringLiteral("description")))
            i.description = text(QStringLiteral("description"));
        choice(QStringLiteral("kind"), i.kind);
        choice(QStringLiteral("status"), i.status);
        if (has(QStringLiteral("duration")) && !cell(QStringLiteral("duration")).isEmpty())
            if (const auto v = integer(QStringLiteral("duration"), 0, 40))
                i.duration = *v;
        if (has(QStringLiteral("cost")) && !cell(QStringLiteral("cost")).isEmpty())
            if (const auto m = money(QStringLiteral("cost")))
                i.cost = *m;
        optionalQuarter(QStringLiteral("earliest_start"), i.earliestStart);
        optionalQuarter(QStringLiteral("deadline"), i.deadline);
        optionalQuarter(QStringLiteral("pin"), i.pin);
        for (const auto &[column, field, lo, hi] :
            {std::tuple {QStringLiteral("value"), &Initiative::value, 0, 100},
                {QStringLiteral("confidence"), &Initiative::confidence, 0, 100},
                {QStringLiteral("risk"), &Initiative::risk, 1, 5}})
            if (has(column) && !cell(column).isEmpty())
                if (const auto v = integer(column, lo, hi))
                    i.*field = *v;
        store(i, existing, m_initiativeNames, oldName);
    }

    void milestoneRow()
    {
        const QString name = text(QStringLiteral("name")).trimmed();
        if (name.isEmpty())
            return fail(QStringLiteral("name"), tr("a milestone needs a name."));
        const qint64 existing = target(
            m_milestoneNames,
            [this](qint64 id) { return m_plan.milestone(MilestoneId {id}) != nullptr; }, name);
        if (existing < 0)
            return;
        Milestone m = existing > 0 ? *m_plan.milestone(MilestoneId {existing}) : Milestone {};
        const QString oldName = m.name;
        m.name = name;
        std::optional<Quarter> q;
        if (!optionalQuarter(QStringLiteral("quarter"), q))
            return;
        if (!q)
            return fail(QStringLiteral("quarter"), tr("a milestone needs a quarter."));
        m.quarter = *q;
        if (has(QStringLiteral("description")))
            m.description = text(QStringLiteral("description"));
        store(m, existing, m_milestoneNames, oldName);
    }

    std::optional<Resource> resourceNamed(const QString &column)
    {
        const Resource *r
            = m_plan.resource(ResourceId {reference(column, m_resourceNames, tr("resource"))});
        return r ? std::optional<Resource>(*r) : std::nullopt;
    }

    void capacityRow()
    {
        std::optional<Resource> r = resourceNamed(QStringLiteral("resource"));
        std::optional<Quarter> q;
        optionalQuarter(QStringLiteral("quarter"), q);
        if (!q && m_rowOk)
            fail(QStringLiteral("quarter"), tr("empty; it should be a quarter."));
        if (!r || !m_rowOk)
            return;
        if (const auto a = amountFor(QStringLiteral("capacity"), *r)) {
            r->capacities.insert(*q, *a);
            m_plan.updateResource(*r);
            ++m_r.links;
        }
    }

    void demandRow()
    {
        const Initiative *found = m_plan.initiative(InitiativeId {
            reference(QStringLiteral("initiative"), m_initiativeNames, tr("initiative"))});
        const std::optional<Resource> r = resourceNamed(QStringLiteral("resource"));
        if (!found || !r || !m_rowOk)
            return;
        if (const auto a = amountFor(QStringLiteral("amount"), *r)) {
            Initiative i = *found;
            i.demand.insert(r->id, *a);
            m_plan.updateInitiative(i);
            ++m_r.links;
        }
    }

    void contributionRow()
    {
        const qint64 i
            = reference(QStringLiteral("initiative"), m_initiativeNames, tr("initiative"));
        const qint64 g = reference(QStringLiteral("goal"), m_goalNames, tr("goal"));
        int strength = 3;
        if (has(QStringLiteral("strength")) && !cell(QStringLiteral("strength")).isEmpty())
            strength = integer(QStringLiteral("strength"), 1, 5).value_or(3);
        if (!m_rowOk)
            return;
        m_plan.setContribution({InitiativeId {i}, GoalId {g}, strength}); // adds or replaces
        ++m_r.links;
    }

    void impactRow()
    {
        const qint64 i
            = reference(QStringLiteral("initiative"), m_initiativeNames, tr("initiative"));
        const qint64 s = reference(QStringLiteral("system"), m_systemNames, tr("system"));
        SystemEffect effect = SystemEffect::Upgrades;
        choice(QStringLiteral("effect"), effect);
        if (!m_rowOk)
            return;
        m_plan.setImpact({InitiativeId {i}, SystemId {s}, effect}); // adds or replaces
        ++m_r.links;
    }

    void dependencyRow()
    {
        const qint64 a
            = reference(QStringLiteral("predecessor"), m_initiativeNames, tr("initiative"));
        const qint64 b
            = reference(QStringLiteral("successor"), m_initiativeNames, tr("initiative"));
        DependencyType type = DependencyType::FinishToStart;
        choice(QStringLiteral("type"), type);
        int lag = 0;
        if (has(QStringLiteral("lag")) && !cell(QStringLiteral("lag")).isEmpty())
            lag = integer(QStringLiteral("lag"), -20, 40).value_or(0);
        if (!m_rowOk)
            return;
        if (a == b)
            return fail(QString(), tr("an initiative cannot depend on itself."));
        const std::vector<Dependency> &list = m_plan.dependencies();
        const bool exists = std::any_of(list.begin(), list.end(), [&](const Dependency &d) {
            return d.predecessor.value == a && d.successor.value == b;
        });
        if (!exists) {
            // A dependency that would close a cycle is refused, with the cycle named. The graph
            // grows with the rows instead of being rebuilt for each one.
            if (!m_graphBuilt) {
                for (const Dependency &d : list)
                    m_graph.addEdge(d.predecessor.value, d.successor.value);
                m_graphBuilt = true;
            }
            const QList<qint64> cycle = m_graph.cycleIfAdded(a, b);
            if (!cycle.isEmpty())
                return fail(QString(),
                    tr("this dependency would close a cycle: %1.")
                        .arg(describeCycle(m_plan.content(), cycle)));
            m_graph.addEdge(a, b);
        }
        m_plan.setDependency({InitiativeId {a}, InitiativeId {b}, type, lag}); // adds or replaces
        ++m_r.links;
    }

    void resolveGoalParents()
    {
        for (const SystemDeps &d : std::as_const(m_goalParents)) {
            const QList<qint64> self = m_goalNames.value(d.system.toCaseFolded());
            const QList<qint64> parent = m_goalNames.value(d.names.toCaseFolded());
            if (parent.size() != 1) {
                m_r.errors << RowError {d.file, d.line, QStringLiteral("parent"),
                    parent.isEmpty() ? tr("there is no goal called “%1”.").arg(d.names)
                                     : tr("more than one goal is called “%1”.").arg(d.names)};
                continue;
            }
            if (self.size() != 1 || parent.first() == self.first())
                continue;
            Goal g = *m_plan.goal(GoalId {self.first()});
            g.parent = GoalId {parent.first()};
            m_plan.updateGoal(g);
        }
        m_goalParents.clear();
    }

    void resolveSystemDeps()
    {
        if (m_systemDeps.isEmpty())
            return;
        const QString file = m_file;
        const qint64 line = m_line;
        for (const SystemDeps &d : std::as_const(m_systemDeps)) {
            const QList<qint64> self = m_systemNames.value(d.system.toCaseFolded());
            if (self.size() != 1)
                continue;
            QList<SystemId> deps;
            m_file = d.file;
            m_line = d.line;
            for (const QString &n :
                d.names.split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts)) {
                const QList<qint64> ids = m_systemNames.value(n.trimmed().toCaseFolded());
                if (ids.size() != 1) {
                    m_r.errors << RowError {d.file, d.line, QStringLiteral("depends_on"),
                        tr("there is no system called “%1”.").arg(n.trimmed())};
                    continue;
                }
                deps << SystemId {ids.first()};
            }
            System sys = *m_plan.system(SystemId {self.first()});
            sys.dependsOn = deps;
            m_plan.updateSystem(sys);
        }
        m_systemDeps.clear();
        m_file = file;
        m_line = line;
    }

    struct SystemDeps {
        QString system;
        QString names;
        QString file;
        qint64 line;
    };

    const ImportOptions &m_options;
    const Progress &m_progress;
    const std::atomic_bool *m_cancel;
    ImportResult m_r;
    Plan m_plan; // the copy being imported into; m_r.plan at the end
    QString m_file;
    QStringList m_header;
    QMap<QString, int> m_map;
    QStringList m_fields;
    qint64 m_line = 0;
    bool m_rowOk = true;
    qint64 m_total = 0;
    qint64 m_done = 0;
    QHash<QString, QList<qint64>> m_goalNames, m_systemNames, m_initiativeNames, m_resourceNames,
        m_milestoneNames;
    QList<SystemDeps> m_systemDeps;
    QList<SystemDeps> m_goalParents; // (goal, parent name)
    DependencyGraph m_graph;
    bool m_graphBuilt = false;
    QSet<qint64> m_added; // ids added by this import
};

} // namespace

ImportResult importFiles(const PlanContent &base, const QStringList &paths,
    const ImportOptions &options, const Progress &progress, const std::atomic_bool *cancel)
{
    Importer importer(base, options, progress, cancel);
    ImportResult r = importer.run(paths);
    return r;
}

} // namespace Cairn::Interchange
