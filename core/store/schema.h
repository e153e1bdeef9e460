#pragma once

#include <QStringList>

namespace Cairn::Schema {

// PRAGMA application_id of every Cairn plan file: "CAIR" in ASCII.
inline constexpr qint32 ApplicationId = 0x43414952;
// PRAGMA user_version this build writes. Older files migrate; newer ones open read-only.
inline constexpr int CurrentVersion = 2;

// Statements that create the current schema in an empty database.
QStringList createStatements();

// Statements that bring a file of version `from` to version `from + 1`.
QStringList migrationStatements(int from);

} // namespace Cairn::Schema
