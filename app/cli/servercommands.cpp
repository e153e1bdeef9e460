#include "app/cli/servercommands.h"

#include "app/cli/cli.h"
#include "app/cli/output.h"
#include "core/edit/planchanges.h"
#include "core/store/planfile.h"
#include "core/store/serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace Cairn::Cli {

namespace {

std::optional<ServerAddress> addressOf(const QString &uri)
{
    QString why;
    auto address = ServerAddress::parse(uri, &why);
    if (!address)
        err(why);
    return address;
}

int initCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URI"),
        QCoreApplication::translate("Cairn::Cli",
            "The database: postgresql:///DATABASE?host=…&port=…&user=… (an administrator)."));
    int code = Ok;
    if (!parseCommand(parser, arguments, 1, 1, &code))
        return code;
    const auto address = addressOf(parser.positionalArguments().first());
    if (!address)
        return UsageError;
    QString message;
    const bool ok = ServerStore::initialise(*address, &message);
    (ok ? out(message) : err(message));
    return ok ? Ok : Unreadable;
}

int grantCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URI"),
        QCoreApplication::translate("Cairn::Cli", "The plan: postgresql://…?plan=NAME."));
    parser.addPositionalArgument(QStringLiteral("MEMBER"),
        QCoreApplication::translate("Cairn::Cli", "A login role of the server."));
    parser.addPositionalArgument(QStringLiteral("ROLE"),
        QCoreApplication::translate("Cairn::Cli", "viewer, editor or owner."));
    int code = Ok;
    if (!parseCommand(parser, arguments, 3, 3, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const auto role = memberRoleFromText(args[2]);
    if (!role) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "The role is viewer, editor or owner, not “%1”.")
                .arg(args[2]));
        return UsageError;
    }
    const auto address = addressOf(args[0]);
    if (!address)
        return UsageError;
    ServerStore store(*address);
    QString message;
    if (!store.grant(args[1], *role, &message)) {
        err(message);
        return Unreadable;
    }
    out(QCoreApplication::translate("Cairn::Cli", "%1 is now %2 of the plan “%3”.")
            .arg(args[1], args[2].toLower(), address->plan));
    return Ok;
}

// Whether a refused step may simply be made again on the plan as it is now: the others changed
// other fields of the same rows (an import says what the rows hold, so importing again onto
// theirs keeps both), or took the id a new row was given (it gets another). Not when they changed
// a field this step changes too, removed a row it changes, or added the same thing.
bool redoable(const Conflict &c)
{
    if (c.kind == Conflict::Kind::Changed)
        return !c.sameField();
    return c.kind == Conflict::Kind::Exists && c.mine && c.theirs
        && nameOf(*c.mine) != nameOf(*c.theirs);
}

} // namespace

int serverCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (!rest.isEmpty())
        rest[0] = arguments.value(0) + QLatin1Char(' ') + sub;
    if (sub == QLatin1String("init"))
        return initCommand(rest);
    if (sub == QLatin1String("grant"))
        return grantCommand(rest);
    err(QCoreApplication::translate("Cairn::Cli",
        "Usage: cairn server init URI | cairn server grant URI MEMBER viewer|editor|owner"));
    return UsageError;
}

int publishCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("Cairn::Cli", "The plan file to publish."));
    parser.addPositionalArgument(QStringLiteral("URI"),
        QCoreApplication::translate("Cairn::Cli",
            "Where: postgresql://…?plan=NAME (a plan of that name must not exist yet)."));
    int code = Ok;
    if (!parseCommand(parser, arguments, 2, 2, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const auto address = addressOf(args[1]);
    if (!address)
        return UsageError;
    const LoadResult loaded = PlanFile::load(args[0]);
    if (!loaded.ok()) {
        err(loaded.message);
        return Unreadable;
    }
    ServerStore store(*address);
    QString message;
    if (!store.publish(*loaded.content, &message)) {
        err(message);
        return Unreadable;
    }
    out(QCoreApplication::translate(
        "Cairn::Cli", "Published %1 as the plan “%2” on %3 (revision %4); you are its owner.")
            .arg(QDir::toNativeSeparators(args[0]), address->plan, address->display())
            .arg(store.revision()));
    return Ok;
}

int importIntoServer(
    const QString &uri, const QString &csv, const Interchange::ImportOptions &options)
{
    const auto address = addressOf(uri);
    if (!address)
        return UsageError;
    // Each attempt reads the plan, imports onto it and writes what changed as one step. A step
    // refused because someone else wrote first is made again onto their change only when that
    // keeps both (redoable); otherwise nothing is written and the conflicts are named.
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        ServerStore store(*address);
        const LoadResult loaded = store.load();
        if (!loaded.ok()) {
            err(loaded.message);
            return Unreadable;
        }
        const Interchange::ImportResult result
            = Interchange::importFiles(*loaded.content, {csv}, options);
        if (attempt == 1) {
            if (const int problems = importProblems(result, options, address->display());
                problems != Ok)
                return problems;
        } else if (!result.canApply(options)) {
            err(result.fatal.isEmpty() ? result.errors.value(0).message() : result.fatal);
            return Unreadable;
        }
        const PlanChanges changes = PlanChanges::between(*loaded.content, result.plan);
        const CommitResult commit = store.commit(result.plan, changes);
        if (commit.ok) {
            out(QCoreApplication::translate("Cairn::Cli", "Imported into %1: %2 (revision %3).")
                    .arg(address->display(), result.summary())
                    .arg(commit.revision));
            return Ok;
        }
        if (commit.conflicts.empty()) {
            err(commit.message);
            return Unreadable;
        }
        const bool again = attempt < kAttempts
            && std::all_of(commit.conflicts.cbegin(), commit.conflicts.cend(), redoable);
        for (const Conflict &c : commit.conflicts)
            err(QCoreApplication::translate("Cairn::Cli", "conflict: %1").arg(c.what));
        if (!again) {
            err(QCoreApplication::translate("Cairn::Cli",
                "Nothing was imported into %1: someone else changed what this import changes. "
                "Import again to write over their change knowingly.")
                    .arg(address->display()));
            return Conflicted;
        }
        err(QCoreApplication::translate(
            "Cairn::Cli", "note: their changes are kept; importing again onto them."));
    }
}

} // namespace Cairn::Cli
