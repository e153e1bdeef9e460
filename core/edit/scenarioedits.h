#pragma once

#include "core/edit/editfacade.h"

#include <optional>

namespace Cairn {

struct PlanSchedule;

// Scenario and baseline edits, each one undo step through the edit facade. While a scenario is
// shown, edits of entities go through update(): they become overrides of that scenario and never
// change the base.
class ScenarioEdits {
public:
    explicit ScenarioEdits(EditFacade &edit)
        : m_edit(edit)
    {
    }

    // A new scenario (a copy of `from`'s overrides when given); nothing when the name is refused.
    std::optional<ScenarioId> create(
        const QString &name, std::optional<ScenarioId> from = {}, EditResult *result = nullptr);
    EditResult rename(ScenarioId id, const QString &name);
    void remove(ScenarioId id);
    // The scenario becomes the base (see adoptScenario).
    EditResult adopt(ScenarioId id);

    // Adds or replaces an override (checked against the base first).
    EditResult setOverride(const ScenarioOverride &o);
    void removeOverride(const ScenarioOverride &o);
    // An edit of an entity: of the base when `scenario` is none, else recorded as overrides.
    EditResult update(std::optional<ScenarioId> scenario, const EntityValue &after);

    // Freezes `schedule` (of `content`: the base or a scenario's plan) as a new baseline.
    std::optional<BaselineId> freeze(const QString &name, const PlanContent &content,
        const PlanSchedule &schedule, const QString &scenario, EditResult *result = nullptr);
    void removeBaseline(BaselineId id);

private:
    void commit(const PlanContent &after, const QString &text);
    EditFacade &m_edit;
};

} // namespace Cairn
