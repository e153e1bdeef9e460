#include "core/schedule/schedulebound.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <coin/CbcModel.hpp>
#include <coin/CoinPackedMatrix.hpp>
#include <coin/OsiClpSolverInterface.hpp>
#include <numeric>

namespace Cairn {

QString ScheduleBound::key(Method method)
{
    switch (method) {
    case Method::None:
        return QStringLiteral("none");
    case Method::Combinatorial:
        return QStringLiteral("combinatorial");
    case Method::LinearRelaxation:
        return QStringLiteral("lp");
    case Method::BranchAndBound:
        return QStringLiteral("mip");
    }
    return {};
}

namespace {

constexpr qint64 kHardWeight = 1'000'000; // as the scheduler weighs a hard deadline

int offsetOf(const ScheduleProblem &p, const ScheduleProblem::Precedence &e)
{
    return e.type == ScheduleProblem::PrecedenceType::FinishToStart
        ? p.activities[size_t(e.from)].duration + e.lag
        : e.lag;
}

// A time-indexed model of the placed activities: x[k][t] = 1 when activity k starts in period
// t, for t in its window [lo, hi]; precedences (per period where that stays small, else in
// sum), capacity per resource and period, and tardiness columns for activities with deadlines.
class TimeIndexedModel {
public:
    TimeIndexedModel(const ScheduleProblem &p, const ScheduleResult &r)
        : m_p(p)
    {
        for (size_t i = 0; i < p.activities.size(); ++i)
            if (r.activities[i].start)
                m_act.push_back(int(i));
        m_local.assign(p.activities.size(), -1);
        for (size_t k = 0; k < m_act.size(); ++k)
            m_local[size_t(m_act[k])] = int(k);
        for (const auto &e : p.precedences)
            if (m_local[size_t(e.from)] >= 0 && m_local[size_t(e.to)] >= 0)
                m_edges.push_back(&e);
    }

    size_t activities() const { return m_act.size(); }

    // Start windows: precedence-earliest starts, and as late as a serial schedule could place
    // it, or as `finishCap` allows. False when a pin contradicts the earliest start.
    bool setWindows(const std::vector<qint64> &finishCap)
    {
        const size_t n = m_act.size();
        m_lo.assign(n, 0);
        for (size_t k = 0; k < n; ++k)
            m_lo[k] = std::max(0, m_p.activities[size_t(m_act[k])].release);
        int span = std::max(1, m_p.horizon);
        qint64 sum = 0;
        for (size_t pass = 0; pass <= n; ++pass) { // longest paths (the graph is acyclic)
            bool changed = false;
            for (const auto *e : m_edges) {
                const size_t a = size_t(m_local[size_t(e->from)]);
                const size_t b = size_t(m_local[size_t(e->to)]);
                if (m_lo[a] + offsetOf(m_p, *e) > m_lo[b]) {
                    m_lo[b] = m_lo[a] + offsetOf(m_p, *e);
                    changed = true;
                }
            }
            if (!changed)
                break;
        }
        for (const auto *e : m_edges)
            sum += std::max(0, e->lag);
        for (size_t k = 0; k < n; ++k) {
            const auto &a = m_p.activities[size_t(m_act[k])];
            sum += std::max(0, a.duration);
            span = std::max(span, m_lo[k]);
            if (a.pin)
                span = std::max(span, *a.pin + a.duration);
        }
        for (const auto &res : m_p.resources)
            span = std::max(span, int(res.capacity.size()));
        m_periods = int(std::min<qint64>(span + sum + 1, ScheduleProblem::kMaxPeriods));
        m_hi.assign(n, 0);
        for (size_t k = 0; k < n; ++k) {
            const auto &a = m_p.activities[size_t(m_act[k])];
            const int d = std::max(0, a.duration);
            m_hi[k] = m_periods - d;
            if (!finishCap.empty())
                m_hi[k] = int(std::min<qint64>(m_hi[k], finishCap[k] - d));
            if (a.pin) {
                if (*a.pin < m_lo[k] || *a.pin > m_hi[k])
                    return false;
                m_lo[k] = m_hi[k] = *a.pin;
            }
            if (m_hi[k] < m_lo[k])
                return false;
        }
        m_firstCol.assign(n + 1, 0);
        for (size_t k = 0; k < n; ++k)
            m_firstCol[k + 1] = m_firstCol[k] + (m_hi[k] - m_lo[k] + 1);
        return true;
    }

