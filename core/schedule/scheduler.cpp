#include "core/schedule/scheduler.h"

#include "core/graph/dependencygraph.h"
#include "core/schedule/saturating.h"

#include <queue>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>
#include <tuple>

namespace Cairn {

namespace {

using Clock = std::chrono::steady_clock;
using Goal = SchedulerOptions::Goal;

constexpr qint64 kHardDeadlineWeight = 1'000'000;
constexpr int kNoDeadline = INT_MAX / 4;

struct Edge {
    int other; // the predecessor (in preds) or the successor (in succs)
    int offset; // S_succ >= S_pred + offset
    int precedence; // index into ScheduleProblem::precedences, for explanations
};

struct Fitness {
    qint64 tardiness = LLONG_MAX;
    qint64 primary = LLONG_MAX;
    qint64 secondary = LLONG_MAX;

    auto operator<=>(const Fitness &) const = default;
};

// The active part of a problem (activities that can be placed), in flat arrays for speed.
struct Instance {
    int n = 0;
    int R = 0;
    int T = 0; // length of every profile array
    int horizon = 0;
    Goal goal = Goal::Value;
    std::vector<int> orig; // local index -> problem index
    std::vector<int> dur, rel, pin, dl;
    std::vector<int> ref; // reference start, or -1 (calm re-planning)
    bool hasRef = false;
    std::vector<qint64> dlw, w;
    std::vector<std::vector<std::pair<int, qint64>>> demand; // sparse (resource, amount)
    std::vector<qint64> cap; // [r * T + t]
    std::vector<std::vector<Edge>> preds, succs;
    bool negativeOffset = false; // some successor may start before its predecessor
    std::vector<int> topo; // topological order
    std::vector<int> es; // precedence-earliest start (no resources)
    std::vector<int> lf; // latest finish (no resources) for the LFT/LST rules
    std::vector<int> successorsTotal;
    std::vector<char> related; // n*n: direct precedence either way (small n only)
    bool relatedKnown = false;

    qint64 capAt(int r, int t) const { return cap[size_t(r) * size_t(T) + size_t(t)]; }
    bool directlyRelated(int a, int b) const
    {
        if (relatedKnown)
            return related[size_t(a) * size_t(n) + size_t(b)] != 0;
        for (const Edge &e : succs[size_t(a)])
            if (e.other == b)
                return true;
        for (const Edge &e : preds[size_t(a)])
            if (e.other == b)
                return true;
        return false;
    }
};

// Priority order: lower value first, ties by index.
auto byPriority(const std::vector<double> &priority)
{
    return [&priority](int a, int b) {
        return priority[size_t(a)] < priority[size_t(b)]
            || (priority[size_t(a)] == priority[size_t(b)] && a < b);
    };
}

// The positions of an activity list that a move changed, first to last; first is the list's
// length when the move changed nothing.
struct ListSpan {
    int first = 0;
    int last = 0;
};

// Resource profile and the schedule generation schemes over it.
class Engine {
public:
    explicit Engine(const Instance &inst)
        : m(inst)
        , m_use(size_t(inst.R) * size_t(inst.T), 0)
        , m_start(size_t(inst.n), 0)
    {
        for (size_t k = 0; k < size_t(m.n) && k < m.es.size(); ++k) {
            const int fin = m.es[k] + m.dur[k];
            m_floorPrimary += m.w[k] * fin;
            if (m.dl[k] < kNoDeadline && fin > m.dl[k])
                m_floorTardiness += m.dlw[k] * (fin - m.dl[k]);
        }
    }

    const std::vector<int> &starts() const { return m_start; }
    std::vector<int> &starts() { return m_start; }
    qint64 used(int r, int t) const { return m_use[size_t(r) * size_t(m.T) + size_t(t)]; }

    void clear() { std::fill(m_use.begin(), m_use.end(), 0); }

    void add(int i, int start, int sign)
    {
        const int d = m.dur[size_t(i)];
        for (const auto &[r, q] : m.demand[size_t(i)]) {
            qint64 *row = &m_use[size_t(r) * size_t(m.T)];
            for (int t = start; t < start + d; ++t)
                row[t] += sign * q;
        }
    }

    // Latest period in [start, start+d) where i does not fit, or -1 if it fits.
    int lastConflict(int i, int start) const
    {
        const int d = m.dur[size_t(i)];
        if (start + d > m.T)
            return start + d - 1;
        for (int k = d - 1; k >= 0; --k) {
            const int t = start + k;
            for (const auto &[r, q] : m.demand[size_t(i)])
                if (m_use[size_t(r) * size_t(m.T) + size_t(t)] + q > m.capAt(r, t))
                    return t;
        }
        return -1;
    }
    // First period in [start, start+d) where i does not fit, or -1.
    int firstConflict(int i, int start) const
    {
        const int d = m.dur[size_t(i)];
        for (int k = 0; k < d; ++k) {
            const int t = start + k;
            if (t >= m.T)
                return t;
            for (const auto &[r, q] : m.demand[size_t(i)])
                if (m_use[size_t(r) * size_t(m.T) + size_t(t)] + q > m.capAt(r, t))
                    return t;
        }
        return -1;
    }

    int earliestFit(int i, int from) const
    {
        if (m.dur[size_t(i)] == 0 || m.demand[size_t(i)].empty())
            return from;
        int t = std::max(from, 0);
        while (t + m.dur[size_t(i)] <= m.T) {
            const int c = lastConflict(i, t);
            if (c < 0)
                return t;
            t = c + 1;
        }
        return m.T - m.dur[size_t(i)]; // unreachable for instances built by prepare()
    }

    // Latest start in [low, high] at which i fits; low is known to fit.
    int latestFit(int i, int high, int low) const
    {
        if (m.dur[size_t(i)] == 0 || m.demand[size_t(i)].empty())
            return high;
        int t = std::min(high, m.T - m.dur[size_t(i)]);
        while (t > low) {
            const int c = firstConflict(i, t);
            if (c < 0)
                return t;
            t = c - m.dur[size_t(i)]; // the window must end before the conflict
        }
        return low;
    }

    int precedenceBound(int i) const
    {
        int t = m.rel[size_t(i)];
        for (const Edge &e : m.preds[size_t(i)])
            t = std::max(t, m_start[size_t(e.other)] + e.offset);
        return t;
    }

    void reservePins()
    {
        for (int i = 0; i < m.n; ++i) {
            if (m.pin[size_t(i)] >= 0) {
                m_start[size_t(i)] = m.pin[size_t(i)];
                add(i, m.pin[size_t(i)], +1);
            }
        }
    }

    // Serial SGS: each activity of the list, in turn, at its earliest resource-feasible start.
    void serial(const std::vector<int> &list)
    {
        clear();
        reservePins();
        for (int i : list) {
            if (m.pin[size_t(i)] >= 0)
                continue;
            const int s = earliestFit(i, precedenceBound(i));
            m_start[size_t(i)] = s;
            add(i, s, +1);
        }
    }

    // Serial SGS of a list that differs from a list decoded before by serial() or serialFrom()
    // into `previous` only in the positions [changed.first, changed.last]: the activities before
    // keep their starts (the scheme would place them there again), the rest are placed as
    // serial() places them. Once the changed positions are behind and every activity placed since
    // the first of them is where it was, the rest would be too: the schedule is `previous` (the
    // profile then holds only what was placed).
    // With a `limit` (value goal), the decode stops and returns false as soon as the schedule is
    // sure to be worse than it: deadline tardiness only grows as activities are placed, and so
    // does Σ weight × finish counted with the precedence-earliest finish (es + duration) of those
    // not placed yet (weights are not negative; a precedence-feasible list places each activity
    // no earlier than es). The value climb rejects most of its candidates; they stop early.
    bool serialFrom(const std::vector<int> &list, ListSpan changed,
        const std::vector<int> &previous, const Fitness *limit = nullptr)
    {
        clear();
        reservePins();
        const size_t first = size_t(changed.first), last = size_t(changed.last);
        const bool bounded = limit != nullptr && m.goal == Goal::Value;
        qint64 tardiness = m_floorTardiness, primary = m_floorPrimary;
        bool same = true;
        for (size_t k = 0; k < list.size(); ++k) {
            const int i = list[k];
            if (m.pin[size_t(i)] >= 0)
                continue;
            const int s = k < first ? previous[size_t(i)] : earliestFit(i, precedenceBound(i));
            m_start[size_t(i)] = s;
            same = same && s == previous[size_t(i)];
            if (same && k >= last) {
                std::copy(previous.begin(), previous.end(), m_start.begin());
                return true;
            }
            add(i, s, +1);
            if (bounded) {
                const int fin = s + m.dur[size_t(i)];
                primary += m.w[size_t(i)] * (s - m.es[size_t(i)]);
                if (fin > m.dl[size_t(i)])
                    tardiness += m.dlw[size_t(i)]
                        * (fin - std::max(m.dl[size_t(i)], m.es[size_t(i)] + m.dur[size_t(i)]));
                if (k >= first
                    && (tardiness > limit->tardiness
                        || (tardiness == limit->tardiness && primary > limit->primary)))
                    return false;
            }
        }
        return true;
    }

    // Serial SGS that keeps activities where they were where they still fit: each activity of
    // the list at its earliest resource-feasible start from the later of its precedence bound and
    // its anchor (-1: none). With the reference starts as anchors, the reference schedule
    // repaired; an activity without an anchor may also move earlier, into room that came free.
    void anchored(const std::vector<int> &list, const std::vector<int> &anchor)
    {
        clear();
        reservePins();
        for (int i : list) {
            if (m.pin[size_t(i)] >= 0)
                continue;
            const int s = earliestFit(i, std::max(precedenceBound(i), anchor[size_t(i)]));
            m_start[size_t(i)] = s;
            add(i, s, +1);
        }
    }

    // Parallel SGS: at each decision time, start every eligible activity that fits, best
    // priority (lowest value) first. The eligible activities are kept in priority order; after a
    // start the scan goes on from there, or from the first activity it made eligible if that
    // comes earlier: those scanned before did not fit and fit even less now (their predecessors
    // have all started, and the resources only fill up).
    void parallel(const std::vector<double> &priority)
    {
        clear();
        reservePins();
        const auto before = byPriority(priority);
        std::vector<int> remainingPreds(size_t(m.n), 0);
        std::vector<int> eligible, released;
        int left = 0;
        for (int i = 0; i < m.n; ++i) {
            remainingPreds[size_t(i)] = int(m.preds[size_t(i)].size());
            if (m.pin[size_t(i)] < 0)
                ++left;
        }
        auto release = [&](int i) {
            for (const Edge &e : m.succs[size_t(i)])
                if (--remainingPreds[size_t(e.other)] == 0 && m.pin[size_t(e.other)] < 0)
                    released.push_back(e.other);
        };
        for (int i = 0; i < m.n; ++i)
            if (remainingPreds[size_t(i)] == 0 && m.pin[size_t(i)] < 0)
                eligible.push_back(i);
        for (int i = 0; i < m.n; ++i)
            if (m.pin[size_t(i)] >= 0)
                release(i);
        eligible.insert(eligible.end(), released.begin(), released.end());
        released.clear();
        std::sort(eligible.begin(), eligible.end(), before);
        int t = 0;
        while (left > 0) {
            int nextTime = INT_MAX;
            for (size_t k = 0; k < eligible.size();) {
                const int i = eligible[k];
                const int bound = precedenceBound(i);
                if (bound <= t && firstConflict(i, t) < 0) {
                    m_start[size_t(i)] = t;
                    add(i, t, +1);
                    --left;
                    eligible.erase(eligible.begin() + qsizetype(k));
                    release(i);
                    for (int r : released) {
                        const auto at
                            = std::lower_bound(eligible.begin(), eligible.end(), r, before);
                        k = std::min(k, size_t(at - eligible.begin()));
                        eligible.insert(at, r);
                    }
                    released.clear();
                    continue;
                }
                nextTime = std::min(nextTime, std::max(bound, t + 1));
                ++k;
            }
            if (left == 0)
                break;
            t = nextTime == INT_MAX ? t + 1 : nextTime;
            if (t >= m.T) { // safety: cannot happen for prepared instances
                for (int i : eligible) {
                    m_start[size_t(i)] = earliestFit(i, precedenceBound(i));
                    add(i, m_start[size_t(i)], +1);
                }
                break;
            }
        }
    }

