#include "core/store/planfile.h"

#include "core/domain/fieldvalue.h"
#include "core/store/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text();
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

// ---- how values lie in SQL -------------------------------------------------------------------

QString quotedName(const char *name)
{
    return QLatin1Char('"') + QLatin1String(name) + QLatin1Char('"');
}

// A value as it is stored: quarters as year*10+quarter, choices by key, text never NULL.
QVariant toSql(const FieldSpec &f, const QVariant &v)
{
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Currency: {
        const QString s = v.toString();
        return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
    }
    case FieldType::Quarter:
        return v.isNull() ? QVariant(QMetaType(QMetaType::LongLong))
                          : QVariant(Quarter::fromOrdinal(v.toInt()).storageCode());
    case FieldType::Choice:
        return choiceKey(*f.choices, v.toInt());
    case FieldType::Reference:
        return v.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(v.toLongLong());
    default:
        return QVariant(v.toLongLong());
    }
}

bool isWholeNumber(const QVariant &v)
{
    const int t = v.typeId();
    return t == QMetaType::LongLong || t == QMetaType::Int || t == QMetaType::ULongLong
        || t == QMetaType::UInt;
}

// A stored value read back, checked against the field's type and range: a hostile file gets a
// message, never an unbounded value.
std::optional<QVariant> fromSql(const FieldSpec &f, const QVariant &v, QString *why)
{
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Currency:
        return QVariant(v.toString());
    case FieldType::Quarter: {
        if (v.isNull() && !f.required)
            return QVariant();
        const auto q = isWholeNumber(v) ? Quarter::fromStorageCode(v.toLongLong()) : std::nullopt;
        if (!q) {
            *why = QCoreApplication::translate("Cairn::PlanFile", "“%1” is not a quarter")
                       .arg(v.toString());
            return std::nullopt;
        }
        return QVariant(q->ordinal());
    }
    case FieldType::Choice: {
        const auto i = findChoice(*f.choices, v.toString());
        if (!i) {
            *why = QCoreApplication::translate("Cairn::PlanFile", "“%1” is not a known value")
                       .arg(v.toString());
            return std::nullopt;
        }
        return QVariant(*i);
    }
    case FieldType::Reference:
        if (v.isNull() && !f.required)
            return QVariant();
        if (!isWholeNumber(v)) {
            *why = QCoreApplication::translate("Cairn::PlanFile", "“%1” is not an id")
                       .arg(v.toString());
            return std::nullopt;
        }
        return QVariant(v.toLongLong());
    default: {
        if (!isWholeNumber(v)) {
            *why = QCoreApplication::translate("Cairn::PlanFile", "“%1” is not a whole number")
                       .arg(v.toString());
            return std::nullopt;
        }
        const QVariant n(v.toLongLong());
        if (const QString problem = rangeProblem(f, n); !problem.isEmpty()) {
            *why = problem;
            return std::nullopt;
        }
        return n;
    }
    }
}

template<class T> std::vector<const FieldSpec *> columnsOf(const EntitySchema<T> &s)
{
    std::vector<const FieldSpec *> out;
    for (const Field<T> &f : s.fields)
        if (Schema::isColumn(f))
            out.push_back(&f);
    return out;
}

template<class T> QString columnList(const EntitySchema<T> &s)
{
    QStringList names;
    for (const FieldSpec *f : columnsOf(s))
        names << quotedName(f->key);
    return names.join(QStringLiteral(", "));
}

// ---- reading ---------------------------------------------------------------------------------

struct Reader {
    QSqlDatabase &db;
    QString error;

    bool fail(const QString &what)
    {
        if (error.isEmpty())
            error = what;
        return false;
    }

