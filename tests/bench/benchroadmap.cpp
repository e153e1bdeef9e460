#include "tests/bench/benchroadmap.h"

#include "core/schedule/planscheduler.h"
#include "core/store/planfile.h"
#include "tests/bench/benchutil.h"
#include "tests/bench/generateplan.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

namespace Cairn::Bench {

int runRoadmapBench(const RoadmapBenchOptions &options)
{
    print(QStringLiteral("| plan | initiatives | dependencies | first schedule ms (median) | "
                         "first: late quarters·weight / value sum | "
                         "improved (%1 ms) | schedules | improvement |")
              .arg(options.budgetMs));
    print(QStringLiteral("|---|---|---|---|---|---|---|---|"));
    int status = 0;
    for (const QString &file : options.files) {
        const LoadResult loaded = PlanFile::load(file);
        if (!loaded.ok()) {
            print(loaded.message);
            status = 2;
            continue;
        }
        const PlanContent &plan = *loaded.content;
        std::vector<double> times;
        PlanSchedule first;
        for (int k = 0; k < std::max(1, options.repeats); ++k) {
            SchedulerOptions o;
            o.improve = false;
            QElapsedTimer timer;
            timer.start();
            first = schedulePlan(plan, o);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        SchedulerOptions o;
        o.timeBudgetMs = options.budgetMs;
        const PlanSchedule improved = schedulePlan(plan, o);
        const auto &a = first.result, &b = improved.result;
        const double gain = a.weightedCompletion > 0 ? 100.0
                * double(a.weightedCompletion - b.weightedCompletion) / double(a.weightedCompletion)
                                                     : 0;
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 / %6 | %7 / %8 | %9 | tardiness %10 → %11, "
                             "value sum −%12 % |")
                  .arg(QFileInfo(file).fileName())
                  .arg(plan.initiatives.size())
                  .arg(plan.dependencies.size())
                  .arg(times[times.size() / 2], 0, 'f', 2)
                  .arg(a.weightedTardiness)
                  .arg(a.weightedCompletion)
                  .arg(b.weightedTardiness)
                  .arg(b.weightedCompletion)
                  .arg(b.schedulesGenerated)
                  .arg(a.weightedTardiness)
                  .arg(b.weightedTardiness)
                  .arg(gain, 0, 'f', 2));
    }
    return status;
}

} // namespace Cairn::Bench
