#include "tests/bench/benchpsplib.h"

#include "core/schedule/scheduler.h"
#include "tests/bench/benchutil.h"
#include "tests/bench/psplib.h"
#include "tests/core/schedulecheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

namespace Cairn::Bench {

namespace {
// Independent check of a PSPLIB schedule (precedence, per-period capacity; each job occupies
// [start, start + duration) exactly, so it is never split) and of the reported makespan.
QString checkSchedule(const ScheduleProblem &p, const ScheduleResult &r)
{
    for (size_t i = 0; i < r.activities.size(); ++i)
        if (!r.activities[i].start)
            return QStringLiteral("job %1 not scheduled").arg(i + 1);
    const Test::Starts starts = Test::startsOf(r);
    if (const QString bad = Test::violation(p, starts); !bad.isEmpty())
        return bad;
    const int end = Test::objectiveOf(p, starts).makespan;
    if (end != r.makespan)
        return QStringLiteral("reported makespan %1, actual %2").arg(r.makespan).arg(end);
    return {};
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t k = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[k];
}

struct Row {
    QString name;
    QString set;
    int makespan = 0;
    double ms = 0;
    qint64 schedules = 0;
    int lb0 = 0;
    int reference = 0; // optimum (j30) or best known
    QString error;
};
} // namespace

int runPsplib(const PsplibOptions &options)
{
    QStringList files;
    for (const QString &arg : options.inputs) {
        const QFileInfo info(arg);
        if (info.isDir()) {
            QDirIterator it(
                arg, {QStringLiteral("*.sm")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (!f.contains(QLatin1String("/solutions/")))
                    files << f;
            }
        } else {
            files << arg;
        }
    }
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return QFileInfo(a).completeBaseName().size() != QFileInfo(b).completeBaseName().size()
            ? a.size() < b.size()
            : a < b;
    });
    if (files.isEmpty()) {
        print(QStringLiteral("no .sm files found"));
        return 2;
    }
    // Reference tables, found beside the sets: ../solutions/j30opt.sm, jXXhrs.sm.
    QHash<QString, QHash<QString, int>> tables;
    auto referenceFor = [&](const QString &file, const QString &set, const QString &key) {
        if (!tables.contains(set)) {
            const QDir dir = QFileInfo(file).dir();
            const QString sol = dir.absoluteFilePath(
                QStringLiteral("../solutions/%1%2.sm")
                    .arg(set,
                        set == QLatin1String("j30") ? QStringLiteral("opt")
                                                    : QStringLiteral("hrs")));
            tables.insert(set, readPsplibTable(sol));
        }
        return tables[set].value(key, 0);
    };

    if (!options.solutionsDir.isEmpty())
        QDir().mkpath(options.solutionsDir);

    std::vector<Row> rows(size_t(files.size()));
    std::atomic<int> next {0};
    std::mutex outMutex;
    auto worker = [&] {
        for (;;) {
            const int k = next.fetch_add(1);
            if (k >= files.size())
                return;
            Row &row = rows[size_t(k)];
            QString error;
            const auto inst = readPsplib(files[k], &error);
            if (!inst) {
                row.error = error;
                continue;
            }
            row.name = inst->name;
            static const QRegularExpression setRe(QStringLiteral(R"(^(j30|j60|j90|j120))"));
            row.set = setRe.match(inst->name).captured(1);
            if (inst->name.startsWith(QLatin1String("j120")))
                row.set = QStringLiteral("j120");
            row.lb0 = inst->criticalPath;
            row.reference = referenceFor(files[k], row.set,
                QStringLiteral("%1_%2").arg(inst->parameter).arg(inst->instance));
            SchedulerOptions opts;
            opts.goal = SchedulerOptions::Goal::Makespan;
            opts.timeBudgetMs = options.budgetMs;
            opts.maxSchedules = options.maxSchedules;
            opts.seed = options.seed;
            const ScheduleResult r = Scheduler::solve(inst->problem, opts);
            row.makespan = r.makespan;
            row.ms = r.elapsedMs;
            row.schedules = r.schedulesGenerated;
            row.error = checkSchedule(inst->problem, r);
            if (!options.solutionsDir.isEmpty()) {
                QFile sol(QDir(options.solutionsDir).filePath(inst->name + QStringLiteral(".sol")));
                if (sol.open(QIODevice::WriteOnly | QIODevice::Text)) {
                    QTextStream ts(&sol);
                    for (size_t j = 0; j < r.activities.size(); ++j)
                        ts << (j + 1) << ' ' << r.activities[j].start.value_or(-1) << '\n';
                }
            }
            if (options.verbose) {
                std::lock_guard lock(outMutex);
                print(QStringLiteral("%1,%2,%3,%4")
                          .arg(row.name)
                          .arg(row.makespan)
                          .arg(row.ms, 0, 'f', 1)
                          .arg(row.schedules));
            }
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < std::max(1, options.jobs); ++t)
        threads.emplace_back(worker);
    for (auto &t : threads)
        t.join();

    if (!options.csvPath.isEmpty()) {
        QFile csv(options.csvPath);
        if (csv.open(QIODevice::WriteOnly | QIODevice::Text)) {
            QTextStream ts(&csv);
            ts << "instance,makespan,ms,schedules_generated\n";
            for (const Row &r : rows)
                ts << r.name << ',' << r.makespan << ',' << QString::number(r.ms, 'f', 2) << ','
                   << r.schedules << '\n';
        }
    }

    // Summary per set.
    QStringList sets;
    for (const Row &r : rows)
        if (!sets.contains(r.set))
            sets << r.set;
    int failures = 0;
    for (const Row &r : rows) {
        if (!r.error.isEmpty()) {
            ++failures;
            print(QStringLiteral("INFEASIBLE %1: %2").arg(r.name, r.error));
        }
    }
    print(QStringLiteral(
        "| set | instances | feasible | vs optimum / best known | vs LB0 | at reference | "
        "median ms | p95 ms | max ms | mean schedules |"));
    print(QStringLiteral("|---|---|---|---|---|---|---|---|---|---|"));
    for (const QString &set : std::as_const(sets)) {
        int count = 0, feasible = 0, atRef = 0, withRef = 0;
        double devRef = 0, devLb = 0, schedules = 0;
        std::vector<double> times;
        for (const Row &r : rows) {
            if (r.set != set)
                continue;
            ++count;
            if (r.error.isEmpty())
                ++feasible;
            if (r.reference > 0) {
                ++withRef;
                devRef += 100.0 * (r.makespan - r.reference) / r.reference;
                atRef += r.makespan <= r.reference ? 1 : 0;
            }
            if (r.lb0 > 0)
                devLb += 100.0 * (r.makespan - r.lb0) / r.lb0;
            times.push_back(r.ms);
            schedules += double(r.schedules);
        }
        print(QStringLiteral("| %1 | %2 | %3 | %4 % | %5 % | %6 | %7 | %8 | %9 | %10 |")
                  .arg(set)
                  .arg(count)
                  .arg(feasible)
                  .arg(withRef ? devRef / withRef : 0, 0, 'f', 3)
                  .arg(devLb / std::max(1, count), 0, 'f', 2)
                  .arg(atRef)
                  .arg(percentile(times, 0.5), 0, 'f', 1)
                  .arg(percentile(times, 0.95), 0, 'f', 1)
                  .arg(percentile(times, 1.0), 0, 'f', 1)
                  .arg(schedules / std::max(1, count), 0, 'f', 0));
    }
    return failures == 0 ? 0 : 1;
}

} // namespace Cairn::Bench
