#include "app/views/problemspanel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListView>
#include <QMenu>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cairn {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QListView(this))
    , m_fixes(new QToolButton(this))
{
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    m_fixes->setText(tr("Fixes…"));
    m_fixes->setToolTip(tr("Find the smallest changes that fix the selected problem"));
    m_fixes->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_fixes);
    layout->addLayout(buttons);
    connect(m_fixes, &QToolButton::clicked, this, &ProblemsPanel::showFixes);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            const PlanScheduleProblem *p = scheduleProblem(current.row());
            m_fixes->setEnabled(m_plan && p
                && (p->kind == PlanScheduleProblem::Kind::DeadlineMissed
                    || p->kind == PlanScheduleProblem::Kind::OverCapacity));
        });
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

const PlanScheduleProblem *ProblemsPanel::scheduleProblem(int row) const
{
    const int k = row - m_issueRows;
    if (!m_schedule || k < 0 || k >= m_schedule->problems.size())
        return nullptr;
    return &m_schedule->problems[k];
}

std::vector<ScheduleFix> ProblemsPanel::fixesFor(int row) const
{
    const PlanScheduleProblem *p = scheduleProblem(row);
    if (!m_plan || !p)
        return {};
    return proposeFixes(m_plan->content(), *m_schedule, *p);
}

void ProblemsPanel::showFixes()
{
    const int row = m_view->currentIndex().row();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::vector<ScheduleFix> fixes = fixesFor(row);
    QApplication::restoreOverrideCursor();
    QMenu menu(this);
    if (fixes.empty())
        menu.addAction(tr("No change found that fixes it"))->setEnabled(false);
    for (const ScheduleFix &fix : fixes) {
        QAction *apply = menu.addAction(tr("Apply: %1").arg(fix.description));
        connect(apply, &QAction::triggered, this, [this, fix] {
            if (m_plan)
                emit fixChosen(fix.applyTo(m_plan->content()), fix.description);
        });
    }
    menu.exec(m_fixes->mapToGlobal(QPoint(0, m_fixes->height())));
}

void ProblemsPanel::setProblems(
    const QList<PlanIssue> &issues, std::shared_ptr<const PlanSchedule> schedule)
{
    m_schedule = std::move(schedule);
    m_fixes->setEnabled(false);
    m_model->clear();
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const PlanIssue &issue : issues) {
        auto *item = new QStandardItem(issue.isError() ? error : warning, issue.message);
        item->setData(issue.involved.isEmpty() ? issue.id : issue.involved.first(), Qt::UserRole);
        item->setToolTip(issue.message);
        m_model->appendRow(item);
    }
    m_issueRows = m_model->rowCount();
    if (m_schedule) {
        for (const PlanScheduleProblem &p : m_schedule->problems) {
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
