#pragma once

#include "core/domain/plan.h"
#include "core/interchange/importer.h"

#include <QSize>
#include <QStringList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;
class QCoreApplication;

namespace Cairn::Cli {

// Exit codes shared by every command.
// Conflicted: a plan on a server changed by someone else in a way that needs a person (the
// same field, a removed item); nothing was written.
enum ExitCode { Ok = 0, PlanHasProblems = 1, Unreadable = 2, Conflicted = 3, UsageError = 64 };

void installTranslations(QCoreApplication &app);

// Runs `cairn <command> ...` and returns the process exit code.
int run(const QStringList &arguments);

// Shared by the commands: parses a command's options with -h/--help and a number of positional
// arguments; false (with the exit code) on --help or an error, which it prints.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, int minPositional,
    int maxPositional, int *exitCode);
// Loads a plan for reading (newer files too); prints why not and returns nothing on failure.
std::optional<PlanContent> loadPlan(const QString &path);
// What an import's result says before it is applied (warnings, notes, bad rows, a fatal error),
// printed; Ok when it may be applied, else the exit code. `where` names the plan.
int importProblems(const Interchange::ImportResult &result,
    const Interchange::ImportOptions &options, const QString &where);
// A number of milliseconds (0 or more) given to `option`; nothing (after printing which option
// and what it was given) for anything else.
std::optional<int> milliseconds(const QCommandLineParser &parser, const QCommandLineOption &option);
// "1600x1000"; nothing (after printing why) for anything else.
std::optional<QSize> parseSize(const QString &text);

// What `cairn [FILE]` does when there is no display to open the workspace on.
int noDisplay(const QStringList &arguments);

} // namespace Cairn::Cli
