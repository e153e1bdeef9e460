#include "core/graph/plangraph.h"
#include "core/store/sampleplan.h"

#include <QTest>

using namespace Cairn;

namespace {

// A small plan with every kind of node and link:
//   Vision <- Sales (part of); Costs stands alone.
//   A (run) -> B (grow) finish-to-start; C (transform) is done.
//   A supports Sales, B supports Costs, C supports Sales.
//   A upgrades DB, B introduces Web; App runs on DB, Web runs on App.
PlanContent smallPlan()
{
    PlanContent p;
    p.goals = {{GoalId {1}, QStringLiteral("Vision")}, {GoalId {2}, QStringLiteral("Sales")},
        {GoalId {3}, QStringLiteral("Costs")}};
    p.goals[1].parent = GoalId {1};
    Initiative a, b, c;
    a.id = InitiativeId {10};
    a.name = QStringLiteral("A");
    a.kind = InitiativeKind::Run;
    b.id = InitiativeId {11};
    b.name = QStringLiteral("B");
    b.kind = InitiativeKind::Grow;
    c.id = InitiativeId {12};
    c.name = QStringLiteral("C");
    c.kind = InitiativeKind::Transform;
    c.status = InitiativeStatus::Done;
    p.initiatives = {a, b, c};
    System db, app, web;
    db.id = SystemId {20};
    db.name = QStringLiteral("DB");
    app.id = SystemId {21};
    app.name = QStringLiteral("App");
    app.dependsOn = {SystemId {20}};
    web.id = SystemId {22};
    web.name = QStringLiteral("Web");
    web.dependsOn = {SystemId {21}};
    p.systems = {db, app, web};
    p.contributions = {{InitiativeId {10}, GoalId {2}, 4}, {InitiativeId {11}, GoalId {3}, 2},
        {InitiativeId {12}, GoalId {2}, 1}};
    p.impacts = {{InitiativeId {10}, SystemId {20}, SystemEffect::Upgrades},
        {InitiativeId {11}, SystemId {22}, SystemEffect::Introduces}};
    p.dependencies = {{InitiativeId {10}, InitiativeId {11}, DependencyType::FinishToStart, 1}};
    p.nextId = 30;
    return p;
}

QString nameOf(const PlanContent &plan, qint64 id)
{
    if (const Goal *g = plan.goal(GoalId {id}))
        return g->name;
    if (const Initiative *i = plan.initiative(InitiativeId {id}))
        return i->name;
    if (const System *s = plan.system(SystemId {id}))
        return s->name;
    return QStringLiteral("?");
}

QStringList names(const PlanContent &plan, const PlanGraph &graph, const QList<int> &nodes)
{
    QStringList out;
    for (int n : nodes)
        out << nameOf(plan, graph.nodes()[size_t(n)].id);
    return out;
}

qint64 idNamed(const PlanContent &plan, const QString &name)
{
    for (const Goal &g : plan.goals)
        if (g.name == name)
            return g.id.value;
    for (const Initiative &i : plan.initiatives)
        if (i.name == name)
            return i.id.value;
    for (const System &s : plan.systems)
        if (s.name == name)
            return s.id.value;
    return 0;
}

} // namespace

Q_DECLARE_METATYPE(Cairn::GraphFilter)

class tst_PlanGraph : public QObject {
    Q_OBJECT

private slots:
    void nodesAndEdgesOfEveryKind()
    {
        const PlanContent plan = smallPlan();
        const PlanGraph graph(plan);
        QCOMPARE(names(plan, graph, {0, 1, 2, 3, 4, 5, 6, 7, 8}),
            QStringList({QStringLiteral("Vision"), QStringLiteral("Sales"), QStringLiteral("Costs"),
                QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("DB"),
                QStringLiteral("App"), QStringLiteral("Web")}));
        QCOMPARE(graph.nodes().size(), size_t(9));
        QCOMPARE(graph.node(20)->kind, GraphNodeKind::System);
        QCOMPARE(graph.node(12)->kind, GraphNodeKind::Initiative);
        QCOMPARE(graph.node(99), nullptr);
        // 1 part-of, 3 contributions, 1 dependency, 2 impacts, 2 runs-on.
        QCOMPARE(graph.edges().size(), size_t(9));
        int dependencies = 0;
        for (const GraphEdge &e : graph.edges()) {
            if (e.kind != GraphEdgeKind::Dependency)
                continue;
            ++dependencies;
            QCOMPARE(graph.nodes()[size_t(e.from)].id, 10);
            QCOMPARE(graph.nodes()[size_t(e.to)].id, 11);
            QCOMPARE(e.lag, 1);
            QCOMPARE(e.dependency, DependencyType::FinishToStart);
        }
        QCOMPARE(dependencies, 1);
    }

