// The report's scenario sections: "Scenarios compared" and "Changes since the baseline".

#include "app/render/colours.h"
#include "app/report/reportcomposer.h"
#include "app/report/reportflow.h"
#include "core/domain/wording.h"
#include "core/models/scenariomodels.h"

#include <QCoreApplication>

namespace Cairn {

using namespace ReportStyle;

void ReportComposer::addScenarioSections()
{
    if ((m_options.sections & ReportOptions::Scenarios) && m_options.compare.size() >= 2)
        addScenarioComparison();
    if ((m_options.sections & ReportOptions::Baseline) && m_options.baseline
        && m_plan.baseline(*m_options.baseline))
        addBaselineChanges();
}

void ReportComposer::addScenarioComparison()
{
    SchedulerOptions scheduling;
    scheduling.timeBudgetMs = 300;
    auto comparison = std::make_shared<ScenarioComparison>(
        compareScenarios(m_plan, m_options.compare, scheduling));
    QStringList names;
    for (const ScenarioFigures &f : comparison->sides)
        names << quoted(f.name);
    Flow flow(*this, QStringLiteral("scenarios"),
        QCoreApplication::translate("Cairn::Report", "Scenarios compared"));
    const QFont body = sized(m_font, 13);
    flow.paragraph(QCoreApplication::translate("Cairn::Report",
                       "%1, each scheduled on its own with the same scheduler. Changes are "
                       "measured against %2.")
                       .arg(names.join(QStringLiteral(", ")), names.first()),
        body, kMuted);
    for (const ScenarioFigures &f : comparison->sides)
        for (const QString &p : f.problems)
            flow.paragraph(p, body, Colours::late());
    ComparisonFiguresModel figures;
    figures.setComparison(comparison);
    const int sides = int(comparison->sides.size());
    const qreal share = 0.64 / sides;
    QList<Flow::Column> columns {{QString(), 0.36}};
    for (int k = 0; k < sides; ++k)
        columns << Flow::Column {comparison->sides[size_t(k)].name, share, true};
    QList<Flow::Row> rows;
    for (int r = 0; r < figures.rowCount(); ++r) {
        QStringList cells {figures.headerData(r, Qt::Vertical).toString()};
        for (int k = 0; k < sides; ++k)
            cells << figures.data(figures.index(r, k)).toString();
        rows << Flow::Row {cells, {}, false};
    }
    flow.table(sized(m_font, 13), columns, rows, std::min<qreal>(flow.width(), 260 + 180 * sides));

    flow.subheading(
        QCoreApplication::translate("Cairn::Report", "What changes"), sized(m_font, 15, true));
    if (comparison->changes.empty()) {
        flow.paragraph(QCoreApplication::translate("Cairn::Report",
                           "No initiative moves, drops, comes in or becomes late."),
            body);
        return;
    }
    ComparisonChangesModel changes;
    changes.setComparison(comparison);
    QList<Flow::Column> changeColumns {
        {QCoreApplication::translate("Cairn::Report", "Initiative"), 0.3}};
    for (int k = 0; k < sides; ++k)
        changeColumns << Flow::Column {comparison->sides[size_t(k)].name, 0.42 / sides};
    changeColumns << Flow::Column {
        QCoreApplication::translate("Cairn::Report", "What changed"), 0.28};
    QList<Flow::Row> changeRows;
    for (int r = 0; r < changes.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < changes.columnCount(); ++c)
            cells << changes.data(changes.index(r, c)).toString();
        const InitiativeComparison &row = comparison->changes[size_t(r)];
        unsigned any = 0;
        for (unsigned c : row.changes)
            any |= c;
        const bool worse = any & (InitiativeComparison::NewlyLate | InitiativeComparison::Dropped);
        changeRows << Flow::Row {cells, worse ? Colours::late() : QColor(), false};
    }
    flow.table(sized(m_font, 11), changeColumns, changeRows);
}

void ReportComposer::addBaselineChanges()
{
    const Baseline *b = m_plan.baseline(*m_options.baseline);
    const Variance v = varianceSince(m_plan, m_schedule, b->id);
    Flow flow(*this, QStringLiteral("baseline"),
        QCoreApplication::translate("Cairn::Report", "Changes since the baseline"));
    const QFont body = sized(m_font, 13);
    flow.paragraph(
        QCoreApplication::translate("Cairn::Report", "Against the baseline %1, frozen %2%3.")
            .arg(quoted(b->name), b->created.left(10),
                b->scenario.isEmpty()
                    ? QString()
                    : QCoreApplication::translate("Cairn::Report", " from the scenario %1")
                          .arg(quoted(b->scenario))),
        body, kMuted);
    flow.paragraph(describeVariance(v, m_plan.info), body);
    VarianceModel model;
    model.setVariance(v, m_plan.info);
    if (model.rowCount() == 0) {
        flow.paragraph(QCoreApplication::translate("Cairn::Report",
                           "Every initiative is where the baseline put it, at the same cost."),
            body);
        return;
    }
    QList<Flow::Row> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.data(model.index(r, c)).toString();
        const QString slip = cells.value(4);
        rows << Flow::Row {
            cells, slip.startsWith(QLatin1Char('+')) ? Colours::late() : QColor(), false};
    }
    flow.table(sized(m_font, 11),
        {{model.headerData(0, Qt::Horizontal).toString(), 0.32},
            {model.headerData(1, Qt::Horizontal).toString(), 0.13},
            {model.headerData(2, Qt::Horizontal).toString(), 0.16},
            {model.headerData(3, Qt::Horizontal).toString(), 0.16},
            {model.headerData(4, Qt::Horizontal).toString(), 0.1, true},
            {model.headerData(5, Qt::Horizontal).toString(), 0.13, true}},
        rows);
}

} // namespace Cairn
