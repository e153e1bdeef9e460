#include "tests/bench/benchfiles.h"

#include "core/store/planfile.h"
#include "tests/bench/benchutil.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace Cairn::Bench {

size_t fileRows(const PlanContent &c)
{
    size_t n = c.goals.size() + c.systems.size() + c.resources.size() + c.initiatives.size()
        + c.milestones.size() + c.contributions.size() + c.impacts.size() + c.dependencies.size()
        + c.reference.size() + c.scenarios.size() + c.overrides.size() + c.baselines.size()
        + c.baselineEntries.size();
    for (const Resource &r : c.resources)
        n += size_t(r.capacities.size());
    for (const Initiative &i : c.initiatives)
        n += size_t(i.demand.size());
    return n;
}

std::optional<PlanContent> loadBenchPlan(const QString &file)
{
    LoadResult loaded = PlanFile::load(file);
    if (!loaded.ok()) {
        print(loaded.message);
        return std::nullopt;
    }
    return std::move(*loaded.content);
}

int runFilesBench(const QStringList &files, int repeats)
{
    print(QStringLiteral("| plan | initiatives | dependencies | rows | file (MB) | open ms (median "
                         "of %1) | open CPU ms | save ms (median of %1) | save CPU ms |")
              .arg(repeats));
    print(QStringLiteral("|---|---|---|---|---|---|---|---|---|"));
    int status = 0;
    QTemporaryDir dir;
    for (const QString &file : files) {
        const auto plan = loadBenchPlan(file);
        if (!plan) {
            status = 2;
            continue;
        }
        const QString copy = dir.filePath(QFileInfo(file).fileName());
        std::vector<double> openWall, openCpu, saveWall, saveCpu;
        for (int r = 0; r < repeats; ++r) {
            bool ok = true;
            timeRun(saveWall, saveCpu, [&] { ok = PlanFile::save(*plan, copy).ok && ok; });
            timeRun(openWall, openCpu, [&] { ok = PlanFile::load(copy).ok() && ok; });
            if (!ok) {
                print(QStringLiteral("%1: a copy could not be saved or opened again").arg(file));
                return 2;
            }
        }
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
                  .arg(QFileInfo(file).fileName())
                  .arg(plan->initiatives.size())
                  .arg(plan->dependencies.size())
                  .arg(fileRows(*plan))
                  .arg(double(QFileInfo(copy).size()) / 1e6, 0, 'f', 1)
                  .arg(median(openWall), 0, 'f', 1)
                  .arg(median(openCpu), 0, 'f', 1)
                  .arg(median(saveWall), 0, 'f', 1)
                  .arg(median(saveCpu), 0, 'f', 1));
    }
    print(QStringLiteral("Peak memory of the bench: %1 MiB").arg(peakKiB() / 1024));
    return status;
}

} // namespace Cairn::Bench
