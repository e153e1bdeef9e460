#include "app/present/slidedeck.h"

#include "app/render/roadmapimage.h"
#include "app/render/roadmappainter.h"
#include "app/render/textfit.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Cairn {

namespace {

QFont font(qreal pixels, bool bold = false)
{
    QFont f = RoadmapSheet::exportFont(pixels);
    f.setBold(bold);
    return f;
}

// The area under the title and above the footer.
QRectF contentArea()
{
    const QSizeF s = SlideDeck::size();
    return QRectF(32, 84, s.width() - 64, s.height() - 84 - 38);
}

QColor faded(const QColor &c, const QColor &under)
{
    return QColor::fromRgbF(float(c.redF() * 0.25 + under.redF() * 0.75),
        float(c.greenF() * 0.25 + under.greenF() * 0.75),
        float(c.blueF() * 0.25 + under.blueF() * 0.75));
}

// Under the roadmap: a line of legend, then what numbered labels and grouped marks stand for.
const qreal kLegendHeight = 28;
QFont keyFont()
{
    return font(15);
}

qreal keyHeight(const RoadmapLayout &l, qreal width)
{
    qreal bottom = 0;
    for (const QRectF &r : layoutKey(l.key, width, keyFont()))
        bottom = std::max(bottom, r.bottom());
    return bottom > 0 ? bottom + 6 : 0;
}

// The roadmap's composition without legend and key (drawn more compactly beneath it).
RoadmapFrame compositionFrame(const RoadmapPainter &painter)
{
    RoadmapFrame f = painter.wholeFrame();
    f.showLegend = false;
    f.showKey = false;
    return f;
}

} // namespace

Theme projectorTheme()
{
    Theme t;
    t.background = QColor(0x0b, 0x0f, 0x14);
    t.text = Qt::white;
    t.mutedText = QColor(0xc9, 0xd1, 0xdb);
    t.grid = QColor(0x45, 0x50, 0x5e);
    t.laneHeader = QColor(0x17, 0x1f, 0x29);
    t.laneBand = QColor(0x13, 0x1a, 0x23);
    t.outsideHorizon = QColor(0x22, 0x2a, 0x35);
    t.today = QColor(0xff, 0xb0, 0x00);
    t.accent = QColor(0xff, 0xe0, 0x4a);
    t.arrow = QColor(0xa8, 0xb3, 0xc0);
    t.milestone = QColor(0xb8, 0xb8, 0xff);
    t.endOfSupport = QColor(0xff, 0x8c, 0x62);
    t.dark = true;
    t.opaque = true; // slides go into PDFs too
    return t;
}

SlideDeck::SlideDeck(const PlanContent &plan, std::shared_ptr<const PlanSchedule> schedule,
    const QStringList &decisions, const QDate &today)
    : m_plan(plan)
    , m_schedule(std::move(schedule))
    , m_analysis(analysePlan(plan, *m_schedule))
    , m_problems(m_schedule->problems)
    , m_theme(projectorTheme())
{
    addRoadmap(today);
    addBalance();
    addCapacity();
    addGoals();
    addRisks();
    addDecisions(decisions);
}

SlideDeck::~SlideDeck() = default;

