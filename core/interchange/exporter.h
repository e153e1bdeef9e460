#pragma once

#include "core/interchange/tables.h"

#include <QDir>

namespace Cairn {
struct PlanSchedule;
}

namespace Cairn::Interchange {

// One table of a plan as plain cells: quarters as labels, money and FTE as plain decimals,
// choices by key, references by name. They read back exactly.
struct ExportTable {
    TableKind kind;
    QStringList header;
    QList<CellType> types;
    QList<QStringList> rows;
};

// Every table of the plan, in the order an import reads them. With a schedule, the initiatives
// carry its start, finish, lateness, slack and why (worked out; an import ignores them).
QList<ExportTable> exportTables(const PlanContent &plan, const PlanSchedule *schedule = nullptr);

// One CSV per table in `dir` (UTF-8 with a byte order mark, CRLF, formula-like text
// neutralised). Returns the files written, or sets `error`.
QStringList writeCsv(const PlanContent &plan, const QDir &dir, QString *error,
    const PlanSchedule *schedule = nullptr);
QByteArray csvBytes(const ExportTable &table);

// An .xlsx workbook: a sheet per table, typed cells, frozen bold header, column widths. Text
// longer than a cell holds (32,767 characters) is cut with a marker and named in `warnings`.
// Returns the error, or nothing.
QString writeXlsx(const PlanContent &plan, const QString &path, QStringList *warnings = nullptr,
    const PlanSchedule *schedule = nullptr);

// The most characters an Excel cell holds.
inline constexpr int kExcelCellLimit = 32767;
// Text as an Excel cell keeps it: what reads as Excel's own _xHHHH_ escapes is escaped, and text
// over the limit is cut with a marker (then `cut` is set).
QString excelText(const QString &text, bool *cut = nullptr);

} // namespace Cairn::Interchange
