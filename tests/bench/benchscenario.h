#pragma once

namespace Cairn::Bench {

// Scenarios at the sizes: the first answer for a scenario of a 200-initiative plan
// against the base's, comparing three scenarios, and opening and saving a plan with 20 scenarios
// against the same plan without them. Prints tables of medians.
int runScenarioBench(int repeats);

} // namespace Cairn::Bench
