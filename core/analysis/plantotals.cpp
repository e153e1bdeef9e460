#include "core/analysis/plantotals.h"

namespace Cairn {

PlanTotals planTotals(const PlanContent &plan)
{
    PlanTotals t;
    t.initiatives = int(plan.initiatives.size());
    t.systems = int(plan.systems.size());
    t.goals = int(plan.goals.size());
    for (const Initiative &i : plan.initiatives)
        if (i.status != InitiativeStatus::Dropped && i.status != InitiativeStatus::Done)
            t.plannedSpend += i.cost;
    return t;
}

} // namespace Cairn
