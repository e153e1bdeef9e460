#include "app/render/roadmaplayout.h"

#include "app/render/colours.h"
#include "app/render/textfit.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace Cairn {

QString toKey(RoadmapDimension d)
{
    switch (d) {
    case RoadmapDimension::None:
        return QStringLiteral("none");
    case RoadmapDimension::Kind:
        return QStringLiteral("kind");
    case RoadmapDimension::Goal:
        return QStringLiteral("goal");
    case RoadmapDimension::System:
        return QStringLiteral("system");
    case RoadmapDimension::Resource:
        return QStringLiteral("resource");
    case RoadmapDimension::Status:
        return QStringLiteral("status");
    case RoadmapDimension::Tag:
        return QStringLiteral("tag");
    }
    return {};
}

QString displayName(RoadmapDimension d)
{
    switch (d) {
    case RoadmapDimension::None:
        return QCoreApplication::translate("Cairn::Roadmap", "None");
    case RoadmapDimension::Kind:
        return QCoreApplication::translate("Cairn::Roadmap", "Kind");
    case RoadmapDimension::Goal:
        return QCoreApplication::translate("Cairn::Roadmap", "Goal");
    case RoadmapDimension::System:
        return QCoreApplication::translate("Cairn::Roadmap", "System");
    case RoadmapDimension::Resource:
        return QCoreApplication::translate("Cairn::Roadmap", "Team");
    case RoadmapDimension::Status:
        return QCoreApplication::translate("Cairn::Roadmap", "Status");
    case RoadmapDimension::Tag:
        return QCoreApplication::translate("Cairn::Roadmap", "Tag");
    }
    return {};
}

std::optional<RoadmapDimension> roadmapDimensionFromKey(QStringView key)
{
    for (auto d : {RoadmapDimension::None, RoadmapDimension::Kind, RoadmapDimension::Goal,
             RoadmapDimension::System, RoadmapDimension::Resource, RoadmapDimension::Status,
             RoadmapDimension::Tag})
        if (key.compare(toKey(d), Qt::CaseInsensitive) == 0
            || key.compare(displayName(d), Qt::CaseInsensitive) == 0)
            return d;
    if (key.compare(u"team", Qt::CaseInsensitive) == 0)
        return RoadmapDimension::Resource;
    return std::nullopt;
}

int RoadmapLayout::barIndex(InitiativeId id) const
{
    for (size_t i = 0; i < bars.size(); ++i)
        if (bars[i].id == id)
            return int(i);
    return -1;
}

std::pair<size_t, size_t> RoadmapLayout::barsBetween(qreal top, qreal bottom) const
{
    // Bars are sorted by top and are at most a row high.
    const auto lo = std::lower_bound(bars.begin(), bars.end(), top - rowHeight,
        [](const RoadmapBar &b, qreal y) { return b.rect.top() < y; });
    const auto hi = std::lower_bound(
        lo, bars.end(), bottom, [](const RoadmapBar &b, qreal y) { return b.rect.top() < y; });
    return {size_t(lo - bars.begin()), size_t(hi - bars.begin())};
}

int RoadmapLayout::barAt(QPointF p) const
{
    const auto [lo, hi] = barsBetween(p.y(), p.y() + 1);
    for (size_t i = lo; i < hi; ++i)
        if (bars[i].rect.adjusted(-2, -2, 2, 2).contains(p))
            return int(i);
    return -1;
}

int RoadmapLayout::laneAt(qreal y) const
{
    for (size_t i = 0; i < lanes.size(); ++i)
        if (y >= lanes[i].top && y < lanes[i].top + lanes[i].height)
            return int(i);
    return -1;
}

std::optional<Quarter> RoadmapLayout::quarterAt(qreal x) const
{
    if (x < 0 || x >= bodyWidth())
        return std::nullopt;
    return first + int(std::floor(x / options.quarterWidth));
}

// A lane's rows: for each bar (in the lane's sorted order) its row, and the row count.
struct RoadmapLayoutEngine::Packing {
    std::vector<qint64> signature; // per bar: id, occupied interval (tenths), label side
    std::vector<int> rows;
    int rowCount = 0;
};

QFont scaledFont(const QFont &font, qreal factor)
{
    QFont f = font;
    if (font.pixelSize() > 0)
        f.setPixelSize(std::max(1, int(std::round(font.pixelSize() * factor))));
    else
        f.setPointSizeF(std::max(1.0, font.pointSizeF() * factor));
    return f;
}

qreal layoutLegend(std::vector<LegendEntry> &entries, qreal width, const QFont &font)
{
    const QFontMetricsF fm(font);
    const qreal lineH = std::ceil(fm.height());
    const qreal itemH = lineH * 1.4;
    qreal x = 8, y = std::round(lineH * 0.5);
    for (LegendEntry &e : entries) {
        qreal glyph = e.symbol == LegendEntry::Symbol::Title ? 0 : lineH * 1.1 + 6;
        if (e.symbol == LegendEntry::Symbol::Heat)
            glyph = lineH * 2.2 * 4 + 6;
        const qreal w = glyph + fm.horizontalAdvance(e.label) + 22;
        const bool startsGroup = e.symbol == LegendEntry::Symbol::Title && x > 8;
        if (x + w > width - 8 && x > 8) {
            x = 8;
            y += itemH;
        } else if (startsGroup) {
            x += 14;
        }
        e.rect = QRectF(x, y, w - 22, itemH);
        x += w;
    }
    return std::ceil(y + itemH + lineH * 0.5);
}

qreal keyMarkWidth(const std::vector<KeyEntry> &entries, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    qreal w = 0;
    for (const KeyEntry &e : entries)
        w = std::max(w, fm.horizontalAdvance(e.mark));
    return std::ceil(w) + 6;
}

std::vector<QRectF> layoutKey(const std::vector<KeyEntry> &entries, qreal width, const QFont &font)
{
    std::vector<QRectF> boxes;
    if (entries.empty())
        return boxes;
    const int columns = std::clamp(int(width / 300), 1, 4);
    const qreal columnW = width / columns;
    const qreal markW = keyMarkWidth(entries, font);
    std::vector<qreal> heights;
    qreal total = 0;
    for (const KeyEntry &e : entries) {
        const qreal h
            = std::ceil(wrappedLinesHeight(wrapLines(e.text, font, columnW - markW - 16), font))
            + 3;
        heights.push_back(h);
        total += h;
    }
    // Down the first column first, each column about as tall as the others.
    const qreal target = total / columns;
    const qreal top = 6;
    int column = 0;
    qreal y = top;
    for (size_t n = 0; n < entries.size(); ++n) {
        if (y > top && y - top + heights[n] / 2 > target && column + 1 < columns) {
            ++column;
            y = top;
        }
        boxes.emplace_back(8 + column * columnW, y, columnW - 16, heights[n]);
        y += heights[n];
    }
    return boxes;
}