    // Double justification (Valls et al.): shift every activity right as far as the makespan
    // and its successors allow, latest finish first; then left, earliest start first. Never
    // makes the makespan longer, usually shorter.
    void justify(std::vector<int> &scratch)
    {
        int cmax = 0;
        for (int i = 0; i < m.n; ++i)
            cmax = std::max(cmax, m_start[size_t(i)] + m.dur[size_t(i)]);
        scratch.resize(size_t(m.n));
        std::iota(scratch.begin(), scratch.end(), 0);
        std::sort(scratch.begin(), scratch.end(), [&](int a, int b) {
            const int fa = m_start[size_t(a)] + m.dur[size_t(a)];
            const int fb = m_start[size_t(b)] + m.dur[size_t(b)];
            return fa > fb || (fa == fb && a > b);
        });
        for (int i : scratch) {
            if (m.pin[size_t(i)] >= 0)
                continue;
            int latest = cmax - m.dur[size_t(i)];
            if (m.dl[size_t(i)] < kNoDeadline
                && m_start[size_t(i)] + m.dur[size_t(i)] <= m.dl[size_t(i)])
                latest = std::min(latest, m.dl[size_t(i)] - m.dur[size_t(i)]);
            for (const Edge &e : m.succs[size_t(i)])
                latest = std::min(latest, m_start[size_t(e.other)] - e.offset);
            if (latest <= m_start[size_t(i)])
                continue;
            add(i, m_start[size_t(i)], -1);
            m_start[size_t(i)] = latestFit(i, latest, m_start[size_t(i)]);
            add(i, m_start[size_t(i)], +1);
        }
        leftShift(scratch);
    }

    void leftShift(std::vector<int> &scratch)
    {
        scratch.resize(size_t(m.n));
        std::iota(scratch.begin(), scratch.end(), 0);
        std::sort(scratch.begin(), scratch.end(), [&](int a, int b) {
            return m_start[size_t(a)] < m_start[size_t(b)]
                || (m_start[size_t(a)] == m_start[size_t(b)] && a < b);
        });
        for (int i : scratch) {
            if (m.pin[size_t(i)] >= 0)
                continue;
            const int bound = precedenceBound(i);
            if (bound >= m_start[size_t(i)])
                continue;
            add(i, m_start[size_t(i)], -1);
            m_start[size_t(i)] = std::min(m_start[size_t(i)], earliestFit(i, bound));
            add(i, m_start[size_t(i)], +1);
        }
    }

    Fitness evaluate() const { return evaluate(m_start); }

    // The objectives of the schedule `start` (one start per activity).
    Fitness evaluate(const std::vector<int> &start) const
    {
        Fitness f {0, 0, 0};
        int cmax = 0;
        qint64 wsum = 0, fsum = 0;
        for (int i = 0; i < m.n; ++i) {
            const int fin = start[size_t(i)] + m.dur[size_t(i)];
            cmax = std::max(cmax, fin);
            wsum += m.w[size_t(i)] * fin;
            fsum += fin;
            if (m.dl[size_t(i)] < kNoDeadline && fin > m.dl[size_t(i)])
                f.tardiness += m.dlw[size_t(i)] * (fin - m.dl[size_t(i)]);
        }
        if (m.goal == Goal::Makespan) {
            f.primary = cmax;
            f.secondary = fsum;
        } else {
            f.primary = wsum;
            f.secondary = cmax;
        }
        return f;
    }

private:
    const Instance &m;
    std::vector<qint64> m_use;
    std::vector<int> m_start;
    qint64 m_floorPrimary = 0; // Σ weight × precedence-earliest finish (serialFrom's limit)
    qint64 m_floorTardiness = 0; // deadline tardiness at those finishes
};

// ---- activity lists ----------------------------------------------------------------------

// A precedence-feasible activity list: at each step `choose` picks one of the eligible
// activities (those whose predecessors are all listed) by its position in `eligible`.
template<class Choose> std::vector<int> buildList(const Instance &m, Choose choose)
{
    std::vector<int> remaining(size_t(m.n));
    std::vector<int> eligible;
    for (int i = 0; i < m.n; ++i) {
        remaining[size_t(i)] = int(m.preds[size_t(i)].size());
        if (remaining[size_t(i)] == 0)
            eligible.push_back(i);
    }
    std::vector<int> list;
    list.reserve(size_t(m.n));
    while (!eligible.empty()) {
        const size_t chosen = choose(eligible);
        const int i = eligible[chosen];
        eligible.erase(eligible.begin() + qsizetype(chosen));
        list.push_back(i);
        for (const Edge &e : m.succs[size_t(i)])
            if (--remaining[size_t(e.other)] == 0)
                eligible.push_back(e.other);
    }
    return list;
}

// The activity list that always takes the eligible activity first in `before` (a strict total
// order): buildList's, from a heap instead of a scan of every eligible activity per step (at
// 10,000 initiatives the scans were a fifth of the first schedule's time).
template<class Before> std::vector<int> buildListInOrder(const Instance &m, Before before)
{
    const auto after = [&before](int a, int b) { return before(b, a); };
    std::priority_queue<int, std::vector<int>, decltype(after)> eligible(after);
    std::vector<int> remaining(size_t(m.n));
    for (int i = 0; i < m.n; ++i) {
        remaining[size_t(i)] = int(m.preds[size_t(i)].size());
        if (remaining[size_t(i)] == 0)
            eligible.push(i);
    }
    std::vector<int> list;
    list.reserve(size_t(m.n));
    while (!eligible.empty()) {
        const int i = eligible.top();
        eligible.pop();
        list.push_back(i);
        for (const Edge &e : m.succs[size_t(i)])
            if (--remaining[size_t(e.other)] == 0)
                eligible.push(e.other);
    }
    return list;
}

// The list a priority rule gives (lower value first, ties by index).
std::vector<int> listFromPriority(const Instance &m, const std::vector<double> &priority)
{
    return buildListInOrder(m, byPriority(priority));
}

// Regret-based biased random sampling over a priority (lower = better).
std::vector<int> sampledList(
    const Instance &m, const std::vector<double> &priority, std::mt19937_64 &rng, double bias)
{
    std::vector<double> weights;
    return buildList(m, [&](const std::vector<int> &eligible) {
        double worst = -1e300;
        for (int i : eligible)
            worst = std::max(worst, priority[size_t(i)]);
        weights.resize(eligible.size());
        double total = 0;
        for (size_t k = 0; k < eligible.size(); ++k) {
            weights[k] = std::pow(worst - priority[size_t(eligible[k])] + 1.0, bias);
            total += weights[k];
        }
        double pick = std::uniform_real_distribution<double>(0, total)(rng);
        size_t chosen = 0;
        for (; chosen + 1 < eligible.size(); ++chosen) {
            pick -= weights[chosen];
            if (pick <= 0)
                break;
        }
        return chosen;
    });
}

// How much of an activity's capacity each period takes, as one number: its duration times one
// plus its share of every resource it uses (in the first period). The "work" of the value rules.
double workOf(const Instance &m, size_t i)
{
    double share = 1.0;
    for (const auto &[r, q] : m.demand[i])
        share += double(q) / double(std::max<qint64>(1, m.capAt(r, 0)));
    return double(std::max(1, m.dur[i])) * share;
}

// The list ordered by the schedule's start times (ties keep the old order): makes the list
// the genotype of the justified schedule.
void listFromStarts(const std::vector<int> &starts, std::vector<int> &list)
{
    std::stable_sort(list.begin(), list.end(),
        [&](int a, int b) { return starts[size_t(a)] < starts[size_t(b)]; });
}

struct Individual {
    std::vector<int> list;
    std::vector<int> starts;
    Fitness fitness;
};

// Sorts individuals best first.
void sortByFitness(std::vector<Individual> &individuals)
{
    std::sort(individuals.begin(), individuals.end(),
        [](const Individual &a, const Individual &b) { return a.fitness < b.fitness; });
}

class Search {
public:
    Search(const Instance &inst, const SchedulerOptions &options, Clock::time_point begin)
        : m(inst)
        , m_options(options)
        , m_engine(inst)
        , m_rng(options.seed)
        , m_begin(begin)
    {
    }

    Individual best;
    Individual anchoredStart; // the reference schedule repaired (calm re-planning)
    qint64 referencePrimary = -1; // the reference's own value (or makespan); -1: no reference
    qint64 schedules = 0;
    double firstMs = 0;
    bool cancelled = false;
    Fitness lowerBound;

    // Cancelled or out of time (the fast pass stops there too, with a schedule in hand).
    bool timeIsUp()
    {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return true;
        }
        return m_options.timeBudgetMs > 0
            && Clock::now() - m_begin >= std::chrono::milliseconds(m_options.timeBudgetMs);
    }

    bool outOfBudget()
    {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return true;
        }
        if (m_options.maxSchedules > 0 && schedules >= m_options.maxSchedules)
            return true;
        if (m_options.timeBudgetMs > 0
            && Clock::now() - m_begin >= std::chrono::milliseconds(m_options.timeBudgetMs))
            return true;
        if (m_proven && m_proven->load(std::memory_order_relaxed))
            return true; // the other search reached the lower bound
        if (best.fitness > lowerBound)
            return false;
        if (m_proven)
            m_proven->store(true, std::memory_order_relaxed);
        return true;
    }

    // Searches of the same plan on two threads stop together once either has a schedule at the
    // lower bound (nothing better exists).
    void shareProof(std::atomic_bool *proven) { m_proven = proven; }
    // The late-acceptance climb's history is `scale` times the length the budget gives.
    void setHistoryScale(double scale) { m_historyScale = scale; }

    // Decodes a list (serial SGS), justifies it where that helps, and keeps the better form.
    Individual decode(std::vector<int> list)
    {
        Individual ind;
        m_engine.serial(list);
        ++schedules;
        Fitness f = m_engine.evaluate();
        std::vector<int> plain = m_engine.starts();
        m_engine.justify(m_scratch);
        ++schedules;
        const Fitness g = m_engine.evaluate();
        if (g <= f) {
            f = g;
            listFromStarts(m_engine.starts(), list);
            ind.starts = m_engine.starts();
        } else {
            ind.starts = std::move(plain);
        }
        ind.list = std::move(list);
        ind.fitness = f;
        offer(ind);
        return ind;
    }

    Individual decodeParallel(const std::vector<double> &priority)
    {
        m_engine.parallel(priority);
        ++schedules;
        Individual ind;
        ind.starts = m_engine.starts();
        ind.fitness = m_engine.evaluate();
        ind.list.resize(size_t(m.n));
        std::iota(ind.list.begin(), ind.list.end(), 0);
        // A topological list consistent with the starts: sort by start, then topo rank.
        std::vector<int> rank(size_t(m.n));
        for (int k = 0; k < m.n; ++k)
            rank[size_t(m.topo[size_t(k)])] = k;
        std::sort(ind.list.begin(), ind.list.end(), [&](int a, int b) {
            return ind.starts[size_t(a)] < ind.starts[size_t(b)]
                || (ind.starts[size_t(a)] == ind.starts[size_t(b)]
                    && rank[size_t(a)] < rank[size_t(b)]);
        });
        fixTopological(ind.list);
        offer(ind);
        // Justification of the parallel schedule, as a second candidate.
        Individual j = decode(ind.list);
        return j.fitness < ind.fitness ? j : ind;
    }

    // What a search of the same plan on another thread found: its best schedule and its calm
    // candidates, as if this search had found them.
    void absorb(const Search &other)
    {
        schedules += other.schedules;
        cancelled = cancelled || other.cancelled;
        if (!other.best.list.empty())
            offer(other.best);
        for (const auto &[calm, ind] : other.m_calm)
            offer(ind);
    }

