#include "core/store/planfile.h"

#include "core/store/planlock.h"
#include "core/store/planrows.h"
#include "core/store/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QVariant>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Cairn {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("cairn-planfile-%1").arg(counter.fetch_add(1));
}

// One named QSqlDatabase connection, removed again when this goes out of scope.
class Connection {
public:
    Connection()
        : m_name(newConnectionName())
    {
    }
    ~Connection() { close(); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool open(const QString &path, bool readOnly)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (readOnly)
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        return m_db.open();
    }
    void close()
    {
        if (m_db.isValid()) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

std::optional<QVariant> scalar(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0);
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QSqlError *error)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError();
            return false;
        }
    }
    return true;
}

bool fsyncPath(const QString &path, bool directory)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

LoadResult failure(LoadError error, const QString &path, const QString &reason)
{
    LoadResult r;
    r.error = error;
    r.message = QCoreApplication::translate("Cairn::PlanFile", "Cannot open “%1”: %2.")
                    .arg(QDir::toNativeSeparators(path), reason);
    return r;
}

quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16)
        | (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

// Checks the 100-byte SQLite header before SQLite itself sees the file.
std::optional<LoadResult> checkHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(LoadError::NotFound, path,
            QCoreApplication::translate("Cairn::PlanFile", "the file does not exist"));
    if (info.isDir())
        return failure(LoadError::Unreadable, path,
            QCoreApplication::translate("Cairn::PlanFile", "it is a folder, not a plan file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(LoadError::Unreadable, path,
            QCoreApplication::translate("Cairn::PlanFile", "the file cannot be read (%1)")
                .arg(file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return failure(LoadError::Empty, path,
            QCoreApplication::translate("Cairn::PlanFile", "the file is empty"));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic.left(qMin(header.size(), magic.size()))) || header.size() < 16)
        return failure(LoadError::NotSqlite, path,
            QCoreApplication::translate("Cairn::PlanFile", "it is not a Cairn plan file"));
    if (header.size() < 100)
        return failure(LoadError::Truncated, path,
            QCoreApplication::translate(
                "Cairn::PlanFile", "the file is cut short (%1 bytes); it may be an incomplete copy")
                .arg(size));
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 pageCount = bigEndian32(header, 28);
    const quint32 validFor = bigEndian32(header, 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)))
        return failure(LoadError::Corrupt, path,
            QCoreApplication::translate("Cairn::PlanFile", "its header is damaged"));
    if (validFor == changeCounter && pageCount > 0 && qint64(pageCount) * pageSize > size)
        return failure(LoadError::Truncated, path,
            QCoreApplication::translate("Cairn::PlanFile",
                "the file is cut short (%1 of %2 bytes); it may be an incomplete copy")
                .arg(size)
                .arg(qint64(pageCount) * pageSize));
    return std::nullopt;
}

} // namespace

LoadResult PlanFile::load(const QString &path)
{
    return load(path, LoadOptions {});
}

namespace {
// Whether the file is in SQLite's write-ahead-log mode (header bytes 18 and 19 are 2): a plan
// another program switched to it. Reading it in place would leave "-wal" and "-shm" beside it.
bool isWriteAheadLog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && (header.at(18) == 2 || header.at(19) == 2);
}

// A private copy of a write-ahead-log plan (with its log, if there is one: what it holds is
// part of the plan), turned back into a plain file. Empty when no copy could be made.
QString plainCopyOf(const QString &path, const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("reading.cairn"));
    const QString log = path + QStringLiteral("-wal");
    if (!dir.isValid() || !QFile::copy(path, copy)
        || (QFile::exists(log) && !QFile::copy(log, copy + QStringLiteral("-wal"))))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(copy + QStringLiteral("-wal"), QFile::ReadOwner | QFile::WriteOwner);
    Connection conn;
    if (!conn.open(copy, false))
        return {};
    QSqlQuery q(conn.db());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")))
        return {};
    return copy;
}
} // namespace

LoadResult PlanFile::load(const QString &path, LoadOptions options)
{
    const FileStamp stamp = FileStamp::of(path);
    if (auto bad = checkHeader(path))
        return *bad;
    if (isWriteAheadLog(path)) {
        const QTemporaryDir dir;
        const QString copy = plainCopyOf(path, dir);
        if (copy.isEmpty())
            return failure(LoadError::Unreadable, path,
                QCoreApplication::translate("Cairn::PlanFile", "no temporary copy could be made"));
        LoadResult r = loadFrom(copy, path, options);
        r.stamp = stamp;
        return r;
    }
    LoadResult r = loadFrom(path, path, options);
    r.stamp = stamp;
    return r;
}

