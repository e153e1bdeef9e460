#pragma once

#include "core/schedule/scheduleproblem.h"
#include "core/schedule/scheduleresult.h"

#include <QString>

#include <algorithm>
#include <climits>
#include <functional>
#include <numeric>
#include <vector>

// Independent of the scheduler's code: feasibility checks, objective values and an exhaustive
// solver for small problems (every precedence-feasible activity list through a plain serial
// SGS yields every active schedule, and for regular objectives an optimal schedule is active).
namespace Cairn::Test {

using Starts = std::vector<int>;

inline int offsetOf(const ScheduleProblem &p, const ScheduleProblem::Precedence &e)
{
    return e.type == ScheduleProblem::PrecedenceType::FinishToStart
        ? p.activities[size_t(e.from)].duration + e.lag
        : e.lag;
}

// Empty when feasible: precedences, releases, pins and capacity in every period.
inline QString violation(const ScheduleProblem &p, const Starts &s)
{
    for (const auto &e : p.precedences)
        if (s[size_t(e.to)] < s[size_t(e.from)] + offsetOf(p, e))
            return QStringLiteral("precedence %1 -> %2").arg(e.from).arg(e.to);
    int end = 0;
    for (size_t i = 0; i < p.activities.size(); ++i) {
        const auto &a = p.activities[i];
        if (a.pin && s[i] != *a.pin)
            return QStringLiteral("pin of %1").arg(i);
        if (!a.pin && s[i] < a.release)
            return QStringLiteral("release of %1").arg(i);
        end = std::max(end, s[i] + a.duration);
    }
    for (size_t r = 0; r < p.resources.size(); ++r)
        for (int t = 0; t < end; ++t) {
            qint64 use = 0;
            for (size_t i = 0; i < p.activities.size(); ++i)
                if (t >= s[i] && t < s[i] + p.activities[i].duration)
                    use += p.activities[i].demandOn(r);
            if (use > p.resources[r].capacityAt(t))
                return QStringLiteral("resource %1 at %2").arg(r).arg(t);
        }
    return {};
}

struct Objective {
    qint64 tardiness = 0;
    qint64 completion = 0; // sum weight * finish
    int makespan = 0;
};

inline Objective objectiveOf(const ScheduleProblem &p, const Starts &s)
{
    Objective o;
    for (size_t i = 0; i < p.activities.size(); ++i) {
        const auto &a = p.activities[i];
        const int f = s[i] + a.duration;
        o.makespan = std::max(o.makespan, f);
        o.completion += a.weight * f;
        if (a.deadline && f > *a.deadline)
            o.tardiness += (a.hardDeadline ? 1'000'000 : a.deadlineWeight) * (f - *a.deadline);
    }
    return o;
}

inline Starts startsOf(const ScheduleResult &r)
{
    Starts s;
    for (const auto &a : r.activities)
        s.push_back(a.start.value_or(-1));
    return s;
}

inline Starts serialSgs(const ScheduleProblem &p, const std::vector<int> &list)
{
    const size_t n = p.activities.size();
    Starts s(n, 0);
    int horizon = 1;
    for (const auto &a : p.activities)
        horizon += a.duration + a.release + (a.pin ? *a.pin : 0);
    for (const auto &e : p.precedences)
        horizon += std::max(0, e.lag);
    std::vector<std::vector<qint64>> use(
        p.resources.size(), std::vector<qint64>(size_t(horizon) * 2, 0));
    auto place = [&](size_t i, int t) {
        s[i] = t;
        for (size_t r = 0; r < p.resources.size(); ++r)
            for (int k = 0; k < p.activities[i].duration; ++k)
                use[r][size_t(t + k)] += p.activities[i].demandOn(r);
    };
    for (size_t i = 0; i < n; ++i)
        if (p.activities[i].pin)
            place(i, *p.activities[i].pin);
    for (int i : list) {
        const auto &a = p.activities[size_t(i)];
        if (a.pin)
            continue;
        int t = a.release;
        for (const auto &e : p.precedences)
            if (e.to == i)
                t = std::max(t, s[size_t(e.from)] + offsetOf(p, e));
        for (;; ++t) {
            bool fits = true;
            for (size_t r = 0; r < p.resources.size() && fits; ++r)
                for (int k = 0; k < a.duration && fits; ++k)
                    fits
                        = use[r][size_t(t + k)] + a.demandOn(r) <= p.resources[r].capacityAt(t + k);
            if (fits)
                break;
        }
        place(size_t(i), t);
    }
    return s;
}

// Best (tardiness, then makespan or completion) over every precedence-feasible list.
inline Objective exhaustiveOptimum(const ScheduleProblem &p, bool makespanGoal)
{
    const int n = int(p.activities.size());
    std::vector<int> list(static_cast<size_t>(n));
    std::iota(list.begin(), list.end(), 0);
    Objective best {LLONG_MAX, LLONG_MAX, INT_MAX};
    auto better = [&](const Objective &a, const Objective &b) {
        if (a.tardiness != b.tardiness)
            return a.tardiness < b.tardiness;
        return makespanGoal ? a.makespan < b.makespan : a.completion < b.completion;
    };
    do {
        std::vector<int> pos(static_cast<size_t>(n));
        for (int k = 0; k < n; ++k)
            pos[size_t(list[size_t(k)])] = k;
        bool ok = true;
        for (const auto &e : p.precedences)
            ok = ok && pos[size_t(e.from)] < pos[size_t(e.to)];
        if (!ok)
            continue;
        const Objective o = objectiveOf(p, serialSgs(p, list));
        if (better(o, best))
            best = o;
    } while (std::next_permutation(list.begin(), list.end()));
    return best;
}

} // namespace Cairn::Test
