#include "core/store/serverstore.h"

#include "core/store/serverschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>

namespace Cairn {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("cairn-server-%1").arg(counter.fetch_add(1));
}

// The server's own words for an error (its message without Qt's prefix).
QString serverText(const QSqlError &e)
{
    const QString text = e.databaseText().trimmed();
    return text.isEmpty() ? e.text().trimmed() : text;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = serverText(q.lastError());
            return false;
        }
    }
    return true;
}

std::optional<QVariant> scalar(
    QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = serverText(q.lastError());
        return std::nullopt;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = serverText(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return QVariant();
    return q.value(0);
}

QString linkText(const LinkValue &l)
{
    const RowKey k = rowKey(l);
    return QCoreApplication::translate("Cairn::Server", "the link #%1 – #%2")
        .arg(k.first)
        .arg(k.second);
}

template<class T> const std::vector<T> &listOf(const PlanContent &p)
{
    if constexpr (std::is_same_v<T, Goal>)
        return p.goals;
    else if constexpr (std::is_same_v<T, System>)
        return p.systems;
    else if constexpr (std::is_same_v<T, Resource>)
        return p.resources;
    else if constexpr (std::is_same_v<T, Initiative>)
        return p.initiatives;
    else if constexpr (std::is_same_v<T, Milestone>)
        return p.milestones;
    else if constexpr (std::is_same_v<T, GoalContribution>)
        return p.contributions;
    else if constexpr (std::is_same_v<T, SystemImpact>)
        return p.impacts;
    else
        return p.dependencies;
}

// The rows next to `index` in the list a new row goes into, as stored keys.
template<class T>
std::pair<std::optional<RowKey>, std::optional<RowKey>> neighbours(
    const PlanContent &after, int index)
{
    const std::vector<T> &list = listOf<T>(after);
    std::optional<RowKey> before, next;
    auto keyAt = [&list](size_t i) {
        if constexpr (
            std::is_same_v<T,
                GoalContribution> || std::is_same_v<T, SystemImpact> || std::is_same_v<T, Dependency>)
            return rowKey(LinkValue(list[i]));
        else
            return rowKey(EntityValue(list[i]));
    };
    if (index > 0 && size_t(index) <= list.size())
        before = keyAt(size_t(index - 1));
    if (index >= 0 && size_t(index + 1) < list.size())
        next = keyAt(size_t(index + 1));
    return {before, next};
}

constexpr EntityKind kEntityKinds[] = {EntityKind::Goal, EntityKind::System, EntityKind::Resource,
    EntityKind::Initiative, EntityKind::Milestone};

// A part of a plan that steps write whole, as the server's plan_part names it.
QString partName(PlanPart part)
{
    switch (part) {
    case PlanPart::Reference:
        return QStringLiteral("reference");
    case PlanPart::Scenarios:
        return QStringLiteral("scenarios");
    default:
        return QStringLiteral("workshop");
    }
}

} // namespace

RowKey partKey(PlanPart part)
{
    switch (part) {
    case PlanPart::Reference:
        return {tableIndex<ReferenceStart>(), -1, 0};
    case PlanPart::Scenarios:
        return {tableIndex<Scenario>(), -1, 0};
    default:
        return {tableIndex<WorkshopSession>(), -1, 0};
    }
}

std::optional<PlanPart> partOf(const RowKey &key)
{
    for (const PlanPart part : kPlanParts)
        if (partKey(part) == key)
            return part;
    return std::nullopt;
}

QString partLabel(PlanPart part)
{
    switch (part) {
    case PlanPart::Reference:
        return QCoreApplication::translate("Cairn::Server", "the reference schedule");
    case PlanPart::Scenarios:
        return QCoreApplication::translate("Cairn::Server", "the scenarios and baselines");
    default:
        return QCoreApplication::translate("Cairn::Server", "the workshop record and the dot vote");
    }
}

// ---- addresses -------------------------------------------------------------------------------

std::optional<ServerAddress> ServerAddress::parse(const QString &uri, QString *why)
{
    const QUrl url(uri, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid()
        || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        *why = QCoreApplication::translate(
            "Cairn::Server", "“%1” is not a server address (postgresql://…?plan=NAME)")
                   .arg(uri);
        return std::nullopt;
    }
    ServerAddress a;
    a.host = url.host();
    a.port = url.port(-1);
    a.user = url.userName();
    a.password = url.password();
    a.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, encoded] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = encoded;
        if (key == QLatin1String("plan"))
            a.plan = value;
        else if (key == QLatin1String("host"))
            a.host = value;
        else if (key == QLatin1String("port")) {
            bool ok = false;
            a.port = value.toInt(&ok);
            if (!ok || a.port <= 0 || a.port > 65535) {
                *why = QCoreApplication::translate("Cairn::Server", "“%1” is not a port number")
                           .arg(value);
                return std::nullopt;
            }
        } else if (key == QLatin1String("user"))
            a.user = value;
        else if (key == QLatin1String("password"))
            a.password = value;
        else if (key == QLatin1String("dbname"))
            a.database = value;
        else if (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(';'))) {
            *why = QCoreApplication::translate(
                "Cairn::Server", "the setting “%1” of “%2” cannot be used")
                       .arg(key, url.toDisplayString(QUrl::RemovePassword));
            return std::nullopt;
        } else
            a.options << key + QLatin1Char('=') + value;
    }
    return a;
}

