#pragma once

#include "core/domain/entities.h"

#include <QObject>

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
};

enum class ChangeType { Added, Modified, Removed, Reset };

// What changed: which entity, which id (0 for the plan itself and for links, whose ids are
// given as a pair), and for a modification which fields (a bit per field, see *Field enums).
struct PlanChange {
    EntityKind entity = EntityKind::Plan;
    ChangeType type = ChangeType::Modified;
    qint64 id = 0;
    qint64 otherId = 0; // for links: the second end (goal, system, successor)
    quint64 fields = 0;

    bool operator==(const PlanChange &) const = default;
};

// Field bits for PlanChange::fields.
namespace InitiativeField {
enum : quint64 {
    Name = 1 << 0,
    Description = 1 << 1,
    Kind = 1 << 2,
    Status = 1 << 3,
    Duration = 1 << 4,
    Cost = 1 << 5,
    Demand = 1 << 6,
    EarliestStart = 1 << 7,
    Deadline = 1 << 8,
    Pin = 1 << 9,
    Value = 1 << 10,
    Confidence = 1 << 11,
    Risk = 1 << 12,
};
}
namespace GoalField {
enum : quint64 {
    Name = 1 << 0,
    Description = 1 << 1,
    Weight = 1 << 2,
    Owner = 1 << 3,
    TargetQuarter = 1 << 4,
    Kpi = 1 << 5,
    Parent = 1 << 6,
};
}
namespace SystemField {
enum : quint64 {
    Name = 1 << 0,
    Category = 1 << 1,
    Vendor = 1 << 2,
    Owner = 1 << 3,
    Criticality = 1 << 4,
    Condition = 1 << 5,
    AnnualRunCost = 1 << 6,
    Lifecycle = 1 << 7,
    Disposition = 1 << 8,
    EndOfSupport = 1 << 9,
    DependsOn = 1 << 10,
};
}
namespace ResourceField {
enum : quint64 {
    Name = 1 << 0,
    Kind = 1 << 1,
    DefaultCapacity = 1 << 2,
    Capacities = 1 << 3,
    Notes = 1 << 4,
};
}
namespace MilestoneField {
enum : quint64 { Name = 1 << 0, Quarter = 1 << 1, Description = 1 << 2 };
}
namespace PlanField {
enum : quint64 {
    Name = 1 << 0,
    Organisation = 1 << 1,
    Author = 1 << 2,
    Currency = 1 << 3,
    FiscalYearStartMonth = 1 << 4,
    FirstQuarter = 1 << 5,
    Horizon = 1 << 6,
    Notes = 1 << 7,
};
}

quint64 changedFields(const Initiative &a, const Initiative &b);
quint64 changedFields(const Goal &a, const Goal &b);
quint64 changedFields(const System &a, const System &b);
quint64 changedFields(const Resource &a, const Resource &b);
quint64 changedFields(const Milestone &a, const Milestone &b);
quint64 changedFields(const PlanInfo &a, const PlanInfo &b);

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
    qint64 nextId = 1; // ids are unique across all entity kinds and never reused

    bool operator==(const PlanContent &) const = default;

    const Goal *goal(GoalId id) const;
    const System *system(SystemId id) const;
    const Resource *resource(ResourceId id) const;
    const Initiative *initiative(InitiativeId id) const;
    const Milestone *milestone(MilestoneId id) const;
    // The largest id of any entity (0 for an empty plan).
    qint64 maxId() const;
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

    const Goal *goal(GoalId id) const;
    const System *system(SystemId id) const;
    const Resource *resource(ResourceId id) const;
    const Initiative *initiative(InitiativeId id) const;
    const Milestone *milestone(MilestoneId id) const;

    // add*: an entity with an unset id gets a new one; one with an id not in use keeps it (undo
    // of a removal restores the same id). Returns the id, or an invalid id if it is in use.
    GoalId addGoal(Goal goal);
    SystemId addSystem(System system);
    ResourceId addResource(Resource resource);
    InitiativeId addInitiative(Initiative initiative);
    MilestoneId addMilestone(Milestone milestone);

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

    // Links: set* adds or replaces (a pair has at most one link); remove* is false if absent.
    // Links to entities that do not exist are refused (false).
    bool setContribution(const GoalContribution &link);
    bool removeContribution(InitiativeId initiative, GoalId goal);
    bool setImpact(const SystemImpact &link);
    bool removeImpact(InitiativeId initiative, SystemId system);
    bool setDependency(const Dependency &link);
    bool removeDependency(InitiativeId predecessor, InitiativeId successor);

signals:
    void changed(const Cairn::PlanChange &change);

private:
    void rebuildIndex();
    qint64 claimId(qint64 requested);
    bool idInUse(qint64 id) const;
    void announce(
        EntityKind entity, ChangeType type, qint64 id, qint64 otherId = 0, quint64 fields = 0);
    template<class Vec, class Pred> void removeLinks(Vec &links, EntityKind kind, Pred pred);

    PlanContent m_content;
    // id -> index into the matching vector of m_content
    QHash<qint64, int> m_index;
};

} // namespace Cairn
