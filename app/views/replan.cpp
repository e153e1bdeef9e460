#include "app/views/replan.h"

#include "app/interaction.h"
#include "core/edit/editfacade.h"
#include "core/schedule/schedulemoves.h"

#include <QApplication>
#include <QCoreApplication>

namespace Cairn {

bool replanNow(QWidget *parent, Interaction &interaction, EditFacade &edit,
    const std::shared_ptr<const PlanSchedule> &shown, int budgetMs)
{
    const PlanContent &content = edit.plan().content();
    PlanContent fresh = content;
    fresh.reference.clear();
    fresh.info.scheduling = SchedulingMode::Replan;
    SchedulerOptions options;
    options.timeBudgetMs = budgetMs;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const PlanSchedule best = schedulePlan(fresh, options);
    QApplication::restoreOverrideCursor();

    const std::vector<ScheduleMove> moves
        = shown ? scheduleMoves(*shown, best, content) : std::vector<ScheduleMove> {};
    const QString title = QCoreApplication::translate("Cairn::Replan", "Re-plan Now");
    if (moves.empty()) {
        interaction.notify(parent, title,
            QCoreApplication::translate("Cairn::Replan",
                "Nothing would move: the schedule shown is the best Cairn finds."));
        return false;
    }
    constexpr size_t kListed = 12;
    QStringList lines;
    for (size_t k = 0; k < moves.size() && k < kListed; ++k)
        lines << QStringLiteral("• ") + describeMove(moves[k], content);
    if (moves.size() > kListed)
        lines << QCoreApplication::translate(
            "Cairn::Replan", "… and %n more", nullptr, int(moves.size() - kListed));
    const QString text = QCoreApplication::translate("Cairn::Replan",
                             "Re-planning moves %n initiative(s):", nullptr, int(moves.size()))
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + QCoreApplication::translate("Cairn::Replan", "Move them? (Undo puts them back.)");
    if (interaction.ask(parent, title, text, QMessageBox::Yes | QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    edit.setReference(referenceStarts(best), title);
    return true;
}

} // namespace Cairn
