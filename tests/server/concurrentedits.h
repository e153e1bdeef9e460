#pragma once

#include "core/store/serverstore.h"

#include <QList>

namespace Cairn::Test {

// Clients editing the same initiatives of one plan on a server at once, each in a thread of its
// own with its own connection, as people at several machines would: a share of the edits set
// one field all clients set (same-field collisions), the rest a field of the client's own.
struct ConcurrentEditOptions {
    int clients = 2;
    int editsPerSecond = 20; // per client
    double seconds = 5;
    int initiatives = 10; // the shared ones edited
    double sharedFieldShare = 0.3; // edits of the field every client edits
    quint64 seed = 1;
};

struct ConcurrentEditResult {
    int attempted = 0; // edits made (each one commit, retried once after a merge)
    int accepted = 0; // commits written
    int rejected = 0; // commits refused
    int conflicts = 0; // of those, refused with conflicts
    int sameField = 0; // conflicts on a field this client changed too (theirs taken)
    int otherField = 0; // conflicts on other fields of the row (merged and sent again)
    int errors = 0; // refused without a conflict (must stay 0)
    int lostUpdates = 0; // fields where the server differs from the accepted edits replayed
    bool revisionsInOrder = false; // accepted steps got revisions base+1 .. base+accepted
    QList<double> commitMs; // every commit's time, accepted or not
    QString failure; // set up or reading back failed
};

// Runs the clients against the plan `plan` (published from `content`, whose first `initiatives`
// initiatives are edited) and checks the outcome: the server's state must equal the accepted
// edits replayed in revision order.
ConcurrentEditResult runConcurrentEdits(const QList<ServerAddress> &clients,
    const ServerAddress &reader, const PlanContent &content, const ConcurrentEditOptions &options);

double median(QList<double> values);
double percentile(QList<double> values, double p);

} // namespace Cairn::Test
