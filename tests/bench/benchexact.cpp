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
    for (size_t i = 0; i < n; ++i)
        es[i] = p.activities[i].release;
    // precedence-earliest starts (the graph is acyclic for generated plans)
    for (size_t pass = 0; pass < n; ++pass)
        for (const auto &e : p.precedences)
            es[size_t(e.to)] = std::max({es[size_t(e.to)], p.activities[size_t(e.to)].release,
                es[size_t(e.from)] + Test::offsetOf(p, e)});
    // latest starts that leave room for every successor before tmax
    std::vector<int> ls(n);
    for (size_t i = 0; i < n; ++i)
        ls[i] = p.activities[i].pin ? *p.activities[i].pin : tmax - p.activities[i].duration;
    for (size_t pass = 0; pass < n; ++pass)
        for (const auto &e : p.precedences)
            ls[size_t(e.from)]
                = std::min(ls[size_t(e.from)], ls[size_t(e.to)] - Test::offsetOf(p, e));
    auto range = [&](size_t i) {
        const auto &a = p.activities[i];
        if (a.pin)
            return std::pair<int, int> {*a.pin, *a.pin};
        return std::pair<int, int> {std::max(es[i], a.release), ls[i]};
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
    // Precedences, disaggregated (far tighter than one row on the start times): the successor
    // has started by t only if the predecessor has started by t - offset.
    int c = 0;
    for (const auto &e : p.precedences) {
        const auto [loI, hiI] = range(size_t(e.from));
        const auto [loJ, hiJ] = range(size_t(e.to));
        const int offset = Test::offsetOf(p, e);
        for (int t = loJ; t <= hiJ && t - offset < hiI; ++t) {
            out << " prec_" << c++ << ":";
            for (int tau = loJ; tau <= t; ++tau)
                out << " + " << x(size_t(e.to), tau);
            for (int tau = loI; tau <= t - offset; ++tau)
                out << " - " << x(size_t(e.from), tau);
            out << " <= 0\n";
        }
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
// `start`, when given, is a schedule handed to CBC as its first solution (mipstart).
std::optional<std::vector<int>> runCbc(const ExactOptions &o, const QString &dir, const QString &lp,
    size_t n, bool *optimal, QString *error, const std::vector<int> *start = nullptr)
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
    QStringList args {model};
    if (start) {
        const QString mips = QDir(dir).filePath(QStringLiteral("start.sol"));
        QFile f(mips);
        if (f.open(QIODevice::WriteOnly | QIODevice::Text)) {
            f.write("Start\n");
            for (size_t i = 0; i < n; ++i)
                f.write(QStringLiteral("%1 x_%2_%3 1\n").arg(i).arg(i).arg((*start)[i]).toUtf8());
            args << QStringLiteral("mips") << mips;
        }
    }
    args << QStringLiteral("sec") << QString::number(o.cbcSeconds) << QStringLiteral("threads")
         << QStringLiteral("1") << QStringLiteral("solve") << QStringLiteral("solu") << sol;
    QProcess cbc;
    cbc.start(o.cbc, args);
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

namespace {
struct Optimum {
    qint64 tardiness = 0;
    qint64 completion = 0;
    bool proved = false;
    std::vector<int> starts; // empty when the cache has none
};

QHash<QString, Optimum> readCache(const QString &path)
{
    QHash<QString, Optimum> cache;
    QFile c(path);
    if (path.isEmpty() || !c.open(QIODevice::ReadOnly | QIODevice::Text))
        return cache;
    while (!c.atEnd()) {
        const QStringList f = QString::fromUtf8(c.readLine()).trimmed().split(QLatin1Char('\t'));
        if (f.size() < 4)
            continue;
        Optimum o {f[1].toLongLong(), f[2].toLongLong(), f[3] == QLatin1String("1"), {}};
        if (f.size() > 4)
            for (const QString &v : f[4].split(QLatin1Char(',')))
                o.starts.push_back(v.toInt());
        // A later line for the same plan is a better schedule found after CBC's (see below).
        const auto it = cache.constFind(f[0]);
        if (it == cache.cend()
            || std::tie(o.tardiness, o.completion) < std::tie(it->tardiness, it->completion))
            cache.insert(f[0], o);
    }
    return cache;
}

void appendCache(const QString &path, const QString &key, const Optimum &o)
{
    QFile c(path);
    if (path.isEmpty() || !c.open(QIODevice::Append | QIODevice::Text))
        return;
    QStringList starts;
    for (int s : o.starts)
        starts << QString::number(s);
    c.write(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                .arg(key)
                .arg(o.tardiness)
                .arg(o.completion)
                .arg(o.proved ? 1 : 0)
                .arg(starts.join(QLatin1Char(',')))
                .toUtf8());
}

// Phase 1 (least tardiness; skipped when Cairn's schedule is on time: 0 is optimal), then
// phase 2 (least value sum at that tardiness), each started from Cairn's schedule when that is
// a solution of it. Without an answer from CBC in time, Cairn's schedule is the best known.
std::optional<Optimum> solveExactly(const ExactOptions &o, const QString &dir,
    const ScheduleProblem &p, const std::vector<int> &ours, int tmax, QString *error)
{
    const Test::Objective mine = Test::objectiveOf(p, ours);
    bool opt1 = true, opt2 = false;
    qint64 bestTardiness = 0;
    if (mine.tardiness > 0) {
        const auto s1 = runCbc(o, dir, writeLp(p, tmax, 1, 0), p.activities.size(), &opt1, error,
            Test::violation(p, ours).isEmpty() ? &ours : nullptr);
        if (!s1)
            return std::nullopt;
        bestTardiness = std::min(mine.tardiness, Test::objectiveOf(p, *s1).tardiness);
    }
    const bool startOk = mine.tardiness <= bestTardiness && Test::violation(p, ours).isEmpty();
    auto s2 = runCbc(o, dir, writeLp(p, tmax, 2, bestTardiness), p.activities.size(), &opt2, error,
        startOk ? &ours : nullptr);
    if (!s2 || Test::objectiveOf(p, *s2).completion > mine.completion) {
        if (!startOk)
            return std::nullopt;
        std::fprintf(stderr, "CBC phase 2 gave no better schedule than Cairn's (%s)\n",
            qPrintable(s2 ? QStringLiteral("worse") : *error));
        s2 = ours;
        opt2 = false;
    }
    const Test::Objective best = Test::objectiveOf(p, *s2);
    return Optimum {best.tardiness, best.completion, opt1 && opt2, *s2};
}

// The initiatives that finish later than in the optimum, with what holds them.
void printLater(const ScheduleProblem &p, const std::vector<int> &ours, const Optimum &best)
{
    if (best.starts.size() != ours.size())
        return;
    for (size_t i = 0; i < ours.size(); ++i) {
        if (ours[i] == best.starts[i])
            continue;
        const auto &a = p.activities[i];
        QStringList preds;
        for (const auto &e : p.precedences)
            if (size_t(e.to) == i)
                preds << QStringLiteral("%1%2").arg(e.from).arg(
                    e.type == ScheduleProblem::PrecedenceType::StartToStart ? QStringLiteral("ss")
                                                                            : QString());
        print(QStringLiteral("    #%1 w %2 d %3 rel %4 dl %5 pin %6: ours %7, optimum %8 (Δ w·f "
                             "%9) preds %10")
                  .arg(i)
                  .arg(a.weight)
                  .arg(a.duration)
                  .arg(a.release)
                  .arg(a.deadline ? QString::number(*a.deadline) : QStringLiteral("-"))
                  .arg(a.pin ? QString::number(*a.pin) : QStringLiteral("-"))
                  .arg(ours[i])
                  .arg(best.starts[i])
                  .arg(a.weight * (ours[i] - best.starts[i]))
                  .arg(preds.join(QLatin1Char(' '))));
    }
}

bool inPart(const QString &part, int k)
{
    if (part == QLatin1String("tune"))
        return k % 3 != 2;
    if (part == QLatin1String("held-out"))
        return k % 3 == 2;
    return true;
}
} // namespace

int runExactBench(const ExactOptions &o)
{
    QTemporaryDir temp;
    const QString dir = o.workDir.isEmpty() ? temp.path() : o.workDir;
    print(QStringLiteral("| plan | initiatives | quarters | deadlines | Cairn tardiness | optimal "
                         "tardiness | Cairn value sum | optimal value sum | gap | Cairn ms | CBC "
                         "proved |"));
    print(QStringLiteral("|---|---|---|---|---|---|---|---|---|---|---|"));
    int solved = 0, deadlinesOk = 0, optimal = 0, proved = 0, mismatched = 0;
    QHash<QString, Optimum> cache = readCache(o.cachePath);
    double gapSum = 0, gapMax = 0;
    std::vector<double> times;
    for (int k = 0; k < o.count; ++k) {
        if (!inPart(o.part, k))
            continue;
        GenerateOptions g;
        g.initiatives = o.minInitiatives
            + int((o.maxInitiatives - o.minInitiatives) * k / std::max(1, o.count - 1));
        g.seed = o.seed + quint64(k);
        g.horizon = 16;
        g.shape = o.longShape ? GenerateOptions::Shape::Long : GenerateOptions::Shape::Classic;
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
        const QString key = QStringLiteral("%1%2_%3")
                                .arg(o.longShape ? QStringLiteral("L") : QString())
                                .arg(g.seed)
                                .arg(g.initiatives);
        QString error;
        bool cached = cache.contains(key);
        if (!cached && o.cbcSeconds > 0) {
            const int tmax = std::max(mine.makespan, p.horizon) + 6;
            if (const auto best = solveExactly(o, dir, p, starts, tmax, &error)) {
                cache.insert(key, *best);
                appendCache(o.cachePath, key, *best);
            }
        }
        auto row = QStringLiteral("| seed %1 | %2 | %3 | %4 | %5 | ")
                       .arg(g.seed)
                       .arg(p.activities.size())
                       .arg(p.horizon)
                       .arg(deadlines)
                       .arg(ours.tardiness);
        if (!cache.contains(key)) {
            if (o.cbcSeconds > 0)
                print(row
                    + QStringLiteral("— | %1 | — | — | %2 | %3 |")
                          .arg(ours.completion)
                          .arg(mine.elapsedMs, 0, 'f', 0)
                          .arg(error));
            continue; // only plans whose optimum is cached
        }
        const Optimum best = cache.value(key);
        if (!best.starts.empty()
            && (best.starts.size() != p.activities.size()
                || !Test::violation(p, best.starts).isEmpty()
                || Test::objectiveOf(p, best.starts).completion != best.completion
                || Test::objectiveOf(p, best.starts).tardiness != best.tardiness)) {
            // The generator made another plan than the one the reference was solved for.
            print(row
                + QStringLiteral("— | %1 | — | — | %2 | the cached reference does not fit "
                                 "this plan |")
                      .arg(ours.completion)
                      .arg(mine.elapsedMs, 0, 'f', 0));
            ++mismatched;
            continue;
        }
        auto gapOf = [&best](const Test::Objective &obj) {
            return best.completion > 0
                ? 100.0 * double(obj.completion - best.completion) / double(best.completion)
                : 0.0;
        };
        double gap = gapOf(ours) / o.runs;
        for (int run = 2; run <= o.runs; ++run) {
            so.seed = quint64(run);
            const ScheduleResult other = Scheduler::solve(p, so);
            std::vector<int> s;
            for (const auto &a : other.activities)
                s.push_back(a.start.value_or(0));
            gap += gapOf(Test::objectiveOf(p, s)) / o.runs;
        }
        ++solved;
        deadlinesOk += ours.tardiness <= best.tardiness ? 1 : 0;
        optimal += ours.tardiness <= best.tardiness && ours.completion <= best.completion ? 1 : 0;
        proved += best.proved ? 1 : 0;
        gapSum += gap;
        gapMax = std::max(gapMax, gap);
        print(row
            + QStringLiteral("%1 | %2 | %3 | %4 % | %5 | %6%7 |")
                  .arg(best.tardiness)
                  .arg(ours.completion)
                  .arg(best.completion)
                  .arg(gap, 0, 'f', 3)
                  .arg(mine.elapsedMs, 0, 'f', 0)
                  .arg(best.proved ? QStringLiteral("yes") : QStringLiteral("no (time limit)"))
                  .arg(cached ? QStringLiteral(" (cached)") : QString()));
        if (o.verbose && gap > 0)
            printLater(p, starts, best);
        if (!best.proved
            && std::tie(ours.tardiness, ours.completion)
                < std::tie(best.tardiness, best.completion)) {
            // CBC stopped at its limit and Cairn found better: the best known from now on.
            const Optimum better {ours.tardiness, ours.completion, false, starts};
            cache.insert(key, better);
            appendCache(o.cachePath, key, better);
        }
    }
    std::sort(times.begin(), times.end());
    print(QString());
    print(QStringLiteral("%1 plans compared (%2 optima proved by CBC); tardiness optimal in %3; "
                         "value sum optimal in %4; gap mean %5 %, max %6 %; median Cairn time %7 "
                         "ms")
              .arg(solved)
              .arg(proved)
              .arg(deadlinesOk)
              .arg(optimal)
              .arg(solved ? gapSum / solved : 0, 0, 'f', 3)
              .arg(gapMax, 0, 'f', 3)
              .arg(times.empty() ? 0 : times[times.size() / 2], 0, 'f', 0));
    if (mismatched > 0)
        print(QStringLiteral("%1 plans left out: their cached reference does not fit the plan "
                             "generated now")
                  .arg(mismatched));
    return 0;
}

} // namespace Cairn::Bench
