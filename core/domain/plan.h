#pragma once

#include "core/domain/entities.h"
#include "core/domain/scenarios.h"
#include "core/domain/workshops.h"

#include <QObject>

#include <limits>
#include <vector>

namespace Cairn {

enum class EntityKind {
    Plan,
    Goal,
    System,
    Initiative,
    Resource,
    Milestone,
    GoalContribution,
    SystemImpact,
    Dependency,
    ResourceCapacity, // an entry of a resource's per-quarter capacity (a table of its own)
    Demand, // an entry of an initiative's demand on a resource (a table of its own)
    ReferenceSchedule, // the reference schedule as a whole (Re-plan now, and its undo)
    Scenario, // a named set of overrides of the plan (and its override rows)
    Baseline, // a frozen schedule (and its rows)
    Workshop, // the workshop record: sessions, their rows and decisions
    Scoring, // the dot vote (participants, votes) and efforts set in the matrix
};

enum class ChangeType { Added, Modified, Removed, Reset };

// What changed: which entity, which id (0 for the plan itself and for links, whose ids are
// given as a pair), and for a modification which fields (a bit per field of the entity's schema,
// see core/domain/fields.h).
struct PlanChange {
    EntityKind entity = EntityKind::Plan;
    ChangeType type = ChangeType::Modified;
    qint64 id = 0;
    qint64 otherId = 0; // for links: the second end (goal, system, successor)
    quint64 fields = 0;

    bool operator==(const PlanChange &) const = default;
};

// Everything a plan holds, as plain copyable data: what files store and tests compare.
struct PlanContent {
    PlanInfo info;
    std::vector<Goal> goals;
    std::vector<System> systems;
    std::vector<Resource> resources;
    std::vector<Initiative> initiatives;
    std::vector<Milestone> milestones;
    std::vector<GoalContribution> contributions;
    std::vector<SystemImpact> impacts;
    std::vector<Dependency> dependencies;
    // The schedule the user last saw (see ReferenceStart); rows of initiatives that are gone are
    // ignored.
    std::vector<ReferenceStart> reference;
    // Futures and frozen pasts (core/domain/scenarios.h): kept beside the plan, never part of
    // what the base schedules.
    std::vector<Scenario> scenarios;
    std::vector<ScenarioOverride> overrides; // grouped by scenario, in the order they apply
    std::vector<Baseline> baselines;
    std::vector<BaselineEntry> baselineEntries; // grouped by baseline
    // The workshop record (core/domain/workshops.h): sessions, each with its initiatives as they
    // stood at its start and end, and the decisions noted during it.
    std::vector<WorkshopSession> workshops;
    std::vector<WorkshopEntry> workshopEntries; // grouped by workshop
    std::vector<Decision> decisions; // in the order they were noted
    // The dot vote: who votes, and their dots.
    std::vector<Participant> participants;
    std::vector<Vote> votes;
    // Efforts set by hand in the value/effort matrix (others follow from cost and FTE).
    std::vector<EffortEntry> efforts;
    qint64 nextId = 1; // ids are unique across all entity kinds and never reused

    bool operator==(const PlanContent &) const = default;

    const Goal *goal(GoalId id) const;
    const System *system(SystemId id) const;
    const Resource *resource(ResourceId id) const;
    const Initiative *initiative(InitiativeId id) const;
    const Milestone *milestone(MilestoneId id) const;
    const Scenario *scenario(ScenarioId id) const;
    const Baseline *baseline(BaselineId id) const;
    const WorkshopSession *workshop(WorkshopId id) const;
    // The largest id of any entity (0 for an empty plan); with `below`, of those under it.
    qint64 maxId(qint64 below = std::numeric_limits<qint64>::max()) const;
    // The plan's budget: the first resource of kind Budget, if any.
    const Resource *budget() const;
};

// The Plan aggregate: owns one PlanContent, is the only way to change it, and announces every
// change. Lookups by id are O(1). Links to a removed entity are removed with it (and announced).
class Plan : public QObject {
    Q_OBJECT

public:
    explicit Plan(QObject *parent = nullptr);
    explicit Plan(PlanContent content, QObject *parent = nullptr);

    const PlanContent &content() const { return m_content; }
    void setContent(PlanContent content); // announces a Reset

    const PlanInfo &info() const { return m_content.info; }
    void setInfo(const PlanInfo &info);

    const std::vector<Goal> &goals() const { return m_content.goals; }
    const std::vector<System> &systems() const { return m_content.systems; }
    const std::vector<Resource> &resources() const { return m_content.resources; }
    const std::vector<Initiative> &initiatives() const { return m_content.initiatives; }
    const std::vector<Milestone> &milestones() const { return m_content.milestones; }
    const std::vector<GoalContribution> &contributions() const { return m_content.contributions; }
    const std::vector<SystemImpact> &impacts() const { return m_content.impacts; }
    const std::vector<Dependency> &dependencies() const { return m_content.dependencies; }
    const std::vector<ReferenceStart> &reference() const { return m_content.reference; }
    const std::vector<Scenario> &scenarios() const { return m_content.scenarios; }
    const std::vector<ScenarioOverride> &overrides() const { return m_content.overrides; }
    const std::vector<Baseline> &baselines() const { return m_content.baselines; }
    const std::vector<BaselineEntry> &baselineEntries() const { return m_content.baselineEntries; }
    const std::vector<WorkshopSession> &workshops() const { return m_content.workshops; }
    const std::vector<WorkshopEntry> &workshopEntries() const { return m_content.workshopEntries; }
    const std::vector<Decision> &decisions() const { return m_content.decisions; }
    const std::vector<Participant> &participants() const { return m_content.participants; }
    const std::vector<Vote> &votes() const { return m_content.votes; }
    const std::vector<EffortEntry> &efforts() const { return m_content.efforts; }

