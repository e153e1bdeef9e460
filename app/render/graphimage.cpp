#include "app/render/graphimage.h"

#include "app/render/picture.h"
#include "app/render/roadmaplayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace Cairn {

namespace {
constexpr qreal kMinWidth = 720; // room for the title and a legend of a few rows
}

GraphSheet::GraphSheet(
    const PlanContent &plan, const GraphDrawing &drawing, const QString &caption, QSize size)
    : m_plan(plan)
    , m_drawing(drawing)
    , m_caption(caption)
{
    const QSizeF natural = naturalSize();
    if (size.isEmpty()) {
        m_size = QSize(int(std::ceil(natural.width())), int(std::ceil(natural.height())));
        return;
    }
    m_scale = std::min(size.width() / natural.width(), size.height() / natural.height());
    m_size = size;
}

qreal GraphSheet::titleHeight() const
{
    return std::round(QFontMetricsF(m_drawing.style.font).height() * 4.2);
}

qreal GraphSheet::legendHeight() const
{
    const Theme theme = Theme::print();
    const qreal width = std::max(kMinWidth, m_drawing.bounds.width()) - 24;
    return GraphPainter(m_drawing, theme).legendHeight(width)
        + QFontMetricsF(m_drawing.style.font).height();
}

QSizeF GraphSheet::naturalSize() const
{
    return QSizeF(std::max(kMinWidth, m_drawing.bounds.width()),
        titleHeight() + m_drawing.bounds.height() + legendHeight());
}

void GraphSheet::paint(QPainter &p, const Theme &theme, const GraphEmphasis &emphasis) const
{
    p.save();
    p.fillRect(QRectF(QPointF(0, 0), QSizeF(m_size)), theme.background);
    const QSizeF natural = naturalSize();
    p.translate((m_size.width() - natural.width() * m_scale) / 2,
        (m_size.height() - natural.height() * m_scale) / 2);
    p.scale(m_scale, m_scale);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);

    const QFont base = m_drawing.style.font;
    QFont title = scaledFont(base, 1.7);
    title.setBold(true);
    const qreal lineH = QFontMetricsF(base).height();
    p.setFont(title);
    p.setPen(theme.text);
    p.drawText(QRectF(12, lineH * 0.6, natural.width() - 24, lineH * 1.9),
        Qt::AlignLeft | Qt::AlignVCenter,
        m_plan.info.name.isEmpty()
            ? QCoreApplication::translate("Cairn::Graph", "Dependency graph")
            : QCoreApplication::translate("Cairn::Graph", "%1: dependency graph")
                  .arg(m_plan.info.name));
    p.setFont(base);
    p.setPen(theme.mutedText);
    QStringList parts;
    if (!m_plan.info.organisation.isEmpty())
        parts << m_plan.info.organisation;
    parts << m_caption;
    p.drawText(QRectF(12, lineH * 2.5, natural.width() - 24, lineH * 1.3),
        Qt::AlignLeft | Qt::AlignVCenter, parts.join(QStringLiteral("  ·  ")));

    p.save();
    p.translate((natural.width() - m_drawing.bounds.width()) / 2, titleHeight());
    const GraphPainter painter(m_drawing, theme);
    if (m_drawing.nodes.empty()) {
        p.setPen(theme.mutedText);
        p.drawText(QRectF(0, 0, m_drawing.bounds.width(), lineH * 3), Qt::AlignCenter,
            QCoreApplication::translate("Cairn::Graph", "Nothing to show."));
    }
    painter.paint(p, emphasis);
    p.restore();
    const qreal legendTop = titleHeight() + m_drawing.bounds.height() + lineH * 0.5;
    painter.paintLegend(p, QRectF(12, legendTop, natural.width() - 24, legendHeight()));
    p.restore();
}

QString GraphSheet::write(const QString &path, const GraphEmphasis &emphasis) const
{
    const Picture::Format format = Picture::formatOf(path);
    // Crisp on a projector; very large graphs stay at their own size to keep the file sane.
    const qreal scale = m_size.width() * m_size.height() <= 4000 * 4000 ? 2 : 1;
    return Picture::save(path, format, m_size, m_plan.info.name,
        format == Picture::Format::Png ? scale : 1,
        [this, &emphasis](QPainter &p) { paint(p, Theme::print(), emphasis); });
}

QString GraphSheet::describe(const PlanContent &plan, const GraphFilter &filter)
{
    auto words = [](const char *s) { return QCoreApplication::translate("Cairn::Graph", s); };
    QStringList parts;
    if (filter.focus) {
        QString name;
        if (const Goal *g = plan.goal(GoalId {*filter.focus}))
            name = g->name;
        else if (const Initiative *i = plan.initiative(InitiativeId {*filter.focus}))
            name = i->name;
        else if (const System *s = plan.system(SystemId {*filter.focus}))
            name = s->name;
        parts << QCoreApplication::translate(
            "Cairn::Graph", "Around “%1”, %n link(s) deep", nullptr, filter.depth)
                     .arg(name);
    } else {
        parts << words(QT_TRANSLATE_NOOP("Cairn::Graph", "Goals, initiatives and systems"));
    }
    QStringList names;
    for (const Goal &g : plan.goals)
        if (filter.goals.contains(g.id.value))
            names << g.name;
    if (!names.isEmpty())
        parts << QCoreApplication::translate("Cairn::Graph", "for %1")
                     .arg(names.join(QStringLiteral(", ")));
    names.clear();
    for (const System &s : plan.systems)
        if (filter.systems.contains(s.id.value))
            names << s.name;
    if (!names.isEmpty())
        parts << QCoreApplication::translate("Cairn::Graph", "on %1")
                     .arg(names.join(QStringLiteral(", ")));
    names.clear();
    for (int k = 0; k < enumCount<InitiativeKind>(); ++k)
        if (filter.kinds.contains(InitiativeKind(k)))
            names << displayName(InitiativeKind(k));
    if (!names.isEmpty())
        parts << QCoreApplication::translate("Cairn::Graph", "kinds: %1")
                     .arg(names.join(QStringLiteral(", ")));
    if (!filter.tags.isEmpty()) {
        QStringList tags(filter.tags.cbegin(), filter.tags.cend());
        tags.sort();
        parts << QCoreApplication::translate("Cairn::Graph", "tagged %1")
                     .arg(tags.join(QStringLiteral(", ")));
    }
    if (!filter.showClosed)
        parts << words(QT_TRANSLATE_NOOP("Cairn::Graph", "done and dropped left out"));
    return parts.join(QStringLiteral(", "));
}

} // namespace Cairn
