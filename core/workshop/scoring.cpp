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
    QHash<qint64, int> byHand;
    for (const EffortEntry &e : plan.efforts)
        byHand.insert(e.initiative.value, std::clamp(e.effort, 0, 100));
    for (InitiativeScore &s : scores) {
        s.goalScore = share(s.goalPoints, mostPoints);
        const int c = share(s.cost, mostCost), f = share(s.fteQuarters, mostFte);
        s.effort = mostCost > 0 && mostFte > 0 ? (c + f + 1) / 2 : std::max(c, f);
        if (const auto it = byHand.constFind(s.id.value); it != byHand.cend()) {
            s.effort = *it;
            s.effortSet = true;
        }
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

bool setEffort(
    EditFacade &edit, InitiativeId initiative, std::optional<int> effort, const QString &text)
{
    const PlanContent &now = edit.plan().content();
    if (!now.initiative(initiative))
        return false;
    const auto had = std::find_if(now.efforts.begin(), now.efforts.end(),
        [initiative](const EffortEntry &e) { return e.initiative == initiative; });
    if (had != now.efforts.end() && effort && had->effort == std::clamp(*effort, 0, 100))
        return false;
    PlanContent after = now;
    std::erase_if(
        after.efforts, [initiative](const EffortEntry &e) { return e.initiative == initiative; });
    if (effort)
        after.efforts.push_back({initiative, std::clamp(*effort, 0, 100)});
    if (after.efforts == now.efforts)
        return false;
    edit.replaceContent(after, text);
    return true;
}

} // namespace Cairn
