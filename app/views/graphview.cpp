#include "app/views/graphview.h"

#include "app/views/presencemark.h"
#include "core/analysis/impact.h"
#include "core/domain/plan.h"
#include "core/edit/entityvalue.h"
#include "core/schedule/planscheduler.h"
#include "core/session/presence.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QIcon>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPromise>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QThread>
#include <QWheelEvent>

#include <cmath>

namespace Cairn {

namespace {

constexpr qreal kMinZoom = 0.04;
constexpr qreal kMaxZoom = 4.0;
// Below this scale names are unreadable anyway: boxes only, which keeps big graphs smooth.
constexpr qreal kTextLevel = 0.3;

bool sameLayout(const GraphLayoutRequest &a, const GraphLayoutRequest &b)
{
    if (a.nodes.size() != b.nodes.size() || a.edges.size() != b.edges.size()
        || a.nodeSeparation != b.nodeSeparation || a.rankSeparation != b.rankSeparation)
        return false;
    for (size_t k = 0; k < a.nodes.size(); ++k)
        if (a.nodes[k].size != b.nodes[k].size || a.nodes[k].band != b.nodes[k].band)
            return false;
    for (size_t k = 0; k < a.edges.size(); ++k)
        if (a.edges[k].from != b.edges[k].from || a.edges[k].to != b.edges[k].to
            || a.edges[k].weight != b.edges[k].weight)
            return false;
    return true;
}

// One node or edge of the drawing on screen; painted by the same painter as the pictures.
class GraphItem : public QGraphicsItem {
public:
    GraphItem(const GraphView *view, bool node, int index)
        : m_view(view)
        , m_node(node)
        , m_index(index)
    {
        const GraphDrawing &d = view->drawing();
        if (node) {
            const GraphDrawing::Node &n = d.nodes[size_t(index)];
            m_bounds = n.rect.adjusted(-4, -4, 4, 4);
            m_shape.addRect(n.rect);
            setCursor(Qt::PointingHandCursor);
            setZValue(2); // its tooltip: GraphView::showPresence
        } else {
            const GraphDrawing::Edge &e = d.edges[size_t(index)];
            QPainterPathStroker stroker;
            stroker.setWidth(8);
            m_shape = stroker.createStroke(e.path);
            m_bounds
                = m_shape.boundingRect().united(e.arrowHead.boundingRect()).adjusted(-4, -4, 4, 4);
            if (!e.label.isEmpty())
                m_bounds = m_bounds.united(QRectF(e.labelAt - QPointF(40, 12), QSizeF(80, 24)));
            setToolTip(e.tooltip);
            setZValue(0);
        }
    }

    enum { Type = UserType + 1 };
    int type() const override { return Type; }
    bool isNode() const { return m_node; }
    int index() const { return m_index; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_shape; }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const GraphEmphasis &e = m_view->emphasis();
        const GraphPainter &painter = m_view->painter();
        if (m_node) {
            const qreal level = option->levelOfDetailFromTransform(p->worldTransform());
            painter.paintNode(*p, m_index, GraphPainter::nodeState(e, m_index),
                e.warnings.contains(m_index), level >= kTextLevel);
        } else {
            painter.paintEdge(
                *p, m_index, GraphPainter::edgeState(e, m_index), e.chain.contains(m_index));
        }
    }

private:
    const GraphView *m_view;
    bool m_node;
    int m_index;
    QRectF m_bounds;
    QPainterPath m_shape;
};

// Colleagues editing a node's item: the first one's mark on the node's top right corner, saying
// who in its tooltip. A child of the node's item: it goes with the node, and fades with it. Its
// size on screen is the same at any zoom, like the tables' mark: readable on the whole plan
// fitted to the window, and small beside a node zoomed in.
class PresenceItem : public QGraphicsItem {
public:
    static constexpr qreal kSize = 14; // pixels on screen

    PresenceItem(const GraphView *view, GraphItem *node)
        : QGraphicsItem(node)
        , m_view(view)
        , m_node(node->index())
        , m_rect(-kSize / 2, -kSize / 2, kSize, kSize)
    {
        setFlag(ItemIgnoresTransformations);
        setPos(view->drawing().nodes[size_t(m_node)].rect.topRight());
        setCursor(Qt::PointingHandCursor); // a click on it is a click on the node
        setZValue(1);
    }

