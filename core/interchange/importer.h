#pragma once

#include "core/interchange/tables.h"

#include <atomic>
#include <functional>

namespace Cairn::Interchange {

struct RowError {
    QString file;
    qint64 line = 0;
    QString column; // as the user knows it: the file's header, or the field's translated label
    QString reason; // translated
    // "initiatives.csv, line 7, column “Kosten”: “12x” is not an amount of money."
    QString message() const;
};

struct ImportOptions {
    enum class Match { Id, Name };
    Match match = Match::Name; // which existing entity a row updates
    bool applyValid = false; // take the good rows even when some are bad
    std::optional<QChar> delimiter; // detected per file when not given
    // Per file (its path): the table it holds (else guessed from its name and header) and, per
    // column key, the index of the file's column to read it from (else matched by header).
    QMap<QString, TableKind> tables;
    QMap<QString, QMap<QString, int>> mappings;
};

struct ImportResult {
    PlanContent plan; // the plan with the import applied (good rows only)
    QList<RowError> errors; // every problem, by file, line and column
    QStringList warnings; // columns not imported, a file read as Windows-1252, ...
    QStringList notes; // what was left out on purpose (worked-out columns)
    QString fatal; // a file that cannot be read at all
    bool cancelled = false;
    // Every row read is exactly one of these.
    int rows = 0; // rows read (blank rows are not rows)
    int badRows = 0; // rows with at least one problem: nothing of them was taken
    int added = 0; // new goals, systems, initiatives, resources, milestones
    int updated = 0; // existing ones changed
    int unchanged = 0; // rows that say what the plan already says
    int links = 0; // links, capacities and demands added or changed
    int settings = 0; // plan settings changed

    // Whether the plan may be replaced by `plan`: no fatal error, not cancelled, and no bad
    // row unless the caller asked for the valid rows.
    bool canApply(const ImportOptions &options) const
    {
        return fatal.isEmpty() && !cancelled && (errors.isEmpty() || options.applyValid);
    }
    // "36 rows: 2 added, 1 updated, 30 unchanged, 3 links and amounts, 0 bad", translated.
    QString summary() const;
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
    QMap<QString, int> mapping; // column key -> file column, as guessed
    QStringList warnings;
    QString error;
};
FilePreview previewFile(
    const QString &path, std::optional<QChar> delimiter = std::nullopt, int rows = 8);

using Progress = std::function<void(qint64 done, qint64 total)>;
// Reads the files (CSVs, or the folders that hold them) into a copy of `base`. Nothing is
// changed unless the caller applies `result.plan` (as one undo step).
ImportResult importFiles(const PlanContent &base, const QStringList &paths,
    const ImportOptions &options, const Progress &progress = {},
    const std::atomic_bool *cancel = nullptr);

// Reads a plan's tables written as JSON (see writePlanJson) into a copy of `base`.
ImportResult importJson(
    const PlanContent &base, const QByteArray &json, const ImportOptions &options = {});

} // namespace Cairn::Interchange
