#pragma once

#include "core/domain/plan.h"

#include <vector>

namespace Cairn {

class EditFacade;

// How an initiative scores in a workshop: against the plan's goals and by the effort it takes.
struct InitiativeScore {
    InitiativeId id;
    // Σ contribution strength (1–5) × goal weight (1–5) over the goals it serves, as a share of
    // the best-scoring initiative's sum: 0–100. 0 for an initiative that serves no goal.
    int goalScore = 0;
    int goalPoints = 0; // the sum itself
    // Effort, 0–100: half its one-off cost against the costliest, half its FTE-quarters (team
    // and partner demand × duration) against the largest; or the effort set by hand in the
    // matrix (PlanContent::efforts), which replaces it.
    int effort = 0;
    bool effortSet = false; // set by hand
    qint64 cost = 0; // minor units
    qint64 fteQuarters = 0; // hundredths of an FTE × quarters
};

// Every initiative not dropped or done, in plan order.
std::vector<InitiativeScore> scoreInitiatives(const PlanContent &plan);

// Sets the value of each listed initiative (id, value 0–100) as one undo step named `text`;
// values already equal are left alone. Returns how many changed.
int setValues(
    EditFacade &edit, const std::vector<std::pair<InitiativeId, int>> &values, const QString &text);

// Sets an initiative's effort by hand (0–100), or takes it back to the one from cost and FTE
// (none), as one undo step named `text`; false when nothing changed.
bool setEffort(
    EditFacade &edit, InitiativeId initiative, std::optional<int> effort, const QString &text);

} // namespace Cairn