    enum { Type = UserType + 2 };
    int type() const override { return Type; }
    void setMark(const QIcon &icon, const QColor &ring, const QString &text)
    {
        m_icon = icon;
        m_ring = ring;
        setToolTip(text);
        update();
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }
    QPainterPath shape() const override
    {
        QPainterPath path;
        path.addEllipse(m_rect.adjusted(-1.5, -1.5, 1.5, 1.5));
        return path;
    }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        p->save();
        if (GraphPainter::nodeState(m_view->emphasis(), m_node) == GraphPainter::State::Faded)
            p->setOpacity(GraphPainter::kFadedNode);
        p->setPen(Qt::NoPen);
        p->setBrush(m_ring); // keeps it apart from a node of the same colour
        p->drawPath(shape());
        m_icon.paint(p, m_rect.toRect());
        p->restore();
    }

private:
    const GraphView *m_view;
    int m_node;
    QRectF m_rect;
    QIcon m_icon;
    QColor m_ring;
};

GraphItem *nodeOf(QGraphicsItem *item)
{
    if (item && item->type() == PresenceItem::Type)
        item = item->parentItem();
    auto *g = qgraphicsitem_cast<GraphItem *>(item);
    return g && g->isNode() ? g : nullptr;
}

PresenceItem *markOf(const QGraphicsItem *node)
{
    for (QGraphicsItem *child : node->childItems())
        if (auto *mark = qgraphicsitem_cast<PresenceItem *>(child))
            return mark;
    return nullptr;
}

} // namespace

GraphView::GraphView(const Plan &plan, QWidget *parent)
    : QGraphicsView(parent)
    , m_plan(plan)
    , m_theme(Theme::fromPalette(palette()))
{
    setObjectName(QStringLiteral("graphView"));
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundBrush(m_theme.background);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    m_style.font = font();
    m_painter = std::make_unique<GraphPainter>(m_drawing, m_theme);
    m_pool.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &GraphView::rebuild);
    connect(&m_plan, &Plan::changed, this, &GraphView::planChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &GraphView::layoutDone);
    rebuild(); // once shown: a plan opens without laying out a graph nobody looks at
}

GraphView::~GraphView()
{
    // The layout thread only touches its own copy of the request; wait for it to let go.
    m_pool.waitForDone();
}

void GraphView::planChanged(const PlanChange &)
{
    m_debounce.start();
}

void GraphView::setSchedule(std::shared_ptr<const PlanSchedule> schedule)
{
    m_schedule = std::move(schedule);
    m_drawing.setSchedule(m_plan.content(), m_schedule.get());
    for (QGraphicsItem *node : nodeItems())
        showPresence(node); // the tooltip says the new dates
    updateEmphasis();
}

void GraphView::setFilter(const GraphFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_forceWhole = false;
    m_fitPending = true;
    rebuild();
}

void GraphView::setColouring(GraphColouring colouring)
{
    if (colouring == m_style.colourBy)
        return;
    m_style.colourBy = colouring;
    rebuild(); // colours only: the layout is kept
}

void GraphView::setSelected(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    updateEmphasis();
    const int n = m_drawing.indexOf(id);
    if (n >= 0
        && !viewport()->rect().contains(mapFromScene(m_drawing.nodes[size_t(n)].rect.center())))
        centerOn(m_drawing.nodes[size_t(n)].rect.center());
}

void GraphView::setWarnings(const QSet<qint64> &ids)
{
    m_warnings = ids;
    updateEmphasis();
}

void GraphView::layOutAnyway()
{
    m_forceWhole = true;
    rebuild();
}

void GraphView::rebuild()
{
    m_debounce.stop();
    if (!isVisible()) { // another tab is in front: lay out when this one is shown
        m_stale = true;
        return;
    }
    rebuildNow();
}

void GraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_stale)
        rebuildNow();
}