RoadmapLayoutEngine::RoadmapLayoutEngine() = default;
RoadmapLayoutEngine::~RoadmapLayoutEngine() = default;

qreal RoadmapLayoutEngine::textWidth(const QString &text, bool small)
{
    QHash<QString, qreal> &cache = small ? m_smallWidths : m_widths;
    const auto it = cache.constFind(text);
    if (it != cache.constEnd())
        return *it;
    const QFont f = small ? scaledFont(m_font, 0.85) : m_font;
    const qreal w = QFontMetricsF(f).horizontalAdvance(text);
    ++m_labelsMeasured;
    cache.insert(text, w);
    return w;
}

namespace {

// Quarters shown past the plan's horizon at most (ten years).
constexpr int kMaxOverrun = 40;

// The last quarter of a span of quarters (its start for a zero-length one), within what a
// Quarter holds.
Quarter latest(Quarter start, int duration)
{
    const qint64 end = qint64(start.ordinal()) + std::max(0, duration - 1);
    return Quarter::fromOrdinal(int(std::min<qint64>(end, std::numeric_limits<int>::max() / 2)));
}

struct Item {
    const Initiative *initiative = nullptr;
    Quarter start;
    int duration = 1;
    QString laneKey;
    QColor colour;
    QString hint;
    bool late = false, unplaced = false, done = false;
    std::optional<Quarter> deadline;
    // Horizontal geometry, body coordinates.
    qreal left = 0, right = 0, labelLeft = 0, labelRight = 0;
    bool labelInside = true, labelElided = false;
    bool numbered = false; // labelled with a number that the key explains
    qreal occupiedLeft() const { return std::min(left, labelLeft); }
    qreal occupiedRight() const { return std::max(right, labelRight); }
    // A label outside the bar at either end: the next thing on the row keeps a wider gap.
    bool labelBefore() const { return labelLeft < left - 0.5; }
    bool labelAfter() const { return labelRight > right + 0.5; }
};

struct LaneInfo {
    QString key;
    QString title;
    QColor colour;
    int order = 0;
};

class Builder {
public:
    Builder(const PlanContent &plan, const PlanSchedule &schedule, const RoadmapOptions &options)
        : p(plan)
        , s(schedule)
        , o(options)
        , goalsOf(goalsByInitiative(plan))
    {
        for (size_t k = 0; k < p.systems.size(); ++k)
            systemIndex.insert(p.systems[k].id.value, int(k));
        for (size_t r = 0; r < p.resources.size(); ++r)
            resourceIndex.insert(p.resources[r].id.value, int(r));
        for (const SystemImpact &i : p.impacts)
            systemsOf[i.initiative.value].push_back(i);
        for (auto &list : systemsOf)
            std::stable_sort(
                list.begin(), list.end(), [this](const SystemImpact &a, const SystemImpact &b) {
                    return systemIndex.value(a.system.value) < systemIndex.value(b.system.value);
                });
        if (o.laneBy == RoadmapDimension::Tag || o.colourBy == RoadmapDimension::Tag)
            indexTags();
    }

    // The initiatives' tags in the order of their names, each spelled as first met; tags that
    // differ only in case are one.
    void indexTags()
    {
        QHash<QString, QString> spelling;
        for (const Initiative &i : p.initiatives)
            for (const QString &tag : i.tags) {
                const QString t = tag.trimmed();
                if (!t.isEmpty() && !spelling.contains(t.toCaseFolded()))
                    spelling.insert(t.toCaseFolded(), t);
            }
        tagTitles = spelling.values();
        std::sort(tagTitles.begin(), tagTitles.end(), [](const QString &a, const QString &b) {
            const int c = QString::localeAwareCompare(a.toCaseFolded(), b.toCaseFolded());
            return c != 0 ? c < 0 : a < b;
        });
        for (qsizetype k = 0; k < tagTitles.size(); ++k)
            tagIndex.insert(tagTitles[k].toCaseFolded(), int(k));
    }

    // An initiative's tags, each once, in its own order (case folded).
    static QStringList tagsOf(const Initiative &i)
    {
        QStringList tags;
        for (const QString &tag : i.tags) {
            const QString t = tag.trimmed().toCaseFolded();
            if (!t.isEmpty() && !tags.contains(t))
                tags.append(t);
        }
        return tags;
    }

    static QString tagKey(const QString &folded) { return QStringLiteral("tag:") + folded; }

    // The lane of a tag: every tag of the plan's initiatives, in order.
    LaneInfo tagLane(int k) const
    {
        return {tagKey(tagTitles[k].toCaseFolded()), tagTitles[k], Colours::category(k), k};
    }
    int tagCount() const { return int(tagTitles.size()); }

