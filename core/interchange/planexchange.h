#pragma once

#include "core/domain/plan.h"

#include <QDir>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Cairn::Interchange {

// The tables a plan is exchanged as: one CSV (or one Excel sheet) each, headers in English with
// stable names, in the order an import needs them.
enum class TableKind {
    Plan,
    Resources,
    Goals,
    Systems,
    Initiatives,
    Milestones,
    ResourceCapacities,
    Demands,
    GoalContributions,
    SystemImpacts,
    Dependencies,
};
QList<TableKind> allTables();
QString fileName(TableKind t); // "initiatives.csv"
QString sheetName(TableKind t); // "Initiatives"
QString tableTitle(TableKind t); // translated, for the wizard
QStringList columns(TableKind t); // stable English names
QString columnTitle(TableKind t, const QString &column); // translated

// ---- export --------------------------------------------------------------------------------
enum class CellType { Text, Integer, Amount, Quarter, Choice };
struct ExportTable {
    TableKind kind;
    QStringList header;
    QList<CellType> types;
    QList<QStringList> rows; // plain values: quarters as labels, money and FTE as decimals
};
QList<ExportTable> exportTables(const PlanContent &plan);

// One CSV per table in `dir` (UTF-8 with a byte order mark, CRLF, formula-like text
// neutralised). Returns the files written, or sets `error`.
QStringList writeCsv(const PlanContent &plan, const QDir &dir, QString *error);
QByteArray csvBytes(const ExportTable &table);
// An .xlsx workbook: a sheet per table, typed cells, frozen bold header, column widths.
QString writeXlsx(const PlanContent &plan, const QString &path); // error or nothing

// ---- import --------------------------------------------------------------------------------
struct RowError {
    QString file;
    qint64 line = 0;
    QString column; // empty when the whole row is at fault
    QString reason;
    QString message() const; // "initiatives.csv, line 7, column “cost”: not an amount: “12x”"
};

struct ImportOptions {
    enum class Match { Id, Name };
    Match match = Match::Name; // which existing entity a row updates
    bool applyValid = false; // take the good rows even when some are bad
    std::optional<QChar> delimiter; // detected per file when not given
    // Per file (its path): the table it holds (else guessed from its name and header) and, per
    // column name, the index of the file's column to read it from (else matched by header).
    QMap<QString, TableKind> tables;
    QMap<QString, QMap<QString, int>> mappings;
};

struct ImportResult {
    PlanContent plan; // the plan with the import applied (valid rows only)
    QList<RowError> errors; // every bad row, by file and line
    QStringList warnings; // e.g. a file read as Windows-1252
    QString fatal; // a file that cannot be read at all
    bool cancelled = false;
    int added = 0;
    int updated = 0;
    int links = 0;
    int rows = 0;

    // Whether the plan may be replaced by `plan`: no fatal error, not cancelled, and no bad
    // row unless the caller asked for the valid rows.
    bool canApply(const ImportOptions &options) const
    {
        return fatal.isEmpty() && !cancelled && (errors.isEmpty() || options.applyValid);
    }
};

// What a file looks like, for the wizard: its table (guessed), delimiter, encoding, header and
// first rows, and how its columns map.
struct FilePreview {
    QString path;
    std::optional<TableKind> table;
    QChar delimiter;
    QString encoding;
    QStringList header;
    QList<QStringList> rows;
    QMap<QString, int> mapping; // column name -> file column, as guessed
    QStringList warnings;
    QString error;
};
FilePreview previewFile(
    const QString &path, std::optional<QChar> delimiter = std::nullopt, int rows = 8);
std::optional<TableKind> guessTable(const QString &path, const QStringList &header);
QMap<QString, int> guessMapping(TableKind t, const QStringList &header);

using Progress = std::function<void(qint64 done, qint64 total)>;
// Reads the files (CSVs, or the folder that holds them) into a copy of `base`. Nothing is
// changed unless the caller applies `result.plan` (as one undo step).
ImportResult importFiles(const PlanContent &base, const QStringList &paths,
    const ImportOptions &options, const Progress &progress = {},
    const std::atomic_bool *cancel = nullptr);

// Lenient reading of cell values, never guessing: nothing when the text is not clearly a value.
std::optional<Quarter> parseQuarterCell(const QString &text, int fiscalStartMonth);
template<class E> std::optional<E> parseChoice(const QString &text);

} // namespace Cairn::Interchange
