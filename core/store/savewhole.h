#pragma once

#include <QByteArray>
#include <QString>

namespace Cairn {

// Writes `bytes` to the file `path` whole or not at all: a temporary file beside it, renamed over
// it once every byte is on disk. Empty on success, else why not (the system's words). A write the
// disk cuts short (full) is a failure: Qt 6.4's QSaveFile takes the bytes a short write got down
// as written, sets no error and commits the cut file.
QString saveWhole(const QString &path, const QByteArray &bytes);

} // namespace Cairn