    // The lane (or colour) an initiative belongs to under a dimension: key, title, colour, order.
    LaneInfo classify(const Initiative &i, RoadmapDimension d) const
    {
        switch (d) {
        case RoadmapDimension::None:
            return {QStringLiteral("all"),
                QCoreApplication::translate("Cairn::Roadmap", "All initiatives"),
                Colours::kind(InitiativeKind::Grow), 0};
        case RoadmapDimension::Kind:
            return {QStringLiteral("kind:") + toKey(i.kind), displayName(i.kind),
                Colours::kind(i.kind), int(i.kind)};
        case RoadmapDimension::Status:
            return {QStringLiteral("status:") + toKey(i.status), displayName(i.status),
                Colours::status(i.status), int(i.status)};
        case RoadmapDimension::Tag: {
            // An initiative of several tags belongs to its first (its hint counts the others).
            const QStringList tags = tagsOf(i);
            if (tags.isEmpty())
                return {QStringLiteral("tag:none"),
                    QCoreApplication::translate("Cairn::Roadmap", "No tag"), Colours::neutral(),
                    1 << 20};
            return tagLane(tagIndex.value(tags.front()));
        }
        case RoadmapDimension::Goal: {
            const auto it = goalsOf.constFind(i.id.value);
            if (it == goalsOf.constEnd() || it->empty())
                return {QStringLiteral("goal:none"),
                    QCoreApplication::translate("Cairn::Roadmap", "No goal"), Colours::neutral(),
                    1 << 20};
            const int g = int(it->front().goal);
            return {QStringLiteral("goal:%1").arg(p.goals[size_t(g)].id.value),
                p.goals[size_t(g)].name, Colours::category(g), g};
        }
        case RoadmapDimension::System: {
            const auto it = systemsOf.constFind(i.id.value);
            if (it == systemsOf.constEnd() || it->isEmpty())
                return {QStringLiteral("system:none"),
                    QCoreApplication::translate("Cairn::Roadmap", "No system"), Colours::neutral(),
                    1 << 20};
            const int k = systemIndex.value(it->first().system.value);
            return {QStringLiteral("system:%1").arg(p.systems[size_t(k)].id.value),
                p.systems[size_t(k)].name, Colours::category(k), k};
        }
        case RoadmapDimension::Resource: {
            // The team or partner that carries most of the work; the budget is not a team.
            int best = -1;
            qint64 most = 0;
            for (auto it = i.demand.cbegin(); it != i.demand.cend(); ++it) {
                const int r = resourceIndex.value(it.key().value, -1);
                if (r < 0 || p.resources[size_t(r)].kind == ResourceKind::Budget)
                    continue;
                if (it.value() > most || (it.value() == most && r < best)) {
                    most = it.value();
                    best = r;
                }
            }
            if (best < 0)
                return {QStringLiteral("resource:none"),
                    QCoreApplication::translate("Cairn::Roadmap", "No team"), Colours::neutral(),
                    1 << 20};
            return {QStringLiteral("resource:%1").arg(p.resources[size_t(best)].id.value),
                p.resources[size_t(best)].name, Colours::category(best), best};
        }
        }
        return {};
    }

    // An initiative's goals after its main one, when the lanes are by goal.
    std::span<const GoalShare> otherGoals(const Initiative &i) const
    {
        const auto it = goalsOf.constFind(i.id.value);
        if (o.laneBy != RoadmapDimension::Goal || it == goalsOf.constEnd() || it->size() < 2)
            return {};
        return std::span<const GoalShare>(it->data() + 1, it->size() - 1);
    }

    // Lanes by tag: the lanes of an initiative's tags after its first.
    QStringList otherTagLanes(const Initiative &i) const
    {
        if (o.laneBy != RoadmapDimension::Tag)
            return {};
        QStringList lanes;
        const QStringList tags = tagsOf(i);
        for (qsizetype k = 1; k < tags.size(); ++k)
            lanes.append(tagKey(tags[k]));
        return lanes;
    }

    QString hintFor(const Initiative &i) const
    {
        if (o.laneBy == RoadmapDimension::Tag) {
            const int others = int(tagsOf(i).size()) - 1;
            return others > 0
                ? QCoreApplication::translate("Cairn::Roadmap", "+%n tag(s)", nullptr, others)
                : QString();
        }
        if (o.laneBy != RoadmapDimension::Goal)
            return {};
        const int others = int(goalsOf.value(i.id.value).size()) - 1;
        return others > 0
            ? QCoreApplication::translate("Cairn::Roadmap", "+%n goal(s)", nullptr, others)
            : QString();
    }

    const PlanContent &p;
    const PlanSchedule &s;
    const RoadmapOptions &o;
    const QHash<qint64, std::vector<GoalShare>> goalsOf; // main goal first
    QHash<qint64, int> systemIndex, resourceIndex;
    QHash<qint64, QList<SystemImpact>> systemsOf;
    QStringList tagTitles; // by tag index
    QHash<QString, int> tagIndex; // by case-folded tag
};

} // namespace

// One layout, built in stages: which initiatives and where, their lanes, colours and labels, the
// lanes in order, each lane packed into rows, the dependency arrows, the markers band, the today
// line, the capacity strip and the legend.
class RoadmapLayoutEngine::Pass {
public:
    Pass(RoadmapLayoutEngine &engine, const PlanContent &plan, const PlanSchedule &schedule,
        const RoadmapOptions &options)
        : m_engine(engine)
        , m_plan(plan)
        , m_schedule(schedule)
        , m_o(options)
        , m_b(plan, schedule, options)
    {
    }

    RoadmapLayout run()
    {
        setMetrics();
        collectItems();
        classifyItems();
        orderLanes();
        sizeHeaders();
        packLanes();
        routeArrows();
        placeMarkers();
        placeToday();
        buildCapacity();
        buildLegend();
        return std::move(m_l);
    }

private:
    struct PendingMarker {
        RoadmapMarker marker;
        qreal from, to;
    };

    void setMetrics();
    void collectItems();
    void classifyItems();
    void placeBar(Item &it) const;
    void placeLabel(Item &it);
    void orderLanes();
    void sizeHeaders();
    void packLanes();
    std::shared_ptr<const Packing> packingFor(const QString &key, const std::vector<Item *> &lane);
    RoadmapBar barFor(const Item &it, int lane, int row, qreal laneTop) const;
    void sizeLaneHeader(RoadmapLane &lane);
    void routeArrows();
    void placeMarkers();
    void addMarker(std::vector<PendingMarker> &pending, RoadmapMarker m);
    int groupEndsOfSupport(
        std::vector<PendingMarker> &pending, const std::vector<PendingMarker> &milestonesOnly);
    void placeToday();
    void buildCapacity();
    void buildLegend();

    RoadmapLayoutEngine &m_engine;
    const PlanContent &m_plan;
    const PlanSchedule &m_schedule;
    const RoadmapOptions &m_o;
    const Builder m_b;
    RoadmapLayout m_l;
    Quarter m_to; // the last quarter shown
    qreal m_lineH = 0;
    qreal m_qw = 0;
    qreal m_bodyW = 0;
    qreal m_titleWidth = 0;
    qreal m_labelGap = 0; // between a label outside its bar and the next thing on its row
    qreal m_numberWidth = 0; // room for the widest number, with numbered labels
    std::vector<Item> m_items; // every initiative with a place on the roadmap
    std::vector<Item> m_shown; // those in the shown quarters
    QHash<QString, LaneInfo> m_laneInfo; // every lane with an initiative, shown or not
    QHash<QString, int> m_laneTotals; // initiatives per lane, shown or not
    // Goal (tag) lanes: initiatives in other lanes that serve the goal too (carry the tag).
    QHash<QString, int> m_alsoServing;
    QMap<std::pair<int, QString>, LegendEntry> m_swatches; // ordered
    std::vector<LaneInfo> m_laneOrder;
};

