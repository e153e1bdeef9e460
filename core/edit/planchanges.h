#pragma once

#include "core/edit/entityvalue.h"

#include <variant>

namespace Cairn {

using LinkValue = std::variant<GoalContribution, SystemImpact, Dependency>;

// What one edit changed in a plan, and no more: the entities and links it added, removed or
// changed (each with where it stood before and stands after), and the settings. Enough to apply
// the edit again and to take it back exactly, without keeping whole copies of the plan.
class PlanChanges {
public:
    struct EntityChange {
        std::optional<EntityValue> before, after;
        int positionBefore = -1, positionAfter = -1;
    };
    struct LinkChange {
        std::optional<LinkValue> before, after;
        int positionBefore = -1, positionAfter = -1;
    };

    // What turns `before` into `after` (entities are matched by id, links by their two ends).
    static PlanChanges between(const PlanContent &before, const PlanContent &after);
    // One link set (added or changed) or removed, as the plan is now.
    static PlanChanges forLink(const Plan &plan, const LinkValue &link, bool remove);
    // The plan's reference schedule made `reference` (Re-plan now).
    static PlanChanges forReference(const Plan &plan, std::vector<ReferenceStart> reference);

    void apply(Plan &plan) const { run(plan, true); } // before -> after
    void revert(Plan &plan) const { run(plan, false); } // after -> before

    bool isEmpty() const
    {
        return !m_info && m_entities.empty() && m_links.empty() && !m_reference && !m_scenarios
            && !m_baselines && !m_workshops && !m_votes;
    }
    int added() const; // entities
    int removed() const; // entities
    int updated() const; // entities
    int links() const; // links added, changed or removed

    // What the step holds, for a store that writes only what changed (a plan server).
    const std::optional<std::pair<PlanInfo, PlanInfo>> &infoChange() const { return m_info; }
    const std::vector<EntityChange> &entityChanges() const { return m_entities; }
    const std::vector<LinkChange> &linkChanges() const { return m_links; }
    qint64 nextIdAfter() const { return m_nextIdAfter; } // 0: unknown
    bool changesReference() const { return m_reference.has_value(); }
    bool changesScenarios() const { return m_scenarios.has_value() || m_baselines.has_value(); }
    // The workshop record, the dot vote or the efforts set by hand.
    bool changesWorkshop() const { return m_workshops.has_value() || m_votes.has_value(); }

private:
    template<class T> void diffEntities(const std::vector<T> &before, const std::vector<T> &after);
    template<class L, class Key>
    void diffLinks(const std::vector<L> &before, const std::vector<L> &after, Key key);
    void run(Plan &plan, bool forward) const;

    std::optional<std::pair<PlanInfo, PlanInfo>> m_info;
    std::optional<std::pair<std::vector<ReferenceStart>, std::vector<ReferenceStart>>> m_reference;
    // Scenarios with their overrides, baselines with their rows: small, kept whole when changed.
    struct Scenarios {
        std::vector<Scenario> scenarios;
        std::vector<ScenarioOverride> overrides;
    };
    struct Baselines {
        std::vector<Baseline> baselines;
        std::vector<BaselineEntry> entries;
    };
    std::optional<std::pair<Scenarios, Scenarios>> m_scenarios;
    std::optional<std::pair<Baselines, Baselines>> m_baselines;
    // The workshop record and the dot vote: small too, kept whole when changed.
    struct Workshops {
        std::vector<WorkshopSession> workshops;
        std::vector<WorkshopEntry> entries;
        std::vector<Decision> decisions;
    };
    struct Votes {
        std::vector<Participant> participants;
        std::vector<Vote> votes;
        std::vector<EffortEntry> efforts;
    };
    std::optional<std::pair<Workshops, Workshops>> m_workshops;
    std::optional<std::pair<Votes, Votes>> m_votes;
    std::vector<EntityChange> m_entities;
    std::vector<LinkChange> m_links;
    qint64 m_nextIdBefore = 0, m_nextIdAfter = 0; // 0: unknown, left as it is
};

// Where a link stands in its list (-1 when the plan has no link between its two ends).
int positionOf(const Plan &plan, const LinkValue &link);
// The link as the plan has it now with the fields that differ between `from` and `to` set as `to`
// has them (`to` itself when the plan has no link between its two ends).
LinkValue changedLink(const Plan &plan, const LinkValue &from, const LinkValue &to);

} // namespace Cairn
