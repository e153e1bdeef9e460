#pragma once

#include "core/domain/plan.h"

namespace Cairn::Bench {

struct GenerateOptions {
    int initiatives = 200;
    int systems = -1; // default: initiatives / 3
    quint64 seed = 1;
    int horizon = 16;
};

// A seeded, roadmap-shaped synthetic plan: goals, systems with end-of-support dates spread
// around the horizon, initiatives of every kind with chains, diamonds and start-to-start
// links, a few pins, and capacities sized so that they bind.
PlanContent generateRoadmap(const GenerateOptions &options);

} // namespace Cairn::Bench
