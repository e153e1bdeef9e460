#pragma once

#include "core/domain/fields.h"
#include "core/store/sqldialect.h"

#include <QStringList>

namespace Cairn::Schema {

// PRAGMA application_id of every Cairn plan file: "CAIR" in ASCII.
inline constexpr qint32 ApplicationId = 0x43414952;
// PRAGMA user_version this build writes. Older files migrate; newer ones open read-only.
inline constexpr int CurrentVersion = 8;

// How the field schema lies in SQL. Tables and columns are named by the schema's keys:
// - an entity (goal, system, resource, initiative, milestone) is a table of its key with an id,
//   a column per field and its position in the plan's order;
// - a list field (a system's depends_on, tags) is a table "<entity>_<field>" of (owner, value,
//   position);
// - link and entry rows (initiative_goal, resource_capacity, ...) are tables of their key, keyed
//   by their leading references, in order;
// - the plan's settings are the one row of "plan", with the next id to hand out;
// - in a file, rows packed by their owner (EntitySchema::packedInFiles: a scenario's overrides)
//   are a table of their key with one row per owner: the owner's id and the rows as lines of
//   text (PackedLines; planrows.cpp reads and writes them).
QString listTable(const char *entityKey, const FieldSpec &field);
bool isColumn(const FieldSpec &field); // stored in the entity's own table
bool isTextColumn(const FieldSpec &field); // a TEXT column (else an integer one)
inline constexpr char PackedLines[] = "lines";
// The leading fields of a row table that identify a row (its primary key).
int keyFieldCount(const std::vector<const FieldSpec *> &fields);

// The number of leading fields that make a row table's primary key (0: none, rows by order).
template<class T> int keyFieldCountOf(const EntitySchema<T> &s)
{
    if (s.keyFields >= 0)
        return s.keyFields;
    std::vector<const FieldSpec *> specs;
    for (const Field<T> &f : s.fields)
        specs.push_back(&f);
    return keyFieldCount(specs);
}

// Statements that create the current schema's tables in an empty database (a plan file), or in
// the schema "cairn" of a plan server, made from the field schema.
QStringList createStatements(const SqlDialect &dialect = SqlDialect::sqlite());

// Every table of a plan: a schema's rows (which carry a version on a server) or a list field's.
struct TableInfo {
    QString name; // unquoted: "initiative", "initiative_tags"
    bool versioned = false;
};
std::vector<TableInfo> tables();

// Statements that bring a file of version `from` to version `from + 1`. These are history and
// stay written out as they were.
QStringList migrationStatements(int from);

} // namespace Cairn::Schema
