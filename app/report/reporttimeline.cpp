#include "app/render/colours.h"
#include "app/render/roadmapimage.h"
#include "app/render/roadmappainter.h"
#include "app/report/reportcomposer.h"
#include "app/report/reportflow.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Cairn {

using namespace ReportStyle;

namespace {

// Where a roadmap's body may be cut between pages: at the top of a lane (best), or between two
// rows of a lane where each part has room for its title.
struct Cut {
    qreal y = 0;
    bool lane = false;
};

std::vector<Cut> cutsOf(const RoadmapLayout &l)
{
    std::vector<Cut> cuts;
    for (const RoadmapLane &lane : l.lanes) {
        cuts.push_back({lane.top, true});
        if (lane.collapsed)
            continue;
        for (int r = 1; r < lane.rows; ++r) {
            const qreal y = lane.top + l.lanePad + r * l.rowHeight;
            if (y - lane.top >= lane.splitHeaderHeight
                && lane.top + lane.height - y >= lane.splitHeaderHeight)
                cuts.push_back({y, false});
        }
    }
    cuts.push_back({l.bodyHeight, true});
    std::sort(cuts.begin(), cuts.end(), [](const Cut &a, const Cut &b) { return a.y < b.y; });
    return cuts;
}

struct Slice {
    qreal top = 0;
    qreal bottom = 0;
    bool capacity = false; // the capacity strip goes under this slice
};

// The body in slices of at most `room`, cut only between rows, and between lanes when that fills
// at least `lanes` of the page; the last slice leaves room for the capacity strip, which goes
// alone on a page only when not even a single row can share a page with it.
std::vector<Slice> sliceBody(const RoadmapLayout &l, qreal room, qreal lanes)
{
    const std::vector<Cut> cuts = cutsOf(l);
    const qreal body = l.bodyHeight;
    const qreal strip = l.capacityHeight();
    std::vector<Slice> slices;
    qreal y0 = 0;
    while (true) {
        if (body - y0 + strip <= room) {
            slices.push_back({y0, body, true});
            return slices;
        }
        if (body - y0 <= room) {
            // The rest fits, but not with the strip: end this page where the last page keeps
            // as much of the body as it can beside the strip, at a lane's top if one will do.
            std::optional<qreal> laneCut, rowCut;
            for (const Cut &c : cuts)
                if (c.y > y0 + 0.5 && c.y < body - 0.5 && body - c.y + strip <= room) {
                    if (c.lane && !laneCut)
                        laneCut = c.y;
                    if (!rowCut)
                        rowCut = c.y;
                }
            const std::optional<qreal> cut
                = laneCut && *laneCut - *rowCut < room * 0.25 ? laneCut : rowCut;
            slices.push_back({y0, cut.value_or(body), false});
            slices.push_back({cut.value_or(body), body, true});
            return slices;
        }
        qreal laneCut = y0, rowCut = y0;
        for (const Cut &c : cuts)
            if (c.y > y0 + 0.5 && c.y - y0 <= room) {
                rowCut = c.y;
                if (c.lane)
                    laneCut = c.y;
            }
        const qreal y1 = laneCut - y0 >= room * lanes ? laneCut
            : rowCut > y0                             ? rowCut
                                                      : y0 + room; // a row taller than a page
        slices.push_back({y0, y1, false});
        y0 = y1;
    }
}

// Lanes kept whole where that costs no page more than cutting them between rows.
std::vector<Slice> sliceBody(const RoadmapLayout &l, qreal room)
{
    const std::vector<Slice> tightest = sliceBody(l, room, 2.0);
    for (qreal lanes : {0.5, 0.7, 0.9}) {
        std::vector<Slice> slices = sliceBody(l, room, lanes);
        if (slices.size() <= tightest.size())
            return slices;
    }
    return tightest;
}

qreal medianLabelWidth(const PlanContent &plan, const QFont &font)
{
    const QFontMetricsF fm(font);
    std::vector<qreal> widths;
    for (const Initiative &i : plan.initiatives)
        widths.push_back(fm.horizontalAdvance(i.name));
    if (widths.empty())
        return 0;
    std::nth_element(widths.begin(), widths.begin() + long(widths.size() / 2), widths.end());
    return widths[widths.size() / 2];
}

} // namespace

RoadmapOptions ReportComposer::roadmapOptions(qreal pixelSize) const
{
    RoadmapOptions o;
    o.print = true;
    o.font = RoadmapSheet::exportFont(pixelSize);
    o.colourBy = m_options.colourBy;
    o.laneBy = m_options.laneBy;
    o.today = m_options.date;
    o.maxMarkerRows = 4; // on paper the lanes need the room; the key names grouped systems
    return o;
}

// ---- the roadmap: on one page, then page by page when that adds something ---------------------
void ReportComposer::addTimeline()
{
    const bool complete = addOverview();
    if (!complete || m_options.quartersPerPage > 0 || m_options.pagesWide > 0)
        addTimelineDetail();
}

