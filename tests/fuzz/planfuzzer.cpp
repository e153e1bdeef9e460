// libFuzzer harness for the plan loader: any bytes, written to a .cairn file, must be refused
// with a message that names the file, or load into a plan that validates, schedules and analyses
// without crashing; reading never changes the file. The loader and the rest of the core are
// built with clang and instrumented for this (tests/fuzz/plan/CMakeLists.txt).
#include "core/analysis/plananalysis.h"
#include "core/domain/planvalidator.h"
#include "core/schedule/planscheduler.h"
#include "core/store/planfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace Cairn;

namespace {
std::unique_ptr<QTemporaryDir> folder;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Never destroyed: libFuzzer leaves through exit(), after Qt's own globals are gone.
    static QCoreApplication *application = new QCoreApplication(*argc, *argv);
    (void)application;
    folder = std::make_unique<QTemporaryDir>();
    return folder->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = folder->filePath(QStringLiteral("fuzz.cairn"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes) != bytes.size())
            std::abort();
    }
    const LoadResult loaded = PlanFile::load(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
        std::abort(); // reading changed the file
    // Nothing but the plan may stay beside it (no journal, no -wal/-shm, no copies).
    if (QDir(folder->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
        != QStringList {QStringLiteral("fuzz.cairn")})
        std::abort();
    if (!loaded.ok()) {
        if (!loaded.message.contains(QStringLiteral("fuzz.cairn")))
            std::abort(); // a refusal names the file
        return 0;
    }
    const PlanContent &plan = *loaded.content;
    for (const PlanIssue &issue : validatePlan(plan))
        if (issue.message.isEmpty())
            std::abort();
    (void)plan.info.lastQuarter().label(plan.info.quarterStyle());
    SchedulerOptions options;
    options.timeBudgetMs = 0; // bounded by the count of schedules, so that a run is repeatable
    options.maxSchedules = 10;
    const PlanSchedule schedule = schedulePlan(plan, options);
    (void)analysePlan(plan, schedule);
    return 0;
}
