#pragma once

#include "core/domain/plan.h"

namespace Cairn {

// What a plan holds at a glance, as the status bar says it.
struct PlanTotals {
    int initiatives = 0;
    int systems = 0;
    int goals = 0;
    Money plannedSpend; // one-off costs of the initiatives neither done nor dropped
};

PlanTotals planTotals(const PlanContent &plan);

// How many links (dependencies, goal contributions, system impacts) touch any of the entities.
int linksTouching(const PlanContent &plan, const QList<qint64> &ids);

} // namespace Cairn
