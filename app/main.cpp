#include "app/cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Headless commands need no display; the GUI (later) sets its own platform.
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Cairn"));
    QCoreApplication::setApplicationName(QStringLiteral("cairn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAIRN_VERSION));
    Cairn::Cli::installTranslations(app);
    return Cairn::Cli::run(app.arguments());
}
