#pragma once

#include <QStringList>

class QCoreApplication;

namespace Cairn::Cli {

// Exit codes shared by every command.
enum ExitCode { Ok = 0, PlanHasProblems = 1, Unreadable = 2, UsageError = 64 };

void installTranslations(QCoreApplication &app);

// Runs `cairn <command> ...` and returns the process exit code.
int run(const QStringList &arguments);

// What `cairn [FILE]` does when there is no display to open the workspace on.
int noDisplay(const QStringList &arguments);

} // namespace Cairn::Cli