    void offer(const Individual &ind)
    {
        if (best.list.empty() || ind.fitness < best.fitness) {
            best = ind;
            if (firstMs == 0)
                firstMs = std::chrono::duration<double, std::milli>(Clock::now() - m_begin).count();
        }
        if (m.hasRef)
            keepCalm(ind);
    }

    // ---- calm re-planning --------------------------------------------------------------------
    struct Calm {
        int moved = 0;
        qint64 shift = 0;
        auto operator<=>(const Calm &) const = default;
    };

    // How far a schedule is from the reference: activities moved (pins aside), periods shifted.
    Calm calmness(const std::vector<int> &starts) const
    {
        Calm c;
        for (size_t k = 0; k < size_t(m.n); ++k) {
            if (m.ref[k] < 0 || m.pin[k] >= 0 || starts[k] == m.ref[k])
                continue;
            ++c.moved;
            c.shift += std::abs(starts[k] - m.ref[k]);
        }
        return c;
    }

    // The value (or makespan) the calm tolerance is measured from: the best schedule's, or the
    // reference's own in the plan as it is now (referencePrimary) when that is worse, by at most
    // calmReach of the best. So a search that finds more than the schedule the user saw moves
    // nothing for that alone, and a reference far from the best does not hold the plan back.
    qint64 calmBaseline() const
    {
        const qint64 b = best.fitness.primary;
        if (referencePrimary <= b)
            return b;
        const double reach = double(b) * m_options.calmReach;
        if (double(referencePrimary - b) <= reach)
            return referencePrimary;
        return b + qint64(reach);
    }

    // As good on deadlines as the best schedule found, and within the tolerance of the calm
    // baseline's value.
    bool acceptable(const Fitness &f) const
    {
        if (f.tardiness > best.fitness.tardiness)
            return false;
        const qint64 base = calmBaseline();
        return f.primary <= base
            || double(f.primary - base) <= double(base) * m_options.calmTolerance;
    }

    // No worse than any acceptable schedule (a little above the worst: the tolerance is a share).
    Fitness mostAcceptable() const
    {
        const qint64 base = calmBaseline();
        const double room
            = std::min(std::ceil(double(base) * std::max(0.0, m_options.calmTolerance)), 1e18);
        return {best.fitness.tardiness, Saturating::add(base, qint64(room) + 1), LLONG_MAX};
    }

    // Keeps the calmest acceptable schedules seen (a few: the tolerance narrows as the best
    // improves, so the calmest of now may not be acceptable at the end). What is no longer
    // acceptable never becomes so again (the tolerance only narrows) and gives way once the
    // room is full: kept, the calmer schedules of early on would crowd out every acceptable one
    // found later (chooseCalm passes over those still here).
    void keepCalm(const Individual &ind)
    {
        if (!acceptable(ind.fitness))
            return;
        const Calm c = calmness(ind.starts);
        auto worse
            = [](const std::pair<Calm, Individual> &a, const std::pair<Calm, Individual> &b) {
                  return std::tie(a.first, a.second.fitness) < std::tie(b.first, b.second.fitness);
              };
        for (const auto &[kc, k] : m_calm)
            if (kc == c && k.starts == ind.starts)
                return;
        if (m_calm.size() == kCalmKept)
            std::erase_if(m_calm, [this](const std::pair<Calm, Individual> &kept) {
                return !acceptable(kept.second.fitness);
            });
        if (m_calm.size() < kCalmKept) {
            m_calm.emplace_back(c, ind);
            return;
        }
        auto worst = std::max_element(m_calm.begin(), m_calm.end(), worse);
        if (std::tie(c, ind.fitness) < std::tie(worst->first, worst->second.fitness))
            *worst = {c, ind};
    }

    // The reference schedule, repaired: activities in the order of their reference starts
    // (those without one at their precedence-earliest start), each kept where it fits.
    void startFromReference()
    {
        std::vector<int> order(size_t(m.n));
        std::iota(order.begin(), order.end(), 0);
        auto key
            = [this](int i) { return m.ref[size_t(i)] >= 0 ? m.ref[size_t(i)] : m.es[size_t(i)]; };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
        fixTopological(order);
        m_engine.anchored(order, m.ref);
        ++schedules;
        anchoredStart.starts = m_engine.starts();
        anchoredStart.fitness = m_engine.evaluate();
        anchoredStart.list = std::move(order);
        // The reference's own value: each activity at its reference start (whether it still fits
        // there or not), pinned ones at their pins, those without one where the repair put them.
        std::vector<int> kept = anchoredStart.starts;
        for (size_t k = 0; k < size_t(m.n); ++k)
            if (m.pin[k] < 0 && m.ref[k] >= 0)
                kept[k] = m.ref[k];
        referencePrimary = m_engine.evaluate(kept).primary;
        offer(anchoredStart);
    }

    // One step of the calm searches below: a schedule decoded by the anchored scheme from a list
    // and anchors that differ from the current ones in one activity.
    struct CalmStep {
        int activity = -1;
        std::vector<int> starts, list, anchor;
        Fitness fitness;
        Calm calm;
        qint64 tardinessGain = 0;
        double valuePerMove = 0;
    };

    // Decodes `list` with `anchor` into a step; counts the schedule.
    CalmStep calmStep(int activity, const std::vector<int> &list, const std::vector<int> &anchor)
    {
        m_engine.anchored(list, anchor);
        ++schedules;
        return {activity, {}, {}, {}, m_engine.evaluate(), calmness(m_engine.starts())};
    }

    // Whether `s` is a better step than `pick` from a schedule (`fitness`, `calm`): while that
    // is not acceptable, the one that helps most (on deadlines, then value per initiative
    // moved); once it is, an acceptable one that moves fewer (or shifts them less).
    bool betterStep(
        CalmStep &s, const CalmStep &pick, const Fitness &fitness, const Calm &calm, bool ok) const
    {
        if (ok)
            return acceptable(s.fitness) && s.calm < (pick.activity < 0 ? calm : pick.calm);
        s.tardinessGain = fitness.tardiness - s.fitness.tardiness;
        const qint64 gain = fitness.primary - s.fitness.primary;
        if (s.tardinessGain < 0 || (s.tardinessGain == 0 && gain <= 0))
            return false;
        s.valuePerMove = double(gain) / double(1 + std::max(0, s.calm.moved - calm.moved));
        return pick.activity < 0
            || std::tie(s.tardinessGain, s.valuePerMove)
            > std::tie(pick.tardinessGain, pick.valuePerMove);
    }

    // From the repaired reference, changes one thing at a time in how the anchored scheme places
    // the activities: an activity may leave its reference start for an earlier one where room
    // came free (its anchor dropped), or claims its reference start before the others (first in
    // the list: what is in its way moves instead); the best step each time (betterStep). So an
    // edit moves what it must (what depends on the change, what competes for the room it takes
    // or frees), not everything a fresh search would rearrange. Offers each step.
    std::pair<std::vector<int>, std::vector<int>> calmRepair(Clock::time_point until)
    {
        Individual cur = anchoredStart;
        Calm calm = calmness(cur.starts);
        std::vector<int> anchor = m.ref;
        for (int round = 0; round < 2 * m.n && !calmStopped(until); ++round) {
            const bool ok = acceptable(cur.fitness);
            CalmStep pick;
            for (int i = 0; i < m.n && !calmStopped(until); ++i) {
                const size_t k = size_t(i);
                if (m.pin[k] >= 0 || m.ref[k] < 0)
                    continue;
                if (anchor[k] >= 0 && cur.starts[k] > m.es[k]) {
                    anchor[k] = -1;
                    CalmStep s = calmStep(i, cur.list, anchor);
                    anchor[k] = m.ref[k];
                    if (betterStep(s, pick, cur.fitness, calm, ok)) {
                        s.starts = m_engine.starts();
                        s.list = cur.list;
                        s.anchor = anchor;
                        s.anchor[k] = -1;
                        pick = std::move(s);
                    }
                }
                if (cur.starts[k] > m.ref[k] && cur.list.front() != i) {
                    std::vector<int> list = cur.list;
                    list.erase(std::find(list.begin(), list.end(), i));
                    list.insert(list.begin(), i);
                    fixTopological(list);
                    CalmStep s = calmStep(i, list, anchor);
                    if (betterStep(s, pick, cur.fitness, calm, ok)) {
                        s.starts = m_engine.starts();
                        s.list = std::move(list);
                        s.anchor = anchor;
                        pick = std::move(s);
                    }
                }
            }
            if (pick.activity < 0)
                break;
            cur.list = std::move(pick.list);
            anchor = std::move(pick.anchor);
            cur.starts = std::move(pick.starts);
            cur.fitness = pick.fitness;
            calm = pick.calm;
            offer(cur);
        }
        return {std::move(cur.list), std::move(anchor)};
    }

    // After the greedy steps, from where calmRepair ended (its activity list, and which
    // activities keep their reference start as their earliest): a late-acceptance search in the
    // same terms. A move shifts one activity in the list, or frees one from its reference start
    // (or binds it again). A schedule costs its tardiness beyond the best's (first by far), then
    // 20 moves for each per cent of value beyond the acceptable, then one for each activity moved
    // and a little for each quarter shifted: one cost, so the search may pass through schedules
    // that are not acceptable on its way to calmer ones that are (the greedy steps take the best
    // single change each time and stop where none helps). Offers every schedule; the answer is
    // still the calmest acceptable one (chooseCalm). Up to `limit` schedules.
    // (cairn-bench stability --sizes 50 --edits 100 --max-schedules 20000, seeds 1-10: moved
    // beyond forced, p95, summed over the seeds 128 -> 97; value lost, p95, no worse.)
    void calmSearch(
        Clock::time_point until, std::vector<int> list, std::vector<int> anchor, qint64 limit)
    {
        std::vector<int> free; // the activities that may leave their reference start
        for (int k = 0; k < m.n; ++k)
            if (m.pin[size_t(k)] < 0 && m.ref[size_t(k)] >= 0)
                free.push_back(k);
        if (free.empty())
            return;
        auto cost = [this](const Fitness &f, const Calm &c) {
            const double late = double(std::max<qint64>(0, f.tardiness - best.fitness.tardiness));
            double excess = 0; // per cent of value beyond the acceptable
            if (!acceptable(f)) {
                const qint64 base = std::max<qint64>(1, calmBaseline());
                excess = std::max(0.0,
                    100.0 * (double(f.primary - base) / double(base) - m_options.calmTolerance));
            }
            return late * 1e6 + 20.0 * excess + double(c.moved) + 1e-3 * double(c.shift);
        };
        auto toggle = [this, &anchor](int k) {
            anchor[size_t(k)] = anchor[size_t(k)] < 0 ? m.ref[size_t(k)] : -1;
        };
        m_engine.anchored(list, anchor);
        ++schedules;
        Individual cur {std::move(list), m_engine.starts(), m_engine.evaluate()};
        double curCost = cost(cur.fitness, calmness(cur.starts));
        std::vector<double> history(std::clamp<size_t>(size_t(m.n), 20, 200), curCost);
        std::uniform_int_distribution<size_t> pick(0, free.size() - 1);
        Individual ind;
        for (qint64 it = 0; it < limit && !calmStopped(until); ++it) {
            ind.list = cur.list;
            int freed = -1; // the activity whose anchor the move changed
            if (m_rng() % 2) {
                freed = free[pick(m_rng)];
                toggle(freed);
            } else if (shiftOnce(ind.list).first >= m.n) {
                continue;
            }
            m_engine.anchored(ind.list, anchor);
            ++schedules;
            ind.starts = m_engine.starts();
            ind.fitness = m_engine.evaluate();
            offer(ind);
            const double c = cost(ind.fitness, calmness(ind.starts));
            const size_t v = size_t(it % qint64(history.size()));
            if (c <= history[v] || c <= curCost) {
                std::swap(cur, ind);
                curCost = c;
            } else if (freed >= 0) {
                toggle(freed);
            }
            if (curCost < history[v])
                history[v] = curCost;
        }
    }

