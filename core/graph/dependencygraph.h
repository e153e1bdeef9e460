#pragma once

#include <QHash>
#include <QList>
#include <QtGlobal>

#include <memory>
#include <optional>

namespace Cairn {

// A directed graph over ids (initiatives, systems or goals), kept as a Boost.Graph inside the
// .cpp. An edge a -> b means "b depends on a" (a comes first). Edges carry a lag, used by the
// critical-path computation: b may start lag periods after a finishes.
class DependencyGraph {
public:
    DependencyGraph();
    ~DependencyGraph();
    DependencyGraph(const DependencyGraph &other);
    DependencyGraph &operator=(const DependencyGraph &other);
    DependencyGraph(DependencyGraph &&) noexcept;
    DependencyGraph &operator=(DependencyGraph &&) noexcept;

    void addNode(qint64 id); // no-op when present
    void addEdge(qint64 from, qint64 to, int lag = 0); // adds missing nodes
    bool removeEdge(qint64 from, qint64 to);

    int nodeCount() const;
    int edgeCount() const;
    bool contains(qint64 id) const;
    QList<qint64> nodes() const; // in insertion order

    // A topological order (stable: among ready nodes, insertion order), or nothing when the
    // graph has a cycle.
    std::optional<QList<qint64>> topologicalOrder() const;

    // One cycle's members in order (each depends on the one before it; the last leads back
    // to the first), or an empty list. Deterministic for a given insertion order.
    QList<qint64> findCycle() const;
    // Every strongly connected group of size > 1 (or a self loop), each as one of its cycles.
    QList<QList<qint64>> findCycles() const;
    // The same groups with all their members: one cycle in order (as findCycles gives it) and
    // the group's other members, which lie on further cycles through the same nodes (insertion
    // order). Nothing in a group can come first.
    struct CycleGroup {
        QList<qint64> cycle;
        QList<qint64> others;
    };
    QList<CycleGroup> findCycleGroups() const;

    // Would adding from -> to close a cycle? If so, the cycle it would close, in order, starting
    // at from: [from, to, ..., from's predecessor on the path]. Empty when the edge is safe.
    QList<qint64> cycleIfAdded(qint64 from, qint64 to) const;

    // Everything that (transitively) must come before id / depends on id. Excludes id itself.
    QList<qint64> upstream(qint64 id) const;
    QList<qint64> downstream(qint64 id) const;

    // Longest-path figures for durations per node (missing = 0), honouring edge lags.
    // earliestStart[i]: the earliest start when every chain before it runs back to back.
    // tail[i]: the length of the longest chain from the start of i to the end of everything.
    // Empty when the graph has a cycle.
    struct CriticalPath {
        QHash<qint64, int> earliestStart;
        QHash<qint64, int> tail;
        int length = 0; // the critical-path length (max earliestStart + duration)
        QList<qint64> chain; // one critical chain, first to last
    };
    std::optional<CriticalPath> criticalPath(const QHash<qint64, int> &durations) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Cairn
