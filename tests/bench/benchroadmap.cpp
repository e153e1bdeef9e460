#include "tests/bench/benchroadmap.h"

#include "core/schedule/planscheduler.h"
#include "core/store/planfile.h"
#include "tests/bench/benchfiles.h"
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
                         "improved (%1 ms) | schedules | improvement | "
                         "first after an edit ms (median) | moved |")
              .arg(options.budgetMs));
    print(QStringLiteral("|---|---|---|---|---|---|---|---|---|---|"));
    int status = 0;
    for (const QString &file : options.files) {
        const auto loaded = loadBenchPlan(file);
        if (!loaded) {
            status = 2;
            continue;
        }
        const PlanContent &plan = *loaded;
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
        // One edit as the window re-plans it: the improved schedule is the reference (what the
        // user saw), an initiative in the middle of the plan takes a quarter longer, and the
        // first answer starts from the reference.
        PlanContent edited = plan;
        edited.reference = referenceStarts(improved);
        if (!edited.initiatives.empty())
            edited.initiatives[edited.initiatives.size() / 2].duration += 1;
        std::vector<double> editTimes;
        PlanSchedule afterEdit;
        for (int k = 0; k < std::max(1, options.repeats); ++k) {
            SchedulerOptions fast;
            fast.improve = false;
            QElapsedTimer timer;
            timer.start();
            afterEdit = schedulePlan(edited, fast);
            editTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(editTimes.begin(), editTimes.end());
        const auto &a = first.result, &b = improved.result;
        const double gain = a.weightedCompletion > 0 ? 100.0
                * double(a.weightedCompletion - b.weightedCompletion) / double(a.weightedCompletion)
                                                     : 0;
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 / %6 | %7 / %8 | %9 | tardiness %10 → %11, "
                             "value sum −%12 % | %13 | %14 |")
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
                  .arg(gain, 0, 'f', 2)
                  .arg(editTimes[editTimes.size() / 2], 0, 'f', 2)
                  .arg(afterEdit.result.moved));
    }
    return status;
}

} // namespace Cairn::Bench
