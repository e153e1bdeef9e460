#pragma once

#include "core/domain/plan.h"

#include <optional>

namespace Cairn {

// Scenarios as a plan holds them, changed on plain content (the command line saves the result;
// the editor wraps each call into one undo step, see core/edit/scenarioedits.h).

// Why `name` cannot name a scenario (empty, or taken by another one than `except`), translated;
// empty when it can.
QString scenarioNameProblem(
    const PlanContent &plan, const QString &name, std::optional<ScenarioId> except = {});
QString baselineNameProblem(const PlanContent &plan, const QString &name);

// A new scenario with the plan's next id; with `from`, a copy of that scenario's overrides.
ScenarioId addScenario(PlanContent &plan, const QString &name, const QString &description = {},
    std::optional<ScenarioId> from = {});
void renameScenario(PlanContent &plan, ScenarioId id, const QString &name);
// Removes the scenario with its overrides.
void removeScenario(PlanContent &plan, ScenarioId id);

// Makes the scenario the base: the base becomes the scenario's plan, the scenario and its
// overrides go, other scenarios and baselines stay. Refused (with the reasons, nothing changed)
// when an override of it does not apply.
QString adoptScenario(PlanContent &plan, ScenarioId id);

// Records an edit of an entity made while a scenario is shown: each field of `after` that
// differs from the scenario's plan becomes an override of that field (one that sets the base's
// own value again is removed). The base is not changed. Returns the fields recorded.
template<class T> int recordEdit(PlanContent &plan, ScenarioId scenario, const T &after);

} // namespace Cairn
