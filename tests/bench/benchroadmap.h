#pragma once

#include "core/domain/plan.h"

#include <QStringList>

namespace Cairn::Bench {

struct RoadmapBenchOptions {
    QStringList files;
    int budgetMs = 1000;
    int repeats = 5;
};

int runRoadmapBench(const RoadmapBenchOptions &options);

} // namespace Cairn::Bench
