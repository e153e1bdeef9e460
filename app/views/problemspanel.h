#pragma once

#include "core/domain/plan.h"
#include "core/domain/planvalidator.h"
#include "core/schedule/planscheduler.h"
#include "core/schedule/schedulefixes.h"

#include <QWidget>

#include <memory>

class QListView;
class QStandardItemModel;
class QToolButton;

namespace Cairn {

// Everything wrong with the plan, in one list: validation errors and warnings and the
// scheduler's problems. Activating an entry selects the first initiative it names. For a
// missed deadline or an initiative that cannot be placed, "Fixes" finds the smallest changes
// that fix it (each verified by scheduling the changed plan) and offers them to apply.
class ProblemsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    // The plan whose problems are shown (for the fixes); null: no fixes are offered.
    void setPlan(const Plan *plan) { m_plan = plan; }
    void setProblems(const QList<PlanIssue> &issues, std::shared_ptr<const PlanSchedule> schedule);
    int count() const;
    QStandardItemModel *model() const { return m_model; }
    // The fixes of the schedule problem in a row of the model (none for other rows).
    std::vector<ScheduleFix> fixesFor(int row) const;

signals:
    void entityActivated(qint64 id);
    // Apply a fix: the plan as it would be, and the undo step's text.
    void fixChosen(const Cairn::PlanContent &after, const QString &text);

private:
    void showFixes();
    const PlanScheduleProblem *scheduleProblem(int row) const;

    QStandardItemModel *m_model;
    QListView *m_view;
    QToolButton *m_fixes;
    const Plan *m_plan = nullptr;
    std::shared_ptr<const PlanSchedule> m_schedule;
    int m_issueRows = 0; // the first rows are the plan's issues, then the schedule's problems
    int m_count = 0;
};

} // namespace Cairn