    void layeredDirectionPutsGoalsLeftAndSystemsRight()
    {
        const PlanContent plan = smallPlan();
        const PlanGraph graph(plan);
        for (const GraphEdge &e : graph.edges()) {
            const GraphNodeKind l = graph.nodes()[size_t(e.left())].kind;
            const GraphNodeKind r = graph.nodes()[size_t(e.right())].kind;
            switch (e.kind) {
            case GraphEdgeKind::Contribution:
                QCOMPARE(l, GraphNodeKind::Goal);
                QCOMPARE(r, GraphNodeKind::Initiative);
                break;
            case GraphEdgeKind::GoalParent: // the parent goal stands left of its sub-goal
                QCOMPARE(
                    nameOf(plan, graph.nodes()[size_t(e.left())].id), QStringLiteral("Vision"));
                break;
            case GraphEdgeKind::Impact:
                QCOMPARE(l, GraphNodeKind::Initiative);
                QCOMPARE(r, GraphNodeKind::System);
                break;
            case GraphEdgeKind::SystemDependency: // the platform stands right of its user
                QCOMPARE(e.right(), e.to);
                break;
            case GraphEdgeKind::Dependency:
                QCOMPARE(e.left(), e.from);
                break;
            }
        }
    }

    void linksToMissingEntitiesAreLeftOut()
    {
        PlanContent plan = smallPlan();
        plan.contributions.push_back({InitiativeId {10}, GoalId {77}, 3});
        plan.impacts.push_back({InitiativeId {78}, SystemId {20}, SystemEffect::Retires});
        plan.dependencies.push_back(
            {InitiativeId {10}, InitiativeId {10}, DependencyType::FinishToStart, 0});
        plan.systems[0].dependsOn.append(SystemId {10}); // an initiative's id, not a system's
        const PlanGraph graph(plan);
        QCOMPARE(graph.edges().size(), size_t(9));
    }