    // From the best schedule found (acceptable by definition), puts one activity at a time back
    // at its reference start (each activity anchored at its start in the schedule, the list in
    // the order of the anchors), as long as the schedule stays acceptable and moves fewer: the
    // calm answer from the other side, when what the edit asks for is far from the reference.
    void calmRestore(Clock::time_point until)
    {
        Individual cur = best;
        Calm calm = calmness(cur.starts);
        std::vector<int> anchor = cur.starts;
        std::vector<int> list(size_t(m.n));
        auto ordered = [&](const std::vector<int> &a) {
            std::iota(list.begin(), list.end(), 0);
            std::stable_sort(list.begin(), list.end(),
                [&a](int x, int y) { return a[size_t(x)] < a[size_t(y)]; });
            fixTopological(list);
        };
        for (int round = 0; round < m.n && !calmStopped(until); ++round) {
            CalmStep pick;
            for (int i = 0; i < m.n && !calmStopped(until); ++i) {
                const size_t k = size_t(i);
                if (m.pin[k] >= 0 || m.ref[k] < 0 || cur.starts[k] == m.ref[k])
                    continue;
                const int was = anchor[k];
                anchor[k] = m.ref[k];
                ordered(anchor);
                CalmStep s = calmStep(i, list, anchor);
                if (betterStep(s, pick, cur.fitness, calm, true)) {
                    s.starts = m_engine.starts();
                    s.list = list;
                    s.anchor = anchor;
                    pick = std::move(s);
                }
                anchor[k] = was;
            }
            if (pick.activity < 0)
                break;
            anchor = std::move(pick.anchor);
            cur.list = std::move(pick.list);
            cur.starts = std::move(pick.starts);
            cur.fitness = pick.fitness;
            calm = pick.calm;
            offer(cur);
        }
    }

