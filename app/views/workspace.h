#pragma once

#include "core/domain/planvalidator.h"
#include "core/schedule/schedulemoves.h"
#include "core/session/liveschedule.h"

#include <QTabWidget>

#include <optional>

namespace Cairn {

class ChartsView;
class EditFacade;
class GraphPage;
class Inspector;
class Interaction;
class PlanDocument;
class ProblemsPanel;
class RoadmapPage;
class Selection;
class TablePage;

// The views of the workspace, in tab order.
enum class View { Roadmap, Charts, Graph, Initiatives, Goals, Systems, Resources, Milestones };
QList<View> allViews();
QString viewName(View view); // "roadmap", "initiatives": stable, for the command line
std::optional<View> viewNamed(QStringView name);
// The table view that shows a kind of entity, if any.
std::optional<View> viewOf(EntityKind kind);

// The views of one open plan: the roadmap, the charts and a table per kind of entity as tabs,
// the inspector for the selected item, all sharing one Selection and following the live
// schedule's snapshots. The main window docks the inspector and wires the actions.
class Workspace : public QTabWidget {
    Q_OBJECT

public:
    Workspace(PlanDocument &document, Interaction &interaction, ProblemsPanel *problems,
        QWidget *parent = nullptr);
    ~Workspace() override;

    PlanDocument &document() const { return m_document; }
    Selection *selection() const { return m_selection; }
    Inspector *inspector() const { return m_inspector; }
    RoadmapPage *roadmap() const { return m_roadmap; }
    ChartsView *charts() const { return m_charts; }
    GraphPage *graph() const { return m_graph; }
    TablePage *page(EntityKind kind) const;

    View currentView() const;
    void showView(View view);

    // A schedule of the plan: shown by every view, and its problems beside the plan's own.
    void setSchedule(const ScheduleSnapshot &snapshot);
    const ScheduleSnapshot &schedule() const { return m_snapshot; }
    int problemCount() const;

    // Edit > Add: a new item of the kind shown (an initiative from the roadmap or charts), its
    // name ready to be typed over.
    void addEntity();
    // What the current view has selected.
    QList<qint64> selectedIds() const;
    // Shows an item in its table and selects it (from the problems list, say).
    void selectEntity(qint64 id);

signals:
    // What the last edit moved, as the schedule now shown has it (see MoveTracker).
    void movesChanged(const std::vector<Cairn::ScheduleMove> &moves);
    void message(const QString &text); // for the status bar
    void refused(const QString &title, const QString &why); // a change or export that failed
    void inspectorWanted(); // double click on a bar

private:
    void buildViews();
    void follow(qint64 id);
    void onCurrentChanged();

    PlanDocument &m_document;
    Interaction &m_interaction;
    ProblemsPanel *m_problems;
    Selection *m_selection;
    Inspector *m_inspector;
    RoadmapPage *m_roadmap = nullptr;
    ChartsView *m_charts = nullptr;
    GraphPage *m_graph = nullptr;
    QList<TablePage *> m_pages;
    ScheduleSnapshot m_snapshot;
    std::optional<QList<PlanIssue>> m_issues; // validated once per change of the plan
    MoveTracker m_moves;
};

} // namespace Cairn
