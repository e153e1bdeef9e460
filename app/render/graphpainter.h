#pragma once

#include "app/render/colours.h"
#include "app/render/graphdrawing.h"

#include <QSet>

class QPainter;

namespace Cairn {

// What the view brings forward: a node, what it reaches, and a chain; the rest is faded.
struct GraphEmphasis {
    int selected = -1; // a drawing node
    QSet<int> nodes; // brought forward (the selected one included)
    QSet<int> edges;
    QSet<int> chain; // edges of a critical chain, drawn strongest
    QSet<int> warnings; // nodes a what-if would make late

    bool active() const { return selected >= 0 || !nodes.isEmpty(); }
};

// Paints a placed GraphDrawing: on screen item by item, into pictures all at once.
class GraphPainter {
public:
    enum class State { Normal, Faded, Emphasised, Selected };
    // Faded nodes stay legible (what is around matters) but step back.
    static constexpr qreal kFadedNode = 0.32;

    GraphPainter(const GraphDrawing &drawing, const Theme &theme);

    void paintNode(QPainter &p, int node, State state, bool warning, bool withText = true) const;
    void paintEdge(QPainter &p, int edge, State state, bool chain) const;
    // Edges first, then nodes.
    void paint(QPainter &p, const GraphEmphasis &emphasis = {}) const;

    static State nodeState(const GraphEmphasis &emphasis, int node);
    static State edgeState(const GraphEmphasis &emphasis, int edge);

    // What the shapes, colours and lines mean, flowing in rows over `width`.
    qreal legendHeight(qreal width) const;
    void paintLegend(QPainter &p, const QRectF &rect) const;

private:
    struct LegendEntry;
    std::vector<LegendEntry> legendEntries() const;
    qreal legendRows(qreal width, const std::function<void(int, QPointF)> &place) const;

    const GraphDrawing &m_drawing;
    Theme m_theme;
};

} // namespace Cairn
