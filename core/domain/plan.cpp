#include "core/domain/plan.h"

#include "core/domain/fields.h"

#include <algorithm>

namespace Cairn {

namespace {

template<class T, class IdT> const T *findIn(const std::vector<T> &v, IdT id)
{
    for (const T &e : v)
        if (e.id == id)
            return &e;
    return nullptr;
}

template<class T, class IdT>
const T *findIndexed(const std::vector<T> &v, const QHash<qint64, int> &index, IdT id)
{
    const int i = index.value(id.value, -1);
    if (i >= 0 && size_t(i) < v.size() && v[size_t(i)].id == id)
        return &v[size_t(i)];
    return nullptr;
}

} // namespace

const Goal *PlanContent::goal(GoalId id) const
{
    return findIn(goals, id);
}
const System *PlanContent::system(SystemId id) const
{
    return findIn(systems, id);
}
const Resource *PlanContent::resource(ResourceId id) const
{
    return findIn(resources, id);
}
const Initiative *PlanContent::initiative(InitiativeId id) const
{
    return findIn(initiatives, id);
}
const Milestone *PlanContent::milestone(MilestoneId id) const
{
    return findIn(milestones, id);
}
const Scenario *PlanContent::scenario(ScenarioId id) const
{
    return findIn(scenarios, id);
}
const Baseline *PlanContent::baseline(BaselineId id) const
{
    return findIn(baselines, id);
}
const WorkshopSession *PlanContent::workshop(WorkshopId id) const
{
    return findIn(workshops, id);
}

qint64 PlanContent::maxId(qint64 below) const
{
    qint64 maxId = 0;
    auto scan = [&maxId, below](const auto &vec) {
        for (const auto &e : vec)
            if (e.id.value < below)
                maxId = std::max(maxId, e.id.value);
    };
    scan(goals);
    scan(systems);
    scan(resources);
    scan(initiatives);
    scan(milestones);
    scan(scenarios);
    scan(baselines);
    scan(workshops);
    return maxId;
}

const Resource *PlanContent::budget() const
{
    for (const Resource &r : resources)
        if (r.kind == ResourceKind::Budget)
            return &r;
    return nullptr;
}

// ---- Plan ------------------------------------------------------------------------------------

Plan::Plan(QObject *parent)
    : QObject(parent)
{
}

Plan::Plan(PlanContent content, QObject *parent)
    : QObject(parent)
    , m_content(std::move(content))
{
    rebuildIndex();
}

void Plan::setContent(PlanContent content)
{
    m_content = std::move(content);
    rebuildIndex();
    announce(EntityKind::Plan, ChangeType::Reset, 0);
}

void Plan::setInfo(const PlanInfo &info)
{
    const quint64 fields = changedFields(m_content.info, info);
    if (!fields)
        return;
    m_content.info = info;
    announce(EntityKind::Plan, ChangeType::Modified, 0, 0, fields);
}

const Goal *Plan::goal(GoalId id) const
{
    return findIndexed(m_content.goals, m_index, id);
}
const System *Plan::system(SystemId id) const
{
    return findIndexed(m_content.systems, m_index, id);
}
const Resource *Plan::resource(ResourceId id) const
{
    return findIndexed(m_content.resources, m_index, id);
}
const Initiative *Plan::initiative(InitiativeId id) const
{
    return findIndexed(m_content.initiatives, m_index, id);
}
const Milestone *Plan::milestone(MilestoneId id) const
{
    return findIndexed(m_content.milestones, m_index, id);
}

void Plan::rebuildIndex()
{
    m_index.clear();
    auto add = [this](const auto &vec) {
        for (size_t i = 0; i < vec.size(); ++i)
            m_index.insert(vec[i].id.value, int(i));
    };
    add(m_content.goals);
    add(m_content.systems);
    add(m_content.resources);
    add(m_content.initiatives);
    add(m_content.milestones);
    raiseNextId();
}

bool Plan::idInUse(qint64 id) const
{
    return m_index.contains(id) || m_content.scenario(ScenarioId {id})
        || m_content.baseline(BaselineId {id}) || m_content.workshop(WorkshopId {id});
}

void Plan::setScenarios(std::vector<Scenario> scenarios, std::vector<ScenarioOverride> overrides)
{
    if (scenarios == m_content.scenarios && overrides == m_content.overrides)
        return;
    m_content.scenarios = std::move(scenarios);
    m_content.overrides = std::move(overrides);
    raiseNextId();
    announce(EntityKind::Scenario, ChangeType::Modified, 0);
}

void Plan::setBaselines(std::vector<Baseline> baselines, std::vector<BaselineEntry> entries)
{
    if (baselines == m_content.baselines && entries == m_content.baselineEntries)
        return;
    m_content.baselines = std::move(baselines);
    m_content.baselineEntries = std::move(entries);
    raiseNextId();
    announce(EntityKind::Baseline, ChangeType::Modified, 0);
}

void Plan::setWorkshops(std::vector<WorkshopSession> workshops, std::vector<WorkshopEntry> entries,
    std::vector<Decision> decisions)
{
    if (workshops == m_content.workshops && entries == m_content.workshopEntries
        && decisions == m_content.decisions)
        return;
    m_content.workshops = std::move(workshops);
    m_content.workshopEntries = std::move(entries);
    m_content.decisions = std::move(decisions);
    raiseNextId();
    announce(EntityKind::Workshop, ChangeType::Modified, 0);
}

void Plan::setScoring(std::vector<Participant> participants, std::vector<Vote> votes,
    std::vector<EffortEntry> efforts)
{
    if (participants == m_content.participants && votes == m_content.votes
        && efforts == m_content.efforts)
        return;
    m_content.participants = std::move(participants);
    m_content.votes = std::move(votes);
    m_content.efforts = std::move(efforts);
    announce(EntityKind::Scoring, ChangeType::Modified, 0);
}

qint64 Plan::claimId(qint64 requested)
{
    if (requested > 0) {
        if (idInUse(requested))
            return 0;
        raiseNextId(requested + 1);
        return requested;
    }
    const qint64 id = m_content.nextId++;
    raiseNextId(id + 1);
    return id;
}

void Plan::raiseNextId(qint64 atLeast)
{
    if (m_blockEnd != 0) {
        // In the block, past its ids in use; ids outside it (others' blocks) move nothing.
        qint64 next = m_content.nextId >= m_blockFirst && m_content.nextId < m_blockEnd
            ? m_content.nextId
            : m_blockFirst;
        if (atLeast > m_blockFirst && atLeast <= m_blockEnd)
            next = std::max(next, atLeast);
        next = std::max(next, m_content.maxId(m_blockEnd) + 1);
        if (next < m_blockEnd) {
            m_content.nextId = next;
            return;
        }
        // Used up: past every id, as without a block, until the next one comes.
    }
    m_content.nextId = std::max({m_content.nextId, atLeast, m_content.maxId() + 1});
}

void Plan::setIdBlock(qint64 first, qint64 end)
{
    if (first <= 0 || end <= first)
        return;
    m_blockFirst = first;
    m_blockEnd = end;
    m_content.nextId = first;
    raiseNextId();
}

qint64 Plan::idsLeft() const
{
    return m_blockEnd == 0 ? std::numeric_limits<qint64>::max()
                           : std::max<qint64>(0, m_blockEnd - m_content.nextId);
}

void Plan::announce(EntityKind entity, ChangeType type, qint64 id, qint64 otherId, quint64 fields)
{
    ++m_generation;
    emit changed(PlanChange {entity, type, id, otherId, fields});
}

void Plan::setNextId(qint64 next)
{
    if (m_blockEnd != 0) {
        // Undo and redo put back a counter of the block; another block's is past.
        if (next >= m_blockFirst && next < m_blockEnd)
            m_content.nextId = next;
        raiseNextId();
        return;
    }
    m_content.nextId = std::max(next, m_content.maxId() + 1);
}

int Plan::positionOf(qint64 id) const
{
    return m_index.value(id, -1);
}

namespace {
// Appending keeps the index as it is; inserting moves the items after it (undo of a removal).
template<class T> void addTo(std::vector<T> &vec, QHash<qint64, int> &index, T &item, int position)
{
    if (position < 0 || size_t(position) >= vec.size()) {
        index.insert(item.id.value, int(vec.size()));
        vec.push_back(item);
        return;
    }
    vec.insert(vec.begin() + position, item);
    for (size_t i = size_t(position); i < vec.size(); ++i)
        index.insert(vec[i].id.value, int(i));
}

template<class Vec, class Link> void insertLink(Vec &links, const Link &link, int position)
{
    if (position < 0 || size_t(position) >= links.size())
        links.push_back(link);
    else
        links.insert(links.begin() + position, link);
}
} // namespace

#define CAIRN_ADD(Type, IdType, vec, kind)                                                         \
    IdType Plan::add##Type(Type item, int position)                                                \
    {                                                                                              \
        const qint64 id = claimId(item.id.value);                                                  \
        if (!id)                                                                                   \
            return IdType {};                                                                      \
        item.id = IdType {id};                                                                     \
        addTo(m_content.vec, m_index, item, position);                                             \
        announce(EntityKind::kind, ChangeType::Added, id);                                         \
        return item.id;                                                                            \
    }                                                                                              \
    bool Plan::update##Type(const Type &item)                                                      \
    {                                                                                              \
        const int i = m_index.value(item.id.value, -1);                                            \
        if (i < 0 || size_t(i) >= m_content.vec.size() || m_content.vec[size_t(i)].id != item.id)  \
            return false;                                                                          \
        const quint64 fields = changedFields(m_content.vec[size_t(i)], item);                      \
        if (!fields)                                                                               \
            return true;                                                                           \
        m_content.vec[size_t(i)] = item;                                                           \
        announce(EntityKind::kind, ChangeType::Modified, item.id.value, 0, fields);                \
        return true;                                                                               \
    }

CAIRN_ADD(Goal, GoalId, goals, Goal)
CAIRN_ADD(System, SystemId, systems, System)
CAIRN_ADD(Resource, ResourceId, resources, Resource)
CAIRN_ADD(Initiative, InitiativeId, initiatives, Initiative)
CAIRN_ADD(Milestone, MilestoneId, milestones, Milestone)
#undef CAIRN_ADD

template<class Vec, class Pred> void Plan::removeLinks(Vec &links, EntityKind kind, Pred pred)
{
    for (auto it = links.begin(); it != links.end();) {
        if (pred(*it)) {
            const auto link = *it;
            it = links.erase(it);
            if constexpr (std::is_same_v<typename Vec::value_type, Dependency>)
                announce(kind, ChangeType::Removed, link.predecessor.value, link.successor.value);
            else if constexpr (std::is_same_v<typename Vec::value_type, GoalContribution>)
                announce(kind, ChangeType::Removed, link.initiative.value, link.goal.value);
            else
                announce(kind, ChangeType::Removed, link.initiative.value, link.system.value);
        } else {
            ++it;
        }
    }
}

bool Plan::removeGoal(GoalId id)
{
    if (!goal(id))
        return false;
    removeLinks(m_content.contributions, EntityKind::GoalContribution,
        [id](const GoalContribution &c) { return c.goal == id; });
    for (Goal &g : m_content.goals) {
        if (g.parent == id) {
            const Goal before = g;
            g.parent.reset();
            announce(
                EntityKind::Goal, ChangeType::Modified, g.id.value, 0, changedFields(before, g));
        }
    }
    std::erase_if(m_content.goals, [id](const Goal &g) { return g.id == id; });
    rebuildIndex();
    announce(EntityKind::Goal, ChangeType::Removed, id.value);
    return true;
}

bool Plan::removeSystem(SystemId id)
{
    if (!system(id))
        return false;
    removeLinks(m_content.impacts, EntityKind::SystemImpact,
        [id](const SystemImpact &c) { return c.system == id; });
    for (System &s : m_content.systems) {
        if (!s.dependsOn.contains(id))
            continue;
        const System before = s;
        s.dependsOn.removeAll(id);
        announce(EntityKind::System, ChangeType::Modified, s.id.value, 0, changedFields(before, s));
    }
    std::erase_if(m_content.systems, [id](const System &s) { return s.id == id; });
    rebuildIndex();
    announce(EntityKind::System, ChangeType::Removed, id.value);
    return true;
}

bool Plan::removeResource(ResourceId id)
{
    if (!resource(id))
        return false;
    for (Initiative &i : m_content.initiatives) {
        if (!i.demand.contains(id))
            continue;
        const Initiative before = i;
        i.demand.remove(id);
        announce(
            EntityKind::Initiative, ChangeType::Modified, i.id.value, 0, changedFields(before, i));
    }
    std::erase_if(m_content.resources, [id](const Resource &r) { return r.id == id; });
    rebuildIndex();
    announce(EntityKind::Resource, ChangeType::Removed, id.value);
    return true;
}

bool Plan::removeInitiative(InitiativeId id)
{
    if (!initiative(id))
        return false;
    removeLinks(m_content.contributions, EntityKind::GoalContribution,
        [id](const GoalContribution &c) { return c.initiative == id; });
    removeLinks(m_content.impacts, EntityKind::SystemImpact,
        [id](const SystemImpact &c) { return c.initiative == id; });
    removeLinks(m_content.dependencies, EntityKind::Dependency,
        [id](const Dependency &d) { return d.predecessor == id || d.successor == id; });
    std::erase_if(m_content.initiatives, [id](const Initiative &i) { return i.id == id; });
    rebuildIndex();
    announce(EntityKind::Initiative, ChangeType::Removed, id.value);
    return true;
}

bool Plan::removeMilestone(MilestoneId id)
{
    if (!milestone(id))
        return false;
    std::erase_if(m_content.milestones, [id](const Milestone &m) { return m.id == id; });
    rebuildIndex();
    announce(EntityKind::Milestone, ChangeType::Removed, id.value);
    return true;
}

bool Plan::setContribution(const GoalContribution &link, int position)
{
    if (!initiative(link.initiative) || !goal(link.goal))
        return false;
    for (GoalContribution &c : m_content.contributions) {
        if (c.initiative == link.initiative && c.goal == link.goal) {
            if (c == link)
                return true;
            c = link;
            announce(EntityKind::GoalContribution, ChangeType::Modified, link.initiative.value,
                link.goal.value);
            return true;
        }
    }
    insertLink(m_content.contributions, link, position);
    announce(
        EntityKind::GoalContribution, ChangeType::Added, link.initiative.value, link.goal.value);
    return true;
}

bool Plan::removeContribution(InitiativeId initiative, GoalId goal)
{
    const auto n = std::erase_if(m_content.contributions,
        [&](const GoalContribution &c) { return c.initiative == initiative && c.goal == goal; });
    if (n)
        announce(EntityKind::GoalContribution, ChangeType::Removed, initiative.value, goal.value);
    return n > 0;
}

bool Plan::setImpact(const SystemImpact &link, int position)
{
    if (!initiative(link.initiative) || !system(link.system))
        return false;
    for (SystemImpact &c : m_content.impacts) {
        if (c.initiative == link.initiative && c.system == link.system) {
            if (c == link)
                return true;
            c = link;
            announce(EntityKind::SystemImpact, ChangeType::Modified, link.initiative.value,
                link.system.value);
            return true;
        }
    }
    insertLink(m_content.impacts, link, position);
    announce(EntityKind::SystemImpact, ChangeType::Added, link.initiative.value, link.system.value);
    return true;
}

bool Plan::removeImpact(InitiativeId initiative, SystemId system)
{
    const auto n = std::erase_if(m_content.impacts,
        [&](const SystemImpact &c) { return c.initiative == initiative && c.system == system; });
    if (n)
        announce(EntityKind::SystemImpact, ChangeType::Removed, initiative.value, system.value);
    return n > 0;
}

bool Plan::setDependency(const Dependency &link, int position)
{
    if (!initiative(link.predecessor) || !initiative(link.successor)
        || link.predecessor == link.successor)
        return false;
    for (Dependency &d : m_content.dependencies) {
        if (d.predecessor == link.predecessor && d.successor == link.successor) {
            if (d == link)
                return true;
            d = link;
            announce(EntityKind::Dependency, ChangeType::Modified, link.predecessor.value,
                link.successor.value);
            return true;
        }
    }
    insertLink(m_content.dependencies, link, position);
    announce(
        EntityKind::Dependency, ChangeType::Added, link.predecessor.value, link.successor.value);
    return true;
}

bool Plan::removeDependency(InitiativeId predecessor, InitiativeId successor)
{
    const auto n = std::erase_if(m_content.dependencies, [&](const Dependency &d) {
        return d.predecessor == predecessor && d.successor == successor;
    });
    if (n)
        announce(EntityKind::Dependency, ChangeType::Removed, predecessor.value, successor.value);
    return n > 0;
}

bool Plan::setReference(std::vector<ReferenceStart> reference)
{
    if (reference == m_content.reference)
        return false;
    m_content.reference = std::move(reference);
    announce(EntityKind::ReferenceSchedule, ChangeType::Modified, 0);
    return true;
}

void Plan::keepReference(std::vector<ReferenceStart> reference)
{
    m_content.reference = std::move(reference);
}

} // namespace Cairn
