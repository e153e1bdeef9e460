#include "core/models/scenariomodels.h"

#include <QCoreApplication>
#include <QLocale>

namespace Cairn {

namespace {
QString money(const PlanInfo &info, qint64 minor)
{
    return Money(minor).format(info.currency, QLocale());
}
} // namespace

QString describeChanges(unsigned c, std::optional<int> shift)
{
    QStringList w;
    if (c & InitiativeComparison::Dropped)
        w << QCoreApplication::translate("Cairn::Compare", "left out");
    if (c & InitiativeComparison::Added)
        w << QCoreApplication::translate("Cairn::Compare", "added");
    if ((c & InitiativeComparison::Moved) && shift && *shift != 0)
        w << (*shift > 0 ? QCoreApplication::translate(
                  "Cairn::Compare", "%n quarter(s) later", nullptr, *shift)
                         : QCoreApplication::translate(
                             "Cairn::Compare", "%n quarter(s) earlier", nullptr, -*shift));
    else if (c & InitiativeComparison::Moved)
        w << QCoreApplication::translate("Cairn::Compare", "moved");
    if (c & InitiativeComparison::NewlyLate)
        w << QCoreApplication::translate("Cairn::Compare", "now late");
    if (c & InitiativeComparison::CostChanged)
        w << QCoreApplication::translate("Cairn::Compare", "cost differs");
    return w.join(QStringLiteral(", "));
}

QString describeSide(const InitiativeComparison::Side &s, QuarterStyle style)
{
    if (!s.included)
        return QCoreApplication::translate("Cairn::Compare", "left out");
    if (!s.start)
        return QCoreApplication::translate("Cairn::Compare", "not placed");
    const QString range = s.start == s.finish
        ? s.start->label(style)
        : QStringLiteral("%1 – %2").arg(s.start->label(style), s.finish->label(style));
    return s.late ? QCoreApplication::translate("Cairn::Compare", "%1 (late)").arg(range) : range;
}

QString describeVarianceStatus(VarianceRow::Status status)
{
    switch (status) {
    case VarianceRow::Status::Same:
        return QCoreApplication::translate("Cairn::Compare", "as planned");
    case VarianceRow::Status::Moved:
        return QCoreApplication::translate("Cairn::Compare", "moved");
    case VarianceRow::Status::Added:
        return QCoreApplication::translate("Cairn::Compare", "added");
    case VarianceRow::Status::Removed:
        return QCoreApplication::translate("Cairn::Compare", "removed");
    case VarianceRow::Status::Unplaced:
        return QCoreApplication::translate("Cairn::Compare", "not placed now");
    }
    return {};
}

QString describeVariance(const Variance &v, const PlanInfo &info)
{
    return QCoreApplication::translate("Cairn::Compare",
        "%1 moved (%2 later, %3 earlier; %n quarter(s) of slip in all), %4 added, %5 "
        "removed, %6 no longer placed. Cost: %7 then, %8 now.",
        nullptr, v.totalSlip)
        .arg(v.moved)
        .arg(v.later)
        .arg(v.earlier)
        .arg(v.added)
        .arg(v.removed)
        .arg(v.unplaced)
        .arg(money(info, v.baselineCost), money(info, v.cost));
}

QString kindSplit(const ScenarioFigures &f)
{
    const double all = double(std::max<qint64>(1, f.totalSpend));
    return QStringLiteral("%1 / %2 / %3 %")
        .arg(qRound(100.0 * double(f.spendOfKinds[0]) / all))
        .arg(qRound(100.0 * double(f.spendOfKinds[1]) / all))
        .arg(qRound(100.0 * double(f.spendOfKinds[2]) / all));
}

// ---- figures ----

void ComparisonFiguresModel::setComparison(std::shared_ptr<const ScenarioComparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_rows.clear();
    if (m_comparison && !m_comparison->sides.empty()) {
        const PlanInfo info = m_comparison->sides.front().content.info;
        for (int year : m_comparison->years)
            m_rows.push_back({QCoreApplication::translate("Cairn::Compare", "Spend %1").arg(year),
                [info, year](const ScenarioFigures &f) {
                    qint64 v = 0;
                    for (const YearSpend &y : f.spendByYear)
                        v += y.year == year ? y.total : 0;
                    return money(info, v);
                }});
        m_rows.push_back({QCoreApplication::translate("Cairn::Compare", "Spend in all"),
            [info](const ScenarioFigures &f) { return money(info, f.totalSpend); }});
        m_rows.push_back(
            {QCoreApplication::translate("Cairn::Compare", "Run / Grow / Transform"), &kindSplit});
        m_rows.push_back({QCoreApplication::translate("Cairn::Compare", "Initiatives placed"),
            [](const ScenarioFigures &f) {
                return f.unscheduled
                    ? QCoreApplication::translate("Cairn::Compare", "%1 (%2 not placed)")
                          .arg(f.scheduled)
                          .arg(f.unscheduled)
                    : QString::number(f.scheduled);
            }});
        m_rows.push_back({QCoreApplication::translate("Cairn::Compare", "Late"),
            [](const ScenarioFigures &f) { return QString::number(f.late); }});
        m_rows.push_back({QCoreApplication::translate("Cairn::Compare", "Deadlines met"),
            [](const ScenarioFigures &f) {
                return QCoreApplication::translate("Cairn::Compare", "%1 of %2")
                    .arg(f.deadlinesMet)
                    .arg(f.withDeadline);
            }});
        m_rows.push_back({QCoreApplication::translate("Cairn::Compare", "Systems out of support"),
            [](const ScenarioFigures &f) { return QString::number(f.outOfSupport.size()); }});
        m_rows.push_back({QCoreApplication::translate("Cairn::Compare", "Last quarter of work"),
            [](const ScenarioFigures &f) {
                return f.lastFinish ? f.lastFinish->label(f.content.info.quarterStyle())
                                    : QStringLiteral("—");
            }});
    }
    endResetModel();
}

int ComparisonFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->sides.size());
}

