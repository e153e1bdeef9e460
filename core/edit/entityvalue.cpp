#include "core/edit/entityvalue.h"

namespace Cairn {

EntityKind kindOf(const EntityValue &v)
{
    switch (v.index()) {
    case 0: return EntityKind::Goal;
    case 1: return EntityKind::System;
    case 2: return EntityKind::Resource;
    case 3: return EntityKind::Initiative;
    default: return EntityKind::Milestone;
    }
}

QString nameOf(const EntityValue &v)
{
    return std::visit([](const auto &e) { return e.name; }, v);
}

std::optional<EntityValue> entityById(const Plan &plan, qint64 id)
{
    if (const Goal *g = plan.goal(GoalId{id}))
        return *g;
    if (const System *s = plan.system(SystemId{id}))
        return *s;
    if (const Resource *r = plan.resource(ResourceId{id}))
        return *r;
    if (const Initiative *i = plan.initiative(InitiativeId{id}))
        return *i;
    if (const Milestone *m = plan.milestone(MilestoneId{id}))
        return *m;
    return std::nullopt;
}

} // namespace Cairn