    int startColumns() const { return m_firstCol.empty() ? 0 : m_firstCol.back(); }
    int activity(size_t k) const { return m_act[k]; }
    int earliestFinish(size_t k) const
    {
        return m_lo[k] + std::max(0, m_p.activities[size_t(m_act[k])].duration);
    }

    // Loads the model into `solver`. objective: Σ weight × finish, or Σ weight × tardiness;
    // tardinessLimit >= 0 adds Σ weight × tardiness <= tardinessLimit.
    void load(
        OsiClpSolverInterface &solver, bool tardinessObjective, qint64 tardinessLimit, bool integer)
    {
        const size_t n = m_act.size();
        m_rows.clear();
        m_rowLo.clear();
        m_rowUp.clear();
        std::vector<double> obj(size_t(startColumns()), 0.0);
        std::vector<double> colLo(obj.size(), 0.0), colUp(obj.size(), 1.0);
        for (size_t k = 0; k < n; ++k) {
            const auto &a = m_p.activities[size_t(m_act[k])];
            const int d = std::max(0, a.duration);
            for (int t = m_lo[k]; t <= m_hi[k]; ++t)
                if (!tardinessObjective)
                    obj[size_t(col(k, t))] = double(std::max<qint64>(0, a.weight)) * (t + d);
            std::vector<std::pair<int, double>> one;
            for (int t = m_lo[k]; t <= m_hi[k]; ++t)
                one.push_back({col(k, t), 1.0});
            addRow(one, 1.0, 1.0);
        }
        addPrecedences();
        addCapacity();
        // Tardiness: T_k >= start + d - deadline, T_k >= 0.
        std::vector<std::pair<int, double>> limit;
        for (size_t k = 0; k < n; ++k) {
            const auto &a = m_p.activities[size_t(m_act[k])];
            if (!a.deadline || (!tardinessObjective && tardinessLimit < 0))
                continue;
            const int tcol = int(obj.size());
            const double w
                = double(a.hardDeadline ? kHardWeight : std::max<qint64>(1, a.deadlineWeight));
            obj.push_back(tardinessObjective ? w : 0.0);
            colLo.push_back(0.0);
            colUp.push_back(COIN_DBL_MAX);
            std::vector<std::pair<int, double>> row {{tcol, 1.0}};
            for (int t = m_lo[k]; t <= m_hi[k]; ++t)
                if (t != 0)
                    row.push_back({col(k, t), -double(t)});
            addRow(row, double(std::max(0, a.duration) - *a.deadline), COIN_DBL_MAX);
            limit.push_back({tcol, w});
        }
        if (!tardinessObjective && tardinessLimit >= 0 && !limit.empty())
            addRow(limit, -COIN_DBL_MAX, double(tardinessLimit));
        CoinPackedMatrix matrix(false, 0, 0);
        matrix.setDimensions(0, int(obj.size()));
        for (size_t r = 0; r < m_rows.size(); ++r) {
            std::vector<int> idx;
            std::vector<double> val;
            for (const auto &[c, v] : m_rows[r]) {
                idx.push_back(c);
                val.push_back(v);
            }
            matrix.appendRow(int(idx.size()), idx.data(), val.data());
        }
        solver.loadProblem(
            matrix, colLo.data(), colUp.data(), obj.data(), m_rowLo.data(), m_rowUp.data());
        if (integer)
            for (int c = 0; c < startColumns(); ++c)
                solver.setInteger(c);
    }

private:
    int col(size_t k, int t) const { return m_firstCol[k] + (t - m_lo[k]); }

    void addRow(const std::vector<std::pair<int, double>> &row, double lo, double up)
    {
        m_rows.push_back(row);
        m_rowLo.push_back(lo);
        m_rowUp.push_back(up);
    }

