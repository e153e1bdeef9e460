#pragma once

#include <QRandomGenerator>
#include <QString>

// Hostile plan files for the loops (tests/core/tst_mutants, tests/app/tst_loops): SQL-level
// mutations of a valid plan file (wrong types, out-of-range values, NULLs, dangling references,
// cycles of every shape, huge strings, dropped tables, foreign application ids).
namespace Cairn::Testing {

// Applies one to four random mutations to the plan file at `path`, in place; statements SQLite
// refuses (a type, a constraint) are simply skipped.
void mutatePlanFile(const QString &path, QRandomGenerator &random);

// The SHA-256 of a file's bytes (empty when it cannot be read).
QByteArray fileHash(const QString &path);

} // namespace Cairn::Testing
