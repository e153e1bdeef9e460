#include "core/graph/dependencygraph.h"

#include <QHash>
#include <queue>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>

#include <algorithm>
#include <deque>

namespace Cairn {

namespace {
struct EdgeProps {
    int lag = 0;
};
// vecS vertices: indices are stable because nodes are never removed.
using Graph
    = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, qint64, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

// Records the tree parent of every vertex and the first back edge DFS meets.
struct CycleVisitor : boost::default_dfs_visitor {
    std::vector<Vertex> *parent;
    std::optional<std::pair<Vertex, Vertex>> *backEdge;

    void tree_edge(boost::graph_traits<Graph>::edge_descriptor e, const Graph &g)
    {
        (*parent)[boost::target(e, g)] = boost::source(e, g);
    }
    void back_edge(boost::graph_traits<Graph>::edge_descriptor e, const Graph &g)
    {
        if (!*backEdge)
            *backEdge = std::make_pair(boost::source(e, g), boost::target(e, g));
    }
};
} // namespace

struct DependencyGraph::Impl {
    Graph graph;
    QHash<qint64, Vertex> vertexOf;

    Vertex vertex(qint64 id)
    {
        if (auto it = vertexOf.constFind(id); it != vertexOf.cend())
            return *it;
        const Vertex v = boost::add_vertex(id, graph);
        vertexOf.insert(id, v);
        return v;
    }

    QList<qint64> reach(qint64 id, bool forward) const
    {
        QList<qint64> result;
        const auto it = vertexOf.constFind(id);
        if (it == vertexOf.cend())
            return result;
        std::vector<char> seen(boost::num_vertices(graph), 0);
        std::deque<Vertex> queue {*it};
        seen[*it] = 1;
        while (!queue.empty()) {
            const Vertex v = queue.front();
            queue.pop_front();
            auto visit = [&](Vertex w) {
                if (!seen[w]) {
                    seen[w] = 1;
                    result.append(graph[w]);
                    queue.push_back(w);
                }
            };
            if (forward) {
                for (auto [e, end] = boost::out_edges(v, graph); e != end; ++e)
                    visit(boost::target(*e, graph));
            } else {
                for (auto [e, end] = boost::in_edges(v, graph); e != end; ++e)
                    visit(boost::source(*e, graph));
            }
        }
        return result;
    }
};

DependencyGraph::DependencyGraph()
    : d(std::make_unique<Impl>())
{
}
DependencyGraph::~DependencyGraph() = default;
DependencyGraph::DependencyGraph(const DependencyGraph &other)
    : d(std::make_unique<Impl>(*other.d))
{
}
DependencyGraph &DependencyGraph::operator=(const DependencyGraph &other)
{
    if (this != &other)
        d = std::make_unique<Impl>(*other.d);
    return *this;
}
DependencyGraph::DependencyGraph(DependencyGraph &&) noexcept = default;
DependencyGraph &DependencyGraph::operator=(DependencyGraph &&) noexcept = default;

void DependencyGraph::addNode(qint64 id)
{
    d->vertex(id);
}

void DependencyGraph::addEdge(qint64 from, qint64 to, int lag)
{
    const Vertex a = d->vertex(from);
    const Vertex b = d->vertex(to);
    boost::add_edge(a, b, EdgeProps {lag}, d->graph);
}

bool DependencyGraph::removeEdge(qint64 from, qint64 to)
{
    if (!contains(from) || !contains(to))
        return false;
    const Vertex a = d->vertexOf.value(from);
    const Vertex b = d->vertexOf.value(to);
    if (!boost::edge(a, b, d->graph).second)
        return false;
    boost::remove_edge(a, b, d->graph);
    return true;
}

int DependencyGraph::nodeCount() const
{
    return int(boost::num_vertices(d->graph));
}
int DependencyGraph::edgeCount() const
{
    return int(boost::num_edges(d->graph));
}
bool DependencyGraph::contains(qint64 id) const
{
    return d->vertexOf.contains(id);
}

QList<qint64> DependencyGraph::nodes() const
{
    QList<qint64> result;
    result.reserve(nodeCount());
    for (auto [v, end] = boost::vertices(d->graph); v != end; ++v)
        result.append(d->graph[*v]);
    return result;
}

std::optional<QList<qint64>> DependencyGraph::topologicalOrder() const
{
    // Kahn's algorithm with a min-heap on vertex index: the order is stable (ready nodes come
    // in insertion order), which boost::topological_sort does not promise.
    const Graph &g = d->graph;
    const size_t n = boost::num_vertices(g);
    std::vector<size_t> indegree(n, 0);
    for (auto [e, end] = boost::edges(g); e != end; ++e)
        ++indegree[boost::target(*e, g)];
    std::priority_queue<Vertex, std::vector<Vertex>, std::greater<>> ready;
    for (Vertex v = 0; v < n; ++v)
        if (indegree[v] == 0)
            ready.push(v);
    QList<qint64> order;
    order.reserve(qsizetype(n));
    while (!ready.empty()) {
        const Vertex v = ready.top();
        ready.pop();
        order.append(g[v]);
        for (auto [e, end] = boost::out_edges(v, g); e != end; ++e)
            if (--indegree[boost::target(*e, g)] == 0)
                ready.push(boost::target(*e, g));
    }
    if (size_t(order.size()) != n)
        return std::nullopt;
    return order;
}

QList<qint64> DependencyGraph::findCycle() const
{
    const Graph &g = d->graph;
    const size_t n = boost::num_vertices(g);
    std::vector<Vertex> parent(n);
    for (Vertex v = 0; v < n; ++v)
        parent[v] = v;
    std::optional<std::pair<Vertex, Vertex>> backEdge;
    CycleVisitor visitor;
    visitor.parent = &parent;
    visitor.backEdge = &backEdge;
    std::vector<boost::default_color_type> colors(n);
    boost::depth_first_search(g,
        boost::visitor(visitor).color_map(
            boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g))));
    if (!backEdge)
        return {};
    // back edge u -> v: v is an ancestor of u; walk the tree from u up to v.
    const auto [u, v] = *backEdge;
    QList<qint64> cycle;
    for (Vertex w = u; w != v; w = parent[w])
        cycle.prepend(g[w]);
    cycle.prepend(g[v]);
    return cycle;
}

