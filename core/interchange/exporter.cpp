#include "core/interchange/exporter.h"

#include "core/domain/fieldvalue.h"
#include "core/interchange/csv.h"
#include "core/scenario/scenarioplan.h"
#include "core/schedule/planscheduler.h"
#include "core/store/savewhole.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <xlsxwriter.h>

namespace Cairn::Interchange {

namespace {

// What a table is written against: the plan, its names by id and its resources' kinds.
struct Writing {
    const PlanContent &plan;
    // Names by id, made when a table first refers to something (initiatives alone need none).
    const NameIndex &names() const
    {
        if (!m_names)
            m_names = nameIndex(plan);
        return *m_names;
    }
    mutable std::optional<NameIndex> m_names;
    QHash<qint64, ResourceKind> resourceKinds = [this] {
        QHash<qint64, ResourceKind> kinds;
        for (const Resource &r : plan.resources)
            kinds.insert(r.id.value, r.kind);
        return kinds;
    }();
};

template<class T> void appendCells(QStringList &row, const Writing &w, const T &item)
{
    static const bool refers = std::any_of(
        schemaOf<T>().fields.begin(), schemaOf<T>().fields.end(), [](const FieldSpec &f) {
            return f.type == FieldType::Reference || f.type == FieldType::References;
        });
    const FieldContext context {w.plan,
        amountKindOf(
            item, [&w](qint64 id) { return w.resourceKinds.value(id, ResourceKind::Budget); }),
        refers ? &w.names() : nullptr};
    for (const Field<T> &f : schemaOf<T>().fields)
        if (f.type != FieldType::Details)
            row << cellText(f, f.get(item), context);
}

// Rows whose references all point at something (a link to nothing is not written).
template<class T> bool complete(const Writing &w, const T &item)
{
    for (const Field<T> &f : schemaOf<T>().fields) {
        if (f.type != FieldType::Reference || !f.required)
            continue;
        const auto it = w.names().constFind(f.get(item).toLongLong());
        if (it == w.names().cend() || it->first != f.target)
            return false;
    }
    return true;
}

QStringList scheduleCells(const PlanContent &plan, const PlanSchedule *schedule, InitiativeId id)
{
    const InitiativeSchedule *s = schedule ? schedule->find(id) : nullptr;
    if (!s)
        return {QString(), QString(), QString(), QString(), QString()};
    const QuarterStyle style = plan.info.quarterStyle();
    return {s->start ? s->start->label(style) : QString(),
        s->finish ? s->finish->label(style) : QString(),
        s->late ? QStringLiteral("yes") : QStringLiteral("no"),
        s->start ? QString::number(s->slack) : QString(), s->why};
}

QList<CellType> typesOf(const TableSpec &spec)
{
    QList<CellType> types;
    for (const Column &c : spec.columns)
        types << c.cellType();
    return types;
}

template<class T>
void addEntities(
    ExportTable &table, const Writing &w, const std::vector<T> &items, const PlanSchedule *schedule)
{
    for (const T &item : items) {
        QStringList row;
        row.reserve(table.header.size());
        row << QString::number(item.id.value);
        appendCells(row, w, item);
        if constexpr (std::is_same_v<T, Initiative>)
            if (schedule)
                row += scheduleCells(w.plan, schedule, item.id);
        table.rows << row;
    }
}

template<class T> void addRows(ExportTable &table, const Writing &w, const std::vector<T> &rows)
{
    for (const T &row : rows) {
        if (!complete(w, row))
            continue;
        QStringList cells;
        appendCells(cells, w, row);
        table.rows << cells;
    }
}

// An override names its item by name when the name is unique among its kind, else by id: a
// spreadsheet reads better, and an import into another copy of the plan finds the same item.
void addOverrides(ExportTable &table, const Writing &w)
{
    const int targetColumn = int(table.header.indexOf(QStringLiteral("target")));
    for (const ScenarioOverride &o : w.plan.overrides) {
        if (!complete(w, o))
            continue;
        QStringList cells;
        appendCells(cells, w, o);
        const EntityKind kind = entityKind(o.entity);
        const QString name = entityName(w.plan, kind, o.target);
        if (o.entity == ScenarioTarget::Plan)
            cells[targetColumn] = QString();
        else if (!name.isEmpty() && entitiesNamed(w.plan, kind, name).size() == 1)
            cells[targetColumn] = name;
        table.rows << cells;
    }
}

} // namespace

QList<ExportTable> exportTables(const PlanContent &plan, const PlanSchedule *schedule)
{
    QList<ExportTable> out;
    const Writing w {plan};
    for (const TableSpec &spec : tableSpecs()) {
        ExportTable t {spec.kind, columns(spec.kind), typesOf(spec), {}};
        if (spec.kind == TableKind::Initiatives && !schedule) {
            // Without a schedule there is nothing worked out to show.
            while (!t.header.isEmpty() && spec.column(t.header.last())->derived) {
                t.header.removeLast();
                t.types.removeLast();
            }
        }
        switch (spec.kind) {
        case TableKind::Plan: {
            const FieldContext context {plan};
            for (const Field<PlanInfo> &f : schemaOf<PlanInfo>().fields)
                t.rows << QStringList {f.keyText(), cellText(f, f.get(plan.info), context)};
            break;
        }
        case TableKind::Resources:
            addEntities(t, w, plan.resources, schedule);
            break;
        case TableKind::Goals:
            addEntities(t, w, plan.goals, schedule);
            break;
        case TableKind::Systems:
            addEntities(t, w, plan.systems, schedule);
            break;
        case TableKind::Initiatives:
            addEntities(t, w, plan.initiatives, schedule);
            break;
        case TableKind::Milestones:
            addEntities(t, w, plan.milestones, schedule);
            break;
        case TableKind::ResourceCapacities:
            addRows(t, w, capacityEntries(plan));
            break;
        case TableKind::Demands:
            addRows(t, w, demandEntries(plan));
            break;
        case TableKind::GoalContributions:
            addRows(t, w, plan.contributions);
            break;
        case TableKind::SystemImpacts:
            addRows(t, w, plan.impacts);
            break;
        case TableKind::Dependencies:
            addRows(t, w, plan.dependencies);
            break;
        case TableKind::ReferenceSchedule:
            addRows(t, w, plan.reference);
            break;
        case TableKind::Scenarios:
            addEntities(t, w, plan.scenarios, schedule);
            break;
        case TableKind::ScenarioOverrides:
            addOverrides(t, w);
            break;
        case TableKind::Baselines:
            addEntities(t, w, plan.baselines, schedule);
            break;
        case TableKind::BaselineEntries:
            addRows(t, w, plan.baselineEntries);
            break;
        case TableKind::Workshops:
            addEntities(t, w, plan.workshops, schedule);
            break;
        case TableKind::WorkshopEntries:
            addRows(t, w, plan.workshopEntries);
            break;
        case TableKind::Decisions:
            addRows(t, w, plan.decisions);
            break;
        case TableKind::Participants:
            addRows(t, w, plan.participants);
            break;
        case TableKind::Votes:
            addRows(t, w, plan.votes);
            break;
        case TableKind::Efforts:
            addRows(t, w, plan.efforts);
            break;
        }
        out << t;
    }
    return out;
}

QByteArray csvBytes(const ExportTable &t)
{
    QString text = Csv::line(t.header);
    for (const QStringList &row : t.rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                text += QLatin1Char(',');
            Csv::appendField(
                text, t.types.value(c) == CellType::Text ? Csv::neutralise(row[c]) : row[c]);
        }
        text += QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8(); // the BOM tells Excel it is UTF-8
}

QStringList writeCsv(
    const PlanContent &plan, const QDir &dir, QString *error, const PlanSchedule *schedule)
{
    QStringList files;
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        *error = QCoreApplication::translate("Cairn::Interchange", "Cannot create the folder “%1”.")
                     .arg(QDir::toNativeSeparators(dir.path()));
        return files;
    }
    for (const ExportTable &t : exportTables(plan, schedule)) {
        const QString path = dir.filePath(fileName(t.kind));
        if (const QString why = saveWhole(path, csvBytes(t)); !why.isEmpty()) {
            *error = QCoreApplication::translate("Cairn::Interchange", "Cannot write “%1”: %2")
                         .arg(QDir::toNativeSeparators(path), why);
            return files;
        }
        files << path;
    }
    return files;
}

