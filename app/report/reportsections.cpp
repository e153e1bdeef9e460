#include "app/charts/chartfactory.h"
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

// ---- tables ----------------------------------------------------------------------------------
void ReportComposer::addInitiativeTable()
{
    Flow flow(*this, ReportOptions::sectionKey(ReportOptions::Initiatives),
        QCoreApplication::translate("Cairn::Report", "Initiatives"));
    std::vector<const InitiativeSchedule *> order = m_schedule.inStartOrder();
    std::erase_if(order, [this](const InitiativeSchedule *s) {
        const Initiative *i = m_plan.initiative(s->id);
        return !i || i->status == InitiativeStatus::Dropped;
    });
    QList<Flow::Row> rows;
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
        const QStringList cells {QStringLiteral("%1\n%2 · %3")
                                     .arg(i->name, displayName(i->kind), displayName(i->status)),
            when, money(i->cost.minorUnits()), goals.join(QStringLiteral("\n")),
            systems.join(QStringLiteral("\n")),
            (s->late ? QCoreApplication::translate("Cairn::Report", "Late. ") : QString())
                + s->why};
        rows << Flow::Row {cells, s->late || !s->start ? Colours::late() : Colours::kind(i->kind)};
    }
    flow.table(sized(m_font, 11),
        {{QCoreApplication::translate("Cairn::Report", "Initiative"), 0.22},
            {QCoreApplication::translate("Cairn::Report", "Quarters"), 0.11},
            {QCoreApplication::translate("Cairn::Report", "Cost"), 0.08, true},
            {QCoreApplication::translate("Cairn::Report", "Goals"), 0.16},
            {QCoreApplication::translate("Cairn::Report", "Systems"), 0.17},
            {QCoreApplication::translate("Cairn::Report", "Why then"), 0.26}},
        rows);
}

void ReportComposer::addSystemTable()
{
    Flow flow(*this, ReportOptions::sectionKey(ReportOptions::Systems),
        QCoreApplication::translate("Cairn::Report", "Systems and their lifecycle"));
    QList<Flow::Row> rows;
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
        const auto gap = std::find_if(m_analysis.supportGaps.begin(), m_analysis.supportGaps.end(),
            [&s](const SupportGap &g) { return g.system == s.id; });
        const int outQuarters = gap == m_analysis.supportGaps.end() ? 0 : gap->quarters;
        QString status;
        QColor mark;
        if (s.lifecycle == LifecyclePhase::Retired) {
            status = QCoreApplication::translate("Cairn::Report", "Retired");
        } else if (!s.endOfSupport) {
            status = QCoreApplication::translate("Cairn::Report", "No end of support known");
        } else if (outQuarters > 0) {
            const bool remains = gap->remains;
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
        const QStringList cells {s.name, vendor, displayName(s.lifecycle),
            quarterText(s.endOfSupport), work.join(QStringLiteral("\n")), status};
        rows << Flow::Row {cells, mark};
    }
    flow.table(sized(m_font, 11),
        {{QCoreApplication::translate("Cairn::Report", "System"), 0.2},
            {QCoreApplication::translate("Cairn::Report", "Category · vendor"), 0.15},
            {QCoreApplication::translate("Cairn::Report", "Lifecycle"), 0.09},
            {QCoreApplication::translate("Cairn::Report", "End of support"), 0.1},
            {QCoreApplication::translate("Cairn::Report", "Addressed by"), 0.28},
            {QCoreApplication::translate("Cairn::Report", "Status"), 0.18}},
        rows);
}

// ---- legend
// ---------------------------------------------------------------------------------------------
void ReportComposer::addLegend()
{
    Flow flow(*this, ReportOptions::sectionKey(ReportOptions::Legend),
        QCoreApplication::translate("Cairn::Report", "How to read the roadmap"));
    RoadmapOptions o;
    o.print = true;
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
            "Where a name does not fit beside its bar, the bar carries a number instead, and where "
            "several systems leave support in one quarter, their mark carries a number in "
            "brackets: the key under the legend of the same page names them."),
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

} // namespace Cairn