// All lanes on one slide when they fit at the body type size; else groups of lanes, in order,
// each as many as fit. A lane taller than a slide on its own is scaled down to fit.
void SlideDeck::addRoadmap(const QDate &today)
{
    const QRectF area = contentArea();
    RoadmapOptions o;
    o.font = font(bodyPixels());
    o.condensed = true;
    o.print = true;
    o.showCapacity = false; // the capacity has a slide of its own
    o.maxMarkerRows = 2;
    o.today = today;
    o.from = m_plan.info.firstQuarter;
    RoadmapLayoutEngine engine;
    const RoadmapLayout probe = engine.layout(m_plan, *m_schedule, o);
    o.quarterWidth
        = std::max<qreal>(24, std::floor((area.width() - probe.headerWidth) / probe.quarters));
    auto heightOf = [this, &area](const RoadmapLayout &l) {
        const RoadmapPainter painter(l, m_theme);
        return painter.size(compositionFrame(painter)).height() + kLegendHeight
            + keyHeight(l, area.width());
    };
    const RoadmapLayout whole = engine.layout(m_plan, *m_schedule, o);
    // Lanes with something in them (a vision that nothing serves directly has the goals slide).
    std::vector<const RoadmapLane *> lanes;
    QSet<QString> all;
    for (const RoadmapLane &lane : whole.lanes)
        if (lane.shown > 0) {
            lanes.push_back(&lane);
            all.insert(lane.key);
        }
    std::vector<QSet<QString>> groups;
    o.lanes = all;
    if (all.isEmpty() || heightOf(engine.layout(m_plan, *m_schedule, o)) <= area.height()) {
        groups.push_back(all);
    } else {
        const qreal fixed = heightOf(whole) - whole.bodyHeight;
        qreal used = fixed;
        for (const RoadmapLane *lane : lanes) {
            if (groups.empty()
                || (used + lane->height > area.height() && !groups.back().isEmpty())) {
                groups.push_back({});
                used = fixed;
            }
            groups.back().insert(lane->key);
            used += lane->height;
        }
    }
    const QString range = QCoreApplication::translate("Cairn::Slides", "%1 – %2")
                              .arg(whole.first.label(whole.quarterStyle),
                                  (whole.first + (whole.quarters - 1)).label(whole.quarterStyle));
    for (size_t g = 0; g < groups.size(); ++g) {
        o.lanes = groups[g];
        RoadmapLayout laid = engine.layout(m_plan, *m_schedule, o);
        // Short of room, the marks' groups go unexplained ("[2] 3 systems": the risks slide names
        // them); numbered labels keep their names.
        if (heightOf(laid) > area.height())
            std::erase_if(
                laid.key, [](const KeyEntry &k) { return k.mark.startsWith(QLatin1Char('[')); });
        auto layout = std::make_shared<const RoadmapLayout>(std::move(laid));
        Slide s;
        s.kind = Slide::Kind::Roadmap;
        s.title = groups.size() == 1
            ? QCoreApplication::translate("Cairn::Slides", "Roadmap %1").arg(range)
            : QCoreApplication::translate("Cairn::Slides", "Roadmap %1 (%2 of %3)")
                  .arg(range)
                  .arg(g + 1)
                  .arg(groups.size());
        int shown = 0;
        for (const RoadmapLane &lane : layout->lanes)
            shown += lane.shown;
        s.subtitle
            = QCoreApplication::translate("Cairn::Slides", "%n initiative(s)", nullptr, shown);
        const qreal h = heightOf(*layout);
        s.roadmapScale = std::min(1.0, area.height() / h);
        s.roadmapOrigin = area.topLeft();
        s.roadmap = layout;
        m_slides.push_back(s);
    }
}

void SlideDeck::addBalance()
{
    Slide s;
    s.kind = Slide::Kind::Balance;
    s.title = QCoreApplication::translate("Cairn::Slides", "Run, Grow, Transform");
    s.subtitle = QCoreApplication::translate(
        "Cairn::Slides", "Where the money goes: keeping the lights on, improving, changing");
    m_slides.push_back(s);
}

void SlideDeck::addCapacity()
{
    if (m_analysis.loads.empty())
        return;
    Slide s;
    s.kind = Slide::Kind::Capacity;
    s.title = QCoreApplication::translate("Cairn::Slides", "Capacity");
    s.subtitle = QCoreApplication::translate(
        "Cairn::Slides", "Demand as a share of each resource's capacity, per quarter");
    m_slides.push_back(s);
}