QString ServerAddress::display() const
{
    QUrlQuery query;
    if (!host.isEmpty())
        query.addQueryItem(QStringLiteral("host"), host);
    if (port > 0)
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
    if (!user.isEmpty())
        query.addQueryItem(QStringLiteral("user"), user);
    for (const QString &o : options)
        query.addQueryItem(o.section(QLatin1Char('='), 0, 0), o.section(QLatin1Char('='), 1));
    if (!plan.isEmpty())
        query.addQueryItem(QStringLiteral("plan"), plan);
    return QStringLiteral("postgresql:///%1?%2").arg(database, query.toString(QUrl::PrettyDecoded));
}

std::optional<MemberRole> memberRoleFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("viewer"))
        return MemberRole::Viewer;
    if (t == QLatin1String("editor"))
        return MemberRole::Editor;
    if (t == QLatin1String("owner"))
        return MemberRole::Owner;
    return std::nullopt;
}

QString memberRoleText(MemberRole role)
{
    switch (role) {
    case MemberRole::Viewer:
        return QStringLiteral("viewer");
    case MemberRole::Editor:
        return QStringLiteral("editor");
    default:
        return QStringLiteral("owner");
    }
}

// ---- connecting ------------------------------------------------------------------------------

ServerStore::ServerStore(ServerAddress address)
    : m_address(std::move(address))
    , m_connection(newConnectionName())
{
}

ServerStore::~ServerStore()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString ServerStore::failure(const QString &why) const
{
    return QCoreApplication::translate("Cairn::Server", "Cannot use the plan server “%1”: %2.")
        .arg(m_address.display(), why);
}

// A connection the server dropped (a restart, a stop) stays "open" in Qt's driver, and every
// later statement fails on it: closed, so that the next try makes a new one.
void ServerStore::dropIfLost()
{
    if (!m_db.isValid())
        return;
    if (m_db.isOpen()) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT 1")))
            return;
    }
    // Qt's driver says "not open" once libpq found the connection broken, but keeps it: closed
    // here, so that the next try does not leave it behind.
    m_db.close();
}

QString ServerStore::notifyChannel() const
{
    return QStringLiteral("cairn_plan_%1").arg(m_planId);
}

bool ServerStore::connect(QString *message)
{
    if (m_db.isValid() && m_db.isOpen())
        return true;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *message = failure(QCoreApplication::translate(
            "Cairn::Server", "Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"));
        return false;
    }
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    m_db.setHostName(m_address.host);
    if (m_address.port > 0)
        m_db.setPort(m_address.port);
    m_db.setDatabaseName(m_address.database);
    m_db.setUserName(m_address.user);
    m_db.setPassword(m_address.password);
    // A server that does not answer is given up on after 5 s, a statement after 30 s, a lock
    // after 10 s: no client waits for ever.
    QStringList options {
        QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=cairn")};
    options += m_address.options;
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!m_db.open()) {
        *message = failure(serverText(m_db.lastError()));
        return false;
    }
    QString error;
    if (!execAll(m_db,
            {QStringLiteral("SET statement_timeout = '30s'"),
                QStringLiteral("SET lock_timeout = '10s'")},
            &error)) {
        *message = failure(error);
        return false;
    }
    return true;
}

bool ServerStore::open(QString *message)
{
    if (!connect(message))
        return false;
    QString error;
    const auto hasSchema
        = scalar(m_db, QStringLiteral("SELECT to_regclass('cairn.meta') IS NOT NULL"), {}, &error);
    if (!hasSchema) {
        *message = failure(error);
        return false;
    }
    if (!hasSchema->toBool()) {
        *message = failure(QCoreApplication::translate("Cairn::Server",
            "it holds no Cairn plans yet (an administrator runs “cairn server "
            "init ADDRESS” first)"));
        return false;
    }
    const auto version = scalar(m_db,
        QStringLiteral("SELECT value FROM cairn.meta WHERE key = 'schema_version'"), {}, &error);
    if (!version) {
        *message = failure(error);
        return false;
    }
    const auto parts = scalar(
        m_db, QStringLiteral("SELECT to_regclass('cairn.plan_part') IS NOT NULL"), {}, &error);
    m_keepsParts = parts && parts->toBool();
    const int v = version->toInt();
    if (v != ServerSchema::currentVersion()) {
        *message = failure(v > ServerSchema::currentVersion()
                ? QCoreApplication::translate("Cairn::Server",
                    "its plans are in format %1, newer than this version of Cairn (%2)")
                      .arg(v)
                      .arg(ServerSchema::currentVersion())
                : QCoreApplication::translate("Cairn::Server",
                    "its plans are in format %1; an administrator upgrades them with “cairn "
                    "server init ADDRESS”")
                      .arg(v));
        return false;
    }
    return true;
}

