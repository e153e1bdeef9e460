#pragma once

#include "core/domain/plan.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace Cairn {

enum class GraphNodeKind { Goal, Initiative, System };

enum class GraphEdgeKind {
    Contribution, // initiative -> goal it supports
    GoalParent, // sub-goal -> the goal it is part of
    Dependency, // predecessor -> successor (finish-to-start or start-to-start, with a lag)
    Impact, // initiative -> system it upgrades, replaces, retires or introduces
    SystemDependency, // system -> the system it runs on
};

struct GraphNode {
    GraphNodeKind kind = GraphNodeKind::Initiative;
    qint64 id = 0; // the plan's id (ids are unique across entity kinds)
};

// An edge points the way its link reads ("supports", "part of", "comes before", "affects",
// "runs on").
struct GraphEdge {
    GraphEdgeKind kind = GraphEdgeKind::Dependency;
    int from = 0; // node indices
    int to = 0;
    int strength = 0; // Contribution: 1..5
    DependencyType dependency = DependencyType::FinishToStart; // Dependency
    int lag = 0; // Dependency, quarters
    SystemEffect effect = SystemEffect::Upgrades; // Impact

    // In the layered view goals stand on the left, initiatives in the middle, systems on the
    // right: an edge is laid out from its left end to its right end.
    int left() const { return flowsBackward() ? to : from; }
    int right() const { return flowsBackward() ? from : to; }
    bool flowsBackward() const
    {
        return kind == GraphEdgeKind::Contribution || kind == GraphEdgeKind::GoalParent;
    }
};

// Which part of the graph to show. Empty sets mean "no restriction".
struct GraphFilter {
    QSet<qint64> goals; // these goals, their sub-goals, and the initiatives that serve them
    QSet<qint64> systems; // these systems, those that run on them, and the initiatives on them
    QSet<InitiativeKind> kinds; // initiatives of these kinds
    QSet<QString> tags; // initiatives and systems that carry one of these tags (case ignored)
    bool showClosed = true; // initiatives that are done or dropped
    std::optional<qint64> focus; // a node and its neighbourhood ...
    int depth = 2; // ... up to this many links away

    bool operator==(const GraphFilter &) const = default;
};

// The part of the graph a filter selects: node and edge indices, in the graph's order.
struct GraphSelection {
    QList<int> nodes;
    QList<int> edges;

    bool contains(int node) const { return nodes.contains(node); }
};

// Goals, initiatives and systems of a plan as one graph (QtCore only; the layout and drawing
// live in the app). Nodes come in plan order: goals, then initiatives, then systems.
class PlanGraph {
public:
    PlanGraph() = default;
    explicit PlanGraph(const PlanContent &plan);

    const std::vector<GraphNode> &nodes() const { return m_nodes; }
    const std::vector<GraphEdge> &edges() const { return m_edges; }
    int indexOf(qint64 id) const { return m_index.value(id, -1); }
    const GraphNode *node(qint64 id) const;
    // Edge indices that touch a node, in edge order.
    const QList<int> &incident(int node) const { return m_incident[size_t(node)]; }
    int otherEnd(int edge, int node) const;

    // The nodes at most `depth` links away from `node`, links read both ways, inside
    // `within` (every node when null); `node` itself included. In graph order.
    QList<int> neighbourhood(int node, int depth, const QSet<int> *within = nullptr) const;

    // What a filter selects. Without goals, systems, kinds or tags: every goal and system and the
    // initiatives that pass (closed ones may be left out). With them: the initiatives that pass,
    // the filter's own goals and systems (with sub-goals and what runs on them), the systems
    // with one of its tags, and the goals (with the goals above them) and systems the
    // initiatives link to. A focus then keeps the
    // neighbourhood of its node (when the node is selected at all; otherwise nothing).
    GraphSelection select(const GraphFilter &filter) const;

private:
    void addEdge(GraphEdge edge);
    QSet<int> goalFamily(const QSet<qint64> &goals) const;
    QSet<int> systemFamily(const QSet<qint64> &systems) const;
    bool tagged(int node, const QSet<QString> &tags) const;

    std::vector<GraphNode> m_nodes;
    std::vector<GraphEdge> m_edges;
    std::vector<QList<int>> m_incident;
    std::vector<InitiativeKind> m_kinds; // per node (initiatives only)
    std::vector<bool> m_closed; // per node: a done or dropped initiative
    std::vector<QStringList> m_tags; // per node, lower case (initiatives and systems)
    QHash<qint64, int> m_index;
};

} // namespace Cairn
