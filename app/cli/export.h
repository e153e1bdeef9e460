#pragma once

#include <QStringList>

namespace Cairn::Cli {

// `cairn export FILE --png OUT | --svg OUT ...`: needs a GUI application (fonts) but no display.
int exportCommand(const QStringList &arguments);

} // namespace Cairn::Cli
