#include "app/views/roadmapview.h"

#include "app/views/presencemark.h"
#include "core/domain/plan.h"
#include "core/edit/editfacade.h"
#include "core/session/presence.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFontInfo>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QToolTip>

#include <cmath>

namespace Cairn {

RoadmapView::RoadmapView(Plan &plan, EditFacade *edit, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_plan(plan)
    , m_edit(edit)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    m_options.today = QDate::currentDate();
    m_theme = Theme::fromPalette(palette());
    m_options.font = font();
    m_options.font.setPixelSize(std::max(11, QFontInfo(font()).pixelSize()));
    connect(&m_glide, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_state.glide = v.toReal();
        viewport()->update();
    });
    // A change of the plan is laid out with the schedule made for it, when it comes (see
    // setSchedule): laying it out now, with the old schedule, would put a dragged bar back in
    // its old quarter for a moment.
}

RoadmapView::~RoadmapView() = default;

void RoadmapView::setSchedule(std::shared_ptr<const PlanSchedule> schedule,
    std::optional<quint64> generation, std::shared_ptr<const PlanContent> content)
{
    // A schedule of an older version of the plan is not shown: a newer one is on its way.
    if (generation && *generation != m_plan.generation())
        return;
    m_schedule = std::move(schedule);
    m_content = std::move(content);
    relayout();
}

void RoadmapView::setMoves(
    const std::vector<ScheduleMove> &moves, std::optional<quint64> generation)
{
    if (generation && *generation != m_plan.generation())
        return;
    QHash<qint64, int> next;
    for (const ScheduleMove &m : moves)
        next.insert(m.id.value, m.quarters());
    if (next == m_moves)
        return;
    m_moves = next;
    m_glide.stop();
    m_state.glide = 0;
    relayout();
    if (m_moves.isEmpty() || QSettings().value(QStringLiteral("view/reducedMotion")).toBool())
        return;
    m_glide.setDuration(400);
    m_glide.setEasingCurve(QEasingCurve::OutCubic);
    m_glide.setStartValue(1.0);
    m_glide.setEndValue(0.0);
    m_glide.start();
}

void RoadmapView::setGhosts(std::vector<Ghost> ghosts, const QString &legend)
{
    m_ghosts = std::move(ghosts);
    m_ghostLegend = legend;
    viewport()->update();
}

void RoadmapView::setPresence(const Presence *presence)
{
    if (m_presence)
        disconnect(m_presence, nullptr, this, nullptr);
    m_presence = presence;
    m_state.presence.clear();
    viewport()->update();
    if (!m_presence)
        return;
    connect(m_presence, &Presence::changed, this, &RoadmapView::presenceChanged);
    presenceChanged(m_presence->items());
}

void RoadmapView::presenceChanged(const QList<qint64> &items)
{
    // Only the bars whose colleagues changed are drawn again, with their labels (which give way
    // to the mark) and the mark beside them.
    QRegion dirty;
    for (const qint64 id : items) {
        const QStringList colleagues = m_presence->colleagues(id);
        if (colleagues.isEmpty())
            m_state.presence.remove(id);
        else
            m_state.presence.insert(id, PresenceMark::icon(colleagues));
        const int i = m_layout.barIndex(InitiativeId {id});
        if (i < 0)
            continue;
        const RoadmapBar &bar = m_layout.bars[size_t(i)];
        const QRectF mark = RoadmapPainter::presenceMarkRect(bar, window());
        const QRectF area = bar.rect.united(bar.labelRect).united(mark).adjusted(-4, -4, 4, 4);
        dirty += toViewport(area).intersected(bodyViewport()).toAlignedRect();
    }
    if (!dirty.isEmpty())
        viewport()->update(dirty);
}

QRectF RoadmapView::toViewport(const QRectF &body) const
{
    const QRectF b = bodyViewport();
    return body.translated(
        b.left() - horizontalScrollBar()->value(), b.top() - verticalScrollBar()->value());
}

QRect RoadmapView::presenceMarkRect(InitiativeId id) const
{
    const int i = m_layout.barIndex(id);
    if (i < 0 || !m_state.presence.contains(id.value))
        return {};
    const QRectF mark = RoadmapPainter::presenceMarkRect(m_layout.bars[size_t(i)], window());
    return toViewport(mark).intersected(bodyViewport()).toAlignedRect();
}

