#include "app/views/replan.h"

#include "app/interaction.h"
#include "core/edit/editfacade.h"
#include "core/schedule/schedulemoves.h"

#include <QApplication>
#include <QCoreApplication>

namespace Cairn {

namespace {

QString title()
{
    return QCoreApplication::translate("Cairn::Replan", "Re-plan Now");
}

// Schedules `content` afresh and asks whether the moves from `shown` should happen, listing them;
// `question` ends the list. Returns the schedule when the user agrees.
std::optional<PlanSchedule> proposeReplan(QWidget *parent, Interaction &interaction,
    const PlanContent &content, const std::shared_ptr<const PlanSchedule> &shown,
    const QString &question, int budgetMs)
{
    PlanContent fresh = content;
    fresh.reference.clear();
    fresh.info.scheduling = SchedulingMode::Replan;
    SchedulerOptions options;
    options.timeBudgetMs = budgetMs;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    PlanSchedule best = schedulePlan(fresh, options);
    QApplication::restoreOverrideCursor();

    const std::vector<ScheduleMove> moves
        = shown ? scheduleMoves(*shown, best, content) : std::vector<ScheduleMove> {};
    if (moves.empty()) {
        interaction.notify(parent, title(),
            QCoreApplication::translate("Cairn::Replan",
                "Nothing would move: the schedule shown is the best Cairn finds."));
        return std::nullopt;
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
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + question;
    if (interaction.ask(parent, title(), text, QMessageBox::Yes | QMessageBox::No)
        != QMessageBox::Yes)
        return std::nullopt;
    return best;
}

} // namespace

bool replanNow(QWidget *parent, Interaction &interaction, EditFacade &edit,
    const std::shared_ptr<const PlanSchedule> &shown, int budgetMs)
{
    const std::optional<PlanSchedule> best
        = proposeReplan(parent, interaction, edit.plan().content(), shown,
            QCoreApplication::translate("Cairn::Replan", "Move them? (Undo puts them back.)"),
            budgetMs);
    if (!best)
        return false;
    edit.setReference(referenceStarts(*best), title());
    return true;
}

std::optional<std::vector<ReferenceStart>> replanScenario(QWidget *parent, Interaction &interaction,
    const PlanContent &content, const QString &scenarioName,
    const std::shared_ptr<const PlanSchedule> &shown, int budgetMs)
{
    const std::optional<PlanSchedule> best = proposeReplan(parent, interaction, content, shown,
        QCoreApplication::translate("Cairn::Replan",
            "Move them in the scenario %1? The base plan does not change; this cannot be undone.")
            .arg(scenarioName),
        budgetMs);
    if (!best)
        return std::nullopt;
    return referenceStarts(*best);
}

} // namespace Cairn