bool ServerStore::findPlan(QString *message)
{
    if (m_address.plan.isEmpty()) {
        *message = failure(QCoreApplication::translate(
            "Cairn::Server", "the address names no plan (add plan=NAME)"));
        return false;
    }
    QString error;
    const auto id = scalar(m_db, QStringLiteral("SELECT id FROM cairn.plans WHERE handle = ?"),
        {m_address.plan}, &error);
    if (!id) {
        *message = failure(error);
        return false;
    }
    if (id->isNull()) {
        *message = failure(QCoreApplication::translate(
            "Cairn::Server", "there is no plan “%1”, or “%2” is not a member of it")
                               .arg(m_address.plan, m_address.user));
        return false;
    }
    m_planId = id->toLongLong();
    return true;
}

bool ServerStore::initialise(const ServerAddress &address, QString *message)
{
    ServerStore store(address);
    if (!store.connect(message))
        return false;
    QString error;
    // Two statements: a query naming cairn.meta fails to plan when there is none.
    const auto hasSchema = scalar(
        store.m_db, QStringLiteral("SELECT to_regclass('cairn.meta') IS NOT NULL"), {}, &error);
    const auto version = !hasSchema ? std::nullopt
        : !hasSchema->toBool()
        ? std::optional(QVariant())
        : scalar(store.m_db,
            QStringLiteral("SELECT value FROM cairn.meta WHERE key = 'schema_version'"), {},
            &error);
    if (!version) {
        *message = store.failure(error);
        return false;
    }
    if (!version->isNull()) {
        const int v = version->toInt();
        if (v == ServerSchema::currentVersion()) {
            // What this Cairn adds to the same version (id reservations, require_write) comes
            // on top of an older one; a newer one is left as it is.
            const auto revision = scalar(store.m_db,
                QStringLiteral("SELECT COALESCE((SELECT value FROM cairn.meta WHERE key = "
                               "'server_revision'), '0')"),
                {}, &error);
            if (!revision) {
                *message = store.failure(error);
                return false;
            }
            if (revision->toString().toInt() >= ServerSchema::currentRevision()) {
                *message = QCoreApplication::translate(
                    "Cairn::Server", "The plan server “%1” is ready (format %2); nothing to do.")
                               .arg(address.display())
                               .arg(v);
                return true;
            }
            if (!store.m_db.transaction()
                || !execAll(store.m_db, ServerSchema::upgradeStatements(), &error)
                || !store.m_db.commit()) {
                if (error.isEmpty())
                    error = serverText(store.m_db.lastError());
                store.m_db.rollback();
                *message = store.failure(error);
                return false;
            }
            *message = QCoreApplication::translate(
                "Cairn::Server", "The plan server “%1” is upgraded (format %2, revision %3).")
                           .arg(address.display())
                           .arg(v)
                           .arg(ServerSchema::currentRevision());
            return true;
        }
        if (v >= ServerSchema::oldestUpgradableVersion() && v < ServerSchema::currentVersion()) {
            QStringList statements;
            for (int from = v; from < ServerSchema::currentVersion(); ++from)
                statements += ServerSchema::formatUpgradeStatements(from);
            statements += ServerSchema::upgradeStatements();
            if (!store.m_db.transaction() || !execAll(store.m_db, statements, &error)
                || !store.m_db.commit()) {
                if (error.isEmpty())
                    error = serverText(store.m_db.lastError());
                store.m_db.rollback();
                *message = store.failure(error);
                return false;
            }
            *message = QCoreApplication::translate(
                "Cairn::Server", "The plan server “%1” is upgraded (format %2, revision %3).")
                           .arg(address.display())
                           .arg(ServerSchema::currentVersion())
                           .arg(ServerSchema::currentRevision());
            return true;
        }
        *message = store.failure(QCoreApplication::translate("Cairn::Server",
            "its plans are in format %1 and this version of Cairn cannot upgrade them to %2")
                                     .arg(v)
                                     .arg(ServerSchema::currentVersion()));
        return false;
    }
    if (!store.m_db.transaction()) {
        *message = store.failure(serverText(store.m_db.lastError()));
        return false;
    }
    if (!execAll(store.m_db, ServerSchema::createStatements(), &error) || !store.m_db.commit()) {
        if (error.isEmpty())
            error = serverText(store.m_db.lastError());
        store.m_db.rollback();
        *message = store.failure(error);
        return false;
    }
    *message
        = QCoreApplication::translate("Cairn::Server", "The plan server “%1” is ready (format %2).")
              .arg(address.display())
              .arg(ServerSchema::currentVersion());
    return true;
}

// ---- whole plans -----------------------------------------------------------------------------