void RoadmapView::paintGhosts(QPainter &p) const
{
    if (m_ghosts.empty())
        return;
    const QRectF b = bodyViewport();
    const QPointF offset(
        b.left() - horizontalScrollBar()->value(), b.top() - verticalScrollBar()->value());
    p.save();
    p.setClipRect(b);
    p.setRenderHint(QPainter::Antialiasing);
    QColor ink = m_theme.text;
    QColor fill = ink;
    fill.setAlpha(28);
    for (const Ghost &g : m_ghosts) {
        const int i = m_layout.barIndex(g.id);
        if (i < 0)
            continue;
        const RoadmapBar &bar = m_layout.bars[size_t(i)];
        const QRectF ghost = QRectF(m_layout.xOf(g.start), bar.rect.top(),
            m_layout.xOf(g.finish + 1) - m_layout.xOf(g.start), bar.rect.height())
                                 .adjusted(1, 1, -1, -1)
                                 .translated(offset);
        p.setPen(QPen(ink, 1.2, Qt::DashLine));
        p.setBrush(fill);
        p.drawRoundedRect(ghost, 3, 3);
        if (bar.unplaced || g.start == bar.start)
            continue;
        // What moved: an arrow from where the other future has it to where it is now.
        const QRectF now = bar.rect.translated(offset);
        const qreal y = now.center().y();
        const qreal from = g.start < bar.start ? ghost.right() : ghost.left();
        const qreal to = g.start < bar.start ? now.left() : now.right();
        p.setPen(QPen(ink, 1.5));
        p.drawLine(QPointF(from, y), QPointF(to, y));
        const qreal dir = to > from ? -1 : 1;
        p.drawLine(QPointF(to, y), QPointF(to + dir * 5, y - 4));
        p.drawLine(QPointF(to, y), QPointF(to + dir * 5, y + 4));
    }
    if (!m_ghostLegend.isEmpty()) {
        const QString text = m_ghostLegend;
        const QFontMetrics fm(p.font());
        const QRectF box(b.right() - fm.horizontalAdvance(text) - 24, b.top() + 4,
            fm.horizontalAdvance(text) + 16, fm.height() + 8);
        p.setPen(QPen(ink, 1, Qt::DashLine));
        p.setBrush(m_theme.background);
        p.drawRoundedRect(box, 3, 3);
        p.setPen(ink);
        p.drawText(box, Qt::AlignCenter, text);
    }
    p.restore();
}

void RoadmapView::setColourBy(RoadmapDimension d)
{
    m_options.colourBy = d;
    relayout();
}

void RoadmapView::setLaneBy(RoadmapDimension d)
{
    m_options.laneBy = d;
    m_options.collapsedLanes.clear();
    relayout();
}

void RoadmapView::setArrowMode(ArrowMode mode)
{
    m_state.arrows = mode;
    viewport()->update();
}

void RoadmapView::setShowCapacity(bool show)
{
    m_options.showCapacity = show;
    relayout();
}

void RoadmapView::setToday(QDate today)
{
    m_options.today = today;
    relayout();
}

void RoadmapView::setQuarterWidth(qreal width)
{
    width = std::clamp(width, kMinQuarterWidth, kMaxQuarterWidth);
    if (qFuzzyCompare(width, m_options.quarterWidth))
        return;
    // Keep the quarter in the middle of the window where it was.
    const qreal centre
        = (horizontalScrollBar()->value() + window().width() / 2) / m_options.quarterWidth;
    m_options.quarterWidth = width;
    relayout();
    horizontalScrollBar()->setValue(int(centre * width - window().width() / 2));
}

void RoadmapView::zoomIn()
{
    setQuarterWidth(m_options.quarterWidth * 1.25);
}
void RoadmapView::zoomOut()
{
    setQuarterWidth(m_options.quarterWidth / 1.25);
}

void RoadmapView::fitToWindow()
{
    const qreal available = viewport()->width() - m_layout.headerWidth - 2;
    setQuarterWidth(std::floor(available / std::max(1, m_layout.quarters)));
    horizontalScrollBar()->setValue(0);
}