    bool calmStopped(Clock::time_point until) const
    {
        return (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
            || Clock::now() >= until;
    }

    // The answer: the calmest acceptable schedule (the repaired reference first, made calmer or
    // better by the calm repair and the calm search), else the best.
    void chooseCalm()
    {
        if (!m.hasRef || anchoredStart.list.empty())
            return;
        // Its own limits, after the search's budget: short for the first answer after an edit.
        const auto until = Clock::now() + std::chrono::milliseconds(m_options.improve ? 100 : 5);
        auto [list, anchor] = calmRepair(until);
        calmRestore(until);
        if (m_options.improve) // (not for the first answer after an edit: that must be quick)
            calmSearch(until, std::move(list), std::move(anchor), 200 * qint64(m.n));
        const Individual *choice = &best;
        Calm chosen = calmness(best.starts);
        for (const auto &[c, ind] : m_calm) {
            if (acceptable(ind.fitness)
                && std::tie(c, ind.fitness) < std::tie(chosen, choice->fitness)) {
                chosen = c;
                choice = &ind;
            }
        }
        if (choice != &best)
            best = *choice;
    }

    std::vector<std::vector<double>> priorityRules() const
    {
        std::vector<std::vector<double>> rules;
        const size_t n = size_t(m.n);
        std::vector<double> lft(n), lst(n), mts(n), est(n), grpw(n), value(n), urgentValue(n);
        for (size_t i = 0; i < n; ++i) {
            lft[i] = m.lf[i];
            lst[i] = m.lf[i] - m.dur[i];
            mts[i] = -double(m.successorsTotal[i]);
            est[i] = m.es[i];
            double work = m.dur[i];
            for (const Edge &e : m.succs[i])
                work += m.dur[size_t(e.other)];
            grpw[i] = -work;
            const double density = double(m.w[i]) / workOf(m, i);
            value[i] = -density;
            // deadline-critical work first, then value density
            urgentValue[i] = (m.dl[i] < kNoDeadline ? double(m.lf[i]) * 1e6 : 1e12) - density;
        }
        rules.push_back(lft);
        rules.push_back(lst);
        rules.push_back(mts);
        rules.push_back(grpw);
        rules.push_back(est);
        if (m.goal == Goal::Value) {
            rules.push_back(urgentValue);
            rules.push_back(value);
        }
        return rules;
    }

    // Out of line, as before the solve was split in stages: inlined there, g++ 12 made the
    // search loop a few per cent slower (PSPLIB j30 at 3,000 schedules).
    [[gnu::noinline]] void run()
    {
        const auto rules = priorityRules();
        // Fast pass: the reference schedule repaired, then every rule through both schemes.
        std::vector<Individual> population;
        if (m.hasRef) {
            startFromReference();
            population.push_back(anchoredStart);
            // The first answer after an edit: the repaired reference, unless it is late where
            // the priority rules might do better (then those, on plans where they are quick).
            if (!m_options.improve
                && (anchoredStart.fitness.tardiness <= lowerBound.tardiness || m.n > 2000))
                return;
        }
        for (const auto &rule : rules) {
            population.push_back(decode(listFromPriority(m, rule)));
            population.push_back(decodeParallel(rule));
            if (timeIsUp())
                break; // a huge problem: the first rules' schedules are the answer
        }
        if (!m_options.improve || m.n <= 1)
            return;

        // Initial population: biased random sampling around the rules.
        // Tuned on PSPLIB (j30 at 50 ms, a j120 sample at 1 s): larger populations pay off as
        // problems grow, up to a point.
        // Value goal: a small population, whose best schedule starts a late-acceptance hill
        // climb (lateAcceptance; tuned against the references of cairn-bench exact --shape long),
        // after the genetic algorithm while deadlines improve (deadlinesFirst).
        const bool value = m.goal == Goal::Value;
        const int popSize
            = value ? std::clamp(m.n / 2 + 20, 30, 150) : std::clamp(2 * m.n + 40, 60, 300);
        // Shift moves pay off on small and medium problems (PSPLIB j30); on large makespan
        // problems (j120) the plain crossover/swap GA does slightly better in the same time.
        if (m.n > 80 && !value) {
            m_shift = 0.0;
            m_local = 0;
        }
        // Under a time budget, sampling stops at half of it: on the largest plans (10,000
        // initiatives, a schedule in tens of milliseconds) the search still gets its turn.
        const Clock::time_point sampleUntil = m_options.timeBudgetMs > 0
            ? m_begin + std::chrono::milliseconds(m_options.timeBudgetMs) / 2
            : Clock::time_point::max();
        size_t ruleIndex = 0;
        while (int(population.size()) < popSize && !outOfBudget() && Clock::now() < sampleUntil) {
            const auto &rule = rules[ruleIndex++ % rules.size()];
            population.push_back(decode(sampledList(m, rule, m_rng, 2.0)));
        }
        sortByFitness(population);
        if (int(population.size()) > popSize)
            population.resize(size_t(popSize));

        if (value) {
            deadlinesFirst(population, popSize);
            climbWithRestarts(population);
            return;
        }
        evolve(population, popSize, Clock::time_point::max(), LLONG_MAX, 0);
    }

    // The genetic algorithm: crossover and mutation of the population's lists, each child decoded
    // with justification, the best kept, the population resampled around the best when it
    // stagnates. Until the budget, `until` or `limit` schedules; with `stall` > 0, also until
    // deadline tardiness has not improved for that many schedules or is at its lower bound.
    void evolve(std::vector<Individual> &population, int popSize, Clock::time_point until,
        qint64 limit, qint64 stall)
    {
        const int stagLimit = 30;
        int stagnation = 0;
        Fitness lastBest = best.fitness;
        std::vector<Individual> children;
        qint64 lastGain = schedules;
        qint64 lateness = best.fitness.tardiness;
        while (!outOfBudget() && schedules < limit && Clock::now() < until) {
            if (stall > 0) {
                if (best.fitness.tardiness < lateness) {
                    lateness = best.fitness.tardiness;
                    lastGain = schedules;
                }
                if (lateness <= lowerBound.tardiness || schedules - lastGain > stall)
                    break;
            }
            std::shuffle(population.begin(), population.end(), m_rng);
            children.clear();
            for (size_t k = 0; k + 1 < population.size() && !outOfBudget(); k += 2) {
                auto [a, b] = crossover(population[k].list, population[k + 1].list);
                mutate(a);
                mutate(b);
                children.push_back(decode(std::move(a)));
                children.push_back(decode(std::move(b)));
            }
            // Intensify around the best schedule found so far.
            for (int l = 0; l < m_local && !outOfBudget(); ++l) {
                std::vector<int> candidate = best.list;
                shiftOnce(candidate);
                children.push_back(decode(std::move(candidate)));
            }
            population.insert(population.end(), std::make_move_iterator(children.begin()),
                std::make_move_iterator(children.end()));
            select(population, size_t(popSize));
            if (best.fitness < lastBest) {
                lastBest = best.fitness;
                stagnation = 0;
            } else if (++stagnation > stagLimit) {
                // Diversify: keep the best quarter, resample the rest around the best list.
                stagnation = 0;
                const size_t keep = population.size() / 4;
                population.resize(keep);
                while (population.size() < size_t(popSize) && !outOfBudget()) {
                    std::vector<int> l = best.list;
                    for (int s = 0; s < m.n / 4 + 2; ++s)
                        mutateOnce(l);
                    population.push_back(decode(std::move(l)));
                }
            }
        }
    }

    // Value goal, when the best schedule of the population is late beyond the lower bound:
    // deadlines come first, and the climb below keeps to the basin it starts in (on the sample
    // at 20,000 schedules, from seed to seed, 171,000, 173,000 or 174,000 of tardiness, and no
    // better with 200,000). The genetic algorithm, which combines schedules, runs first until
    // tardiness has not improved for 4,000 schedules, for at most half of what is left of the
    // budget; the climb starts from its best.
    void deadlinesFirst(std::vector<Individual> &population, int popSize)
    {
        if (best.fitness.tardiness <= lowerBound.tardiness)
            return;
        qint64 limit = LLONG_MAX;
        if (m_options.maxSchedules > 0)
            limit = schedules + (m_options.maxSchedules - schedules) / 2;
        Clock::time_point until = Clock::time_point::max();
        if (m_options.timeBudgetMs > 0)
            until = Clock::now()
                + (m_begin + std::chrono::milliseconds(m_options.timeBudgetMs) - Clock::now()) / 2;
        evolve(population, popSize, until, limit, 4000);
    }

    // The late-acceptance history: one entry for every 300 candidates the climb can expect in
    // what is left of the budget (times the search's scale), 50 to 5,000. A short history
    // converges fast and stalls early; a long one keeps improving when there is time. Under a
    // time budget the pace is the climb's own (`rate`, candidates per millisecond) once it is
    // measured; before, the search's so far, which the slower schedules before the climb make low
    // (at 100 ms it gave the first climb 50 to 90 entries where its own pace gives 500 to 700).
    // Exact set's tuning part at 100 ms, runs of seeds 1-10: one per 150 0.62 %, 220 0.45 %,
    // 300 0.43-0.46 %, 400 0.59 %, 600 0.57 %.
    size_t historyLength(double rate) const
    {
        qint64 expected = 150'000; // no budget: until cancelled
        if (m_options.maxSchedules > 0)
            expected = std::max<qint64>(0, m_options.maxSchedules - schedules);
        if (m_options.timeBudgetMs > 0) {
            const double ms = std::max(
                0.01, std::chrono::duration<double, std::milli>(Clock::now() - m_begin).count());
            const double left = std::max(0.0, double(m_options.timeBudgetMs) - ms);
            const auto paced = qint64((rate > 0 ? rate : double(schedules) / ms) * left);
            expected = m_options.maxSchedules > 0 ? std::min(expected, paced) : paced;
        }
        return size_t(
            std::clamp<qint64>(qint64(double(expected) / 300 * m_historyScale), 50, 5000));
    }

    // Value goal: late-acceptance climbs, the first from the best schedule, each next one, once
    // the one before has stalled, from the next schedule of the population (best first): on the
    // exact set's plans the climbs end in basins of value that differ by several per cent, and on
    // small plans one climb stalls long before the budget ends.
    void climbWithRestarts(std::vector<Individual> &population)
    {
        valueDraws();
        sortByFitness(population);
        lateAcceptance(best);
        for (size_t r = 1; !outOfBudget() && !population.empty(); ++r)
            lateAcceptance(population[r % population.size()]);
    }

    // Late-acceptance hill climbing (Burke and Bykov) over the activity list: a candidate (one
    // move: a shift anywhere, a shift earlier or later drawn by value, a block pulled or pushed;
    // a quarter each) is taken when it is no worse than the current schedule or than the
    // current schedule of a history's length ago, so the climb crosses small valleys. A candidate
    // costs one serial decode (no justification, which serves the makespan) from the first
    // position the move changed: in the same time, several times the schedules of the genetic
    // algorithm, which pays off for Σ value × finish. Until the budget ends, or the climb has
    // stalled: no better schedule of its own for 50 history lengths and at least 2n² candidates
    // (a restart pays off then; tuned on the exact set's tuning part at 100 ms and 1 s).
    void lateAcceptance(const Individual &start)
    {
        size_t length = historyLength(0);
        auto stallAfter = [this](size_t entries) {
            return std::max(2 * qint64(m.n) * qint64(m.n), 50 * qint64(entries));
        };
        qint64 stall = stallAfter(length);
        // Under a time budget the history is sized again after the first thousand candidates,
        // from the climb's own rate.
        constexpr qint64 measureAfter = 1000;
        bool paced = m_options.timeBudgetMs <= 0;
        const qint64 schedulesBefore = schedules;
        const auto climbBegin = Clock::now();
        Individual cur = start;
        bool curSerial = false; // cur.starts are the serial decode of cur.list
        bool curSorted = false; // cur.list is in the order of cur.starts
        std::vector<Fitness> history(length, cur.fitness);
        std::uniform_int_distribution<int> kind(0, 3), half(0, 1);
        Individual ind;
        Fitness climbBest = cur.fitness;
        qint64 idle = 0; // candidates since this climb's best
        int unchanged = 0;
        for (qint64 it = 0; !outOfBudget(); ++it) {
            ind.list = cur.list;
            const int k = kind(m_rng);
            ListSpan changed;
            if (k == 0)
                changed = shiftOnce(ind.list);
            else if (k == 1)
                changed = shiftOnce(ind.list, half(m_rng) == 0 ? Shift::Earlier : Shift::Later);
            else
                changed = blockMove(ind.list, k == 2);
            if (changed.first >= m.n && ++unchanged < 100)
                continue; // no move drawn: nothing to decode
            unchanged = 0;
            if (!paced && schedules - schedulesBefore >= measureAfter) {
                paced = true;
                const double ms
                    = std::chrono::duration<double, std::milli>(Clock::now() - climbBegin).count();
                length = historyLength(double(schedules - schedulesBefore) / std::max(0.001, ms));
                history.resize(length, cur.fitness);
                stall = stallAfter(length);
            }
            const size_t v = size_t(it % qint64(length));
            // A candidate worse than both schedules it may match is rejected, and one that is
            // not acceptable to calm re-planning either is of no use: its decode stops once that
            // is sure.
            Fitness limit = std::max(history[v], cur.fitness);
            if (m.hasRef)
                limit = std::max(limit, mostAcceptable());
            bool whole = true;
            if (curSerial)
                whole = m_engine.serialFrom(ind.list, changed, cur.starts, &limit);
            else
                m_engine.serial(ind.list);
            ++schedules;
            if (whole) {
                ind.fitness = m_engine.evaluate();
                ind.starts = m_engine.starts();
                offer(ind);
            } else {
                ind.fitness = Fitness {}; // worse than any schedule
            }
            if (ind.fitness < climbBest) {
                climbBest = ind.fitness;
                idle = 0;
            } else if (++idle > stall) {
                return;
            }
            if (ind.fitness <= history[v] || ind.fitness <= cur.fitness) {
                // Now and then, when the schedule moved, in start order (orderByStarts);
                // otherwise the list as the move left it: the climb drifts over lists of the
                // same schedule, and a list always in start order undoes that drift (exact set
                // at 30,000 schedules: 2.83 / 2.93 %).
                const bool relist = ind.starts != cur.starts && m_coin(m_rng) < 0.25;
                std::swap(cur, ind);
                if (relist)
                    orderByStarts(cur, curSorted && curSerial ? changed.first : 0);
                curSorted = relist;
                curSerial = true;
            }
            if (cur.fitness < history[v])
                history[v] = cur.fitness;
        }
    }

private:
    // The climb's list in the order of its schedule's starts (ties as listed before), made
    // precedence feasible again where a negative lag lets a successor start first. Then a move in
    // the list is a move in time: an activity shifted or pulled before another starts before it
    // where it fits, where in a list that the moves have left far from start order many
    // positions place it the same. Exact set (cairn-bench exact --shape long), runs of seeds
    // 1-10 at 30,000 schedules, tuning / held out, by the share of the accepted schedules that
    // moved something re-listed: none 1.83 / 1.61 %, 3 % 1.58 / 1.33 %, 10 % 1.61 / 1.40 %,
    // 25 % 1.50 / 1.34 %, 50 % 1.53 / 1.42 %, all 1.59 / 1.57 %.
    // Its list before `from` is in that order already (the positions before a move's first
    // change: the same activities at the same starts). The next candidate's decode still starts
    // where its move does, keeping the starts before it: the serial decode of a list in start
    // order gives the schedule again in practice (the same climbs at 30,000 schedules with a
    // full decode after each re-listing), and where it might not, those starts are still part
    // of a feasible schedule.
    void orderByStarts(Individual &ind, int from)
    {
        const auto byStart
            = [&ind](int a, int b) { return ind.starts[size_t(a)] < ind.starts[size_t(b)]; };
        const auto middle
            = ind.list.begin() + std::clamp<qsizetype>(from, 0, qsizetype(ind.list.size()));
        std::stable_sort(middle, ind.list.end(), byStart);
        std::inplace_merge(ind.list.begin(), middle, ind.list.end(), byStart);
        // Without negative lags a successor starts no earlier, and at the same start the list
        // keeps its order: feasible already. (fixTopological leaves a feasible list as it is.)
        if (m.negativeOffset)
            fixTopological(ind.list);
    }

    // The same activities in the same order, except that each comes after its predecessors
    // (the earliest-listed eligible activity first).
    void fixTopological(std::vector<int> &list) const
    {
        std::vector<int> position(size_t(m.n));
        for (size_t k = 0; k < list.size(); ++k)
            position[size_t(list[k])] = int(k);
        list = buildListInOrder(
            m, [&position](int a, int b) { return position[size_t(a)] < position[size_t(b)]; });
    }

    // Two-point crossover (Hartmann): the child keeps the mother's head and tail and takes the
    // middle in the father's order; both parents' lists are precedence feasible, so is the child.
    std::pair<std::vector<int>, std::vector<int>> crossover(
        const std::vector<int> &mother, const std::vector<int> &father)
    {
        const int n = int(mother.size());
        std::uniform_int_distribution<int> pos(0, n);
        int q1 = pos(m_rng), q2 = pos(m_rng);
        if (q1 > q2)
            std::swap(q1, q2);
        return {child(mother, father, q1, q2), child(father, mother, q1, q2)};
    }

    std::vector<int> child(const std::vector<int> &a, const std::vector<int> &b, int q1, int q2)
    {
        const size_t n = a.size();
        m_taken.assign(size_t(m.n), 0);
        std::vector<int> c;
        c.reserve(n);
        for (int k = 0; k < q1; ++k) {
            c.push_back(a[size_t(k)]);
            m_taken[size_t(a[size_t(k)])] = 1;
        }
        for (size_t k = 0; k < n && int(c.size()) < q2; ++k) {
            if (!m_taken[size_t(b[k])]) {
                c.push_back(b[k]);
                m_taken[size_t(b[k])] = 1;
            }
        }
        for (size_t k = 0; k < n; ++k) {
            if (!m_taken[size_t(a[k])]) {
                c.push_back(a[k]);
                m_taken[size_t(a[k])] = 1;
            }
        }
        return c;
    }

    void mutateOnce(std::vector<int> &list)
    {
        if (list.size() < 2)
            return;
        const size_t k = std::uniform_int_distribution<size_t>(0, list.size() - 2)(m_rng);
        if (!m.directlyRelated(list[k], list[k + 1]))
            std::swap(list[k], list[k + 1]);
    }

    // Moves one activity to a random position between its last predecessor and its first
    // successor in the list: larger steps than swaps, still precedence feasible. Any: a uniformly
    // drawn activity, anywhere in that range; Earlier / Later (the value climb): an activity drawn
    // as the block moves draw theirs (valueDraws), to a position before / after its own.
    enum class Shift { Any, Earlier, Later };
    ListSpan shiftOnce(std::vector<int> &list, Shift shift = Shift::Any)
    {
        const int n = int(list.size());
        if (n < 2)
            return {n, n};
        m_pos.resize(size_t(m.n));
        for (int k = 0; k < n; ++k)
            m_pos[size_t(list[size_t(k)])] = k;
        const int k = shift == Shift::Any ? std::uniform_int_distribution<int>(0, n - 1)(m_rng)
                                          : m_pos[size_t(valueDraw(shift == Shift::Earlier))];
        const int a = list[size_t(k)];
        int lo = 0, hi = n - 1;
        for (const Edge &e : m.preds[size_t(a)])
            lo = std::max(lo, m_pos[size_t(e.other)] + 1);
        for (const Edge &e : m.succs[size_t(a)])
            hi = std::min(hi, m_pos[size_t(e.other)] - 1);
        if (shift == Shift::Earlier)
            hi = k - 1;
        else if (shift == Shift::Later)
            lo = k + 1;
        if (hi < lo || (shift == Shift::Any && hi == lo))
            return {n, n};
        const int to = std::uniform_int_distribution<int>(lo, hi)(m_rng);
        if (to == k)
            return {n, n};
        if (to < k)
            std::rotate(list.begin() + to, list.begin() + k, list.begin() + k + 1);
        else
            std::rotate(list.begin() + k, list.begin() + k + 1, list.begin() + to + 1);
        return {std::min(k, to), std::max(k, to)};
    }

    // Moves an activity together with every transitive predecessor listed after a random earlier
    // position to that position (pull), or with every transitive successor listed before a later
    // position to that position (push), each block in its own order: a chain moves as one, so a
    // valuable successor and the cheap work it waits for go early, or low-value work makes room
    // for a long activity. Precedence feasible. The activity is drawn by its weight (valueDraws).
    ListSpan blockMove(std::vector<int> &list, bool pull)
    {
        const int n = int(list.size());
        if (n < 2)
            return {n, n};
        m_pos.resize(size_t(m.n));
        for (int k = 0; k < n; ++k)
            m_pos[size_t(list[size_t(k)])] = k;
        const int k = m_pos[size_t(valueDraw(pull))];
        const int to = pull ? std::uniform_int_distribution<int>(0, k)(m_rng)
                            : std::uniform_int_distribution<int>(k, n - 1)(m_rng);
        if (to == k)
            return {n, n};
        m_taken.assign(size_t(m.n), 0);
        std::vector<int> &stack = m_stack;
        stack.assign(1, list[size_t(k)]);
        m_taken[size_t(list[size_t(k)])] = 1;
        while (!stack.empty()) {
            const int a = stack.back();
            stack.pop_back();
            for (const Edge &e : pull ? m.preds[size_t(a)] : m.succs[size_t(a)]) {
                const int b = e.other;
                const int pb = m_pos[size_t(b)];
                if (m_taken[size_t(b)] || (pull ? pb < to : pb > to))
                    continue;
                m_taken[size_t(b)] = 1;
                stack.push_back(b);
            }
        }
        // Stable partition of the window [lo, hi]: the block first (pull) or last (push).
        const int lo = pull ? to : k, hi = pull ? k : to;
        auto first = list.begin() + lo, last = list.begin() + hi + 1;
        if (pull)
            std::stable_partition(first, last, [this](int a) { return m_taken[size_t(a)] != 0; });
        else
            std::stable_partition(first, last, [this](int a) { return m_taken[size_t(a)] == 0; });
        return {lo, hi};
    }

    // The draws of the value climb's directed moves (block moves, shifts earlier or later): one
    // earlier takes an activity with a probability that grows with its weight (value x
    // confidence), one later with a probability that falls with it, each smoothed by a quarter of
    // the mean weight. The losses of the climb with uniform draws were valuable activities left
    // waiting behind work of little value, and low-value work holding the early quarters. Exact
    // set (cairn-bench exact --shape long), runs of seeds 1-10, tuning / held-out part, block
    // moves drawn by value: 30,000 schedules 1.16 / 1.32 % -> 0.91 / 0.78 %; 100 ms 0.41-0.58 /
    // 0.52-0.59 % -> 0.18-0.27 / 0.22 %; half of the shifts directed too: 30,000 schedules
    // 0.81 / 0.77 %, 100 ms (three measurements against three of the block moves alone) 0.23,
    // 0.09, 0.15 / 0.18, 0.08, 0.22 % -> 0.06, 0.01, 0.09 / 0.06, 0.03, 0.05 % (worst plan
    // 1.5-1.9 % against 1.1-1.7 %); all shifts directed 0.76 / 0.87 % at 30,000. Tried and left
    // out: pulls alone, draws by weight per period of duration, smoothing 0.1 or 0.5, a
    // value-weighted `to`, a swap move.
    void valueDraws()
    {
        double mean = 0;
        for (int i = 0; i < m.n; ++i)
            mean += double(std::max<qint64>(0, m.w[size_t(i)])) / double(m.n);
        std::vector<double> up(size_t(m.n), 1.0), down(size_t(m.n), 1.0);
        if (mean > 0) {
            for (int i = 0; i < m.n; ++i) {
                const double w = double(std::max<qint64>(0, m.w[size_t(i)])) + 0.25 * mean;
                up[size_t(i)] = w;
                down[size_t(i)] = 1.0 / w;
            }
        }
        m_pullDraw = std::discrete_distribution<int>(up.begin(), up.end());
        m_pushDraw = std::discrete_distribution<int>(down.begin(), down.end());
    }
    // An activity for a move earlier (by weight) or later (by its inverse).
    int valueDraw(bool earlier) { return earlier ? m_pullDraw(m_rng) : m_pushDraw(m_rng); }

    void mutate(std::vector<int> &list)
    {
        if (std::uniform_real_distribution<double>(0, 1)(m_rng) < m_shift)
            shiftOnce(list);
        std::uniform_real_distribution<double> coin(0, 1);
        for (size_t k = 0; k + 1 < list.size(); ++k)
            if (coin(m_rng) < m_mut && !m.directlyRelated(list[k], list[k + 1]))
                std::swap(list[k], list[k + 1]);
    }

    // Keeps the best individuals, one per distinct schedule.
    void select(std::vector<Individual> &population, size_t size)
    {
        sortByFitness(population);
        std::vector<Individual> kept;
        kept.reserve(size);
        std::vector<Individual> duplicates;
        for (Individual &ind : population) {
            bool dup = false;
            for (const Individual &k : kept) {
                if (k.fitness == ind.fitness && k.starts == ind.starts) {
                    dup = true;
                    break;
                }
            }
            if (kept.size() >= size)
                break;
            if (dup)
                duplicates.push_back(std::move(ind));
            else
                kept.push_back(std::move(ind));
        }
        for (size_t k = 0; kept.size() < size && k < duplicates.size(); ++k)
            kept.push_back(std::move(duplicates[k]));
        population.swap(kept);
    }

    const Instance &m;
    const SchedulerOptions &m_options;
    Engine m_engine;
    std::mt19937_64 m_rng;
    Clock::time_point m_begin;
    std::vector<int> m_scratch;
    std::vector<char> m_taken;
    double m_mut = 0.1; // per-position swap probability
    double m_shift = 0.5; // probability of one shift move per child
    int m_local = 4; // shift moves around the best schedule per generation
    std::vector<int> m_pos;
    std::vector<int> m_stack;
    std::discrete_distribution<int> m_pullDraw, m_pushDraw; // valueDraws(), for the value climb
    std::atomic_bool *m_proven = nullptr;
    double m_historyScale = 1.0;
    std::uniform_real_distribution<double> m_coin {0.0, 1.0};
    static constexpr size_t kCalmKept = 12;
    std::vector<std::pair<Calm, Individual>> m_calm;
};

using Field = ScheduleProblemReport::Field;

// The largest weight that keeps every sum of weight x periods within 2^62: a finish is below
// kMaxPeriods and a tardiness below kMaxPeriods + kMaxPeriod, both below 2^19.
qint64 maxWeight(size_t activities)
{
    return (qint64(1) << 43) / qint64(activities + 1);
}

// Values beyond the scheduler's limits (see ScheduleProblem), clamped and reported. Fills `out`
// and returns true only when something had to change; capacities are clamped into [0, 2^62]
// silently (no set of clamped demands can tell the difference).
bool clampToLimits(
    const ScheduleProblem &in, ScheduleProblem &out, std::vector<ScheduleProblemReport> &reports)
{
    constexpr int P = ScheduleProblem::kMaxPeriod;
    const qint64 maxAmount = (qint64(1) << 62) / qint64(in.activities.size() + 1);
    const qint64 maxCapacity = qint64(1) << 62;
    const qint64 weightLimit = maxWeight(in.activities.size());
    bool copied = false;
    auto writable = [&]() -> ScheduleProblem & {
        if (!copied) {
            out = in;
            copied = true;
        }
        return out;
    };
    auto report = [&reports](Field field, std::vector<int> activities, int resource, qint64 given,
                      qint64 used) {
        ScheduleProblemReport rep;
        rep.kind = ScheduleProblemReport::Kind::ValueClamped;
        rep.field = field;
        rep.activities = std::move(activities);
        rep.resource = resource;
        rep.amount = given;
        rep.limit = used;
        reports.push_back(rep);
    };
    if (in.horizon > P) {
        report(Field::Horizon, {}, -1, in.horizon, P);
        writable().horizon = P;
    }
    for (size_t r = 0; r < in.resources.size(); ++r) {
        const auto &cap = in.resources[r].capacity;
        bool outOfRange = cap.size() > size_t(P) + 1;
        for (qint64 c : cap)
            outOfRange = outOfRange || c < 0 || c > maxCapacity;
        if (!outOfRange)
            continue;
        auto &fixed = writable().resources[r].capacity;
        if (fixed.size() > size_t(P) + 1) {
            // Periods past the limit use the last capacity kept; say so when that changes one.
            const qint64 kept = fixed[size_t(P)];
            if (std::any_of(fixed.begin() + P, fixed.end(), [kept](qint64 c) { return c != kept; }))
                report(Field::Capacity, {}, int(r), qint64(fixed.size()), P + 1);
            fixed.resize(size_t(P) + 1);
        }
        for (qint64 &c : fixed)
            c = std::clamp<qint64>(c, 0, maxCapacity);
    }
    for (size_t k = 0; k < in.activities.size(); ++k) {
        const auto &a = in.activities[k];
        const std::vector<int> who {int(k)};
        auto clampPeriod = [&](Field field, int value, int lo, int hi, auto set) {
            if (value >= lo && value <= hi)
                return;
            const int used = std::clamp(value, lo, hi);
            report(field, who, -1, value, used);
            set(writable().activities[k], used);
        };
        clampPeriod(Field::Duration, a.duration, 0, P,
            [](ScheduleProblem::Activity &x, int v) { x.duration = v; });
        clampPeriod(Field::Release, a.release, INT_MIN, P,
            [](ScheduleProblem::Activity &x, int v) { x.release = v; });
        if (a.pin)
            clampPeriod(
                Field::Pin, *a.pin, 0, P, [](ScheduleProblem::Activity &x, int v) { x.pin = v; });
        if (a.deadline)
            clampPeriod(Field::Deadline, *a.deadline, -P, ScheduleProblem::kMaxPeriods,
                [](ScheduleProblem::Activity &x, int v) { x.deadline = v; });
        for (size_t r = 0; r < a.demand.size(); ++r)
            if (a.demand[r] > maxAmount) {
                report(Field::Demand, who, int(r), a.demand[r], maxAmount);
                writable().activities[k].demand[r] = maxAmount;
            }
        if (a.weight > weightLimit || a.deadlineWeight > weightLimit) {
            report(Field::Weight, who, -1, std::max(a.weight, a.deadlineWeight), weightLimit);
            auto &x = writable().activities[k];
            x.weight = std::min(x.weight, weightLimit);
            x.deadlineWeight = std::min(x.deadlineWeight, weightLimit);
        }
    }
    for (size_t e = 0; e < in.precedences.size(); ++e) {
        const auto &pr = in.precedences[e];
        if (pr.lag >= -P && pr.lag <= P)
            continue;
        report(Field::Lag, {pr.from, pr.to}, -1, pr.lag, std::clamp(pr.lag, -P, P));
        writable().precedences[e].lag = std::clamp(pr.lag, -P, P);
    }
    return copied;
}

// The most periods the grid may have: kMaxPeriods, and kMaxCells over all resources.
qint64 maxGridPeriods(const ScheduleProblem &p)
{
    return std::min<qint64>(ScheduleProblem::kMaxPeriods,
        ScheduleProblem::kMaxCells / std::max<qint64>(1, qint64(p.resources.size())));
}

// Activities are taken in order while the period grid they need (the plan's periods, releases
// and pins, then every duration and positive lag one after another: room for any serial
// schedule) stays within kMaxPeriods and kMaxCells; the rest are left out and reported.
void limitGrid(const ScheduleProblem &p, std::vector<char> &excluded,
    std::vector<ScheduleProblemReport> &reports)
{
    const int N = int(p.activities.size());
    const qint64 maxT = maxGridPeriods(p);
    qint64 span = std::max(p.horizon, 1);
    for (const auto &res : p.resources)
        span = std::max(span, qint64(res.capacity.size()));
    // Each precedence counts with the later of its two activities.
    std::vector<std::vector<size_t>> closing(static_cast<size_t>(N));
    for (size_t e = 0; e < p.precedences.size(); ++e) {
        const auto &pr = p.precedences[e];
        if (pr.from >= 0 && pr.from < N && pr.to >= 0 && pr.to < N)
            closing[size_t(std::max(pr.from, pr.to))].push_back(e);
    }
    ScheduleProblemReport rep;
    rep.kind = ScheduleProblemReport::Kind::BeyondLimit;
    rep.limit = maxT;
    qint64 sum = 0;
    for (int i = 0; i < N; ++i) {
        if (excluded[size_t(i)])
            continue;
        const auto &a = p.activities[size_t(i)];
        const qint64 d = std::max(0, a.duration);
        qint64 need = d;
        for (size_t e : closing[size_t(i)]) {
            const auto &pr = p.precedences[e];
            if (!excluded[size_t(pr.from)] && !excluded[size_t(pr.to)])
                need += std::max(0, pr.lag);
        }
        const qint64 reach
            = std::max({span, qint64(a.release), a.pin ? qint64(std::max(0, *a.pin)) + d : 0});
        if (reach + sum + need + 2 > maxT) {
            excluded[size_t(i)] = 1;
            rep.activities.push_back(i);
            continue;
        }
        span = reach;
        sum += need;
    }
    if (!rep.activities.empty())
        reports.push_back(rep);
}

int precedenceOffset(const ScheduleProblem &p, const ScheduleProblem::Precedence &e)
{
    return e.type == ScheduleProblem::PrecedenceType::FinishToStart
        ? p.activities[size_t(e.from)].duration + e.lag
        : e.lag;
}

// One solve, in named stages: what cannot be placed is set aside (cycles, demand beyond any
// capacity, the grid's limits), the rest becomes an Instance, the search schedules it, and the
// best schedule is explained.
class Solver {
public:
    Solver(const ScheduleProblem &given, const SchedulerOptions &options)
        : m_begin(Clock::now())
        , m_options(options)
        , p(clampToLimits(given, m_clamped, m_result.problems) ? m_clamped : given)
        , N(int(p.activities.size()))
        , R(int(p.resources.size()))
        , m_excluded(size_t(N), 0)
    {
        m_result.activities.resize(size_t(N));
    }