QList<DependencyGraph::CycleGroup> DependencyGraph::findCycleGroups() const
{
    const Graph &g = d->graph;
    const size_t n = boost::num_vertices(g);
    std::vector<int> component(n);
    const int count = n ? boost::strong_components(g,
                          boost::make_iterator_property_map(
                              component.begin(), boost::get(boost::vertex_index, g)))
                        : 0;
    // Members by component in one pass (not one scan of every node per component).
    std::vector<std::vector<Vertex>> byComponent(static_cast<size_t>(count));
    for (Vertex v = 0; v < n; ++v)
        byComponent[size_t(component[v])].push_back(v);
    QList<CycleGroup> result;
    std::vector<char> onCycle(n, 0);
    std::vector<Vertex> parent(n, n); // BFS parents; only a component's own members are set
    for (int c = 0; c < count; ++c) {
        const std::vector<Vertex> &members = byComponent[size_t(c)];
        if (members.empty())
            continue;
        if (members.size() == 1 && !boost::edge(members[0], members[0], g).second)
            continue;
        // Walk a cycle inside the component: BFS from the first member back to itself.
        const Vertex start = members.front();
        std::deque<Vertex> queue {start};
        std::optional<Vertex> closing;
        while (!queue.empty() && !closing) {
            const Vertex x = queue.front();
            queue.pop_front();
            for (auto [e, end] = boost::out_edges(x, g); e != end; ++e) {
                const Vertex y = boost::target(*e, g);
                if (component[y] != c)
                    continue;
                if (y == start) {
                    closing = x;
                    break;
                }
                if (parent[y] == n) {
                    parent[y] = x;
                    queue.push_back(y);
                }
            }
        }
        QList<qint64> cycle;
        for (Vertex w = *closing; w != start; w = parent[w])
            cycle.prepend(g[w]);
        cycle.prepend(g[start]);
        CycleGroup group {cycle, {}};
        onCycle[start] = 1;
        for (Vertex w = *closing; w != start; w = parent[w])
            onCycle[w] = 1;
        for (Vertex v : members)
            if (!onCycle[v])
                group.others.append(g[v]);
        for (Vertex v : members)
            parent[v] = n;
        result.append(group);
    }
    std::sort(result.begin(), result.end(), [this](const CycleGroup &a, const CycleGroup &b) {
        return d->vertexOf.value(a.cycle.first()) < d->vertexOf.value(b.cycle.first());
    });
    return result;
}