    const Goal *goal(GoalId id) const;
    const System *system(SystemId id) const;
    const Resource *resource(ResourceId id) const;
    const Initiative *initiative(InitiativeId id) const;
    const Milestone *milestone(MilestoneId id) const;

    // add*: an entity with an unset id gets a new one; one with an id not in use keeps it (undo
    // of a removal restores the same id). It goes at `position` in its list (the end when
    // negative or past the end). Returns the id, or an invalid id if it is in use.
    GoalId addGoal(Goal goal, int position = -1);
    SystemId addSystem(System system, int position = -1);
    ResourceId addResource(Resource resource, int position = -1);
    InitiativeId addInitiative(Initiative initiative, int position = -1);
    MilestoneId addMilestone(Milestone milestone, int position = -1);
    // Sets the next id to hand out (undo puts back the counter of the plan it restores); never
    // below an id in use.
    void setNextId(qint64 next);
    // Ids in [first, end) are this plan's to hand out (a plan on a server: a block the server
    // reserved for this client, so that two people adding at once never take the same id).
    // While one is set, new ids come from it and nothing moves the counter out of it: entities
    // that others added with higher ids, undo and redo leave it where it is. idsLeft() says how
    // many it has left; a new block replaces the old one.
    void setIdBlock(qint64 first, qint64 end);
    qint64 idsLeft() const;
    // Where an entity stands in its list (-1 when there is none with that id).
    int positionOf(qint64 id) const;
    // Counts every change: what a schedule or a layout was made from can be told from what the
    // plan is now.
    quint64 generation() const { return m_generation; }

    // update*: replaces the entity with the same id; false if there is none.
    bool updateGoal(const Goal &goal);
    bool updateSystem(const System &system);
    bool updateResource(const Resource &resource);
    bool updateInitiative(const Initiative &initiative);
    bool updateMilestone(const Milestone &milestone);

    bool removeGoal(GoalId id);
    bool removeSystem(SystemId id);
    bool removeResource(ResourceId id);
    bool removeInitiative(InitiativeId id);
    bool removeMilestone(MilestoneId id);

    // Links: set* adds or replaces (a pair has at most one link); a new link goes at `position`
    // in its list (the end when negative). remove* is false if absent. Links to entities that do
    // not exist are refused (false).
    bool setContribution(const GoalContribution &link, int position = -1);
    bool removeContribution(InitiativeId initiative, GoalId goal);
    bool setImpact(const SystemImpact &link, int position = -1);
    bool removeImpact(InitiativeId initiative, SystemId system);
    bool setDependency(const Dependency &link, int position = -1);
    bool removeDependency(InitiativeId predecessor, InitiativeId successor);

    // The reference schedule as an edit (Re-plan now, its undo): announced as a change of kind
    // ReferenceSchedule. False when it is what the plan holds already.
    bool setReference(std::vector<ReferenceStart> reference);
    // The schedule the user now sees becomes the reference, quietly: it is what the plan keeps
    // for saving, not an edit, so nothing is announced and the generation stays (the live
    // schedule calls it each time it publishes).
    void keepReference(std::vector<ReferenceStart> reference);
    // Scenarios with their overrides, and baselines with their rows, are replaced as a whole
    // (they are small); announced as a modification of EntityKind::Scenario or
    // ::Baseline with id 0 (no table model reloads). Ids must be
    // unique across every kind: the next id moves past them.
    void setScenarios(std::vector<Scenario> scenarios, std::vector<ScenarioOverride> overrides);
    void setBaselines(std::vector<Baseline> baselines, std::vector<BaselineEntry> entries);
    // The workshop record, and the dot vote with the efforts set by hand, replaced as a whole in
    // the same way (announced as a modification of EntityKind::Workshop or ::Scoring, id 0).
    void setWorkshops(std::vector<WorkshopSession> workshops, std::vector<WorkshopEntry> entries,
        std::vector<Decision> decisions);
    void setScoring(std::vector<Participant> participants, std::vector<Vote> votes,
        std::vector<EffortEntry> efforts);

signals:
    void changed(const Cairn::PlanChange &change);

private:
    void rebuildIndex();
    qint64 claimId(qint64 requested);
    // The counter past every id in use (in the id block, when there is one).
    void raiseNextId(qint64 atLeast = 0);
    bool idInUse(qint64 id) const;
    void announce(
        EntityKind entity, ChangeType type, qint64 id, qint64 otherId = 0, quint64 fields = 0);
    template<class Vec, class Pred> void removeLinks(Vec &links, EntityKind kind, Pred pred);

    PlanContent m_content;
    qint64 m_blockFirst = 0, m_blockEnd = 0; // the id block; none while m_blockEnd is 0
    quint64 m_generation = 0;
    // id -> index into the matching vector of m_content
    QHash<qint64, int> m_index;
};

} // namespace Cairn