    void select_data()
    {
        QTest::addColumn<GraphFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        const auto all = QStringList({QStringLiteral("Vision"), QStringLiteral("Sales"),
            QStringLiteral("Costs"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
            QStringLiteral("DB"), QStringLiteral("App"), QStringLiteral("Web")});
        QTest::newRow("no filter") << GraphFilter {} << all;
        GraphFilter open;
        open.showClosed = false;
        QStringList withoutC = all;
        withoutC.removeAll(QStringLiteral("C"));
        QTest::newRow("closed hidden, goals and systems stay") << open << withoutC;
        GraphFilter run;
        run.kinds = {InitiativeKind::Run};
        QTest::newRow("run: A, its goal with the goal above, its system")
            << run
            << QStringList({QStringLiteral("Vision"), QStringLiteral("Sales"), QStringLiteral("A"),
                   QStringLiteral("DB")});
        GraphFilter vision;
        vision.goals = {1};
        QTest::newRow("goal: the vision, its sub-goals and what serves them")
            << vision
            << QStringList({QStringLiteral("Vision"), QStringLiteral("Sales"), QStringLiteral("A"),
                   QStringLiteral("C"), QStringLiteral("DB")});
        GraphFilter db;
        db.systems = {20};
        QTest::newRow("system: DB, what runs on it, what touches them")
            << db
            << QStringList({QStringLiteral("Vision"), QStringLiteral("Sales"),
                   QStringLiteral("Costs"), QStringLiteral("A"), QStringLiteral("B"),
                   QStringLiteral("DB"), QStringLiteral("App"), QStringLiteral("Web")});
        GraphFilter both;
        both.systems = {22};
        both.kinds = {InitiativeKind::Run};
        QTest::newRow("system and kind: no run initiative touches Web")
            << both << QStringList({QStringLiteral("Web")});
        GraphFilter focus;
        focus.focus = 20;
        focus.depth = 1;
        QTest::newRow("focus on DB, depth 1")
            << focus
            << QStringList({QStringLiteral("A"), QStringLiteral("DB"), QStringLiteral("App")});
        focus.depth = 2;
        QTest::newRow("focus on DB, depth 2")
            << focus
            << QStringList({QStringLiteral("Sales"), QStringLiteral("A"), QStringLiteral("B"),
                   QStringLiteral("DB"), QStringLiteral("App"), QStringLiteral("Web")});
        focus.depth = 0;
        QTest::newRow("focus, depth 0") << focus << QStringList({QStringLiteral("DB")});
        GraphFilter hiddenFocus;
        hiddenFocus.kinds = {InitiativeKind::Grow};
        hiddenFocus.focus = 10; // A is run: filtered out, so nothing is left to show
        QTest::newRow("focus on a node the filter hides") << hiddenFocus << QStringList();
        GraphFilter focusInside = hiddenFocus;
        focusInside.focus = 11;
        focusInside.depth = 5; // A stays hidden although it is B's neighbour
        QTest::newRow("focus stays inside the filter")
            << focusInside
            << QStringList({QStringLiteral("Costs"), QStringLiteral("B"), QStringLiteral("Web")});
    }
    void select()
    {
        QFETCH(GraphFilter, filter);
        QFETCH(QStringList, expected);
        const PlanContent plan = smallPlan();
        const PlanGraph graph(plan);
        const GraphSelection s = graph.select(filter);
        QCOMPARE(names(plan, graph, s.nodes), expected);
        // Exactly the edges with both ends selected.
        for (int e = 0; e < int(graph.edges().size()); ++e) {
            const GraphEdge &edge = graph.edges()[size_t(e)];
            QCOMPARE(s.edges.contains(e), s.contains(edge.from) && s.contains(edge.to));
        }
    }

    void tagsPickInitiativesAndSystems_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("initiatives");
        QTest::addColumn<int>("taggedSystems");
        // The sample: 12 on-premises systems and no such initiative; 7 security initiatives.
        QTest::newRow("systems only") << QStringLiteral("on-premises") << 0 << 12;
        QTest::newRow("initiatives only") << QStringLiteral("Security") << 7 << 0;
        QTest::newRow("both") << QStringLiteral("stores") << 12 << 5;
        QTest::newRow("none") << QStringLiteral("blockchain") << 0 << 0;
    }
    void tagsPickInitiativesAndSystems()
    {
        QFETCH(QString, tag);
        QFETCH(int, initiatives);
        QFETCH(int, taggedSystems);
        const PlanContent plan = samplePlan();
        const PlanGraph graph(plan);
        GraphFilter f;
        f.tags = {tag};
        const GraphSelection s = graph.select(f);
        int shownInitiatives = 0, shownTagged = 0;
        QSet<qint64> linked; // goals and systems the shown initiatives link to
        auto has
            = [&tag](const QStringList &tags) { return tags.contains(tag, Qt::CaseInsensitive); };
        for (int n : s.nodes) {
            const GraphNode &node = graph.nodes()[size_t(n)];
            if (node.kind == GraphNodeKind::Initiative) {
                ++shownInitiatives;
                QVERIFY(has(plan.initiative(InitiativeId {node.id})->tags));
                for (int e : graph.incident(n))
                    linked.insert(graph.nodes()[size_t(graph.otherEnd(e, n))].id);
            } else if (node.kind == GraphNodeKind::System
                && has(plan.system(SystemId {node.id})->tags)) {
                ++shownTagged;
            }
        }
        QCOMPARE(shownInitiatives, initiatives);
        QCOMPARE(shownTagged, taggedSystems);
        // Untagged goals and systems are there only as what tagged initiatives link to (or the
        // goals above those).
        for (int n : s.nodes) {
            const GraphNode &node = graph.nodes()[size_t(n)];
            if (node.kind == GraphNodeKind::System && !has(plan.system(SystemId {node.id})->tags))
                QVERIFY(linked.contains(node.id));
        }
    }

    void sampleVmwareNeighbourhood()
    {
        const PlanContent plan = samplePlan();
        const PlanGraph graph(plan);
        QCOMPARE(graph.nodes().size(), size_t(8 + 35 + 25));
        const qint64 vmware = idNamed(plan, QStringLiteral("VMware vSphere 7 cluster"));
        const qint64 replace
            = idNamed(plan, QStringLiteral("Replace VMware with a Proxmox VE cluster"));
        QVERIFY(vmware && replace);
        bool replaces = false;
        for (int e : graph.incident(graph.indexOf(vmware))) {
            const GraphEdge &edge = graph.edges()[size_t(e)];
            if (edge.kind == GraphEdgeKind::Impact
                && graph.nodes()[size_t(edge.from)].id == replace)
                replaces = edge.effect == SystemEffect::Replaces;
        }
        QVERIFY(replaces);
        GraphFilter f;
        f.focus = vmware;
        f.depth = 2; // the initiative and the goals it serves; the systems on the cluster
        const QStringList shown = names(plan, graph, graph.select(f).nodes);
        for (const char *name :
            {"Replace VMware with a Proxmox VE cluster", "Be secure and compliant",
                "Keep the stores trading", "Cut back-office effort", "Windows Server 2016 hosts",
                "Veeam Backup & Replication 12", "Immutable off-site backups and a tested restore",
                "Move servers to Windows Server 2025"})
            QVERIFY2(shown.contains(QString::fromUtf8(name)), name);
        QVERIFY(
            !shown.contains(QStringLiteral("Become the region's first choice for outdoor gear")));
    }
};

QTEST_GUILESS_MAIN(tst_PlanGraph)
#include "tst_plangraph.moc"
