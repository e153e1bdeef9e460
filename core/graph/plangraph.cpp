#include "core/graph/plangraph.h"

#include <algorithm>

namespace Cairn {

PlanGraph::PlanGraph(const PlanContent &plan)
{
    const size_t count = plan.goals.size() + plan.initiatives.size() + plan.systems.size();
    m_nodes.reserve(count);
    m_kinds.reserve(count);
    m_closed.reserve(count);
    m_tags.reserve(count);
    auto add = [this](GraphNodeKind kind, qint64 id, InitiativeKind k, bool closed,
                   const QStringList &tags) {
        if (m_index.contains(id))
            return; // ids are unique in a sound plan; a broken file must not break the graph
        m_index.insert(id, int(m_nodes.size()));
        m_nodes.push_back({kind, id});
        m_kinds.push_back(k);
        m_closed.push_back(closed);
        QStringList lower;
        for (const QString &t : tags)
            lower << t.trimmed().toLower();
        m_tags.push_back(lower);
    };
    for (const Goal &g : plan.goals)
        add(GraphNodeKind::Goal, g.id.value, InitiativeKind::Grow, false, {});
    for (const Initiative &i : plan.initiatives)
        add(GraphNodeKind::Initiative, i.id.value, i.kind,
            i.status == InitiativeStatus::Done || i.status == InitiativeStatus::Dropped, i.tags);
    for (const System &s : plan.systems)
        add(GraphNodeKind::System, s.id.value, InitiativeKind::Grow, false, s.tags);
    m_incident.resize(m_nodes.size());

    auto index = [this](qint64 id, GraphNodeKind kind) {
        const int i = indexOf(id);
        return i >= 0 && m_nodes[size_t(i)].kind == kind ? i : -1;
    };
    for (const Goal &g : plan.goals)
        if (g.parent)
            addEdge({.kind = GraphEdgeKind::GoalParent,
                .from = index(g.id.value, GraphNodeKind::Goal),
                .to = index(g.parent->value, GraphNodeKind::Goal)});
    for (const GoalContribution &c : plan.contributions)
        addEdge({.kind = GraphEdgeKind::Contribution,
            .from = index(c.initiative.value, GraphNodeKind::Initiative),
            .to = index(c.goal.value, GraphNodeKind::Goal),
            .strength = c.strength});
    for (const Dependency &d : plan.dependencies)
        addEdge({.kind = GraphEdgeKind::Dependency,
            .from = index(d.predecessor.value, GraphNodeKind::Initiative),
            .to = index(d.successor.value, GraphNodeKind::Initiative),
            .dependency = d.type,
            .lag = d.lag});
    for (const SystemImpact &s : plan.impacts)
        addEdge({.kind = GraphEdgeKind::Impact,
            .from = index(s.initiative.value, GraphNodeKind::Initiative),
            .to = index(s.system.value, GraphNodeKind::System),
            .effect = s.effect});
    for (const System &s : plan.systems)
        for (SystemId on : s.dependsOn)
            addEdge({.kind = GraphEdgeKind::SystemDependency,
                .from = index(s.id.value, GraphNodeKind::System),
                .to = index(on.value, GraphNodeKind::System)});
}

void PlanGraph::addEdge(GraphEdge edge)
{
    // A link to something that is not in the plan (or to itself) is the validator's to report;
    // the graph leaves it out rather than draw half an edge.
    if (edge.from < 0 || edge.to < 0 || edge.from == edge.to)
        return;
    const int e = int(m_edges.size());
    m_edges.push_back(edge);
    m_incident[size_t(edge.from)].append(e);
    m_incident[size_t(edge.to)].append(e);
}

const GraphNode *PlanGraph::node(qint64 id) const
{
    const int i = indexOf(id);
    return i >= 0 ? &m_nodes[size_t(i)] : nullptr;
}

int PlanGraph::otherEnd(int edge, int node) const
{
    const GraphEdge &e = m_edges[size_t(edge)];
    return e.from == node ? e.to : e.from;
}

QList<int> PlanGraph::neighbourhood(int node, int depth, const QSet<int> *within) const
{
    if (node < 0 || node >= int(m_nodes.size()) || (within && !within->contains(node)))
        return {};
    std::vector<int> distance(m_nodes.size(), -1);
    distance[size_t(node)] = 0;
    QList<int> frontier {node};
    for (int d = 1; d <= depth && !frontier.isEmpty(); ++d) {
        QList<int> next;
        for (int n : std::as_const(frontier))
            for (int e : m_incident[size_t(n)]) {
                const int m = otherEnd(e, n);
                if (distance[size_t(m)] >= 0 || (within && !within->contains(m)))
                    continue;
                distance[size_t(m)] = d;
                next.append(m);
            }
        frontier = std::move(next);
    }
    QList<int> out;
    for (int n = 0; n < int(m_nodes.size()); ++n)
        if (distance[size_t(n)] >= 0)
            out.append(n);
    return out;
}

QSet<int> PlanGraph::goalFamily(const QSet<qint64> &goals) const
{
    // The goals and, transitively, their sub-goals (edges sub-goal -> parent).
    QSet<int> family;
    QList<int> todo;
    for (qint64 id : goals)
        if (const int i = indexOf(id); i >= 0 && m_nodes[size_t(i)].kind == GraphNodeKind::Goal)
            todo.append(i);
    while (!todo.isEmpty()) {
        const int g = todo.takeLast();
        if (family.contains(g))
            continue;
        family.insert(g);
        for (int e : m_incident[size_t(g)])
            if (m_edges[size_t(e)].kind == GraphEdgeKind::GoalParent && m_edges[size_t(e)].to == g)
                todo.append(m_edges[size_t(e)].from);
    }
    return family;
}

QSet<int> PlanGraph::systemFamily(const QSet<qint64> &systems) const
{
    // The systems and, transitively, the systems that run on them (edges user -> platform).
    QSet<int> family;
    QList<int> todo;
    for (qint64 id : systems)
        if (const int i = indexOf(id); i >= 0 && m_nodes[size_t(i)].kind == GraphNodeKind::System)
            todo.append(i);
    while (!todo.isEmpty()) {
        const int s = todo.takeLast();
        if (family.contains(s))
            continue;
        family.insert(s);
        for (int e : m_incident[size_t(s)])
            if (m_edges[size_t(e)].kind == GraphEdgeKind::SystemDependency
                && m_edges[size_t(e)].to == s)
                todo.append(m_edges[size_t(e)].from);
    }
    return family;
}

bool PlanGraph::tagged(int node, const QSet<QString> &tags) const
{
    for (const QString &t : m_tags[size_t(node)])
        if (tags.contains(t))
            return true;
    return false;
}

GraphSelection PlanGraph::select(const GraphFilter &filter) const
{
    QSet<QString> tags;
    for (const QString &t : filter.tags)
        tags.insert(t.trimmed().toLower());
    const bool narrowed = !filter.goals.isEmpty() || !filter.systems.isEmpty()
        || !filter.kinds.isEmpty() || !tags.isEmpty();
    const QSet<int> goals = goalFamily(filter.goals);
    const QSet<int> systems = systemFamily(filter.systems);
    std::vector<bool> in(m_nodes.size(), false);
    for (int n = 0; n < int(m_nodes.size()); ++n) {
        const GraphNode &node = m_nodes[size_t(n)];
        if (node.kind != GraphNodeKind::Initiative) {
            in[size_t(n)] = !narrowed || goals.contains(n) || systems.contains(n)
                || (!tags.isEmpty() && node.kind == GraphNodeKind::System && tagged(n, tags));
            continue;
        }
        if (m_closed[size_t(n)] && !filter.showClosed)
            continue;
        if (!filter.kinds.isEmpty() && !filter.kinds.contains(m_kinds[size_t(n)]))
            continue;
        if (!tags.isEmpty() && !tagged(n, tags))
            continue;
        bool servesGoal = goals.isEmpty(), onSystem = systems.isEmpty();
        for (int e : m_incident[size_t(n)]) {
            const GraphEdge &edge = m_edges[size_t(e)];
            servesGoal = servesGoal
                || (edge.kind == GraphEdgeKind::Contribution && goals.contains(edge.to));
            onSystem
                = onSystem || (edge.kind == GraphEdgeKind::Impact && systems.contains(edge.to));
        }
        in[size_t(n)] = servesGoal && onSystem;
    }
    if (narrowed) {
        // The goals and systems the chosen initiatives link to, and the goals above those.
        for (int n = 0; n < int(m_nodes.size()); ++n) {
            if (!in[size_t(n)] || m_nodes[size_t(n)].kind != GraphNodeKind::Initiative)
                continue;
            for (int e : m_incident[size_t(n)]) {
                const GraphEdge &edge = m_edges[size_t(e)];
                if (edge.kind == GraphEdgeKind::Contribution || edge.kind == GraphEdgeKind::Impact)
                    in[size_t(edge.to)] = true;
            }
        }
        for (bool grew = true; grew;) {
            grew = false;
            for (const GraphEdge &edge : m_edges)
                if (edge.kind == GraphEdgeKind::GoalParent && in[size_t(edge.from)]
                    && !in[size_t(edge.to)])
                    grew = in[size_t(edge.to)] = true;
        }
    }
    QSet<int> chosen;
    for (int n = 0; n < int(m_nodes.size()); ++n)
        if (in[size_t(n)])
            chosen.insert(n);
    GraphSelection out;
    if (filter.focus) {
        out.nodes = neighbourhood(indexOf(*filter.focus), std::max(0, filter.depth), &chosen);
        chosen = QSet<int>(out.nodes.cbegin(), out.nodes.cend());
    } else {
        for (int n = 0; n < int(m_nodes.size()); ++n)
            if (in[size_t(n)])
                out.nodes.append(n);
    }
    for (int e = 0; e < int(m_edges.size()); ++e)
        if (chosen.contains(m_edges[size_t(e)].from) && chosen.contains(m_edges[size_t(e)].to))
            out.edges.append(e);
    return out;
}

} // namespace Cairn