QList<QList<qint64>> DependencyGraph::findCycles() const
{
    QList<QList<qint64>> cycles;
    for (const CycleGroup &group : findCycleGroups())
        cycles.append(group.cycle);
    return cycles;
}

QList<qint64> DependencyGraph::cycleIfAdded(qint64 from, qint64 to) const
{
    if (from == to)
        return {from};
    if (!contains(from) || !contains(to))
        return {};
    // A cycle closes when from is reachable from to: find the path to -> ... -> from.
    const Graph &g = d->graph;
    const size_t n = boost::num_vertices(g);
    const Vertex a = d->vertexOf.value(to);
    const Vertex target = d->vertexOf.value(from);
    std::vector<Vertex> parent(n, n);
    parent[a] = a;
    std::deque<Vertex> queue {a};
    while (!queue.empty()) {
        const Vertex x = queue.front();
        queue.pop_front();
        if (x == target)
            break;
        for (auto [e, end] = boost::out_edges(x, g); e != end; ++e) {
            const Vertex y = boost::target(*e, g);
            if (parent[y] == n) {
                parent[y] = x;
                queue.push_back(y);
            }
        }
    }
    if (parent[target] == n)
        return {};
    QList<qint64> path; // to ... from
    for (Vertex w = target; w != a; w = parent[w])
        path.prepend(g[w]);
    path.prepend(g[a]);
    // Present it starting at from: from -> to -> ... -> (back to from)
    path.removeLast();
    path.prepend(from);
    return path;
}

QList<qint64> DependencyGraph::upstream(qint64 id) const
{
    return d->reach(id, false);
}
QList<qint64> DependencyGraph::downstream(qint64 id) const
{
    return d->reach(id, true);
}

std::optional<DependencyGraph::CriticalPath> DependencyGraph::criticalPath(
    const QHash<qint64, int> &durations) const
{
    const auto order = topologicalOrder();
    if (!order)
        return std::nullopt;
    const Graph &g = d->graph;
    CriticalPath cp;
    QHash<qint64, qint64> bestPred;
    for (qint64 id : *order) {
        const Vertex v = d->vertexOf.value(id);
        int es = 0;
        qint64 pred = 0;
        for (auto [e, end] = boost::in_edges(v, g); e != end; ++e) {
            const qint64 p = g[boost::source(*e, g)];
            const int cand = cp.earliestStart.value(p) + durations.value(p) + g[*e].lag;
            if (cand > es || (cand == es && pred == 0 && cand > 0)) {
                es = cand;
                pred = p;
            }
        }
        cp.earliestStart.insert(id, es);
        if (pred)
            bestPred.insert(id, pred);
    }
    qint64 last = 0;
    for (qint64 id : *order) {
        const int finish = cp.earliestStart.value(id) + durations.value(id);
        if (last == 0 || finish > cp.length) {
            cp.length = finish;
            last = id;
        }
    }
    for (auto it = order->crbegin(); it != order->crend(); ++it) {
        const Vertex v = d->vertexOf.value(*it);
        int tail = durations.value(*it);
        for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
            const qint64 s = g[boost::target(*e, g)];
            tail = std::max(tail, durations.value(*it) + g[*e].lag + cp.tail.value(s));
        }
        cp.tail.insert(*it, tail);
    }
    for (qint64 w = last; w; w = bestPred.value(w, 0))
        cp.chain.prepend(w);
    return cp;
}

} // namespace Cairn
