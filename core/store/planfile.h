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

// What a file on disk is at one moment, to notice when another program replaced or changed it
// (a save replaces the file, so its inode changes; an edit in place changes its size or time).
struct FileStamp {
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0;

    static FileStamp of(const QString &path); // follows symbolic links
    bool operator==(const FileStamp &) const = default;
};

struct LoadResult {
    std::optional<PlanContent> content;
    LoadError error = LoadError::None;
    QString message; // translated; names the file and the problem
    bool readOnly = false; // opened from a newer version: must not be written back
    int fileVersion = 0;
    bool migrated = false; // an older version was upgraded in memory (the file is untouched)
    FileStamp stamp; // the file as it was when reading began

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
//
// A plan reached through a symbolic link is read and written where the link points: the real
// file is replaced (keeping its permissions, and its owner where the system permits) and the
// link stays. A file without write permission is never replaced, even by root.
class PlanFile {
public:
    struct LoadOptions {
        bool allowNewerVersion = false; // read a newer file read-only instead of refusing it
    };
    struct SaveOptions {
        // Refuse to replace the file if it is no longer what was read (another program wrote it).
        std::optional<FileStamp> unchangedSince;
    };

    static LoadResult load(const QString &path);
    static LoadResult load(const QString &path, LoadOptions options);
    static SaveResult save(const PlanContent &plan, const QString &path);
    static SaveResult save(const PlanContent &plan, const QString &path, SaveOptions options);

    // The file a path names, symbolic links followed (also a link to a file not made yet).
    static QString realPath(const QString &path);
    // Why the plan at `path` may not be replaced (translated; empty when it may): read-only by its
    // permission bits (which root does not bypass here), or not writable by this user.
    static QString writeProblem(const QString &path);
    // Removes what saves of `path` by processes of this host that are no longer running left
    // beside it (".NAME.saving-…" and their journals). Returns how many files were removed.
    static int removeStaleTemporaries(const QString &path);

private:
    static LoadResult loadFrom(const QString &source, const QString &path, LoadOptions options);
};

} // namespace Cairn
