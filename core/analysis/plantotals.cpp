#include "core/analysis/plantotals.h"

#include <QSet>

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

int linksTouching(const PlanContent &plan, const QList<qint64> &ids)
{
    const QSet<qint64> wanted(ids.begin(), ids.end());
    int links = 0;
    for (const Dependency &d : plan.dependencies)
        links += wanted.contains(d.predecessor.value) || wanted.contains(d.successor.value);
    for (const GoalContribution &c : plan.contributions)
        links += wanted.contains(c.initiative.value) || wanted.contains(c.goal.value);
    for (const SystemImpact &c : plan.impacts)
        links += wanted.contains(c.initiative.value) || wanted.contains(c.system.value);
    return links;
}

} // namespace Cairn