LoadResult ServerStore::load()
{
    LoadResult result;
    auto fail = [this, &result](const QString &message) {
        result.error = LoadError::Unreadable;
        result.message = message;
        dropIfLost();
        return result;
    };
    m_loaded.reset();
    QString message;
    if (!open(&message) || !findPlan(&message))
        return fail(message);
    // One snapshot: the rows and the revision they are at.
    if (!m_db.transaction())
        return fail(failure(serverText(m_db.lastError())));
    QString error;
    PlanContent content;
    RowVersions versions;
    PlanRows rows(m_db, SqlDialect::postgres(), m_planId);
    const bool ok = execAll(m_db,
                        {QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, "
                                        "READ ONLY")},
                        &error)
        && rows.read(content, &versions);
    const auto revision = ok
        ? scalar(m_db, QStringLiteral("SELECT revision FROM cairn.plans WHERE id = ?"), {m_planId},
            &error)
        : std::nullopt;
    // Past every block of ids reserved for others (a server not upgraded has none).
    const auto reserved = revision
        ? scalar(m_db,
            QStringLiteral("SELECT (to_jsonb(p) ->> 'reserved_id')::BIGINT FROM cairn.plans p "
                           "WHERE id = ?"),
            {m_planId}, &error)
        : std::nullopt;
    const bool partsRead = !reserved || !m_keepsParts || readPartVersions(versions, &error);
    m_db.rollback();
    if (!ok || !revision || !reserved || !partsRead) {
        dropIfLost();
        result.error = LoadError::BadContent;
        result.message = failure(
            QCoreApplication::translate("Cairn::Server", "the plan “%1” could not be read (%2)")
                .arg(m_address.plan, error.isEmpty() ? rows.error() : error));
        return result;
    }
    content.nextId = std::max({content.nextId, content.maxId() + 1, reserved->toLongLong()});
    m_versions = std::move(versions);
    m_revision = revision->toLongLong();
    m_loaded = content;
    m_readWhole = true;
    result.content = std::move(content);
    result.fileVersion = ServerSchema::currentVersion();
    return result;
}

qint64 ServerStore::reserveIds(qint64 atLeast, qint64 count, QString *message)
{
    if (m_planId == 0 && (!open(message) || !findPlan(message)))
        return 0;
    if (!m_db.isOpen() && !connect(message))
        return 0;
    QString error;
    const auto first = scalar(m_db, QStringLiteral("SELECT cairn.reserve_ids(?, ?, ?)"),
        {m_planId, atLeast, count}, &error);
    if (!first || first->isNull()) {
        dropIfLost();
        *message = failure(error.contains(QLatin1String("may not change"))
                ? QCoreApplication::translate("Cairn::Server", "“%1” may only view the plan “%2”")
                      .arg(m_address.user, m_address.plan)
                : error.contains(QLatin1String("reserve_ids"))
                ? QCoreApplication::translate("Cairn::Server",
                    "it cannot reserve ids for new rows yet (an administrator runs “cairn server "
                    "init ADDRESS” to upgrade it)")
                : error);
        return 0;
    }
    return first->toLongLong();
}

bool ServerStore::publish(const PlanContent &plan, QString *message)
{
    if (!open(message))
        return false;
    if (m_address.plan.isEmpty()) {
        *message = failure(QCoreApplication::translate(
            "Cairn::Server", "the address names no plan (add plan=NAME)"));
        return false;
    }
    if (!m_db.transaction()) {
        *message = failure(serverText(m_db.lastError()));
        return false;
    }
    QString error;
    auto fail = [&](const QString &why) {
        m_db.rollback();
        m_planId = 0;
        *message = failure(why);
        return false;
    };
    const auto exists
        = scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM cairn.plans WHERE handle = ?)"),
            {m_address.plan}, &error);
    if (!exists)
        return fail(error);
    const auto id
        = scalar(m_db, QStringLiteral("SELECT cairn.create_plan(?)"), {m_address.plan}, &error);
    if (!id)
        return fail(error.contains(QLatin1String("plans_handle_key"))
                ? QCoreApplication::translate("Cairn::Server", "there is a plan “%1” already")
                      .arg(m_address.plan)
                : error);
    m_planId = id->toLongLong();
    PlanRows rows(m_db, SqlDialect::postgres(), m_planId);
    if (!rows.write(plan))
        return fail(rows.error());
    const auto revision = scalar(m_db, QStringLiteral("SELECT cairn.finish_step(?, ?)"),
        {m_planId, QStringLiteral("*")}, &error);
    if (!revision)
        return fail(error);
    if (!m_db.commit())
        return fail(serverText(m_db.lastError()));
    // Read back what the server holds now, with its versions.
    const LoadResult loaded = load();
    if (!loaded.ok()) {
        *message = loaded.message;
        return false;
    }
    return true;
}

bool ServerStore::grant(const QString &member, MemberRole role, QString *message)
{
    if (!open(message) || !findPlan(message))
        return false;
    QString error;
    if (!scalar(m_db, QStringLiteral("SELECT cairn.set_member(?, ?, ?)"),
            {m_planId, member, memberRoleText(role)}, &error)) {
        *message = failure(error);
        return false;
    }
    return true;
}

// ---- one undo step ---------------------------------------------------------------------------

