#pragma once

namespace Cairn::Bench {

// CSV import and export at scale: a generated file of `rows` initiatives is imported into an
// empty plan (time, peak memory), and the plan exported again.
int runInterchangeBench(int rows);

} // namespace Cairn::Bench
