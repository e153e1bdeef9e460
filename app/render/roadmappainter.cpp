#include "app/render/roadmappainter.h"

#include "app/render/textfit.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Cairn {

namespace {

QPolygonF diamond(QPointF c, qreal r)
{
    return QPolygonF({QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
        QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())});
}

QPolygonF triangleDown(QPointF c, qreal r)
{
    return QPolygonF({QPointF(c.x() - r, c.y() - r * 0.8), QPointF(c.x() + r, c.y() - r * 0.8),
        QPointF(c.x(), c.y() + r * 0.8)});
}

// Diagonal hatching drawn as lines (a pattern brush would become a raster image in a PDF).
void hatch(QPainter &p, const QRectF &r, qreal radius, const QColor &colour)
{
    p.save();
    QPainterPath clip;
    clip.addRoundedRect(r, radius, radius);
    p.setClipPath(clip, Qt::IntersectClip);
    p.setPen(QPen(colour, 1));
    for (qreal x = r.left() - r.height(); x < r.right(); x += 6)
        p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
    p.restore();
}

void drawPin(QPainter &p, QPointF c, qreal r, const QColor &ink, const QColor &fill)
{
    p.save();
    p.setPen(QPen(ink, std::max<qreal>(1, r * 0.35)));
    p.setBrush(fill);
    p.drawEllipse(c, r, r);
    p.setBrush(ink);
    p.setPen(Qt::NoPen);
    p.drawEllipse(c, r * 0.4, r * 0.4);
    p.restore();
}
} // namespace

RoadmapPainter::RoadmapPainter(const RoadmapLayout &layout, const Theme &theme)
    : m_l(layout)
    , m_theme(theme)
    , m_font(layout.options.font)
    , m_small(scaledFont(layout.options.font, 0.85))
    , m_bold(layout.options.font)
{
    m_bold.setBold(true);
}

QString RoadmapPainter::quarterName(Quarter q) const
{
    return QStringLiteral("Q%1").arg(q.quarter());
}

QString RoadmapPainter::yearName(int year) const
{
    return m_l.quarterStyle == QuarterStyle::Fiscal ? QStringLiteral("FY%1").arg(year)
                                                    : QString::number(year);
}

RoadmapFrame RoadmapPainter::wholeFrame() const
{
    RoadmapFrame f;
    f.window = QRectF(0, 0, m_l.bodyWidth(), m_l.bodyHeight);
    return f;
}

qreal RoadmapPainter::legendWidth(const RoadmapFrame &frame) const
{
    return frame.legendWidth > 0 ? frame.legendWidth
                                 : (frame.showHeaders ? m_l.headerWidth : 0) + frame.window.width();
}

qreal RoadmapPainter::legendHeight(const RoadmapFrame &frame) const
{
    if (!frame.showLegend || m_l.legend.empty())
        return 0;
    std::vector<LegendEntry> entries = m_l.legend;
    return layoutLegend(entries, legendWidth(frame), m_font);
}

qreal RoadmapPainter::keyHeight(const RoadmapFrame &frame) const
{
    if (!frame.showKey || m_l.key.empty())
        return 0;
    qreal bottom = 0;
    for (const QRectF &r : layoutKey(m_l.key, legendWidth(frame), m_small))
        bottom = std::max(bottom, r.bottom());
    return std::ceil(bottom + 6);
}

QSizeF RoadmapPainter::size(const RoadmapFrame &frame) const
{
    const qreal w = (frame.showHeaders ? m_l.headerWidth : 0) + frame.window.width();
    const qreal h = (frame.showTop ? m_l.topHeight() : 0) + frame.window.height()
        + (frame.showCapacity ? m_l.capacityHeight() : 0) + legendHeight(frame) + keyHeight(frame);
    return {std::max(w, frame.legendWidth), h};
}

