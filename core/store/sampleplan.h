#pragma once

#include "core/domain/plan.h"

namespace Cairn {

// The bundled sample plan (Brightwater Outdoor, a 60-person retailer, 2027 Q1 + 12 quarters),
// built into the library from resources/sample/brightwater.json.
PlanContent samplePlan();

} // namespace Cairn
