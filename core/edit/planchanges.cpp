#include "core/edit/planchanges.h"

#include <QHash>

#include <algorithm>

namespace Cairn {

namespace {

std::pair<qint64, qint64> ends(const GoalContribution &l)
{
    return {l.initiative.value, l.goal.value};
}
std::pair<qint64, qint64> ends(const SystemImpact &l)
{
    return {l.initiative.value, l.system.value};
}
std::pair<qint64, qint64> ends(const Dependency &l)
{
    return {l.predecessor.value, l.successor.value};
}

std::pair<qint64, qint64> endsOf(const LinkValue &l)
{
    return std::visit([](const auto &v) { return ends(v); }, l);
}

template<class L> int indexIn(const std::vector<L> &list, std::pair<qint64, qint64> key)
{
    for (size_t i = 0; i < list.size(); ++i)
        if (ends(list[i]) == key)
            return int(i);
    return -1;
}

void setLink(Plan &plan, const LinkValue &link, int position)
{
    std::visit(
        [&plan, position](const auto &l) {
            using T = std::decay_t<decltype(l)>;
            if constexpr (std::is_same_v<T, GoalContribution>)
                plan.setContribution(l, position);
            else if constexpr (std::is_same_v<T, SystemImpact>)
                plan.setImpact(l, position);
            else
                plan.setDependency(l, position);
        },
        link);
}

void removeLink(Plan &plan, const LinkValue &link)
{
    std::visit(
        [&plan](const auto &l) {
            using T = std::decay_t<decltype(l)>;
            if constexpr (std::is_same_v<T, GoalContribution>)
                plan.removeContribution(l.initiative, l.goal);
            else if constexpr (std::is_same_v<T, SystemImpact>)
                plan.removeImpact(l.initiative, l.system);
            else
                plan.removeDependency(l.predecessor, l.successor);
        },
        link);
}

void addAt(Plan &plan, const EntityValue &v, int position)
{
    std::visit(
        [&plan, position](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Goal>)
                plan.addGoal(e, position);
            else if constexpr (std::is_same_v<T, System>)
                plan.addSystem(e, position);
            else if constexpr (std::is_same_v<T, Resource>)
                plan.addResource(e, position);
            else if constexpr (std::is_same_v<T, Initiative>)
                plan.addInitiative(e, position);
            else
                plan.addMilestone(e, position);
        },
        v);
}

void updateFields(Plan &plan, const EntityValue &from, const EntityValue &to)
{
    const auto current = entityById(plan, idOf(to));
    if (!current || current->index() != to.index())
        return;
    std::visit(
        [&](const auto &entity) {
            using T = std::decay_t<decltype(entity)>;
            updateEntity(plan, withChangedFields(entity, std::get<T>(from), std::get<T>(to)));
        },
        *current);
}

} // namespace

// The link as the plan has it now, with the fields that differ between `from` and `to` as `to`
// has them (`to` when the plan has none between its two ends).
LinkValue changedLink(const Plan &plan, const LinkValue &from, const LinkValue &to)
{
    const int at = positionOf(plan, to);
    if (at < 0 || from.index() != to.index())
        return to;
    return std::visit(
        [&](const auto &l) -> LinkValue {
            using L = std::decay_t<decltype(l)>;
            const L *current = nullptr;
            if constexpr (std::is_same_v<L, GoalContribution>)
                current = &plan.contributions()[size_t(at)];
            else if constexpr (std::is_same_v<L, SystemImpact>)
                current = &plan.impacts()[size_t(at)];
            else
                current = &plan.dependencies()[size_t(at)];
            return withChangedFields(*current, std::get<L>(from), l);
        },
        to);
}

int positionOf(const Plan &plan, const LinkValue &link)
{
    const auto key = endsOf(link);
    switch (link.index()) {
    case 0:
        return indexIn(plan.contributions(), key);
    case 1:
        return indexIn(plan.impacts(), key);
    default:
        return indexIn(plan.dependencies(), key);
    }
}

