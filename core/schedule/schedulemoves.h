#pragma once

#include "core/schedule/planscheduler.h"

#include <QString>

#include <memory>
#include <vector>

namespace Cairn {

// An initiative that starts elsewhere in one schedule than in another.
struct ScheduleMove {
    InitiativeId id;
    Quarter from;
    Quarter to;
    int quarters() const { return to - from; } // + later, - earlier
    QString reason; // short and translated: "waits for “Cloud landing zone”"; empty when none
};

// What moved from one schedule to the next (of the same plan, before and after an edit): the
// initiatives placed in both whose start differs, in the plan's order; not those pinned where they
// are now (the user's own move).
std::vector<ScheduleMove> scheduleMoves(
    const PlanSchedule &before, const PlanSchedule &after, const PlanContent &plan);

// The same, against the reference schedule that `schedule` was planned from.
std::vector<ScheduleMove> movesFromReference(const PlanSchedule &schedule, const PlanContent &plan);

// One move: "“X” +1 quarter (waits for “Y”)".
QString describeMove(const ScheduleMove &move, const PlanContent &plan);

// One line for the status bar: "3 initiatives moved: “X” +1 quarter (waits for “Y”), …", the
// first `listed` of them named and the rest counted; empty when nothing moved.
QString describeMoves(
    const std::vector<ScheduleMove> &moves, const PlanContent &plan, int listed = 3);

// Follows the schedules shown for a plan and says what the last edit moved: from the last schedule
// shown before the edit to the one shown now. The improved schedule of the same edit updates them;
// they stay until the next edit (or undo, which is an edit too).
class MoveTracker {
public:
    // The moves to show with `schedule`, made from the plan at `generation`.
    const std::vector<ScheduleMove> &update(
        quint64 generation, std::shared_ptr<const PlanSchedule> schedule, const PlanContent &plan);
    const std::vector<ScheduleMove> &moves() const { return m_moves; }

private:
    std::shared_ptr<const PlanSchedule> m_before; // the last one shown before this generation
    std::shared_ptr<const PlanSchedule> m_shown;
    quint64 m_generation = 0;
    std::vector<ScheduleMove> m_moves;
};

} // namespace Cairn