RoadmapLayout RoadmapLayoutEngine::layout(
    const PlanContent &plan, const PlanSchedule &schedule, const RoadmapOptions &options)
{
    if (m_font != options.font) {
        m_font = options.font;
        m_widths.clear();
        m_smallWidths.clear();
        m_headers.clear();
    }
    if (m_condensed != options.condensed) {
        m_condensed = options.condensed;
        m_headers.clear();
    }
    m_lanesPacked = m_lanesReused = m_labelsMeasured = 0;
    return Pass(*this, plan, schedule, options).run();
}

void RoadmapLayoutEngine::Pass::setMetrics()
{
    m_l.options = m_o;
    m_l.planFirst = m_plan.info.firstQuarter;
    // The horizon as the scheduler reads it: a plan's raw value may be out of any range.
    m_l.planLast = m_plan.info.firstQuarter
        + (std::clamp(m_plan.info.horizon, 1, ScheduleProblem::kMaxPeriod) - 1);
    m_l.quarterStyle = m_plan.info.quarterStyle();
    m_l.fiscalStartMonth = m_plan.info.fiscalYearStartMonth;
    const QFontMetricsF fm(m_o.font);
    m_lineH = std::ceil(fm.height());
    m_l.rowHeight = std::round(m_lineH * (m_o.condensed ? 1.45 : 1.95));
    m_l.lanePad = std::round(m_lineH * (m_o.condensed ? 0.2 : 0.35));
    m_labelGap = std::round(m_lineH * (m_o.condensed ? 1.1 : 1.6));
    m_l.barInset = std::max<qreal>(3, m_o.quarterWidth * 0.03);
    m_l.markerRowHeight = std::round(m_lineH * 1.45);
    m_l.axisHeight = std::round(m_lineH * 1.5) * 2;
    m_l.capacityRowHeight = m_o.showCapacity ? std::round(m_lineH * 1.6) : 0;
    m_qw = m_o.quarterWidth;
}

// Which initiatives, and where: scheduled ones at their start, done ones at their pinned start,
// the ones that could not be placed where they would like to be. Sets the quarters shown.
void RoadmapLayoutEngine::Pass::collectItems()
{
    Quarter first = m_l.planFirst, last = m_l.planLast;
    QHash<qint64, const InitiativeSchedule *> scheduled;
    scheduled.reserve(qsizetype(m_schedule.initiatives.size()));
    for (const InitiativeSchedule &s : m_schedule.initiatives)
        scheduled.insert(s.id.value, &s);
    for (const Initiative &i : m_plan.initiatives) {
        const InitiativeSchedule *is = scheduled.value(i.id.value);
        if (!onRoadmap(i, is))
            continue; // dropped, or done with no record of when: history, not roadmap
        Item it;
        it.initiative = &i;
        // The schedule's duration (clamped by the scheduler); for what it did not place, the
        // plan's clamped the same way: never a span of absurd length.
        it.duration = is && is->start ? is->duration
                                      : std::clamp(i.duration, 0, ScheduleProblem::kMaxPeriod);
        if (is && is->start) {
            it.start = *is->start;
            it.late = is->late;
            it.deadline = is->deadline;
        } else if (i.status == InitiativeStatus::Done) {
            it.start = *i.pin;
            it.done = true;
        } else {
            it.start = i.pin      ? *i.pin
                : i.earliestStart ? std::max(*i.earliestStart, m_l.planFirst)
                                  : m_l.planFirst;
            it.unplaced = true;
            it.deadline = is ? is->deadline : i.deadline;
        }
        first = std::min(first, it.start);
        last = std::max(last, latest(it.start, it.duration));
        m_items.push_back(it);
    }
    m_l.first = m_o.from.value_or(std::max(first, m_l.planFirst - 4));
    // Past the horizon the quarters widen to the last bar's end, but by ten years at most: a bar
    // that ends later continues off the right edge (its table row gives its end).
    m_to = m_o.to.value_or(std::min(last, latest(m_l.planLast, kMaxOverrun + 1)));
    m_l.quarters = std::max(1, m_to - m_l.first + 1);
    m_bodyW = m_l.bodyWidth();
    if (m_o.print)
        m_numberWidth = m_engine.textWidth(
            QString(QString::number(m_items.size()).size(), QLatin1Char('8')), false);
}

// The lane, colour and hint of each initiative in the shown quarters, its bar and its label.
void RoadmapLayoutEngine::Pass::classifyItems()
{
    m_shown.reserve(m_items.size());
    for (Item &it : m_items) {
        // Every initiative counts in its lane, so that a page of some quarters says how many the
        // lane holds, not how many fall on that page.
        const LaneInfo lane = m_b.classify(*it.initiative, m_o.laneBy);
        if (!m_o.lanes.isEmpty() && !m_o.lanes.contains(lane.key))
            continue;
        m_laneInfo.insert(lane.key, lane);
        ++m_laneTotals[lane.key];
        it.laneKey = lane.key;
        for (const GoalShare &g : m_b.otherGoals(*it.initiative))
            ++m_alsoServing[QStringLiteral("goal:%1").arg(m_plan.goals[g.goal].id.value)];
        for (const QString &key : m_b.otherTagLanes(*it.initiative))
            ++m_alsoServing[key];
        const int endQ = it.duration == 0 ? 0 : it.duration - 1;
        if (it.start + endQ < m_l.first || it.start > m_to)
            continue;
        const LaneInfo colour = m_b.classify(*it.initiative, m_o.colourBy);
        it.colour = it.done ? Colours::status(InitiativeStatus::Done) : colour.colour;
        m_swatches.insert({colour.order, colour.key},
            LegendEntry {LegendEntry::Symbol::Swatch, colour.title, colour.colour, {}});
        it.hint = m_b.hintFor(*it.initiative);
        placeBar(it);
        placeLabel(it);
        m_shown.push_back(it);
    }
}

void RoadmapLayoutEngine::Pass::placeBar(Item &it) const
{
    if (it.duration == 0) {
        const qreal d = m_l.rowHeight * 0.6;
        it.left = m_l.xOf(it.start) + m_l.barInset;
        it.right = it.left + d;
        return;
    }
    it.left = std::max<qreal>(0, m_l.xOf(it.start)) + (it.start < m_l.first ? 0 : m_l.barInset);
    const Quarter end = it.start + it.duration;
    it.right = std::min(m_bodyW, m_l.xOf(end)) - (end - 1 > m_to ? 0 : m_l.barInset);
}