// Reads the plan at `source`; messages name `path` (the user's file, of which source may be a
// private copy).
LoadResult PlanFile::loadFrom(const QString &source, const QString &path, LoadOptions options)
{
    Connection conn;
    if (!conn.open(source, true))
        return failure(LoadError::Unreadable, path,
            QCoreApplication::translate("Cairn::PlanFile", "the file cannot be opened (%1)")
                .arg(conn.db().lastError().text()));

    QString sqlError;
    const auto check = scalar(conn.db(), QStringLiteral("PRAGMA quick_check"), &sqlError);
    if (!check || check->toString() != QLatin1String("ok"))
        return failure(LoadError::Corrupt, path,
            QCoreApplication::translate("Cairn::PlanFile", "the file is damaged (%1)")
                .arg(check ? check->toString() : sqlError));
    const auto appId = scalar(conn.db(), QStringLiteral("PRAGMA application_id"));
    const auto version = scalar(conn.db(), QStringLiteral("PRAGMA user_version"));
    if (!appId || !version)
        return failure(LoadError::Corrupt, path,
            QCoreApplication::translate("Cairn::PlanFile", "the file is damaged"));
    if (appId->toInt() != Schema::ApplicationId)
        return failure(LoadError::NotAPlan, path,
            QCoreApplication::translate(
                "Cairn::PlanFile", "it is an SQLite database, but not a Cairn plan"));
    const int fileVersion = version->toInt();
    if (fileVersion < 1)
        return failure(LoadError::NotAPlan, path,
            QCoreApplication::translate("Cairn::PlanFile", "it has no plan schema version"));

    LoadResult result;
    result.fileVersion = fileVersion;
    if (fileVersion > Schema::CurrentVersion) {
        if (!options.allowNewerVersion) {
            LoadResult r = failure(LoadError::NewerVersion, path,
                QCoreApplication::translate("Cairn::PlanFile",
                    "it was written by a newer version of Cairn (file format "
                    "%1; this version reads up to %2)")
                    .arg(fileVersion)
                    .arg(Schema::CurrentVersion));
            r.fileVersion = fileVersion;
            return r;
        }
        result.readOnly = true;
    }

    PlanContent content;
    if (fileVersion < Schema::CurrentVersion) {
        // Migrate a private copy; the user's file stays as it is until they save.
        conn.close();
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("migrating.cairn"));
        if (!dir.isValid() || !QFile::copy(source, copy))
            return failure(LoadError::Unreadable, path,
                QCoreApplication::translate("Cairn::PlanFile", "no temporary copy could be made"));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Connection work;
        if (!work.open(copy, false))
            return failure(LoadError::Unreadable, path,
                QCoreApplication::translate("Cairn::PlanFile", "the copy could not be opened"));
        QSqlError error;
        work.db().transaction();
        for (int v = fileVersion; v < Schema::CurrentVersion; ++v) {
            if (!execAll(work.db(), Schema::migrationStatements(v), &error)) {
                work.db().rollback();
                return failure(LoadError::BadContent, path,
                    QCoreApplication::translate(
                        "Cairn::PlanFile", "it could not be upgraded from format %1 (%2)")
                        .arg(v)
                        .arg(error.text()));
            }
        }
        PlanRows reader(work.db(), SqlDialect::sqlite());
        const bool ok = reader.read(content);
        work.db().rollback();
        if (!ok)
            return failure(LoadError::BadContent, path, reader.error());
        result.migrated = true;
    } else {
        PlanRows reader(conn.db(), SqlDialect::sqlite());
        if (!reader.read(content))
            return failure(LoadError::BadContent, path, reader.error());
    }
    // Never reuse an id, whatever the file says.
    content.nextId = std::max(content.nextId, content.maxId() + 1);
    result.content = std::move(content);
    if (result.readOnly)
        result.message = QCoreApplication::translate("Cairn::PlanFile",
            "“%1” was written by a newer version of Cairn. It is open read-only; "
            "use Save As to keep a copy in this version's format.")
                             .arg(QDir::toNativeSeparators(path));
    return result;
}

