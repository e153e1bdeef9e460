#pragma once

#include "app/render/graphlayout.h"
#include "core/graph/plangraph.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPolygonF>
#include <QStringList>

#include <vector>

namespace Cairn {

struct PlanSchedule;

// How initiatives are coloured, as on the roadmap.
enum class GraphColouring { Kind, Status, Goal };

// The colour of an impact edge: what an initiative does to a system.
QColor impactColour(SystemEffect effect);

struct GraphStyle {
    QFont font;
    GraphColouring colourBy = GraphColouring::Kind;
    qreal wrapWidth = 170; // names wrap at this width (up to three lines)
};

// The part of the dependency graph to show, as boxes and curves: what each node says and how
// it looks, and, once placed by the layout, where everything is. One drawing serves the screen
// (one graphics item per node and edge) and the exported picture.
struct GraphDrawing {
    struct Node {
        qint64 id = 0;
        GraphNodeKind kind = GraphNodeKind::Initiative;
        QStringList title; // the name, wrapped
        QString subtitle; // dates, end of support, target quarter
        QString tooltip;
        QColor fill; // invalid: the theme's surface (systems)
        QColor text; // invalid: the theme's text
        bool late = false; // an initiative past its deadline, a system out of support
        bool closed = false; // a done or dropped initiative
        QRectF rect; // its size, and once placed its position
    };
    struct Edge {
        int from = 0; // node indices in this drawing, in the link's own direction
        int to = 0;
        GraphEdgeKind kind = GraphEdgeKind::Dependency;
        QColor colour; // invalid: the theme's arrow colour
        qreal width = 1.2;
        Qt::PenStyle style = Qt::SolidLine;
        bool arrow = false; // an arrowhead at `to`
        QString label; // a dependency's lag
        QString tooltip;
        QPainterPath path; // once placed
        QPolygonF arrowHead;
        QPointF labelAt;
    };

    std::vector<Node> nodes;
    std::vector<Edge> edges;
    QRectF bounds;
    GraphStyle style;
    bool placed = false;

    int indexOf(qint64 id) const;

    // The nodes and edges of a selection of the graph, sized but not placed.
    static GraphDrawing build(const PlanContent &plan, const PlanSchedule *schedule,
        const PlanGraph &graph, const GraphSelection &selection, const GraphStyle &style);
    // Refreshes what the schedule decides (dates, late) without changing any size.
    void setSchedule(const PlanContent &plan, const PlanSchedule *schedule);

    GraphLayoutRequest layoutRequest() const;
    // Positions nodes and shapes edges from a layout of layoutRequest().
    void place(const GraphLayoutResult &layout);
    // Lays out and places in one go, on the calling thread; an error message, or nothing.
    QString layOut();

    QFont subtitleFont() const;
    qreal padding() const;
};

} // namespace Cairn
