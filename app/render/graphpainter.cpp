#include "app/render/graphpainter.h"

#include "app/render/roadmaplayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <functional>

namespace Cairn {

namespace {

// Faded links step back further than faded nodes (GraphPainter::kFadedNode).
constexpr qreal kFadedEdge = 0.14;

QPainterPath nodeShape(const GraphDrawing::Node &n, qreal line)
{
    QPainterPath path;
    switch (n.kind) {
    case GraphNodeKind::Goal:
        path.addRoundedRect(n.rect, std::min(n.rect.height() / 2, line * 0.9),
            std::min(n.rect.height() / 2, line * 0.9));
        break;
    case GraphNodeKind::Initiative:
        path.addRoundedRect(n.rect, 5, 5);
        break;
    case GraphNodeKind::System:
        path.addRect(n.rect);
        break;
    }
    return path;
}

QColor chainColour()
{
    return Colours::milestone();
}

void paintArrow(QPainter &p, const QPolygonF &head, const QColor &colour)
{
    if (head.isEmpty())
        return;
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPolygon(head);
}

} // namespace

struct GraphPainter::LegendEntry {
    QString text;
    std::function<void(QPainter &, const QRectF &)> swatch;
};

GraphPainter::GraphPainter(const GraphDrawing &drawing, const Theme &theme)
    : m_drawing(drawing)
    , m_theme(theme)
{
}

GraphPainter::State GraphPainter::nodeState(const GraphEmphasis &emphasis, int node)
{
    if (node == emphasis.selected)
        return State::Selected;
    if (!emphasis.active())
        return State::Normal;
    return emphasis.nodes.contains(node) ? State::Emphasised : State::Faded;
}

GraphPainter::State GraphPainter::edgeState(const GraphEmphasis &emphasis, int edge)
{
    if (!emphasis.active())
        return State::Normal;
    return emphasis.edges.contains(edge) || emphasis.chain.contains(edge) ? State::Emphasised
                                                                          : State::Faded;
}

void GraphPainter::paintNode(QPainter &p, int index, State state, bool warning, bool withText) const
{
    const GraphDrawing::Node &n = m_drawing.nodes[size_t(index)];
    const QFont &font = m_drawing.style.font;
    const qreal line = QFontMetricsF(font).height();
    p.save();
    if (state == State::Faded)
        p.setOpacity(kFadedNode);
    const QPainterPath shape = nodeShape(n, line);
    if (state == State::Selected) { // a halo that reads on any fill
        p.setPen(QPen(m_theme.accent, 5));
        p.setBrush(Qt::NoBrush);
        p.drawPath(shape);
    }
    const QColor fill = n.fill.isValid() ? n.fill : m_theme.laneHeader;
    QPen border(n.kind == GraphNodeKind::System ? m_theme.arrow : fill.darker(135), 1);
    if (n.closed)
        border.setStyle(Qt::DashLine);
    if ((n.late && n.kind == GraphNodeKind::Initiative) || warning) {
        border = QPen(Colours::late(), 3);
        if (warning && !n.late)
            border.setStyle(Qt::DashLine);
    }
    if (state == State::Selected)
        border = QPen(m_theme.background, 1.5);
    p.setPen(border);
    p.setBrush(fill);
    p.drawPath(shape);
    if (n.kind == GraphNodeKind::System && n.late) // support ends within the plan
        p.fillRect(
            QRectF(n.rect.left(), n.rect.top(), 5, n.rect.height()), Colours::endOfSupport());
    if (withText) {
        const QColor text = n.text.isValid() ? n.text : m_theme.text;
        const qreal pad = m_drawing.padding();
        const qreal round = n.kind == GraphNodeKind::Goal ? line * 0.6 : 0;
        QRectF r = n.rect.adjusted(pad + round, pad, -pad - round, -pad);
        p.setFont(font);
        p.setPen(text);
        for (const QString &t : n.title) {
            p.drawText(QRectF(r.left(), r.top(), r.width(), line), Qt::AlignCenter, t);
            r.setTop(r.top() + line);
        }
        if (!n.subtitle.isEmpty()) {
            const QFont small = m_drawing.subtitleFont();
            p.setFont(small);
            QColor sub = text;
            if (n.kind == GraphNodeKind::System)
                sub = n.late ? Colours::endOfSupport() : m_theme.mutedText;
            else
                sub.setAlphaF(0.85f);
            p.setPen(sub);
            p.drawText(QRectF(r.left(), r.top(), r.width(), QFontMetricsF(small).height()),
                Qt::AlignCenter,
                QFontMetricsF(small).elidedText(n.subtitle, Qt::ElideRight, r.width()));
        }
    }
    p.restore();
}

void GraphPainter::paintEdge(QPainter &p, int index, State state, bool chain) const
{
    const GraphDrawing::Edge &e = m_drawing.edges[size_t(index)];
    p.save();
    if (state == State::Faded)
        p.setOpacity(kFadedEdge);
    QColor colour = e.colour.isValid() ? e.colour : m_theme.arrow;
    qreal width = e.width;
    if (state == State::Emphasised) {
        colour.setAlphaF(1);
        width *= 1.4;
    }
    if (chain) {
        colour = chainColour();
        width = std::max(width, 3.2);
    }
    QPen pen(colour, width, e.style, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(e.path);
    if (e.arrow)
        paintArrow(p, e.arrowHead, colour);
    if (!e.label.isEmpty()) {
        const QFont small = m_drawing.subtitleFont();
        const QFontMetricsF fm(small);
        QRectF box(0, 0, fm.horizontalAdvance(e.label) + 6, fm.height());
        box.moveCenter(e.labelAt);
        QColor back = m_theme.background;
        back.setAlphaF(0.85f);
        p.setPen(Qt::NoPen);
        p.setBrush(back);
        p.drawRoundedRect(box, 3, 3);
        p.setFont(small);
        p.setPen(m_theme.text);
        p.drawText(box, Qt::AlignCenter, e.label);
    }
    p.restore();
}

void GraphPainter::paint(QPainter &p, const GraphEmphasis &emphasis) const
{
    for (int e = 0; e < int(m_drawing.edges.size()); ++e)
        paintEdge(p, e, edgeState(emphasis, e), emphasis.chain.contains(e));
    for (int n = 0; n < int(m_drawing.nodes.size()); ++n)
        paintNode(p, n, nodeState(emphasis, n), emphasis.warnings.contains(n));
}

std::vector<GraphPainter::LegendEntry> GraphPainter::legendEntries() const
{
    std::vector<LegendEntry> out;
    const Theme theme = m_theme;
    auto box = [theme](QColor fill, qreal radius, QColor border = {}) {
        return [=](QPainter &p, const QRectF &r) {
            p.setPen(QPen(border.isValid() ? border : fill.darker(135), border.isValid() ? 3 : 1));
            p.setBrush(fill);
            p.drawRoundedRect(r.adjusted(1, 2, -1, -2), radius, radius);
        };
    };
    auto line = [theme](QColor colour, qreal width, Qt::PenStyle style, bool arrow) {
        return [=](QPainter &p, const QRectF &r) {
            const QColor c = colour.isValid() ? colour : theme.arrow;
            p.setPen(QPen(c, width, style, Qt::RoundCap));
            const qreal y = r.center().y();
            p.drawLine(QPointF(r.left() + 1, y), QPointF(r.right() - (arrow ? 6 : 1), y));
            if (arrow)
                paintArrow(p,
                    QPolygonF({QPointF(r.right(), y), QPointF(r.right() - 8, y - 3.5),
                        QPointF(r.right() - 8, y + 3.5)}),
                    c);
        };
    };
    auto words = [](const char *s) { return QCoreApplication::translate("Cairn::Graph", s); };
    // Goals take the colours of the roadmap's goal lanes: the swatch shows one that no kind uses.
    out.push_back({words(QT_TRANSLATE_NOOP("Cairn::Graph", "Goal")), box(Colours::category(1), 8)});
    switch (m_drawing.style.colourBy) {
    case GraphColouring::Kind:
        for (int k = 0; k < enumCount<InitiativeKind>(); ++k)
            out.push_back(
                {displayName(InitiativeKind(k)), box(Colours::kind(InitiativeKind(k)), 3)});
        break;
    case GraphColouring::Status:
        for (int k = 0; k < enumCount<InitiativeStatus>(); ++k)
            out.push_back(
                {displayName(InitiativeStatus(k)), box(Colours::status(InitiativeStatus(k)), 3)});
        break;
    case GraphColouring::Goal:
        out.push_back(
            {words(QT_TRANSLATE_NOOP("Cairn::Graph", "Initiative, in its main goal's colour")),
                box(Colours::category(1), 3)});
        break;
    }
    out.push_back({words(QT_TRANSLATE_NOOP("Cairn::Graph", "System")),
        box(theme.laneHeader, 0, theme.arrow)});
    out.push_back({words(QT_TRANSLATE_NOOP("Cairn::Graph", "Late")),
        box(Colours::kind(InitiativeKind::Grow), 3, Colours::late())});
    out.push_back({words(QT_TRANSLATE_NOOP("Cairn::Graph", "Support ends within the plan")),
        [theme](QPainter &p, const QRectF &r) {
            p.setPen(QPen(theme.arrow, 1));
            p.setBrush(theme.laneHeader);
            p.drawRect(r.adjusted(1, 2, -1, -2));
            p.fillRect(
                QRectF(r.left() + 1, r.top() + 2, 5, r.height() - 4), Colours::endOfSupport());
        }});
    QColor support = Colours::category(0);
    support.setAlphaF(0.55f);
    out.push_back({words(QT_TRANSLATE_NOOP("Cairn::Graph", "Supports (thicker: stronger)")),
        line(support, 2.4, Qt::SolidLine, false)});
    out.push_back(
        {words(QT_TRANSLATE_NOOP("Cairn::Graph", "Part of")), line({}, 1.4, Qt::DotLine, false)});
    out.push_back({words(QT_TRANSLATE_NOOP("Cairn::Graph", "Finish to start")),
        line({}, 1.6, Qt::SolidLine, true)});
    out.push_back({words(QT_TRANSLATE_NOOP("Cairn::Graph", "Start to start")),
        line({}, 1.6, Qt::DashLine, true)});
    out.push_back({words(QT_TRANSLATE_NOOP("Cairn::Graph", "Upgrades")),
        line(impactColour(SystemEffect::Upgrades), 1.8, Qt::SolidLine, true)});
    out.push_back({words(QT_TRANSLATE_NOOP("Cairn::Graph", "Replaces")),
        line(impactColour(SystemEffect::Replaces), 1.8, Qt::SolidLine, true)});
    out.push_back({words(QT_TRANSLATE_NOOP("Cairn::Graph", "Retires")),
        line(impactColour(SystemEffect::Retires), 1.8, Qt::SolidLine, true)});
    out.push_back({words(QT_TRANSLATE_NOOP("Cairn::Graph", "Introduces")),
        line(impactColour(SystemEffect::Introduces), 1.8, Qt::SolidLine, true)});
    out.push_back({words(QT_TRANSLATE_NOOP("Cairn::Graph", "Runs on")),
        line({}, 1.2, Qt::DashDotLine, true)});
    return out;
}

qreal GraphPainter::legendRows(qreal width, const std::function<void(int, QPointF)> &place) const
{
    const QFontMetricsF fm(m_drawing.subtitleFont());
    const qreal swatch = fm.height() * 2.2, gap = fm.height() * 0.4, rowH = fm.height() * 1.5;
    const std::vector<LegendEntry> entries = legendEntries();
    qreal x = 0, y = 0;
    for (int k = 0; k < int(entries.size()); ++k) {
        const qreal w = swatch + gap + fm.horizontalAdvance(entries[size_t(k)].text) + 2 * gap;
        if (x > 0 && x + w > width) {
            x = 0;
            y += rowH;
        }
        if (place)
            place(k, QPointF(x, y));
        x += w;
    }
    return y + rowH;
}

qreal GraphPainter::legendHeight(qreal width) const
{
    return legendRows(width, {});
}

void GraphPainter::paintLegend(QPainter &p, const QRectF &rect) const
{
    const QFont small = m_drawing.subtitleFont();
    const QFontMetricsF fm(small);
    const qreal swatch = fm.height() * 2.2, gap = fm.height() * 0.4, rowH = fm.height() * 1.5;
    const std::vector<LegendEntry> entries = legendEntries();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    legendRows(rect.width(), [&](int k, QPointF at) {
        const QPointF o = rect.topLeft() + at;
        const LegendEntry &e = entries[size_t(k)];
        p.save();
        e.swatch(p, QRectF(o.x(), o.y() + (rowH - fm.height()) / 2, swatch, fm.height()));
        p.restore();
        p.setFont(small);
        p.setPen(m_theme.text);
        p.drawText(QRectF(o.x() + swatch + gap, o.y(), rect.width(), rowH),
            Qt::AlignLeft | Qt::AlignVCenter, e.text);
    });
    p.restore();
}

} // namespace Cairn
