#pragma once

#include <QString>

namespace Cairn::Bench {

// Scenarios at the sizes: the first answer for a scenario of a 200-initiative plan
// against the base's, comparing three scenarios, and opening and saving a plan with 20 scenarios
// against the same plan without them. Prints tables of medians.
// `keepIn`: a folder the plan files are written to and left in (for a profiler); empty: a
// temporary one.
int runScenarioBench(int repeats, const QString &keepIn);

} // namespace Cairn::Bench