void RoadmapPainter::paint(QPainter &p, const RoadmapFrame &frame, const RoadmapState &state) const
{
    const QSizeF total = size(frame);
    const qreal headerW = frame.showHeaders ? m_l.headerWidth : 0;
    const qreal topH = frame.showTop ? m_l.topHeight() : 0;
    const QRectF window = frame.window;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(frame.origin, total), m_theme.background);

    // Body.
    const QRectF bodyRect(
        frame.origin.x() + headerW, frame.origin.y() + topH, window.width(), window.height());
    p.save();
    p.setClipRect(bodyRect);
    p.translate(bodyRect.topLeft() - window.topLeft());
    paintBody(p, window, state);
    p.restore();

    if (frame.showTop) {
        p.save();
        const QRectF axisRect(frame.origin.x() + headerW, frame.origin.y(), window.width(), topH);
        p.setClipRect(axisRect);
        p.translate(axisRect.left() - window.left(), axisRect.top());
        paintAxis(p, window.left(), window.width());
        p.restore();
        if (frame.showHeaders) {
            p.save();
            const QRectF corner(frame.origin, QSizeF(headerW, topH));
            p.fillRect(corner, m_theme.laneHeader);
            p.setPen(m_theme.mutedText);
            p.setFont(m_small);
            const qreal rowH = m_l.axisHeight / 2;
            p.drawText(
                corner.adjusted(10, 0, -6, 0).translated(0, 0).adjusted(0, 0, 0, -(topH - rowH)),
                Qt::AlignLeft | Qt::AlignVCenter,
                QCoreApplication::translate("Cairn::Roadmap", "Lanes: %1")
                    .arg(displayName(m_l.options.laneBy)));
            if (m_l.markerHeight > 0)
                p.drawText(QRectF(corner.left() + 10, corner.top() + m_l.axisHeight, headerW - 16,
                               m_l.markerHeight),
                    Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                    QCoreApplication::translate(
                        "Cairn::Roadmap", "Milestones and ends of support"));
            p.setPen(m_theme.grid);
            p.drawLine(
                QPointF(corner.right(), corner.top()), QPointF(corner.right(), corner.bottom()));
            p.drawLine(
                QPointF(corner.left(), corner.bottom()), QPointF(corner.right(), corner.bottom()));
            p.restore();
        }
    }
    if (frame.showHeaders) {
        p.save();
        const QRectF headersRect(
            frame.origin.x(), frame.origin.y() + topH, headerW, window.height());
        p.setClipRect(headersRect);
        p.translate(headersRect.left(), headersRect.top() - window.top());
        paintLaneHeaders(p, window.top(), window.height());
        p.restore();
    }
    qreal y = frame.origin.y() + topH + window.height();
    if (frame.showCapacity && !m_l.capacity.empty()) {
        p.save();
        p.translate(frame.origin.x(), y);
        p.setClipRect(QRectF(0, 0, headerW + window.width(), m_l.capacityHeight()));
        paintCapacity(p, window.left(), window.width(), frame.showHeaders);
        p.restore();
        y += m_l.capacityHeight();
    }
    if (frame.showLegend && !m_l.legend.empty()) {
        p.save();
        p.translate(frame.origin.x(), y);
        paintLegend(p, legendWidth(frame));
        p.restore();
        y += legendHeight(frame);
    }
    if (frame.showKey && !m_l.key.empty()) {
        p.save();
        p.translate(frame.origin.x(), y);
        paintKey(p, legendWidth(frame));
        p.restore();
    }
    p.restore();
}

void RoadmapPainter::paintAxis(QPainter &p, qreal left, qreal width) const
{
    const qreal qw = m_l.options.quarterWidth;
    const qreal rowH = m_l.axisHeight / 2;
    const int firstShown = std::max(0, int(std::floor(left / qw)));
    const int lastShown = std::min(m_l.quarters - 1, int(std::ceil((left + width) / qw)));
    p.fillRect(QRectF(left, 0, width, m_l.topHeight()), m_theme.background);
    p.fillRect(QRectF(left, 0, width, m_l.axisHeight), m_theme.laneHeader);
    // Years (or fiscal years), their label kept in view when the year starts off screen.
    p.setFont(m_bold);
    int k = firstShown;
    while (k <= lastShown) {
        const int year = (m_l.first + k).year();
        int end = k;
        while (end + 1 < m_l.quarters && (m_l.first + end + 1).year() == year)
            ++end;
        // The year's full extent, including quarters before the window.
        int begin = k;
        while (begin - 1 >= 0 && (m_l.first + begin - 1).year() == year)
            --begin;
        const QRectF yr(begin * qw, 0, (end - begin + 1) * qw, rowH);
        const QRectF visible = yr.intersected(QRectF(left, 0, width, rowH));
        p.setPen(m_theme.text);
        // The year where it fits, else its last two digits ("'30"), else nothing: a label is
        // never cut or run into the next year's.
        const QRectF room = visible.adjusted(8, 0, -4, 0);
        QString name = yearName(year);
        if (QFontMetricsF(m_bold).horizontalAdvance(name) > room.width())
            name = QStringLiteral("\u2019%1").arg(year % 100, 2, 10, QLatin1Char('0'));
        if (QFontMetricsF(m_bold).horizontalAdvance(name) <= room.width())
            p.drawText(room, Qt::AlignLeft | Qt::AlignVCenter, name);
        p.setPen(QPen(m_theme.grid, 1));
        p.drawLine(QPointF(yr.left(), 0), QPointF(yr.left(), m_l.axisHeight));
        k = end + 1;
    }
    // Quarters.
    p.setFont(m_font);
    const QFontMetricsF fm(m_font);
    for (int n = firstShown; n <= lastShown; ++n) {
        const Quarter q = m_l.first + n;
        const QRectF cell(n * qw, rowH, qw, rowH);
        const bool outside = q < m_l.planFirst || q > m_l.planLast;
        if (outside)
            p.fillRect(cell, m_theme.outsideHorizon);
        p.setPen(QPen(m_theme.grid, 1));
        p.drawLine(cell.topLeft(), cell.bottomLeft());
        p.setPen(outside ? m_theme.mutedText : m_theme.text);
        const QString name = quarterName(q);
        if (fm.horizontalAdvance(name) + 6 < qw)
            p.drawText(cell, Qt::AlignCenter, name);
    }
    p.setPen(QPen(m_theme.grid, 1));
    p.drawLine(QPointF(left, rowH), QPointF(left + width, rowH));
    p.drawLine(QPointF(left, m_l.axisHeight), QPointF(left + width, m_l.axisHeight));
    if (m_l.todayX) {
        p.setPen(QPen(m_theme.today, 2));
        p.drawLine(QPointF(*m_l.todayX, rowH), QPointF(*m_l.todayX, m_l.topHeight()));
    }

    // Markers band: milestones (diamonds) and ends of vendor support (triangles).
    if (m_l.markerHeight <= 0)
        return;
    p.setFont(m_small);
    const QFontMetricsF sm(m_small);
    const qreal glyph = std::round(sm.height() * 0.45);
    for (const RoadmapMarker &m : m_l.markers) {
        if (m.x < left - 400 || m.x > left + width + 400)
            continue;
        const qreal cy = m_l.axisHeight + 3 + m.row * m_l.markerRowHeight + m_l.markerRowHeight / 2;
        const bool milestone = m.kind == RoadmapMarker::Kind::Milestone;
        const QColor colour = milestone ? m_theme.milestone : m_theme.endOfSupport;
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPolygon(
            milestone ? diamond(QPointF(m.x, cy), glyph) : triangleDown(QPointF(m.x, cy), glyph));
        p.setPen(milestone ? m_theme.text : m_theme.dark ? colour : colour.darker(110));
        const qreal w = m.labelWidth;
        const QString label = sm.elidedText(m.label, Qt::ElideRight, w + 1);
        const QRectF text = m.labelLeft
            ? QRectF(m.x - glyph - 4 - w, cy - m_l.markerRowHeight / 2, w, m_l.markerRowHeight)
            : QRectF(m.x + glyph + 4, cy - m_l.markerRowHeight / 2, w + 2, m_l.markerRowHeight);
        p.drawText(text, Qt::AlignVCenter | (m.labelLeft ? Qt::AlignRight : Qt::AlignLeft), label);
    }
    p.setPen(QPen(m_theme.grid, 1));
    p.drawLine(QPointF(left, m_l.topHeight() - 0.5), QPointF(left + width, m_l.topHeight() - 0.5));
}

