#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <compare>
#include <functional>

namespace Cairn {

// A strong, stable id. Ids are assigned by the Plan, never reused within a plan, and kept in
// files, so a link survives save, load and undo.
template<class Tag> struct Id {
    qint64 value = 0;

    constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const Id &) const = default;
    constexpr bool operator==(const Id &) const = default;
};

template<class Tag> size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

using GoalId = Id<struct GoalTag>;
using SystemId = Id<struct SystemTag>;
using InitiativeId = Id<struct InitiativeTag>;
using ResourceId = Id<struct ResourceTag>;
using MilestoneId = Id<struct MilestoneTag>;
using ScenarioId = Id<struct ScenarioTag>;
using BaselineId = Id<struct BaselineTag>;
using WorkshopId = Id<struct WorkshopTag>;

} // namespace Cairn

template<class Tag> struct std::hash<Cairn::Id<Tag>> {
    size_t operator()(Cairn::Id<Tag> id) const noexcept { return std::hash<qint64>()(id.value); }
};