    // Per period (stronger) while the rows stay small: by t, j may have started only if i has
    // started offset periods earlier. Otherwise in sum: start_j - start_i >= offset.
    void addPrecedences()
    {
        for (const auto *e : m_edges) {
            const size_t a = size_t(m_local[size_t(e->from)]);
            const size_t b = size_t(m_local[size_t(e->to)]);
            const int off = offsetOf(m_p, *e);
            const qint64 wa = m_hi[a] - m_lo[a] + 1, wb = m_hi[b] - m_lo[b] + 1;
            if (wa * wb <= 1600) {
                for (int t = m_lo[b]; t <= m_hi[b]; ++t) {
                    std::vector<std::pair<int, double>> row;
                    for (int tau = m_lo[b]; tau <= t; ++tau)
                        row.push_back({col(b, tau), 1.0});
                    for (int tau = m_lo[a]; tau <= std::min(m_hi[a], t - off); ++tau)
                        row.push_back({col(a, tau), -1.0});
                    addRow(row, -COIN_DBL_MAX, 0.0);
                }
                continue;
            }
            std::vector<std::pair<int, double>> row;
            for (int t = m_lo[b]; t <= m_hi[b]; ++t)
                if (t != 0)
                    row.push_back({col(b, t), double(t)});
            for (int t = m_lo[a]; t <= m_hi[a]; ++t)
                if (t != 0)
                    row.push_back({col(a, t), -double(t)});
            addRow(row, double(off), COIN_DBL_MAX);
        }
    }

    void addCapacity()
    {
        for (size_t r = 0; r < m_p.resources.size(); ++r) {
            for (int t = 0; t < m_periods; ++t) {
                std::vector<std::pair<int, double>> row;
                double most = 0;
                for (size_t k = 0; k < m_act.size(); ++k) {
                    const auto &a = m_p.activities[size_t(m_act[k])];
                    const qint64 q = a.demandOn(r);
                    if (q <= 0 || a.duration <= 0)
                        continue;
                    const int from = std::max(m_lo[k], t - a.duration + 1);
                    const int to = std::min(m_hi[k], t);
                    if (from > to)
                        continue;
                    most += double(q);
                    for (int tau = from; tau <= to; ++tau)
                        row.push_back({col(k, tau), double(q)});
                }
                const double cap = double(m_p.resources[r].capacityAt(t));
                if (!row.empty() && most > cap)
                    addRow(row, -COIN_DBL_MAX, cap);
            }
        }
    }

