#pragma once

#include "core/interchange/importer.h"

#include <QStringList>

namespace Cairn::Cli {

// cairn server init URI | cairn server grant URI MEMBER viewer|editor|owner
int serverCommand(const QStringList &arguments);
// cairn publish FILE URI: uploads a plan file as a new shared plan named in the URI.
int publishCommand(const QStringList &arguments);

// cairn import URI --csv PATH: the import as one step on the server, checked like any step.
int importIntoServer(
    const QString &uri, const QString &csv, const Interchange::ImportOptions &options);

} // namespace Cairn::Cli