    bool query(QSqlQuery &q, const QString &sql)
    {
        q = QSqlQuery(db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return fail(
                QCoreApplication::translate("Cairn::PlanFile", "the file could not be read (%1)")
                    .arg(q.lastError().databaseText()));
        return true;
    }

    // Reads the field columns of the current row into `item`, starting at column `first`.
    template<class T>
    bool readFields(QSqlQuery &q, int first, const EntitySchema<T> &s, T &item, qint64 id)
    {
        int column = first;
        for (const Field<T> &f : s.fields) {
            if (!Schema::isColumn(f))
                continue;
            QString why;
            const auto value = fromSql(f, q.value(column++), &why);
            if (!value)
                return fail(QCoreApplication::translate("Cairn::PlanFile", "%1 #%2 %3, %4: %5")
                                .arg(s.nameField >= 0 ? s.fields[size_t(s.nameField)].labelText()
                                                      : s.titleText())
                                .arg(id)
                                .arg(s.nameField >= 0 ? QStringLiteral("“%1”").arg(
                                         s.fields[size_t(s.nameField)].get(item).toString())
                                                      : QString(),
                                    f.labelText(), why));
            f.set(item, *value);
        }
        return true;
    }

    template<class T> bool readEntities(std::vector<T> &out)
    {
        const EntitySchema<T> &s = schemaOf<T>();
        QSqlQuery q(db);
        if (!query(q,
                QStringLiteral("SELECT id, %1 FROM %2 ORDER BY position, id")
                    .arg(columnList(s), quotedName(s.key))))
            return false;
        QHash<qint64, size_t> index;
        while (q.next()) {
            T item;
            item.id.value = q.value(0).toLongLong();
            if (!readFields(q, 1, s, item, item.id.value))
                return false;
            index.insert(item.id.value, out.size());
            out.push_back(std::move(item));
        }
        for (const Field<T> &f : s.fields) {
            if (f.type != FieldType::References && f.type != FieldType::Tags)
                continue;
            if (!query(q,
                    QStringLiteral("SELECT owner, value FROM %1 ORDER BY owner, position")
                        .arg(Schema::listTable(s.key, f))))
                return false;
            QHash<qint64, QVariantList> lists;
            while (q.next())
                lists[q.value(0).toLongLong()] << q.value(1);
            for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
                if (!index.contains(it.key()))
                    continue; // the owner is gone: its rows go with it
                T &owner = out[index.value(it.key())];
                if (f.type == FieldType::Tags) {
                    QStringList tags;
                    for (const QVariant &v : it.value())
                        tags << v.toString();
                    f.set(owner, tags);
                } else {
                    QList<qlonglong> ids;
                    for (const QVariant &v : it.value())
                        ids << v.toLongLong();
                    f.set(owner, QVariant::fromValue(ids));
                }
            }
        }
        return true;
    }

    template<class T> bool readRows(std::vector<T> &out)
    {
        const EntitySchema<T> &s = schemaOf<T>();
        QSqlQuery q(db);
        if (!query(q,
                QStringLiteral("SELECT %1 FROM %2 ORDER BY position")
                    .arg(columnList(s), quotedName(s.key))))
            return false;
        qint64 row = 0;
        while (q.next()) {
            T item;
            if (!readFields(q, 0, s, item, ++row))
                return false;
            out.push_back(item);
        }
        return true;
    }

    bool read(PlanContent &plan)
    {
        const EntitySchema<PlanInfo> &info = schemaOf<PlanInfo>();
        QSqlQuery q(db);
        if (!query(q,
                QStringLiteral("SELECT %1, next_id FROM plan WHERE id = 1").arg(columnList(info))))
            return false;
        if (!q.next())
            return fail(
                QCoreApplication::translate("Cairn::PlanFile", "the plan's settings are missing"));
        if (!readFields(q, 0, info, plan.info, 1))
            return false;
        plan.nextId = q.value(int(columnsOf(info).size())).toLongLong();

        std::vector<CapacityEntry> capacities;
        std::vector<DemandEntry> demands;
        if (!readEntities(plan.goals) || !readEntities(plan.systems)
            || !readEntities(plan.resources) || !readEntities(plan.initiatives)
            || !readEntities(plan.milestones) || !readRows(capacities) || !readRows(demands)
            || !readRows(plan.contributions) || !readRows(plan.impacts)
            || !readRows(plan.dependencies))
            return false;
        QHash<qint64, Resource *> resources;
        for (Resource &r : plan.resources)
            resources.insert(r.id.value, &r);
        for (const CapacityEntry &c : capacities)
            if (Resource *r = resources.value(c.resource.value))
                r->capacities.insert(c.quarter, c.capacity);
        QHash<qint64, Initiative *> initiatives;
        for (Initiative &i : plan.initiatives)
            initiatives.insert(i.id.value, &i);
        for (const DemandEntry &d : demands)
            if (Initiative *i = initiatives.value(d.initiative.value))
                i->demand.insert(d.resource, d.amount);
        return true;
    }
};