void SlideDeck::addGoals()
{
    QHash<qint64, const InitiativeSchedule *> scheduled;
    for (const InitiativeSchedule &is : m_schedule->initiatives)
        scheduled.insert(is.id.value, &is);
    QHash<qint64, QString> names;
    for (const Initiative &i : m_plan.initiatives)
        names.insert(i.id.value, i.name);
    const QuarterStyle style = m_plan.info.quarterStyle();
    std::vector<SlideBlock> blocks;
    for (const GoalCoverage &c : m_analysis.coverage) {
        SlideBlock b;
        b.heading = c.name;
        for (InitiativeId id : c.lane) {
            const InitiativeSchedule *is = scheduled.value(id.value);
            QString when;
            if (is && is->start && is->finish)
                when = *is->start == *is->finish
                    ? is->start->label(style)
                    : QCoreApplication::translate("Cairn::Slides", "%1 – %2")
                          .arg(is->start->label(style), is->finish->label(style));
            b.lines << (when.isEmpty() ? names.value(id.value)
                                       : QCoreApplication::translate("Cairn::Slides", "%1 · %2")
                                             .arg(names.value(id.value), when));
        }
        if (!c.alsoServing.empty())
            b.lines << QCoreApplication::translate("Cairn::Slides",
                "also served by %n initiative(s) of other goals", nullptr,
                int(c.alsoServing.size()));
        if (b.lines.isEmpty())
            b.lines << QCoreApplication::translate(
                "Cairn::Slides", "No initiative serves this goal yet.");
        blocks.push_back(b);
    }
    if (!blocks.empty())
        addTextSlides(Slide::Kind::Goals,
            QCoreApplication::translate("Cairn::Slides", "Goals and their initiatives"), blocks, 2);
}

void SlideDeck::addRisks()
{
    const QuarterStyle style = m_plan.info.quarterStyle();
    QHash<qint64, QString> systems;
    for (const System &sys : m_plan.systems)
        systems.insert(sys.id.value, sys.name);
    std::vector<SlideBlock> blocks;
    SlideBlock support;
    support.heading = QCoreApplication::translate(
        "Cairn::Slides", "Systems out of vendor support, with the plan carried out");
    support.swatch = Colours::endOfSupport();
    for (const SupportGap &g : m_analysis.supportGaps) {
        const QString name = systems.value(g.system.value);
        if (g.remains)
            support.lines << QCoreApplication::translate(
                "Cairn::Slides", "%1: from %2, and still at the end")
                                 .arg(name, g.from.label(style));
        else if (g.from == g.to)
            support.lines << QCoreApplication::translate("Cairn::Slides", "%1: in %2")
                                 .arg(name, g.from.label(style));
        else
            support.lines << QCoreApplication::translate(
                "Cairn::Slides", "%1: %2 – %3 (%n quarter(s))", nullptr, g.quarters)
                                 .arg(name, g.from.label(style), g.to.label(style));
    }
    if (support.lines.isEmpty())
        support.lines << QCoreApplication::translate(
            "Cairn::Slides", "None: every system is supported while it runs.");
    blocks.push_back(support);
    SlideBlock late;
    late.heading = QCoreApplication::translate("Cairn::Slides", "Deadlines the schedule misses");
    late.swatch = Colours::late();
    for (const PlanScheduleProblem &p : m_problems)
        if (p.kind == PlanScheduleProblem::Kind::DeadlineMissed)
            late.lines << p.message;
    if (!late.lines.isEmpty())
        blocks.push_back(late);
    SlideBlock over;
    over.heading = QCoreApplication::translate("Cairn::Slides", "Quarters over capacity");
    over.swatch = Colours::late();
    for (const ResourceLoad &load : m_analysis.loads) {
        QStringList quarters;
        for (const OverloadedQuarter &q : m_analysis.overloads)
            if (q.resource == load.resource)
                quarters << q.quarter.label(style);
        if (!quarters.isEmpty())
            over.lines << QCoreApplication::translate("Cairn::Slides", "%1: %2")
                              .arg(load.name, quarters.join(QStringLiteral(", ")));
    }
    if (!over.lines.isEmpty())
        blocks.push_back(over);
    addTextSlides(
        Slide::Kind::Risks, QCoreApplication::translate("Cairn::Slides", "Key risks"), blocks, 1);
}