// Inside the bar when it fits, else after it, else before it, else elided inside. With numbered
// labels, a name that does not fit inside its bar gives way to a number (named in the key). On
// paper a name with no room on either side drops its hint first, and is numbered rather than cut
// to a few letters (or cut at all, on the page of the whole roadmap).
void RoadmapLayoutEngine::Pass::placeLabel(Item &it)
{
    const qreal pad = 6;
    const bool diamond = it.duration == 0;
    const qreal barW = it.right - it.left;
    const qreal nameW = m_engine.textWidth(it.initiative->name, false);
    const qreal hintW = it.hint.isEmpty() ? 0 : 6 + m_engine.textWidth(it.hint, true);
    auto inside = [&](qreal w) { return !diamond && w + 2 * pad <= barW; };
    auto after = [&](qreal w) { return it.right + pad + w <= m_bodyW; };
    auto before = [&](qreal w) { return it.left - pad - w >= 0; };
    auto anywhere = [&](qreal w) { return inside(w) || after(w) || before(w); };
    qreal labelW = nameW + hintW;
    if (m_o.numberLabels && !inside(labelW)) {
        it.hint.clear();
        labelW = nameW;
        it.numbered = !inside(nameW);
    } else if (m_o.print && !anywhere(labelW)) {
        it.hint.clear();
        labelW = nameW;
        it.numbered
            = !anywhere(nameW) && (diamond || m_o.condensed || barW - 2 * pad < nameW * 0.5);
    }
    if (it.numbered)
        labelW = m_numberWidth;
    if (inside(labelW)) {
        it.labelLeft = it.left + pad;
        it.labelRight = it.labelLeft + labelW;
    } else if (after(labelW)) {
        it.labelInside = false;
        it.labelLeft = it.right + pad;
        it.labelRight = it.labelLeft + labelW;
    } else if (before(labelW)) {
        it.labelInside = false;
        it.labelRight = it.left - pad;
        it.labelLeft = it.labelRight - labelW;
    } else {
        it.labelElided = true;
        it.labelLeft = it.left + pad;
        it.labelRight = std::max(it.labelLeft, it.right - pad);
    }
}

void RoadmapLayoutEngine::Pass::orderLanes()
{
    if (m_o.laneBy == RoadmapDimension::Goal) {
        // Every goal has a lane, even one nothing serves yet: that gap is worth seeing.
        for (size_t g = 0; g < m_plan.goals.size(); ++g)
            m_laneOrder.push_back({QStringLiteral("goal:%1").arg(m_plan.goals[g].id.value),
                m_plan.goals[g].name, Colours::category(int(g)), int(g)});
        if (m_laneInfo.contains(QStringLiteral("goal:none")))
            m_laneOrder.push_back(m_laneInfo.value(QStringLiteral("goal:none")));
    } else if (m_o.laneBy == RoadmapDimension::Tag) {
        // A lane for every tag an initiative on the roadmap carries, first or not.
        for (int k = 0; k < m_b.tagCount(); ++k) {
            const LaneInfo lane = m_b.tagLane(k);
            if (m_laneInfo.contains(lane.key) || m_alsoServing.contains(lane.key))
                m_laneOrder.push_back(lane);
        }
        if (m_laneInfo.contains(QStringLiteral("tag:none")))
            m_laneOrder.push_back(m_laneInfo.value(QStringLiteral("tag:none")));
    } else if (m_o.laneBy == RoadmapDimension::Kind) {
        for (int k = 0; k < enumCount<InitiativeKind>(); ++k)
            m_laneOrder.push_back({QStringLiteral("kind:") + toKey(InitiativeKind(k)),
                displayName(InitiativeKind(k)), Colours::kind(InitiativeKind(k)), k});
    } else {
        for (const LaneInfo &li : std::as_const(m_laneInfo))
            m_laneOrder.push_back(li);
        std::sort(m_laneOrder.begin(), m_laneOrder.end(), [](const LaneInfo &a, const LaneInfo &c) {
            return a.order != c.order ? a.order < c.order : a.key < c.key;
        });
    }
    if (!m_o.lanes.isEmpty())
        std::erase_if(
            m_laneOrder, [this](const LaneInfo &li) { return !m_o.lanes.contains(li.key); });
    if (m_laneOrder.empty())
        m_laneOrder.push_back({QStringLiteral("all"),
            QCoreApplication::translate("Cairn::Roadmap", "All initiatives"), Colours::neutral(),
            0});
}

// Lane titles wrap within the header column, which is as wide as the widest title allows.
void RoadmapLayoutEngine::Pass::sizeHeaders()
{
    QFont bold = m_o.font;
    bold.setBold(true);
    const QFontMetricsF bfm(bold);
    qreal widest = 0;
    for (const LaneInfo &li : m_laneOrder)
        widest = std::max(widest, bfm.horizontalAdvance(li.title));
    m_l.headerWidth = std::clamp(std::ceil(widest) + m_l.laneTitleLeft() + 8, 150.0, 250.0);
    m_titleWidth = m_l.headerWidth - m_l.laneTitleLeft() - 8; // as the painter draws it
}

// A lane's rows, first fit in the order of the lane's bars; re-used when the lane's bars and
// labels occupy the same intervals as in the last layout.
std::shared_ptr<const RoadmapLayoutEngine::Packing> RoadmapLayoutEngine::Pass::packingFor(
    const QString &key, const std::vector<Item *> &lane)
{
    std::vector<qint64> signature;
    signature.reserve(lane.size() * 4);
    for (const Item *it : lane)
        signature.insert(signature.end(),
            {it->initiative->id.value, qRound64(it->occupiedLeft() * 10),
                qRound64(it->occupiedRight() * 10),
                it->labelBefore()      ? 1
                    : it->labelAfter() ? 2
                                       : 0});
    std::shared_ptr<const Packing> packing = m_engine.m_packings.value(key);
    if (packing && packing->signature == signature) {
        ++m_engine.m_lanesReused;
        return packing;
    }
    auto fresh = std::make_shared<Packing>();
    fresh->signature = signature;
    // First fit: the first row whose last bar ends before this one begins, by a small gap between
    // two bars and a wide one where a label stands outside its bar, so that two labels never run
    // together into one line of text.
    struct RowEnd {
        qreal x = 0;
        bool label = false;
    };
    std::vector<RowEnd> rowEnds;
    for (const Item *it : lane) {
        const qreal from = it->occupiedLeft();
        const auto fits = [&](const RowEnd &end) {
            return end.x + (end.label || it->labelBefore() ? m_labelGap : 4) <= from;
        };
        size_t r = 0;
        while (r < rowEnds.size() && !fits(rowEnds[r]))
            ++r;
        if (r == rowEnds.size())
            rowEnds.push_back({});
        rowEnds[r] = {it->occupiedRight(), it->labelAfter()};
        fresh->rows.push_back(int(r));
    }
    fresh->rowCount = int(rowEnds.size());
    m_engine.m_packings.insert(key, fresh);
    ++m_engine.m_lanesPacked;
    return fresh;
}

