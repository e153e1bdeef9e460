#pragma once

#include <QString>

namespace Cairn {

// Where a plan's tables live and how their SQL is spelled. A plan file is an SQLite database
// that holds one plan in unqualified tables; a plan server is a PostgreSQL database whose schema
// "cairn" holds many plans, every row keyed by its plan's id and carrying its version and who
// changed it when. Every difference between the two is answered here, so that the statements
// made from the field schema are made once for both.
struct SqlDialect {
    enum class Kind { SQLite, PostgreSQL };
    Kind kind = Kind::SQLite;

    static SqlDialect sqlite() { return {Kind::SQLite}; }
    static SqlDialect postgres() { return {Kind::PostgreSQL}; }

    // Rows carry plan_id, version, changed_by and changed_at.
    bool shared() const { return kind == Kind::PostgreSQL; }
    // A table by its schema key: "goal", or cairn."goal".
    QString table(const QString &key) const;
    QString table(const char *key) const { return table(QLatin1String(key)); }
    // The column type of whole numbers (ids, amounts, quarters, positions).
    QString integer() const;
    // The condition that selects one plan's rows (bind the plan id), or an empty string.
    QString planCondition() const;
};

// A quoted SQL identifier: "name".
QString sqlName(const char *name);
QString sqlName(const QString &name);

} // namespace Cairn