void SlideDeck::addDecisions(const QStringList &decisions)
{
    if (decisions.isEmpty())
        return;
    SlideBlock b;
    b.heading = QCoreApplication::translate("Cairn::Slides", "Decided in this workshop");
    b.lines = decisions;
    addTextSlides(Slide::Kind::Decisions,
        QCoreApplication::translate("Cairn::Slides", "Decisions taken"), {b}, 1);
}

// Blocks flowed down the columns, a block split between lines where a column ends ("continued"
// on the next), and onto further slides when the columns are full.
void SlideDeck::addTextSlides(
    Slide::Kind kind, const QString &title, const std::vector<SlideBlock> &blocks, int columns)
{
    const QRectF area = contentArea();
    const qreal gap = 40;
    const qreal width = (area.width() - gap * (columns - 1)) / columns;
    const QFont body = font(bodyPixels()), heading = font(bodyPixels() * 1.15, true);
    const qreal headingH = QFontMetricsF(heading).height() + 6;
    const qreal lineH = QFontMetricsF(body).height();
    const qreal blockGap = 16;
    std::vector<Slide> slides;
    qreal y = 0;
    auto newColumn = [&] {
        if (slides.empty() || int(slides.back().columns.size()) == columns) {
            Slide s;
            s.kind = kind;
            s.title = title;
            slides.push_back(s);
        }
        slides.back().columns.emplace_back();
        y = 0;
    };
    auto heightOf = [&](const QString &line) {
        return qreal(wrapWhole(line, body, width - 24).size()) * lineH;
    };
    newColumn();
    for (const SlideBlock &b : blocks) {
        SlideBlock part {b.heading, b.swatch, {}};
        const qreal first = b.lines.isEmpty() ? 0 : heightOf(b.lines.first());
        if (y > 0 && y + headingH + first > area.height())
            newColumn(); // a heading is not left alone at the foot of a column
        y += headingH;
        for (const QString &line : b.lines) {
            const qreal h = heightOf(line);
            if (y + h > area.height() && !part.lines.isEmpty()) {
                slides.back().columns.back().push_back(part);
                newColumn();
                part = {
                    QCoreApplication::translate("Cairn::Slides", "%1 (continued)").arg(b.heading),
                    b.swatch, {}};
                y += headingH;
            }
            part.lines << line;
            y += h;
        }
        slides.back().columns.back().push_back(part);
        y += blockGap;
    }
    for (size_t i = 0; i < slides.size(); ++i) {
        if (slides.size() > 1)
            slides[i].subtitle = QCoreApplication::translate("Cairn::Slides", "%1 of %2")
                                     .arg(i + 1)
                                     .arg(slides.size());
        m_slides.push_back(slides[i]);
    }
}

// ---- painting ----------------------------------------------------------------------------------

void SlideDeck::paint(
    QPainter &p, int index, const QSet<qint64> &chain, InitiativeId focus, bool hints) const
{
    const Slide &s = slide(index);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(QPointF(0, 0), size()), m_theme.background);
    paintFrame(p, s, index, hints);
    const QRectF area = contentArea();
    switch (s.kind) {
    case Slide::Kind::Roadmap:
        paintRoadmap(p, s, chain, focus);
        break;
    case Slide::Kind::Balance:
        paintBalance(p, area);
        break;
    case Slide::Kind::Capacity:
        paintCapacity(p, area);
        break;
    default:
        paintBlocks(p, s, area);
        break;
    }
    p.restore();
}

QString SlideDeck::fittedTitle(const Slide &s)
{
    // The title takes the line but what the subtitle needs, which gets at most 38 % of it.
    const qreal line = size().width() - 64;
    const qreal subtitle = s.subtitle.isEmpty()
        ? 0
        : std::min(QFontMetricsF(font(18)).horizontalAdvance(s.subtitle) + 20, line * 0.38);
    return QFontMetricsF(font(34, true)).elidedText(s.title, Qt::ElideRight, line - subtitle);
}