RoadmapBar RoadmapLayoutEngine::Pass::barFor(const Item &it, int lane, int row, qreal laneTop) const
{
    RoadmapBar bar;
    bar.id = it.initiative->id;
    bar.label = it.initiative->name;
    bar.hint = it.hint;
    bar.lane = lane;
    bar.row = row;
    bar.start = it.start;
    bar.duration = it.duration;
    const qreal barH = std::round(m_l.rowHeight * 0.7);
    const qreal top = laneTop + m_l.lanePad + bar.row * m_l.rowHeight + (m_l.rowHeight - barH) / 2;
    bar.rect = QRectF(it.left, top, it.right - it.left, barH);
    if (it.duration == 0)
        bar.rect = QRectF(it.left, top + (barH - (it.right - it.left)) / 2, it.right - it.left,
            it.right - it.left);
    bar.labelRect = QRectF(it.labelLeft, top, it.labelRight - it.labelLeft, barH);
    bar.labelInside = it.labelInside;
    bar.labelElided = it.labelElided;
    bar.number = it.numbered ? -1 : 0; // numbered in reading order once the lanes are packed
    bar.colour = it.colour;
    bar.late = it.late;
    bar.unplaced = it.unplaced;
    bar.done = it.done;
    bar.pinned = it.initiative->pin.has_value() && !it.done;
    bar.continuesLeft = it.start < m_l.first;
    bar.continuesRight = it.start + std::max(0, it.duration - 1) > m_to;
    bar.deadline = it.deadline;
    return bar;
}

// The room a lane's title and subtitle need in the header column, whole and when the lane is cut
// between two pages (where the parts say "continued").
void RoadmapLayoutEngine::Pass::sizeLaneHeader(RoadmapLane &lane)
{
    QFont bold = m_o.font;
    bold.setBold(true);
    const QFont small = scaledFont(m_o.font, 0.85);
    const int maxTitleLines = m_o.condensed ? 2 : 1000;
    auto need = [&](const QString &title, const QString &subtitle) {
        QStringList lines = wrapLines(title, bold, m_titleWidth);
        lines = lines.mid(0, maxTitleLines);
        return std::ceil(wrappedLinesHeight(lines, bold)
            + wrappedLinesHeight(wrapLines(subtitle, small, m_titleWidth), small) + 14);
    };
    const QString key = lane.title + QLatin1Char('\n') + lane.subtitle;
    if (const auto it = m_engine.m_headers.constFind(key); it != m_engine.m_headers.constEnd()) {
        lane.headerHeight = it->first;
        lane.splitHeaderHeight = it->second;
        return;
    }
    lane.headerHeight = need(lane.title, lane.subtitle);
    lane.splitHeaderHeight = std::max(
        need(lane.title,
            QCoreApplication::translate("Cairn::Roadmap", "%1, continued on the next page")
                .arg(lane.subtitle)),
        need(QCoreApplication::translate("Cairn::Roadmap", "%1 (continued)").arg(lane.title),
            lane.subtitle));
    m_engine.m_headers.insert(key, {lane.headerHeight, lane.splitHeaderHeight});
}

void RoadmapLayoutEngine::Pass::packLanes()
{
    QHash<QString, int> laneOf;
    for (size_t k = 0; k < m_laneOrder.size(); ++k)
        laneOf.insert(m_laneOrder[k].key, int(k));
    std::vector<std::vector<Item *>> byLane(m_laneOrder.size());
    for (Item &it : m_shown)
        byLane[size_t(laneOf.value(it.laneKey))].push_back(&it);

    qreal y = 0;
    std::vector<RoadmapBar> bars;
    bars.reserve(m_shown.size());
    QSet<QString> liveLanes;
    for (size_t k = 0; k < m_laneOrder.size(); ++k) {
        std::vector<Item *> &lane = byLane[k];
        std::sort(lane.begin(), lane.end(), [](const Item *a, const Item *c) {
            if (a->occupiedLeft() != c->occupiedLeft())
                return a->occupiedLeft() < c->occupiedLeft();
            if (a->duration != c->duration)
                return a->duration > c->duration;
            if (a->initiative->name != c->initiative->name)
                return a->initiative->name < c->initiative->name;
            return a->initiative->id.value < c->initiative->id.value;
        });
        RoadmapLane out;
        out.key = m_laneOrder[k].key;
        out.title = m_laneOrder[k].title;
        out.colour = m_o.laneBy == m_o.colourBy ? m_laneOrder[k].colour : QColor();
        out.count = m_laneTotals.value(out.key);
        out.shown = int(lane.size());
        out.alsoServing = m_alsoServing.value(out.key);
        out.subtitle
            = QCoreApplication::translate("Cairn::Roadmap", "%n initiative(s)", nullptr, out.count);
        out.collapsed = m_o.collapsedLanes.contains(out.key);
        out.top = y;
        liveLanes.insert(out.key);
        for (const Item *it : lane) {
            const Quarter end = it->start + std::max(0, it->duration - 1);
            out.spanFrom = out.spanFrom ? std::min(*out.spanFrom, it->start) : it->start;
            out.spanTo = out.spanTo ? std::max(*out.spanTo, end) : end;
        }
        if (!out.collapsed) {
            const std::shared_ptr<const Packing> packing = packingFor(out.key, lane);
            out.rows = packing->rowCount;
            for (size_t n = 0; n < lane.size(); ++n)
                bars.push_back(barFor(*lane[n], int(k), packing->rows[n], y));
        }
        sizeLaneHeader(out);
        const qreal headerNeed = out.headerHeight;
        const qreal rowsNeed
            = (out.collapsed ? 1 : std::max(1, out.rows)) * m_l.rowHeight + 2 * m_l.lanePad;
        out.height = std::ceil(std::max(headerNeed, rowsNeed));
        y += out.height;
        m_l.lanes.push_back(std::move(out));
    }
    // Forget packings of lanes that are gone (a goal deleted, lanes by another dimension).
    auto &packings = m_engine.m_packings;
    for (auto it = packings.begin(); it != packings.end();)
        it = liveLanes.contains(it.key()) ? std::next(it) : packings.erase(it);
    m_l.bodyHeight = y;
    std::stable_sort(bars.begin(), bars.end(), [](const RoadmapBar &a, const RoadmapBar &c) {
        return a.rect.top() != c.rect.top() ? a.rect.top() < c.rect.top()
                                            : a.rect.left() < c.rect.left();
    });
    // Numbered labels in reading order, top to bottom and left to right; the key names them.
    int number = 0;
    for (RoadmapBar &b : bars)
        if (b.number < 0) {
            b.number = ++number;
            m_l.key.push_back({QString::number(number), b.label});
        }
    m_l.bars = std::move(bars);
}