void RoadmapView::toggleLane(const QString &key)
{
    if (m_options.collapsedLanes.contains(key))
        m_options.collapsedLanes.remove(key);
    else
        m_options.collapsedLanes.insert(key);
    relayout();
}

void RoadmapView::relayout()
{
    if (!m_schedule) {
        m_layout = RoadmapLayout();
        viewport()->update();
        return;
    }
    m_layout = m_engine.layout(shownContent(), *m_schedule, m_options);
    m_state.moved.clear();
    for (auto it = m_moves.cbegin(); it != m_moves.cend(); ++it)
        m_state.moved.insert(it.key(), -it.value() * m_options.quarterWidth);
    measureLegend();
    if (m_state.selected.isValid() && !shownContent().initiative(m_state.selected))
        select(InitiativeId {});
    updateScrollBars();
    viewport()->update();
    autoFit();
}

void RoadmapView::autoFit()
{
    if (!m_autoFit || !m_schedule || viewport()->width() < 300 || m_layout.quarters <= 0)
        return;
    m_autoFit = false;
    // Whole plan in view where quarters stay readable; otherwise readable quarters and a scroll
    // bar.
    const qreal fit
        = std::floor((viewport()->width() - m_layout.headerWidth - 2) / m_layout.quarters);
    setQuarterWidth(std::clamp<qreal>(fit, 90, 150));
    horizontalScrollBar()->setValue(0);
}

void RoadmapView::measureLegend()
{
    m_legendShown = viewport()->height() >= kLegendMinHeight;
    RoadmapFrame f;
    f.window = QRectF(0, 0, viewport()->width() - m_layout.headerWidth, 0);
    f.showLegend = m_legendShown;
    m_legendHeight = RoadmapPainter(m_layout, m_theme).legendHeight(f);
}

QRectF RoadmapView::legendHintRect() const
{
    if (m_legendShown || m_layout.legend.empty())
        return {};
    // On the corner's second line, under "Lanes: …" (beside the quarters' row).
    const qreal row = std::max<qreal>(16, m_layout.axisHeight / 2);
    return QRectF(10, row, std::max<qreal>(0, m_layout.headerWidth - 16), row);
}

namespace {
// The legend's mark as a character for a tooltip (the painter draws the same shapes).
QString glyphOf(LegendEntry::Symbol symbol)
{
    using Symbol = LegendEntry::Symbol;
    switch (symbol) {
    case Symbol::Milestone:
        return QStringLiteral("&#9670;");
    case Symbol::EndOfSupport:
        return QStringLiteral("&#9660;");
    case Symbol::Pinned:
        return QStringLiteral("&#9679;");
    case Symbol::Late:
    case Symbol::Unplaced:
        return QStringLiteral("&#9635;");
    case Symbol::Today:
        return QStringLiteral("&#9474;");
    default:
        return QStringLiteral("&#9632;"); // a swatch
    }
}
} // namespace

QString RoadmapView::legendToolTip() const
{
    using Symbol = LegendEntry::Symbol;
    QStringList parts;
    QString line;
    for (const LegendEntry &e : m_layout.legend) {
        const QString label = e.label.toHtmlEscaped();
        const QString colour = e.colour.isValid() ? e.colour.name() : m_theme.text.name();
        switch (e.symbol) {
        case Symbol::Title:
            if (!line.isEmpty())
                parts << line;
            line = QStringLiteral("<b>%1</b>").arg(label);
            break;
        case Symbol::Heat: // the cells' colours as the strip shows them, on a line of their own
            parts << line;
            line.clear();
            for (const int level : kLegendHeatLevels) {
                const QColor heat = Colours::utilisation(level);
                line += QStringLiteral("<span style='background:%1;color:%2'>&nbsp;%3&nbsp;%&nbsp;"
                                       "</span>")
                            .arg(heat.name(), Colours::textOn(heat).name())
                            .arg(level);
            }
            line += QStringLiteral("&nbsp;") + label;
            break;
        default: // a mark: its glyph in its colour, then its label
            line += QStringLiteral("&nbsp;&nbsp;<span style='white-space:nowrap'><span "
                                   "style='color:%1'>%2</span>&nbsp;%3</span>")
                        .arg(colour, glyphOf(e.symbol), label);
            break;
        }
    }
    if (!line.isEmpty())
        parts << line;
    return QStringLiteral("<p style='white-space:pre'>%1</p>")
        .arg(parts.join(QStringLiteral("<br>")));
}

