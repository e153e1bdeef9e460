#include "core/workshop/scoring.h"

#include "core/edit/editfacade.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Cairn {

namespace {
int share(qint64 part, qint64 most)
{
    return most > 0 ? int(std::llround(100.0 * double(part) / double(most))) : 0;
}
} // namespace

std::vector<InitiativeScore> scoreInitiatives(const PlanContent &plan)
{
    QHash<qint64, int> weights;
    for (const Goal &g : plan.goals)
        weights.insert(g.id.value, std::clamp(g.weight, 1, 5));
    QHash<qint64, int> points;
    for (const GoalContribution &c : plan.contributions)
        points[c.initiative.value] += std::clamp(c.strength, 1, 5) * weights.value(c.goal.value, 1);
    QHash<qint64, ResourceKind> kinds;
    for (const Resource &r : plan.resources)
        kinds.insert(r.id.value, r.kind);
    std::vector<InitiativeScore> scores;
    qint64 mostPoints = 0, mostCost = 0, mostFte = 0;
    for (const Initiative &i : plan.initiatives) {
        if (i.status == InitiativeStatus::Dropped || i.status == InitiativeStatus::Done)
            continue;
        InitiativeScore s;
        s.id = i.id;
        s.goalPoints = points.value(i.id.value);
        s.cost = std::max<qint64>(0, i.cost.minorUnits());
        for (auto it = i.demand.cbegin(); it != i.demand.cend(); ++it)
            if (kinds.value(it.key().value, ResourceKind::Budget) != ResourceKind::Budget)
                s.fteQuarters += std::max<qint64>(0, it.value()) * std::max(0, i.duration);
        mostPoints = std::max<qint64>(mostPoints, s.goalPoints);
        mostCost = std::max(mostCost, s.cost);
        mostFte = std::max(mostFte, s.fteQuarters);
        scores.push_back(s);
    }
    for (InitiativeScore &s : scores) {
        s.goalScore = share(s.goalPoints, mostPoints);
        const int c = share(s.cost, mostCost), f = share(s.fteQuarters, mostFte);
        s.effort = mostCost > 0 && mostFte > 0 ? (c + f + 1) / 2 : std::max(c, f);
    }
    return scores;
}

int setValues(
    EditFacade &edit, const std::vector<std::pair<InitiativeId, int>> &values, const QString &text)
{
    std::vector<Initiative> changed;
    for (const auto &[id, value] : values) {
        const Initiative *i = edit.plan().initiative(id);
        const int v = std::clamp(value, 0, 100);
        if (i && i->value != v) {
            Initiative after = *i;
            after.value = v;
            changed.push_back(after);
        }
    }
    if (changed.empty())
        return 0;
    edit.beginMacro(text);
    for (const Initiative &i : changed)
        edit.update(i);
    edit.endMacro();
    return int(changed.size());
}

} // namespace Cairn