bool ServerStore::checkRows(
    const PlanChanges &changes, PlanRows &rows, std::vector<Conflict> &conflicts)
{
    auto state = [&](const RowKey &key, Conflict &c) -> std::optional<bool> {
        // nullopt: an error; false: no such row
        const auto s = rows.rowState(key, true);
        if (!s)
            return rows.error().isEmpty() ? std::optional(false) : std::nullopt;
        c.serverVersion = s->version;
        c.changedBy = s->changedBy;
        c.changedAt = s->changedAt;
        return true;
    };
    if (const auto &info = changes.infoChange()) {
        Conflict c;
        c.row = RowKey {0, 0, 0};
        c.baseVersion = m_versions.value(c.row);
        const auto there = state(c.row, c);
        if (!there)
            return false;
        if (c.serverVersion != c.baseVersion) {
            c.mineInfo = info->second;
            c.theirsInfo = rows.readInfo();
            c.myFields = changedFields(info->first, info->second);
            c.theirFields = c.theirsInfo ? changedFields(info->first, *c.theirsInfo) : ~0ull;
            c.what = QCoreApplication::translate(
                "Cairn::Server", "The plan's settings were changed by %1 at %2")
                         .arg(c.changedBy, c.changedAt);
            conflicts.push_back(c);
        }
    }
    for (const PlanChanges::EntityChange &e : changes.entityChanges()) {
        const EntityValue &any = e.after ? *e.after : *e.before;
        Conflict c;
        c.row = rowKey(any);
        c.baseVersion = m_versions.value(c.row);
        c.mine = e.after;
        if (!e.before) {
            // A new entity: its id must be free in every table (ids are unique across kinds).
            for (EntityKind kind : kEntityKinds) {
                if (auto theirs = rows.readEntity(kind, idOf(any))) {
                    c.kind = Conflict::Kind::Exists;
                    c.theirs = theirs;
                    c.what = QCoreApplication::translate("Cairn::Server",
                        "“%1” cannot be added: its id is taken by “%2”, added by someone "
                        "else")
                                 .arg(nameOf(any), nameOf(*theirs));
                    conflicts.push_back(c);
                    break;
                }
                if (!rows.error().isEmpty())
                    return false;
            }
            continue;
        }
        const auto there = state(c.row, c);
        if (!there)
            return false;
        if (!*there) {
            c.kind = Conflict::Kind::Removed;
            c.what
                = QCoreApplication::translate("Cairn::Server", "“%1” was removed by someone else")
                      .arg(nameOf(*e.before));
            conflicts.push_back(c);
        } else if (c.serverVersion != c.baseVersion) {
            c.theirs = rows.readEntity(kindOf(*e.before), idOf(*e.before));
            if (e.after)
                c.myFields = std::visit(
                    [&](const auto &a) {
                        using T = std::decay_t<decltype(a)>;
                        return changedFields(std::get<T>(*e.before), a);
                    },
                    *e.after);
            c.theirFields = c.theirs ? std::visit(
                                [&](const auto &t) {
                                    using T = std::decay_t<decltype(t)>;
                                    return changedFields(std::get<T>(*e.before), t);
                                },
                                *c.theirs)
                                     : ~0ull;
            c.what = QCoreApplication::translate("Cairn::Server", "“%1” was changed by %2 at %3")
                         .arg(nameOf(*e.before), c.changedBy, c.changedAt);
            conflicts.push_back(c);
        }
    }
    for (const PlanChanges::LinkChange &l : changes.linkChanges()) {
        const LinkValue &any = l.after ? *l.after : *l.before;
        Conflict c;
        c.row = rowKey(any);
        c.baseVersion = m_versions.value(c.row);
        c.mineLink = l.after;
        const auto there = state(c.row, c);
        if (!there)
            return false;
        if (!l.before && *there) {
            c.kind = Conflict::Kind::Exists;
            c.theirsLink = rows.readLink(any);
            c.what = QCoreApplication::translate("Cairn::Server", "%1 was added by %2 at %3")
                         .arg(linkText(any), c.changedBy, c.changedAt);
            conflicts.push_back(c);
        } else if (l.before && !*there) {
            c.kind = Conflict::Kind::Removed;
            c.what = QCoreApplication::translate("Cairn::Server", "%1 was removed by someone else")
                         .arg(linkText(any));
            conflicts.push_back(c);
        } else if (l.before && c.serverVersion != c.baseVersion) {
            c.theirsLink = rows.readLink(any);
            c.myFields = ~0ull;
            c.theirFields = ~0ull;
            c.what = QCoreApplication::translate("Cairn::Server", "%1 was changed by %2 at %3")
                         .arg(linkText(any), c.changedBy, c.changedAt);
            conflicts.push_back(c);
        }
    }
    return true;
}

