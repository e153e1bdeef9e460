#include "app/report/reportcomposer.h"

#include "app/charts/chartfactory.h"
#include "app/render/colours.h"
#include "app/render/roadmapimage.h"
#include "app/render/roadmappainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>
#include <map>

namespace Cairn {

namespace {

constexpr qreal kMargin = 40;
constexpr qreal kFooter = 28;

QFont sized(const QFont &base, qreal pixels, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(int(std::round(pixels)));
    f.setBold(bold);
    return f;
}

qreal wrappedHeight(const QFont &font, qreal width, const QString &text)
{
    if (text.isEmpty())
        return QFontMetricsF(font).height();
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text)
        .height();
}

const QColor kInk(0x1f, 0x23, 0x28);
const QColor kMuted(0x5f, 0x67, 0x70);
const QColor kRule(0xd5, 0xd9, 0xde);
const QColor kShade(0xf4, 0xf6, 0xf8);
} // namespace

QString ReportOptions::sectionKey(Section s)
{
    switch (s) {
    case Cover:
        return QStringLiteral("cover");
    case Summary:
        return QStringLiteral("summary");
    case Roadmap:
        return QStringLiteral("roadmap");
    case Charts:
        return QStringLiteral("charts");
    case Initiatives:
        return QStringLiteral("initiatives");
    case Systems:
        return QStringLiteral("systems");
    case Legend:
        return QStringLiteral("legend");
    case AllSections:
        break;
    }
    return {};
}

QList<ReportOptions::Section> ReportOptions::allSections()
{
    return {Cover, Summary, Roadmap, Charts, Initiatives, Systems, Legend};
}

