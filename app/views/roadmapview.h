#pragma once

#include "app/render/colours.h"
#include "app/render/roadmaplayout.h"
#include "app/render/roadmappainter.h"
#include "core/schedule/schedulemoves.h"

#include <QAbstractScrollArea>
#include <QVariantAnimation>

#include <functional>
#include <memory>

namespace Cairn {

class EditFacade;
class Plan;
class Presence;

// The roadmap timeline on screen: a scrolled window onto a RoadmapLayout, drawn by the shared
// RoadmapPainter with the lane titles, time axis, capacity strip and legend kept in view.
// Dragging a bar pins it to another quarter, dragging its right edge changes its duration; both
// are one undo step each, and the live schedule moves the other bars.
class RoadmapView : public QAbstractScrollArea {
    Q_OBJECT

public:
    RoadmapView(Plan &plan, EditFacade *edit, QWidget *parent = nullptr);
    ~RoadmapView() override;

    // Lays the plan out with a schedule; with the plan generation it was made from, only when it
    // is the plan's current one (see LiveSchedule).
    // `content`: the plan that was scheduled when it is not the plan itself (a scenario's).
    void setSchedule(std::shared_ptr<const PlanSchedule> schedule,
        std::optional<quint64> generation = std::nullopt,
        std::shared_ptr<const PlanContent> content = nullptr);

    // Where other futures put the initiatives (another scenario, a baseline): drawn as dashed
    // outlines in the bars' rows, with an arrow to where the bar is now when it moved.
    struct Ghost {
        InitiativeId id;
        Quarter start;
        Quarter finish; // inclusive
    };
    void setGhosts(std::vector<Ghost> ghosts, const QString &legend);
    const std::vector<Ghost> &ghosts() const { return m_ghosts; }
    std::shared_ptr<const PlanSchedule> schedule() const { return m_schedule; }
    // What the last edit moved (with the schedule of the same generation): the bars glide from
    // where they were (unless the user prefers reduced motion: setting view/reducedMotion) and
    // stay marked until the next edit.
    void setMoves(const std::vector<ScheduleMove> &moves, std::optional<quint64> generation);
    const QHash<qint64, int> &moved() const { return m_moves; } // id -> quarters moved
    bool gliding() const { return m_glide.state() == QAbstractAnimation::Running; }

    RoadmapDimension colourBy() const { return m_options.colourBy; }
    RoadmapDimension laneBy() const { return m_options.laneBy; }
    ArrowMode arrowMode() const { return m_state.arrows; }
    bool showsCapacity() const { return m_options.showCapacity; }
    void setColourBy(RoadmapDimension d);
    void setLaneBy(RoadmapDimension d);
    void setArrowMode(ArrowMode mode);
    void setShowCapacity(bool show);
    void setToday(QDate today);
    const RoadmapOptions &options() const { return m_options; }

    qreal quarterWidth() const { return m_options.quarterWidth; }
    void setQuarterWidth(qreal width);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    static constexpr qreal kMinQuarterWidth = 28;
    static constexpr qreal kMaxQuarterWidth = 480;

    InitiativeId selected() const { return m_state.selected; }
    // Selects a bar and scrolls it into view (an invalid id clears the selection).
    void setSelected(InitiativeId id);
    void toggleLane(const QString &key);

    const RoadmapLayout &layout() const { return m_layout; }
    const RoadmapLayoutEngine &engine() const { return m_engine; }
    // The visible part of a bar in viewport coordinates (empty when it is scrolled away or not
    // on the roadmap).
    QRect barRect(InitiativeId id) const;
    // The text of the tooltip at a viewport position.
    QString toolTipAt(QPoint pos) const;
    // Colleagues editing the initiatives of a shared plan (none: a plan file): their mark on
    // the bars, and who they are in the bars' tooltips. Not owned; it must outlive the view.
    void setPresence(const Presence *presence);
    // Where a bar's presence mark is drawn, in viewport coordinates (empty when nobody else is
    // on it, or it is scrolled away).
    QRect presenceMarkRect(InitiativeId id) const;
    // On a short view (a 1280x720 projector with the docks open) the legend gives its rows to
    // the bars: the corner then says "Legend" and its tooltip holds the legend.
    static constexpr int kLegendMinHeight = 520;
    bool legendShown() const { return m_legendShown; }
    QString legendToolTip() const;

signals:
    void selectionChanged(Cairn::InitiativeId id);
    void activated(Cairn::InitiativeId id); // double click or Enter: show it in the inspector
    void refused(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int markerRowsFor(int height) const;
    enum class Region { Corner, Axis, Headers, Body, Capacity, Legend };
    Region regionAt(QPoint pos) const;
    QRectF window() const; // the body window shown, in body coordinates
    QPointF toBody(QPoint pos) const;
    QRectF bodyViewport() const; // where the body is drawn, in viewport coordinates
    qreal bottomHeight() const { return m_layout.capacityHeight() + m_legendHeight; }
    void measureLegend(); // the legend's height at the viewport's width
    void relayout();
    void updateScrollBars();
    void autoFit();
    void ensureVisible(InitiativeId id);
    void select(InitiativeId id);
    void moveSelection(int dx, int dy);
    void change(InitiativeId id, const std::function<void(Initiative &)> &edit);
    void pin(InitiativeId id, std::optional<Quarter> start);
    void setDuration(InitiativeId id, int duration);
    QString barToolTip(const RoadmapBar &bar) const;
    // The plan the bars show: a scenario's when one is shown, else the plan's own.
    const PlanContent &shownContent() const { return m_content ? *m_content : m_plan.content(); }
    void paintGhosts(QPainter &p) const;
    void presenceChanged(const QList<qint64> &items);
    QRectF toViewport(const QRectF &body) const;

    Plan &m_plan;
    EditFacade *m_edit;
    const Presence *m_presence = nullptr;
    std::shared_ptr<const PlanSchedule> m_schedule;
    std::shared_ptr<const PlanContent> m_content; // a scenario's plan, or none: the plan's
    std::vector<Ghost> m_ghosts;
    QString m_ghostLegend;
    RoadmapOptions m_options;
    RoadmapLayoutEngine m_engine;
    RoadmapLayout m_layout;
    RoadmapState m_state;
    Theme m_theme;

    struct Press {
        InitiativeId id;
        QPoint pos;
        bool resize = false;
        bool dragging = false;
        Quarter start;
        int duration = 1;
    };
    std::optional<Press> m_press;
    QHash<qint64, int> m_moves;
    QVariantAnimation m_glide;
    bool m_autoFit = true; // the first time the plan is shown, fit its years to the window
    qreal m_legendHeight = 0; // measured on layout and resize, not on every mouse move
    bool m_legendShown = true;
    QRectF legendHintRect() const; // where the corner says "Legend" when it is not drawn
};

} // namespace Cairn
