#include "app/cli/cli.h"
#include "app/cli/export.h"
#include "app/cli/screenshot.h"
#include "app/dialogs/preferences.h"
#include "app/mainwindow.h"
#include "app/pseudolocale.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <unistd.h>

namespace {
void describe()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Cairn"));
    QCoreApplication::setApplicationName(QStringLiteral("cairn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAIRN_VERSION));
}

bool isHeadlessCommand(const char *arg)
{
    for (const char *c : {"sample", "check", "schedule", "import", "impact", "scenario", "compare",
             "baseline", "help", "-h", "--help", "-v", "--version"})
        if (std::strcmp(arg, c) == 0)
            return true;
    return false;
}

// The offscreen platform says it cannot propagate size hints, for every window: noise for the
// headless commands, whose own messages are what the user wants to read.
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("propagateSizeHints")))
        return;
    qt_message_output(type, context, message);
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && isHeadlessCommand(argv[1])) {
        // Headless commands need no display and never load a platform plugin.
        QCoreApplication app(argc, argv);
        describe();
        Cairn::Cli::installTranslations(app);
        return Cairn::Cli::run(app.arguments());
    }
    const bool screenshot = argc > 1 && std::strcmp(argv[1], "screenshot") == 0;
    const bool exporting = argc > 1 && std::strcmp(argv[1], "export") == 0;
    // Pictures and documents are drawn offscreen: no display needed, the same result everywhere.
    if ((screenshot || exporting) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (screenshot || exporting)
        qInstallMessageHandler(quietOffscreen);
    if ((screenshot || exporting) && !qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        // Headless sessions often have none; Qt would warn and use a shared folder in /tmp.
        const QString runtime
            = QDir::tempPath() + QStringLiteral("/cairn-runtime-%1").arg(getuid());
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(
                runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
    // An option, or a word that is neither a command nor an existing file: the command line
    // answers (unknown command, --help).
    if (!screenshot && !exporting && argc > 1
        && (argv[1][0] == '-' || !QFileInfo::exists(QString::fromLocal8Bit(argv[1])))) {
        QCoreApplication app(argc, argv);
        describe();
        // Here too: "cairn bogus" and "cairn --help" answered in English.
        Cairn::Cli::installTranslations(app);
        return Cairn::Cli::run(app.arguments());
    }
    if (!screenshot && !exporting && !hasDisplay()) {
        QCoreApplication app(argc, argv);
        describe();
        Cairn::Cli::installTranslations(app);
        return Cairn::Cli::noDisplay(app.arguments());
    }
    QApplication app(argc, argv);
    describe();
    QApplication::setApplicationDisplayName(QStringLiteral("Cairn"));
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.example.Cairn"));
    // Pictures and documents look the same for everyone; the workspace as the user chose.
    const Cairn::Preferences preferences = Cairn::Preferences::load();
    if (!screenshot && !exporting)
        Cairn::applyLanguage(preferences);
    Cairn::Cli::installTranslations(app);
    if (qEnvironmentVariableIntValue("CAIRN_PSEUDO_LOCALE") == 1) // every string 40 % longer
        QCoreApplication::installTranslator(new Cairn::PseudoTranslator(&app));
    if (screenshot || exporting) {
        QStringList args = app.arguments();
        args.removeAt(1);
        args[0] += screenshot ? QStringLiteral(" screenshot") : QStringLiteral(" export");
        return screenshot ? Cairn::Cli::screenshotCommand(args) : Cairn::Cli::exportCommand(args);
    }
    Cairn::applyTheme(app, preferences.theme);
    Cairn::applyMotion(preferences.reducedMotion);
    Cairn::MainWindow window;
    window.show();
    const QStringList args = app.arguments();
    if (args.size() <= 1 || !window.openFile(args[1])) {
        window.showWelcome(); // new, open, a template or the sample
        window.offerRecovery();
    }
    return app.exec();
}
