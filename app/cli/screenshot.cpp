#include "app/cli/screenshot.h"

#include "app/cli/cli.h"
#include "app/cli/output.h"
#include "app/mainwindow.h"
#include "core/session/liveschedule.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

namespace Cairn::Cli {

int screenshotCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("Cairn::Cli", "The plan to show."));
    parser.addPositionalArgument(QStringLiteral("OUT.png"),
        QCoreApplication::translate("Cairn::Cli", "Where to write the image."));
    const QCommandLineOption view(QStringLiteral("view"),
        QCoreApplication::translate("Cairn::Cli",
            "roadmap, charts, initiatives, goals, systems or resources (default roadmap)."),
        QStringLiteral("NAME"), QStringLiteral("roadmap"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("Cairn::Cli", "Window size (default 1600x1000)."),
        QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    parser.addOptions({view, size});
    int code = Ok;
    if (!parseCommand(parser, arguments, 2, 2, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const auto windowSize = parseSize(parser.value(size));
    if (!windowSize)
        return UsageError;
    MainWindow window;
    QString failure;
    window.setNotifier([&failure](const QString &, const QString &message) { failure = message; });
    window.setSavePrompt([](const QString &) { return QMessageBox::Discard; });
    if (!window.openFile(args[0])) {
        err(failure);
        return Unreadable;
    }
    if (!window.showView(parser.value(view))) {
        err(QCoreApplication::translate("Cairn::Cli", "Unknown view “%1”; choose one of: %2.")
                .arg(parser.value(view), window.viewNames().join(QStringLiteral(", "))));
        return UsageError;
    }
    window.resize(*windowSize);
    window.show();
    // Wait for the improved schedule (bounded), so the picture shows the final plan.
    window.liveSchedule()->setImprovementBudget(400);
    window.liveSchedule()->refresh();
    QEventLoop loop;
    QObject::connect(
        window.liveSchedule(), &LiveSchedule::updated, &loop, [&loop](auto, bool final) {
            if (final)
                loop.quit();
        });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::processEvents();
    const QString outPath = args[1];
    if (!window.grab().save(outPath, "PNG")) {
        err(QCoreApplication::translate("Cairn::Cli", "Cannot write “%1”.")
                .arg(QDir::toNativeSeparators(outPath)));
        return Unreadable;
    }
    out(QCoreApplication::translate("Cairn::Cli", "Wrote the screenshot to %1")
            .arg(QDir::toNativeSeparators(QFileInfo(outPath).absoluteFilePath())));
    window.setSavePrompt([](const QString &) { return QMessageBox::Discard; });
    return Ok;
}

} // namespace Cairn::Cli
