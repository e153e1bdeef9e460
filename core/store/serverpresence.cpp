// Presence on a plan server: which items colleagues have open, from session-scoped advisory
// locks (a part of ServerStore, kept apart from the plan's rows).
#include "core/store/serverstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace Cairn {

namespace {

// A lock's key is two 32-bit numbers (the plan's id, the item's id); pg_locks shows it as
// classid, objid and objsubid 2. Ids past them (never seen in practice) are shown to nobody.
bool fitsKey(qint64 id)
{
    return id > 0 && id <= std::numeric_limits<qint32>::max();
}

// Runs a statement; its first value (null when it has none), nullopt with the error.
std::optional<QVariant> exec(
    QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    ok = ok && q.exec();
    if (!ok) {
        *error = q.lastError().text().trimmed();
        return std::nullopt;
    }
    return q.next() ? q.value(0) : QVariant();
}

// A call of an advisory lock function on the key (plan id, item id), bound in that order.
QString onKey(QLatin1String function)
{
    return QStringLiteral("SELECT %1(CAST(? AS integer), CAST(? AS integer))").arg(function);
}

} // namespace

QString ServerStore::presenceChannel(qint64 planId)
{
    return QStringLiteral("cairn_presence_%1").arg(planId);
}

std::optional<std::vector<PresenceRow>> ServerStore::presence(qint64 openItem, QString *message)
{
    if (m_planId == 0) {
        *message = failure(
            QCoreApplication::translate("Cairn::Server", "the plan has not been read yet"));
        return std::nullopt;
    }
    const qint64 wanted = fitsKey(m_planId) && fitsKey(openItem) ? openItem : 0;
    QString error;
    // Once more on a new connection when the server dropped this one (its locks went with it,
    // and are taken again below).
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_db.isOpen() && !connect(message))
            return std::nullopt;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // Every granted advisory lock on this plan's items in this database, with its holder's
        // login; this connection's own are the ones it holds.
        bool read = q.prepare(
            QStringLiteral("SELECT CAST(l.objid AS bigint), l.pid = pg_backend_pid(), "
                           "COALESCE(CAST(a.usename AS text), '') FROM pg_locks l "
                           "LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
                           "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 "
                           "AND CAST(l.classid AS bigint) = ? AND l.database = "
                           "(SELECT oid FROM pg_database WHERE datname = current_database())"));
        if (read) {
            q.addBindValue(m_planId);
            read = q.exec();
        }
        if (!read) {
            error = q.lastError().text().trimmed();
            dropIfLost();
            if (m_db.isOpen())
                break; // not a lost connection: asked again later, not now
            continue;
        }
        std::vector<PresenceRow> others;
        QSet<qint64> mine;
        while (q.next()) {
            const qint64 item = q.value(0).toLongLong();
            if (q.value(1).toBool())
                mine.insert(item);
            else
                others.push_back({item, q.value(2).toString()});
        }
        q.finish();
        bool changed = false;
        bool ok = true;
        for (const qint64 item : std::as_const(mine)) {
            if (item == wanted)
                continue;
            ok = ok
                && exec(m_db, onKey(QLatin1String("pg_advisory_unlock_shared")), {m_planId, item},
                    &error);
            changed = true;
        }
        // Shared: any number of people hold it at once, and taking it never waits. (Not taken
        // only when another program holds that key exclusively: then there is nothing to tell.)
        if (ok && wanted != 0 && !mine.contains(wanted)) {
            const auto taken = exec(m_db, onKey(QLatin1String("pg_try_advisory_lock_shared")),
                {m_planId, wanted}, &error);
            ok = taken.has_value();
            changed = changed || (taken && taken->toBool());
        }
        // The colleagues look again at once (nothing but the item's id goes with it).
        if (ok && changed)
            ok = exec(m_db, QStringLiteral("SELECT pg_notify(?, ?)"),
                {presenceChannel(m_planId), QString::number(wanted)}, &error)
                     .has_value();
        if (!ok) {
            dropIfLost();
            break;
        }
        m_presenceItem = wanted;
        return others;
    }
    *message = failure(error);
    return std::nullopt;
}

void ServerStore::leavePresence()
{
    if (m_presenceItem == 0 || !m_db.isValid() || !m_db.isOpen())
        return;
    // One statement: the notification goes out as it ends, after the lock is gone.
    QString error;
    exec(m_db,
        onKey(QLatin1String("pg_advisory_unlock_shared")) + QStringLiteral(", pg_notify(?, '0')"),
        {m_planId, m_presenceItem, presenceChannel(m_planId)}, &error);
    m_presenceItem = 0;
}

} // namespace Cairn
