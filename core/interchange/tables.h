#pragma once

#include "core/domain/fields.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cairn::Interchange {

// The tables a plan is exchanged as: one CSV file, one Excel sheet or one JSON array each, in
// the order an import needs them. Each is made from the field schema: its columns are the
// schema's keys, in English, stable.
enum class TableKind {
    Plan,
    Resources,
    Goals,
    Systems,
    Initiatives,
    Milestones,
    ResourceCapacities,
    Demands,
    GoalContributions,
    SystemImpacts,
    Dependencies,
    ReferenceSchedule,
    Scenarios,
    ScenarioOverrides,
    Baselines,
    BaselineEntries,
    Workshops,
    WorkshopEntries,
    Decisions,
    Participants,
    Votes,
    Efforts,
};

enum class CellType { Text, Integer, Amount, Quarter, Choice };

struct Column {
    QString key; // the header files carry
    const FieldSpec *field = nullptr; // none for the id and for worked-out columns
    bool derived = false; // worked out by Cairn (the schedule): written, never read
    QString title() const; // translated
    CellType cellType() const;
};

struct TableSpec {
    TableKind kind;
    EntityKind entity;
    QString stem; // "initiatives": initiatives.csv, the JSON array
    QString sheet; // the Excel sheet (English, stable)
    const char *title; // translated in "Cairn::Field"
    QList<Column> columns;
    QStringList required; // the columns a file must have
    bool keyValue = false; // the plan's settings: one row per setting (field, value)

    QString titleText() const;
    const Column *column(QStringView key) const;
};

const QList<TableSpec> &tableSpecs();
const TableSpec &tableSpec(TableKind kind);
QList<TableKind> allTables();
QString fileName(TableKind kind); // "initiatives.csv"
QString sheetName(TableKind kind); // "Initiatives"
QString tableTitle(TableKind kind); // translated, for the wizard
QStringList columns(TableKind kind); // stable English keys
QString columnTitle(TableKind kind, const QString &key); // translated

// The column a header names: its key, its label in English, German, French or Spanish, or a word
// spreadsheets use for it (case, spaces, underscores and hyphens do not matter). Empty if none.
QString columnForHeader(TableKind kind, const QString &header);
// The plan setting a "field" cell of the plan table names, by the same rules.
const FieldSpec *planSetting(const QString &text);

// Which table a file holds, from its name or else from its header.
std::optional<TableKind> guessTable(const QString &path, const QStringList &header);
// Column key -> index of the file's column holding it.
QMap<QString, int> guessMapping(TableKind kind, const QStringList &header);

// Every way a label is written in Cairn's languages (English and the translations shipped).
QStringList labelInEveryLanguage(const char *context, const char *source);

} // namespace Cairn::Interchange
