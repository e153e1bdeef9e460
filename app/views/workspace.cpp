#include "app/views/workspace.h"

#include "app/charts/chartsview.h"
#include "app/interaction.h"
#include "app/views/graphpage.h"
#include "app/views/inspector.h"
#include "app/views/problemspanel.h"
#include "app/views/roadmappage.h"
#include "app/views/selection.h"
#include "app/views/tablepage.h"
#include "core/domain/fields.h"
#include "core/edit/entityvalue.h"
#include "core/models/planmodels.h"
#include "core/session/plandocument.h"

#include <QTableView>

namespace Cairn {

namespace {
const std::pair<View, const char *> kViewNames[] = {
    {View::Roadmap, "roadmap"},
    {View::Charts, "charts"},
    {View::Graph, "graph"},
    {View::Initiatives, "initiatives"},
    {View::Goals, "goals"},
    {View::Systems, "systems"},
    {View::Resources, "resources"},
    {View::Milestones, "milestones"},
};
const std::pair<View, EntityKind> kTables[] = {
    {View::Initiatives, EntityKind::Initiative},
    {View::Goals, EntityKind::Goal},
    {View::Systems, EntityKind::System},
    {View::Resources, EntityKind::Resource},
    {View::Milestones, EntityKind::Milestone},
};

QString tableTitle(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Initiative:
        return schemaOf<Initiative>().titleText();
    case EntityKind::Goal:
        return schemaOf<Goal>().titleText();
    case EntityKind::System:
        return schemaOf<System>().titleText();
    case EntityKind::Resource:
        return schemaOf<Resource>().titleText();
    default:
        return schemaOf<Milestone>().titleText();
    }
}

// A new item of a kind, named so that the name is typed over at once.
EntityValue newEntity(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Goal: {
        Goal g;
        g.name = Workspace::tr("New goal");
        return g;
    }
    case EntityKind::System: {
        System s;
        s.name = Workspace::tr("New system");
        return s;
    }
    case EntityKind::Resource: {
        Resource r;
        r.name = Workspace::tr("New team");
        r.defaultCapacity = 100;
        return r;
    }
    case EntityKind::Milestone: {
        Milestone m;
        m.name = Workspace::tr("New milestone");
        return m;
    }
    default: {
        Initiative i;
        i.name = Workspace::tr("New initiative");
        return i;
    }
    }
}
} // namespace

QList<View> allViews()
{
    QList<View> views;
    for (const auto &[view, name] : kViewNames)
        views << view;
    return views;
}

QString viewName(View view)
{
    for (const auto &[v, name] : kViewNames)
        if (v == view)
            return QString::fromLatin1(name);
    return {};
}

std::optional<View> viewNamed(QStringView name)
{
    for (const auto &[v, n] : kViewNames)
        if (name == QLatin1String(n))
            return v;
    return std::nullopt;
}

std::optional<View> viewOf(EntityKind kind)
{
    for (const auto &[v, k] : kTables)
        if (k == kind)
            return v;
    return std::nullopt;
}

Workspace::Workspace(
    PlanDocument &document, Interaction &interaction, ProblemsPanel *problems, QWidget *parent)
    : QTabWidget(parent)
    , m_document(document)
    , m_interaction(interaction)
    , m_problems(problems)
    , m_selection(new Selection(this))
    , m_inspector(new Inspector(document.edit()))
{
    setDocumentMode(true);
    m_inspector->setReadOnly(document.isReadOnly());
    connect(m_inspector, &Inspector::refused, this,
        [this](const QString &m) { emit refused(tr("Change refused"), m); });
    connect(&document.plan(), &Plan::changed, this, [this] { m_issues.reset(); });
    if (m_problems && !document.isReadOnly()) {
        // A fix chosen in the problems dock is one undo step.
        m_problems->setPlan(&document.plan());
        connect(m_problems, &ProblemsPanel::fixChosen, this,
            [this](const PlanContent &after, const QString &text) {
                m_document.edit().replaceContent(after, tr("Fix: %1").arg(text));
            });
    }
    buildViews();
    // A shared plan: the item the inspector shows is the one this window has open for the
    // colleagues, and theirs are shown on the items (a hint; nothing is locked against edits).
    if (const Presence *presence = document.presence()) {
        m_inspector->setPresence(presence);
        m_roadmap->view()->setPresence(presence);
        m_graph->view()->setPresence(presence);
        for (TablePage *p : std::as_const(m_pages))
            p->setPresence(presence);
    }
    connect(m_inspector, &Inspector::shownChanged, &document, &PlanDocument::setOpenItem);
    connect(m_selection, &Selection::changed, this, &Workspace::follow);
    connect(this, &QTabWidget::currentChanged, this, &Workspace::onCurrentChanged);
    onCurrentChanged();
}

