#include "tests/bench/benchscenario.h"

#include "core/scenario/baseline.h"
#include "core/scenario/comparison.h"
#include "core/scenario/scenarioplan.h"
#include "core/scenario/scenarioset.h"
#include "core/store/planfile.h"
#include "tests/bench/benchfiles.h"
#include "tests/bench/benchutil.h"
#include "tests/bench/generateplan.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

namespace Cairn::Bench {

namespace {

double medianMs(int repeats, const std::function<void()> &run)
{
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// 20 scenarios of 10 overrides each: capacities cut or raised in ranges, initiatives left out,
// pinned, longer and dearer.
void addScenarios(PlanContent &plan, int count)
{
    const qint64 budget = plan.budget() ? plan.budget()->id.value : plan.resources[0].id.value;
    for (int s = 0; s < count; ++s) {
        const ScenarioId id = addScenario(plan, QStringLiteral("Scenario %1").arg(s + 1));
        auto add
            = [&plan, id](ScenarioTarget kind, qint64 target, const char *field,
                  OverrideChange change, const QString &value, std::optional<Quarter> from = {}) {
                  plan.overrides.push_back(
                      {id, kind, target, QString::fromLatin1(field), change, value, from, {}});
              };
        add(ScenarioTarget::Resource, budget, kCapacityField, OverrideChange::Percent,
            QStringLiteral("-%1").arg(5 + s), plan.info.firstQuarter + (s % 4));
        add(ScenarioTarget::Resource, plan.resources.back().id.value, kCapacityField,
            OverrideChange::Percent, QStringLiteral("+10"));
        for (int k = 0; k < 8; ++k) {
            const Initiative &i
                = plan.initiatives[size_t((s * 37 + k * 11) % plan.initiatives.size())];
            switch (k % 4) {
            case 0:
                add(ScenarioTarget::Initiative, i.id.value, kPresenceField, OverrideChange::Exclude,
                    {});
                break;
            case 1:
                add(ScenarioTarget::Initiative, i.id.value, "duration", OverrideChange::Set,
                    QString::number(std::min(8, i.duration + 1)));
                break;
            case 2:
                add(ScenarioTarget::Initiative, i.id.value, "cost", OverrideChange::Percent,
                    QStringLiteral("+15"));
                break;
            default:
                add(ScenarioTarget::Initiative, i.id.value, "earliest_start", OverrideChange::Set,
                    (plan.info.firstQuarter + (k % 6)).label());
                break;
            }
        }
    }
}

} // namespace

int runScenarioBench(int repeats, const QString &keepIn)
{
    GenerateOptions g;
    g.initiatives = 200;
    PlanContent plan = generateRoadmap(g);
    addScenarios(plan, 20);
    SchedulerOptions fast;
    fast.improve = false;
    fast.timeBudgetMs = 0;

    const double base = medianMs(repeats, [&] { schedulePlan(plan, fast); });
    const ScenarioId first = plan.scenarios.front().id;
    const double derive = medianMs(repeats, [&] { applyScenario(plan, first); });
    const double scenario
        = medianMs(repeats, [&] { schedulePlan(applyScenario(plan, first).content, fast); });
    const std::vector<std::optional<ScenarioId>> three
        = {std::nullopt, plan.scenarios[0].id, plan.scenarios[1].id};
    const double compare3 = medianMs(repeats, [&] { compareScenarios(plan, three, fast); });
    print(QStringLiteral("| 200 initiatives, fast pass, median of %1 | ms |").arg(repeats));
    print(QStringLiteral("|---|---|"));
    print(QStringLiteral("| schedule the base plan | %1 |").arg(base, 0, 'f', 2));
    print(QStringLiteral("| apply a scenario's 10 overrides | %1 |").arg(derive, 0, 'f', 2));
    print(
        QStringLiteral("| schedule a scenario (apply + schedule) | %1 |").arg(scenario, 0, 'f', 2));
    print(QStringLiteral("| compare base and two scenarios (schedule + figures) | %1 |")
              .arg(compare3, 0, 'f', 2));

    // Files: the same plan with and without 20 scenarios (200 overrides) and 3 baselines.
    for (int b = 0; b < 3; ++b)
        addBaseline(plan,
            freezeBaseline(plan, schedulePlan(plan, fast), QStringLiteral("Baseline %1").arg(b),
                QDateTime::currentDateTimeUtc()));
    PlanContent bare = plan;
    bare.scenarios.clear();
    bare.overrides.clear();
    bare.baselines.clear();
    bare.baselineEntries.clear();
    PlanContent scenariosOnly = plan;
    scenariosOnly.baselines.clear();
    scenariosOnly.baselineEntries.clear();
    QTemporaryDir temporary;
    const QDir dir(keepIn.isEmpty() ? temporary.path() : keepIn);
    print(QString());
    // The three files take turns in every round, so that a disk or a neighbour busy for a while
    // slows all three alike; wall time (with the syncs to disk) and this process's CPU time.
    const std::vector<std::pair<QString, const PlanContent *>> variants
        = {{QStringLiteral("200 initiatives"), &bare},
            {QStringLiteral("200 initiatives + 20 scenarios"), &scenariosOnly},
            {QStringLiteral("200 initiatives + 20 scenarios, 3 baselines"), &plan}};
    struct Times {
        std::vector<double> saveWall, saveCpu, openWall, openCpu;
    };
    std::vector<Times> times(variants.size());
    for (int r = 0; r < repeats; ++r) {
        for (size_t v = 0; v < variants.size(); ++v) {
            const QString path = dir.filePath(QStringLiteral("bench%1.cairn").arg(v));
            timeRun(times[v].saveWall, times[v].saveCpu,
                [&] { PlanFile::save(*variants[v].second, path); });
            timeRun(times[v].openWall, times[v].openCpu, [&] { PlanFile::load(path); });
        }
    }
    print(QStringLiteral("| plan file, median of %1 rounds | rows | save (ms) | save CPU (ms) | "
                         "open (ms) | open CPU (ms) |")
              .arg(repeats));
    print(QStringLiteral("|---|---|---|---|---|---|"));
    // A time, and for the files with scenarios how much longer it is than the bare plan's.
    auto time = [&times](size_t v, std::vector<double> Times::*which) {
        const double t = median(times[v].*which);
        const double bare = median(times[0].*which);
        return v == 0 ? QString::number(t, 'f', 3)
                      : QStringLiteral("%1 (%2 %)")
                            .arg(t, 0, 'f', 3)
                            .arg(100.0 * (t - bare) / bare, 0, 'f', 1);
    };
    for (size_t v = 0; v < variants.size(); ++v)
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                  .arg(variants[v].first)
                  .arg(fileRows(*variants[v].second))
                  .arg(time(v, &Times::saveWall), time(v, &Times::saveCpu),
                      time(v, &Times::openWall), time(v, &Times::openCpu)));
    return 0;
}

} // namespace Cairn::Bench
