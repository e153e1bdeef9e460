#pragma once

#include "tests/server/testserver.h"

namespace Cairn::Bench {

// Two windows on one plan (two ServerDocuments with the product's timings, in one process so
// that their clocks are one): how long an edit takes to be acknowledged and to reach the other
// window; how soon a killed listener and a restarted server are noticed and how soon the other
// window is in step again (nothing missed); how long 100 edits made while the server was away
// take to be written once it is back (nothing lost).
struct LatencyOptions {
    int edits = 200; // edits for the refresh and acknowledgement times
    int kills = 5; // listener connections killed
    int restarts = 3; // server restarts
    int offline = 100; // edits made while the server is away
    // Runs "sh pgserver.sh ACTION RECORD" (restart, pause, resume); empty: no restarts, no
    // offline edits.
    QString control;
};

// Prints the tables; 0 when nothing was missed or lost.
int runServerLatency(const Test::TestServer &server, const LatencyOptions &options);

} // namespace Cairn::Bench
