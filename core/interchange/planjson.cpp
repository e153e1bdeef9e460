#include "core/interchange/planjson.h"

#include "core/domain/fieldvalue.h"
#include "core/interchange/exporter.h"
#include "core/interchange/importer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cairn {

namespace {

QJsonValue jsonValue(const Interchange::Column &column, const QString &cell)
{
    if (column.field
        && (column.field->type == FieldType::Tags || column.field->type == FieldType::References)) {
        QJsonArray items;
        const QStringList parts = column.field->type == FieldType::Tags
            ? cell.split(QStringLiteral(", "), Qt::SkipEmptyParts)
            : splitNames(cell);
        for (const QString &item : parts)
            items << item;
        return items;
    }
    switch (column.cellType()) {
    case Interchange::CellType::Integer:
        return QJsonValue(cell.toLongLong());
    case Interchange::CellType::Amount:
        return QJsonValue(cell.toDouble());
    default:
        return QJsonValue(cell);
    }
}

} // namespace

PlanJsonResult readPlanJson(const QByteArray &json)
{
    PlanJsonResult r;
    const Interchange::ImportResult imported = Interchange::importJson(PlanContent {}, json);
    if (!imported.fatal.isEmpty()) {
        r.error = imported.fatal;
        return r;
    }
    if (!imported.errors.isEmpty()) {
        QStringList problems;
        for (const Interchange::RowError &e : imported.errors)
            problems << e.message();
        r.error = problems.join(QLatin1Char('\n'));
        return r;
    }
    r.content = imported.plan;
    return r;
}

QByteArray writePlanJson(const PlanContent &plan, const PlanSchedule *schedule)
{
    QJsonObject root;
    for (const Interchange::ExportTable &t : Interchange::exportTables(plan, schedule)) {
        const Interchange::TableSpec &spec = Interchange::tableSpec(t.kind);
        if (spec.keyValue) {
            QJsonObject settings;
            for (const QStringList &row : t.rows) {
                const Interchange::Column setting {
                    row.value(0), Interchange::planSetting(row.value(0))};
                settings.insert(row.value(0), jsonValue(setting, row.value(1)));
            }
            root.insert(spec.stem, settings);
            continue;
        }
        QJsonArray rows;
        for (const QStringList &row : t.rows) {
            QJsonObject o;
            for (qsizetype c = 0; c < t.header.size() && c < row.size(); ++c) {
                if (row[c].isEmpty())
                    continue; // nothing to say: the field keeps its default
                o.insert(t.header[c], jsonValue(*spec.column(t.header[c]), row[c]));
            }
            rows << o;
        }
        root.insert(spec.stem, rows);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Cairn
