#include "app/cli/screenshot.h"

#include "app/cli/cli.h"
#include "app/cli/output.h"
#include "app/dialogs/preferences.h"
#include "app/mainwindow.h"
#include "app/present/presentationview.h"
#include "app/present/workshop.h"
#include "app/views/graphpage.h"
#include "app/views/scenariobar.h"
#include "app/views/workspace.h"
#include "core/scenario/scenarioplan.h"
#include "core/session/liveschedule.h"
#include "core/session/plandocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

namespace Cairn::Cli {

namespace {
// A headless window asks nobody: a failure is kept to be printed, unsaved changes are dropped.
class Headless : public Interaction {
public:
    QString failure;
    QMessageBox::StandardButton askToSave(QWidget *, const QString &) override
    {
        return QMessageBox::Discard;
    }
    void notify(QWidget *, const QString &, const QString &message) override { failure = message; }
    QMessageBox::StandardButton ask(
        QWidget *, const QString &, const QString &, QMessageBox::StandardButtons) override
    {
        return QMessageBox::Cancel;
    }
    int run(QDialog &) override { return 0; }
};

// --scenario and --baseline: through the toolbar's switcher, as a person would.
int showScenario(MainWindow &window, const QString &scenario, const QString &baseline)
{
    auto *bar = window.findChild<ScenarioBar *>(QStringLiteral("scenarioBar"));
    const PlanContent &plan = window.workspace()->document().plan().content();
    if (!scenario.isEmpty() && scenario.compare(basePlanKey(), Qt::CaseInsensitive) != 0) {
        const auto id = scenarioNamed(plan, scenario);
        if (!id) {
            err(QCoreApplication::translate("Cairn::Cli", "There is no scenario called “%1”.")
                    .arg(scenario));
            return UsageError;
        }
        bar->setCurrent(id);
    }
    if (!baseline.isEmpty()) {
        const auto id = baselineNamed(plan, baseline);
        if (!id) {
            err(QCoreApplication::translate("Cairn::Cli", "There is no baseline called “%1”.")
                    .arg(baseline));
            return UsageError;
        }
        bar->showBaseline(id);
    }
    return Ok;
}

QStringList viewNames()
{
    QStringList names;
    for (View v : allViews())
        names << viewName(v);
    return names;
}
} // namespace

int screenshotCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("Cairn::Cli", "The plan to show."));
    parser.addPositionalArgument(QStringLiteral("OUT.png"),
        QCoreApplication::translate("Cairn::Cli", "Where to write the image."));
    const QCommandLineOption view(QStringLiteral("view"),
        QCoreApplication::translate("Cairn::Cli",
            "roadmap, charts, graph, initiatives, goals, systems, resources, milestones or "
            "presentation (default roadmap)."),
        QStringLiteral("NAME"), QStringLiteral("roadmap"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("Cairn::Cli", "Window size (default 1600x1000)."),
        QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        QCoreApplication::translate("Cairn::Cli", "Show this scenario (“base”: the plan itself)."),
        QStringLiteral("NAME"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
        QCoreApplication::translate("Cairn::Cli", "Show this baseline as ghosts on the roadmap."),
        QStringLiteral("NAME"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QCoreApplication::translate(
            "Cairn::Cli", "system, light, dark or projector (default system)."),
        QStringLiteral("NAME"), QStringLiteral("system"));
    parser.addOptions({view, size, scenario, baseline, theme});
    int code = Ok;
    if (!parseCommand(parser, arguments, 2, 2, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const auto windowSize = parseSize(parser.value(size));
    if (!windowSize)
        return UsageError;
    // Presenter mode is a window of its own, not a tab of the workspace.
    const bool presenting = parser.value(view) == QLatin1String("presentation");
    const std::optional<View> shown
        = presenting ? std::optional<View>(View::Roadmap) : viewNamed(parser.value(view));
    if (!shown) {
        err(QCoreApplication::translate("Cairn::Cli", "Unknown view “%1”; choose one of: %2.")
                .arg(parser.value(view), viewNames().join(QStringLiteral(", "))));
        return UsageError;
    }
    const std::optional<ThemeChoice> look = Preferences::themeNamed(parser.value(theme));
    if (!look) {
        err(QCoreApplication::translate("Cairn::Cli", "Unknown theme “%1”; choose one of: %2.")
                .arg(parser.value(theme), QStringLiteral("system, light, dark, projector")));
        return UsageError;
    }
    applyTheme(*qApp, *look);
    Headless headless;
    MainWindow window;
    window.setInteraction(&headless);
    window.setRemembersFiles(false); // a picture is not a file the user opened
    if (!window.openFile(args[0])) {
        err(headless.failure);
        return Unreadable;
    }
    if (const int c = showScenario(window, parser.value(scenario), parser.value(baseline)); c != Ok)
        return c;
    window.workspace()->showView(*shown);
    window.arrange(*windowSize);
    window.show();
    // Wait for the improved schedule (bounded), so the picture shows the final plan.
    window.liveSchedule()->setImprovementBudget(400);
    window.liveSchedule()->refresh();
    QEventLoop loop;
    QObject::connect(
        window.liveSchedule(), &LiveSchedule::updated, &loop, [&loop](const ScheduleSnapshot &s) {
            if (s.final)
                loop.quit();
        });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    window.workspace()->graph()->view()->waitForLayout(30000); // laid out in the background
    QCoreApplication::processEvents();
    if (presenting)
        window.workshop()->present(*windowSize);
    QWidget *shot
        = presenting ? static_cast<QWidget *>(window.workshop()->presentation()) : &window;
    const QString outPath = args[1];
    if (!shot || !shot->grab().save(outPath, "PNG")) {
        err(QCoreApplication::translate("Cairn::Cli", "Cannot write “%1”.")
                .arg(QDir::toNativeSeparators(outPath)));
        return Unreadable;
    }
    out(QCoreApplication::translate("Cairn::Cli", "Wrote the screenshot to %1")
            .arg(QDir::toNativeSeparators(QFileInfo(outPath).absoluteFilePath())));
    return Ok;
}

} // namespace Cairn::Cli