Workspace::~Workspace()
{
    // The inspector lives in the window's dock, but shows this plan: it goes with it.
    delete m_inspector;
    if (m_problems)
        m_problems->setPlan(nullptr);
}

void Workspace::buildViews()
{
    Plan &plan = m_document.plan();
    EditFacade *edit = m_document.isReadOnly() ? nullptr : &m_document.edit();
    m_roadmap = new RoadmapPage(plan, edit, this);
    addTab(m_roadmap, tr("Roadmap"));
    RoadmapView *view = m_roadmap->view();
    connect(view, &RoadmapView::selectionChanged, m_selection,
        [this](InitiativeId id) { m_selection->select(id.value); });
    connect(view, &RoadmapView::activated, this, [this](InitiativeId id) {
        m_selection->select(id.value);
        emit inspectorWanted();
    });
    connect(view, &RoadmapView::refused, this,
        [this](const QString &m) { emit refused(tr("Change refused"), m); });
    connect(m_roadmap, &RoadmapPage::exported, this, &Workspace::message);
    connect(m_roadmap, &RoadmapPage::failed, this,
        [this](const QString &m) { emit refused(tr("Export failed"), m); });

    m_charts = new ChartsView(plan, this);
    addTab(m_charts, tr("Charts"));
    connect(m_charts, &ChartsView::initiativeSelected, m_selection, &Selection::select);
    connect(m_charts, &ChartsView::exported, this, &Workspace::message);
    connect(m_charts, &ChartsView::failed, this,
        [this](const QString &m) { emit refused(tr("Export failed"), m); });

    m_graph = new GraphPage(plan, this);
    addTab(m_graph, tr("Graph"));
    connect(m_graph, &GraphPage::entitySelected, m_selection, &Selection::select);
    connect(m_graph, &GraphPage::exported, this, &Workspace::message);
    connect(m_graph, &GraphPage::failed, this,
        [this](const QString &m) { emit refused(tr("Export failed"), m); });

    for (const auto &[v, kind] : kTables) {
        auto *page = new TablePage(kind, plan, edit, this);
        m_pages << page;
        addTab(page, tableTitle(kind));
        connect(page->model(), &PlanTableModel::editRefused, this,
            [this](const QString &m) { emit refused(tr("Change refused"), m); });
        connect(page, &TablePage::currentIdChanged, m_selection, &Selection::select);
    }
}

TablePage *Workspace::page(EntityKind kind) const
{
    for (TablePage *p : m_pages)
        if (p->kind() == kind)
            return p;
    return nullptr;
}

View Workspace::currentView() const
{
    if (currentWidget() == m_charts)
        return View::Charts;
    if (currentWidget() == m_graph)
        return View::Graph;
    for (const auto &[v, kind] : kTables)
        if (currentWidget() == page(kind))
            return v;
    return View::Roadmap;
}

void Workspace::showView(View view)
{
    if (view == View::Roadmap)
        setCurrentWidget(m_roadmap);
    else if (view == View::Charts)
        setCurrentWidget(m_charts);
    else if (view == View::Graph)
        setCurrentWidget(m_graph);
    for (const auto &[v, kind] : kTables)
        if (v == view)
            setCurrentWidget(page(kind));
}