QRectF RoadmapView::bodyViewport() const
{
    const qreal top = m_layout.topHeight();
    return QRectF(m_layout.headerWidth, top,
        std::max<qreal>(0, viewport()->width() - m_layout.headerWidth),
        std::max<qreal>(0, viewport()->height() - top - bottomHeight()));
}

QRectF RoadmapView::window() const
{
    const QRectF b = bodyViewport();
    return QRectF(
        horizontalScrollBar()->value(), verticalScrollBar()->value(), b.width(), b.height());
}

QPointF RoadmapView::toBody(QPoint pos) const
{
    const QRectF b = bodyViewport();
    return QPointF(pos.x() - b.left() + horizontalScrollBar()->value(),
        pos.y() - b.top() + verticalScrollBar()->value());
}

RoadmapView::Region RoadmapView::regionAt(QPoint pos) const
{
    const QRectF b = bodyViewport();
    if (pos.y() < b.top())
        return pos.x() < b.left() ? Region::Corner : Region::Axis;
    if (pos.y() >= b.bottom())
        return pos.y() < b.bottom() + m_layout.capacityHeight() ? Region::Capacity : Region::Legend;
    return pos.x() < b.left() ? Region::Headers : Region::Body;
}

void RoadmapView::updateScrollBars()
{
    const QRectF b = bodyViewport();
    horizontalScrollBar()->setRange(
        0, std::max(0, int(std::ceil(m_layout.bodyWidth() - b.width()))));
    horizontalScrollBar()->setPageStep(int(b.width()));
    horizontalScrollBar()->setSingleStep(int(m_options.quarterWidth / 4));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_layout.bodyHeight - b.height()))));
    verticalScrollBar()->setPageStep(int(b.height()));
    verticalScrollBar()->setSingleStep(int(std::max<qreal>(8, m_layout.rowHeight)));
}

// The band of milestones and ends of support takes at most about a fifth of the view's height
// (two rows at least, six at most): on a 1280x720 screen it took half of the roadmap, leaving
// one lane in sight. Ends of support past the rows are grouped per quarter, as on paper.
int RoadmapView::markerRowsFor(int height) const
{
    const qreal row = m_layout.markerRowHeight > 0 ? m_layout.markerRowHeight
                                                   : QFontMetricsF(m_options.font).height() * 1.2;
    return std::clamp(int(height * 0.2 / row), 2, 6);
}

void RoadmapView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (const int rows = markerRowsFor(viewport()->height()); rows != m_options.maxMarkerRows) {
        m_options.maxMarkerRows = rows;
        relayout();
    }
    measureLegend();
    updateScrollBars();
    autoFit();
}

void RoadmapView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void RoadmapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_theme = Theme::fromPalette(palette());
        m_options.font = font();
        m_options.font.setPixelSize(std::max(11, QFontInfo(font()).pixelSize()));
        relayout();
    }
    QAbstractScrollArea::changeEvent(event);
}

void RoadmapView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    if (!m_schedule) {
        p.fillRect(viewport()->rect(), m_theme.background);
        p.setPen(m_theme.mutedText);
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("Scheduling…"));
        return;
    }
    const RoadmapPainter painter(m_layout, m_theme);
    RoadmapFrame frame;
    frame.window = window();
    frame.legendWidth = viewport()->width();
    frame.showLegend = m_legendShown;
    painter.paint(p, frame, m_state);
    paintGhosts(p);
    if (const QRectF hint = legendHintRect(); !hint.isEmpty()) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        small.setUnderline(true); // as a link: point at it to read the legend
        p.setFont(small);
        p.setPen(palette().color(QPalette::Link));
        p.drawText(hint, Qt::AlignLeft | Qt::AlignVCenter, tr("Legend"));
    }
    // Below a short plan: the empty part of the viewport.
    const qreal used = painter.size(frame).height();
    if (used < viewport()->height())
        p.fillRect(
            QRectF(0, used, viewport()->width(), viewport()->height() - used), m_theme.background);
    if (m_layout.bars.empty() && m_plan.initiatives().empty()) {
        p.setPen(m_theme.mutedText);
        p.drawText(bodyViewport(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("No initiatives yet. Add them in the Initiatives view; they appear here as soon as "
               "they are scheduled."));
    }
}