    const ScheduleProblem &m_p;
    std::vector<int> m_act; // placed problem activities
    std::vector<int> m_local; // problem index -> k, or -1
    std::vector<const ScheduleProblem::Precedence *> m_edges;
    std::vector<int> m_lo, m_hi, m_firstCol;
    int m_periods = 0;
    std::vector<std::vector<std::pair<int, double>>> m_rows;
    std::vector<double> m_rowLo, m_rowUp;
};

// The least integer not below an LP or branch-and-bound value, less the solver's tolerance:
// the objective is an integer, and the bound must never exceed the optimum.
qint64 integerBound(double value)
{
    return qint64(std::ceil(value - 1e-6 * std::max(1.0, std::fabs(value))));
}

// Minimises the loaded model: the optimum (or, stopped early, the best bound branch and bound
// proved), and whether it is proven. Nothing when the solver found no answer.
std::optional<std::pair<qint64, bool>> minimise(
    OsiClpSolverInterface &solver, bool integer, double seconds)
{
    solver.messageHandler()->setLogLevel(0);
    solver.getModelPtr()->setMaximumSeconds(std::max(0.05, seconds));
    solver.initialSolve();
    if (!solver.isProvenOptimal())
        return std::nullopt;
    const qint64 relaxed = integerBound(solver.getObjValue());
    if (!integer)
        return std::pair {relaxed, true};
    CbcModel model(solver);
    model.setLogLevel(0);
    model.messageHandler()->setLogLevel(0);
    model.setMaximumSeconds(std::max(0.05, seconds));
    model.setNumberThreads(0);
    model.branchAndBound();
    const double best = model.getBestPossibleObjValue();
    if (model.isProvenInfeasible() || !std::isfinite(best) || best < -1e300)
        return std::pair {relaxed, false};
    return std::pair {std::max(relaxed, integerBound(best)), model.isProvenOptimal()};
}

} // namespace

ScheduleBound boundSchedule(const ScheduleProblem &problem, const ScheduleResult &result,
    SchedulerOptions::Goal goal, const BoundOptions &options)
{
    ScheduleBound out;
    if (goal == SchedulerOptions::Goal::Makespan) {
        out.method = ScheduleBound::Method::Combinatorial;
        out.objective = result.makespan;
        out.bound = std::min<qint64>(result.lowerBound, result.makespan);
    } else {
        out.method = ScheduleBound::Method::Combinatorial;
        out.objective = result.weightedCompletion;
        out.bound = std::min(result.completionLowerBound, result.weightedCompletion);
    }
    out.proven = result.provenOptimal;
    auto finish = [&out] {
        out.proven = out.proven || out.bound >= out.objective;
        out.bound = std::min(out.bound, out.objective);
        out.gapPercent = out.bound > 0
            ? 100.0 * double(out.objective - out.bound) / double(out.bound)
            : (out.objective > 0 ? 100.0 : 0.0);
        return out;
    };
    // The model must be the problem the schedule was made for: not when values were clamped
    // or activities left out for the scheduler's limits.
    const bool altered = std::any_of(
        result.problems.begin(), result.problems.end(), [](const ScheduleProblemReport &rep) {
            return rep.kind == ScheduleProblemReport::Kind::ValueClamped
                || rep.kind == ScheduleProblemReport::Kind::BeyondLimit
                || rep.kind == ScheduleProblemReport::Kind::PinnedOverload
                || rep.kind == ScheduleProblemReport::Kind::PinConflict;
        });
    if (goal == SchedulerOptions::Goal::Makespan || result.provenOptimal || altered
        || options.timeLimitMs <= 0)
        return finish();

    QElapsedTimer timer;
    timer.start();
    auto secondsLeft
        = [&] { return std::max(0.0, (options.timeLimitMs - timer.elapsed()) / 1000.0); };
    TimeIndexedModel model(problem, result);
    const bool integer = int(model.activities()) <= options.exactUpTo;

    // Least weighted tardiness possible (only worth a solve when this schedule has some).
    bool tardinessProven = result.weightedTardiness == 0;
    if (!tardinessProven && model.setWindows({}) && model.startColumns() <= options.maxVariables) {
        OsiClpSolverInterface solver;
        model.load(solver, true, -1, integer);
        if (const auto t = minimise(solver, integer, secondsLeft() / 2)) {
            out.tardinessBound = std::min(t->first, result.weightedTardiness);
            tardinessProven = t->first >= result.weightedTardiness;
        }
    }

    // Σ weight × finish among schedules no later in tardiness than this one: no activity can
    // finish later than this schedule's sum allows beside everything else finishing earliest.
    std::vector<qint64> cap(model.activities(), 0);
    const bool windows = model.setWindows({}); // earliest finishes first
    qint64 earliest = 0;
    for (size_t k = 0; windows && k < model.activities(); ++k)
        earliest += std::max<qint64>(0, problem.activities[size_t(model.activity(k))].weight)
            * model.earliestFinish(k);
    for (size_t k = 0; windows && k < model.activities(); ++k) {
        const qint64 w = std::max<qint64>(0, problem.activities[size_t(model.activity(k))].weight);
        const qint64 others = earliest - w * model.earliestFinish(k);
        cap[k] = w > 0 ? (result.weightedCompletion - others) / w : ScheduleProblem::kMaxPeriods;
    }
    if (!windows || !model.setWindows(cap) || model.startColumns() > options.maxVariables)
        return finish();
    OsiClpSolverInterface solver;
    model.load(solver, false, result.weightedTardiness, integer);
    if (const auto c = minimise(solver, integer, secondsLeft())) {
        out.method = integer ? ScheduleBound::Method::BranchAndBound
                             : ScheduleBound::Method::LinearRelaxation;
        out.bound = std::max(out.bound, c->first);
        out.proven = tardinessProven && c->first >= result.weightedCompletion;
    }
    return finish();
}

QString describeGap(const ScheduleBound &bound)
{
    if (bound.method == ScheduleBound::Method::None)
        return {};
    if (bound.proven)
        return QCoreApplication::translate(
            "Cairn::Schedule", "The best possible schedule (proven optimal).");
    return QCoreApplication::translate(
        "Cairn::Schedule", "Within %1 % of the best possible schedule.")
        .arg(QLocale().toString(bound.gapPercent, 'f', bound.gapPercent < 10 ? 1 : 0));
}

} // namespace Cairn
