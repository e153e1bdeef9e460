#pragma once

#include "app/charts/chartfactory.h"
#include "core/schedule/planscheduler.h"

#include <QWidget>

#include <functional>
#include <memory>

class QChartView;
class QComboBox;

namespace Cairn {

class Plan;

// The charts tab: every chart of the plan, following the live schedule. Each can be copied or
// saved as PNG or SVG; clicking a portfolio bubble selects its initiative.
class ChartsView : public QWidget {
    Q_OBJECT

public:
    explicit ChartsView(const Plan &plan, QWidget *parent = nullptr);
    ~ChartsView() override;

    void setSchedule(std::shared_ptr<const PlanSchedule> schedule);
    QChartView *chartView(Charts::Kind kind) const;
    QComboBox *resourceCombo() const { return m_resource; }
    // A fresh chart of the current analysis, for copying and saving (the caller owns it).
    QChart *makeChart(Charts::Kind kind, bool forPrint) const;
    QString saveChart(Charts::Kind kind, const QString &path) const;
    void copyChart(Charts::Kind kind) const;

    using FileChooser = std::function<QString(const QString &suggested)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

signals:
    void initiativeSelected(qint64 id);
    void exported(const QString &message);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void rebuildResources();
    void saveClicked(Charts::Kind kind);
    void connectPortfolio(QChart *chart);
    const PlanAnalysis *analysis() const;

    const Plan &m_plan;
    std::shared_ptr<const PlanSchedule> m_schedule;
    mutable std::unique_ptr<PlanAnalysis> m_analysis;
    QComboBox *m_resource;
    std::vector<std::pair<Charts::Kind, QChartView *>> m_views;
    FileChooser m_chooseFile;
    bool m_stale = false; // a schedule arrived while the tab was hidden
};

} // namespace Cairn