// The whole horizon and every initiative on one page: condensed lanes, the largest type at which
// every label fits, or else numbered labels with a key. Returns whether the page shows all there
// is at the detail pages' type size, so that they would add nothing.
bool ReportComposer::addOverview()
{
    const qreal room = m_content.height() - headingHeight();
    const qreal width = m_content.width();
    const Theme theme = Theme::print();
    RoadmapLayoutEngine engine;
    struct Candidate {
        std::shared_ptr<const RoadmapLayout> layout;
        qreal height = 0; // with its key
        qreal keyHeight = 0;
    };
    auto candidate = [&](qreal pixels, bool numbered) {
        RoadmapOptions o = roadmapOptions(pixels);
        o.condensed = true;
        o.numberLabels = numbered;
        o.maxMarkerRows = 3;
        const RoadmapLayout probe = engine.layout(m_plan, m_schedule, o);
        o.quarterWidth = std::floor((width - probe.headerWidth) / std::max(1, probe.quarters));
        auto layout = std::make_shared<const RoadmapLayout>(engine.layout(m_plan, m_schedule, o));
        const RoadmapPainter painter(*layout, theme);
        RoadmapFrame f = painter.wholeFrame();
        f.legendWidth = width;
        return Candidate {layout, painter.size(f).height(), painter.keyHeight(f)};
    };
    const qreal detailPixels = 12;
    std::optional<Candidate> chosen;
    bool complete = false;
    // Named labels at a readable size, then numbered ones, then numbered ones with the key on the
    // pages after.
    for (qreal pixels : {12.0, 11.0, 10.0, 9.0}) {
        Candidate c = candidate(pixels, false);
        if (c.height <= room) {
            complete = pixels >= detailPixels;
            chosen = c;
            break;
        }
    }
    bool keyApart = false;
    for (qreal pixels : {11.0, 10.0, 9.0, 8.0}) {
        if (chosen)
            break;
        Candidate c = candidate(pixels, true);
        if (c.height <= room)
            chosen = c;
    }
    for (qreal pixels : {10.0, 9.0, 8.0, 7.0}) {
        if (chosen)
            break;
        Candidate c = candidate(pixels, true);
        if (c.height - c.keyHeight <= room || pixels == 7.0) {
            chosen = c;
            keyApart = true;
        }
    }
    auto layout = chosen->layout;
    const qreal height = chosen->height - (keyApart ? chosen->keyHeight : 0);
    const qreal scale = std::min(1.0, room / height); // only for a plan too big for any type
    const QString title
        = QCoreApplication::translate("Cairn::Report", "The whole roadmap, %1 – %2")
              .arg(layout->first.label(layout->quarterStyle),
                  (layout->first + (layout->quarters - 1)).label(layout->quarterStyle));
    const QString subtitle = layout->key.empty() || keyApart
        ? QString()
        : QCoreApplication::translate("Cairn::Report", "numbers: see the key below");
    m_timeline.push_back({layout, 0, layout->bodyHeight, int(m_pages.size()), true});
    m_pages.push_back({ReportOptions::sectionKey(ReportOptions::Roadmap),
        [this, layout, theme, title, subtitle, scale, keyApart](QPainter &p, const QRectF &c) {
            paintHeading(p, c, title, subtitle);
            const RoadmapPainter painter(*layout, theme);
            RoadmapFrame f = painter.wholeFrame();
            f.legendWidth = c.width() / scale;
            f.showKey = !keyApart;
            p.save();
            p.translate(c.left(), c.top() + headingHeight());
            p.scale(scale, scale);
            painter.paint(p, f);
            p.restore();
        }});
    if (keyApart)
        addKeyPages(layout->key, RoadmapPainter(*layout, theme).smallFont());
    return complete;
}

// A key too long for the page of the roadmap goes on the pages after it, in columns.
void ReportComposer::addKeyPages(const std::vector<KeyEntry> &key, const QFont &font)
{
    const qreal room = m_content.height() - headingHeight();
    const qreal width = m_content.width();
    auto bottomOf = [&](size_t from, size_t to) {
        const std::vector<KeyEntry> chunk(key.begin() + long(from), key.begin() + long(to));
        qreal bottom = 0;
        for (const QRectF &r : layoutKey(chunk, width, font))
            bottom = std::max(bottom, r.bottom());
        return bottom;
    };
    size_t from = 0;
    while (from < key.size()) {
        // The most entries that fit, found by halving.
        size_t lo = from + 1, hi = key.size();
        while (lo < hi) {
            const size_t mid = (lo + hi + 1) / 2;
            if (bottomOf(from, mid) <= room)
                lo = mid;
            else
                hi = mid - 1;
        }
        const std::vector<KeyEntry> chunk(key.begin() + long(from), key.begin() + long(lo));
        const QString title = from == 0
            ? QCoreApplication::translate("Cairn::Report", "Key to the whole roadmap")
            : QCoreApplication::translate("Cairn::Report", "Key to the whole roadmap (continued)");
        m_pages.push_back({ReportOptions::sectionKey(ReportOptions::Roadmap),
            [this, chunk, font, title](QPainter &p, const QRectF &c) {
                paintHeading(p, c, title);
                p.save();
                p.translate(c.left(), c.top() + headingHeight());
                paintKeyEntries(p, chunk, c.width(), font, kInk);
                p.restore();
            }});
        from = lo;
    }
}