    ScheduleResult run()
    {
        excludeCycles();
        excludeOverCapacity();
        limitGrid(p, m_excluded, m_result.problems);
        buildActivities();
        buildPrecedences();
        buildGrid();
        orderAndTimes();
        countSuccessors();
        lowerBounds();
        search();
        const Engine engine = replayBest();
        summarise(engine);
        reportPinnedOverload(engine);
        explainStarts(engine);
        reportLateAndPastHorizon();
        markCritical();
        return std::move(m_result);
    }

private:
    // Every member of a strongly connected group is left out (not only the cycle named for it:
    // two cycles may share members); everything else is still placed.
    void excludeCycles()
    {
        DependencyGraph graph;
        for (int i = 0; i < N; ++i)
            graph.addNode(i);
        for (const auto &e : p.precedences)
            if (e.from >= 0 && e.from < N && e.to >= 0 && e.to < N)
                graph.addEdge(e.from, e.to);
        for (const DependencyGraph::CycleGroup &group : graph.findCycleGroups()) {
            ScheduleProblemReport rep;
            rep.kind = ScheduleProblemReport::Kind::Cycle;
            for (qint64 id : group.cycle)
                rep.activities.push_back(int(id));
            rep.cycleLength = int(rep.activities.size());
            for (qint64 id : group.others)
                rep.activities.push_back(int(id));
            for (int i : rep.activities)
                m_excluded[size_t(i)] = 1;
            m_result.problems.push_back(rep);
        }
    }

