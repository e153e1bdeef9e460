#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace Cairn {

// A graph to lay out in layers from left to right. Sizes and coordinates are in the caller's
// units (the drawing's pixels); Graphviz works in points, one unit each.
struct GraphLayoutRequest {
    struct Node {
        QSizeF size;
        // Columns in order: goals 0, initiatives 1, systems 2. A node with nothing to its left
        // still stands right of the bands before its own.
        int band = 0;
    };
    struct Edge {
        int from = 0; // the node on the left
        int to = 0;
        int weight = 1; // heavier edges are kept shorter and straighter
    };
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    qreal nodeSeparation = 14; // between neighbours in one column
    qreal rankSeparation = 56; // between columns
};

struct GraphLayoutResult {
    bool ok = false;
    QString error; // translated, when not ok
    QRectF bounds; // of everything laid out, origin at the top left
    std::vector<QPointF> centres; // per node
    // Per edge: a cubic Bézier curve from its `from` node to its `to` node: the start point,
    // then three points (two controls and an end) per segment. Empty when Graphviz drew none.
    std::vector<std::vector<QPointF>> curves;
    double milliseconds = 0; // Graphviz's time
};

// Lays the graph out with Graphviz's dot (layered, edges as splines around the nodes).
// Blocking. Any thread may call it: Graphviz keeps global state, so layouts run one at a time.
GraphLayoutResult layoutGraph(const GraphLayoutRequest &request);

} // namespace Cairn