bool ServerStore::writeRows(
    const PlanContent &after, const PlanChanges &changes, PlanRows &rows, bool *raisedNextId)
{
    *raisedNextId = false;
    if (const auto &info = changes.infoChange();
        info && !rows.updateInfo(info->first, info->second))
        return false;
    // In the order Plan applies them: links away, entities away, new entities in the order they
    // stand, changed entities, links set.
    for (const PlanChanges::LinkChange &l : changes.linkChanges())
        if (l.before && !l.after && !rows.deleteLink(*l.before))
            return false;
    for (const PlanChanges::EntityChange &e : changes.entityChanges())
        if (e.before && !e.after && !rows.deleteEntity(kindOf(*e.before), idOf(*e.before)))
            return false;
    std::vector<const PlanChanges::EntityChange *> adds;
    for (const PlanChanges::EntityChange &e : changes.entityChanges())
        if (!e.before && e.after)
            adds.push_back(&e);
    std::stable_sort(adds.begin(), adds.end(),
        [](const auto *a, const auto *b) { return a->positionAfter < b->positionAfter; });
    for (const PlanChanges::EntityChange *e : adds) {
        const auto [low, high] = std::visit(
            [&](const auto &v) {
                return neighbours<std::decay_t<decltype(v)>>(after, e->positionAfter);
            },
            *e->after);
        const auto position = rows.positionBetween(low, high, rowKey(*e->after).table);
        if (!position || !rows.insertEntity(*e->after, *position))
            return false;
    }
    for (const PlanChanges::EntityChange &e : changes.entityChanges())
        if (e.before && e.after && !rows.updateEntity(*e.before, *e.after))
            return false;
    for (const PlanChanges::LinkChange &l : changes.linkChanges()) {
        if (!l.after)
            continue;
        if (l.before) {
            if (!rows.updateLink(*l.before, *l.after))
                return false;
            continue;
        }
        const auto [low, high] = std::visit(
            [&](const auto &v) {
                return neighbours<std::decay_t<decltype(v)>>(after, l.positionAfter);
            },
            *l.after);
        const auto position = rows.positionBetween(low, high, rowKey(*l.after).table);
        if (!position || !rows.insertLink(*l.after, *position))
            return false;
    }
    if (changes.nextIdAfter() <= 0)
        return true;
    if (!rows.setNextId(changes.nextIdAfter()))
        return false;
    *raisedNextId = rows.lastAffected() > 0;
    return true;
}

void ServerStore::rememberVersions(const PlanChanges &changes, PlanRows &rows, bool raisedNextId)
{
    auto remember = [&](const RowKey &key, bool exists) {
        if (!exists) {
            m_versions.remove(key);
            return;
        }
        if (const auto s = rows.rowState(key, false))
            m_versions.insert(key, s->version);
    };
    const RowKey info {0, 0, 0};
    if (changes.infoChange()) {
        remember(info, true);
    } else if (raisedNextId) {
        // Only the next id moved, and the plan's row has a new version for it (the server adds
        // one). It is this client's base for the settings when the one before it was: else a
        // colleague's change of the settings is still unread, and stays a conflict.
        const auto s = rows.rowState(info, false);
        if (s && m_versions.contains(info) && m_versions.value(info) == s->version - 1)
            m_versions.insert(info, s->version);
    }
    for (const PlanChanges::EntityChange &e : changes.entityChanges())
        remember(rowKey(e.after ? *e.after : *e.before), e.after.has_value());
    for (const PlanChanges::LinkChange &l : changes.linkChanges())
        remember(rowKey(l.after ? *l.after : *l.before), l.after.has_value());
}

CommitResult ServerStore::commit(const PlanContent &after, const PlanChanges &changes)
{
    CommitResult result;
    QString message;
    if (m_planId == 0 && (!open(&message) || !findPlan(&message))) {
        result.message = message;
        return result;
    }
    if (changes.isEmpty()) {
        result.ok = true;
        result.revision = m_revision;
        return result;
    }
    if (!partsOf(changes).empty() && !m_keepsParts) {
        // Refused, never dropped silently.
        result.message = failure(QCoreApplication::translate("Cairn::Server",
            "it cannot keep %1 yet (an administrator runs “cairn server init ADDRESS” to "
            "upgrade it)")
                                     .arg(partLabel(partsOf(changes).front())));
        return result;
    }
    if (!m_db.isOpen() && !connect(&message)) {
        result.message = message;
        return result;
    }
    if (!m_db.transaction()) {
        result.message = failure(serverText(m_db.lastError()));
        dropIfLost();
        return result;
    }
    auto fail = [&](const QString &why) {
        m_db.rollback();
        dropIfLost(); // the same step goes again, on a new connection if this one is gone
        result.message = failure(why);
        return result;
    };
    QString error;
    // The plan's write lock first: steps on one plan are written one after the other.
    if (!scalar(m_db, QStringLiteral("SELECT cairn.lock_plan(?)"), {m_planId}, &error))
        return fail(error.contains(QLatin1String("may not change"))
                ? QCoreApplication::translate("Cairn::Server", "“%1” may only view the plan “%2”")
                      .arg(m_address.user, m_address.plan)
                : error);
    PlanRows rows(m_db, SqlDialect::postgres(), m_planId);
    if (!checkRows(changes, rows, result.conflicts) || !checkParts(changes, result.conflicts))
        return fail(rows.error().isEmpty() ? serverText(m_db.lastError()) : rows.error());
    if (!result.conflicts.empty()) {
        m_db.rollback();
        result.message = QCoreApplication::translate("Cairn::Server",
            "Not saved: %n change(s) by others since this plan was read.", "",
            int(result.conflicts.size()));
        return result;
    }
    bool raisedNextId = false;
    if (!writeRows(after, changes, rows, &raisedNextId))
        return fail(rows.error());
    RowVersions partVersions;
    for (const PlanPart part : partsOf(changes)) {
        const auto version = writePart(rows, part, after)
            ? scalar(m_db,
                QStringLiteral("INSERT INTO cairn.plan_part (plan_id, part) VALUES (?, ?) ON "
                               "CONFLICT (plan_id, part) DO UPDATE SET changed_at = now() "
                               "RETURNING version"),
                {m_planId, partName(part)}, &error)
            : std::nullopt;
        if (!version)
            return fail(error.isEmpty() ? rows.error() : error);
        partVersions.insert(partKey(part), version->toLongLong());
    }
    QStringList changed;
    for (const PlanPart part : partsOf(changes))
        changed << rowKeyText(partKey(part));
    for (const PlanChanges::EntityChange &e : changes.entityChanges())
        changed << rowKeyText(rowKey(e.after ? *e.after : *e.before));
    for (const PlanChanges::LinkChange &l : changes.linkChanges())
        changed << rowKeyText(rowKey(l.after ? *l.after : *l.before));
    // A next id moved gives the plan's row a new version: named, so that a colleague's
    // refresh reads it (else their next change of the settings is refused as a conflict).
    if (changes.infoChange() || raisedNextId)
        changed << rowKeyText(RowKey {0, 0, 0});
    const auto revision = scalar(m_db, QStringLiteral("SELECT cairn.finish_step(?, ?)"),
        {m_planId, changed.join(QLatin1Char(' '))}, &error);
    if (!revision)
        return fail(error);
    RowVersions before = m_versions;
    rememberVersions(changes, rows, raisedNextId);
    m_versions.insert(partVersions);
    if (!m_db.commit()) {
        m_versions = before;
        return fail(serverText(m_db.lastError()));
    }
    m_revision = revision->toLongLong();
    result.ok = true;
    result.revision = m_revision;
    return result;
}

