#pragma once

#include "core/scenario/scenarioplan.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QMainWindow;
class QMenu;
class QPushButton;
class QToolBar;

namespace Cairn {

class CompareDialog;
class Interaction;
class LiveSchedule;
class PlanDocument;
class VarianceDialog;
class Workspace;

// The scenario switcher of the toolbar: which future the workspace shows (the base plan or a
// scenario), and the scenario menu: new, duplicate, rename, delete, adopt into the base, compare,
// and baselines (freeze one, show one as ghosts, the changes since one). While a scenario is
// shown, the schedule is the scenario's and edits become its overrides (see EditFacade).
class ScenarioBar : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioBar(QWidget *parent = nullptr);
    ~ScenarioBar() override;

    // Puts the switcher at the end of `tools` and a Plan menu (Re-plan Now, Scenarios) into the
    // window's menu bar; its messages go to the window's status bar. Returns Re-plan Now (an
    // edit: disabled with the other edits in a plan opened read-only).
    QAction *addTo(QToolBar *tools, QMainWindow *window);

    // The open plan, its views and whom to ask; detach() before they go.
    void attach(
        PlanDocument &document, LiveSchedule &live, Workspace &workspace, Interaction &interaction);
    void detach();

    std::optional<ScenarioId> current() const { return m_current; }
    // The plan of the future the live schedule shows, as a plan of its own (see planAlone): what
    // a report of the screen is made from.
    PlanContent shownPlan() const;
    void setCurrent(std::optional<ScenarioId> scenario);
    // Ghosts of a baseline on the roadmap (none: no ghosts).
    void showBaseline(std::optional<BaselineId> baseline);
    QComboBox *combo() const { return m_combo; }
    QMenu *menu() const { return m_menu; }

    // A name asked of the user in a small dialog run through the interaction; empty: cancelled.
    QString askName(const QString &title, const QString &label, const QString &suggested);

signals:
    void currentChanged();
    void message(const QString &text);

private:
    void refill();
    void buildMenu();
    void updateMenu();
    void newScenario(bool duplicate);
    void changeCapacity();
    void renameScenario();
    void deleteScenario();
    void adoptScenario();
    void freezeBaseline();
    void openCompare();
    void openVariance();
    void replan();
    void updateBaselineGhosts();
    QString currentName() const;

    Interaction *m_interaction = nullptr;
    QPointer<PlanDocument> m_document;
    QPointer<LiveSchedule> m_live;
    QPointer<Workspace> m_workspace;
    std::optional<ScenarioId> m_current;
    std::optional<BaselineId> m_baseline;
    QLabel *m_label;
    QComboBox *m_combo;
    QPushButton *m_button;
    QMenu *m_menu;
    QMenu *m_baselines;
    QList<QAction *> m_scenarioActions; // need a scenario shown
    QPointer<CompareDialog> m_compare;
    QPointer<VarianceDialog> m_variance;
    bool m_filling = false;
};

} // namespace Cairn