void RoadmapLayoutEngine::Pass::routeArrows()
{
    QHash<qint64, int> barOf;
    for (size_t i = 0; i < m_l.bars.size(); ++i)
        barOf.insert(m_l.bars[i].id.value, int(i));
    const qreal gutter = std::max<qreal>(3, m_l.barInset);
    for (const Dependency &d : m_plan.dependencies) {
        const int from = barOf.value(d.predecessor.value, -1);
        const int to = barOf.value(d.successor.value, -1);
        if (from < 0 || to < 0)
            continue;
        const QRectF a = m_l.bars[size_t(from)].rect;
        const QRectF c = m_l.bars[size_t(to)].rect;
        RoadmapArrow arrow;
        arrow.from = from;
        arrow.to = to;
        const qreal ay = a.center().y(), cy = c.center().y();
        const qreal endX = c.left();
        if (d.type == DependencyType::StartToStart) {
            // From the predecessor's start down its left side into the successor's start.
            const qreal x = std::min(a.left(), c.left()) - gutter;
            arrow.path << QPointF(a.left(), ay) << QPointF(x, ay) << QPointF(x, cy)
                       << QPointF(endX, cy);
        } else if (endX - a.right() >= 2 * gutter - 0.5) {
            const qreal x = endX - gutter;
            if (qFuzzyCompare(ay, cy) && m_l.bars[size_t(from)].labelInside) {
                arrow.path << QPointF(a.right(), ay)
                           << QPointF(endX, cy); // next along the same row
            } else {
                // The usual case: out of the predecessor's end along the gap under its row (clear
                // of labels), then in the successor's gutter up or down, and in.
                const qreal gapY = a.bottom() + (m_l.rowHeight - a.height()) / 2;
                const qreal exitX = std::max(a.left() + 2, a.right() - 6);
                arrow.path << QPointF(exitX, a.bottom()) << QPointF(exitX, gapY) << QPointF(x, gapY)
                           << QPointF(x, cy) << QPointF(endX, cy);
            }
        } else {
            // The successor starts before the predecessor ends (a negative lag): loop round
            // under the predecessor.
            const qreal below = a.bottom() + (m_l.rowHeight - a.height()) / 2;
            arrow.path << QPointF(a.right(), ay) << QPointF(a.right() + gutter, ay)
                       << QPointF(a.right() + gutter, below) << QPointF(endX - gutter, below)
                       << QPointF(endX - gutter, cy) << QPointF(endX, cy);
        }
        arrow.bounds = arrow.path.boundingRect().adjusted(-4, -4, 4, 4);
        m_l.arrows.push_back(std::move(arrow));
    }
}

void RoadmapLayoutEngine::Pass::addMarker(std::vector<PendingMarker> &pending, RoadmapMarker m)
{
    const qreal glyph = std::round(m_lineH * 0.7);
    const qreal w = std::min(m_engine.textWidth(m.label, true), std::max<qreal>(90, m_qw * 1.6));
    m.labelWidth = w;
    PendingMarker pm {m, m.x - glyph, m.x + glyph + w};
    if (pm.to > m_bodyW) {
        pm.marker.labelLeft = true;
        pm.from = m.x - glyph - w;
        pm.to = m.x + glyph;
    }
    pending.push_back(pm);
}

namespace {
// Markers into rows, first fit from the left; returns the number of rows.
template<class Pending> int packMarkers(std::vector<Pending> &markers)
{
    std::stable_sort(markers.begin(), markers.end(),
        [](const Pending &a, const Pending &c) { return a.from < c.from; });
    std::vector<qreal> rows;
    for (Pending &pm : markers) {
        size_t r = 0;
        while (r < rows.size() && rows[r] + 6 > pm.from)
            ++r;
        if (r == rows.size())
            rows.push_back(0);
        rows[r] = pm.to;
        pm.marker.row = int(r);
    }
    return int(rows.size());
}
} // namespace

// Too many to name one by one: one mark per quarter, "12 systems", named in its tooltip.
int RoadmapLayoutEngine::Pass::groupEndsOfSupport(
    std::vector<PendingMarker> &pending, const std::vector<PendingMarker> &milestonesOnly)
{
    QMap<Quarter, std::pair<int, const System *>> perQuarter;
    for (const PendingMarker &pm : pending)
        if (pm.marker.kind == RoadmapMarker::Kind::EndOfSupport) {
            auto &entry = perQuarter[pm.marker.quarter];
            if (entry.first++ == 0)
                entry.second = m_plan.system(SystemId {pm.marker.entity});
        }
    pending = milestonesOnly;
    std::vector<KeyEntry> groups;
    for (auto it = perQuarter.cbegin(); it != perQuarter.cend(); ++it) {
        QString label = it->first == 1
            ? it->second->name
            : QCoreApplication::translate("Cairn::Roadmap", "%n system(s)", nullptr, it->first);
        if (m_o.print && it->first > 1) {
            // Paper has no tooltips: the group carries a number, and the key names its systems.
            const int number = int(groups.size()) + 1;
            QStringList names;
            for (const System &sys : m_plan.systems)
                if (sys.endOfSupport == it.key() && sys.lifecycle != LifecyclePhase::Retired)
                    names << sys.name;
            label = QStringLiteral("[%1] %2").arg(number).arg(label);
            groups.push_back({QStringLiteral("[%1]").arg(number),
                QCoreApplication::translate("Cairn::Roadmap", "Support ends in %1: %2")
                    .arg(it.key().label(m_l.quarterStyle), names.join(QStringLiteral(", ")))});
        }
        addMarker(pending,
            {RoadmapMarker::Kind::EndOfSupport, label, it.key(), m_l.xOf(it.key() + 1), 0, false, 0,
                it->second->id.value, it->first});
    }
    const int maxRows = std::max(1, m_o.maxMarkerRows);
    const int rows = std::min(packMarkers(pending), maxRows);
    std::erase_if(pending, [maxRows](const PendingMarker &pm) { return pm.marker.row >= maxRows; });
    // Numbers for the marks that are left, in the key's order, so that it reads 1, 2, 3.
    int kept = 0;
    for (const KeyEntry &e : groups)
        for (PendingMarker &pm : pending)
            if (pm.marker.label.startsWith(e.mark + QLatin1Char(' '))) {
                const QString mark = QStringLiteral("[%1]").arg(++kept);
                pm.marker.label.replace(0, e.mark.size(), mark);
                m_l.key.push_back({mark, e.text});
            }
    return rows;
}