LoadResult ServerStore::refresh()
{
    std::optional<PlanContent> plan = m_loaded && m_db.isOpen() ? readChanges() : std::nullopt;
    if (!plan)
        return load();
    LoadResult result;
    result.content = std::move(plan);
    result.fileVersion = ServerSchema::currentVersion();
    return result;
}

bool ServerStore::readPartVersions(RowVersions &versions, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT part, version FROM cairn.plan_part WHERE plan_id = ?"))) {
        *error = serverText(q.lastError());
        return false;
    }
    q.addBindValue(m_planId);
    if (!q.exec()) {
        *error = serverText(q.lastError());
        return false;
    }
    while (q.next())
        for (const PlanPart part : kPlanParts)
            if (partName(part) == q.value(0).toString())
                versions.insert(partKey(part), q.value(1).toLongLong());
    return true;
}

// A part someone wrote since this client read it is a conflict: the whole part, by whom and when.
bool ServerStore::checkParts(const PlanChanges &changes, std::vector<Conflict> &conflicts)
{
    for (const PlanPart part : partsOf(changes)) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT version, changed_by, changed_at::TEXT FROM "
                                      "cairn.plan_part WHERE plan_id = ? AND part = ? FOR UPDATE")))
            return false;
        q.addBindValue(m_planId);
        q.addBindValue(partName(part));
        if (!q.exec())
            return false;
        Conflict c;
        c.row = partKey(part);
        c.baseVersion = m_versions.value(c.row);
        if (q.next()) {
            c.serverVersion = q.value(0).toLongLong();
            c.changedBy = q.value(1).toString();
            c.changedAt = q.value(2).toString();
        }
        if (c.serverVersion == c.baseVersion)
            continue;
        c.myFields = ~0ull;
        c.theirFields = ~0ull;
        c.what = QCoreApplication::translate("Cairn::Server", "%1 changed %2 at %3")
                     .arg(c.changedBy, partLabel(part), c.changedAt);
        conflicts.push_back(c);
    }
    return true;
}

bool ServerStore::follow(const ServerStore &other, QString *message)
{
    m_planId = other.m_planId;
    m_revision = other.m_revision;
    m_versions = other.m_versions;
    m_loaded = other.m_loaded;
    m_readWhole = other.m_readWhole;
    m_keepsParts = other.m_keepsParts;
    if (m_loaded && connect(message))
        return true;
    m_loaded.reset();
    return false;
}

namespace {
template<class T>
bool putEntity(std::vector<T> &items, qint64 id, const std::optional<EntityValue> &now)
{
    auto it
        = std::find_if(items.begin(), items.end(), [id](const T &e) { return e.id.value == id; });
    if (!now) {
        if (it != items.end())
            items.erase(it);
        return true;
    }
    const T *value = std::get_if<T>(&*now);
    if (!value || it == items.end())
        return false; // added: where it goes among the others only the whole plan says
    *it = *value;
    return true;
}
} // namespace