void GraphView::rebuildNow()
{
    m_stale = false;
    m_debounce.stop();
    if (m_running) {
        m_wanted = true; // after the running one; its result is shown meanwhile
        return;
    }
    m_graph = PlanGraph(m_plan.content());
    const GraphSelection selection = m_graph.select(m_filter);
    m_tooLarge = !m_forceWhole && selection.nodes.size() > kWholeGraphLimit;
    if (m_tooLarge) {
        scene()->clear();
        m_nodeItems.clear();
        m_drawing = GraphDrawing();
        m_drawing.style = m_style;
        viewport()->update();
        emit statusChanged(tr("%n item(s): too many to read at once. Focus on one, or filter.",
            nullptr, int(selection.nodes.size())));
        emit layoutFinished();
        return;
    }
    GraphDrawing next
        = GraphDrawing::build(m_plan.content(), m_schedule.get(), m_graph, selection, m_style);
    if (m_drawing.placed && sameLayout(next.layoutRequest(), m_drawing.layoutRequest())) {
        // Nothing that moves anything changed (a colour, a date, a cost): keep the layout.
        const GraphDrawing &placed = m_drawing;
        for (size_t k = 0; k < next.nodes.size(); ++k)
            next.nodes[k].rect = placed.nodes[k].rect;
        for (size_t k = 0; k < next.edges.size(); ++k) {
            next.edges[k].path = placed.edges[k].path;
            next.edges[k].arrowHead = placed.edges[k].arrowHead;
            next.edges[k].labelAt = placed.edges[k].labelAt;
        }
        next.bounds = placed.bounds;
        next.placed = true;
        m_drawing = std::move(next);
        rebuildScene();
        return;
    }
    m_inFlight = std::move(next);
    startLayout();
}

void GraphView::startLayout()
{
    m_running = true;
    m_error.clear();
    auto promise = std::make_shared<QPromise<GraphLayoutResult>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    m_pool.start([promise, request = m_inFlight.layoutRequest()] {
        promise->addResult(layoutGraph(request));
        promise->finish();
    });
    emit statusChanged(tr("Laying out %n item(s)…", nullptr, int(m_inFlight.nodes.size())));
    viewport()->update();
}

void GraphView::layoutDone()
{
    m_running = false;
    const GraphLayoutResult result
        = m_watcher.future().resultCount() > 0 ? m_watcher.result() : GraphLayoutResult {};
    if (!result.ok) {
        m_error = result.error;
        emit statusChanged(m_error);
    } else {
        m_inFlight.setSchedule(m_plan.content(), m_schedule.get());
        m_inFlight.place(result);
        m_drawing = std::move(m_inFlight);
        m_inFlight = GraphDrawing();
        rebuildScene();
        emit statusChanged(
            tr("%n item(s), %1 links; laid out in %2 ms", nullptr, int(m_drawing.nodes.size()))
                .arg(m_drawing.edges.size())
                .arg(QLocale().toString(result.milliseconds, 'f', 0)));
    }
    emit layoutFinished();
    if (m_wanted) {
        m_wanted = false;
        rebuild();
    }
}

void GraphView::rebuildScene()
{
    scene()->clear();
    m_nodeItems.clear();
    for (int e = 0; e < int(m_drawing.edges.size()); ++e)
        scene()->addItem(new GraphItem(this, false, e));
    m_nodeItems.reserve(qsizetype(m_drawing.nodes.size()));
    for (int n = 0; n < int(m_drawing.nodes.size()); ++n) {
        auto *node = new GraphItem(this, true, n);
        scene()->addItem(node);
        m_nodeItems << node;
        showPresence(node);
    }
    scene()->setSceneRect(m_drawing.bounds);
    updateEmphasis();
    if (m_fitPending || !m_userZoomed) {
        fitToWindow();
        m_fitPending = false;
    }
    viewport()->update();
}