QVariant ComparisonFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ScenarioFigures &f = m_comparison->sides[size_t(index.column())];
    if (role == Qt::DisplayRole)
        return m_rows[size_t(index.row())].cell(f);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !f.problems.isEmpty())
        return f.problems.join(QLatin1Char('\n'));
    return {};
}

QVariant ComparisonFiguresModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole || !m_comparison)
        return {};
    if (o == Qt::Horizontal)
        return section >= 0 && size_t(section) < m_comparison->sides.size()
            ? QVariant(m_comparison->sides[size_t(section)].name)
            : QVariant();
    return section >= 0 && size_t(section) < m_rows.size() ? QVariant(m_rows[size_t(section)].label)
                                                           : QVariant();
}

// ---- changes ----

void ComparisonChangesModel::setComparison(std::shared_ptr<const ScenarioComparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

int ComparisonChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->changes.size());
}

int ComparisonChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->sides.size()) + 2;
}

QVariant ComparisonChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const InitiativeComparison &row = m_comparison->changes[size_t(index.row())];
    const int sides = int(m_comparison->sides.size());
    if (index.column() == 0)
        return row.name;
    if (index.column() <= sides)
        return describeSide(row.sides[size_t(index.column() - 1)],
            m_comparison->sides.front().content.info.quarterStyle());
    QStringList what;
    for (size_t k = 1; k < row.sides.size(); ++k)
        if (row.changes[k])
            what << (sides > 2 ? m_comparison->sides[k].name + QStringLiteral(": ") : QString())
                    + describeChanges(row.changes[k], row.shift[k]);
    return what.join(QStringLiteral("; "));
}

QVariant ComparisonChangesModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole || o != Qt::Horizontal || !m_comparison)
        return {};
    const int sides = int(m_comparison->sides.size());
    if (section == 0)
        return QCoreApplication::translate("Cairn::Compare", "Initiative");
    if (section >= 1 && section <= sides)
        return m_comparison->sides[size_t(section - 1)].name;
    return QCoreApplication::translate("Cairn::Compare", "What changed");
}

InitiativeId ComparisonChangesModel::initiativeAt(int row) const
{
    return m_comparison && row >= 0 && size_t(row) < m_comparison->changes.size()
        ? m_comparison->changes[size_t(row)].id
        : InitiativeId {};
}

// ---- variance ----

void VarianceModel::setVariance(const Variance &variance, const PlanInfo &info)
{
    beginResetModel();
    m_rows.clear();
    for (const VarianceRow &r : variance.rows)
        if (r.status != VarianceRow::Status::Same || r.costChange() != 0)
            m_rows.push_back(r);
    m_info = info;
    endResetModel();
}

int VarianceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VarianceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 6;
}

QVariant VarianceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const VarianceRow &r = m_rows[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() >= 4)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QuarterStyle style = m_info.quarterStyle();
    auto span = [style](const std::optional<Quarter> &a, const std::optional<Quarter> &b) {
        if (!a)
            return QStringLiteral("—");
        return a == b
            ? a->label(style)
            : QStringLiteral("%1 – %2").arg(a->label(style), b ? b->label(style) : QString());
    };
    switch (index.column()) {
    case 0:
        return r.name;
    case 1:
        return describeVarianceStatus(r.status);
    case 2:
        return span(r.baselineStart, r.baselineFinish);
    case 3:
        return span(r.start, r.finish);
    case 4:
        return r.slip
            ? (*r.slip > 0 ? QStringLiteral("+%1").arg(*r.slip) : QString::number(*r.slip))
            : QStringLiteral("—");
    default:
        return r.costChange() == 0 ? QString()
                                   : (r.costChange() > 0 ? QStringLiteral("+") : QString())
                + money(m_info, r.costChange());
    }
}

QVariant VarianceModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole || o != Qt::Horizontal)
        return {};
    switch (section) {
    case 0:
        return QCoreApplication::translate("Cairn::Compare", "Initiative");
    case 1:
        return QCoreApplication::translate("Cairn::Compare", "Change");
    case 2:
        return QCoreApplication::translate("Cairn::Compare", "Baseline");
    case 3:
        return QCoreApplication::translate("Cairn::Compare", "Now");
    case 4:
        return QCoreApplication::translate("Cairn::Compare", "Slip (quarters)");
    default:
        return QCoreApplication::translate("Cairn::Compare", "Cost change");
    }
}

} // namespace Cairn
