#pragma once

#include <QString>
#include <QStringList>

namespace Cairn::Cli {

// Line-oriented output to stdout/stderr in UTF-8 (what a terminal or a pipe expects).
void out(const QString &line = {});
void err(const QString &line);

// A plain text table: columns padded to their widest cell, the last column left ragged.
QString formatTable(const QStringList &header, const QList<QStringList> &rows);

} // namespace Cairn::Cli