// ---- writing ---------------------------------------------------------------------------------

struct Writer {
    QSqlDatabase &db;
    QString error;

    bool run(QSqlQuery &q)
    {
        if (!q.exec()) {
            error = q.lastError().text();
            return false;
        }
        return true;
    }

    QSqlQuery prepare(const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.prepare(sql) && error.isEmpty())
            error = q.lastError().text();
        return q;
    }

    static QString placeholders(qsizetype n)
    {
        QStringList marks;
        for (qsizetype i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        return marks.join(QStringLiteral(", "));
    }

    template<class T> void bindFields(QSqlQuery &q, const EntitySchema<T> &s, const T &item)
    {
        for (const Field<T> &f : s.fields)
            if (Schema::isColumn(f))
                q.addBindValue(toSql(f, f.get(item)));
    }

    template<class T> bool writeEntities(const std::vector<T> &items)
    {
        const EntitySchema<T> &s = schemaOf<T>();
        const qsizetype n = qsizetype(columnsOf(s).size());
        QSqlQuery q = prepare(QStringLiteral("INSERT INTO %1 (id, %2, position) VALUES (?, %3, ?)")
                                  .arg(quotedName(s.key), columnList(s), placeholders(n)));
        int position = 0;
        for (const T &item : items) {
            q.addBindValue(item.id.value);
            bindFields(q, s, item);
            q.addBindValue(position++);
            if (!run(q))
                return false;
        }
        for (const Field<T> &f : s.fields) {
            if (f.type != FieldType::References && f.type != FieldType::Tags)
                continue;
            QSqlQuery list
                = prepare(QStringLiteral("INSERT INTO %1 (owner, value, position) VALUES (?, ?, ?)")
                              .arg(Schema::listTable(s.key, f)));
            for (const T &item : items) {
                const QVariant v = f.get(item);
                const QVariantList values
                    = f.type == FieldType::Tags ? QVariant(v.toStringList()).toList() : [&v] {
                          QVariantList out;
                          for (qlonglong id : v.value<QList<qlonglong>>())
                              out << id;
                          return out;
                      }();
                for (qsizetype i = 0; i < values.size(); ++i) {
                    list.addBindValue(item.id.value);
                    list.addBindValue(values[i]);
                    list.addBindValue(i);
                    if (!run(list))
                        return false;
                }
            }
        }
        return true;
    }

    template<class T> bool writeRows(const std::vector<T> &rows)
    {
        const EntitySchema<T> &s = schemaOf<T>();
        const qsizetype n = qsizetype(columnsOf(s).size());
        QSqlQuery q = prepare(QStringLiteral("INSERT INTO %1 (%2, position) VALUES (%3, ?)")
                                  .arg(quotedName(s.key), columnList(s), placeholders(n)));
        int position = 0;
        for (const T &row : rows) {
            bindFields(q, s, row);
            q.addBindValue(position++);
            if (!run(q))
                return false;
        }
        return true;
    }

    bool write(const PlanContent &plan)
    {
        const EntitySchema<PlanInfo> &info = schemaOf<PlanInfo>();
        QSqlQuery q
            = prepare(QStringLiteral("INSERT INTO plan (id, %1, next_id) VALUES (1, %2, ?)")
                          .arg(columnList(info), placeholders(qsizetype(columnsOf(info).size()))));
        bindFields(q, info, plan.info);
        q.addBindValue(plan.nextId);
        if (!run(q))
            return false;
        return writeEntities(plan.goals) && writeEntities(plan.systems)
            && writeEntities(plan.resources) && writeEntities(plan.initiatives)
            && writeEntities(plan.milestones) && writeRows(capacityEntries(plan))
            && writeRows(demandEntries(plan)) && writeRows(plan.contributions)
            && writeRows(plan.impacts) && writeRows(plan.dependencies);
    }
};

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