void Workspace::setSchedule(const ScheduleSnapshot &snapshot)
{
    // Another future shown is not a move: what moved is told again from its next edit.
    if (snapshot.scenario != m_snapshot.scenario)
        m_moves = MoveTracker();
    m_snapshot = snapshot;
    // The tables (and the inspector, through them) show the values of the future shown.
    for (const auto &[view, kind] : kTables)
        if (TablePage *p = page(kind))
            p->model()->setShown(snapshot.scenario ? snapshot.content : nullptr);
    if (TablePage *p = page(EntityKind::Initiative))
        static_cast<InitiativeTableModel *>(p->model())->setSchedule(snapshot.schedule);
    m_roadmap->view()->setSchedule(
        snapshot.schedule, snapshot.generation, snapshot.scenario ? snapshot.content : nullptr);
    const std::vector<ScheduleMove> &moves = m_moves.update(snapshot.generation, snapshot.schedule,
        snapshot.content ? *snapshot.content : m_document.plan().content());
    m_roadmap->view()->setMoves(moves, snapshot.generation);
    emit movesChanged(moves);
    m_charts->setSchedule(snapshot.schedule);
    m_graph->setSchedule(snapshot.schedule);
    m_inspector->setSchedule(snapshot.schedule);
    // The fast and the improved schedule of one edit share the plan's own issues.
    if (!m_issues)
        m_issues = validatePlan(m_document.plan().content());
    if (m_problems)
        m_problems->setProblems(*m_issues, snapshot.schedule);
}

int Workspace::problemCount() const
{
    return m_problems ? m_problems->count() : 0;
}

// Every view shows the selected item: its table's row, the roadmap's bar, the inspector.
void Workspace::follow(qint64 id)
{
    const auto entity = entityById(m_document.plan(), id);
    if (!entity)
        return;
    const EntityKind kind = kindOf(*entity);
    if (TablePage *p = page(kind))
        p->selectId(id);
    if (kind == EntityKind::Initiative)
        m_roadmap->view()->setSelected(InitiativeId {id});
    m_graph->showEntity(id);
    if (TablePage *p = page(kind))
        m_inspector->show(p->model(), id);
}

void Workspace::onCurrentChanged()
{
    if (auto *p = qobject_cast<TablePage *>(currentWidget())) {
        // A table with nothing selected selects its first row, so the inspector has something.
        if (!p->currentId() && p->model()->rowCount() > 0)
            p->selectId(p->model()->idAt(0));
        m_selection->select(p->currentId());
        m_inspector->show(p->model(), p->currentId());
        return;
    }
    if (currentWidget() == m_graph) { // goals, initiatives and systems: the one selected
        const auto entity = entityById(m_document.plan(), m_selection->current());
        if (TablePage *p = entity ? page(kindOf(*entity)) : nullptr)
            m_inspector->show(p->model(), m_selection->current());
        return;
    }
    // The roadmap and the charts show initiatives: the inspector shows the one selected.
    TablePage *initiatives = page(EntityKind::Initiative);
    const qint64 id = currentWidget() == m_roadmap ? m_roadmap->view()->selected().value
                                                   : initiatives->currentId();
    m_inspector->show(initiatives->model(), id);
}

void Workspace::addEntity()
{
    if (m_document.isReadOnly())
        return;
    if (currentView() == View::Roadmap || currentView() == View::Charts
        || currentView() == View::Graph)
        showView(View::Initiatives); // a new initiative is named in its table
    auto *p = qobject_cast<TablePage *>(currentWidget());
    if (!p)
        return;
    m_selection->select(m_document.edit().add(newEntity(p->kind())));
    p->editName();
}

QList<qint64> Workspace::selectedIds() const
{
    if (currentView() == View::Roadmap) {
        const InitiativeId id = m_roadmap->view()->selected();
        return id.isValid() ? QList<qint64> {id.value} : QList<qint64> {};
    }
    if (currentView() == View::Graph) {
        const qint64 id = m_graph->view()->selected();
        return id ? QList<qint64> {id} : QList<qint64> {};
    }
    auto *p = qobject_cast<TablePage *>(currentWidget());
    return p ? p->selectedIds() : QList<qint64> {};
}

void Workspace::selectEntity(qint64 id)
{
    const auto entity = entityById(m_document.plan(), id);
    if (!entity)
        return;
    if (const auto view = viewOf(kindOf(*entity)))
        showView(*view);
    m_selection->select(id);
    follow(id);
}

} // namespace Cairn
