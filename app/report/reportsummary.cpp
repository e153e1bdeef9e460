#include "app/render/colours.h"
#include "app/report/reportcomposer.h"
#include "app/report/reportflow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <map>

namespace Cairn {

using namespace ReportStyle;

// ---- executive summary ------------------------------------------------------------------------
// The plan in two sentences, the goals with the initiatives that serve them, the spend by year
// and kind, and the key risks.
void ReportComposer::addSummary()
{
    Flow flow(*this, ReportOptions::sectionKey(ReportOptions::Summary),
        QCoreApplication::translate("Cairn::Report", "Executive summary"));
    addSummaryOverview(flow);
    addGoalCoverage(flow);
    addSpendByYear(flow);
    addKeyRisks(flow);
}

void ReportComposer::addSummaryOverview(Flow &flow)
{
    const std::array<qint64, kKindCount> byKind = m_analysis.spendOfKinds();
    const qint64 total = byKind[0] + byKind[1] + byKind[2];
    int scheduled = 0;
    for (const InitiativeSchedule &s : m_schedule.initiatives)
        scheduled += s.start ? 1 : 0;
    auto share = [total](qint64 v) {
        return total > 0 ? int(std::round(100.0 * double(v) / double(total))) : 0;
    };
    // To the plan's last quarter, or to the schedule's when the work runs past it.
    const Quarter first = m_plan.info.firstQuarter;
    const Quarter last = std::max(
        m_plan.info.lastQuarter(), first + (std::max<qint64>(1, m_schedule.result.makespan) - 1));
    flow.paragraph(QCoreApplication::translate("Cairn::Report",
                       "The plan schedules %1 initiatives from %2 to %3 for a planned spend of %4. "
                       "%5 % of it keeps the lights on (Run), %6 % grows the business (Grow) and "
                       "%7 % transforms it (Transform).")
                       .arg(scheduled)
                       .arg(quarterText(first), quarterText(last), money(total))
                       .arg(share(byKind[0]))
                       .arg(share(byKind[1]))
                       .arg(share(byKind[2]))
            + gapSentence(),
        sized(m_font, 13));
}

// " Within 0.4 % of the best possible schedule.", or nothing when no bound is known.
QString ReportComposer::gapSentence() const
{
    const QString gap = m_options.bound ? describeGap(*m_options.bound) : QString();
    return gap.isEmpty() ? QString() : QLatin1Char(' ') + gap;
}

void ReportComposer::addGoalCoverage(Flow &flow)
{
    flow.subheading(
        QCoreApplication::translate("Cairn::Report", "Goals and the initiatives that serve them"),
        sized(m_font, 15, true));
    // As the roadmap shows them: a goal's initiatives are those in its lane (the goal they serve
    // most); the others that serve it too are named apart.
    auto names = [this](const std::vector<InitiativeId> &ids) {
        QStringList list;
        for (InitiativeId id : ids)
            if (const Initiative *i = m_plan.initiative(id))
                list << i->name;
        return list.join(QStringLiteral(" · "));
    };
    for (const GoalCoverage &g : m_analysis.coverage) {
        const int count = int(g.lane.size());
        const QString facts = count == 0 && g.alsoServing.empty()
            ? QCoreApplication::translate("Cairn::Report", "no initiatives yet")
            : QCoreApplication::translate("Cairn::Report", "%n initiative(s)", nullptr, count)
                + QStringLiteral(" · ") + wholeMoney(g.spend)
                + (g.first ? QStringLiteral(" · %1 – %2")
                                 .arg(quarterText(g.first), quarterText(g.last))
                           : QString());
        flow.paragraph(
            QStringLiteral("%1  —  %2").arg(g.name, facts), sized(m_font, 13, true), kInk, 0, true);
        if (count > 0)
            flow.paragraph(names(g.lane), sized(m_font, 12), kMuted, 16);
        if (!g.alsoServing.empty())
            flow.paragraph(QCoreApplication::translate("Cairn::Report", "Also served by: %1")
                               .arg(names(g.alsoServing)),
                sized(m_font, 12), kMuted, 16);
        flow.space(4);
    }
}

void ReportComposer::addSpendByYear(Flow &flow)
{
    flow.subheading(
        QCoreApplication::translate("Cairn::Report", "Spend by year"), sized(m_font, 15, true));
    // In whole units, as the rest of the summary: a cost spread over quarters it does not divide
    // evenly leaves cents in a year's share.
    QList<Flow::Row> rows;
    for (const YearSpend &y : m_analysis.spendByYearAndKind()) {
        const QString name = m_plan.info.quarterStyle() == QuarterStyle::Fiscal
            ? QStringLiteral("FY%1").arg(y.year)
            : QString::number(y.year);
        rows << Flow::Row {{name, wholeMoney(y.byKind[0]), wholeMoney(y.byKind[1]),
                               wholeMoney(y.byKind[2]), wholeMoney(y.total)},
            {}, false};
    }
    const std::array<qint64, kKindCount> byKind = m_analysis.spendOfKinds();
    rows << Flow::Row {{QCoreApplication::translate("Cairn::Report", "Total"),
                           wholeMoney(byKind[0]), wholeMoney(byKind[1]), wholeMoney(byKind[2]),
                           wholeMoney(byKind[0] + byKind[1] + byKind[2])},
        {}, true};
    const qreal colW = std::min<qreal>(150, flow.width() / 5);
    flow.table(sized(m_font, 13),
        {{QCoreApplication::translate("Cairn::Report", "Year"), 0.2},
            {displayName(InitiativeKind::Run), 0.2, true},
            {displayName(InitiativeKind::Grow), 0.2, true},
            {displayName(InitiativeKind::Transform), 0.2, true},
            {QCoreApplication::translate("Cairn::Report", "Total"), 0.2, true}},
        rows, colW * 5);
}

void ReportComposer::addKeyRisks(Flow &flow)
{
    flow.subheading(
        QCoreApplication::translate("Cairn::Report", "Key risks"), sized(m_font, 15, true));
    const QFont body = sized(m_font, 13);
    bool any = false;
    auto bullet = [&](const QString &text) {
        any = true;
        const qreal h = std::ceil(wrappedHeight(body, flow.width() - 18, text)) + 5;
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
    for (const SupportGap &gap : m_analysis.supportGaps) {
        const System *s = m_plan.system(gap.system);
        const QString name = s ? s->name : QString();
        bullet(gap.remains ? QCoreApplication::translate("Cairn::Report",
                   "%1 is out of vendor support from %2 and stays so to the end of the plan.")
                                 .arg(name, quarterText(gap.from))
                : gap.from == gap.to
                ? QCoreApplication::translate("Cairn::Report",
                    "%1 is out of vendor support in %2, until the work on it is done.")
                      .arg(name, quarterText(gap.from))
                : QCoreApplication::translate("Cairn::Report",
                    "%1 is out of vendor support from %2 to %3, until the work on it is done.")
                      .arg(name, quarterText(gap.from), quarterText(gap.to)));
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
        flow.paragraph(QCoreApplication::translate("Cairn::Report",
                           "No key risks: every system stays in vendor support, every deadline is "
                           "met and no quarter is overloaded."),
            body);
}

} // namespace Cairn