// One row the change log names ("initiative:12", "plan:0"), read into `plan`; false when only
// reading the whole plan can tell (a link, a row added, an error).
bool ServerStore::readChangedRow(
    PlanRows &rows, const QString &text, PlanContent &plan, RowVersions &versions)
{
    const QString table = text.section(QLatin1Char(':'), 0, 0);
    const RowKey info {0, 0, 0};
    RowKey key {-1, text.section(QLatin1Char(':'), 1).section(QLatin1Char(','), 0, 0).toLongLong(),
        text.section(QLatin1Char(','), 1).toLongLong()};
    for (int t = 0; !tableName(t).isEmpty(); ++t)
        if (tableName(t) == table)
            key.table = t;
    auto stateOf = [&] {
        const auto state = rows.rowState(key, false);
        if (state)
            versions.insert(key, state->version);
        return state.has_value();
    };
    if (const std::optional<PlanPart> part = partOf(key)) {
        QString error;
        const auto version = readPart(rows, *part, plan)
            ? scalar(m_db,
                QStringLiteral(
                    "SELECT version FROM cairn.plan_part WHERE plan_id = ? AND part = ?"),
                {m_planId, partName(*part)}, &error)
            : std::nullopt;
        if (!version)
            return false;
        versions.insert(key, version->toLongLong()); // none: 0, never written by a step
        return true;
    }
    if (key == info) {
        const std::optional<PlanInfo> read = rows.readInfo();
        if (!read)
            return false;
        plan.info = *read;
        return stateOf();
    }
    std::optional<EntityKind> kind;
    if (key.table == tableIndex<Goal>())
        kind = EntityKind::Goal;
    else if (key.table == tableIndex<System>())
        kind = EntityKind::System;
    else if (key.table == tableIndex<Resource>())
        kind = EntityKind::Resource;
    else if (key.table == tableIndex<Initiative>())
        kind = EntityKind::Initiative;
    else if (key.table == tableIndex<Milestone>())
        kind = EntityKind::Milestone;
    if (!kind || key.table < 0)
        return false;
    const std::optional<EntityValue> now = rows.readEntity(*kind, key.first);
    if (!now && !rows.error().isEmpty())
        return false;
    bool put = false;
    switch (*kind) {
    case EntityKind::Goal:
        put = putEntity(plan.goals, key.first, now);
        break;
    case EntityKind::System:
        put = putEntity(plan.systems, key.first, now);
        break;
    case EntityKind::Resource:
        put = putEntity(plan.resources, key.first, now);
        break;
    case EntityKind::Initiative:
        put = putEntity(plan.initiatives, key.first, now);
        break;
    default:
        put = putEntity(plan.milestones, key.first, now);
        break;
    }
    if (!put)
        return false;
    if (!now) {
        versions.remove(key);
        return true;
    }
    return stateOf();
}

std::optional<PlanContent> ServerStore::readChanges()
{
    if (!m_db.transaction()) {
        dropIfLost(); // load() then makes a new connection
        return std::nullopt;
    }
    QString error;
    auto give = [this](std::optional<PlanContent> plan) {
        m_db.rollback();
        return plan;
    };
    const auto revision = execAll(m_db,
                              {QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, "
                                              "READ ONLY")},
                              &error)
        ? scalar(m_db, QStringLiteral("SELECT revision FROM cairn.plans WHERE id = ?"), {m_planId},
            &error)
        : std::nullopt;
    if (!revision)
        return give(std::nullopt);
    const qint64 now = revision->toLongLong();
    PlanContent plan = *m_loaded;
    RowVersions versions = m_versions;
    if (now != m_revision) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT changed_rows FROM cairn.change_log WHERE plan_id = ? "
                                      "AND revision > ? AND revision <= ?")))
            return give(std::nullopt);
        q.addBindValue(m_planId);
        q.addBindValue(m_revision);
        q.addBindValue(now);
        if (!q.exec())
            return give(std::nullopt);
        QSet<QString> changed;
        qint64 steps = 0;
        while (q.next()) {
            ++steps;
            for (const QString &row :
                q.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                changed.insert(row);
        }
        if (steps != now - m_revision || changed.size() > kMostRowsRefreshed)
            return give(std::nullopt);
        PlanRows rows(m_db, SqlDialect::postgres(), m_planId);
        for (const QString &row : std::as_const(changed))
            if (!readChangedRow(rows, row, plan, versions))
                return give(std::nullopt);
    }
    // The next id as a whole read gives it: past every id written and every block reserved
    // (reserving ids is no step).
    const auto next = scalar(m_db,
        QStringLiteral("SELECT GREATEST(p.next_id, COALESCE((to_jsonb(x) ->> "
                       "'reserved_id')::BIGINT, 0)) FROM cairn.plan p JOIN cairn.plans x ON "
                       "x.id = p.plan_id WHERE p.plan_id = ?"),
        {m_planId}, &error);
    if (!next || next->isNull())
        return give(std::nullopt);
    plan.nextId = std::max(next->toLongLong(), plan.maxId() + 1);
    m_db.rollback();
    m_loaded = plan;
    m_versions = std::move(versions);
    m_revision = now;
    m_readWhole = false;
    return plan;
}

void ServerStore::keepMine(const std::vector<Conflict> &conflicts)
{
    for (const Conflict &c : conflicts) {
        if (c.kind == Conflict::Kind::Changed)
            m_versions.insert(c.row, c.serverVersion);
    }
}

} // namespace Cairn