void SlideDeck::paintFrame(QPainter &p, const Slide &s, int index, bool hints) const
{
    const QSizeF sz = size();
    const QFont title = font(34, true), sub = font(18), foot = font(15);
    p.setPen(m_theme.text);
    p.setFont(title);
    const QFontMetricsF tm(title);
    const QString t = fittedTitle(s);
    p.drawText(
        QRectF(32, 18, tm.horizontalAdvance(t) + 1, 46), Qt::AlignLeft | Qt::AlignVCenter, t);
    p.setFont(sub);
    p.setPen(m_theme.mutedText);
    const qreal subLeft = 32 + tm.horizontalAdvance(t) + 20;
    p.drawText(QRectF(subLeft, 18, sz.width() - 32 - subLeft, 46),
        Qt::AlignRight | Qt::AlignVCenter,
        QFontMetricsF(sub).elidedText(s.subtitle, Qt::ElideRight, sz.width() - 32 - subLeft));
    p.setPen(QPen(m_theme.grid, 1));
    p.drawLine(QPointF(32, 72), QPointF(sz.width() - 32, 72));
    p.setFont(foot);
    p.setPen(m_theme.mutedText);
    const QRectF footer(32, sz.height() - 32, sz.width() - 64, 26);
    const QString left = hints ? QCoreApplication::translate("Cairn::Slides",
                             "← → slides · click a bar: its dependencies · B blank · "
                             "N capture an idea · Esc leave")
                               : m_plan.info.name;
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(foot).elidedText(left, Qt::ElideRight, footer.width() - 120));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
        QCoreApplication::translate("Cairn::Slides", "%1 / %2").arg(index + 1).arg(count()));
}

void SlideDeck::paintRoadmap(
    QPainter &p, const Slide &s, const QSet<qint64> &chain, InitiativeId focus) const
{
    RoadmapLayout l = *s.roadmap;
    if (!chain.isEmpty()) {
        // The chain stands out: the other bars fade, only the chain's arrows remain.
        for (RoadmapBar &b : l.bars)
            if (!chain.contains(b.id.value))
                b.colour = faded(b.colour, m_theme.background);
        std::erase_if(l.arrows, [&](const RoadmapArrow &a) {
            return !chain.contains(l.bars[size_t(a.from)].id.value)
                || !chain.contains(l.bars[size_t(a.to)].id.value);
        });
    }
    const RoadmapPainter painter(l, m_theme);
    const RoadmapFrame f = compositionFrame(painter);
    RoadmapState state;
    state.selected = focus;
    p.save();
    p.translate(s.roadmapOrigin);
    p.scale(s.roadmapScale, s.roadmapScale);
    painter.paint(p, f, state);
    const qreal below = painter.size(f).height();
    if (!chain.isEmpty()) {
        p.save();
        p.translate(l.headerWidth, l.topHeight());
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(m_theme.accent, 2.5));
        for (const RoadmapBar &b : l.bars)
            if (chain.contains(b.id.value) && b.id != focus)
                p.drawRoundedRect(b.rect.adjusted(-2, -2, 2, 2), 5, 5);
        p.restore();
    }
    p.translate(0, below);
    paintRoadmapLegend(p, l);
    p.translate(0, kLegendHeight);
    paintKeyEntries(p, l.key, contentArea().width() / s.roadmapScale, keyFont(), m_theme.text);
    p.restore();
}