void RoadmapPainter::paintLaneHeaders(QPainter &p, qreal top, qreal height) const
{
    const qreal w = m_l.headerWidth;
    const QFontMetricsF fm(m_bold);
    const bool print = m_l.options.print;
    for (size_t k = 0; k < m_l.lanes.size(); ++k) {
        const RoadmapLane &lane = m_l.lanes[k];
        // Only lanes that show in the band: a lane ending where it begins is on the page before,
        // and text drawn outside the band would still be in a PDF's text, under the clip.
        if (lane.top + lane.height <= top + 0.5 || lane.top >= top + height - 0.5)
            continue;
        const QRectF r(0, lane.top, w, lane.height);
        p.fillRect(r, m_theme.laneHeader);
        const qreal markY = std::max(lane.top, top) + fm.height() * 0.5 + 8;
        if (!print) {
            // Collapse mark: a triangle pointing down (open) or right (collapsed).
            const QPointF c(12, markY);
            const qreal s = 4;
            QPolygonF tri = lane.collapsed
                ? QPolygonF({QPointF(c.x() - s * 0.6, c.y() - s), QPointF(c.x() + s * 0.8, c.y()),
                    QPointF(c.x() - s * 0.6, c.y() + s)})
                : QPolygonF({QPointF(c.x() - s, c.y() - s * 0.6),
                    QPointF(c.x() + s, c.y() - s * 0.6), QPointF(c.x(), c.y() + s * 0.8)});
            p.setPen(Qt::NoPen);
            p.setBrush(m_theme.mutedText);
            p.drawPolygon(tri);
        }
        const qreal x = m_l.laneTitleLeft();
        if (lane.colour.isValid()) {
            p.setPen(Qt::NoPen);
            p.setBrush(lane.colour);
            p.drawRoundedRect(
                QRectF(x - 10, markY - 5, 4,
                    lane.height - 16 > 10 ? std::min<qreal>(lane.height - 16, 36) : 10),
                2, 2);
        }
        // A lane that began above the window (on the previous page) keeps its title in view; on
        // paper, one that goes on below it says where.
        const bool continued = lane.top < top - 1;
        const bool continues = print && lane.top + lane.height > top + height + 1;
        const qreal titleTop = std::max(lane.top, top);
        const qreal bottom = std::min(lane.top + lane.height, top + height);
        const QString title = continued
            ? QCoreApplication::translate("Cairn::Roadmap", "%1 (continued)").arg(lane.title)
            : lane.title;
        QString subtitle = lane.collapsed
            ? QCoreApplication::translate("Cairn::Roadmap", "%1 (collapsed)").arg(lane.subtitle)
            : lane.subtitle;
        if (continues)
            subtitle
                = QCoreApplication::translate("Cairn::Roadmap", "%1, continued on the next page")
                      .arg(subtitle);
        // The title wraps into the room the lane has on this page, less a line for the subtitle.
        const qreal textW = w - x - 8;
        const QFontMetricsF sm(m_small);
        const qreal room = std::max(fm.height(), bottom - titleTop - 8 - std::ceil(sm.height()));
        const QStringList lines = wrapLines(title, m_bold, textW, room);
        p.setFont(m_bold);
        p.setPen(m_theme.text);
        qreal y = titleTop + 6;
        for (const QString &line : lines) {
            p.drawText(QRectF(x, y, textW, fm.height()), Qt::AlignLeft | Qt::AlignTop, line);
            y += fm.lineSpacing();
        }
        p.setFont(m_small);
        p.setPen(m_theme.mutedText);
        for (const QString &line : wrapLines(subtitle, m_small, textW, bottom - y - 2)) {
            p.drawText(QRectF(x, y + 1, textW, sm.height()), Qt::AlignLeft | Qt::AlignTop, line);
            y += sm.lineSpacing();
        }
        p.setPen(QPen(m_theme.grid, 1));
        p.drawLine(
            QPointF(0, lane.top + lane.height - 0.5), QPointF(w, lane.top + lane.height - 0.5));
    }
    p.setPen(QPen(m_theme.grid, 1));
    p.drawLine(QPointF(w - 0.5, top), QPointF(w - 0.5, top + height));
}

