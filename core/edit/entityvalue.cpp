#include "core/edit/entityvalue.h"

namespace Cairn {

EntityKind kindOf(const EntityValue &v)
{
    switch (v.index()) {
    case 0:
        return EntityKind::Goal;
    case 1:
        return EntityKind::System;
    case 2:
        return EntityKind::Resource;
    case 3:
        return EntityKind::Initiative;
    default:
        return EntityKind::Milestone;
    }
}

QString nameOf(const EntityValue &v)
{
    return std::visit([](const auto &e) { return e.name; }, v);
}

std::optional<EntityValue> entityById(const Plan &plan, qint64 id)
{
    if (const Goal *g = plan.goal(GoalId {id}))
        return *g;
    if (const System *s = plan.system(SystemId {id}))
        return *s;
    if (const Resource *r = plan.resource(ResourceId {id}))
        return *r;
    if (const Initiative *i = plan.initiative(InitiativeId {id}))
        return *i;
    if (const Milestone *m = plan.milestone(MilestoneId {id}))
        return *m;
    return std::nullopt;
}

void addEntity(Plan &plan, const EntityValue &v)
{
    std::visit(
        [&plan](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Goal>)
                plan.addGoal(e);
            else if constexpr (std::is_same_v<T, System>)
                plan.addSystem(e);
            else if constexpr (std::is_same_v<T, Resource>)
                plan.addResource(e);
            else if constexpr (std::is_same_v<T, Initiative>)
                plan.addInitiative(e);
            else
                plan.addMilestone(e);
        },
        v);
}

void updateEntity(Plan &plan, const EntityValue &v)
{
    std::visit(
        [&plan](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Goal>)
                plan.updateGoal(e);
            else if constexpr (std::is_same_v<T, System>)
                plan.updateSystem(e);
            else if constexpr (std::is_same_v<T, Resource>)
                plan.updateResource(e);
            else if constexpr (std::is_same_v<T, Initiative>)
                plan.updateInitiative(e);
            else
                plan.updateMilestone(e);
        },
        v);
}

bool removeEntity(Plan &plan, qint64 id)
{
    return plan.removeInitiative(InitiativeId {id}) || plan.removeGoal(GoalId {id})
        || plan.removeSystem(SystemId {id}) || plan.removeResource(ResourceId {id})
        || plan.removeMilestone(MilestoneId {id});
}

} // namespace Cairn
