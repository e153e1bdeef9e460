#include "app/render/colours.h"
#include "app/render/roadmapimage.h"
#include "app/render/roadmappainter.h"
#include "app/report/reportcomposer.h"
#include "app/report/reportflow.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace Cairn {

using namespace ReportStyle;

// ---- the roadmap, page by page ------------------------------------------------------------------
void ReportComposer::addTimeline()
{
    RoadmapOptions o;
    o.print = true;
    o.font = RoadmapSheet::exportFont(12);
    o.colourBy = m_options.colourBy;
    o.laneBy = m_options.laneBy;
    o.today = m_options.date;
    o.maxMarkerRows = 4; // on paper the lanes need the room; the systems table names every system
    RoadmapLayoutEngine engine;
    const RoadmapLayout whole = engine.layout(m_plan, m_schedule, o);
    const int quarters = whole.quarters;
    const int perPage = m_options.quartersPerPage > 0
        ? m_options.quartersPerPage
        : int(std::ceil(double(quarters) / std::max(1, m_options.pagesWide)));
    const int columns = int(std::ceil(double(quarters) / perPage));
    o.quarterWidth = std::floor((m_content.width() - whole.headerWidth) / perPage);
    const Theme theme = Theme::print();
    for (int col = 0; col < columns; ++col) {
        RoadmapOptions page = o;
        page.from = whole.first + col * perPage;
        page.to = whole.first + std::min(quarters, (col + 1) * perPage) - 1;
        auto layout
            = std::make_shared<const RoadmapLayout>(engine.layout(m_plan, m_schedule, page));
        const RoadmapPainter painter(*layout, theme);
        RoadmapFrame probe = painter.wholeFrame();
        probe.legendWidth = m_content.width();
        const qreal fixed = headingHeight() + layout->topHeight() + painter.legendHeight(probe);
        const qreal room = m_content.height() - fixed;
        // Cut the lanes on row boundaries so that no bar or label is cut.
        std::vector<qreal> cuts {0, layout->bodyHeight};
        for (const RoadmapLane &lane : layout->lanes)
            cuts.push_back(lane.top);
        for (const RoadmapBar &b : layout->bars)
            cuts.push_back(b.rect.top() - (layout->rowHeight - b.rect.height()) / 2);
        std::sort(cuts.begin(), cuts.end());
        std::vector<std::pair<qreal, qreal>> slices;
        qreal y0 = 0;
        while (y0 < layout->bodyHeight - 0.5) {
            // The last slice also carries the capacity strip.
            const qreal limitLast = room - layout->capacityHeight();
            qreal y1 = y0;
            if (layout->bodyHeight - y0 <= limitLast) {
                y1 = layout->bodyHeight;
            } else {
                for (qreal c : cuts)
                    if (c > y0 + 0.5 && c - y0 <= room)
                        y1 = c;
                if (y1 <= y0 + 0.5)
                    y1 = std::min(layout->bodyHeight, y0 + room); // a lane taller than a page
            }
            slices.emplace_back(y0, y1);
            y0 = y1;
        }
        if (slices.empty())
            slices.emplace_back(0, 0);
        // A last slice without room for the capacity strip gets a page of its own for it.
        const bool capacityAlone = !layout->capacity.empty()
            && slices.back().second - slices.back().first + layout->capacityHeight() > room;
        const int pages = int(slices.size());
        for (int n = 0; n < pages; ++n) {
            const auto [top, bottom] = slices[size_t(n)];
            const bool last = n == pages - 1;
            QString title = QCoreApplication::translate("Cairn::Report", "Roadmap %1 – %2")
                                .arg(quarterText(*page.from), quarterText(*page.to));
            QStringList notes;
            if (columns > 1)
                notes << QCoreApplication::translate("Cairn::Report", "part %1 of %2 across")
                             .arg(col + 1)
                             .arg(columns);
            if (pages > 1)
                notes << QCoreApplication::translate("Cairn::Report", "lanes %1 of %2")
                             .arg(n + 1)
                             .arg(pages);
            const QString subtitle = notes.join(QStringLiteral(" · "));
            if (n > 0)
                title = QCoreApplication::translate("Cairn::Report", "%1 (continued)").arg(title);
            m_timeline.push_back({layout, top, bottom, int(m_pages.size())});
            m_pages.push_back({ReportOptions::sectionKey(ReportOptions::Roadmap),
                [this, layout, theme, top, bottom, last, capacityAlone, title, subtitle](
                    QPainter &p, const QRectF &c) {
                    paintHeading(p, c, title, subtitle);
                    const RoadmapPainter pagePainter(*layout, theme);
                    RoadmapFrame f;
                    f.window = QRectF(0, top, layout->bodyWidth(), bottom - top);
                    f.origin = QPointF(c.left(), c.top() + headingHeight());
                    f.showCapacity = last && !capacityAlone;
                    f.legendWidth = c.width();
                    pagePainter.paint(p, f);
                }});
        }
        if (capacityAlone) {
            const QString title = QCoreApplication::translate("Cairn::Report", "Capacity %1 – %2")
                                      .arg(quarterText(*page.from), quarterText(*page.to));
            m_pages.push_back({ReportOptions::sectionKey(ReportOptions::Roadmap),
                [this, layout, theme, title](QPainter &p, const QRectF &c) {
                    paintHeading(p, c, title);
                    const RoadmapPainter pagePainter(*layout, theme);
                    RoadmapFrame f;
                    f.window = QRectF(0, 0, layout->bodyWidth(), 0);
                    f.origin = QPointF(c.left(), c.top() + headingHeight());
                    f.legendWidth = c.width();
                    pagePainter.paint(p, f);
                }});
        }
    }
}

} // namespace Cairn