template<class T>
void PlanChanges::diffEntities(const std::vector<T> &before, const std::vector<T> &after)
{
    QHash<qint64, int> inAfter;
    for (size_t i = 0; i < after.size(); ++i)
        inAfter.insert(after[i].id.value, int(i));
    QHash<qint64, int> inBefore;
    for (size_t i = 0; i < before.size(); ++i) {
        const T &b = before[i];
        inBefore.insert(b.id.value, int(i));
        const int j = inAfter.value(b.id.value, -1);
        if (j < 0)
            m_entities.push_back({b, std::nullopt, int(i), -1});
        else if (!(after[size_t(j)] == b))
            m_entities.push_back({b, after[size_t(j)], int(i), j});
    }
    for (size_t j = 0; j < after.size(); ++j)
        if (!inBefore.contains(after[j].id.value))
            m_entities.push_back({std::nullopt, after[j], -1, int(j)});
}

template<class L, class Key>
void PlanChanges::diffLinks(const std::vector<L> &before, const std::vector<L> &after, Key key)
{
    QHash<std::pair<qint64, qint64>, int> inAfter;
    for (size_t i = 0; i < after.size(); ++i)
        inAfter.insert(key(after[i]), int(i));
    QHash<std::pair<qint64, qint64>, int> inBefore;
    for (size_t i = 0; i < before.size(); ++i) {
        inBefore.insert(key(before[i]), int(i));
        const int j = inAfter.value(key(before[i]), -1);
        if (j < 0)
            m_links.push_back({before[i], std::nullopt, int(i), -1});
        else if (!(after[size_t(j)] == before[i]))
            m_links.push_back({before[i], after[size_t(j)], int(i), j});
    }
    for (size_t j = 0; j < after.size(); ++j)
        if (!inBefore.contains(key(after[j])))
            m_links.push_back({std::nullopt, after[j], -1, int(j)});
}

PlanChanges PlanChanges::between(const PlanContent &before, const PlanContent &after)
{
    PlanChanges c;
    c.m_nextIdBefore = before.nextId;
    c.m_nextIdAfter = after.nextId;
    if (!(before.info == after.info))
        c.m_info = std::pair(before.info, after.info);
    c.diffEntities(before.goals, after.goals);
    c.diffEntities(before.systems, after.systems);
    c.diffEntities(before.resources, after.resources);
    c.diffEntities(before.initiatives, after.initiatives);
    c.diffEntities(before.milestones, after.milestones);
    auto key = [](const auto &l) { return ends(l); };
    c.diffLinks(before.contributions, after.contributions, key);
    c.diffLinks(before.impacts, after.impacts, key);
    c.diffLinks(before.dependencies, after.dependencies, key);
    if (before.reference != after.reference)
        c.m_reference = std::pair(before.reference, after.reference);
    if (before.scenarios != after.scenarios || before.overrides != after.overrides)
        c.m_scenarios = std::pair(Scenarios {before.scenarios, before.overrides},
            Scenarios {after.scenarios, after.overrides});
    if (before.baselines != after.baselines || before.baselineEntries != after.baselineEntries)
        c.m_baselines = std::pair(Baselines {before.baselines, before.baselineEntries},
            Baselines {after.baselines, after.baselineEntries});
    if (before.workshops != after.workshops || before.workshopEntries != after.workshopEntries
        || before.decisions != after.decisions)
        c.m_workshops
            = std::pair(Workshops {before.workshops, before.workshopEntries, before.decisions},
                Workshops {after.workshops, after.workshopEntries, after.decisions});
    if (before.participants != after.participants || before.votes != after.votes
        || before.efforts != after.efforts)
        c.m_votes = std::pair(Votes {before.participants, before.votes, before.efforts},
            Votes {after.participants, after.votes, after.efforts});
    return c;
}

PlanChanges PlanChanges::forReference(const Plan &plan, std::vector<ReferenceStart> reference)
{
    PlanChanges c;
    if (plan.reference() != reference)
        c.m_reference = std::pair(plan.reference(), std::move(reference));
    return c;
}

