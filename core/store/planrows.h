#pragma once

#include "core/domain/fields.h"
#include "core/edit/planchanges.h"
#include "core/store/sqldialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Cairn {

// One row of a plan's tables: the table (its place in forEachSchema's order) and the row's key
// there: an entity's id, a link's or an entry's leading key fields (its two ends; a capacity's
// resource and quarter ordinal); the plan's settings are (0, 0, 0).
struct RowKey {
    int table = 0;
    qint64 first = 0;
    qint64 second = 0;
    bool operator==(const RowKey &) const = default;
};
inline size_t qHash(const RowKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.table, k.first, k.second);
}
// The table a schema's rows are in, as RowKey::table counts.
template<class T> int tableIndex()
{
    int index = 0, found = -1;
    forEachSchema([&](const auto &s) {
        if (static_cast<const void *>(&s) == static_cast<const void *>(&schemaOf<T>()))
            found = index;
        ++index;
    });
    return found;
}
// The schema key of a table ("initiative").
QString tableName(int table);
// A row's key as text, "initiative:12" or "dependency:12,14", and back (nullopt when the text
// names no table or its numbers are not numbers).
QString rowKeyText(const RowKey &key);
std::optional<RowKey> rowKeyFromText(const QString &text);

RowKey rowKey(const EntityValue &entity);
RowKey rowKey(const LinkValue &link);

// The version a server gave each row when it was last read or written.
using RowVersions = QHash<RowKey, qint64>;

// Reads and writes a plan's rows, made from the field schema, in a plan file or on a plan
// server (the dialect says which; on a server every statement is limited to one plan). Values
// read are checked against their field's type and range: a bad row is named, never loaded.
class PlanRows {
public:
    PlanRows(QSqlDatabase &db, SqlDialect dialect, qint64 planId = 0);

    // The whole plan; on a server also every row's version.
    bool read(PlanContent &plan, RowVersions *versions = nullptr);
    // Every row of the plan, into empty tables.
    bool write(const PlanContent &plan);

    // Single rows, for writing one undo step on a server (only what changed).
    // The entity as stored now (nullopt when there is none, or on an error: see error()).
    std::optional<EntityValue> readEntity(EntityKind kind, qint64 id);
    std::optional<LinkValue> readLink(const LinkValue &key);
    std::optional<PlanInfo> readInfo();
    // The row's version and who changed it when (nullopt: no such row, or an error).
    struct RowState {
        qint64 version = 0;
        QString changedBy;
        QString changedAt;
    };
    std::optional<RowState> rowState(const RowKey &key, bool lock);

    bool insertEntity(const EntityValue &entity, qint64 position);
    // Writes the fields that differ between before and after (always touching the row, so
    // that a server bumps its version), and the entity's lists and entries that differ.
    bool updateEntity(const EntityValue &before, const EntityValue &after);
    bool deleteEntity(EntityKind kind, qint64 id);
    bool insertLink(const LinkValue &link, qint64 position);
    bool updateLink(const LinkValue &before, const LinkValue &after);
    bool deleteLink(const LinkValue &link);
    bool updateInfo(const PlanInfo &before, const PlanInfo &after);
    bool setNextId(qint64 next); // never lowers it
    // The position a new row gets: between those of its neighbours in `kind`'s order.
    // The position for a new row between two others (either may be absent: the start, the end).
    std::optional<qint64> positionBetween(
        const std::optional<RowKey> &before, const std::optional<RowKey> &after, int table);

    QString error() const { return m_error; }
    // Rows a single statement changed last (0: the row was not there, or not visible).
    int lastAffected() const { return m_affected; }

    // The spacing of positions on a server, so that a row can be put between two others.
    static constexpr qint64 kPositionStep = 1024;

private:
    template<class T> friend struct RowsOf;
    bool fail(const QString &what);
    bool exec(QSqlQuery &q);

    QSqlDatabase &m_db;
    SqlDialect m_dialect;
    qint64 m_planId = 0;
    const PlanContent *m_reading = nullptr; // the plan read() fills, while it does
    QString m_error;
    int m_affected = 0;
};

} // namespace Cairn
