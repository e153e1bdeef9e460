#pragma once

#include "core/domain/planvalidator.h"
#include "core/schedule/planscheduler.h"

#include <QWidget>

#include <memory>

class QListView;
class QStandardItemModel;

namespace Cairn {

// Everything wrong with the plan, in one list: validation errors and warnings and the
// scheduler's problems. Activating an entry selects the first initiative it names.
class ProblemsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    void setProblems(const QList<PlanIssue> &issues, const PlanSchedule *schedule);
    int count() const;
    QStandardItemModel *model() const { return m_model; }

signals:
    void entityActivated(qint64 id);

private:
    QStandardItemModel *m_model;
    QListView *m_view;
    int m_count = 0;
};

} // namespace Cairn
