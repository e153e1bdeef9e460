#pragma once

#include <QStringList>

namespace Cairn::Cli {

// cairn server init URI | cairn server grant URI MEMBER viewer|editor|owner
int serverCommand(const QStringList &arguments);
// cairn publish FILE URI: uploads a plan file as a new shared plan named in the URI.
int publishCommand(const QStringList &arguments);

} // namespace Cairn::Cli
