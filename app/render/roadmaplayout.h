#pragma once

#include "core/analysis/plananalysis.h"
#include "core/domain/plan.h"
#include "core/schedule/planscheduler.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QPolygonF>
#include <QRectF>
#include <QSet>

#include <memory>
#include <vector>

namespace Cairn {

// What bars are grouped or coloured by.
enum class RoadmapDimension { None, Kind, Goal, System, Resource, Status, Tag };
QString toKey(RoadmapDimension d);
QString displayName(RoadmapDimension d);
std::optional<RoadmapDimension> roadmapDimensionFromKey(QStringView key);

enum class ArrowMode { All, Selection, None };

struct RoadmapOptions {
    RoadmapDimension colourBy = RoadmapDimension::Kind;
    RoadmapDimension laneBy = RoadmapDimension::Goal;
    qreal quarterWidth = 150; // the zoom: points (or pixels) per quarter
    QSet<QString> collapsedLanes; // lane keys
    QDate today; // the today marker; none when null
    bool showCapacity = true;
    bool showLegend = true;
    int maxMarkerRows = 6; // beyond it, ends of support are grouped per quarter
    QFont font;
    // For paper or a picture, not a screen: no collapse marks, lane titles where the mark was, and
    // a lane cut at the foot of a page says that it continues.
    bool print = false;
    // Tighter rows and lane titles of at most two lines: the whole plan on one page.
    bool condensed = false;
    // A name that does not fit inside its bar is replaced by a number, and the layout's key lists
    // the numbers with the names: labels never grow a lane.
    bool numberLabels = false;
    // The quarters shown: the plan's horizon widened to every scheduled bar when not given.
    std::optional<Quarter> from;
    std::optional<Quarter> to;
    // Only these lanes (keys) and their initiatives; every lane when empty (a slide of a few).
    QSet<QString> lanes;
};

struct RoadmapBar {
    InitiativeId id;
    QString label;
    QString hint; // "+2 goals": the other goals of an initiative in its primary goal's lane
    int lane = 0;
    int row = 0; // within the lane
    Quarter start;
    int duration = 1; // quarters (0: a milestone-like initiative, drawn as a diamond)
    QRectF rect; // body coordinates
    QRectF labelRect;
    bool labelInside = true;
    bool labelElided = false;
    int number = 0; // with numbered labels: the bar's number in the key, 0 when it is named
    QColor colour;
    bool late = false;
    bool unplaced = false;
    bool pinned = false;
    bool done = false;
    bool continuesLeft = false; // starts before the shown quarters
    bool continuesRight = false; // ends after them
    std::optional<Quarter> deadline;
};

struct RoadmapLane {
    QString key;
    QString title;
    QString subtitle; // "6 initiatives · €1.2M"
    QColor colour; // a swatch when the lanes are the colouring dimension
    bool collapsed = false;
    int rows = 0;
    int count = 0; // the lane's initiatives over the whole roadmap, whatever the quarters shown
    int shown = 0; // those among them in the shown quarters
    // Lanes by goal (tag): initiatives in other lanes that serve this goal too (carry the tag).
    int alsoServing = 0;
    qreal headerHeight = 0; // the room its title and subtitle need
    qreal splitHeaderHeight = 0; // the least room of each part when it is cut between pages
    qreal top = 0;
    qreal height = 0;
    // For a collapsed lane: the quarters its initiatives span.
    std::optional<Quarter> spanFrom;
    std::optional<Quarter> spanTo;
};

struct RoadmapArrow {
    int from = -1; // bar indices
    int to = -1;
    QPolygonF path;
    QRectF bounds;
};

struct RoadmapMarker {
    enum class Kind { Milestone, EndOfSupport };
    Kind kind = Kind::Milestone;
    QString label;
    Quarter quarter;
    qreal x = 0; // body coordinates
    int row = 0;
    bool labelLeft = false; // the label ends at the marker (near the right edge)
    qreal labelWidth = 0; // long names are elided to about a quarter and a half
    qint64 entity = 0; // the milestone or (the first) system
    int count = 1; // systems whose support ends in this quarter, when grouped
};

// The utilisations the legend shows as the capacity strip's scale (drawn and in tooltips).
inline constexpr int kLegendHeatLevels[] = {40, 85, 100, 130};

struct LegendEntry {
    enum class Symbol {
        Title,
        Swatch,
        Milestone,
        EndOfSupport,
        Pinned,
        Late,
        Unplaced,
        Today,
        Heat
    };
    Symbol symbol = Symbol::Swatch;
    QString label;
    QColor colour;
    QRectF rect; // relative to the legend's top left
};

// On paper, what a numbered mark stands for: "[2]" — "Support ends in 2027 Q4: A, B, C".
struct KeyEntry {
    QString mark;
    QString text;
};

struct CapacityCell {
    qint64 demand = 0;
    qint64 capacity = 0;
    std::optional<int> percent;
};

struct CapacityRow {
    ResourceId resource;
    QString name;
    std::vector<CapacityCell> cells; // per shown quarter
};

// Where everything goes, in points, apart from painting. The composition is
//
//   [ corner      | time axis, markers band ]
//   [ lane titles | body (lanes of bars)    ]
//   [ resources   | capacity strip          ]
//   [ legend, across the whole width        ]
//
// Bars, arrows and markers are in body coordinates: x = 0 at the start of the first shown
// quarter, y = 0 at the top of the first lane.
struct RoadmapLayout {
    RoadmapOptions options;
    Quarter first;
    int quarters = 0;
    Quarter planFirst;
    Quarter planLast;
    QuarterStyle quarterStyle = QuarterStyle::Calendar;
    int fiscalStartMonth = 1;

