#pragma once

#include <QStringList>

namespace Cairn::Cli {

// `cairn screenshot FILE OUT.png [--view NAME] [--size WxH]`: renders the main window with the
// plan open, offscreen, and writes it as PNG. Needs a QApplication.
int screenshotCommand(const QStringList &arguments);

} // namespace Cairn::Cli
