#pragma once

#include "core/domain/fields.h"
#include "core/domain/plan.h"

#include <variant>

namespace Cairn {

// Any one entity of a plan, as a value: what add/update/remove commands carry.
using EntityValue = std::variant<Goal, System, Resource, Initiative, Milestone>;

inline qint64 idOf(const EntityValue &v)
{
    return std::visit([](const auto &e) { return e.id.value; }, v);
}

EntityKind kindOf(const EntityValue &v);
QString nameOf(const EntityValue &v);
// The entity with that id in the plan, if any (ids are unique across kinds).
std::optional<EntityValue> entityById(const Plan &plan, qint64 id);

// The entity of type T with that id, if the plan (a Plan, indexed, or a PlanContent) has one
// (no copy).
template<class T, class Plans> const T *findEntity(const Plans &plan, qint64 id)
{
    if constexpr (std::is_same_v<T, Goal>)
        return plan.goal(GoalId {id});
    else if constexpr (std::is_same_v<T, System>)
        return plan.system(SystemId {id});
    else if constexpr (std::is_same_v<T, Resource>)
        return plan.resource(ResourceId {id});
    else if constexpr (std::is_same_v<T, Initiative>)
        return plan.initiative(InitiativeId {id});
    else
        return plan.milestone(MilestoneId {id});
}

// `current` with the fields that differ between `from` and `to` set as `to` has them: a step
// applied or taken back writes only what it changed, and what else changed in the row since (a
// colleague's step, a later edit) stays. Details (a resource's capacities, an initiative's
// demand) are copied whole from the member the field stands for.
template<class T> T withChangedFields(T current, const T &from, const T &to)
{
    for (const Field<T> &f : schemaOf<T>().fields) {
        if (f.same(from, to))
            continue;
        if (f.type != FieldType::Details)
            f.set(current, f.get(to));
        else if constexpr (std::is_same_v<T, Resource>)
            current.capacities = to.capacities;
        else if constexpr (std::is_same_v<T, Initiative>)
            current.demand = to.demand;
    }
    return current;
}

// Plan::add*/update*/remove* for whichever kind the value (or id) is.
void addEntity(Plan &plan, const EntityValue &v);
void updateEntity(Plan &plan, const EntityValue &v);
bool removeEntity(Plan &plan, qint64 id);

} // namespace Cairn