QRect RoadmapView::barRect(InitiativeId id) const
{
    const int i = m_layout.barIndex(id);
    if (i < 0)
        return {};
    const QRectF b = bodyViewport();
    const QRectF r = m_layout.bars[size_t(i)].rect.translated(
        b.left() - horizontalScrollBar()->value(), b.top() - verticalScrollBar()->value());
    return r.intersected(b).toAlignedRect();
}

void RoadmapView::ensureVisible(InitiativeId id)
{
    const int i = m_layout.barIndex(id);
    if (i < 0)
        return;
    const QRectF r = m_layout.bars[size_t(i)].rect;
    const QRectF w = window();
    if (r.left() < w.left() || r.right() > w.right())
        horizontalScrollBar()->setValue(
            int(r.left() - std::max<qreal>(20, (w.width() - r.width()) / 3)));
    if (r.top() < w.top() || r.bottom() > w.bottom())
        verticalScrollBar()->setValue(int(r.top() - w.height() / 3));
}

void RoadmapView::setSelected(InitiativeId id)
{
    if (m_state.selected == id)
        return;
    m_state.selected = id;
    ensureVisible(id);
    viewport()->update();
}

void RoadmapView::select(InitiativeId id)
{
    if (m_state.selected == id)
        return;
    m_state.selected = id;
    ensureVisible(id);
    viewport()->update();
    emit selectionChanged(id);
}

void RoadmapView::change(InitiativeId id, const std::function<void(Initiative &)> &edit)
{
    // From the values shown (a scenario's): an edit in a scenario changes only what it changes.
    const Initiative *i = shownContent().initiative(id);
    if (!i || !m_edit)
        return;
    Initiative changed = *i;
    edit(changed);
    if (changed == *i)
        return;
    const EditResult r = m_edit->update(changed); // one undo step
    if (!r.ok)
        emit refused(r.message);
}

void RoadmapView::pin(InitiativeId id, std::optional<Quarter> start)
{
    change(id, [start](Initiative &i) { i.pin = start; });
}

void RoadmapView::setDuration(InitiativeId id, int duration)
{
    change(id, [duration](Initiative &i) { i.duration = duration; });
}

void RoadmapView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const Region region = regionAt(pos);
    if (region == Region::Headers && event->button() == Qt::LeftButton) {
        const int lane = m_layout.laneAt(toBody(pos).y());
        if (lane >= 0)
            toggleLane(m_layout.lanes[size_t(lane)].key);
        return;
    }
    if (region != Region::Body)
        return;
    const int i = m_layout.barAt(toBody(pos));
    if (i < 0) {
        if (event->button() == Qt::LeftButton)
            select(InitiativeId {});
        return;
    }
    const RoadmapBar &bar = m_layout.bars[size_t(i)];
    select(bar.id);
    if (event->button() != Qt::LeftButton || !m_edit || bar.done)
        return;
    Press press;
    press.id = bar.id;
    press.pos = pos;
    press.resize = bar.duration > 0 && toBody(pos).x() > bar.rect.right() - 7;
    press.start = bar.start;
    press.duration = bar.duration;
    m_press = press;
}

void RoadmapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!m_press) {
        // Hover: outline the bar, and show what dragging would do.
        InitiativeId hovered;
        Qt::CursorShape cursor = Qt::ArrowCursor;
        if (regionAt(pos) == Region::Body) {
            const int i = m_layout.barAt(toBody(pos));
            if (i >= 0) {
                const RoadmapBar &bar = m_layout.bars[size_t(i)];
                hovered = bar.id;
                if (m_edit && !bar.done)
                    cursor = bar.duration > 0 && toBody(pos).x() > bar.rect.right() - 7
                        ? Qt::SizeHorCursor
                        : Qt::OpenHandCursor;
            }
        } else if (regionAt(pos) == Region::Headers) {
            cursor = Qt::PointingHandCursor;
        }
        viewport()->setCursor(cursor);
        if (hovered != m_state.hovered) {
            m_state.hovered = hovered;
            viewport()->update();
        }
        return;
    }
    if (!m_press->dragging
        && (pos - m_press->pos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_press->dragging = true;
    const int dq = int(std::lround((pos.x() - m_press->pos.x()) / m_options.quarterWidth));
    RoadmapState::Drag drag {m_press->id, m_press->start, m_press->duration};
    if (m_press->resize)
        drag.duration = std::max(1, m_press->duration + dq);
    else
        drag.start = m_press->start + dq;
    m_state.drag = drag;
    viewport()->setCursor(m_press->resize ? Qt::SizeHorCursor : Qt::ClosedHandCursor);
    viewport()->update();
}

void RoadmapView::mouseReleaseEvent(QMouseEvent *)
{
    if (!m_press)
        return;
    const Press press = *m_press;
    const std::optional<RoadmapState::Drag> drag = m_state.drag;
    m_press.reset();
    m_state.drag.reset();
    viewport()->update();
    if (!press.dragging || !drag)
        return;
    if (press.resize)
        setDuration(press.id, drag->duration);
    else if (drag->start != press.start || !shownContent().initiative(press.id)->pin)
        pin(press.id, drag->start);
}

void RoadmapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (regionAt(pos) != Region::Body)
        return;
    const int i = m_layout.barAt(toBody(pos));
    if (i >= 0)
        emit activated(m_layout.bars[size_t(i)].id);
}

void RoadmapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps > 0)
            zoomIn();
        else if (steps < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void RoadmapView::moveSelection(int dx, int dy)
{
    if (m_layout.bars.empty())
        return;
    const int current = m_layout.barIndex(m_state.selected);
    if (current < 0) {
        select(m_layout.bars.front().id);
        return;
    }
    const RoadmapBar &c = m_layout.bars[size_t(current)];
    int best = -1;
    qreal bestScore = 1e18;
    for (size_t k = 0; k < m_layout.bars.size(); ++k) {
        const RoadmapBar &b = m_layout.bars[k];
        if (int(k) == current)
            continue;
        const qreal ddx = b.rect.center().x() - c.rect.center().x();
        const qreal ddy = b.rect.center().y() - c.rect.center().y();
        qreal score;
        if (dx != 0) {
            // Along the same row first, then the nearest row.
            const bool sameRow = qFuzzyCompare(b.rect.top() + 1, c.rect.top() + 1);
            if ((dx > 0 && b.rect.left() <= c.rect.left())
                || (dx < 0 && b.rect.left() >= c.rect.left()))
                continue;
            score = std::abs(b.rect.left() - c.rect.left())
                + (sameRow ? 0 : 1e6 + std::abs(ddy) * 10);
        } else {
            if ((dy > 0 && ddy <= 0.5) || (dy < 0 && ddy >= -0.5))
                continue;
            score = std::abs(ddy) * 1000 + std::abs(ddx);
        }
        if (score < bestScore) {
            bestScore = score;
            best = int(k);
        }
    }
    if (best >= 0)
        select(m_layout.bars[size_t(best)].id);
}

void RoadmapView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const int i = m_layout.barIndex(m_state.selected);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        if (shift && i >= 0) {
            const RoadmapBar &bar = m_layout.bars[size_t(i)];
            if (ctrl)
                setDuration(bar.id, std::max(1, bar.duration + step));
            else
                pin(bar.id, bar.start + step);
        } else {
            moveSelection(step, 0);
        }
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
        moveSelection(0, event->key() == Qt::Key_Up ? -1 : 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (i >= 0)
            emit activated(m_state.selected);
        return;
    case Qt::Key_Escape:
        select(InitiativeId {});
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl) {
            zoomIn();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (ctrl) {
            zoomOut();
            return;
        }
        break;
    case Qt::Key_0:
        if (ctrl) {
            fitToWindow();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void RoadmapView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPoint pos = event->pos();
    QMenu menu(this);
    const Region region = regionAt(pos);
    if (region == Region::Body) {
        const int i = m_layout.barAt(toBody(pos));
        if (i >= 0) {
            const RoadmapBar bar = m_layout.bars[size_t(i)];
            select(bar.id);
            menu.addAction(
                tr("Show in Inspector"), this, [this, id = bar.id] { emit activated(id); });
            if (m_edit && !bar.done) {
                const Initiative *initiative = shownContent().initiative(bar.id);
                if (initiative && initiative->pin)
                    menu.addAction(tr("Unpin (let the scheduler choose)"), this,
                        [this, id = bar.id] { pin(id, std::nullopt); });
                else
                    menu.addAction(tr("Pin to %1").arg(bar.start.label(m_layout.quarterStyle)),
                        this, [this, id = bar.id, q = bar.start] { pin(id, q); });
            }
            menu.addSeparator();
        }
    }
    if (region == Region::Headers) {
        const int lane = m_layout.laneAt(toBody(pos).y());
        if (lane >= 0) {
            const QString key = m_layout.lanes[size_t(lane)].key;
            menu.addAction(
                m_options.collapsedLanes.contains(key) ? tr("Expand Lane") : tr("Collapse Lane"),
                this, [this, key] { toggleLane(key); });
        }
        menu.addAction(tr("Collapse All Lanes"), this, [this] {
            for (const RoadmapLane &l : m_layout.lanes)
                m_options.collapsedLanes.insert(l.key);
            relayout();
        });
        menu.addAction(tr("Expand All Lanes"), this, [this] {
            m_options.collapsedLanes.clear();
            relayout();
        });
        menu.addSeparator();
    }
    menu.addAction(tr("Zoom In"), this, &RoadmapView::zoomIn);
    menu.addAction(tr("Zoom Out"), this, &RoadmapView::zoomOut);
    menu.addAction(tr("Fit to Window"), this, &RoadmapView::fitToWindow);
    menu.exec(event->globalPos());
}

QString RoadmapView::barToolTip(const RoadmapBar &bar) const
{
    const PlanContent &shown = shownContent();
    const Initiative *i = shown.initiative(bar.id);
    if (!i)
        return {};
    const PlanInfo &info = shown.info;
    const QuarterStyle style = info.quarterStyle();
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(i->name.toHtmlEscaped());
    if (m_presence)
        if (const QStringList colleagues = m_presence->colleagues(bar.id.value);
            !colleagues.isEmpty())
            lines << PresenceMark::text(colleagues, EntityKind::Initiative).toHtmlEscaped();
    lines << QStringLiteral("%1 · %2").arg(displayName(i->kind), displayName(i->status));
    const Quarter last = bar.start + std::max(0, bar.duration - 1);
    const QString when = bar.duration <= 1
        ? bar.start.label(style)
        : tr("%1 – %2").arg(bar.start.label(style), last.label(style));
    lines << tr("%1 (%n quarter(s)), %2 to %3", nullptr, bar.duration)
                 .arg(when,
                     QLocale().toString(
                         bar.start.startDate(info.fiscalYearStartMonth), QLocale::ShortFormat),
                     QLocale().toString(
                         last.endDate(info.fiscalYearStartMonth), QLocale::ShortFormat));
    if (bar.unplaced)
        lines << QStringLiteral("<span style='color:#c82a1e'>%1</span>")
                     .arg(tr("Could not be placed: see the problems."));
    lines << tr("Cost: %1").arg(i->cost.format(info.currency, QLocale()));
    QStringList demand;
    for (auto it = i->demand.cbegin(); it != i->demand.cend(); ++it)
        if (const Resource *r = shown.resource(it.key()))
            demand << QStringLiteral("%1 %2").arg(
                r->name.toHtmlEscaped(), formatAmount(shown, *r, it.value()));
    if (!demand.isEmpty())
        lines << tr("Needs per quarter: %1").arg(demand.join(QStringLiteral(", ")));
    if (i->pin)
        lines << tr("Pinned to %1").arg(i->pin->label(style));
    if (bar.deadline)
        lines << (bar.late ? QStringLiteral("<span style='color:#c82a1e'>%1</span>")
                                 .arg(tr("Misses its deadline: %1").arg(bar.deadline->label(style)))
                           : tr("Deadline: %1").arg(bar.deadline->label(style)));
    QStringList goals;
    for (const GoalContribution &c : shown.contributions)
        if (c.initiative == bar.id)
            if (const Goal *g = shown.goal(c.goal))
                goals << g->name.toHtmlEscaped();
    if (!goals.isEmpty())
        lines << tr("Goals: %1").arg(goals.join(QStringLiteral(", ")));
    if (!i->tags.isEmpty())
        lines << tr("Tags: %1").arg(i->tags.join(QStringLiteral(", ")).toHtmlEscaped());
    if (m_schedule)
        if (const InitiativeSchedule *s = m_schedule->find(bar.id); s && !s->why.isEmpty())
            lines << QStringLiteral("<i>%1</i>").arg(s->why.toHtmlEscaped());
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
        .arg(lines.join(QStringLiteral("<br>")));
}

QString RoadmapView::toolTipAt(QPoint pos) const
{
    const PlanContent &shown = shownContent();
    const Region region = regionAt(pos);
    const QuarterStyle style = m_layout.quarterStyle;
    if (region == Region::Corner && !m_legendShown)
        return legendToolTip();
    if (region == Region::Body) {
        // A mark beside a narrow bar is the bar's too.
        for (auto it = m_state.presence.cbegin(); it != m_state.presence.cend(); ++it)
            if (presenceMarkRect(InitiativeId {it.key()}).contains(pos))
                return barToolTip(
                    m_layout.bars[size_t(m_layout.barIndex(InitiativeId {it.key()}))]);
        const int i = m_layout.barAt(toBody(pos));
        return i >= 0 ? barToolTip(m_layout.bars[size_t(i)]) : QString();
    }
    if (region == Region::Capacity) {
        const QRectF b = bodyViewport();
        const int row
            = int((pos.y() - b.bottom()) / std::max<qreal>(1, m_layout.capacityRowHeight));
        const auto q = m_layout.quarterAt(pos.x() - b.left() + horizontalScrollBar()->value());
        if (row < 0 || size_t(row) >= m_layout.capacity.size() || !q || pos.x() < b.left())
            return {};
        const CapacityRow &cr = m_layout.capacity[size_t(row)];
        const CapacityCell &cell = cr.cells[size_t(*q - m_layout.first)];
        const Resource *r = shown.resource(cr.resource);
        if (!r)
            return {};
        return tr("%1 in %2: %3 planned of %4 (%5)")
            .arg(cr.name.toHtmlEscaped(), q->label(style), formatAmount(shown, *r, cell.demand),
                formatAmount(shown, *r, cell.capacity),
                cell.percent ? QStringLiteral("%1 %").arg(*cell.percent) : tr("no capacity"));
    }
    if (region == Region::Axis) {
        const QRectF b = bodyViewport();
        const qreal x = pos.x() - b.left() + horizontalScrollBar()->value();
        for (const RoadmapMarker &m : m_layout.markers) {
            const qreal cy = m_layout.axisHeight + 3 + m.row * m_layout.markerRowHeight
                + m_layout.markerRowHeight / 2;
            if (std::abs(pos.y() - cy) > m_layout.markerRowHeight / 2 || std::abs(x - m.x) > 8)
                continue;
            if (m.kind == RoadmapMarker::Kind::Milestone) {
                const Milestone *ms = shown.milestone(MilestoneId {m.entity});
                return QStringLiteral("<b>%1</b><br>%2%3")
                    .arg(m.label.toHtmlEscaped(), m.quarter.label(style),
                        ms && !ms->description.isEmpty()
                            ? QStringLiteral("<br>") + ms->description.toHtmlEscaped()
                            : QString());
            }
            if (m.count == 1)
                return tr("Vendor support for %1 ends after %2.")
                    .arg(m.label.toHtmlEscaped(), m.quarter.label(style));
            QStringList names;
            for (const System &s : shown.systems)
                if (s.endOfSupport == m.quarter && s.lifecycle != LifecyclePhase::Retired)
                    names << s.name.toHtmlEscaped();
            if (names.size() > 12)
                names = names.mid(0, 12) << tr("and %n more", nullptr, int(names.size()) - 12);
            return tr("Vendor support ends after %1 for: %2")
                .arg(m.quarter.label(style), names.join(QStringLiteral(", ")));
        }
    }
    return {};
}

bool RoadmapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    if (event->type() == QEvent::Leave && m_state.hovered.isValid()) {
        m_state.hovered = InitiativeId {};
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Cairn
