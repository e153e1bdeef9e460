#pragma once

#include "tests/server/testserver.h"

namespace Cairn::Bench {

// The two targets of a plan on a server that are about its size and its absence (issue 22):
// - a plan of `initiatives` initiatives opens from the server in <= 1.5 s: the plan read on a new
//   connection (ServerStore::load) and the plan in a window (ServerDocument::open to opened),
//   each `runs` times, beside the same plan read from a file;
// - an unreachable server never freezes the window for more than 100 ms: the longest time the
//   window's event loop did not run (a timer ticking every 2 ms) while a window opens, is edited
//   and is closed with the server stopped (refusing connections) and frozen (SIGSTOP: it takes
//   connections and never answers, as a server behind a dead link), and after it is back, that
//   the window's steps are all on the server.
struct TargetOptions {
    int initiatives = 2000;
    int runs = 5;
    int edits = 20; // edits made while the server is away
    // Runs "sh pgserver.sh ACTION RECORD" (pause, resume, freeze, thaw); empty: no absences.
    QString control;
};

// Prints the tables; 0 when both targets are met and nothing was lost.
int runServerTargets(const Test::TestServer &server, const TargetOptions &options);

} // namespace Cairn::Bench
