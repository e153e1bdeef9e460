#pragma once

#include "core/scenario/baseline.h"
#include "core/scenario/comparison.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>

namespace Cairn {

// The figures of compared scenarios: a row per figure (spend per year, in all, the Run / Grow /
// Transform split, initiatives placed, late, deadlines met, systems out of support, the last
// quarter of work), a column per scenario.
class ComparisonFiguresModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    void setComparison(std::shared_ptr<const ScenarioComparison> comparison);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString label;
        std::function<QString(const ScenarioFigures &)> cell;
    };
    std::shared_ptr<const ScenarioComparison> m_comparison;
    std::vector<Row> m_rows;
};

// The initiatives that differ: name, where each scenario has it, and what changed.
class ComparisonChangesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    void setComparison(std::shared_ptr<const ScenarioComparison> comparison);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    InitiativeId initiativeAt(int row) const;

private:
    std::shared_ptr<const ScenarioComparison> m_comparison;
};

// Changes since a baseline: a row per initiative that moved, came, went or costs differently.
class VarianceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    void setVariance(const Variance &variance, const PlanInfo &info);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    std::vector<VarianceRow> m_rows;
    PlanInfo m_info;
};

// Words shared by the compare view, the report and the command line.
QString describeChanges(unsigned changes, std::optional<int> shift);
QString describeSide(const InitiativeComparison::Side &side, QuarterStyle style);
QString describeVarianceStatus(VarianceRow::Status status);
// One sentence about a variance: "3 moved (2 later, 1 earlier; 5 quarters of slip in all), ...".
QString describeVariance(const Variance &v, const PlanInfo &info);
// "45 / 35 / 20 %": the Run / Grow / Transform split of a scenario's spend.
QString kindSplit(const ScenarioFigures &f);

} // namespace Cairn
