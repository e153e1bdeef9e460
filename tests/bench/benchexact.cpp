#include "tests/bench/benchexact.h"

#include "core/schedule/planscheduler.h"
#include "tests/bench/benchroadmap.h"
#include "tests/bench/benchutil.h"
#include "tests/bench/generateplan.h"
#include "tests/core/schedulecheck.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <climits>
#include <cstdio>

namespace Cairn::Bench {

namespace {
qint64 deadlineWeight(const ScheduleProblem::Activity &a)
{
    return a.hardDeadline ? 1'000'000 : a.deadlineWeight;
}

// Writes the time-indexed model. phase 1: min tardiness; phase 2: tardiness <= bound, min
// completion.
QString writeLp(const ScheduleProblem &p, int tmax, int phase, qint64 tardinessBound)
{
    QString lp;
    QTextStream out(&lp);
    const size_t n = p.activities.size();
    std::vector<int> es(n, 0);
    // precedence-earliest starts (the graph is acyclic for generated plans)
    for (size_t pass = 0; pass < n; ++pass)
        for (const auto &e : p.precedences)
            es[size_t(e.to)] = std::max({es[size_t(e.to)], p.activities[size_t(e.to)].release,
                es[size_t(e.from)] + Test::offsetOf(p, e)});
    auto range = [&](size_t i) {
        const auto &a = p.activities[i];
        if (a.pin)
            return std::pair<int, int> {*a.pin, *a.pin};
        return std::pair<int, int> {std::max(es[i], a.release), tmax - a.duration};
    };
    auto x = [](size_t i, int t) { return QStringLiteral("x_%1_%2").arg(i).arg(t); };
    auto startExpr = [&](size_t i, qint64 factor) {
        QString s;
        const auto [lo, hi] = range(i);
        for (int t = lo; t <= hi; ++t)
            if (t != 0)
                s += QStringLiteral(" + %1 %2").arg(factor * t).arg(x(i, t));
        return s;
    };
    out << "Minimize\n obj:";
    bool any = false;
    if (phase == 1) {
        for (size_t i = 0; i < n; ++i)
            if (p.activities[i].deadline) {
                out << " + " << deadlineWeight(p.activities[i]) << " T_" << i;
                any = true;
            }
    } else {
        for (size_t i = 0; i < n; ++i)
            if (p.activities[i].weight > 0) {
                out << startExpr(i, p.activities[i].weight);
                any = true;
            }
    }
    if (!any)
        out << " 0 x_0_" << range(0).first;
    out << "\nSubject To\n";
    for (size_t i = 0; i < n; ++i) {
        out << " one_" << i << ":";
        const auto [lo, hi] = range(i);
        for (int t = lo; t <= hi; ++t)
            out << " + " << x(i, t);
        out << " = 1\n";
    }
    int c = 0;
    for (const auto &e : p.precedences) {
        out << " prec_" << c++ << ":" << startExpr(size_t(e.to), 1);
        const auto [lo, hi] = range(size_t(e.from));
        for (int t = lo; t <= hi; ++t)
            if (t != 0)
                out << " - " << t << " " << x(size_t(e.from), t);
        out << " >= " << Test::offsetOf(p, e) << "\n";
    }
    for (size_t r = 0; r < p.resources.size(); ++r) {
        for (int t = 0; t < tmax; ++t) {
            QString terms;
            for (size_t i = 0; i < n; ++i) {
                const qint64 q = p.activities[i].demandOn(r);
                if (q <= 0 || p.activities[i].duration == 0)
                    continue;
                const auto [lo, hi] = range(i);
                for (int tau = std::max(lo, t - p.activities[i].duration + 1);
                     tau <= std::min(hi, t); ++tau)
                    terms += QStringLiteral(" + %1 %2").arg(q).arg(x(i, tau));
            }
            if (!terms.isEmpty())
                out << " cap_" << r << "_" << t << ":" << terms
                    << " <= " << p.resources[r].capacityAt(t) << "\n";
        }
    }
    for (size_t i = 0; i < n; ++i) {
        const auto &a = p.activities[i];
        if (!a.deadline)
            continue;
        // T_i >= start + d - deadline
        out << " tard_" << i << ": T_" << i << " -"
            << startExpr(i, 1).mid(2).replace(QStringLiteral(" + "), QStringLiteral(" - "))
            << " >= " << (a.duration - *a.deadline) << "\n";
    }
    if (phase == 2) {
        out << " tardbound:";
        bool anyT = false;
        for (size_t i = 0; i < n; ++i)
            if (p.activities[i].deadline) {
                out << " + " << deadlineWeight(p.activities[i]) << " T_" << i;
                anyT = true;
            }
        if (!anyT)
            out << " 0 x_0_" << range(0).first;
        out << " <= " << tardinessBound << "\n";
    }
    out << "Bounds\n";
    for (size_t i = 0; i < n; ++i)
        if (p.activities[i].deadline)
            out << " T_" << i << " >= 0\n";
    out << "Binaries\n";
    for (size_t i = 0; i < n; ++i) {
        const auto [lo, hi] = range(i);
        for (int t = lo; t <= hi; ++t)
            out << " " << x(i, t) << "\n";
    }
    out << "End\n";
    return lp;
}

// Runs CBC; returns the starts of its solution and whether CBC proved it optimal.
std::optional<std::vector<int>> runCbc(const ExactOptions &o, const QString &dir, const QString &lp,
    size_t n, bool *optimal, QString *error)
{
    const QString model = QDir(dir).filePath(QStringLiteral("model.lp"));
    const QString sol = QDir(dir).filePath(QStringLiteral("model.sol"));
    QFile::remove(sol);
    {
        QFile f(model);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
            *error = QStringLiteral("cannot write %1").arg(model);
            return std::nullopt;
        }
        f.write(lp.toUtf8());
    }
    QProcess cbc;
    cbc.start(o.cbc,
        {model, QStringLiteral("sec"), QString::number(o.cbcSeconds), QStringLiteral("threads"),
            QStringLiteral("1"), QStringLiteral("solve"), QStringLiteral("solu"), sol});
    if (!cbc.waitForStarted()) {
        *error = QStringLiteral("cannot run %1 (install coinor-cbc)").arg(o.cbc);
        return std::nullopt;
    }
    cbc.waitForFinished(-1);
    QFile f(sol);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cbc wrote no solution");
        return std::nullopt;
    }
    const QString first = QString::fromUtf8(f.readLine());
    *optimal = first.startsWith(QLatin1String("Optimal"));
    if (first.contains(QLatin1String("Infeasible"))) {
        *error = QStringLiteral("cbc: infeasible");
        return std::nullopt;
    }
    std::vector<int> starts(n, -1);
    static const QRegularExpression row(
        QStringLiteral(R"(^\s*\d+\s+x_(\d+)_(\d+)\s+([-0-9.eE+]+))"));
    while (!f.atEnd()) {
        const auto m = row.match(QString::fromUtf8(f.readLine()));
        if (m.hasMatch() && m.captured(3).toDouble() > 0.5)
            starts[size_t(m.captured(1).toInt())] = m.captured(2).toInt();
    }
    // Variables at their zero start are not listed when their value rounds to zero... CBC lists
    // non-zero values only, so a missing activity starts at the only value of its range left.
    for (size_t i = 0; i < n; ++i)
        if (starts[i] < 0) {
            *error = QStringLiteral("cbc solution misses activity %1").arg(i);
            return std::nullopt;
        }
    return starts;
}
} // namespace

