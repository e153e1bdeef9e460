#include "app/render/roadmapimage.h"

#include "app/render/colours.h"
#include "app/render/picture.h"
#include "app/render/roadmappainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>

#include <cmath>

namespace Cairn {

QFont RoadmapSheet::exportFont(qreal pixelSize)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(int(std::round(pixelSize)));
    f.setHintingPreference(QFont::PreferNoHinting); // the same advances on screen, image and PDF
    // Any letter spacing turns ligatures off: "staff" then copies out of a PDF as "staff", not
    // "staﬀ".
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // the smallest step Qt keeps
    return f;
}

RoadmapSheet::RoadmapSheet(
    const PlanContent &plan, const PlanSchedule &schedule, RoadmapOptions options, QSize size)
    : m_plan(plan)
{
    options.print = true; // a picture: no collapse marks
    RoadmapLayoutEngine engine;
    m_layout = engine.layout(plan, schedule, options);
    if (size.isEmpty()) {
        m_size = QSize(int(std::ceil(composition().width())),
            int(std::ceil(composition().height() + titleHeight())));
        return;
    }
    // Fit the quarters into the width, then scale down if the result is too tall.
    options.quarterWidth = std::max<qreal>(
        24, (size.width() - m_layout.headerWidth) / std::max(1, m_layout.quarters));
    m_layout = engine.layout(plan, schedule, options);
    const QSizeF natural(composition().width(), composition().height() + titleHeight());
    m_scale = std::min({1.0, size.width() / natural.width(), size.height() / natural.height()});
    m_size = size;
}

QSizeF RoadmapSheet::composition() const
{
    // The painter's own measure: the layout's parts and the key of numbered marks under them.
    const RoadmapPainter painter(m_layout, Theme::print());
    return painter.size(painter.wholeFrame());
}

qreal RoadmapSheet::titleHeight() const
{
    return std::round(QFontMetricsF(m_layout.options.font).height() * 4.2);
}

void RoadmapSheet::paint(QPainter &p, const Theme &theme) const
{
    p.save();
    p.fillRect(QRectF(QPointF(0, 0), QSizeF(m_size)), theme.background);
    const QSizeF natural(composition().width(), composition().height() + titleHeight());
    p.translate((m_size.width() - natural.width() * m_scale) / 2, 0);
    p.scale(m_scale, m_scale);

    // Title band: the plan, its organisation, the quarters shown.
    const QFont base = m_layout.options.font;
    QFont title = scaledFont(base, 1.7);
    title.setBold(true);
    const qreal th = titleHeight();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setFont(title);
    p.setPen(theme.text);
    const qreal lineH = QFontMetricsF(base).height();
    p.drawText(QRectF(12, lineH * 0.6, natural.width() - 24, lineH * 1.9),
        Qt::AlignLeft | Qt::AlignVCenter,
        m_plan.info.name.isEmpty() ? QCoreApplication::translate("Cairn::Roadmap", "Roadmap")
                                   : m_plan.info.name);
    p.setFont(base);
    p.setPen(theme.mutedText);
    const QuarterStyle style = m_plan.info.quarterStyle();
    QStringList parts;
    if (!m_plan.info.organisation.isEmpty())
        parts << m_plan.info.organisation;
    parts << QCoreApplication::translate("Cairn::Roadmap", "Roadmap %1 – %2")
                 .arg(
                     m_plan.info.firstQuarter.label(style), m_plan.info.lastQuarter().label(style));
    if (m_layout.options.today.isValid())
        parts << QCoreApplication::translate("Cairn::Roadmap", "as of %1")
                     .arg(QLocale().toString(m_layout.options.today, QLocale::LongFormat));
    p.drawText(QRectF(12, lineH * 2.5, natural.width() - 24, lineH * 1.3),
        Qt::AlignLeft | Qt::AlignVCenter, parts.join(QStringLiteral("  ·  ")));
    p.translate(0, th);
    const RoadmapPainter painter(m_layout, theme);
    painter.paint(p, painter.wholeFrame());
    p.restore();
}

QString RoadmapSheet::writePng(const QString &path) const
{
    return Picture::save(path, Picture::Format::Png, m_size, m_plan.info.name, 1,
        [this](QPainter &p) { paint(p, Theme::print()); });
}

QString RoadmapSheet::writeSvg(const QString &path) const
{
    return Picture::save(path, Picture::Format::Svg, m_size, m_plan.info.name, 1,
        [this](QPainter &p) { paint(p, Theme::print()); });
}

} // namespace Cairn