    // Demand that no stretch of the activity's duration can meet.
    void excludeOverCapacity()
    {
        std::vector<qint64> maxCap(size_t(R), 0);
        for (int r = 0; r < R; ++r) {
            const auto &c = p.resources[size_t(r)].capacity;
            maxCap[size_t(r)] = c.empty() ? 0 : *std::max_element(c.begin(), c.end());
        }
        for (int i = 0; i < N; ++i) {
            const auto &a = p.activities[size_t(i)];
            if (m_excluded[size_t(i)] || a.duration <= 0)
                continue;
            for (int r = 0; r < R; ++r) {
                const qint64 q = a.demandOn(size_t(r));
                if (q <= 0)
                    continue;
                const auto &res = p.resources[size_t(r)];
                // a window of `duration` consecutive periods with enough capacity must exist
                bool window = res.capacityAt(INT_MAX / 2) >= q;
                int run = 0;
                for (size_t t = 0; t < res.capacity.size() && !window; ++t) {
                    run = res.capacity[t] >= q ? run + 1 : 0;
                    window = run >= a.duration;
                }
                if (!window) {
                    ScheduleProblemReport rep;
                    rep.kind = ScheduleProblemReport::Kind::OverCapacity;
                    rep.activities = {i};
                    rep.resource = r;
                    rep.amount = q;
                    rep.limit = maxCap[size_t(r)];
                    m_result.problems.push_back(rep);
                    m_excluded[size_t(i)] = 1;
                    break;
                }
            }
        }
    }

    // The activities that can be placed, in flat arrays.
    void buildActivities()
    {
        m.goal = m_options.goal;
        m.R = R;
        m.horizon = p.horizon;
        m_local.assign(size_t(N), -1);
        for (int i = 0; i < N; ++i) {
            if (m_excluded[size_t(i)])
                continue;
            m_local[size_t(i)] = m.n++;
            m.orig.push_back(i);
        }
        const size_t n = size_t(m.n);
        m.dur.resize(n);
        m.ref.assign(n, -1);
        m.rel.resize(n);
        m.pin.resize(n);
        m.dl.resize(n);
        m.dlw.resize(n);
        m.w.resize(n);
        m.demand.resize(n);
        m.preds.resize(n);
        m.succs.resize(n);
        m_hardWeight = std::min(kHardDeadlineWeight, maxWeight(p.activities.size()));
        m_span = std::max(p.horizon, 1);
        for (size_t k = 0; k < n; ++k) {
            const auto &a = p.activities[size_t(m.orig[k])];
            m.dur[k] = std::max(0, a.duration);
            m.rel[k] = std::max(0, a.release);
            m.pin[k] = a.pin ? std::max(0, *a.pin) : -1;
            if (a.reference)
                m.ref[k] = std::clamp(*a.reference, 0, ScheduleProblem::kMaxPeriod);
            m.dl[k] = a.deadline ? *a.deadline : kNoDeadline;
            m.dlw[k] = a.hardDeadline ? m_hardWeight : std::max<qint64>(1, a.deadlineWeight);
            m.w[k] = std::max<qint64>(0, a.weight);
            for (int r = 0; r < R; ++r)
                if (a.demandOn(size_t(r)) > 0 && m.dur[k] > 0)
                    m.demand[k].push_back({r, a.demandOn(size_t(r))});
            m_sumDur += m.dur[k];
            m_span = std::max(m_span, m.rel[k]);
            if (m.pin[k] >= 0)
                m_span = std::max(m_span, m.pin[k] + m.dur[k]);
        }
    }

    // Precedences between placeable activities (an excluded end: the other is scheduled
    // without it), and the deadlines pins set for their predecessors.
    void buildPrecedences()
    {
        for (size_t pi = 0; pi < p.precedences.size(); ++pi) {
            const auto &e = p.precedences[pi];
            if (e.from < 0 || e.from >= N || e.to < 0 || e.to >= N)
                continue;
            const int a = m_local[size_t(e.from)], b = m_local[size_t(e.to)];
            if (a < 0 || b < 0)
                continue;
            const int off = precedenceOffset(p, e);
            m.preds[size_t(b)].push_back({a, off, int(pi)});
            m.succs[size_t(a)].push_back({b, off, int(pi)});
            m.negativeOffset = m.negativeOffset || off < 0;
            m_sumLag += std::max(0, e.lag);
        }
        // A pin is a promise to predecessors too: they must finish in time for it. Search
        // treats that as a hard deadline; a miss is reported as a pin conflict, not a missed
        // deadline.
        for (size_t k = 0; k < size_t(m.n); ++k) {
            if (m.pin[k] < 0)
                continue;
            for (const Edge &e : m.preds[k]) {
                const size_t i = size_t(e.other);
                if (m.pin[i] >= 0)
                    continue;
                m.dl[i] = std::min(m.dl[i], m.pin[k] - e.offset + m.dur[i]);
                m.dlw[i] = m_hardWeight;
            }
        }
    }

    // Periods enough for any serial schedule, and the capacity in each.
    void buildGrid()
    {
        for (const auto &res : p.resources)
            m_span = std::max(m_span, int(res.capacity.size()));
        // A reference start past the plan's periods (the schedule the user saw ran past the
        // horizon) is kept, and the grid counts its room from there: the anchored scheme
        // places an activity no earlier than its reference start. Only one so far out that the
        // grid would pass its limits (limitGrid) is no reference.
        const qint64 maxT = maxGridPeriods(p);
        for (size_t k = 0; k < size_t(m.n); ++k) {
            if (m.ref[k] > m_span && qint64(m.ref[k]) + m_sumDur + m_sumLag + 2 > maxT)
                m.ref[k] = -1;
            m_span = std::max(m_span, m.ref[k]);
            m.hasRef = m.hasRef || m.ref[k] >= 0;
        }
        m.T = int(std::min<long long>(m_span + m_sumDur + m_sumLag + 2, INT_MAX / 8));
        m.cap.resize(size_t(R) * size_t(m.T));
        for (int r = 0; r < R; ++r)
            for (int t = 0; t < m.T; ++t)
                m.cap[size_t(r) * size_t(m.T) + size_t(t)] = p.resources[size_t(r)].capacityAt(t);
    }

    // Topological order (the graph is acyclic now), precedence-earliest starts, latest
    // finishes.
    void orderAndTimes()
    {
        const size_t n = size_t(m.n);
        std::vector<int> indeg(n, 0);
        for (size_t k = 0; k < n; ++k)
            indeg[k] = int(m.preds[k].size());
        std::vector<int> queue;
        for (size_t k = 0; k < n; ++k)
            if (indeg[k] == 0)
                queue.push_back(int(k));
        for (size_t h = 0; h < queue.size(); ++h)
            for (const Edge &e : m.succs[size_t(queue[h])])
                if (--indeg[size_t(e.other)] == 0)
                    queue.push_back(e.other);
        m.topo = queue;
        m.es.assign(n, 0);
        for (int i : m.topo) {
            int t = m.rel[size_t(i)];
            for (const Edge &e : m.preds[size_t(i)])
                t = std::max(t, m.es[size_t(e.other)] + e.offset);
            m.es[size_t(i)] = m.pin[size_t(i)] >= 0 ? m.pin[size_t(i)] : t;
        }
        m_cpLength = 0;
        for (size_t k = 0; k < n; ++k)
            m_cpLength = std::max(m_cpLength, m.es[k] + m.dur[k]);
        m.lf.assign(n, std::max(m_cpLength, p.horizon));
        for (auto it = m.topo.rbegin(); it != m.topo.rend(); ++it) {
            const size_t i = size_t(*it);
            int lf = std::max(m_cpLength, p.horizon);
            if (m.dl[i] < kNoDeadline)
                lf = std::min(lf, m.dl[i]);
            for (const Edge &e : m.succs[i])
                lf = std::min(
                    lf, m.lf[size_t(e.other)] - m.dur[size_t(e.other)] - e.offset + m.dur[i]);
            m.lf[i] = lf;
        }
    }

    // Transitive successors (with bitsets for moderate sizes) for the MTS rule, and the direct
    // relation as a matrix for small problems.
    void countSuccessors()
    {
        const size_t n = size_t(m.n);
        m.successorsTotal.assign(n, 0);
        if (n <= 4000) {
            const size_t words = (n + 63) / 64;
            std::vector<std::uint64_t> bits(n * words, 0);
            for (auto it = m.topo.rbegin(); it != m.topo.rend(); ++it) {
                const size_t i = size_t(*it);
                for (const Edge &e : m.succs[i]) {
                    const size_t s = size_t(e.other);
                    bits[i * words + s / 64] |= std::uint64_t(1) << (s % 64);
                    for (size_t w = 0; w < words; ++w)
                        bits[i * words + w] |= bits[s * words + w];
                }
                int count = 0;
                for (size_t w = 0; w < words; ++w)
                    count += __builtin_popcountll(bits[i * words + w]);
                m.successorsTotal[i] = count;
            }
        } else {
            for (size_t i = 0; i < n; ++i)
                m.successorsTotal[i] = int(m.succs[i].size());
        }
        if (n <= 1500) {
            m.related.assign(n * n, 0);
            for (size_t i = 0; i < n; ++i)
                for (const Edge &e : m.succs[i]) {
                    m.related[i * n + size_t(e.other)] = 1;
                    m.related[size_t(e.other) * n + i] = 1;
                }
            m.relatedKnown = true;
        }
    }

    // Critical path and per-resource energy for the makespan; precedence-earliest finishes for
    // tardiness and weighted completion.
    void lowerBounds()
    {
        m_lbMakespan = m_cpLength;
        for (int r = 0; r < R; ++r) {
            qint64 energy = 0;
            for (size_t k = 0; k < size_t(m.n); ++k)
                for (const auto &[rr, q] : m.demand[k])
                    if (rr == r)
                        energy = Saturating::add(energy, Saturating::mul(q, m.dur[k]));
            if (energy == 0)
                continue;
            qint64 acc = 0;
            int t = 0;
            while (acc < energy && t < m.T)
                acc = Saturating::add(acc, m.capAt(r, t++));
            m_lbMakespan = std::max(m_lbMakespan, t);
        }
        for (size_t k = 0; k < size_t(m.n); ++k) {
            const int f = m.es[k] + m.dur[k];
            m_lbCompletion += m.w[k] * f;
            if (m.dl[k] < kNoDeadline && f > m.dl[k])
                m_lbTardiness += m.dlw[k] * (f - m.dl[k]);
        }
    }