LoadResult PlanFile::load(const QString &path, LoadOptions options)
{
    if (auto bad = checkHeader(path))
        return *bad;

    Connection conn;
    if (!conn.open(path, true))
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
        if (!dir.isValid() || !QFile::copy(path, copy))
            return failure(LoadError::Unreadable, path,
                QCoreApplication::translate("Cairn::PlanFile", "no temporary copy could be made"));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Connection work;
        if (!work.open(copy, false))
            return failure(LoadError::Unreadable, path,
                QCoreApplication::translate("Cairn::PlanFile", "the copy could not be opened"));
        QString error;
        work.db().transaction();
        for (int v = fileVersion; v < Schema::CurrentVersion; ++v) {
            if (!execAll(work.db(), Schema::migrationStatements(v), &error)) {
                work.db().rollback();
                return failure(LoadError::BadContent, path,
                    QCoreApplication::translate(
                        "Cairn::PlanFile", "it could not be upgraded from format %1 (%2)")
                        .arg(v)
                        .arg(error));
            }
        }
        Reader reader {work.db(), {}};
        const bool ok = reader.read(content);
        work.db().rollback();
        if (!ok)
            return failure(LoadError::BadContent, path, reader.error);
        result.migrated = true;
    } else {
        Reader reader {conn.db(), {}};
        if (!reader.read(content))
            return failure(LoadError::BadContent, path, reader.error);
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

SaveResult PlanFile::save(const PlanContent &plan, const QString &path)
{
    const QFileInfo target(path);
    const QString dirPath = target.absolutePath();
    if (!QFileInfo(dirPath).isDir())
        return {false,
            QCoreApplication::translate(
                "Cairn::PlanFile", "Cannot save “%1”: the folder does not exist.")
                .arg(QDir::toNativeSeparators(path))};
    if (target.exists() && !target.isFile())
        return {false,
            QCoreApplication::translate("Cairn::PlanFile", "Cannot save “%1”: it is not a file.")
                .arg(QDir::toNativeSeparators(path))};

    static std::atomic<int> counter {0};
    const QString temp = QDir(dirPath).filePath(QStringLiteral(".%1.saving-%2-%3")
                                                    .arg(target.fileName())
                                                    .arg(QCoreApplication::applicationPid())
                                                    .arg(counter.fetch_add(1)));
    auto cleanup = [&temp] {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
    };
    cleanup();
    auto fail = [&](const QString &why) {
        cleanup();
        return SaveResult {false,
            QCoreApplication::translate("Cairn::PlanFile", "Cannot save “%1”: %2.")
                .arg(QDir::toNativeSeparators(path), why)};
    };

    {
        Connection conn;
        if (!conn.open(temp, false))
            return fail(conn.db().lastError().text());
        QSqlDatabase &db = conn.db();
        QString error;
        const QStringList pragmas = {
            QStringLiteral("PRAGMA journal_mode=DELETE"),
            QStringLiteral("PRAGMA synchronous=FULL"),
            QStringLiteral("PRAGMA foreign_keys=ON"),
            QStringLiteral("PRAGMA application_id=%1").arg(Schema::ApplicationId),
            QStringLiteral("PRAGMA user_version=%1").arg(Schema::CurrentVersion),
        };
        if (!execAll(db, pragmas, &error))
            return fail(error);
        if (!db.transaction())
            return fail(db.lastError().text());
        Writer writer {db, {}};
        if (!execAll(db, Schema::createStatements(), &error) || !writer.write(plan)) {
            db.rollback();
            return fail(error.isEmpty() ? writer.error : error);
        }
        if (!db.commit()) {
            const QString why = db.lastError().text();
            db.rollback();
            return fail(QCoreApplication::translate(
                "Cairn::PlanFile", "the plan's links are inconsistent (%1)")
                            .arg(why));
        }
        const auto integrity = scalar(db, QStringLiteral("PRAGMA integrity_check"), &error);
        if (!integrity || integrity->toString() != QLatin1String("ok"))
            return fail(QCoreApplication::translate(
                "Cairn::PlanFile", "the written file did not pass its integrity check"));
    }

    // Keep the permissions of the file being replaced.
    if (target.exists())
        QFile::setPermissions(temp, QFile::permissions(path));
    if (!fsyncPath(temp, false))
        return fail(QCoreApplication::translate(
            "Cairn::PlanFile", "the new file could not be flushed to disk"));
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    fsyncPath(dirPath, true);
    return {true, {}};
}

} // namespace Cairn
