#include "app/cli/cli.h"

#include "app/cli/output.h"
#include "core/domain/planvalidator.h"
#include "core/store/planfile.h"
#include "core/store/sampleplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Cairn::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Cli)
};

struct Command
{
    const char *name;
    const char *synopsis;
    const char *summary;
};

// Shown by --help, in this order.
const Command kCommands[] = {
    {"sample", "sample OUT.cairn", QT_TRANSLATE_NOOP("Cairn::Cli", "Write the bundled sample plan to OUT.cairn.")},
    {"check", "check FILE", QT_TRANSLATE_NOOP("Cairn::Cli", "Check a plan file. Exit 0: sound; 1: the plan has problems (listed); 2: not readable or not a plan.")},
};

QString helpText()
{
    QStringList lines;
    lines << Tr::tr("Usage: cairn COMMAND [OPTIONS] [ARGUMENTS]")
          << QString()
          << Tr::tr("Cairn plans IT strategy roadmaps: business goals, the systems a business runs and "
                "the initiatives that change them, scheduled across quarters.")
          << QString() << Tr::tr("Commands:");
    for (const Command &c : kCommands)
        lines << QStringLiteral("  %1").arg(QLatin1String(c.synopsis), -28)
                     + QCoreApplication::translate("Cairn::Cli", c.summary);
    lines << QString() << Tr::tr("Options:")
          << QStringLiteral("  %1").arg(QStringLiteral("-h, --help"), -28) + Tr::tr("Show this help.")
          << QStringLiteral("  %1").arg(QStringLiteral("-v, --version"), -28)
                 + Tr::tr("Show the version.")
          << QString() << Tr::tr("Run “cairn COMMAND --help” for a command's options.");
    return lines.join(QLatin1Char('\n'));
}

// Parses a command's own options; returns false (and the exit code) on --help or an error.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, int minPositional,
                  int maxPositional, int *exitCode)
{
    parser.setApplicationDescription(QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        out(parser.helpText());
        *exitCode = Ok;
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        err(Tr::tr("Wrong number of arguments. See “%1 --help”.").arg(arguments.mid(0, 2).join(QLatin1Char(' '))));
        *exitCode = UsageError;
        return false;
    }
    return true;
}

int sampleCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("OUT.cairn"), Tr::tr("Where to write the sample plan."));
    int code = Ok;
    if (!parseCommand(parser, arguments, 1, 1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    const SaveResult saved = PlanFile::save(samplePlan(), path);
    if (!saved.ok) {
        err(saved.message);
        return Unreadable;
    }
    out(Tr::tr("Wrote the sample plan to %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return Ok;
}

int checkCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The plan file to check."));
    int code = Ok;
    if (!parseCommand(parser, arguments, 1, 1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    const LoadResult loaded = PlanFile::load(path);
    if (!loaded.ok()) {
        err(loaded.message);
        return Unreadable;
    }
    const PlanContent &plan = *loaded.content;
    const QList<PlanIssue> issues = validatePlan(plan);
    const auto errors = std::count_if(issues.cbegin(), issues.cend(),
                                      [](const PlanIssue &i) { return i.isError(); });
    const QString name = QDir::toNativeSeparators(path);
    out(Tr::tr("%1: “%2”, %3 to %4")
            .arg(name, plan.info.name, plan.info.firstQuarter.label(plan.info.quarterStyle()),
                 plan.info.lastQuarter().label(plan.info.quarterStyle())));
    out(Tr::tr("  %1 goals, %2 systems, %3 initiatives, %4 resources, %5 milestones, %6 dependencies")
            .arg(plan.goals.size())
            .arg(plan.systems.size())
            .arg(plan.initiatives.size())
            .arg(plan.resources.size())
            .arg(plan.milestones.size())
            .arg(plan.dependencies.size()));
    if (loaded.migrated)
        out(Tr::tr("  The file is in an older format (%1); saving it will upgrade it.")
                .arg(loaded.fileVersion));
    for (const PlanIssue &issue : issues)
        out(QStringLiteral("  %1 %2").arg(issue.isError() ? Tr::tr("error:") : Tr::tr("warning:"),
                                          issue.message));
    if (errors > 0) {
        out(Tr::tr("%n problem(s) found.", nullptr, int(errors)));
        return PlanHasProblems;
    }
    out(Tr::tr("The plan is sound."));
    return Ok;
}

} // namespace

void installTranslations(QCoreApplication &app)
{
    auto *cairn = new QTranslator(&app);
    if (cairn->load(QLocale(), QStringLiteral("cairn"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(cairn);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("-h") || first == QLatin1String("--help")
        || first == QLatin1String("help")) {
        out(helpText());
        return first.isEmpty() ? UsageError : Ok;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out(QStringLiteral("cairn %1").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    // The command's own parser sees "cairn <command> ..." as its argv.
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] = arguments.value(0) + QLatin1Char(' ') + first;
    if (first == QLatin1String("sample"))
        return sampleCommand(rest);
    if (first == QLatin1String("check"))
        return checkCommand(rest);
    err(Tr::tr("Unknown command “%1”. Run “cairn --help” for the list of commands.").arg(first));
    return UsageError;
}

} // namespace Cairn::Cli
