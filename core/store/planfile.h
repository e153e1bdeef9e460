#pragma once

#include "core/domain/plan.h"

#include <QString>

#include <optional>

namespace Cairn {

// Why a file could not be read. Each has its own sentence in LoadResult::message.
enum class LoadError {
    None,
    NotFound,
    Unreadable, // permissions, a folder, an I/O error
    Empty, // zero bytes
    NotSqlite, // some other kind of file
    Truncated, // shorter than its own header says
    Corrupt, // SQLite reports damage
    NotAPlan, // an SQLite database, but not Cairn's
    NewerVersion, // written by a newer Cairn; readable only when allowed, then read-only
    BadContent, // Cairn's, but its rows break the plan's rules
};

struct LoadResult {
    std::optional<PlanContent> content;
    LoadError error = LoadError::None;
    QString message; // translated; names the file and the problem
    bool readOnly = false; // opened from a newer version: must not be written back
    int fileVersion = 0;
    bool migrated = false; // an older version was upgraded in memory (the file is untouched)

    bool ok() const { return content.has_value(); }
};

struct SaveResult {
    bool ok = false;
    QString message;
};

// Plan files: SQLite databases with Cairn's application_id and schema version.
//
// Loading never writes the file: an older version is migrated in a private copy. Saving writes a
// complete new database beside the target, checks it, syncs it to disk and renames it over the
// target, so a crash leaves either the old file or the new one.
class PlanFile {
public:
    struct LoadOptions {
        bool allowNewerVersion = false; // read a newer file read-only instead of refusing it
    };

    static LoadResult load(const QString &path);
    static LoadResult load(const QString &path, LoadOptions options);
    static SaveResult save(const PlanContent &plan, const QString &path);
};

} // namespace Cairn