void GraphView::updateEmphasis()
{
    m_emphasis = GraphEmphasis();
    for (qint64 id : std::as_const(m_warnings))
        if (const int n = m_drawing.indexOf(id); n >= 0)
            m_emphasis.warnings.insert(n);
    const int selected = m_drawing.indexOf(m_selected);
    const GraphNode *node = m_graph.node(m_selected);
    if (selected >= 0 && node) {
        m_emphasis.selected = selected;
        m_emphasis.nodes.insert(selected);
        const PlanContent &plan = m_plan.content();
        QSet<qint64> reached {m_selected}; // ids brought forward
        QSet<std::pair<qint64, qint64>> links; // (from, to) ids of links brought forward
        QSet<std::pair<qint64, qint64>> chain;
        if (node->kind == GraphNodeKind::System) {
            const SystemImpactReport r = systemImpact(plan, SystemId {m_selected});
            for (const auto &t : r.initiatives) {
                reached.insert(t.initiative.value);
                links.insert({t.initiative.value, m_selected});
            }
            for (const auto &g : r.goals) {
                reached.insert(g.goal.value);
                for (InitiativeId i : g.through)
                    links.insert({i.value, g.goal.value});
            }
            for (const auto &d : r.dependants) {
                reached.insert(d.system.value);
                links.insert({d.system.value, d.runsOn.value});
            }
        } else if (node->kind == GraphNodeKind::Initiative) {
            const InitiativeImpactReport r
                = initiativeImpact(plan, InitiativeId {m_selected}, m_schedule.get());
            for (const auto &w : r.waiting) {
                reached.insert(w.initiative.value);
                links.insert({w.waitsFor.value, w.initiative.value});
            }
            if (r.chain)
                for (qsizetype k = 1; k < r.chain->initiatives.size(); ++k)
                    chain.insert(
                        {r.chain->initiatives[k - 1].value, r.chain->initiatives[k].value});
        }
        // Direct links of the selected node are always brought forward.
        for (int e = 0; e < int(m_drawing.edges.size()); ++e) {
            const GraphDrawing::Edge &edge = m_drawing.edges[size_t(e)];
            const qint64 a = m_drawing.nodes[size_t(edge.from)].id;
            const qint64 b = m_drawing.nodes[size_t(edge.to)].id;
            if (a == m_selected || b == m_selected) {
                reached.insert(a);
                reached.insert(b);
                m_emphasis.edges.insert(e);
            }
            if (links.contains({a, b}))
                m_emphasis.edges.insert(e);
            if (chain.contains({a, b}))
                m_emphasis.chain.insert(e);
        }
        for (qint64 id : std::as_const(reached))
            if (const int n = m_drawing.indexOf(id); n >= 0)
                m_emphasis.nodes.insert(n);
    }
    for (QGraphicsItem *item : scene()->items()) {
        auto *g = qgraphicsitem_cast<GraphItem *>(item);
        if (g && !g->isNode())
            item->setZValue(m_emphasis.chain.contains(g->index()) ? 1.5
                    : m_emphasis.edges.contains(g->index())       ? 1
                                                                  : 0);
        item->update();
    }
}

qint64 GraphView::nodeAt(const QPoint &pos) const
{
    for (QGraphicsItem *item : items(pos))
        if (const GraphItem *g = nodeOf(item))
            return m_drawing.nodes[size_t(g->index())].id;
    return 0;
}

QList<QGraphicsItem *> GraphView::nodeItems() const
{
    return m_nodeItems;
}

QGraphicsItem *GraphView::nodeItem(int index) const
{
    return index >= 0 && index < m_nodeItems.size() ? m_nodeItems[index] : nullptr;
}

void GraphView::setPresence(const Presence *presence)
{
    if (m_presence)
        disconnect(m_presence, nullptr, this, nullptr);
    m_presence = presence;
    if (m_presence)
        connect(m_presence, &Presence::changed, this, &GraphView::presenceChanged);
    for (QGraphicsItem *node : nodeItems())
        showPresence(node);
}

void GraphView::presenceChanged(const QList<qint64> &items)
{
    for (const qint64 id : items)
        if (QGraphicsItem *node = nodeItem(m_drawing.indexOf(id)))
            showPresence(node);
}

void GraphView::showPresence(QGraphicsItem *item)
{
    auto *node = static_cast<GraphItem *>(item);
    const GraphDrawing::Node &n = m_drawing.nodes[size_t(node->index())];
    QString tip
        = n.subtitle.isEmpty() ? n.tooltip : QStringLiteral("%1\n%2").arg(n.tooltip, n.subtitle);
    const QStringList colleagues = m_presence ? m_presence->colleagues(n.id) : QStringList();
    PresenceItem *mark = markOf(node);
    if (colleagues.isEmpty()) {
        delete mark;
    } else {
        const auto entity = entityById(m_plan, n.id);
        const QString text
            = PresenceMark::text(colleagues, entity ? kindOf(*entity) : EntityKind::Initiative);
        tip += QStringLiteral("\n") + text;
        if (!mark)
            mark = new PresenceItem(this, node);
        mark->setMark(PresenceMark::icon(colleagues), m_theme.background, text);
    }
    node->setToolTip(tip);
}