    // A roadmap's improvement in a time budget searches on two threads with different seeds
    // (value goal: the late-acceptance climb gains most from a second, independent start); the
    // better finds are merged before the calm choice. Runs bounded by a count of schedules stay
    // on one thread, so that their result depends only on the seed.
    bool searchTwice() const
    {
        return m_options.goal == Goal::Value && m_options.improve && m.n > 1
            && m_options.maxSchedules == 0 && m_options.timeBudgetMs >= 20
            && std::thread::hardware_concurrency() >= 2;
    }

    void search()
    {
        const Fitness lowerBound = m_options.goal == Goal::Makespan
            ? Fitness {m_lbTardiness, m_lbMakespan, LLONG_MIN}
            : Fitness {m_lbTardiness, m_lbCompletion, LLONG_MIN};
        std::atomic_bool proven {false}; // shared by the two searches
        Search search(m, m_options, m_begin);
        search.lowerBound = lowerBound;
        if (m.n > 0) {
            if (searchTwice()) {
                SchedulerOptions second = m_options;
                second.seed = m_options.seed ^ 0x9e3779b97f4a7c15ULL;
                Search other(m, second, m_begin);
                other.lowerBound = lowerBound;
                search.shareProof(&proven);
                other.shareProof(&proven);
                // The second climb remembers six times as far back: it accepts worse schedules
                // for longer and leaves the first's basin, where the first digs deeper in it
                // (issue 20's exact set at 100 ms, seeds 1-3: tuning gap 0.84 -> 0.65 %, held
                // out 1.08 -> 0.74 %; scales 3 and 12 did less on the tuning part).
                other.setHistoryScale(6);
                {
                    const std::jthread thread([&other] { other.run(); });
                    search.run();
                } // joined
                search.absorb(other);
            } else {
                search.run();
            }
            search.chooseCalm();
        }
        m_result.schedulesGenerated = search.schedules;
        m_result.cancelled = search.cancelled;
        m_result.firstScheduleMs = search.firstMs;
        m_result.lowerBound = m_lbMakespan;
        m_result.completionLowerBound = m_lbCompletion;
        if (m.hasRef) {
            const auto calm = search.calmness(search.best.starts);
            m_result.moved = calm.moved;
            m_result.shifted = calm.shift;
        }
        m_starts = std::move(search.best.starts);
    }

    // The best schedule's resource profile.
    Engine replayBest() const
    {
        Engine engine(m);
        if (m.n > 0) {
            engine.starts() = m_starts;
            engine.clear();
            for (int k = 0; k < m.n; ++k)
                engine.add(k, engine.starts()[size_t(k)], +1);
        }
        return engine;
    }

    // Makespan, objectives, optimality, time and usage.
    void summarise(const Engine &engine)
    {
        const std::vector<int> &S = engine.starts();
        const size_t n = size_t(m.n);
        for (size_t k = 0; k < n; ++k)
            m_makespan = std::max(m_makespan, S[k] + m.dur[k]);
        m_result.makespan = m_makespan;
        for (size_t k = 0; k < n; ++k) {
            const int f = S[k] + m.dur[k];
            m_result.weightedCompletion += m.w[k] * f;
            if (m.dl[k] < kNoDeadline && f > m.dl[k])
                m_result.weightedTardiness += m.dlw[k] * (f - m.dl[k]);
        }
        m_result.provenOptimal = n == 0
            || (m_result.weightedTardiness == m_lbTardiness
                && (m_options.goal == Goal::Makespan
                        ? m_makespan == m_lbMakespan
                        : m_result.weightedCompletion == m_lbCompletion));
        m_result.elapsedMs
            = std::chrono::duration<double, std::milli>(Clock::now() - m_begin).count();
        m_usageLength = std::max(m_makespan, p.horizon);
        m_result.usage.assign(size_t(R), std::vector<qint64>(size_t(m_usageLength), 0));
        for (int r = 0; r < R; ++r)
            for (int t = 0; t < m_usageLength && t < m.T; ++t)
                m_result.usage[size_t(r)][size_t(t)] = engine.used(r, t);
        for (int i = 0; i < N; ++i)
            if (m_excluded[size_t(i)])
                m_result.activities[size_t(i)].reason.kind = StartReason::Kind::NotPlaced;
    }

    // Periods where usage exceeds capacity (only pins can cause it).
    void reportPinnedOverload(const Engine &engine)
    {
        const std::vector<int> &S = engine.starts();
        for (int r = 0; r < R; ++r) {
            ScheduleProblemReport rep;
            rep.kind = ScheduleProblemReport::Kind::PinnedOverload;
            rep.resource = r;
            for (int t = 0; t < m_usageLength && t < m.T; ++t)
                if (engine.used(r, t) > m.capAt(r, t))
                    rep.periods.push_back(t);
            if (rep.periods.empty())
                continue;
            for (size_t k = 0; k < size_t(m.n); ++k) {
                if (m.pin[k] < 0)
                    continue;
                bool uses = false;
                for (const auto &[rr, q] : m.demand[k])
                    uses = uses || rr == r;
                const bool overlaps = std::any_of(rep.periods.begin(), rep.periods.end(),
                    [&](int t) { return t >= S[k] && t < S[k] + m.dur[k]; });
                if (uses && overlaps)
                    rep.activities.push_back(m.orig[k]);
            }
            m_result.problems.push_back(rep);
        }
    }

    // Start, finish, why it starts then (and a pin's conflict), and slack.
    void explainStarts(const Engine &engine)
    {
        const std::vector<int> &S = engine.starts();
        for (size_t k = 0; k < size_t(m.n); ++k) {
            auto &ar = m_result.activities[size_t(m.orig[k])];
            ar.start = S[k];
            ar.finish = S[k] + m.dur[k];
            explainStart(engine, k, ar.reason);
            // Slack: how far it may slip without moving a successor or missing a bound.
            int slack = std::max(m_makespan, p.horizon) - ar.finish;
            if (m.dl[k] < kNoDeadline)
                slack = std::min(slack, m.dl[k] - ar.finish);
            for (const Edge &e : m.succs[k])
                slack = std::min(slack, S[size_t(e.other)] - e.offset - S[k]);
            ar.slack = std::max(0, slack);
        }
    }

    void explainStart(const Engine &engine, size_t k, StartReason &why)
    {
        const std::vector<int> &S = engine.starts();
        const int i = m.orig[k];
        // The precedence bound and what sets it.
        int bound = m.rel[k];
        int boundPred = -1;
        int boundPrecedence = -1;
        for (const Edge &e : m.preds[k]) {
            const int b = S[size_t(e.other)] + e.offset;
            if (b > bound || (b == bound && boundPred < 0 && b > 0)) {
                bound = b;
                boundPred = e.other;
                boundPrecedence = e.precedence;
            }
        }
        if (m.pin[k] >= 0) {
            why.kind = StartReason::Kind::Pin;
            if (S[k] < bound) {
                ScheduleProblemReport rep;
                rep.kind = ScheduleProblemReport::Kind::PinConflict;
                rep.activities = {boundPred >= 0 ? m.orig[size_t(boundPred)] : -1, i};
                if (boundPred < 0)
                    rep.activities = {i};
                rep.late = bound - S[k];
                m_result.problems.push_back(rep);
            }
        } else if (S[k] > bound && S[k] == m.ref[k] && fitsEarlier(engine, k, bound)) {
            why.kind = StartReason::Kind::Reference;
        } else if (S[k] > bound) {
            why.kind = StartReason::Kind::Resource;
            for (const auto &[r, q] : m.demand[k]) {
                StartReason::Blocker blocker;
                blocker.resource = r;
                for (int t = std::max(bound, 0); t < S[k]; ++t)
                    if (engine.used(r, t) + q > m.capAt(r, t))
                        blocker.periods.push_back(t);
                if (!blocker.periods.empty())
                    why.blockers.push_back(blocker);
            }
        } else if (boundPred >= 0) {
            why.kind = StartReason::Kind::Predecessor;
            why.activity = m.orig[size_t(boundPred)];
            const auto &e = p.precedences[size_t(boundPrecedence)];
            why.precedenceType = e.type == ScheduleProblem::PrecedenceType::StartToStart ? 1 : 0;
            why.lag = e.lag;
        } else if (m.rel[k] > 0 && S[k] == m.rel[k]) {
            why.kind = StartReason::Kind::Release;
        } else {
            why.kind = StartReason::Kind::PlanStart;
        }
    }

    // Whether activity k, as the engine has it, would fit somewhere in [bound, its start).
    bool fitsEarlier(const Engine &engine, size_t k, int bound) const
    {
        const int s = engine.starts()[k];
        const int d = m.dur[k];
        for (int t = std::max(bound, 0); t < s; ++t) {
            bool fits = true;
            for (int u = t; u < t + d && fits; ++u)
                for (const auto &[r, q] : m.demand[k]) {
                    const qint64 own = u >= s && u < s + d ? q : 0;
                    if (engine.used(r, u) - own + q > m.capAt(r, u)) {
                        fits = false;
                        break;
                    }
                }
            if (fits)
                return true;
        }
        return false;
    }

    // Missed deadlines, with the chain of waiting that explains them; work past the horizon.
    void reportLateAndPastHorizon()
    {
        auto &acts = m_result.activities;
        for (size_t k = 0; k < size_t(m.n); ++k) {
            const int i = m.orig[k];
            const auto &ar = acts[size_t(i)];
            const auto &original = p.activities[size_t(i)];
            if (original.deadline && ar.finish > *original.deadline) {
                ScheduleProblemReport rep;
                rep.kind = ScheduleProblemReport::Kind::DeadlineMissed;
                rep.late = ar.finish - *original.deadline;
                // Follow "waits for" links back to the start of the chain.
                std::vector<int> chain {i};
                int cur = i;
                while (acts[size_t(cur)].reason.kind == StartReason::Kind::Predecessor
                    && chain.size() <= size_t(N)) {
                    cur = acts[size_t(cur)].reason.activity;
                    chain.insert(chain.begin(), cur);
                }
                rep.activities = chain;
                rep.becauseOfChain = chain.size() > 1;
                const StartReason &head = acts[size_t(chain.front())].reason;
                if (head.kind == StartReason::Kind::Resource && !head.blockers.empty()) {
                    rep.resource = head.blockers.front().resource;
                    rep.periods = head.blockers.front().periods;
                }
                m_result.problems.push_back(rep);
            }
            if (ar.finish > p.horizon) {
                ScheduleProblemReport rep;
                rep.kind = ScheduleProblemReport::Kind::PastHorizon;
                rep.activities = {i};
                rep.late = ar.finish - p.horizon;
                m_result.problems.push_back(rep);
            }
        }
    }

    // Critical: no slack with respect to the makespan.
    void markCritical()
    {
        for (size_t k = 0; k < size_t(m.n); ++k) {
            int latest = m_makespan - m.dur[k];
            for (const Edge &e : m.succs[k])
                latest = std::min(latest, m_starts[size_t(e.other)] - e.offset);
            m_result.activities[size_t(m.orig[k])].onCriticalPath = latest == m_starts[k];
        }
    }

    const Clock::time_point m_begin;
    const SchedulerOptions &m_options;
    ScheduleResult m_result;
    ScheduleProblem m_clamped;
    const ScheduleProblem &p; // the problem within the scheduler's limits
    const int N;
    const int R;
    std::vector<char> m_excluded;
    std::vector<int> m_local; // problem index -> instance index, or -1
    Instance m;
    qint64 m_hardWeight = kHardDeadlineWeight;
    int m_span = 1;
    long long m_sumDur = 0, m_sumLag = 0;
    int m_cpLength = 0;
    int m_lbMakespan = 0;
    qint64 m_lbTardiness = 0, m_lbCompletion = 0;
    std::vector<int> m_starts; // the best schedule
    int m_makespan = 0;
    int m_usageLength = 0;
};

} // namespace

ScheduleResult Scheduler::solve(const ScheduleProblem &problem, const SchedulerOptions &options)
{
    return Solver(problem, options).run();
}

} // namespace Cairn
