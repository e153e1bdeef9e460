#pragma once

#include "core/domain/plan.h"

namespace Cairn::Bench {

struct GenerateOptions {
    int initiatives = 200;
    int systems = -1; // default: initiatives / 3
    quint64 seed = 1;
    int horizon = 16;
    // Classic: the plans above. Long: the shape of the held-out roadmaps the value mode is
    // measured on (issue 20): 24-31 quarters (the horizon drawn from the seed, `horizon` is
    // ignored), a budget in k€ growing ~6 % a year and two FTE teams, each at ~85 % load, ~20 %
    // of the initiatives with an end of support (met by some schedule), a few pins, ~15 % with
    // a release, FS and SS links with lags 0-1, value 1-100 at full confidence.
    enum class Shape { Classic, Long };
    Shape shape = Shape::Classic;
};

// A seeded, roadmap-shaped synthetic plan: goals, systems with end-of-support dates spread
// around the horizon, initiatives of every kind with chains, diamonds and start-to-start
// links, a few pins, and capacities sized so that they bind.
PlanContent generateRoadmap(const GenerateOptions &options);

} // namespace Cairn::Bench
