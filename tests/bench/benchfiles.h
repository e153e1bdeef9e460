#pragma once

#include "core/domain/plan.h"

#include <QStringList>

#include <cstddef>
#include <optional>

namespace Cairn::Bench {

// The rows a plan takes in its file (entities, their lists' entries, links, scenarios and
// baselines), roughly what opening and saving it cost.
size_t fileRows(const PlanContent &plan);

// The plan in `file`, or nothing when it cannot be opened (the reason printed as a table row's
// place would be).
std::optional<PlanContent> loadBenchPlan(const QString &file);

// Opens and saves each plan file `repeats` times (saving to a temporary copy) and prints the
// medians of wall and CPU time per file, then the process's peak memory.
int runFilesBench(const QStringList &files, int repeats);

} // namespace Cairn::Bench
