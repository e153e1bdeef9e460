#pragma once

#include "app/render/colours.h"
#include "app/render/roadmaplayout.h"

#include <QHash>
#include <QIcon>

class QPainter;

namespace Cairn {

// Which part of a layout to draw and where: the screen view shows a scrolled window of the body,
// an image export the whole body, a PDF page a range of quarters and of lanes.
struct RoadmapFrame {
    QRectF window; // body coordinates to show
    QPointF origin; // where the composition's top left goes
    bool showTop = true; // time axis and markers band
    bool showHeaders = true;
    bool showCapacity = true;
    bool showLegend = true;
    bool showKey = true; // on paper: what the numbered marks stand for, under the legend
    qreal legendWidth = 0; // 0: the composition's width (for the legend and the key)
};

// What the user is doing: selection, hover, a bar being dragged.
struct RoadmapState {
    InitiativeId selected;
    InitiativeId hovered;
    ArrowMode arrows = ArrowMode::All;
    struct Drag {
        InitiativeId id;
        Quarter start;
        int duration = 1;
    };
    std::optional<Drag> drag;
    // What the last re-plan moved (on screen only; marked until the next edit): per bar, how far
    // it was from where it is now, in body units (old x - new x). While a bar glides to its new
    // place, `glide` is the share of that distance still to go (1 at the start, 0 arrived).
    QHash<qint64, qreal> moved;
    qreal glide = 0;
    // Colleagues editing an initiative of a shared plan (on screen only): their mark on its bar,
    // by initiative id.
    QHash<qint64, QIcon> presence;
};

// Key entries in columns (see layoutKey), for a layout's key or a page of it.
void paintKeyEntries(QPainter &p, const std::vector<KeyEntry> &entries, qreal width,
    const QFont &font, const QColor &ink);

// Paints a RoadmapLayout. The same code draws the screen, the PNG and SVG exports and the PDF
// pages, so what users see is what they hand out.
class RoadmapPainter {
public:
    RoadmapPainter(const RoadmapLayout &layout, const Theme &theme);

    void paint(QPainter &p, const RoadmapFrame &frame, const RoadmapState &state = {}) const;
    // The composition's size for a frame.
    QSizeF size(const RoadmapFrame &frame) const;
    qreal legendHeight(const RoadmapFrame &frame) const;
    qreal keyHeight(const RoadmapFrame &frame) const;
    // A frame showing everything.
    RoadmapFrame wholeFrame() const;

    // Parts, in painter coordinates already translated to their top left.
    void paintAxis(QPainter &p, qreal left, qreal width) const;
    void paintLaneHeaders(QPainter &p, qreal top, qreal height) const;
    void paintBody(QPainter &p, const QRectF &window, const RoadmapState &state) const;
    void paintCapacity(QPainter &p, qreal left, qreal width, bool headers) const;
    void paintLegend(QPainter &p, qreal width) const;
    void paintKey(QPainter &p, qreal width) const;
    const QFont &smallFont() const { return m_small; }
    // Where a bar's presence mark goes, in body coordinates (before a glide moves the bar): at
    // the bar's end inside it, the label giving way; beside a bar too narrow for it, after or
    // before its label, in the gap the layout keeps there.
    static QRectF presenceMarkRect(const RoadmapBar &bar, const QRectF &window);

private:
    void paintBar(
        QPainter &p, const RoadmapBar &bar, const QRectF &window, const RoadmapState &state) const;
    void paintPlacedBar(
        QPainter &p, const RoadmapBar &bar, const QRectF &window, const RoadmapState &state) const;
    void paintArrow(QPainter &p, const RoadmapArrow &arrow, bool highlighted) const;
    qreal legendWidth(const RoadmapFrame &frame) const;
    QString quarterName(Quarter q) const;
    QString yearName(int year) const;

    const RoadmapLayout &m_l;
    Theme m_theme;
    QFont m_font;
    QFont m_small;
    QFont m_bold;
};

} // namespace Cairn