namespace {
// "Cannot save “plan.cairn”: why."
SaveResult saveFailure(const QString &path, const QString &why)
{
    return {false,
        QCoreApplication::translate("Cairn::PlanFile", "Cannot save “%1”: %2.")
            .arg(QDir::toNativeSeparators(path), why)};
}

// What an SQLite failure while writing means to the user: a full disk and a failing disk are
// said as such (SQLite's primary result codes; Qt passes them as the native code).
QString writeProblemOf(const QSqlError &error)
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("Cairn::PlanFile", "the disk is full");
    case 10: // SQLITE_IOERR
        return QCoreApplication::translate(
            "Cairn::PlanFile", "the disk reported an error while writing (%1)")
            .arg(error.databaseText());
    case 19: // SQLITE_CONSTRAINT
        return QCoreApplication::translate(
            "Cairn::PlanFile", "the plan's links are inconsistent (%1)")
            .arg(error.databaseText());
    default:
        return error.text();
    }
}

// ".plan.cairn.saving-HOST-PID-N": the host and process that write it, so that what a killed
// save left behind can be told from a save in progress elsewhere.
QString temporaryPathFor(const QFileInfo &target)
{
    static std::atomic<int> counter {0};
    QString host = QSysInfo::machineHostName();
    host.replace(QLatin1Char('/'), QLatin1Char('_'));
    return target.absoluteDir().filePath(QStringLiteral(".%1.saving-%2-%3-%4")
                                             .arg(target.fileName(), host)
                                             .arg(QCoreApplication::applicationPid())
                                             .arg(counter.fetch_add(1)));
}

// Gives the new file the permissions of the one it replaces, and its owner and group where
// this process may (root may; others may give it a group they belong to).
void keepModeAndOwner(const QString &temp, const struct stat &original)
{
    const QByteArray native = QFile::encodeName(temp);
    struct stat now { };
    if (::stat(native.constData(), &now) != 0)
        return;
    if ((now.st_uid != original.st_uid || now.st_gid != original.st_gid)
        && ::chown(native.constData(), original.st_uid, original.st_gid) != 0
        && ::chown(native.constData(), uid_t(-1), original.st_gid) != 0) {
        // Neither could be kept: the new file is the saver's, as any file it makes.
    }
    ::chmod(native.constData(), original.st_mode & 07777); // after chown, which may clear bits
}

// Writes, checks and syncs a complete new plan database at `temp`. Empty when it worked.
QString writeDatabase(const PlanContent &plan, const QString &temp)
{
    Connection conn;
    if (!conn.open(temp, false))
        return writeProblemOf(conn.db().lastError());
    QSqlDatabase &db = conn.db();
    QSqlError error;
    const QStringList pragmas = {
        // Text kept as Qt holds it: SQLite then neither converts each value read (to UTF-16)
        // nor each value written (to UTF-8). Set before the first table; files in UTF-8 read
        // as well.
        QStringLiteral("PRAGMA encoding='UTF-16le'"),
        QStringLiteral("PRAGMA journal_mode=DELETE"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA application_id=%1").arg(Schema::ApplicationId),
        QStringLiteral("PRAGMA user_version=%1").arg(Schema::CurrentVersion),
    };
    if (!execAll(db, pragmas, &error))
        return writeProblemOf(error);
    if (!db.transaction())
        return writeProblemOf(db.lastError());
    PlanRows writer(db, SqlDialect::sqlite());
    if (!execAll(db, Schema::createStatements(), &error) || !writer.write(plan)) {
        db.rollback();
        return error.isValid() ? writeProblemOf(error) : writer.error();
    }
    if (!db.commit()) {
        const QSqlError why = db.lastError();
        db.rollback();
        return writeProblemOf(why);
    }
    QString text;
    const auto integrity = scalar(db, QStringLiteral("PRAGMA integrity_check"), &text);
    if (!integrity || integrity->toString() != QLatin1String("ok"))
        return QCoreApplication::translate(
            "Cairn::PlanFile", "the written file did not pass its integrity check");
    return {};
}
} // namespace

FileStamp FileStamp::of(const QString &path)
{
    FileStamp s;
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return s;
    s.exists = true;
    s.device = quint64(st.st_dev);
    s.inode = quint64(st.st_ino);
    s.size = qint64(st.st_size);
    s.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return s;
}