// Milestones and ends of vendor support in the band under the axis.
void RoadmapLayoutEngine::Pass::placeMarkers()
{
    std::vector<PendingMarker> pending;
    for (const Milestone &m : m_plan.milestones) {
        if (m.quarter < m_l.first || m.quarter > m_to)
            continue;
        addMarker(pending,
            {RoadmapMarker::Kind::Milestone, m.name, m.quarter, m_l.xOf(m.quarter) + m_qw / 2, 0,
                false, 0, m.id.value, 1});
    }
    const std::vector<PendingMarker> milestonesOnly = pending;
    for (const System &sys : m_plan.systems) {
        if (!sys.endOfSupport || sys.lifecycle == LifecyclePhase::Retired)
            continue;
        const Quarter q = *sys.endOfSupport;
        if (q < m_l.first || q > m_to)
            continue;
        addMarker(pending,
            {RoadmapMarker::Kind::EndOfSupport, sys.name, q, m_l.xOf(q + 1), 0, false, 0,
                sys.id.value, 1});
    }
    int markerRows = packMarkers(pending);
    if (markerRows > std::max(1, m_o.maxMarkerRows))
        markerRows = groupEndsOfSupport(pending, milestonesOnly);
    for (const PendingMarker &pm : pending)
        m_l.markers.push_back(pm.marker);
    m_l.markerHeight
        = markerRows == 0 ? 0 : markerRows * m_l.markerRowHeight + std::round(m_lineH * 0.4);
}

void RoadmapLayoutEngine::Pass::placeToday()
{
    if (!m_o.today.isValid())
        return;
    const Quarter q = Quarter::fromDate(m_o.today, m_l.fiscalStartMonth);
    if (q < m_l.first || q > m_to)
        return;
    const QDate s = q.startDate(m_l.fiscalStartMonth);
    const qreal days = s.daysTo(q.endDate(m_l.fiscalStartMonth)) + 1;
    m_l.todayX = m_l.xOf(q) + m_qw * qreal(s.daysTo(m_o.today)) / days;
}

// Per resource and shown quarter: demand, capacity and their ratio.
void RoadmapLayoutEngine::Pass::buildCapacity()
{
    if (!m_o.showCapacity)
        return;
    const PlanAnalysis a = analyseLoads(m_plan, m_schedule);
    for (const ResourceLoad &load : a.loads) {
        CapacityRow row;
        row.resource = load.resource;
        row.name = load.name;
        const Resource *res = m_plan.resource(load.resource);
        for (int n = 0; n < m_l.quarters; ++n) {
            const int q = a.indexOf(m_l.first + n);
            CapacityCell cell;
            if (q >= 0 && q < a.quarters) {
                cell.demand = load.demand[size_t(q)];
                cell.capacity = load.capacity[size_t(q)];
                cell.percent = load.utilisationPercent(q);
            } else if (res) {
                cell.capacity = res->capacityIn(m_l.first + n);
            }
            row.cells.push_back(cell);
        }
        m_l.capacity.push_back(std::move(row));
    }
}

void RoadmapLayoutEngine::Pass::buildLegend()
{
    if (!m_o.showLegend)
        return;
    using Symbol = LegendEntry::Symbol;
    std::vector<LegendEntry> entries;
    entries.push_back({Symbol::Title,
        QCoreApplication::translate("Cairn::Roadmap", "Colour: %1").arg(displayName(m_o.colourBy)),
        {}, {}});
    for (const LegendEntry &e : std::as_const(m_swatches))
        entries.push_back(e);
    const size_t marksTitle = entries.size();
    entries.push_back(
        {Symbol::Title, QCoreApplication::translate("Cairn::Roadmap", "Marks:"), {}, {}});
    // Only the marks the roadmap shows: a legend of things that are not there costs a
    // projector's room and the reader's attention.
    auto anyBar = [this](bool RoadmapBar::*flag) {
        return std::any_of(
            m_l.bars.cbegin(), m_l.bars.cend(), [flag](const RoadmapBar &b) { return b.*flag; });
    };
    auto anyMarker = [this](RoadmapMarker::Kind kind) {
        return std::any_of(m_l.markers.cbegin(), m_l.markers.cend(),
            [kind](const RoadmapMarker &m) { return m.kind == kind; });
    };
    if (anyMarker(RoadmapMarker::Kind::Milestone))
        entries.push_back({Symbol::Milestone,
            QCoreApplication::translate("Cairn::Roadmap", "Milestone"), Colours::milestone(), {}});
    if (anyMarker(RoadmapMarker::Kind::EndOfSupport))
        entries.push_back({Symbol::EndOfSupport,
            QCoreApplication::translate("Cairn::Roadmap", "End of vendor support"),
            Colours::endOfSupport(), {}});
    if (anyBar(&RoadmapBar::pinned))
        entries.push_back({Symbol::Pinned,
            QCoreApplication::translate("Cairn::Roadmap", "Pinned start"), {}, {}});
    if (anyBar(&RoadmapBar::late))
        entries.push_back(
            {Symbol::Late, QCoreApplication::translate("Cairn::Roadmap", "Misses its deadline"),
                Colours::late(), {}});
    if (anyBar(&RoadmapBar::unplaced))
        entries.push_back(
            {Symbol::Unplaced, QCoreApplication::translate("Cairn::Roadmap", "Could not be placed"),
                Colours::late(), {}});
    if (m_l.todayX)
        entries.push_back(
            {Symbol::Today, QCoreApplication::translate("Cairn::Roadmap", "Today"), {}, {}});
    if (m_o.showCapacity && !m_l.capacity.empty())
        entries.push_back(
            {Symbol::Heat, QCoreApplication::translate("Cairn::Roadmap", "Capacity used"), {}, {}});
    if (entries.size() == marksTitle + 1)
        entries.pop_back(); // no marks to explain
    m_l.legendHeight = layoutLegend(entries, m_l.headerWidth + m_bodyW, m_o.font);
    m_l.legend = std::move(entries);
}

} // namespace Cairn