    qreal headerWidth = 0;
    qreal axisHeight = 0;
    qreal markerHeight = 0; // the band of milestones and ends of support under the axis
    qreal bodyHeight = 0;
    qreal capacityRowHeight = 0;
    qreal legendHeight = 0;
    qreal rowHeight = 0;
    qreal barInset = 0;
    qreal lanePad = 0; // above the first row and below the last: a lane's rows begin at top + pad
    qreal markerRowHeight = 0;
    std::optional<qreal> todayX;

    std::vector<RoadmapLane> lanes;
    std::vector<RoadmapBar> bars; // sorted by top, then left: cull by binary search on y
    std::vector<RoadmapArrow> arrows;
    std::vector<RoadmapMarker> markers;
    std::vector<LegendEntry> legend;
    std::vector<CapacityRow> capacity;
    std::vector<KeyEntry> key; // print: numbered labels, then numbered groups of marks

    // Where lane titles begin in the header column (after the collapse mark on screen).
    qreal laneTitleLeft() const { return options.print ? 18 : 32; }
    qreal xOf(Quarter q) const { return (q - first) * options.quarterWidth; }
    qreal bodyWidth() const { return quarters * options.quarterWidth; }
    qreal topHeight() const { return axisHeight + markerHeight; }
    qreal capacityHeight() const { return capacity.size() * capacityRowHeight; }
    QSizeF size() const
    {
        return {
            headerWidth + bodyWidth(), topHeight() + bodyHeight + capacityHeight() + legendHeight};
    }
    int barIndex(InitiativeId id) const;
    // The bar under a point in body coordinates, or -1.
    int barAt(QPointF body) const;
    // Indices of the bars whose rectangles meet the band [top, bottom).
    std::pair<size_t, size_t> barsBetween(qreal top, qreal bottom) const;
    int laneAt(qreal bodyY) const;
    std::optional<Quarter> quarterAt(qreal bodyX) const;
};

// The font at a factor of its size, whether it is sized in points or pixels.
QFont scaledFont(const QFont &font, qreal factor);

// Flows legend entries into rows for a width (sets their rects); returns the legend's height.
qreal layoutLegend(std::vector<LegendEntry> &entries, qreal width, const QFont &font);

// Key entries in columns across a width, down the first column first: each entry's box, with
// its mark and its text wrapped beside it. The key's height is the lowest box's bottom.
std::vector<QRectF> layoutKey(const std::vector<KeyEntry> &entries, qreal width, const QFont &font);
// The room a key's marks take before their texts.
qreal keyMarkWidth(const std::vector<KeyEntry> &entries, const QFont &font);

// Builds layouts and remembers what it measured, so that a layout after an edit re-measures only
// new labels and re-packs only lanes whose bars changed.
class RoadmapLayoutEngine {
public:
    RoadmapLayoutEngine();
    ~RoadmapLayoutEngine();

    RoadmapLayout layout(
        const PlanContent &plan, const PlanSchedule &schedule, const RoadmapOptions &options);

    // Counters for tests and the benchmark: what the last layout had to redo.
    int lanesPacked() const { return m_lanesPacked; }
    int lanesReused() const { return m_lanesReused; }
    int labelsMeasured() const { return m_labelsMeasured; }

    struct Packing; // a lane's rows, by its inputs

private:
    class Pass; // one layout, in stages

    qreal textWidth(const QString &text, bool small);

    QFont m_font;
    QHash<QString, qreal> m_widths;
    QHash<QString, qreal> m_smallWidths;
    // Lane headers' heights, whole and split, by title and subtitle (for one font and density).
    QHash<QString, std::pair<qreal, qreal>> m_headers;
    bool m_condensed = false;
    QHash<QString, std::shared_ptr<const Packing>> m_packings;
    int m_lanesPacked = 0;
    int m_lanesReused = 0;
    int m_labelsMeasured = 0;
};

} // namespace Cairn
