#pragma once

#include "app/render/colours.h"
#include "app/render/graphdrawing.h"
#include "app/render/graphpainter.h"
#include "core/graph/plangraph.h"

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace Cairn {

class Plan;
class Presence;
struct PlanChange;
struct PlanSchedule;

// The dependency graph drawn with Qt Graphics View: goals on the left, initiatives in the
// middle, systems on the right, laid out by Graphviz in the background (the window never
// waits for it). Selecting a node brings forward what it reaches and fades the rest.
class GraphView : public QGraphicsView {
    Q_OBJECT

public:
    explicit GraphView(const Plan &plan, QWidget *parent = nullptr);
    ~GraphView() override;

    void setSchedule(std::shared_ptr<const PlanSchedule> schedule);
    std::shared_ptr<const PlanSchedule> schedule() const { return m_schedule; }

    void setFilter(const GraphFilter &filter);
    const GraphFilter &filter() const { return m_filter; }
    void setColouring(GraphColouring colouring);
    GraphColouring colouring() const { return m_style.colourBy; }

    // The selected goal, initiative or system (0: none). setSelected does not signal.
    void setSelected(qint64 id);
    qint64 selected() const { return m_selected; }
    // Initiatives a what-if would make late: outlined until cleared.
    void setWarnings(const QSet<qint64> &ids);

    const PlanGraph &graph() const { return m_graph; }
    // What is on screen: placed once the first layout is done.
    const GraphDrawing &drawing() const { return m_drawing; }
    const GraphEmphasis &emphasis() const { return m_emphasis; }
    const GraphPainter &painter() const { return *m_painter; }
    bool isLayingOut() const { return m_running; }
    // Changed since the last layout while hidden: laid out when shown (or waited for).
    bool isStale() const { return m_stale; }
    // Large graphs are not laid out whole until asked (a focus or a filter is quicker to read).
    static constexpr int kWholeGraphLimit = 800;
    bool isTooLarge() const { return m_tooLarge; }
    void layOutAnyway();

    void zoomIn();
    void zoomOut();
    void fitToWindow();

    // Blocks (running events) until no layout is pending or running; false on timeout. For
    // tests and the headless screenshot. A hidden view lays nothing out (see isStale).
    bool waitForLayout(int timeoutMs = 30000);

    // Geometry of the graph on screen, for tests: a node's centre in viewport coordinates.
    QPoint viewportPointOf(qint64 id) const;

    // Colleagues editing the items of a shared plan (none: a plan file): their mark on the
    // nodes' corners, and who they are in the tooltips. Not owned; it must outlive the view.
    void setPresence(const Presence *presence);
    // The mark on an item's node (none: nobody else is on it, or it is not in the graph).
    QGraphicsItem *presenceMarkOf(qint64 id) const;

signals:
    void selectionChanged(qint64 id); // by the user
    void focusRequested(qint64 id); // a double-click
    void layoutFinished();
    void statusChanged(const QString &text);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void planChanged(const PlanChange &change);
    void rebuild(); // now when shown, else once shown
    void rebuildNow();
    void startLayout();
    void layoutDone();
    void rebuildScene();
    void updateEmphasis();
    void refreshItems();
    qint64 nodeAt(const QPoint &pos) const;
    void setZoom(qreal factor);
    QString overlayText() const;
    QList<QGraphicsItem *> nodeItems() const; // the nodes' own items, not their marks
    QGraphicsItem *nodeItem(int index) const;
    void presenceChanged(const QList<qint64> &items);
    void showPresence(QGraphicsItem *node); // its tooltip and its mark

    const Plan &m_plan;
    const Presence *m_presence = nullptr;
    std::shared_ptr<const PlanSchedule> m_schedule;
    PlanGraph m_graph;
    GraphFilter m_filter;
    GraphStyle m_style;
    Theme m_theme;
    GraphDrawing m_drawing; // on screen
    QList<QGraphicsItem *> m_nodeItems; // the scene's node items, by the drawing's node index
    GraphDrawing m_inFlight; // being laid out
    std::unique_ptr<GraphPainter> m_painter;
    GraphEmphasis m_emphasis;
    qint64 m_selected = 0;
    QSet<qint64> m_warnings;
    QThreadPool m_pool;
    QFutureWatcher<GraphLayoutResult> m_watcher;
    QTimer m_debounce;
    bool m_stale = false; // something changed while hidden
    bool m_running = false;
    bool m_wanted = false; // another layout is wanted after the running one
    bool m_tooLarge = false;
    bool m_forceWhole = false;
    bool m_fitPending = true;
    bool m_userZoomed = false;
    QString m_error;
};

} // namespace Cairn