PlanChanges PlanChanges::forLink(const Plan &plan, const LinkValue &link, bool remove)
{
    PlanChanges c;
    const int at = positionOf(plan, link);
    std::optional<LinkValue> current;
    if (at >= 0) {
        switch (link.index()) {
        case 0:
            current = plan.contributions()[size_t(at)];
            break;
        case 1:
            current = plan.impacts()[size_t(at)];
            break;
        default:
            current = plan.dependencies()[size_t(at)];
            break;
        }
    }
    if (remove) {
        if (current)
            c.m_links.push_back({current, std::nullopt, at, -1});
        return c;
    }
    if (current && *current == link)
        return c;
    int end = 0;
    switch (link.index()) {
    case 0:
        end = int(plan.contributions().size());
        break;
    case 1:
        end = int(plan.impacts().size());
        break;
    default:
        end = int(plan.dependencies().size());
        break;
    }
    c.m_links.push_back({current, link, at, current ? at : end});
    return c;
}

// Taking changes away first and putting them in after, in ascending order of where they end
// up, rebuilds every list in its exact order: kept items keep their relative order.
void PlanChanges::run(Plan &plan, bool forward) const
{
    auto from = [forward](const auto &c) -> const auto &
    {
        return forward ? c.before : c.after;
    };
    auto to = [forward](const auto &c) -> const auto &
    {
        return forward ? c.after : c.before;
    };
    auto target = [forward](const auto &c) { return forward ? c.positionAfter : c.positionBefore; };

    if (m_info)
        plan.setInfo(forward ? withChangedFields(plan.info(), m_info->first, m_info->second)
                             : withChangedFields(plan.info(), m_info->second, m_info->first));
    for (const LinkChange &c : m_links)
        if (from(c) && !to(c))
            removeLink(plan, *from(c));
    for (const EntityChange &c : m_entities)
        if (from(c) && !to(c))
            removeEntity(plan, idOf(*from(c)));
    std::vector<const EntityChange *> adds;
    for (const EntityChange &c : m_entities)
        if (!from(c) && to(c))
            adds.push_back(&c);
    std::stable_sort(adds.begin(), adds.end(),
        [&](const EntityChange *a, const EntityChange *b) { return target(*a) < target(*b); });
    for (const EntityChange *c : adds)
        addAt(plan, *to(*c), target(*c));
    // A changed row gets only the fields the step changed (see withChangedFields).
    for (const EntityChange &c : m_entities)
        if (from(c) && to(c))
            updateFields(plan, *from(c), *to(c));
    std::vector<const LinkChange *> links;
    for (const LinkChange &c : m_links)
        if (to(c))
            links.push_back(&c);
    std::stable_sort(links.begin(), links.end(),
        [&](const LinkChange *a, const LinkChange *b) { return target(*a) < target(*b); });
    for (const LinkChange *c : links)
        setLink(plan, from(*c) ? changedLink(plan, *from(*c), *to(*c)) : *to(*c), target(*c));
    if (m_reference)
        plan.setReference(forward ? m_reference->second : m_reference->first);
    if (m_scenarios) {
        const Scenarios &s = forward ? m_scenarios->second : m_scenarios->first;
        plan.setScenarios(s.scenarios, s.overrides);
    }
    if (m_baselines) {
        const Baselines &b = forward ? m_baselines->second : m_baselines->first;
        plan.setBaselines(b.baselines, b.entries);
    }
    if (m_workshops) {
        const Workshops &w = forward ? m_workshops->second : m_workshops->first;
        plan.setWorkshops(w.workshops, w.entries, w.decisions);
    }
    if (m_votes) {
        const Votes &v = forward ? m_votes->second : m_votes->first;
        plan.setScoring(v.participants, v.votes, v.efforts);
    }
    if (const qint64 next = forward ? m_nextIdAfter : m_nextIdBefore; next > 0)
        plan.setNextId(next);
}

int PlanChanges::added() const
{
    return int(std::count_if(m_entities.begin(), m_entities.end(),
        [](const EntityChange &c) { return !c.before && c.after; }));
}
int PlanChanges::removed() const
{
    return int(std::count_if(m_entities.begin(), m_entities.end(),
        [](const EntityChange &c) { return c.before && !c.after; }));
}
int PlanChanges::updated() const
{
    return int(std::count_if(m_entities.begin(), m_entities.end(),
        [](const EntityChange &c) { return c.before && c.after; }));
}
int PlanChanges::links() const
{
    return int(m_links.size());
}

} // namespace Cairn
