#pragma once

#include "core/edit/planchanges.h"
#include "core/store/planrows.h"

#include <vector>

namespace Cairn {

// The parts of a plan that a step changes whole (small, kept whole when changed; see
// PlanChanges): the reference schedule; the scenarios with their overrides and the baselines with
// their rows; the workshop record (workshops, their rows, decisions) and the dot vote
// (participants, votes, efforts set by hand). A plan server writes and versions each as one.
enum class PlanPart { Reference, Scenarios, Workshop };
inline constexpr PlanPart kPlanParts[]
    = {PlanPart::Reference, PlanPart::Scenarios, PlanPart::Workshop};

// The parts a step changes, in kPlanParts' order.
std::vector<PlanPart> partsOf(const PlanChanges &changes);
// Makes `into`'s part what `from` has.
void copyPart(PlanContent &into, const PlanContent &from, PlanPart part);
// A part's rows deleted and written anew as `plan` has them; read into `plan` (replacing what it
// had of that part). False with rows.error() on an error.
bool writePart(PlanRows &rows, PlanPart part, const PlanContent &plan);
bool readPart(PlanRows &rows, PlanPart part, PlanContent &plan);

} // namespace Cairn
