#include "app/views/problemspanel.h"

#include <QApplication>
#include <QListView>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace Cairn {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QListView(this))
{
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(Qt::UserRole).toLongLong();
        if (id > 0)
            emit entityActivated(id);
    });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(Qt::UserRole).toLongLong();
        if (id > 0)
            emit entityActivated(id);
    });
}

int ProblemsPanel::count() const
{
    return m_count;
}

void ProblemsPanel::setProblems(const QList<PlanIssue> &issues, const PlanSchedule *schedule)
{
    m_model->clear();
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const PlanIssue &issue : issues) {
        auto *item = new QStandardItem(issue.isError() ? error : warning, issue.message);
        item->setData(issue.involved.isEmpty() ? issue.id : issue.involved.first(), Qt::UserRole);
        item->setToolTip(issue.message);
        m_model->appendRow(item);
    }
    if (schedule) {
        for (const PlanScheduleProblem &p : schedule->problems) {
            const bool severe = p.kind != PlanScheduleProblem::Kind::PastHorizon;
            auto *item = new QStandardItem(severe ? error : warning, p.message);
            item->setData(p.initiatives.isEmpty() ? 0 : p.initiatives.last().value, Qt::UserRole);
            item->setToolTip(p.message);
            m_model->appendRow(item);
        }
    }
    m_count = m_model->rowCount();
    if (m_model->rowCount() == 0) {
        auto *ok = new QStandardItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
            tr("No problems: every dependency, capacity, pin and deadline holds."));
        ok->setEnabled(false);
        m_model->appendRow(ok);
    }
}

} // namespace Cairn