QString excelText(const QString &text, bool *cut)
{
    // Excel reads _x0041_ in a cell as the character U+0041: an underscore written as _x005F_
    // keeps such text as it was typed.
    static const QRegularExpression escape(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    QString s = text;
    s.replace(escape, QStringLiteral("_x005F_\\1"));
    if (cut)
        *cut = false;
    if (s.size() > kExcelCellLimit) {
        const QString marker = QCoreApplication::translate(
            "Cairn::Interchange", " [… cut: %1 characters in all; see the CSV export]")
                                   .arg(text.size());
        s = s.left(kExcelCellLimit - marker.size()) + marker;
        if (cut)
            *cut = true;
    }
    return s;
}

namespace {
struct Formats {
    lxw_format *bold, *wrap, *amount, *top;
};

Formats addFormats(lxw_workbook *book, const PlanContent &plan)
{
    Formats f {workbook_add_format(book), workbook_add_format(book), workbook_add_format(book),
        workbook_add_format(book)};
    format_set_bold(f.bold);
    format_set_bottom(f.bold, LXW_BORDER_THIN);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    static const QByteArray twoPlaces("#,##0.00"), whole("#,##0");
    format_set_num_format(
        f.amount, (plan.info.currency.minorDigits() > 0 ? twoPlaces : whole).constData());
    format_set_align(f.amount, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(f.top, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

void writeSheet(lxw_workbook *book, const ExportTable &t, const Formats &f, QStringList *warnings)
{
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName(t.kind).toUtf8().constData());
    std::vector<qsizetype> widths(size_t(t.header.size()), 0);
    for (qsizetype c = 0; c < t.header.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), t.header[c].toUtf8().constData(), f.bold);
        widths[size_t(c)] = t.header[c].size();
    }
    lxw_row_t r = 1;
    for (const QStringList &row : t.rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString &v = row[c];
            if (v.isEmpty())
                continue;
            widths[size_t(c)] = std::max(widths[size_t(c)], std::min<qsizetype>(v.size(), 60));
            bool ok = false;
            const double number = v.toDouble(&ok);
            const CellType type = t.types.value(c);
            if ((type == CellType::Integer || type == CellType::Amount) && ok) {
                worksheet_write_number(
                    sheet, r, lxw_col_t(c), number, type == CellType::Amount ? f.amount : f.top);
                continue;
            }
            // Text cells are strings: Excel never runs them as formulas.
            bool cut = false;
            const QString text = excelText(v, &cut);
            if (cut && warnings)
                *warnings << QCoreApplication::translate("Cairn::Interchange",
                    "Sheet “%1”, row %2, column “%3”: the text has %4 characters, more than an "
                    "Excel cell holds (%5); it was cut there and marked. The CSV export keeps "
                    "all of it.")
                                 .arg(sheetName(t.kind))
                                 .arg(r + 1)
                                 .arg(t.header[c])
                                 .arg(v.size())
                                 .arg(kExcelCellLimit);
            worksheet_write_string(sheet, r, lxw_col_t(c), text.toUtf8().constData(),
                type == CellType::Text ? f.wrap : f.top);
        }
        ++r;
    }
    for (qsizetype c = 0; c < t.header.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
            double(std::max<qsizetype>(8, widths[size_t(c)] + 2)), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
}
} // namespace

QString writeXlsx(const PlanContent &plan, const QString &path, QStringList *warnings,
    const PlanSchedule *schedule)
{
    // libxlsxwriter writes to a file name; write beside the target and rename, so that a failure
    // never leaves half a workbook under the user's name.
    const QString temp = path + QStringLiteral(".part");
    if (!QFileInfo(path).absoluteDir().exists())
        return QCoreApplication::translate(
            "Cairn::Interchange", "Cannot write “%1”: the folder does not exist.")
            .arg(QDir::toNativeSeparators(path));
    lxw_workbook *book = workbook_new(QFile::encodeName(temp).constData());
    if (!book)
        return QCoreApplication::translate("Cairn::Interchange", "Cannot write “%1”.")
            .arg(QDir::toNativeSeparators(path));
    const Formats formats = addFormats(book, plan);
    for (const ExportTable &t : exportTables(plan, schedule))
        writeSheet(book, t, formats, warnings);
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        QFile::remove(temp);
        return QCoreApplication::translate("Cairn::Interchange", "Cannot write “%1”: %2")
            .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(result)));
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return QCoreApplication::translate("Cairn::Interchange", "Cannot write “%1”.")
            .arg(QDir::toNativeSeparators(path));
    }
    return {};
}

} // namespace Cairn::Interchange
