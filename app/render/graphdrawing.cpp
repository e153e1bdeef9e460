#include "app/render/graphdrawing.h"

#include "app/render/colours.h"
#include "app/render/roadmaplayout.h"
#include "core/analysis/plananalysis.h"
#include "core/schedule/planscheduler.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>

#include <algorithm>
#include <cmath>

namespace Cairn {

namespace {

QString quoted(const QString &s)
{
    return QStringLiteral("“%1”").arg(s);
}

// Word wrap into at most `maxLines` lines no wider than `width`; the last line is elided.
QStringList wrap(const QString &text, const QFontMetricsF &fm, qreal width, int maxLines)
{
    QStringList lines;
    QString line;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype k = 0; k < words.size(); ++k) {
        const QString candidate = line.isEmpty() ? words[k] : line + QLatin1Char(' ') + words[k];
        if (line.isEmpty() || fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() == maxLines - 1) {
            line = words.mid(k - (line.count(QLatin1Char(' ')) + 1)).join(QLatin1Char(' '));
            break;
        }
        lines << line;
        line = words[k];
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    for (QString &l : lines)
        l = fm.elidedText(l, Qt::ElideRight, width);
    return lines;
}

QString span(const std::optional<Quarter> &a, const std::optional<Quarter> &b, QuarterStyle style)
{
    if (!a)
        return {};
    if (!b || *a == *b)
        return a->label(style);
    return QStringLiteral("%1 – %2").arg(a->label(style), b->label(style));
}

QString lateWord()
{
    return QCoreApplication::translate("Cairn::Graph", "late");
}

} // namespace

QColor impactColour(SystemEffect e)
{
    switch (e) {
    case SystemEffect::Upgrades:
        return QColor(0x00, 0x72, 0xb2);
    case SystemEffect::Replaces:
        return QColor(0xd5, 0x5e, 0x00);
    case SystemEffect::Retires:
        return Colours::late();
    case SystemEffect::Introduces:
        return QColor(0x00, 0x9e, 0x73);
    }
    return Colours::neutral();
}

namespace {

QString nameOf(const PlanContent &plan, const GraphNode &n)
{
    switch (n.kind) {
    case GraphNodeKind::Goal:
        return plan.goal(GoalId {n.id}) ? plan.goal(GoalId {n.id})->name : QString();
    case GraphNodeKind::Initiative:
        return plan.initiative(InitiativeId {n.id}) ? plan.initiative(InitiativeId {n.id})->name
                                                    : QString();
    case GraphNodeKind::System:
        return plan.system(SystemId {n.id}) ? plan.system(SystemId {n.id})->name : QString();
    }
    return {};
}

QString edgeTooltip(const GraphEdge &e, const QString &from, const QString &to)
{
    switch (e.kind) {
    case GraphEdgeKind::Contribution:
        return QCoreApplication::translate("Cairn::Graph", "%1 supports %2 (contribution %3 of 5)")
            .arg(quoted(from), quoted(to))
            .arg(e.strength);
    case GraphEdgeKind::GoalParent:
        return QCoreApplication::translate("Cairn::Graph", "%1 is part of %2")
            .arg(quoted(from), quoted(to));
    case GraphEdgeKind::Dependency: {
        const QString kind = e.dependency == DependencyType::StartToStart
            ? QCoreApplication::translate("Cairn::Graph", "%2 starts after %1 starts")
            : QCoreApplication::translate("Cairn::Graph", "%2 starts after %1 finishes");
        const QString text = kind.arg(quoted(from), quoted(to));
        return e.lag == 0 ? text
                          : QCoreApplication::translate(
                              "Cairn::Graph", "%1, with a lag of %n quarter(s)", nullptr, e.lag)
                                .arg(text);
    }
    case GraphEdgeKind::Impact:
        switch (e.effect) {
        case SystemEffect::Upgrades:
            return QCoreApplication::translate("Cairn::Graph", "%1 upgrades %2")
                .arg(quoted(from), quoted(to));
        case SystemEffect::Replaces:
            return QCoreApplication::translate("Cairn::Graph", "%1 replaces %2")
                .arg(quoted(from), quoted(to));
        case SystemEffect::Retires:
            return QCoreApplication::translate("Cairn::Graph", "%1 retires %2")
                .arg(quoted(from), quoted(to));
        case SystemEffect::Introduces:
            return QCoreApplication::translate("Cairn::Graph", "%1 introduces %2")
                .arg(quoted(from), quoted(to));
        }
        return {};
    case GraphEdgeKind::SystemDependency:
        return QCoreApplication::translate("Cairn::Graph", "%1 runs on %2")
            .arg(quoted(from), quoted(to));
    }
    return {};
}

} // namespace

int GraphDrawing::indexOf(qint64 id) const
{
    for (size_t k = 0; k < nodes.size(); ++k)
        if (nodes[k].id == id)
            return int(k);
    return -1;
}

QFont GraphDrawing::subtitleFont() const
{
    return scaledFont(style.font, 0.85);
}

qreal GraphDrawing::padding() const
{
    return std::round(QFontMetricsF(style.font).height() * 0.45);
}

GraphDrawing GraphDrawing::build(const PlanContent &plan, const PlanSchedule *schedule,
    const PlanGraph &graph, const GraphSelection &selection, const GraphStyle &style)
{
    GraphDrawing d;
    d.style = style;
    const QFontMetricsF fm(style.font), small(d.subtitleFont());
    const qreal pad = d.padding();
    const QHash<qint64, std::vector<GoalShare>> goalsOf = style.colourBy == GraphColouring::Goal
        ? goalsByInitiative(plan)
        : QHash<qint64, std::vector<GoalShare>> {};
    QHash<qint64, int> goalIndex;
    for (size_t g = 0; g < plan.goals.size(); ++g)
        goalIndex.insert(plan.goals[g].id.value, int(g));
    // The widest dates an initiative may show, so that a new schedule never resizes a node.
    const QString widestDates = QStringLiteral("%1 · %2").arg(
        span(Quarter(2088, 4), Quarter(2088, 4) + 1, plan.info.quarterStyle()), lateWord());

    QHash<int, int> drawingIndex; // graph node -> drawing node
    for (int n : selection.nodes) {
        const GraphNode &g = graph.nodes()[size_t(n)];
        Node node;
        node.id = g.id;
        node.kind = g.kind;
        const QString name = nameOf(plan, g);
        node.title = wrap(name, fm, style.wrapWidth, 3);
        node.tooltip = name;
        qreal textWidth = 0;
        for (const QString &line : std::as_const(node.title))
            textWidth = std::max(textWidth, fm.horizontalAdvance(line));
        qreal subtitleWidth = 0;
        if (g.kind == GraphNodeKind::Goal) {
            const Goal *goal = plan.goal(GoalId {g.id});
            node.fill = Colours::category(goalIndex.value(g.id));
            node.text = Colours::textOn(node.fill);
            if (goal->targetQuarter)
                node.subtitle = QCoreApplication::translate("Cairn::Graph", "by %1")
                                    .arg(goal->targetQuarter->label(plan.info.quarterStyle()));
            subtitleWidth = small.horizontalAdvance(node.subtitle);
        } else if (g.kind == GraphNodeKind::Initiative) {
            const Initiative *i = plan.initiative(InitiativeId {g.id});
            node.closed
                = i->status == InitiativeStatus::Done || i->status == InitiativeStatus::Dropped;
            switch (style.colourBy) {
            case GraphColouring::Kind:
                node.fill = Colours::kind(i->kind);
                break;
            case GraphColouring::Status:
                node.fill = Colours::status(i->status);
                break;
            case GraphColouring::Goal: {
                const auto it = goalsOf.constFind(i->id.value);
                node.fill = it == goalsOf.cend() || it->empty()
                    ? Colours::neutral()
                    : Colours::category(int(it->front().goal));
                break;
            }
            }
            if (node.closed)
                node.fill = node.fill.lighter(150);
            node.text = Colours::textOn(node.fill);
            subtitleWidth = small.horizontalAdvance(widestDates);
        } else {
            const System *s = plan.system(SystemId {g.id});
            const QString widest = Quarter(2088, 4).label(plan.info.quarterStyle());
            subtitleWidth = std::max(
                small.horizontalAdvance(
                    QCoreApplication::translate("Cairn::Graph", "support ends %1").arg(widest)),
                small.horizontalAdvance(
                    QCoreApplication::translate("Cairn::Graph", "support ended %1").arg(widest)));
            if (!s->endOfSupport)
                subtitleWidth = small.horizontalAdvance(s->category);
        }
        const qreal round = g.kind == GraphNodeKind::Goal ? fm.height() * 0.6 : 0;
        const qreal w
            = std::min(style.wrapWidth, std::max({textWidth, subtitleWidth, fm.height() * 5}));
        const qreal h = fm.height() * node.title.size() + (subtitleWidth > 0 ? small.height() : 0);
        node.rect = QRectF(0, 0, std::ceil(w + 2 * pad + 2 * round), std::ceil(h + 2 * pad));
        drawingIndex.insert(n, int(d.nodes.size()));
        d.nodes.push_back(node);
    }
    for (int e : selection.edges) {
        const GraphEdge &g = graph.edges()[size_t(e)];
        if (!drawingIndex.contains(g.from) || !drawingIndex.contains(g.to))
            continue;
        Edge edge;
        edge.from = drawingIndex.value(g.from);
        edge.to = drawingIndex.value(g.to);
        edge.kind = g.kind;
        switch (g.kind) {
        case GraphEdgeKind::Contribution: {
            edge.colour = d.nodes[size_t(edge.to)].fill;
            edge.colour.setAlphaF(0.55f);
            edge.width = 0.6 + 0.45 * std::clamp(g.strength, 1, 5);
            break;
        }
        case GraphEdgeKind::GoalParent:
            edge.width = 1.4;
            edge.style = Qt::DotLine;
            break;
        case GraphEdgeKind::Dependency:
            edge.width = 1.6;
            edge.arrow = true;
            edge.style
                = g.dependency == DependencyType::StartToStart ? Qt::DashLine : Qt::SolidLine;
            if (g.lag != 0)
                edge.label = QCoreApplication::translate("Cairn::Graph", "%1%2 q")
                                 .arg(g.lag > 0 ? QStringLiteral("+") : QString())
                                 .arg(g.lag);
            break;
        case GraphEdgeKind::Impact:
            edge.colour = impactColour(g.effect);
            edge.width = 1.8;
            edge.arrow = true;
            break;
        case GraphEdgeKind::SystemDependency:
            edge.width = 1.2;
            edge.style = Qt::DashDotLine;
            edge.arrow = true;
            break;
        }
        edge.tooltip = edgeTooltip(g, nameOf(plan, graph.nodes()[size_t(g.from)]),
            nameOf(plan, graph.nodes()[size_t(g.to)]));
        d.edges.push_back(edge);
    }
    d.setSchedule(plan, schedule);
    return d;
}

void GraphDrawing::setSchedule(const PlanContent &plan, const PlanSchedule *schedule)
{
    const QuarterStyle quarters = plan.info.quarterStyle();
    for (Node &node : nodes) {
        if (node.kind == GraphNodeKind::Initiative) {
            const Initiative *i = plan.initiative(InitiativeId {node.id});
            const InitiativeSchedule *is
                = schedule ? schedule->find(InitiativeId {node.id}) : nullptr;
            node.late = is && is->late;
            if (i && i->status == InitiativeStatus::Done)
                node.subtitle = QCoreApplication::translate("Cairn::Graph", "done");
            else if (i && i->status == InitiativeStatus::Dropped)
                node.subtitle = QCoreApplication::translate("Cairn::Graph", "dropped");
            else if (!is)
                node.subtitle = QCoreApplication::translate("Cairn::Graph", "scheduling…");
            else if (!is->start)
                node.subtitle = QCoreApplication::translate("Cairn::Graph", "not scheduled");
            else
                node.subtitle = node.late ? QStringLiteral("%1 · %2").arg(
                                    span(is->start, is->finish, quarters), lateWord())
                                          : span(is->start, is->finish, quarters);
        } else if (node.kind == GraphNodeKind::System) {
            const System *s = plan.system(SystemId {node.id});
            if (!s)
                continue;
            node.late = s->endOfSupport && *s->endOfSupport <= plan.info.lastQuarter();
            node.subtitle = !s->endOfSupport ? s->category
                : *s->endOfSupport < plan.info.firstQuarter
                ? QCoreApplication::translate("Cairn::Graph", "support ended %1")
                      .arg(s->endOfSupport->label(quarters))
                : QCoreApplication::translate("Cairn::Graph", "support ends %1")
                      .arg(s->endOfSupport->label(quarters));
        }
    }
}

GraphLayoutRequest GraphDrawing::layoutRequest() const
{
    GraphLayoutRequest r;
    r.nodes.reserve(nodes.size());
    for (const Node &n : nodes)
        r.nodes.push_back({n.rect.size(), int(n.kind)});
    r.edges.reserve(edges.size());
    const qreal line = QFontMetricsF(style.font).height();
    r.nodeSeparation = std::round(line * 0.7);
    r.rankSeparation = std::round(line * 3.2);
    for (const Edge &e : edges) {
        const bool backward
            = e.kind == GraphEdgeKind::Contribution || e.kind == GraphEdgeKind::GoalParent;
        // Dependencies are the backbone of the plan: keep their chains straight.
        r.edges.push_back({backward ? e.to : e.from, backward ? e.from : e.to,
            e.kind == GraphEdgeKind::Dependency ? 3 : 1});
    }
    return r;
}

void GraphDrawing::place(const GraphLayoutResult &layout)
{
    if (!layout.ok || layout.centres.size() != nodes.size())
        return;
    // A margin for arrowheads and labels at the edges of the drawing.
    const qreal margin = std::round(QFontMetricsF(style.font).height());
    const QPointF shift(margin - layout.bounds.left(), margin - layout.bounds.top());
    for (size_t n = 0; n < nodes.size(); ++n) {
        QRectF &r = nodes[n].rect;
        r.moveCenter(layout.centres[n] + shift);
    }
    const qreal arrowLength = 9;
    for (size_t k = 0; k < edges.size(); ++k) {
        Edge &e = edges[k];
        std::vector<QPointF> c
            = k < layout.curves.size() ? layout.curves[k] : std::vector<QPointF>();
        const bool backward
            = e.kind == GraphEdgeKind::Contribution || e.kind == GraphEdgeKind::GoalParent;
        if (backward)
            std::reverse(c.begin(), c.end()); // the curve now runs from `from` to `to`
        if (c.size() < 4) { // nothing routed: a straight line between the boxes
            c = {nodes[size_t(e.from)].rect.center(), nodes[size_t(e.to)].rect.center()};
            c.insert(c.begin() + 1, {c.front(), c.back()});
            for (QPointF &p : c)
                p -= shift;
        }
        for (QPointF &p : c)
            p += shift;
        QPainterPath path(c.front());
        for (size_t s = 1; s + 2 < c.size(); s += 3)
            path.cubicTo(c[s], c[s + 1], c[s + 2]);
        e.path = path;
        e.labelAt = path.pointAtPercent(0.5);
        e.arrowHead.clear();
        if (e.arrow) {
            const QPointF tip = c.back();
            QPointF before
                = path.pointAtPercent(std::max(0.0, 1.0 - 6.0 / std::max(1.0, path.length())));
            if (QLineF(before, tip).length() < 0.01)
                before = c[c.size() - 2];
            const QLineF axis(tip, before);
            const qreal angle = std::atan2(axis.dy(), axis.dx());
            const qreal spread = 0.42;
            e.arrowHead << tip
                        << tip
                    + QPointF(std::cos(angle + spread), std::sin(angle + spread)) * arrowLength
                        << tip
                    + QPointF(std::cos(angle - spread), std::sin(angle - spread)) * arrowLength;
        }
    }
    bounds = QRectF(QPointF(0, 0), layout.bounds.size() + QSizeF(2 * margin, 2 * margin));
    placed = true;
}

QString GraphDrawing::layOut()
{
    const GraphLayoutResult result = layoutGraph(layoutRequest());
    if (!result.ok)
        return result.error;
    place(result);
    return {};
}

} // namespace Cairn