int runExactBench(const ExactOptions &o)
{
    QTemporaryDir temp;
    const QString dir = o.workDir.isEmpty() ? temp.path() : o.workDir;
    print(QStringLiteral("| plan | initiatives | deadlines | Cairn tardiness | optimal tardiness | "
                         "Cairn value sum | "
                         "optimal value sum | gap | Cairn ms | CBC proved |"));
    print(QStringLiteral("|---|---|---|---|---|---|---|---|---|---|"));
    int solved = 0, deadlinesOk = 0;
    QHash<QString, std::tuple<qint64, qint64, bool>> cache;
    if (!o.cachePath.isEmpty()) {
        QFile c(o.cachePath);
        if (c.open(QIODevice::ReadOnly | QIODevice::Text))
            while (!c.atEnd()) {
                const QStringList f
                    = QString::fromUtf8(c.readLine()).trimmed().split(QLatin1Char('\t'));
                if (f.size() == 4)
                    cache.insert(
                        f[0], {f[1].toLongLong(), f[2].toLongLong(), f[3] == QLatin1String("1")});
            }
    }
    double gapSum = 0, gapMax = 0;
    std::vector<double> times;
    for (int k = 0; k < o.count; ++k) {
        GenerateOptions g;
        g.initiatives = o.minInitiatives
            + int((o.maxInitiatives - o.minInitiatives) * k / std::max(1, o.count - 1));
        g.seed = o.seed + quint64(k);
        g.horizon = 16;
        const PlanContent plan = generateRoadmap(g);
        const PlanProblemMapping map = mapPlan(plan);
        const ScheduleProblem &p = map.problem;
        SchedulerOptions so;
        so.timeBudgetMs = o.maxSchedules > 0 ? 0 : o.budgetMs;
        so.maxSchedules = o.maxSchedules;
        so.seed = 1;
        const ScheduleResult mine = Scheduler::solve(p, so);
        std::vector<int> starts;
        for (const auto &a : mine.activities)
            starts.push_back(a.start.value_or(0));
        if (!o.solutionsDir.isEmpty()) {
            QDir().mkpath(o.solutionsDir);
            QFile f(QDir(o.solutionsDir)
                        .filePath(QStringLiteral("seed%1_%2.sol").arg(g.seed).arg(g.initiatives)));
            if (f.open(QIODevice::WriteOnly | QIODevice::Text))
                for (size_t i = 0; i < starts.size(); ++i)
                    f.write(QStringLiteral("%1 %2\n").arg(i).arg(starts[i]).toUtf8());
        }
        const Test::Objective ours = Test::objectiveOf(p, starts);
        times.push_back(mine.elapsedMs);
        int deadlines = 0;
        for (const auto &a : p.activities)
            deadlines += a.deadline ? 1 : 0;

        const int tmax = std::max(mine.makespan, p.horizon) + 6;
        bool opt1 = false, opt2 = false;
        QString error;
        const QString key = QStringLiteral("%1_%2").arg(g.seed).arg(g.initiatives);
        if (cache.contains(key)) {
            const auto [bt, bc, proved] = cache.value(key);
            const double gap = bc > 0 ? 100.0 * double(ours.completion - bc) / double(bc) : 0;
            ++solved;
            deadlinesOk += ours.tardiness <= bt ? 1 : 0;
            gapSum += gap;
            gapMax = std::max(gapMax, gap);
            print(
                QStringLiteral("| seed %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 % | %9 | %10 |")
                    .arg(g.seed)
                    .arg(p.activities.size())
                    .arg(deadlines)
                    .arg(ours.tardiness)
                    .arg(bt)
                    .arg(ours.completion)
                    .arg(bc)
                    .arg(gap, 0, 'f', 3)
                    .arg(mine.elapsedMs, 0, 'f', 0)
                    .arg(proved ? QStringLiteral("yes (cached)") : QStringLiteral("no (cached)")));
            continue;
        }
        if (o.cbcSeconds <= 0)
            continue; // only plans whose optimum is cached
        const auto s1 = runCbc(o, dir, writeLp(p, tmax, 1, 0), p.activities.size(), &opt1, &error);
        if (!s1) {
            print(QStringLiteral("| seed %1 | %2 | %3 | %4 | — | %5 | — | — | %6 | %7 |")
                      .arg(g.seed)
                      .arg(p.activities.size())
                      .arg(deadlines)
                      .arg(ours.tardiness)
                      .arg(ours.completion)
                      .arg(mine.elapsedMs, 0, 'f', 0)
                      .arg(error));
            continue;
        }
        const qint64 bestTardiness = Test::objectiveOf(p, *s1).tardiness;
        const auto s2 = runCbc(
            o, dir, writeLp(p, tmax, 2, bestTardiness), p.activities.size(), &opt2, &error);
        if (!s2) {
            print(QStringLiteral("| seed %1 | %2 | %3 | %4 | %5 | %6 | — | — | %7 | %8 |")
                      .arg(g.seed)
                      .arg(p.activities.size())
                      .arg(deadlines)
                      .arg(ours.tardiness)
                      .arg(bestTardiness)
                      .arg(ours.completion)
                      .arg(mine.elapsedMs, 0, 'f', 0)
                      .arg(error));
            continue;
        }
        const Test::Objective best = Test::objectiveOf(p, *s2);
        if (!o.cachePath.isEmpty()) {
            QFile c(o.cachePath);
            if (c.open(QIODevice::Append | QIODevice::Text))
                c.write(QStringLiteral("%1\t%2\t%3\t%4\n")
                            .arg(key)
                            .arg(best.tardiness)
                            .arg(best.completion)
                            .arg(opt1 && opt2 ? 1 : 0)
                            .toUtf8());
        }
        const double gap = best.completion > 0
            ? 100.0 * double(ours.completion - best.completion) / double(best.completion)
            : 0;
        ++solved;
        if (ours.tardiness <= best.tardiness)
            ++deadlinesOk;
        gapSum += gap;
        gapMax = std::max(gapMax, gap);
        print(QStringLiteral("| seed %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 % | %9 | %10 |")
                  .arg(g.seed)
                  .arg(p.activities.size())
                  .arg(deadlines)
                  .arg(ours.tardiness)
                  .arg(best.tardiness)
                  .arg(ours.completion)
                  .arg(best.completion)
                  .arg(gap, 0, 'f', 3)
                  .arg(mine.elapsedMs, 0, 'f', 0)
                  .arg(opt1 && opt2 ? QStringLiteral("yes") : QStringLiteral("no (time limit)")));
    }
    std::sort(times.begin(), times.end());
    print(QString());
    print(QStringLiteral("%1 plans compared; tardiness optimal in %2; value sum gap mean %3 %, max "
                         "%4 %; median Cairn time %5 ms")
              .arg(solved)
              .arg(deadlinesOk)
              .arg(solved ? gapSum / solved : 0, 0, 'f', 3)
              .arg(gapMax, 0, 'f', 3)
              .arg(times.empty() ? 0 : times[times.size() / 2], 0, 'f', 0));
    return 0;
}

} // namespace Cairn::Bench