std::optional<ReportOptions::Section> ReportOptions::sectionFromKey(QStringView key)
{
    for (Section s : allSections())
        if (key.compare(sectionKey(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

// Blocks of known height poured into pages; a table's header is repeated on each page.
class ReportComposer::Flow {
public:
    using Paint = std::function<void(QPainter &, const QRectF &)>;

    Flow(ReportComposer &c, QString section, QString title)
        : m_c(c)
        , m_section(std::move(section))
        , m_title(std::move(title))
    {
    }
    ~Flow() { finish(); }

    void add(qreal height, Paint paint)
    {
        m_blocks.push_back({height, std::move(paint), m_header});
    }
    void space(qreal height) { add(height, {}); }
    void setHeader(qreal height, Paint paint)
    {
        m_header = std::make_shared<Block>(Block {height, std::move(paint), nullptr});
    }
    void clearHeader() { m_header.reset(); }

private:
    struct Block {
        qreal height = 0;
        Paint paint;
        std::shared_ptr<Block> header;
    };

    void finish()
    {
        const QRectF content = m_c.m_content;
        const qreal top = content.top() + m_c.headingHeight();
        std::vector<std::vector<std::pair<qreal, const Block *>>> pages(1);
        qreal y = top;
        const Block *lastHeader = nullptr;
        for (const Block &b : m_blocks) {
            const qreal headerH = b.header ? b.header->height : 0;
            if (b.header.get() != lastHeader && b.header
                && y + headerH + b.height > content.bottom() && y > top)
                y = content.bottom() + 1; // a table does not start at the foot of a page
            if (y + b.height > content.bottom() && y > top) {
                pages.emplace_back();
                y = top;
                lastHeader = nullptr;
            }
            if (!b.paint && y == top)
                continue; // no space at the top of a page
            if (b.header && b.header.get() != lastHeader) {
                pages.back().emplace_back(y, b.header.get());
                y += b.header->height;
                lastHeader = b.header.get();
            }
            if (!b.header)
                lastHeader = nullptr;
            pages.back().emplace_back(y, &b);
            y += b.height;
        }
        for (size_t n = 0; n < pages.size(); ++n) {
            std::vector<std::pair<qreal, Paint>> items;
            for (const auto &[at, block] : pages[n])
                if (block->paint)
                    items.emplace_back(at, block->paint);
            const QString title = n == 0
                ? m_title
                : QCoreApplication::translate("Cairn::Report", "%1 (continued)").arg(m_title);
            ReportComposer *c = &m_c;
            m_c.m_pages.push_back(
                {m_section, [c, title, items](QPainter &p, const QRectF &area) {
                     c->paintHeading(p, area, title);
                     for (const auto &[at, paint] : items)
                         paint(p, QRectF(area.left(), at, area.width(), area.bottom() - at));
                 }});
        }
    }

    ReportComposer &m_c;
    QString m_section;
    QString m_title;
    std::vector<Block> m_blocks;
    std::shared_ptr<Block> m_header;
};

ReportComposer::ReportComposer(
    const PlanContent &plan, const PlanSchedule &schedule, ReportOptions options)
    : m_plan(plan)
    , m_schedule(schedule)
    , m_options(std::move(options))
    , m_analysis(analysePlan(plan, schedule))
    , m_font(RoadmapSheet::exportFont(12))
{
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
    m_page = pageSizeUnits();
    m_content = QRectF(
        kMargin, kMargin, m_page.width() - 2 * kMargin, m_page.height() - 2 * kMargin - kFooter);
    const unsigned s = m_options.sections;
    if (s & ReportOptions::Cover)
        addCover();
    if (s & ReportOptions::Summary)
        addSummary();
    if (s & ReportOptions::Roadmap)
        addTimeline();
    if (s & ReportOptions::Charts)
        addCharts();
    if (s & ReportOptions::Initiatives)
        addInitiativeTable();
    if (s & ReportOptions::Systems)
        addSystemTable();
    if (s & ReportOptions::Legend)
        addLegend();
}

ReportComposer::~ReportComposer() = default;

QString ReportComposer::pageSection(int page) const
{
    return page >= 0 && page < pageCount() ? m_pages[size_t(page)].section : QString();
}

QPageLayout ReportComposer::pageLayout() const
{
    return QPageLayout(QPageSize(m_options.pageSize), m_options.orientation, QMarginsF(0, 0, 0, 0));
}

QSizeF ReportComposer::pageSizeUnits() const
{
    const QSizeF points = pageLayout().fullRect(QPageLayout::Point).size();
    return points * (96.0 / 72.0);
}

QString ReportComposer::quarterText(std::optional<Quarter> q) const
{
    return q ? q->label(m_plan.info.quarterStyle()) : QStringLiteral("—");
}

QString ReportComposer::money(qint64 minor) const
{
    return Money(minor).format(m_plan.info.currency, QLocale());
}

QString ReportComposer::wholeMoney(qint64 minor) const
{
    const qint64 unit = m_plan.info.currency.minorPerMajor();
    return money((minor + unit / 2) / unit * unit);
}

qreal ReportComposer::headingHeight() const
{
    return std::ceil(QFontMetricsF(sized(m_font, 20, true)).height() + 18);
}

void ReportComposer::paintHeading(
    QPainter &p, const QRectF &content, const QString &title, const QString &subtitle) const
{
    p.save();
    const QFont h = sized(m_font, 20, true);
    p.setFont(h);
    p.setPen(kInk);
    const qreal lineH = QFontMetricsF(h).height();
    p.drawText(QRectF(content.left(), content.top(), content.width(), lineH),
        Qt::AlignLeft | Qt::AlignVCenter, title);
    if (!subtitle.isEmpty()) {
        p.setFont(sized(m_font, 12));
        p.setPen(kMuted);
        p.drawText(QRectF(content.left(), content.top(), content.width(), lineH),
            Qt::AlignRight | Qt::AlignVCenter, subtitle);
    }
    p.setPen(QPen(Colours::kind(InitiativeKind::Grow), 2));
    p.drawLine(QPointF(content.left(), content.top() + lineH + 6),
        QPointF(content.left() + 60, content.top() + lineH + 6));
    p.restore();
}

void ReportComposer::paintFooter(QPainter &p, const QRectF &page, int index) const
{
    p.save();
    const QRectF r(
        kMargin, page.height() - kMargin - kFooter + 8, page.width() - 2 * kMargin, kFooter - 8);
    p.setPen(QPen(kRule, 1));
    p.drawLine(r.topLeft(), r.topRight());
    p.setFont(sized(m_font, 10));
    p.setPen(kMuted);
    const QString name = m_plan.info.name.isEmpty()
        ? QCoreApplication::translate("Cairn::Report", "Roadmap")
        : m_plan.info.name;
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(p.font()).elidedText(name, Qt::ElideRight, r.width() * 0.45));
    p.drawText(r, Qt::AlignHCenter | Qt::AlignVCenter,
        QLocale().toString(m_options.date, QLocale::LongFormat));
    p.drawText(r, Qt::AlignRight | Qt::AlignVCenter,
        QCoreApplication::translate("Cairn::Report", "Page %1 of %2")
            .arg(index + 1)
            .arg(pageCount()));
    p.restore();
}

// ---- cover ------------------------------------------------------------------------------------
void ReportComposer::addCover()
{
    m_pages.push_back(
        {ReportOptions::sectionKey(ReportOptions::Cover), [this](QPainter &p, const QRectF &c) {
             const PlanInfo &info = m_plan.info;
             p.save();
             p.fillRect(
                 QRectF(c.left(), c.top(), c.width(), 10), Colours::kind(InitiativeKind::Grow));
             p.fillRect(QRectF(c.left(), c.top() + 10, c.width() * 0.2, 10),
                 Colours::kind(InitiativeKind::Transform));
             qreal y = c.top() + c.height() * 0.16;
             const QFont title = sized(m_font, 36, true);
             const QString name = info.name.isEmpty()
                 ? QCoreApplication::translate("Cairn::Report", "IT roadmap")
                 : info.name;
             const qreal titleH = wrappedHeight(title, c.width() * 0.85, name);
             p.setFont(title);
             p.setPen(kInk);
             p.drawText(QRectF(c.left(), y, c.width() * 0.85, titleH),
                 Qt::TextWordWrap | Qt::AlignLeft, name);
             y += titleH + 16;
             p.setFont(sized(m_font, 20));
             p.setPen(kMuted);
             if (!info.organisation.isEmpty()) {
                 p.drawText(QRectF(c.left(), y, c.width(), 30), Qt::AlignLeft | Qt::AlignVCenter,
                     info.organisation);
                 y += 34;
             }
             p.drawText(QRectF(c.left(), y, c.width(), 30), Qt::AlignLeft | Qt::AlignVCenter,
                 QCoreApplication::translate("Cairn::Report", "IT strategy roadmap, %1 – %2")
                     .arg(quarterText(info.firstQuarter), quarterText(info.lastQuarter())));
             y += 60;

             // Key figures.
             int scheduled = 0;
             for (const InitiativeSchedule &s : m_schedule.initiatives)
                 scheduled += s.start ? 1 : 0;
             qint64 spend = 0;
             for (qint64 v : m_analysis.spend)
                 spend += v;
             int late = 0;
             for (const PlanScheduleProblem &pr : m_schedule.problems)
                 late += pr.kind == PlanScheduleProblem::Kind::DeadlineMissed ? 1 : 0;
             const QList<std::pair<QString, QString>> figures = {
                 {QString::number(m_plan.goals.size()),
                     QCoreApplication::translate("Cairn::Report", "business goals")},
                 {QString::number(scheduled),
                     QCoreApplication::translate("Cairn::Report", "initiatives scheduled")},
                 {Money(spend).formatShort(info.currency, QLocale()),
                     QCoreApplication::translate("Cairn::Report", "planned spend")},
                 {QString::number(m_plan.systems.size()),
                     QCoreApplication::translate("Cairn::Report", "systems in the landscape")},
                 {QString::number(late),
                     QCoreApplication::translate("Cairn::Report", "deadlines at risk")},
             };
             const qreal w = c.width() / figures.size();
             for (int k = 0; k < figures.size(); ++k) {
                 const QRectF box(c.left() + k * w, y, w - 16, 90);
                 p.fillRect(box, kShade);
                 p.setFont(sized(m_font, 28, true));
                 p.setPen(k == 4 && late > 0 ? Colours::late() : kInk);
                 p.drawText(box.adjusted(14, 8, -8, -40), Qt::AlignLeft | Qt::AlignVCenter,
                     figures[k].first);
                 p.setFont(sized(m_font, 13));
                 p.setPen(kMuted);
                 p.drawText(box.adjusted(14, 52, -8, -8), Qt::AlignLeft | Qt::AlignVCenter,
                     figures[k].second);
             }
             y += 130;
             p.setFont(sized(m_font, 13));
             p.setPen(kMuted);
             QStringList lines;
             if (!info.author.isEmpty())
                 lines << QCoreApplication::translate("Cairn::Report", "Prepared by %1")
                              .arg(info.author);
             lines << QLocale().toString(m_options.date, QLocale::LongFormat);
             p.drawText(QRectF(c.left(), c.bottom() - 60, c.width(), 50),
                 Qt::AlignLeft | Qt::AlignBottom, lines.join(QLatin1Char('\n')));
             p.drawText(QRectF(c.left(), c.bottom() - 60, c.width(), 50),
                 Qt::AlignRight | Qt::AlignBottom,
                 QCoreApplication::translate("Cairn::Report", "Made with Cairn"));
             p.restore();
         }});
}

// ---- executive summary
// ----------------------------------------------------------------------------
void ReportComposer::addSummary()
{
    Flow flow(*this, ReportOptions::sectionKey(ReportOptions::Summary),
        QCoreApplication::translate("Cairn::Report", "Executive summary"));
    const qreal width = m_content.width();
    const QFont body = sized(m_font, 13);
    const QFont small = sized(m_font, 12);
    const QFont bold = sized(m_font, 13, true);
    const QFont sub = sized(m_font, 15, true);
    auto paragraph = [&](const QString &text, const QFont &font, const QColor &colour = kInk,
                         qreal indent = 0) {
        const qreal h = std::ceil(wrappedHeight(font, width - indent, text)) + 4;
        flow.add(h, [text, font, colour, indent](QPainter &p, const QRectF &r) {
            p.setFont(font);
            p.setPen(colour);
            p.drawText(QRectF(r.left() + indent, r.top(), r.width() - indent, r.height()),
                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        });
    };
    auto subheading = [&](const QString &text) {
        flow.space(10);
        paragraph(text, sub);
        flow.space(2);
    };

    // The plan in two sentences.
    qint64 total = 0;
    std::array<qint64, kKindCount> byKind {};
    for (int q = 0; q < m_analysis.quarters; ++q)
        for (int k = 0; k < kKindCount; ++k) {
            byKind[size_t(k)] += m_analysis.spendByKind[size_t(k)][size_t(q)];
            total += m_analysis.spendByKind[size_t(k)][size_t(q)];
        }
    int scheduled = 0;
    for (const InitiativeSchedule &s : m_schedule.initiatives)
        scheduled += s.start ? 1 : 0;
    auto share = [total](qint64 v) {
        return total > 0 ? int(std::round(100.0 * double(v) / double(total))) : 0;
    };
    paragraph(QCoreApplication::translate("Cairn::Report",
                  "The plan schedules %1 initiatives from %2 to %3 for a planned spend of %4. "
                  "%5 % of it keeps the lights on (Run), %6 % grows the business (Grow) and %7 % "
                  "transforms it (Transform).")
                  .arg(scheduled)
                  .arg(quarterText(m_plan.info.firstQuarter),
                      quarterText(m_plan.info.lastQuarter()), money(total))
                  .arg(share(byKind[0]))
                  .arg(share(byKind[1]))
                  .arg(share(byKind[2])),
        body);

    // Goals with their initiatives.
    subheading(
        QCoreApplication::translate("Cairn::Report", "Goals and the initiatives that serve them"));
    for (const GoalCoverage &g : m_analysis.coverage) {
        QStringList names;
        for (const GoalContribution &c : m_plan.contributions)
            if (c.goal == g.goal)
                if (const Initiative *i = m_plan.initiative(c.initiative);
                    i && i->status != InitiativeStatus::Dropped)
                    names << i->name;
        const QString facts = g.initiatives == 0
            ? QCoreApplication::translate("Cairn::Report", "no initiatives yet")
            : QCoreApplication::translate(
                  "Cairn::Report", "%n initiative(s)", nullptr, g.initiatives)
                + QStringLiteral(" · ") + wholeMoney(g.spend)
                + (g.first ? QStringLiteral(" · %1 – %2")
                                 .arg(quarterText(g.first), quarterText(g.last))
                           : QString());
        const QString heading = QStringLiteral("%1  —  %2").arg(g.name, facts);
        paragraph(heading, bold);
        if (!names.isEmpty())
            paragraph(names.join(QStringLiteral(" · ")), small, kMuted, 16);
        flow.space(4);
    }

    // Spend by year and kind.
    subheading(QCoreApplication::translate("Cairn::Report", "Spend by year"));
    const QFontMetricsF fm(body);
    const qreal rowH = std::ceil(fm.height() + 8);
    const QStringList header
        = {QCoreApplication::translate("Cairn::Report", "Year"), displayName(InitiativeKind::Run),
            displayName(InitiativeKind::Grow), displayName(InitiativeKind::Transform),
            QCoreApplication::translate("Cairn::Report", "Total")};
    const qreal colW = std::min<qreal>(150, width / header.size());
    auto row = [&](const QStringList &cells, bool isHeader, bool shaded) {
        flow.add(
            rowH, [cells, isHeader, shaded, colW, rowH, body, bold](QPainter &p, const QRectF &r) {
                if (shaded)
                    p.fillRect(QRectF(r.left(), r.top(), colW * cells.size(), rowH), kShade);
                p.setFont(isHeader ? bold : body);
                p.setPen(kInk);
                for (int k = 0; k < cells.size(); ++k)
                    p.drawText(QRectF(r.left() + k * colW + 6, r.top(), colW - 12, rowH),
                        (k == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, cells[k]);
                if (isHeader) {
                    p.setPen(QPen(kRule, 1));
                    p.drawLine(QPointF(r.left(), r.top() + rowH - 0.5),
                        QPointF(r.left() + colW * cells.size(), r.top() + rowH - 0.5));
                }
            });
    };
    flow.setHeader(rowH, [header, colW, rowH, bold](QPainter &p, const QRectF &r) {
        p.setFont(bold);
        p.setPen(kInk);
        for (int k = 0; k < header.size(); ++k)
            p.drawText(QRectF(r.left() + k * colW + 6, r.top(), colW - 12, rowH),
                (k == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, header[k]);
        p.setPen(QPen(kRule, 1));
        p.drawLine(QPointF(r.left(), r.top() + rowH - 0.5),
            QPointF(r.left() + colW * header.size(), r.top() + rowH - 0.5));
    });
    std::map<int, std::array<qint64, kKindCount>> years;
    for (int q = 0; q < m_analysis.quarters; ++q)
        for (int k = 0; k < kKindCount; ++k)
            years[m_analysis.quarter(q).year()][size_t(k)]
                += m_analysis.spendByKind[size_t(k)][size_t(q)];
    bool shaded = false;
    for (const auto &[year, kinds] : years) {
        const QString name = m_plan.info.quarterStyle() == QuarterStyle::Fiscal
            ? QStringLiteral("FY%1").arg(year)
            : QString::number(year);
        row({name, money(kinds[0]), money(kinds[1]), money(kinds[2]),
                money(kinds[0] + kinds[1] + kinds[2])},
            false, shaded);
        shaded = !shaded;
    }
    row({QCoreApplication::translate("Cairn::Report", "Total"), money(byKind[0]), money(byKind[1]),
            money(byKind[2]), money(total)},
        true, false);
    flow.clearHeader();

    // Key risks.
    subheading(QCoreApplication::translate("Cairn::Report", "Key risks"));
    bool any = false;
    auto bullet = [&](const QString &text) {
        any = true;
        const qreal h = std::ceil(wrappedHeight(body, width - 18, text)) + 5;
        flow.add(h, [text, body](QPainter &p, const QRectF &r) {
            p.setFont(body);
            p.setPen(Colours::late());
            p.drawText(QRectF(r.left(), r.top(), 14, QFontMetricsF(body).height()),
                Qt::AlignLeft | Qt::AlignTop, QStringLiteral("•"));
            p.setPen(kInk);
            p.drawText(QRectF(r.left() + 18, r.top(), r.width() - 18, r.height()),
                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        });
    };
    // Systems out of support with the plan carried out: from when, and until when.
    for (const System &s : m_plan.systems) {
        std::optional<int> from, to;
        for (int q = 0; q < m_analysis.quarters; ++q) {
            const auto &list = m_analysis.support.withPlan[size_t(q)];
            if (std::find(list.begin(), list.end(), s.id) != list.end()) {
                from = from ? from : q;
                to = q;
            }
        }
        if (!from)
            continue;
        const bool remains = std::find(m_analysis.support.remaining.begin(),
                                 m_analysis.support.remaining.end(), s.id)
            != m_analysis.support.remaining.end();
        bullet(remains ? QCoreApplication::translate("Cairn::Report",
                   "%1 is out of vendor support from %2 and stays so to the end of the plan.")
                             .arg(s.name, quarterText(m_analysis.quarter(*from)))
                : from == to
                ? QCoreApplication::translate("Cairn::Report",
                    "%1 is out of vendor support in %2, until the work on it is done.")
                      .arg(s.name, quarterText(m_analysis.quarter(*from)))
                : QCoreApplication::translate("Cairn::Report",
                    "%1 is out of vendor support from %2 to %3, until the work on it is done.")
                      .arg(s.name, quarterText(m_analysis.quarter(*from)),
                          quarterText(m_analysis.quarter(*to))));
    }
    // The other problems; a missed end of support is already said above, per system.
    for (const PlanScheduleProblem &pr : m_schedule.problems)
        if (pr.kind != PlanScheduleProblem::Kind::DeadlineMissed || !pr.system)
            bullet(pr.message);
    // Overloaded quarters, per resource.
    std::map<qint64, QStringList> overloads;
    for (const OverloadedQuarter &o : m_analysis.overloads)
        if (const Resource *r = m_plan.resource(o.resource))
            overloads[o.resource.value]
                << QCoreApplication::translate("Cairn::Report", "%1 (%2 of %3)")
                       .arg(quarterText(o.quarter), formatAmount(m_plan, *r, o.demand),
                           formatAmount(m_plan, *r, o.capacity));
    for (const auto &[id, quarters] : overloads)
        bullet(
            QCoreApplication::translate("Cairn::Report", "%1 is overloaded in %2.")
                .arg(m_plan.resource(ResourceId {id})->name, quarters.join(QStringLiteral(", "))));
    if (!any)
        paragraph(QCoreApplication::translate("Cairn::Report",
                      "No key risks: every system stays in vendor support, every deadline is met "
                      "and no quarter is overloaded."),
            body);
}

// ---- the roadmap, page by page ------------------------------------------------------------------
void ReportComposer::addTimeline()
{
    RoadmapOptions o;
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
            m_timeline.push_back({layout, top, bottom});
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

// ---- charts
// -----------------------------------------------------------------------------------------
void ReportComposer::addCharts()
{
    struct Item {
        Charts::Kind kind;
        int resource;
    };
    std::vector<Item> items;
    for (size_t r = 0; r < m_analysis.loads.size(); ++r)
        items.push_back({Charts::Kind::Demand, int(r)});
    for (Charts::Kind k : Charts::kAll)
        if (k != Charts::Kind::Demand)
            items.push_back({k, 0});
    // Four to a page: two by two.
    for (size_t first = 0; first < items.size(); first += 4) {
        const std::vector<Item> chunk(
            items.begin() + long(first), items.begin() + long(std::min(items.size(), first + 4)));
        const QString title = first == 0
            ? QCoreApplication::translate("Cairn::Report", "Charts")
            : QCoreApplication::translate("Cairn::Report", "Charts (continued)");
        m_pages.push_back({ReportOptions::sectionKey(ReportOptions::Charts),
            [this, chunk, title](QPainter &p, const QRectF &c) {
                paintHeading(p, c, title);
                const qreal top = c.top() + headingHeight();
                const qreal w = (c.width() - 16) / 2;
                const qreal h = (c.bottom() - top - 16) / 2;
                for (size_t n = 0; n < chunk.size(); ++n) {
                    const QRectF cell(
                        c.left() + (n % 2) * (w + 16), top + (n / 2) * (h + 16), w, h);
                    Charts::draw(chunk[n].kind,
                        {m_plan, m_analysis, false, RoadmapSheet::exportFont(12),
                            chunk[n].resource},
                        p, cell);
                }
            }});
    }
}

// ---- tables
// -------------------------------------------------------------------------------------------
namespace {
struct Column {
    QString title;
    qreal fraction;
    bool right = false;
};

// Adds a table to a flow: a repeated header, rows as tall as their longest cell.
template<class Flow>
void addTable(Flow &flow, qreal width, const QFont &font, const QList<Column> &columns,
    const QList<QStringList> &rows, const QList<QColor> &marks = {})
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font);
    const qreal pad = 5;
    std::vector<qreal> widths;
    for (const Column &c : columns)
        widths.push_back(width * c.fraction);
    const qreal headerH = std::ceil(fm.height() + 2 * pad + 2);
    flow.setHeader(headerH, [columns, widths, bold, headerH, pad](QPainter &p, const QRectF &r) {
        p.setFont(bold);
        p.setPen(kInk);
        qreal x = r.left();
        for (int k = 0; k < columns.size(); ++k) {
            p.drawText(QRectF(x + pad, r.top(), widths[size_t(k)] - 2 * pad, headerH),
                (columns[k].right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                columns[k].title);
            x += widths[size_t(k)];
        }
        p.setPen(QPen(kInk, 1));
        p.drawLine(
            QPointF(r.left(), r.top() + headerH - 1), QPointF(r.right(), r.top() + headerH - 1));
    });
    for (int n = 0; n < rows.size(); ++n) {
        const QStringList cells = rows[n];
        qreal h = 0;
        for (int k = 0; k < columns.size(); ++k)
            h = std::max(h, wrappedHeight(font, widths[size_t(k)] - 2 * pad, cells.value(k)));
        h = std::ceil(h + 2 * pad);
        const bool shaded = n % 2 == 1;
        const QColor mark = marks.value(n);
        flow.add(
            h, [cells, columns, widths, font, h, pad, shaded, mark](QPainter &p, const QRectF &r) {
                if (shaded)
                    p.fillRect(QRectF(r.left(), r.top(), r.width(), h), kShade);
                if (mark.isValid())
                    p.fillRect(QRectF(r.left(), r.top() + 2, 3, h - 4), mark);
                p.setFont(font);
                p.setPen(kInk);
                qreal x = r.left();
                for (int k = 0; k < columns.size(); ++k) {
                    p.drawText(
                        QRectF(x + pad, r.top() + pad, widths[size_t(k)] - 2 * pad, h - 2 * pad),
                        Qt::TextWordWrap | Qt::AlignTop
                            | (columns[k].right ? Qt::AlignRight : Qt::AlignLeft),
                        cells.value(k));
                    x += widths[size_t(k)];
                }
            });
    }
    flow.clearHeader();
}
} // namespace

void ReportComposer::addInitiativeTable()
{
    Flow flow(*this, ReportOptions::sectionKey(ReportOptions::Initiatives),
        QCoreApplication::translate("Cairn::Report", "Initiatives"));
    std::vector<const InitiativeSchedule *> order = m_schedule.inStartOrder();
    std::erase_if(order, [this](const InitiativeSchedule *s) {
        const Initiative *i = m_plan.initiative(s->id);
        return !i || i->status == InitiativeStatus::Dropped;
    });
    QList<QStringList> rows;
    QList<QColor> marks;
    for (const InitiativeSchedule *s : order) {
        const Initiative *i = m_plan.initiative(s->id);
        QStringList goals, systems;
        for (const GoalContribution &c : m_plan.contributions)
            if (c.initiative == i->id)
                if (const Goal *g = m_plan.goal(c.goal))
                    goals << g->name;
        for (const SystemImpact &c : m_plan.impacts)
            if (c.initiative == i->id)
                if (const System *sys = m_plan.system(c.system))
                    systems << QStringLiteral("%1 (%2)").arg(
                        sys->name, displayName(c.effect).toLower());
        QString when = s->start
            ? (s->finish && *s->finish != *s->start
                    ? QStringLiteral("%1 – %2").arg(quarterText(s->start), quarterText(s->finish))
                    : quarterText(s->start))
            : QCoreApplication::translate("Cairn::Report", "not placed");
        if (i->status == InitiativeStatus::Done)
            when = displayName(i->status);
        rows << QStringList {QStringLiteral("%1\n%2 · %3")
                                 .arg(i->name, displayName(i->kind), displayName(i->status)),
            when, money(i->cost.minorUnits()), goals.join(QStringLiteral("\n")),
            systems.join(QStringLiteral("\n")),
            (s->late ? QCoreApplication::translate("Cairn::Report", "Late. ") : QString())
                + s->why};
        marks << (s->late || !s->start ? Colours::late() : Colours::kind(i->kind));
    }
    addTable(flow, m_content.width(), sized(m_font, 11),
        {{QCoreApplication::translate("Cairn::Report", "Initiative"), 0.22},
            {QCoreApplication::translate("Cairn::Report", "Quarters"), 0.11},
            {QCoreApplication::translate("Cairn::Report", "Cost"), 0.08, true},
            {QCoreApplication::translate("Cairn::Report", "Goals"), 0.16},
            {QCoreApplication::translate("Cairn::Report", "Systems"), 0.17},
            {QCoreApplication::translate("Cairn::Report", "Why then"), 0.26}},
        rows, marks);
}

void ReportComposer::addSystemTable()
{
    Flow flow(*this, ReportOptions::sectionKey(ReportOptions::Systems),
        QCoreApplication::translate("Cairn::Report", "Systems and their lifecycle"));
    QList<QStringList> rows;
    QList<QColor> marks;
    for (const System &s : m_plan.systems) {
        QStringList work;
        for (const SystemImpact &c : m_plan.impacts) {
            if (c.system != s.id)
                continue;
            const Initiative *i = m_plan.initiative(c.initiative);
            if (!i || i->status == InitiativeStatus::Dropped)
                continue;
            const InitiativeSchedule *is = m_schedule.find(i->id);
            const QString when = i->status == InitiativeStatus::Done ? displayName(i->status)
                : is && is->start                                    ? quarterText(is->finish)
                                  : QCoreApplication::translate("Cairn::Report", "not placed");
            work << QCoreApplication::translate("Cairn::Report", "%1 — %2, done %3")
                        .arg(i->name, displayName(c.effect).toLower(), when);
        }
        int outQuarters = 0;
        for (const auto &list : m_analysis.support.withPlan)
            outQuarters += std::find(list.begin(), list.end(), s.id) != list.end() ? 1 : 0;
        QString status;
        QColor mark;
        if (s.lifecycle == LifecyclePhase::Retired) {
            status = QCoreApplication::translate("Cairn::Report", "Retired");
        } else if (!s.endOfSupport) {
            status = QCoreApplication::translate("Cairn::Report", "No end of support known");
        } else if (outQuarters > 0) {
            const bool remains = std::find(m_analysis.support.remaining.begin(),
                                     m_analysis.support.remaining.end(), s.id)
                != m_analysis.support.remaining.end();
            status = remains && work.isEmpty()
                ? QCoreApplication::translate("Cairn::Report", "Out of support, not addressed")
                : remains ? QCoreApplication::translate(
                      "Cairn::Report", "Out of support to the end of the plan")
                          : QCoreApplication::translate("Cairn::Report",
                              "Out of support for %n quarter(s)", nullptr, outQuarters);
            mark = Colours::late();
        } else if (*s.endOfSupport <= m_analysis.quarter(m_analysis.quarters - 1)) {
            status = QCoreApplication::translate("Cairn::Report", "Addressed in time");
            mark = Colours::kind(InitiativeKind::Transform);
        } else {
            status = QCoreApplication::translate("Cairn::Report", "Supported throughout the plan");
        }
        const QString vendor = s.vendor.isEmpty() ? s.category
            : s.category.isEmpty()                ? s.vendor
                                   : QStringLiteral("%1 · %2").arg(s.category, s.vendor);
        rows << QStringList {s.name, vendor, displayName(s.lifecycle), quarterText(s.endOfSupport),
            work.join(QStringLiteral("\n")), status};
        marks << mark;
    }
    addTable(flow, m_content.width(), sized(m_font, 11),
        {{QCoreApplication::translate("Cairn::Report", "System"), 0.2},
            {QCoreApplication::translate("Cairn::Report", "Category · vendor"), 0.15},
            {QCoreApplication::translate("Cairn::Report", "Lifecycle"), 0.09},
            {QCoreApplication::translate("Cairn::Report", "End of support"), 0.1},
            {QCoreApplication::translate("Cairn::Report", "Addressed by"), 0.28},
            {QCoreApplication::translate("Cairn::Report", "Status"), 0.18}},
        rows, marks);
}

// ---- legend
// ---------------------------------------------------------------------------------------------
void ReportComposer::addLegend()
{
    Flow flow(*this, ReportOptions::sectionKey(ReportOptions::Legend),
        QCoreApplication::translate("Cairn::Report", "How to read the roadmap"));
    RoadmapOptions o;
    o.font = RoadmapSheet::exportFont(12);
    o.colourBy = m_options.colourBy;
    o.laneBy = m_options.laneBy;
    o.today = m_options.date;
    RoadmapLayoutEngine engine;
    auto layout = std::make_shared<const RoadmapLayout>(engine.layout(m_plan, m_schedule, o));
    const Theme theme = Theme::print();
    const RoadmapPainter painter(*layout, theme);
    RoadmapFrame probe = painter.wholeFrame();
    probe.legendWidth = m_content.width();
    flow.add(painter.legendHeight(probe) + 8, [layout, theme](QPainter &p, const QRectF &r) {
        p.save();
        p.translate(r.topLeft());
        RoadmapPainter(*layout, theme).paintLegend(p, r.width());
        p.restore();
    });
    const QFont body = sized(m_font, 13);
    const QStringList notes = {
        QCoreApplication::translate("Cairn::Report",
            "Each bar is an initiative, drawn across the quarters in which it runs. Its colour "
            "shows its %1; "
            "the lanes group initiatives by %2. An initiative that serves several goals sits in "
            "the lane of the goal "
            "it serves most, with “+1 goal” and so on after its name.")
            .arg(
                displayName(m_options.colourBy).toLower(), displayName(m_options.laneBy).toLower()),
        QCoreApplication::translate("Cairn::Report",
            "Arrows lead from an initiative to the ones that wait for it. A red outline marks an "
            "initiative that "
            "finishes after its deadline, and a red line across the bar marks the deadline itself: "
            "most deadlines "
            "come from a system's end of vendor support. A hatched bar could not be placed at "
            "all."),
        QCoreApplication::translate("Cairn::Report",
            "The band under the quarters marks milestones (diamonds) and the quarters in which "
            "vendor support for a "
            "system ends (triangles). The pin marks an initiative whose start was fixed by hand."),
        QCoreApplication::translate("Cairn::Report",
            "The capacity strip under the lanes shows, per resource and quarter, the planned "
            "demand as a share of the "
            "capacity: green is comfortable, amber nearly full, red over capacity."),
        QCoreApplication::translate("Cairn::Report",
            "The schedule starts the most valuable work first, within the budget and the teams' "
            "capacity, and meets "
            "end-of-support deadlines wherever it can. The table of initiatives gives the reason "
            "for each start."),
    };
    for (const QString &n : notes) {
        const qreal h = std::ceil(wrappedHeight(body, m_content.width() * 0.8, n)) + 10;
        flow.add(h, [n, body](QPainter &p, const QRectF &r) {
            p.setFont(body);
            p.setPen(kInk);
            p.drawText(QRectF(r.left(), r.top(), r.width() * 0.8, r.height()),
                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, n);
        });
    }
}

// ---- output
// -----------------------------------------------------------------------------------------------
void ReportComposer::paint(QPagedPaintDevice *device) const
{
    QPainter p(device);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal scale = device->logicalDpiX() / 96.0;
    const QRectF page(QPointF(0, 0), m_page);
    for (int n = 0; n < pageCount(); ++n) {
        if (n > 0)
            device->newPage();
        p.save();
        p.scale(scale, scale);
        m_pages[size_t(n)].paint(p, m_content);
        paintFooter(p, page, n);
        p.restore();
    }
}

QString ReportComposer::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("Cairn::Report", "Cannot write “%1”: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(
            96); // layouts are measured at 96 units per inch (QPdfWriter's default is 1200)
        writer.setPageLayout(pageLayout());
        writer.setTitle(m_plan.info.name.isEmpty()
                ? QCoreApplication::translate("Cairn::Report", "Roadmap")
                : m_plan.info.name);
        writer.setCreator(QStringLiteral("Cairn %1").arg(QCoreApplication::applicationVersion()));
        if (m_options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        paint(&writer);
    }
    if (!file.commit())
        return QCoreApplication::translate("Cairn::Report", "Cannot write “%1”: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace Cairn