// One line: the kinds' colours, then the marks.
void SlideDeck::paintRoadmapLegend(QPainter &p, const RoadmapLayout &l) const
{
    const QFont f = font(16);
    const QFontMetricsF fm(f);
    p.save();
    p.setFont(f);
    qreal x = 0;
    const qreal mid = kLegendHeight / 2;
    auto text = [&](const QString &t) {
        p.setPen(m_theme.text);
        p.drawText(QRectF(x, 0, fm.horizontalAdvance(t) + 2, kLegendHeight),
            Qt::AlignLeft | Qt::AlignVCenter, t);
        x += fm.horizontalAdvance(t) + 22;
    };
    for (int k = 0; k < kKindCount; ++k) {
        p.fillRect(QRectF(x, mid - 7, 22, 14), Colours::kind(InitiativeKind(k)));
        x += 28;
        text(displayName(InitiativeKind(k)));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(m_theme.milestone);
    p.drawPolygon(QPolygonF(
        {QPointF(x + 7, mid - 7), QPointF(x + 14, mid), QPointF(x + 7, mid + 7), QPointF(x, mid)}));
    x += 20;
    text(QCoreApplication::translate("Cairn::Slides", "Milestone"));
    p.setPen(Qt::NoPen);
    p.setBrush(m_theme.endOfSupport);
    p.drawPolygon(
        QPolygonF({QPointF(x, mid - 6), QPointF(x + 14, mid - 6), QPointF(x + 7, mid + 6)}));
    x += 20;
    text(QCoreApplication::translate("Cairn::Slides", "End of vendor support"));
    p.setPen(QPen(Colours::late(), 2));
    p.setBrush(Colours::kind(InitiativeKind::Run));
    p.drawRoundedRect(QRectF(x, mid - 7, 22, 14), 3, 3);
    x += 28;
    text(QCoreApplication::translate("Cairn::Slides", "Misses its deadline"));
    if (l.todayX) {
        p.setPen(QPen(m_theme.today, 2));
        p.drawLine(QPointF(x + 4, mid - 8), QPointF(x + 4, mid + 8));
        x += 12;
        text(QCoreApplication::translate("Cairn::Slides", "Today"));
    }
    p.restore();
}

// Three tiles (each kind's share of the spend over the range), then each year's spend as a bar
// split by kind, with the year's total.
void SlideDeck::paintBalance(QPainter &p, const QRectF &area) const
{
    const Currency &cur = m_plan.info.currency;
    const std::array<qint64, kKindCount> kinds = m_analysis.spendOfKinds();
    const qint64 total = kinds[0] + kinds[1] + kinds[2];
    std::array<int, kKindCount> counts {};
    for (const PortfolioEntry &e : m_analysis.portfolio)
        ++counts[size_t(e.kind)];
    const QFont big = font(44, true), body = font(bodyPixels()), bold = font(bodyPixels(), true);
    const qreal tileW = (area.width() - 2 * 24) / 3, tileH = 150;
    auto percent = [](qint64 part, qint64 whole) {
        return whole > 0 ? int(std::llround(100.0 * double(part) / double(whole))) : 0;
    };
    for (int k = 0; k < kKindCount; ++k) {
        const QRectF tile(area.left() + k * (tileW + 24), area.top(), tileW, tileH);
        const QColor c = Colours::kind(InitiativeKind(k));
        p.fillRect(tile, m_theme.laneHeader);
        p.fillRect(QRectF(tile.left(), tile.top(), 10, tile.height()), c);
        const QRectF in = tile.adjusted(28, 12, -16, -12);
        p.setPen(m_theme.text);
        p.setFont(bold);
        p.drawText(QRectF(in.left(), in.top(), in.width(), 30), Qt::AlignLeft | Qt::AlignVCenter,
            displayName(InitiativeKind(k)));
        p.setFont(big);
        p.drawText(QRectF(in.left(), in.top() + 30, in.width(), 60),
            Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("Cairn::Slides", "%1 %")
                .arg(percent(kinds[size_t(k)], total)));
        p.setFont(body);
        p.setPen(m_theme.mutedText);
        p.drawText(QRectF(in.left(), in.top() + 92, in.width(), 30),
            Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate(
                "Cairn::Slides", "%1 · %n initiative(s)", nullptr, counts[size_t(k)])
                .arg(Money(kinds[size_t(k)]).formatShort(cur, QLocale())));
    }
    const std::vector<YearSpend> years = m_analysis.spendByYearAndKind();
    if (years.empty())
        return;
    qint64 most = 1;
    for (const YearSpend &y : years)
        most = std::max(most, y.total);
    const qreal top = area.top() + tileH + 36;
    const qreal rowH = std::min<qreal>(72, (area.bottom() - top) / qreal(years.size()));
    const qreal labelW = 110, totalW = 150;
    const qreal barMax = area.width() - labelW - totalW;
    const QString style = m_plan.info.fiscalYearStartMonth == 1
        ? QString()
        : QCoreApplication::translate("Cairn::Slides", "FY");
    for (size_t i = 0; i < years.size(); ++i) {
        const YearSpend &y = years[i];
        const qreal rowTop = top + qreal(i) * rowH;
        const QRectF bar(area.left() + labelW, rowTop + rowH * 0.15, 0, rowH * 0.7);
        p.setFont(bold);
        p.setPen(m_theme.text);
        p.drawText(QRectF(area.left(), rowTop, labelW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
            style + QString::number(y.year));
        qreal x = bar.left();
        p.setFont(body);
        for (int k = 0; k < kKindCount; ++k) {
            const qreal w = barMax * qreal(y.byKind[size_t(k)]) / qreal(most);
            const QRectF seg(x, bar.top(), w, bar.height());
            const QColor c = Colours::kind(InitiativeKind(k));
            p.fillRect(seg, c);
            const QString pc = QCoreApplication::translate("Cairn::Slides", "%1 %")
                                   .arg(percent(y.byKind[size_t(k)], y.total));
            if (QFontMetricsF(body).horizontalAdvance(pc) + 12 < w) {
                p.setPen(Colours::textOn(c));
                p.drawText(seg, Qt::AlignCenter, pc);
            }
            x += w;
        }
        p.setPen(m_theme.text);
        p.drawText(QRectF(x + 12, rowTop, area.right() - x - 12, rowH),
            Qt::AlignLeft | Qt::AlignVCenter, Money(y.total).formatShort(cur, QLocale()));
    }
}

// Resources down, quarters across; each cell the demand as a share of the capacity, coloured
// green, amber and red as on the roadmap's strip.
void SlideDeck::paintCapacity(QPainter &p, const QRectF &area) const
{
    const int quarters = m_analysis.quarters;
    if (quarters <= 0)
        return;
    const QFont body = font(bodyPixels()), bold = font(bodyPixels(), true);
    const QFont cellFont = font(quarters > 16 ? 14 : 18);
    const qreal nameW = 280;
    const qreal cellW = (area.width() - nameW) / quarters;
    const qreal headH = 64;
    const qreal rowH
        = std::min<qreal>(84, (area.height() - headH - 60) / qreal(m_analysis.loads.size()));
    const QuarterStyle style = m_plan.info.quarterStyle();
    p.setFont(body);
    for (int q = 0; q < quarters; ++q) {
        const Quarter quarter = m_analysis.quarter(q);
        const QRectF head(area.left() + nameW + q * cellW, area.top(), cellW, headH);
        p.setPen(m_theme.mutedText);
        if (q == 0 || quarter.quarter() == 1)
            p.drawText(QRectF(head.left() + 4, head.top(), cellW * 4, headH / 2),
                Qt::AlignLeft | Qt::AlignVCenter,
                quarter.label(style).section(QLatin1Char(' '), 0, 0));
        p.setPen(m_theme.text);
        p.drawText(QRectF(head.left(), head.top() + headH / 2, cellW, headH / 2), Qt::AlignCenter,
            QStringLiteral("Q%1").arg(quarter.quarter()));
    }
    for (size_t r = 0; r < m_analysis.loads.size(); ++r) {
        const ResourceLoad &load = m_analysis.loads[r];
        const qreal top = area.top() + headH + qreal(r) * rowH;
        p.setFont(bold);
        p.setPen(m_theme.text);
        const QStringList name = wrapLines(load.name, bold, nameW - 16, rowH);
        p.drawText(QRectF(area.left(), top, nameW - 16, rowH), Qt::AlignLeft | Qt::AlignVCenter,
            name.join(QLatin1Char('\n')));
        p.setFont(cellFont);
        for (int q = 0; q < quarters; ++q) {
            const QRectF cell(area.left() + nameW + q * cellW + 2, top + 3, cellW - 4, rowH - 6);
            const std::optional<int> pc = load.utilisationPercent(q);
            const QColor c = pc ? Colours::utilisation(*pc) : m_theme.laneHeader;
            p.fillRect(cell, c);
            if (pc) {
                p.setPen(Colours::textOn(c));
                p.drawText(cell, Qt::AlignCenter,
                    QCoreApplication::translate("Cairn::Slides", "%1 %").arg(std::min(*pc, 999)));
            }
        }
    }
    p.setFont(body);
    p.setPen(m_theme.mutedText);
    const qreal noteTop = area.top() + headH + qreal(m_analysis.loads.size()) * rowH + 16;
    p.drawText(QRectF(area.left(), noteTop, area.width(), 40), Qt::AlignLeft | Qt::AlignTop,
        QCoreApplication::translate("Cairn::Slides",
            "Green up to 80 %, amber up to 100 %, red over capacity: %n quarter(s) over.", nullptr,
            int(m_analysis.overloads.size())));
}

void SlideDeck::paintBlocks(QPainter &p, const Slide &s, const QRectF &area) const
{
    const int columns = s.kind == Slide::Kind::Goals ? 2 : 1;
    const qreal gap = 40;
    const qreal width = (area.width() - gap * (columns - 1)) / columns;
    const QFont body = font(bodyPixels()), heading = font(bodyPixels() * 1.15, true);
    const qreal headingH = QFontMetricsF(heading).height() + 6;
    const qreal lineH = QFontMetricsF(body).height();
    for (size_t c = 0; c < s.columns.size(); ++c) {
        const qreal left = area.left() + qreal(c) * (width + gap);
        qreal y = area.top();
        for (const SlideBlock &b : s.columns[c]) {
            p.setFont(heading);
            p.setPen(m_theme.text);
            qreal indent = 0;
            if (b.swatch.isValid()) {
                p.fillRect(QRectF(left, y + 6, 12, headingH - 16), b.swatch);
                indent = 22;
            }
            p.drawText(QRectF(left + indent, y, width - indent, headingH),
                Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(heading).elidedText(b.heading, Qt::ElideRight, width - indent));
            y += headingH;
            p.setFont(body);
            for (const QString &line : b.lines) {
                const QStringList lines = wrapWhole(line, body, width - 24);
                p.setPen(m_theme.mutedText);
                p.drawText(QRectF(left + 4, y, 16, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                    QStringLiteral("•"));
                p.setPen(m_theme.text);
                for (const QString &l : lines) {
                    p.drawText(QRectF(left + 24, y, width - 24, lineH),
                        Qt::AlignLeft | Qt::AlignVCenter, l);
                    y += lineH;
                }
            }
            y += 16;
        }
    }
}

InitiativeId SlideDeck::initiativeAt(int index, QPointF point) const
{
    if (index < 0 || index >= count())
        return {};
    const Slide &s = slide(index);
    if (!s.roadmap)
        return {};
    const QPointF body = (point - s.roadmapOrigin) / s.roadmapScale
        - QPointF(s.roadmap->headerWidth, s.roadmap->topHeight());
    const int i = s.roadmap->barAt(body);
    return i >= 0 ? s.roadmap->bars[size_t(i)].id : InitiativeId {};
}

QSet<qint64> SlideDeck::chainOf(InitiativeId id) const
{
    QSet<qint64> chain;
    if (!id.isValid())
        return chain;
    chain.insert(id.value);
    // Upstream and downstream apart: a sibling of a shared predecessor is not in the chain.
    for (bool down : {false, true}) {
        QList<qint64> todo {id.value};
        QSet<qint64> seen {id.value};
        while (!todo.isEmpty()) {
            const qint64 at = todo.takeLast();
            for (const Dependency &d : m_plan.dependencies) {
                const qint64 from = down ? d.predecessor.value : d.successor.value;
                const qint64 to = down ? d.successor.value : d.predecessor.value;
                if (from == at && !seen.contains(to)) {
                    seen.insert(to);
                    chain.insert(to);
                    todo << to;
                }
            }
        }
    }
    return chain;
}

} // namespace Cairn