QGraphicsItem *GraphView::presenceMarkOf(qint64 id) const
{
    const QGraphicsItem *node = nodeItem(m_drawing.indexOf(id));
    return node ? markOf(node) : nullptr;
}

QPoint GraphView::viewportPointOf(qint64 id) const
{
    const int n = m_drawing.indexOf(id);
    return n < 0 ? QPoint(-1, -1) : mapFromScene(m_drawing.nodes[size_t(n)].rect.center());
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const qint64 id = nodeAt(event->pos())) {
            setSelected(id);
            emit selectionChanged(id);
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const qint64 id = nodeAt(event->pos()); id && event->button() == Qt::LeftButton) {
        emit focusRequested(id);
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToWindow();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void GraphView::setZoom(qreal factor)
{
    const qreal current = transform().m11();
    const qreal target = std::clamp(current * factor, kMinZoom, kMaxZoom);
    scale(target / current, target / current);
    m_userZoomed = true;
}

void GraphView::zoomIn()
{
    setZoom(1.25);
}

void GraphView::zoomOut()
{
    setZoom(1 / 1.25);
}

void GraphView::fitToWindow()
{
    m_userZoomed = false;
    if (m_drawing.bounds.isEmpty())
        return;
    const QRectF area = viewport()->rect().adjusted(8, 8, -8, -8);
    // Fit, but never blow a small graph up past its own size.
    const qreal s = std::clamp(std::min(area.width() / m_drawing.bounds.width(),
                                   area.height() / m_drawing.bounds.height()),
        kMinZoom, 1.0);
    setTransform(QTransform::fromScale(s, s));
    centerOn(m_drawing.bounds.center());
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed)
        fitToWindow();
}

void GraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_theme = Theme::fromPalette(palette());
        setBackgroundBrush(m_theme.background);
        m_painter = std::make_unique<GraphPainter>(m_drawing, m_theme);
        for (QGraphicsItem *node : nodeItems())
            showPresence(node); // the marks' rings
        viewport()->update();
    } else if (event->type() == QEvent::FontChange) {
        m_style.font = font();
        rebuild();
    }
}

QString GraphView::overlayText() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_tooLarge)
        return tr("%n goals, initiatives and systems are too many to read at once.\nFind "
                  "one by name (or select it in another view) and focus on it, or filter by "
                  "goal, system, tag or kind.\n"
                  "(Laying everything out may take a minute.)",
            nullptr, int(m_graph.select(m_filter).nodes.size()));
    if (m_running && !m_drawing.placed)
        return tr("Laying out the graph…");
    if (!m_running && m_drawing.placed && m_drawing.nodes.empty())
        return m_filter.focus ? tr("The focused item is hidden by the filters.")
                              : tr("Nothing to show: no goal, initiative or system passes the "
                                   "filters.");
    return {};
}

void GraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    const QString text = overlayText();
    if (text.isEmpty() && !m_running)
        return;
    painter->save();
    painter->resetTransform();
    const QRect area = viewport()->rect();
    painter->setPen(m_theme.mutedText);
    painter->setFont(font());
    if (!text.isEmpty())
        painter->drawText(
            area.adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, text);
    else // a layout of a changed graph runs: a quiet note in the corner
        painter->drawText(
            area.adjusted(8, 8, -8, -8), Qt::AlignRight | Qt::AlignTop, tr("Laying out…"));
    painter->restore();
}

bool GraphView::waitForLayout(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while ((m_running || m_wanted || m_debounce.isActive()) && timer.elapsed() < timeoutMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        if (m_debounce.isActive() && !m_running)
            rebuild();
        QThread::msleep(2);
    }
    QApplication::processEvents();
    return !m_running && !m_wanted;
}

} // namespace Cairn