// How many quarters a detail page shows: as asked, or as many as the page's width gives each a
// width in which a typical label reads (a wider page shows more), spread evenly over the pages.
int ReportComposer::detailQuartersPerPage(const RoadmapLayout &whole) const
{
    const int quarters = whole.quarters;
    if (m_options.quartersPerPage > 0)
        return m_options.quartersPerPage;
    if (m_options.pagesWide > 0)
        return int(std::ceil(double(quarters) / m_options.pagesWide));
    const qreal readable
        = std::clamp(medianLabelWidth(m_plan, whole.options.font) * 0.45, 80.0, 150.0);
    const int fit = std::max(1, int((m_content.width() - whole.headerWidth) / readable));
    const int columns = int(std::ceil(double(quarters) / fit));
    return int(std::ceil(double(quarters) / columns)); // the most any page shows
}

void ReportComposer::addTimelineDetail()
{
    RoadmapOptions o = roadmapOptions(12);
    RoadmapLayoutEngine engine;
    const RoadmapLayout whole = engine.layout(m_plan, m_schedule, o);
    const int quarters = whole.quarters;
    const int perPage = detailQuartersPerPage(whole);
    const int columns = int(std::ceil(double(quarters) / perPage));
    o.quarterWidth = std::floor((m_content.width() - whole.headerWidth) / perPage);
    const Theme theme = Theme::print();
    for (int col = 0; col < columns; ++col) {
        // The quarters spread evenly (4, 3, 3, 3 rather than 4, 4, 4, 1), at one scale.
        RoadmapOptions page = o;
        page.from = whole.first + int(std::llround(double(col) * quarters / columns));
        page.to = whole.first + int(std::llround(double(col + 1) * quarters / columns)) - 1;
        auto layout
            = std::make_shared<const RoadmapLayout>(engine.layout(m_plan, m_schedule, page));
        const RoadmapPainter painter(*layout, theme);
        RoadmapFrame probe = painter.wholeFrame();
        probe.legendWidth = m_content.width();
        const qreal room = m_content.height() - headingHeight() - layout->topHeight()
            - painter.legendHeight(probe) - painter.keyHeight(probe);
        const std::vector<Slice> slices = sliceBody(*layout, room);
        const int pages = int(slices.size());
        for (int n = 0; n < pages; ++n) {
            const Slice slice = slices[size_t(n)];
            const bool stripAlone = slice.bottom - slice.top < 0.5;
            QString title = stripAlone
                ? QCoreApplication::translate("Cairn::Report", "Capacity %1 – %2")
                      .arg(quarterText(*page.from), quarterText(*page.to))
                : QCoreApplication::translate("Cairn::Report", "Roadmap %1 – %2")
                      .arg(quarterText(*page.from), quarterText(*page.to));
            QStringList notes;
            if (columns > 1)
                notes << QCoreApplication::translate("Cairn::Report", "part %1 of %2 across")
                             .arg(col + 1)
                             .arg(columns);
            if (pages > 1 && !stripAlone)
                notes << QCoreApplication::translate("Cairn::Report", "lanes %1 of %2")
                             .arg(n + 1)
                             .arg(pages - (slices.back().bottom - slices.back().top < 0.5 ? 1 : 0));
            if (n > 0 && !stripAlone)
                title = QCoreApplication::translate("Cairn::Report", "%1 (continued)").arg(title);
            if (!stripAlone)
                m_timeline.push_back({layout, slice.top, slice.bottom, int(m_pages.size()), false});
            const QString subtitle = notes.join(QStringLiteral(" · "));
            m_pages.push_back({ReportOptions::sectionKey(ReportOptions::Roadmap),
                [this, layout, theme, slice, title, subtitle](QPainter &p, const QRectF &c) {
                    paintHeading(p, c, title, subtitle);
                    const RoadmapPainter pagePainter(*layout, theme);
                    RoadmapFrame f;
                    f.window = QRectF(0, slice.top, layout->bodyWidth(), slice.bottom - slice.top);
                    f.origin = QPointF(c.left(), c.top() + headingHeight());
                    f.showCapacity = slice.capacity;
                    f.legendWidth = c.width();
                    pagePainter.paint(p, f);
                }});
        }
    }
}

} // namespace Cairn