QString PlanFile::realPath(const QString &path)
{
    QFileInfo info(path);
    // Follow the links one by one (the last may point to a file not made yet).
    for (int depth = 0; info.isSymLink() && depth < 40; ++depth)
        info = QFileInfo(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return dir.isEmpty() ? info.absoluteFilePath() : QDir(dir).filePath(info.fileName());
}

QString PlanFile::writeProblem(const QString &path)
{
    const QByteArray native = QFile::encodeName(realPath(path));
    struct stat st { };
    if (::stat(native.constData(), &st) != 0)
        return {}; // a new file
    if (!S_ISREG(st.st_mode))
        return QCoreApplication::translate("Cairn::PlanFile", "it is not a file");
    if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        return QCoreApplication::translate(
            "Cairn::PlanFile", "the file is read-only (its permissions allow no writing)");
    if (::access(native.constData(), W_OK) != 0)
        return QCoreApplication::translate("Cairn::PlanFile", "you may not write to the file (%1)")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

int PlanFile::removeStaleTemporaries(const QString &path)
{
    const QFileInfo target(realPath(path));
    const QDir dir = target.absoluteDir();
    const QString prefix = QStringLiteral(".%1.saving-").arg(target.fileName());
    // HOST-PID-N, or PID-N as earlier versions named them; then their journals.
    static const QRegularExpression tail(
        QStringLiteral(R"(^(?:(.+)-)?(\d+)-(\d+)(?:-journal|-wal|-shm)?$)"));
    QString host = QSysInfo::machineHostName();
    host.replace(QLatin1Char('/'), QLatin1Char('_'));
    int removed = 0;
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (!name.startsWith(prefix))
            continue;
        const auto m = tail.match(QStringView(name).mid(prefix.size()));
        if (!m.hasMatch() || (m.hasCaptured(1) && m.captured(1) != host))
            continue; // not ours to judge: another machine's save may be in progress
        const qint64 pid = m.captured(2).toLongLong();
        const QString file = dir.filePath(name);
        const QDateTime written = QFileInfo(file).lastModified().toUTC();
        if (pid == QCoreApplication::applicationPid() || PlanLock::isProcessRunning(pid, written))
            continue;
        // Without a host (as earlier versions named them) it may be another machine's save in
        // progress: only once no save could still be writing it.
        if (!m.hasCaptured(1) && written.secsTo(QDateTime::currentDateTimeUtc()) < 600)
            continue;
        if (QFile::remove(file))
            ++removed;
    }
    return removed;
}

SaveResult PlanFile::save(const PlanContent &plan, const QString &path)
{
    return save(plan, path, SaveOptions {});
}

SaveResult PlanFile::save(const PlanContent &plan, const QString &path, SaveOptions options)
{
    // Through a symbolic link, the real file is replaced and the link stays.
    const QFileInfo target(realPath(path));
    const QString dirPath = target.absolutePath();
    if (!QFileInfo(dirPath).isDir())
        return saveFailure(
            path, QCoreApplication::translate("Cairn::PlanFile", "the folder does not exist"));
    if (const QString problem = writeProblem(target.filePath()); !problem.isEmpty())
        return saveFailure(path, problem);
    const auto changedMeanwhile = [&] {
        return options.unchangedSince
            && FileStamp::of(target.filePath()) != *options.unchangedSince;
    };
    const auto changedFailure = [&] {
        return saveFailure(path,
            QCoreApplication::translate("Cairn::PlanFile",
                "another program changed or replaced the file since it was read, and saving "
                "would overwrite those changes"));
    };
    if (changedMeanwhile())
        return changedFailure();
    removeStaleTemporaries(target.filePath());

    const QString temp = temporaryPathFor(target);
    auto cleanup = [&temp] {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
    };
    cleanup();
    if (const QString problem = writeDatabase(plan, temp); !problem.isEmpty()) {
        cleanup();
        return saveFailure(path, problem);
    }
    const QByteArray nativeTarget = QFile::encodeName(target.filePath());
    struct stat original { };
    if (::stat(nativeTarget.constData(), &original) == 0)
        keepModeAndOwner(temp, original);
    if (!fsyncPath(temp, false)) {
        const int why = errno;
        cleanup();
        return saveFailure(path,
            QCoreApplication::translate(
                "Cairn::PlanFile", "the new file could not be flushed to disk (%1)")
                .arg(QString::fromLocal8Bit(std::strerror(why))));
    }
    if (changedMeanwhile()) { // while the new file was being written
        cleanup();
        return changedFailure();
    }
    if (::rename(QFile::encodeName(temp).constData(), nativeTarget.constData()) != 0) {
        const int why = errno;
        cleanup();
        return saveFailure(path, QString::fromLocal8Bit(std::strerror(why)));
    }
    fsyncPath(dirPath, true);
    return {true, {}};
}

} // namespace Cairn
