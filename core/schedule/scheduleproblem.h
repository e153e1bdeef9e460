#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace Cairn {

// The scheduling problem, free of plan types: periods 0..horizon-1, resources with a capacity
// per period, activities with duration, demand, release, deadline, pin and weight, and
// precedences with lags. See SCHEDULER.md.
struct ScheduleProblem {
    enum class PrecedenceType { FinishToStart, StartToStart };

    struct Resource {
        QString name;
        // Capacity per period; periods past the end of this list use its last value (or 0 when
        // the list is empty). A problem may need periods past the horizon.
        std::vector<qint64> capacity;

        qint64 capacityAt(int period) const
        {
            if (capacity.empty())
                return 0;
            return capacity[size_t(std::min<int>(period, int(capacity.size()) - 1))];
        }
    };

    struct Activity {
        QString name;
        int duration = 1; // periods; 0 = a milestone
        std::vector<qint64> demand; // per resource, in every period the activity runs
        int release = 0; // earliest start period
        std::optional<int> deadline; // latest finish: start + duration <= deadline
        bool hardDeadline = false; // hard: weighted far above every soft deadline
        qint64 deadlineWeight = 1; // per period late
        std::optional<int> pin; // fixed start chosen by the user
        qint64 weight = 1; // value: the value goal minimises sum weight * finish
        // Where it started in the reference schedule (the one the user last saw): a calm
        // re-plan keeps it there unless deadlines or value ask otherwise.
        std::optional<int> reference;
        bool heldAtReference = false; // the plan keeps its schedule: the pin is the reference

        qint64 demandOn(size_t r) const { return r < demand.size() ? demand[r] : 0; }
    };

    struct Precedence {
        int from = 0; // predecessor activity index
        int to = 0; // successor activity index
        PrecedenceType type = PrecedenceType::FinishToStart;
        int lag = 0; // periods; may be negative
    };

    // What the scheduler works with, whatever a problem holds (a plan file may hold any
    // number): a duration, lag, release, pin, deadline or horizon beyond kMaxPeriod periods
    // (250 years of quarters) is clamped to it; the periods of one schedule are at most
    // kMaxPeriods, and resources x periods at most kMaxCells (activities that would need more
    // are left out). Demands above 2^62 / (activities + 1) and weights whose sums could
    // overflow are clamped too. The result lists every clamp and every activity left out.
    static constexpr int kMaxPeriod = 1000;
    static constexpr int kMaxPeriods = 1 << 18;
    static constexpr qint64 kMaxCells = qint64(1) << 22;

    int horizon = 12;
    std::vector<Resource> resources;
    std::vector<Activity> activities;
    std::vector<Precedence> precedences;
};

} // namespace Cairn
