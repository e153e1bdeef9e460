#include "core/store/planfile.h"

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

QVariant quarterValue(const std::optional<Quarter> &q)
{
    return q ? QVariant(q->storageCode()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString would bind as SQL NULL; text columns are NOT NULL and hold '' instead.
QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant idValue(std::optional<GoalId> id)
{
    return id ? QVariant(id->value) : QVariant(QMetaType(QMetaType::LongLong));
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

    std::optional<Quarter> optQuarter(const QVariant &v, const char *table, qint64 id, bool &ok)
    {
        if (v.isNull())
            return std::nullopt;
        const auto q = Quarter::fromStorageCode(v.toLongLong());
        if (!q) {
            ok = fail(
                QCoreApplication::translate("Cairn::PlanFile", "%1 #%2 has an invalid quarter %3")
                    .arg(QLatin1StringView(table))
                    .arg(id)
                    .arg(v.toLongLong()));
        }
        return q;
    }

    template<class E> E enumValue(const QVariant &v, const char *table, qint64 id, bool &ok)
    {
        const auto e = enumFromKey<E>(v.toString());
        if (!e) {
            ok = fail(
                QCoreApplication::translate("Cairn::PlanFile", "%1 #%2 has an unknown value “%3”")
                    .arg(QLatin1StringView(table))
                    .arg(id)
                    .arg(v.toString()));
            return E {};
        }
        return *e;
    }

    bool read(PlanContent &plan)
    {
        bool ok = true;
        QSqlQuery q(db);
        if (!query(q,
                QStringLiteral("SELECT name, organisation, author, currency, "
                               "fiscal_year_start_month, first_quarter, horizon, notes, "
                               "next_id FROM plan WHERE id = 1")))
            return false;
        if (!q.next())
            return fail(
                QCoreApplication::translate("Cairn::PlanFile", "the plan's settings are missing"));
        plan.info.name = q.value(0).toString();
        plan.info.organisation = q.value(1).toString();
        plan.info.author = q.value(2).toString();
        plan.info.currency.code = q.value(3).toString();
        plan.info.fiscalYearStartMonth = q.value(4).toInt();
        const auto first = Quarter::fromStorageCode(q.value(5).toLongLong());
        if (!first)
            return fail(QCoreApplication::translate(
                "Cairn::PlanFile", "the plan's first quarter is invalid"));
        plan.info.firstQuarter = *first;
        plan.info.horizon = q.value(6).toInt();
        plan.info.notes = q.value(7).toString();
        plan.nextId = q.value(8).toLongLong();

        if (!query(q,
                QStringLiteral("SELECT id, name, description, weight, owner, "
                               "target_quarter, kpi, parent_id FROM goal ORDER BY position")))
            return false;
        while (ok && q.next()) {
            Goal g;
            g.id = GoalId {q.value(0).toLongLong()};
            g.name = q.value(1).toString();
            g.description = q.value(2).toString();
            g.weight = q.value(3).toInt();
            g.owner = q.value(4).toString();
            g.targetQuarter = optQuarter(q.value(5), "goal", g.id.value, ok);
            g.kpi = q.value(6).toString();
            if (!q.value(7).isNull())
                g.parent = GoalId {q.value(7).toLongLong()};
            plan.goals.push_back(std::move(g));
        }

        if (!query(q,
                QStringLiteral("SELECT id, name, category, vendor, owner, criticality, "
                               "condition, annual_run_cost, lifecycle, disposition, "
                               "end_of_support FROM system ORDER BY position")))
            return false;
        while (ok && q.next()) {
            System s;
            s.id = SystemId {q.value(0).toLongLong()};
            s.name = q.value(1).toString();
            s.category = q.value(2).toString();
            s.vendor = q.value(3).toString();
            s.owner = q.value(4).toString();
            s.criticality = q.value(5).toInt();
            s.condition = q.value(6).toInt();
            s.annualRunCost = Money(q.value(7).toLongLong());
            s.lifecycle = enumValue<LifecyclePhase>(q.value(8), "system", s.id.value, ok);
            s.disposition = enumValue<TimeDisposition>(q.value(9), "system", s.id.value, ok);
            s.endOfSupport = optQuarter(q.value(10), "system", s.id.value, ok);
            plan.systems.push_back(std::move(s));
        }
        if (!query(q,
                QStringLiteral("SELECT system_id, depends_on_id FROM system_dependency "
                               "ORDER BY system_id, position")))
            return false;
        while (ok && q.next()) {
            const SystemId sid {q.value(0).toLongLong()};
            for (System &s : plan.systems)
                if (s.id == sid)
                    s.dependsOn.append(SystemId {q.value(1).toLongLong()});
        }

        if (!query(q,
                QStringLiteral("SELECT id, name, kind, default_capacity, notes FROM resource "
                               "ORDER BY position")))
            return false;
        while (ok && q.next()) {
            Resource r;
            r.id = ResourceId {q.value(0).toLongLong()};
            r.name = q.value(1).toString();
            r.kind = enumValue<ResourceKind>(q.value(2), "resource", r.id.value, ok);
            r.defaultCapacity = q.value(3).toLongLong();
            r.notes = q.value(4).toString();
            plan.resources.push_back(std::move(r));
        }
        if (!query(
                q, QStringLiteral("SELECT resource_id, quarter, capacity FROM resource_capacity")))
            return false;
        while (ok && q.next()) {
            const ResourceId rid {q.value(0).toLongLong()};
            const auto quarter = optQuarter(q.value(1), "resource", rid.value, ok);
            for (Resource &r : plan.resources)
                if (r.id == rid && quarter)
                    r.capacities.insert(*quarter, q.value(2).toLongLong());
        }

        if (!query(q,
                QStringLiteral("SELECT id, name, description, kind, status, duration, cost, "
                               "earliest_start, deadline, pin, value, confidence, risk "
                               "FROM initiative ORDER BY position")))
            return false;
        while (ok && q.next()) {
            Initiative i;
            i.id = InitiativeId {q.value(0).toLongLong()};
            i.name = q.value(1).toString();
            i.description = q.value(2).toString();
            i.kind = enumValue<InitiativeKind>(q.value(3), "initiative", i.id.value, ok);
            i.status = enumValue<InitiativeStatus>(q.value(4), "initiative", i.id.value, ok);
            i.duration = q.value(5).toInt();
            i.cost = Money(q.value(6).toLongLong());
            i.earliestStart = optQuarter(q.value(7), "initiative", i.id.value, ok);
            i.deadline = optQuarter(q.value(8), "initiative", i.id.value, ok);
            i.pin = optQuarter(q.value(9), "initiative", i.id.value, ok);
            i.value = q.value(10).toInt();
            i.confidence = q.value(11).toInt();
            i.risk = q.value(12).toInt();
            plan.initiatives.push_back(std::move(i));
        }
        if (!query(q,
                QStringLiteral("SELECT initiative_id, resource_id, amount FROM "
                               "initiative_demand")))
            return false;
        while (ok && q.next()) {
            const InitiativeId iid {q.value(0).toLongLong()};
            for (Initiative &i : plan.initiatives)
                if (i.id == iid)
                    i.demand.insert(ResourceId {q.value(1).toLongLong()}, q.value(2).toLongLong());
        }

        if (!query(q,
                QStringLiteral("SELECT initiative_id, goal_id, strength FROM initiative_goal "
                               "ORDER BY position")))
            return false;
        while (ok && q.next())
            plan.contributions.push_back({InitiativeId {q.value(0).toLongLong()},
                GoalId {q.value(1).toLongLong()}, q.value(2).toInt()});

        if (!query(q,
                QStringLiteral("SELECT initiative_id, system_id, effect FROM "
                               "initiative_system ORDER BY position")))
            return false;
        while (ok && q.next()) {
            const InitiativeId iid {q.value(0).toLongLong()};
            plan.impacts.push_back({iid, SystemId {q.value(1).toLongLong()},
                enumValue<SystemEffect>(q.value(2), "initiative", iid.value, ok)});
        }

        if (!query(q,
                QStringLiteral("SELECT predecessor_id, successor_id, type, lag FROM "
                               "initiative_dependency ORDER BY position")))
            return false;
        while (ok && q.next()) {
            const InitiativeId succ {q.value(1).toLongLong()};
            plan.dependencies.push_back({InitiativeId {q.value(0).toLongLong()}, succ,
                enumValue<DependencyType>(q.value(2), "initiative", succ.value, ok),
                q.value(3).toInt()});
        }

        if (!query(q,
                QStringLiteral("SELECT id, name, quarter, description FROM milestone "
                               "ORDER BY position")))
            return false;
        while (ok && q.next()) {
            Milestone m;
            m.id = MilestoneId {q.value(0).toLongLong()};
            m.name = q.value(1).toString();
            const auto quarter = optQuarter(q.value(2), "milestone", m.id.value, ok);
            if (quarter)
                m.quarter = *quarter;
            m.description = q.value(3).toString();
            plan.milestones.push_back(std::move(m));
        }
        return ok;
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

    bool write(const PlanContent &plan)
    {
        const PlanInfo &info = plan.info;
        QSqlQuery q = prepare(QStringLiteral(
            "INSERT INTO plan (id, name, organisation, author, currency, fiscal_year_start_month, "
            "first_quarter, horizon, notes, next_id) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(textValue(info.name));
        q.addBindValue(textValue(info.organisation));
        q.addBindValue(textValue(info.author));
        q.addBindValue(textValue(info.currency.code));
        q.addBindValue(info.fiscalYearStartMonth);
        q.addBindValue(info.firstQuarter.storageCode());
        q.addBindValue(info.horizon);
        q.addBindValue(textValue(info.notes));
        q.addBindValue(plan.nextId);
        if (!run(q))
            return false;

        int pos = 0;
        q = prepare(QStringLiteral("INSERT INTO goal (id, name, description, weight, owner, "
                                   "target_quarter, kpi, parent_id, position) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const Goal &g : plan.goals) {
            q.addBindValue(g.id.value);
            q.addBindValue(textValue(g.name));
            q.addBindValue(textValue(g.description));
            q.addBindValue(g.weight);
            q.addBindValue(textValue(g.owner));
            q.addBindValue(quarterValue(g.targetQuarter));
            q.addBindValue(textValue(g.kpi));
            q.addBindValue(idValue(g.parent));
            q.addBindValue(pos++);
            if (!run(q))
                return false;
        }

        pos = 0;
        q = prepare(QStringLiteral("INSERT INTO system (id, name, category, vendor, owner, "
                                   "criticality, condition, annual_run_cost, lifecycle, "
                                   "disposition, end_of_support, position) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery dep = prepare(QStringLiteral(
            "INSERT INTO system_dependency (system_id, depends_on_id, position) VALUES (?, ?, ?)"));
        for (const System &s : plan.systems) {
            q.addBindValue(s.id.value);
            q.addBindValue(textValue(s.name));
            q.addBindValue(textValue(s.category));
            q.addBindValue(textValue(s.vendor));
            q.addBindValue(textValue(s.owner));
            q.addBindValue(s.criticality);
            q.addBindValue(s.condition);
            q.addBindValue(s.annualRunCost.minorUnits());
            q.addBindValue(toKey(s.lifecycle));
            q.addBindValue(toKey(s.disposition));
            q.addBindValue(quarterValue(s.endOfSupport));
            q.addBindValue(pos++);
            if (!run(q))
                return false;
            int dpos = 0;
            for (SystemId d : s.dependsOn) {
                dep.addBindValue(s.id.value);
                dep.addBindValue(d.value);
                dep.addBindValue(dpos++);
                if (!run(dep))
                    return false;
            }
        }

        pos = 0;
        q = prepare(QStringLiteral("INSERT INTO resource (id, name, kind, default_capacity, notes, "
                                   "position) VALUES (?, ?, ?, ?, ?, ?)"));
        QSqlQuery cap = prepare(QStringLiteral(
            "INSERT INTO resource_capacity (resource_id, quarter, capacity) VALUES (?, ?, ?)"));
        for (const Resource &r : plan.resources) {
            q.addBindValue(r.id.value);
            q.addBindValue(textValue(r.name));
            q.addBindValue(toKey(r.kind));
            q.addBindValue(r.defaultCapacity);
            q.addBindValue(textValue(r.notes));
            q.addBindValue(pos++);
            if (!run(q))
                return false;
            for (auto it = r.capacities.cbegin(); it != r.capacities.cend(); ++it) {
                cap.addBindValue(r.id.value);
                cap.addBindValue(it.key().storageCode());
                cap.addBindValue(it.value());
                if (!run(cap))
                    return false;
            }
        }

        pos = 0;
        q = prepare(QStringLiteral(
            "INSERT INTO initiative (id, name, description, kind, status, duration, cost, "
            "earliest_start, deadline, pin, value, confidence, risk, position) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery demand = prepare(QStringLiteral(
            "INSERT INTO initiative_demand (initiative_id, resource_id, amount) VALUES (?, ?, ?)"));
        for (const Initiative &i : plan.initiatives) {
            q.addBindValue(i.id.value);
            q.addBindValue(textValue(i.name));
            q.addBindValue(textValue(i.description));
            q.addBindValue(toKey(i.kind));
            q.addBindValue(toKey(i.status));
            q.addBindValue(i.duration);
            q.addBindValue(i.cost.minorUnits());
            q.addBindValue(quarterValue(i.earliestStart));
            q.addBindValue(quarterValue(i.deadline));
            q.addBindValue(quarterValue(i.pin));
            q.addBindValue(i.value);
            q.addBindValue(i.confidence);
            q.addBindValue(i.risk);
            q.addBindValue(pos++);
            if (!run(q))
                return false;
            for (auto it = i.demand.cbegin(); it != i.demand.cend(); ++it) {
                demand.addBindValue(i.id.value);
                demand.addBindValue(it.key().value);
                demand.addBindValue(it.value());
                if (!run(demand))
                    return false;
            }
        }

        pos = 0;
        q = prepare(QStringLiteral("INSERT INTO initiative_goal (initiative_id, goal_id, strength, "
                                   "position) VALUES (?, ?, ?, ?)"));
        for (const GoalContribution &c : plan.contributions) {
            q.addBindValue(c.initiative.value);
            q.addBindValue(c.goal.value);
            q.addBindValue(c.strength);
            q.addBindValue(pos++);
            if (!run(q))
                return false;
        }
        pos = 0;
        q = prepare(QStringLiteral("INSERT INTO initiative_system (initiative_id, system_id, "
                                   "effect, position) VALUES (?, ?, ?, ?)"));
        for (const SystemImpact &c : plan.impacts) {
            q.addBindValue(c.initiative.value);
            q.addBindValue(c.system.value);
            q.addBindValue(toKey(c.effect));
            q.addBindValue(pos++);
            if (!run(q))
                return false;
        }
        pos = 0;
        q = prepare(QStringLiteral("INSERT INTO initiative_dependency (predecessor_id, "
                                   "successor_id, type, lag, position) VALUES (?, ?, ?, ?, ?)"));
        for (const Dependency &d : plan.dependencies) {
            q.addBindValue(d.predecessor.value);
            q.addBindValue(d.successor.value);
            q.addBindValue(toKey(d.type));
            q.addBindValue(d.lag);
            q.addBindValue(pos++);
            if (!run(q))
                return false;
        }
        pos = 0;
        q = prepare(QStringLiteral("INSERT INTO milestone (id, name, quarter, description, "
                                   "position) VALUES (?, ?, ?, ?, ?)"));
        for (const Milestone &m : plan.milestones) {
            q.addBindValue(m.id.value);
            q.addBindValue(textValue(m.name));
            q.addBindValue(m.quarter.storageCode());
            q.addBindValue(textValue(m.description));
            q.addBindValue(pos++);
            if (!run(q))
                return false;
        }
        return true;
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