void RoadmapPainter::paintBody(QPainter &p, const QRectF &window, const RoadmapState &state) const
{
    const qreal qw = m_l.options.quarterWidth;
    p.fillRect(window, m_theme.background);
    // Lane bands.
    for (size_t k = 0; k < m_l.lanes.size(); ++k) {
        const RoadmapLane &lane = m_l.lanes[k];
        if (lane.top + lane.height <= window.top() + 0.5 || lane.top >= window.bottom() - 0.5)
            continue;
        if (k % 2 == 1)
            p.fillRect(
                QRectF(window.left(), lane.top, window.width(), lane.height), m_theme.laneBand);
    }
    // Quarters outside the plan's horizon, and the grid.
    const int firstShown = std::max(0, int(std::floor(window.left() / qw)));
    const int lastShown = std::min(m_l.quarters - 1, int(std::ceil(window.right() / qw)));
    for (int n = firstShown; n <= lastShown; ++n) {
        const Quarter q = m_l.first + n;
        if (q < m_l.planFirst || q > m_l.planLast) {
            QColor shade = m_theme.outsideHorizon;
            shade.setAlpha(150);
            p.fillRect(QRectF(n * qw, window.top(), qw, window.height()), m_theme.solid(shade));
        }
        const bool yearStart = n > 0 && q.quarter() == 1;
        p.setPen(QPen(m_theme.grid, yearStart ? 1.4 : 0.8));
        p.drawLine(QPointF(n * qw, window.top()), QPointF(n * qw, window.bottom()));
    }
    for (const RoadmapLane &lane : m_l.lanes) {
        const qreal yb = lane.top + lane.height - 0.5;
        if (yb < window.top() || lane.top > window.bottom())
            continue;
        p.setPen(QPen(m_theme.grid, 1));
        p.drawLine(QPointF(window.left(), yb), QPointF(window.right(), yb));
        if (lane.collapsed && lane.spanFrom && lane.spanTo) {
            const QRectF span(m_l.xOf(*lane.spanFrom) + m_l.barInset,
                lane.top + lane.height / 2 - 4,
                m_l.xOf(*lane.spanTo + 1) - m_l.xOf(*lane.spanFrom) - 2 * m_l.barInset, 8);
            QColor c = lane.colour.isValid() ? lane.colour : m_theme.mutedText;
            c.setAlpha(110);
            p.setPen(Qt::NoPen);
            p.setBrush(m_theme.solid(c));
            p.drawRoundedRect(span, 4, 4);
        } else if (lane.shown == 0) {
            p.setFont(m_small);
            p.setPen(m_theme.mutedText);
            const QString note = lane.count > 0
                ? QCoreApplication::translate("Cairn::Roadmap", "None in these quarters")
                : lane.alsoServing > 0 && m_l.options.laneBy == RoadmapDimension::Tag
                ? QCoreApplication::translate("Cairn::Roadmap",
                    "A further tag of %n initiative(s) in other lanes", nullptr, lane.alsoServing)
                : lane.alsoServing > 0 ? QCoreApplication::translate("Cairn::Roadmap",
                      "Served only by %n initiative(s) in other lanes", nullptr, lane.alsoServing)
                : m_l.options.laneBy == RoadmapDimension::Goal
                ? QCoreApplication::translate(
                    "Cairn::Roadmap", "No initiatives serve this goal yet")
                : QCoreApplication::translate("Cairn::Roadmap", "No initiatives");
            const qreal x = std::max<qreal>(window.left(), 0) + 10;
            p.drawText(QRectF(x, lane.top, std::max<qreal>(0, window.right() - x), lane.height),
                Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(m_small).elidedText(note, Qt::ElideRight, window.right() - x));
        }
    }
    // Milestones as dashed lines through the lanes.
    for (const RoadmapMarker &m : m_l.markers) {
        if (m.kind != RoadmapMarker::Kind::Milestone || m.x < window.left() || m.x > window.right())
            continue;
        QPen pen(m_theme.milestone, 1, Qt::DashLine);
        QColor c = m_theme.milestone;
        c.setAlpha(140);
        pen.setColor(m_theme.solid(c));
        p.setPen(pen);
        p.drawLine(QPointF(m.x, window.top()), QPointF(m.x, window.bottom()));
    }
    if (m_l.todayX && *m_l.todayX >= window.left() && *m_l.todayX <= window.right()) {
        p.setPen(QPen(m_theme.today, 2));
        p.drawLine(QPointF(*m_l.todayX, window.top()), QPointF(*m_l.todayX, window.bottom()));
    }

    const auto [lo, hi] = m_l.barsBetween(window.top(), window.bottom());
    const auto touchesSelection = [&](const RoadmapArrow &a) {
        return state.selected.isValid()
            && (m_l.bars[size_t(a.from)].id == state.selected
                || m_l.bars[size_t(a.to)].id == state.selected);
    };
    // Arrows behind the bars; the selection's on top of them. An arrow between two bars that are
    // both out of the window only crosses it: noise, and most of the cost on a large plan.
    const QRectF near = window.adjusted(
        -m_l.options.quarterWidth, -m_l.rowHeight, m_l.options.quarterWidth, m_l.rowHeight);
    const auto endsInView = [&](const RoadmapArrow &a) {
        return m_l.bars[size_t(a.from)].rect.intersects(near)
            || m_l.bars[size_t(a.to)].rect.intersects(near);
    };
    if (state.arrows == ArrowMode::All) {
        for (const RoadmapArrow &a : m_l.arrows)
            if (a.bounds.intersects(window) && endsInView(a) && !touchesSelection(a))
                paintArrow(p, a, false);
    }
    for (size_t i = lo; i < hi; ++i) {
        const RoadmapBar &bar = m_l.bars[i];
        // Rows that meet the window (a row cut at a page's edge belongs to the other page), and
        // bars whose label may reach into it.
        if (bar.rect.bottom() > window.top() + 0.5 && bar.rect.top() < window.bottom() - 0.5
            && bar.rect.right() + bar.labelRect.width() + 40 >= window.left()
            && bar.labelRect.left() - 40 <= window.right())
            paintBar(p, bar, window, state);
    }
    if (state.arrows != ArrowMode::None) {
        for (const RoadmapArrow &a : m_l.arrows)
            if (a.bounds.intersects(window) && touchesSelection(a))
                paintArrow(p, a, true);
    }
    if (state.drag) {
        const int i = m_l.barIndex(state.drag->id);
        if (i >= 0) {
            const RoadmapBar &bar = m_l.bars[size_t(i)];
            const QRectF ghost(m_l.xOf(state.drag->start) + m_l.barInset, bar.rect.top(),
                std::max<qreal>(8, state.drag->duration * qw - 2 * m_l.barInset),
                bar.rect.height());
            QColor fill = bar.colour;
            fill.setAlpha(70);
            p.setBrush(fill);
            p.setPen(QPen(m_theme.accent, 1.5, Qt::DashLine));
            p.drawRoundedRect(ghost, 4, 4);
            p.setFont(m_small);
            p.setPen(m_theme.text);
            const QString text = state.drag->duration == bar.duration
                ? QCoreApplication::translate("Cairn::Roadmap", "Pin to %1")
                      .arg((state.drag->start).label(m_l.quarterStyle))
                : QCoreApplication::translate(
                    "Cairn::Roadmap", "%n quarter(s)", nullptr, state.drag->duration);
            p.drawText(ghost.translated(0, -ghost.height()).adjusted(4, 0, 200, 0),
                Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
}

void RoadmapPainter::paintArrow(QPainter &p, const RoadmapArrow &arrow, bool highlighted) const
{
    QColor c = highlighted ? m_theme.accent : m_theme.arrow;
    if (!highlighted)
        c = m_theme.solid(QColor(c.red(), c.green(), c.blue(), m_l.arrows.size() > 300 ? 60 : 150));
    const qreal width = highlighted ? 2.0 : 1.1;
    p.save();
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(c, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    p.drawPolyline(arrow.path);
    const QPointF tip = arrow.path.last();
    const qreal h = highlighted ? 6 : 5;
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(QPolygonF(
        {tip, QPointF(tip.x() - h, tip.y() - h * 0.6), QPointF(tip.x() - h, tip.y() + h * 0.6)}));
    p.restore();
}

// A bar the last re-plan moved: a dashed outline where it was, the bar gliding from there, and a
// dotted ring that marks it until the next edit.
void RoadmapPainter::paintBar(
    QPainter &p, const RoadmapBar &bar, const QRectF &window, const RoadmapState &state) const
{
    const auto moved = state.moved.constFind(bar.id.value);
    if (moved == state.moved.cend() || bar.unplaced) {
        paintPlacedBar(p, bar, window, state);
        return;
    }
    const qreal radius = std::min<qreal>(5, bar.rect.height() / 3);
    p.save();
    p.setPen(QPen(m_theme.mutedText, 1.2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(bar.rect.translated(*moved, 0).adjusted(1, 1, -1, -1), radius, radius);
    p.translate(*moved * std::clamp<qreal>(state.glide, 0, 1), 0);
    paintPlacedBar(p, bar, window, state);
    p.setPen(QPen(m_theme.text, 1.6, Qt::DotLine));
    if (bar.duration == 0)
        p.drawPolygon(diamond(bar.rect.center(), bar.rect.width() / 2 + 3));
    else
        p.drawRoundedRect(bar.rect.adjusted(-3, -3, 3, 3), radius + 2, radius + 2);
    p.restore();
}

void RoadmapPainter::paintPlacedBar(
    QPainter &p, const RoadmapBar &bar, const QRectF &window, const RoadmapState &state) const
{
    const bool selected = state.selected.isValid() && bar.id == state.selected;
    const bool hovered = !selected && state.hovered.isValid() && bar.id == state.hovered;
    const QRectF r = bar.rect;
    QColor fill = bar.colour;
    if (bar.unplaced) {
        fill.setAlpha(90);
        fill = m_theme.solid(fill);
    }
    p.save();
    if (bar.duration == 0) {
        p.setPen(QPen(bar.late ? Colours::late() : fill.darker(130), bar.late ? 2 : 1));
        p.setBrush(fill);
        p.drawPolygon(diamond(r.center(), r.width() / 2));
    } else {
        const qreal radius = std::min<qreal>(5, r.height() / 3);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(r, radius, radius);
        if (bar.unplaced) {
            hatch(p, r, radius, Colours::late());
            p.setPen(QPen(Colours::late(), 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r, radius, radius);
        } else if (bar.late) {
            p.setPen(QPen(Colours::late(), 2.2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(1, 1, -1, -1), radius, radius);
        }
        // Continuation chevrons where the bar runs past the shown quarters or the window.
        const QColor ink = Colours::textOn(bar.colour);
        auto chevron = [&](qreal x, bool left) {
            const qreal h = r.height() * 0.22;
            const qreal cy = r.center().y();
            p.setPen(QPen(ink, 1.6));
            const qreal d = left ? h : -h;
            p.drawPolyline(
                QPolygonF({QPointF(x + d, cy - h), QPointF(x, cy), QPointF(x + d, cy + h)}));
        };
        if (bar.continuesLeft || r.left() < window.left() - 0.5)
            chevron(std::max(r.left(), window.left()) + 5, true);
        if (bar.continuesRight || r.right() > window.right() + 0.5)
            chevron(std::min(r.right(), window.right()) - 5, false);
    }
    // The deadline it misses: a red stop line where it should have finished.
    if (bar.late && bar.deadline) {
        const qreal x = m_l.xOf(*bar.deadline + 1);
        p.setPen(QPen(Colours::late(), 2));
        p.drawLine(QPointF(x, r.top() - 3), QPointF(x, r.bottom() + 3));
    }
    if (bar.pinned) {
        const qreal pr = std::max<qreal>(3, r.height() * 0.17);
        drawPin(p, QPointF(std::max(r.left(), window.left()) + pr + 1, r.top() + pr * 0.2), pr,
            m_theme.dark ? QColor(Qt::white) : QColor(0x22, 0x22, 0x22), bar.colour.lighter(150));
    }
    if (selected || hovered) {
        p.setPen(QPen(m_theme.accent, selected ? 2.6 : 1.4));
        p.setBrush(Qt::NoBrush);
        if (bar.duration == 0)
            p.drawPolygon(diamond(r.center(), r.width() / 2 + 2));
        else
            p.drawRoundedRect(r.adjusted(-2, -2, 2, 2), 6, 6);
    }

    // A colleague editing it: their mark, which the label inside the bar gives way to.
    const auto mark = state.presence.constFind(bar.id.value);
    const QRectF markRect
        = mark != state.presence.cend() ? presenceMarkRect(bar, window) : QRectF();
    const bool markInside
        = !markRect.isNull() && markRect.left() >= r.left() && markRect.right() <= r.right() + 0.5;

    // The label: inside, beside, or kept at the window's left edge when the bar starts before it.
    QRectF lr = bar.labelRect;
    if (bar.labelInside && lr.left() < window.left() + 8 && r.right() > window.left()) {
        const qreal shift = window.left() + 14 - lr.left();
        lr.translate(shift, 0);
    }
    const QColor ink
        = bar.labelInside && !bar.unplaced ? Colours::textOn(bar.colour) : m_theme.text;
    p.setFont(m_font);
    p.setPen(ink);
    const QFontMetricsF fm(m_font);
    QString label = bar.number > 0 ? QString::number(bar.number) : bar.label;
    qreal room = lr.width();
    if (bar.labelInside)
        room = std::min(room, std::min(r.right(), window.right()) - lr.left() - 6);
    if (bar.labelInside && markInside)
        room = std::min(room, markRect.left() - 4 - lr.left());
    if (bar.labelElided || fm.horizontalAdvance(label) > room + 0.5)
        label = fm.elidedText(label, Qt::ElideRight, std::max<qreal>(0, room));
    p.drawText(QRectF(lr.left(), lr.top(), room + 2, lr.height()), Qt::AlignLeft | Qt::AlignVCenter,
        label);
    if (!bar.hint.isEmpty() && bar.number == 0 && label == bar.label) {
        p.setFont(m_small);
        QColor hint = ink;
        hint.setAlphaF(0.75f);
        p.setPen(m_theme.solid(hint, bar.labelInside ? bar.colour : m_theme.background));
        const qreal x = lr.left() + fm.horizontalAdvance(label) + 6;
        if (x < lr.left() + room)
            p.drawText(QRectF(x, lr.top(), lr.left() + room - x + 2, lr.height()),
                Qt::AlignLeft | Qt::AlignVCenter, bar.hint);
    }
    if (!markRect.isNull()) {
        // A ring of the background keeps it apart from a bar of the same colour.
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme.background);
        p.drawEllipse(markRect.adjusted(-1.5, -1.5, 1.5, 1.5));
        mark->paint(&p, markRect.toRect());
    }
    p.restore();
}

QRectF RoadmapPainter::presenceMarkRect(const RoadmapBar &bar, const QRectF &window)
{
    const QRectF r = bar.rect;
    const qreal d = std::clamp<qreal>(std::round(bar.labelRect.height() - 6), 8, 16);
    const qreal top = std::round(bar.labelRect.center().y() - d / 2);
    if (bar.duration > 0) {
        // Inside the end of the bar that is in the window, clear of a continuation chevron.
        const bool chevron = bar.continuesRight || r.right() > window.right() + 0.5;
        const qreal right = std::min(r.right(), window.right()) - (chevron ? 12 : 3);
        const qreal left = std::max(r.left(), window.left()) + 3;
        if (right - d >= left)
            return QRectF(std::floor(right - d), top, d, d);
    }
    if (!bar.labelInside && bar.labelRect.left() >= r.right() - 0.5) // the label after the bar
        return QRectF(std::round(bar.labelRect.right() + 4), top, d, d);
    if (!bar.labelInside) // the label before the bar
        return QRectF(std::round(bar.labelRect.left() - 4 - d), top, d, d);
    return QRectF(std::round(r.right() + 3), top, d, d);
}

void RoadmapPainter::paintCapacity(QPainter &p, qreal left, qreal width, bool headers) const
{
    const qreal headerW = headers ? m_l.headerWidth : 0;
    const qreal qw = m_l.options.quarterWidth;
    const qreal h = m_l.capacityRowHeight;
    p.setFont(m_small);
    const QFontMetricsF fm(m_small);
    for (size_t row = 0; row < m_l.capacity.size(); ++row) {
        const CapacityRow &cr = m_l.capacity[row];
        const qreal y = row * h;
        p.save();
        p.setClipRect(QRectF(headerW, y, width, h));
        p.translate(headerW - left, 0);
        const int firstShown = std::max(0, int(std::floor(left / qw)));
        const int lastShown
            = std::min(int(cr.cells.size()) - 1, int(std::ceil((left + width) / qw)));
        for (int n = firstShown; n <= lastShown; ++n) {
            const CapacityCell &cell = cr.cells[size_t(n)];
            const QRectF box(n * qw + 1, y + 1, qw - 2, h - 2);
            if (!cell.percent) {
                p.fillRect(box, m_theme.laneBand);
                continue;
            }
            const QColor heat = Colours::utilisation(*cell.percent);
            p.fillRect(box, heat);
            p.setPen(Colours::textOn(heat));
            const bool over = cell.demand > cell.capacity;
            QFont f = m_small;
            f.setBold(over);
            p.setFont(f);
            const QString text = *cell.percent >= 999
                ? QCoreApplication::translate("Cairn::Roadmap", "no capacity")
                : QStringLiteral("%1 %").arg(*cell.percent);
            if (fm.horizontalAdvance(text) + 4 < box.width())
                p.drawText(box, Qt::AlignCenter, text);
        }
        p.restore();
        if (headers) {
            p.fillRect(QRectF(0, y, headerW, h), m_theme.laneHeader);
            p.setFont(m_small);
            p.setPen(m_theme.text);
            p.drawText(QRectF(10, y, headerW - 16, h), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(cr.name, Qt::ElideRight, headerW - 16));
        }
        p.setPen(QPen(m_theme.grid, 1));
        p.drawLine(QPointF(0, y + h - 0.5), QPointF(headerW + width, y + h - 0.5));
    }
    p.setPen(QPen(m_theme.mutedText, 1.2));
    p.drawLine(QPointF(0, 0.5), QPointF(headerW + width, 0.5));
}

void paintKeyEntries(QPainter &p, const std::vector<KeyEntry> &entries, qreal width,
    const QFont &font, const QColor &ink)
{
    const std::vector<QRectF> boxes = layoutKey(entries, width, font);
    const qreal markW = keyMarkWidth(entries, font);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font);
    p.save();
    p.setPen(ink);
    for (size_t n = 0; n < boxes.size(); ++n) {
        const QRectF &r = boxes[n];
        p.setFont(bold);
        p.drawText(QRectF(r.left(), r.top(), markW, fm.height()), Qt::AlignLeft | Qt::AlignTop,
            entries[n].mark);
        p.setFont(font);
        qreal y = r.top();
        for (const QString &line : wrapLines(entries[n].text, font, r.width() - markW)) {
            p.drawText(QRectF(r.left() + markW, y, r.width() - markW, fm.height()),
                Qt::AlignLeft | Qt::AlignTop, line);
            y += fm.lineSpacing();
        }
    }
    p.restore();
}

void RoadmapPainter::paintKey(QPainter &p, qreal width) const
{
    paintKeyEntries(p, m_l.key, width, m_small, m_theme.text);
}

void RoadmapPainter::paintLegend(QPainter &p, qreal width) const
{
    std::vector<LegendEntry> entries = m_l.legend;
    const qreal height = layoutLegend(entries, width, m_font);
    p.fillRect(QRectF(0, 0, width, height), m_theme.background);
    p.setPen(QPen(m_theme.grid, 1));
    p.drawLine(QPointF(0, 0.5), QPointF(width, 0.5));
    const QFontMetricsF fm(m_font);
    const qreal lineH = std::ceil(fm.height());
    for (const LegendEntry &e : entries) {
        const QRectF r = e.rect;
        const qreal cy = r.center().y();
        const qreal g = lineH * 1.1;
        const QRectF glyph(r.left(), cy - lineH * 0.35, g, lineH * 0.7);
        qreal textX = r.left() + g + 6;
        p.save();
        switch (e.symbol) {
        case LegendEntry::Symbol::Title:
            textX = r.left();
            p.setFont(m_bold);
            break;
        case LegendEntry::Symbol::Swatch:
            p.setPen(Qt::NoPen);
            p.setBrush(e.colour);
            p.drawRoundedRect(glyph, 3, 3);
            break;
        case LegendEntry::Symbol::Milestone:
            p.setPen(Qt::NoPen);
            p.setBrush(m_theme.milestone);
            p.drawPolygon(diamond(glyph.center(), lineH * 0.4));
            break;
        case LegendEntry::Symbol::EndOfSupport:
            p.setPen(Qt::NoPen);
            p.setBrush(m_theme.endOfSupport);
            p.drawPolygon(triangleDown(glyph.center(), lineH * 0.4));
            break;
        case LegendEntry::Symbol::Pinned:
            drawPin(p, glyph.center(), lineH * 0.28,
                m_theme.dark ? QColor(Qt::white) : QColor(0x22, 0x22, 0x22),
                QColor(0xdd, 0xdd, 0xdd));
            break;
        case LegendEntry::Symbol::Late:
            p.setPen(QPen(e.colour, 2));
            p.setBrush(Colours::neutral());
            p.drawRoundedRect(glyph.adjusted(1, 1, -1, -1), 3, 3);
            break;
        case LegendEntry::Symbol::Unplaced:
            hatch(p, glyph, 3, e.colour);
            p.setPen(QPen(e.colour, 1.2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(glyph, 3, 3);
            break;
        case LegendEntry::Symbol::Today:
            p.setPen(QPen(m_theme.today, 2));
            p.drawLine(QPointF(glyph.center().x(), glyph.top() - 2),
                QPointF(glyph.center().x(), glyph.bottom() + 2));
            break;
        case LegendEntry::Symbol::Heat: {
            p.setFont(m_small);
            const qreal cw = lineH * 2.2;
            const auto &levels = kLegendHeatLevels;
            for (int k = 0; k < int(std::size(levels)); ++k) {
                const QRectF cell(r.left() + k * cw, cy - lineH * 0.45, cw - 1, lineH * 0.9);
                const QColor heat = Colours::utilisation(levels[k]);
                p.fillRect(cell, heat);
                p.setPen(Colours::textOn(heat));
                p.drawText(cell, Qt::AlignCenter, QStringLiteral("%1 %").arg(levels[k]));
            }
            textX = r.left() + 4 * cw + 6;
            break;
        }
        }
        p.restore();
        p.save();
        p.setFont(e.symbol == LegendEntry::Symbol::Title ? m_bold : m_font);
        p.setPen(e.symbol == LegendEntry::Symbol::Title ? m_theme.mutedText : m_theme.text);
        p.drawText(QRectF(textX, r.top(), r.right() - textX + 20, r.height()),
            Qt::AlignLeft | Qt::AlignVCenter, e.label);
        p.restore();
    }
}

} // namespace Cairn
