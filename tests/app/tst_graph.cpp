#include "app/mainwindow.h"
#include "app/render/graphdrawing.h"
#include "app/render/graphimage.h"
#include "app/render/graphlayout.h"
#include "app/render/roadmapimage.h"
#include "app/views/graphpage.h"
#include "app/views/graphview.h"
#include "app/views/impactpanel.h"
#include "app/views/selection.h"
#include "app/views/tablepage.h"
#include "app/views/workspace.h"
#include "core/domain/plan.h"
#include "core/models/planmodels.h"
#include "core/schedule/planscheduler.h"
#include "core/session/plandocument.h"
#include "core/session/presence.h"
#include "core/store/sampleplan.h"
#include "tests/app/scriptedinteraction.h"
#include "tests/bench/generateplan.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace Cairn;

namespace {

std::shared_ptr<const PlanSchedule> scheduleOf(const PlanContent &plan)
{
    SchedulerOptions o;
    o.improve = false; // the fast pass: quick and deterministic
    return std::make_shared<const PlanSchedule>(schedulePlan(plan, o));
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

const QString kVmware = QStringLiteral("VMware vSphere 7 cluster");
const QString kReplace = QStringLiteral("Replace VMware with a Proxmox VE cluster");

GraphDrawing sampleDrawing(const PlanContent &plan, const GraphFilter &filter = {})
{
    GraphStyle style;
    style.font = RoadmapSheet::exportFont(13);
    const PlanGraph graph(plan);
    return GraphDrawing::build(plan, scheduleOf(plan).get(), graph, graph.select(filter), style);
}

// The sample in a graph page on screen, laid out.
struct ShownPage {
    Plan plan {samplePlan()};
    GraphPage page {plan};

    explicit ShownPage(QSize size = QSize(1400, 900))
    {
        page.resize(size);
        page.setSchedule(scheduleOf(plan.content()));
        page.show();
        page.view()->waitForLayout();
    }
    qint64 id(const QString &name) const { return idNamed(plan.content(), name); }
};

} // namespace

class TestGraph : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // ---- layout ----------------------------------------------------------------------------

    void layoutKeepsGoalsLeftAndSystemsRight()
    {
        // goal -> initiative -> system, and a system nothing touches.
        GraphLayoutRequest r;
        r.nodes = {
            {QSizeF(100, 40), 0}, {QSizeF(120, 40), 1}, {QSizeF(90, 30), 2}, {QSizeF(90, 30), 2}};
        r.edges = {{0, 1, 1}, {1, 2, 1}};
        const GraphLayoutResult l = layoutGraph(r);
        QVERIFY2(l.ok, qPrintable(l.error));
        QVERIFY(l.centres[0].x() < l.centres[1].x());
        QVERIFY(l.centres[1].x() < l.centres[2].x());
        QVERIFY2(l.centres[1].x() < l.centres[3].x(),
            "an untouched system stands right of the initiatives");
        QCOMPARE(l.curves.size(), size_t(2));
        for (size_t e = 0; e < r.edges.size(); ++e) {
            const std::vector<QPointF> &c = l.curves[e];
            QVERIFY(c.size() >= 4);
            QCOMPARE((c.size() - 1) % 3, size_t(0)); // a start point and three per segment
            // From the left node to the right node.
            QVERIFY(QLineF(c.front(), l.centres[size_t(r.edges[e].from)]).length()
                < QLineF(c.front(), l.centres[size_t(r.edges[e].to)]).length());
        }
        QVERIFY(l.bounds.contains(l.centres[0]));
    }

    void layoutOfAnEmptyGraph()
    {
        const GraphLayoutResult l = layoutGraph({});
        QVERIFY(l.ok);
        QVERIFY(l.centres.empty());
    }

    void sampleNodesDoNotOverlap()
    {
        const PlanContent plan = samplePlan();
        GraphDrawing d = sampleDrawing(plan);
        QCOMPARE(d.nodes.size(), size_t(8 + 35 + 25));
        QVERIFY(d.layOut().isEmpty());
        QVERIFY(d.placed);
        for (size_t a = 0; a < d.nodes.size(); ++a) {
            QVERIFY(d.bounds.contains(d.nodes[a].rect));
            for (size_t b = a + 1; b < d.nodes.size(); ++b)
                QVERIFY2(!d.nodes[a].rect.intersects(d.nodes[b].rect),
                    qPrintable(d.nodes[a].tooltip + QStringLiteral(" / ") + d.nodes[b].tooltip));
        }
        for (const GraphDrawing::Edge &e : d.edges) {
            QVERIFY(!e.path.isEmpty());
            // Edges run between their nodes' boxes (Graphviz clips them at the borders).
            QVERIFY(QLineF(e.path.pointAtPercent(0), d.nodes[size_t(e.from)].rect.center()).length()
                < QLineF(e.path.pointAtPercent(0), d.nodes[size_t(e.to)].rect.center()).length());
        }
    }

    void layoutsFromManyThreadsRunOneAtATimeAndAgree()
    {
        const PlanContent plan = samplePlan();
        const GraphLayoutRequest request = sampleDrawing(plan).layoutRequest();
        const GraphLayoutResult reference = layoutGraph(request);
        QVERIFY(reference.ok);
        std::vector<GraphLayoutResult> results(6);
        QThreadPool pool;
        pool.setMaxThreadCount(3);
        for (size_t k = 0; k < results.size(); ++k)
            pool.start([&results, &request, k] { results[k] = layoutGraph(request); });
        pool.waitForDone();
        for (const GraphLayoutResult &r : results) {
            QVERIFY(r.ok);
            QCOMPARE(r.centres, reference.centres);
        }
    }

    // ---- drawing -----------------------------------------------------------------------------

    void drawingSaysWhatTheScheduleDecides()
    {
        const PlanContent plan = samplePlan();
        const auto schedule = scheduleOf(plan);
        GraphDrawing d = sampleDrawing(plan);
        const int replace = d.indexOf(idNamed(plan, kReplace));
        const int vmware = d.indexOf(idNamed(plan, kVmware));
        QVERIFY(replace >= 0 && vmware >= 0);
        const InitiativeSchedule *is = schedule->find(InitiativeId {idNamed(plan, kReplace)});
        QCOMPARE(d.nodes[size_t(replace)].late, is->late);
        QVERIFY(d.nodes[size_t(replace)].subtitle.contains(is->start->label()));
        QVERIFY(d.nodes[size_t(vmware)].late); // its support ends within the plan
        QCOMPARE(d.nodes[size_t(vmware)].subtitle, QStringLiteral("support ends 2027 Q4"));
        // A new schedule changes words, never sizes (the layout stays valid).
        const QList<QRectF> before = [&] {
            QList<QRectF> r;
            for (const auto &n : d.nodes)
                r << n.rect;
            return r;
        }();
        d.setSchedule(plan, nullptr);
        QCOMPARE(d.nodes[size_t(replace)].subtitle, QStringLiteral("scheduling…"));
        for (size_t k = 0; k < d.nodes.size(); ++k)
            QCOMPARE(d.nodes[k].rect, before[qsizetype(k)]);
    }

    void impactEdgesAreColouredByEffect()
    {
        const PlanContent plan = samplePlan();
        const GraphDrawing d = sampleDrawing(plan);
        const int replace = d.indexOf(idNamed(plan, kReplace));
        const int vmware = d.indexOf(idNamed(plan, kVmware));
        int found = 0;
        for (const GraphDrawing::Edge &e : d.edges)
            if (e.from == replace && e.to == vmware) {
                ++found;
                QCOMPARE(e.kind, GraphEdgeKind::Impact);
                QCOMPARE(e.colour, impactColour(SystemEffect::Replaces));
                QVERIFY(e.arrow);
                QVERIFY(e.tooltip.contains(QStringLiteral("replaces")));
            }
        QCOMPARE(found, 1);
    }

    // ---- the view ----------------------------------------------------------------------------

    void clickingANodeSelectsItAndBringsForwardWhatItReaches()
    {
        ShownPage shown;
        GraphView *view = shown.page.view();
        QVERIFY(view->drawing().placed);
        QSignalSpy selected(view, &GraphView::selectionChanged);
        QSignalSpy entity(&shown.page, &GraphPage::entitySelected);
        const qint64 vmware = shown.id(kVmware);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->viewportPointOf(vmware));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().toLongLong(), vmware);
        QCOMPARE(entity.size(), 1);
        QCOMPARE(view->selected(), vmware);
        const GraphEmphasis &e = view->emphasis();
        const GraphDrawing &d = view->drawing();
        QCOMPARE(e.selected, d.indexOf(vmware));
        for (const char *name :
            {"Replace VMware with a Proxmox VE cluster", "Keep the stores trading",
                "Windows Server 2016 hosts", "Magento Open Source 2.4.6 webshop"})
            QVERIFY2(e.nodes.contains(d.indexOf(shown.id(QString::fromUtf8(name)))), name);
        // Unrelated work steps back.
        const int unrelated = d.indexOf(shown.id(QStringLiteral("Security awareness programme")));
        QCOMPARE(GraphPainter::nodeState(e, unrelated), GraphPainter::State::Faded);
        QVERIFY(shown.page.impact()->plainText().contains(kReplace));
    }

    void anInitiativesChainIsDrawnStrongest()
    {
        ShownPage shown;
        GraphView *view = shown.page.view();
        shown.page.showEntity(shown.id(kReplace));
        const GraphDrawing &d = view->drawing();
        const int replace = d.indexOf(shown.id(kReplace));
        const int backup = d.indexOf(
            shown.id(QStringLiteral("Immutable off-site backups and a tested restore")));
        QCOMPARE(view->emphasis().chain.size(), 1);
        const GraphDrawing::Edge &chain = d.edges[size_t(*view->emphasis().chain.cbegin())];
        QCOMPARE(chain.from, replace);
        QCOMPARE(chain.to, backup);
        QVERIFY(shown.page.impact()->plainText().contains(QStringLiteral("Critical chain")));
    }

    void doubleClickFocusesOnTheNeighbourhood()
    {
        ShownPage shown;
        GraphView *view = shown.page.view();
        const qint64 vmware = shown.id(kVmware);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->viewportPointOf(vmware));
        QVERIFY(view->waitForLayout());
        QVERIFY(shown.page.focusButton()->isChecked());
        QCOMPARE(view->filter().focus, std::optional<qint64>(vmware));
        const GraphDrawing &d = view->drawing();
        QVERIFY(d.nodes.size() < 20);
        QVERIFY(d.indexOf(shown.id(kReplace)) >= 0);
        QCOMPARE(d.indexOf(
                     shown.id(QStringLiteral("Become the region's first choice for outdoor gear"))),
            -1);
        // One link less: only the direct neighbours.
        shown.page.depthSpin()->setValue(1);
        QVERIFY(view->waitForLayout());
        QCOMPARE(view->drawing().nodes.size(),
            size_t(5)); // the cluster, its replacement, 3 systems on it
        // Unfocus: everything again.
        shown.page.focusButton()->click();
        QVERIFY(view->waitForLayout());
        QCOMPARE(view->drawing().nodes.size(), size_t(68));
    }

    void findFocusesOnTheItemNamed_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("focused"); // empty: nothing found, the status says why
        QTest::addColumn<QString>("status");
        QTest::newRow("whole name") << kVmware << kVmware << QString();
        QTest::newRow("any case") << QStringLiteral("vmware VSPHERE 7 cluster") << kVmware
                                  << QString();
        QTest::newRow("one item has the part")
            << QStringLiteral("Proxmox") << kReplace << QString();
        QTest::newRow("several have it")
            << QStringLiteral("SQL Server") << QString() << QStringLiteral("in their name");
        QTest::newRow("none has it") << QStringLiteral("Mainframe") << QString()
                                     << QStringLiteral("No goal, initiative or system");
    }
    void findFocusesOnTheItemNamed()
    {
        QFETCH(QString, typed);
        QFETCH(QString, focused);
        QFETCH(QString, status);
        ShownPage shown;
        GraphView *view = shown.page.view();
        QSignalSpy selected(&shown.page, &GraphPage::entitySelected);
        QLineEdit *find = shown.page.findField();
        QVERIFY(find->isVisible());
        QTest::keyClicks(find, typed);
        // Return goes where the keyboard is: the completer's list, when it is open.
        QWidget *popup = find->completer()->popup();
        QTest::keyClick(popup->isVisible() ? popup : static_cast<QWidget *>(find), Qt::Key_Return);
        QVERIFY(view->waitForLayout());
        if (focused.isEmpty()) {
            QVERIFY(!view->filter().focus);
            QCOMPARE(selected.count(), 0);
            QCOMPARE(view->drawing().nodes.size(), size_t(68));
            QVERIFY2(shown.page.findChild<QLabel *>(QStringLiteral("graphStatus"))
                         ->text()
                         .contains(status),
                qPrintable(shown.page.findChild<QLabel *>(QStringLiteral("graphStatus"))->text()));
            QCOMPARE(find->text(), typed); // kept, to be corrected
            return;
        }
        const qint64 id = shown.id(focused);
        QCOMPARE(view->filter().focus, std::optional<qint64>(id));
        QVERIFY(shown.page.focusButton()->isChecked());
        QCOMPARE(view->selected(), id);
        QCOMPARE(shown.page.impact()->item(), id);
        QCOMPARE(selected.count(), 1); // the other views follow
        QCOMPARE(selected.first().first().toLongLong(), id);
        QVERIFY(view->drawing().indexOf(id) >= 0);
        QVERIFY(view->drawing().nodes.size() < 68);
        QVERIFY(find->text().isEmpty());
    }

    void findFocusesOnTheItemPickedFromTheList()
    {
        ShownPage shown;
        GraphView *view = shown.page.view();
        QLineEdit *find = shown.page.findField();
        find->setFocus();
        QTest::keyClicks(find, QStringLiteral("sql"));
        QAbstractItemView *list = find->completer()->popup();
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->model()->rowCount(), 2); // "SQL Server 2016" and the upgrade of it
        QTest::keyClick(list, Qt::Key_Down);
        const qint64 picked = list->currentIndex().data(Qt::UserRole).toLongLong();
        QVERIFY(picked);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(view->waitForLayout());
        QCOMPARE(view->filter().focus, std::optional<qint64>(picked));
        QCOMPARE(view->selected(), picked);
        QTRY_VERIFY(find->text().isEmpty()); // ready for the next name
    }

    void everyControlIsOnScreenAt1280_data()
    {
        QTest::addColumn<int>("width");
        // The page beside the inspector in a 1280-pixel window, and a wider one.
        QTest::newRow("940") << 940;
        QTest::newRow("1200") << 1200;
    }
    void everyControlIsOnScreenAt1280()
    {
        QFETCH(int, width);
        ShownPage shown(QSize(width, 600));
        // Nothing folded into a tool bar's extension menu: focus, zoom and export are in reach.
        for (const char *name : {"graphFilterBar", "graphViewBar"}) {
            auto *bar = shown.page.findChild<QToolBar *>(QLatin1String(name));
            QVERIFY(bar);
            for (QAction *a : bar->actions()) {
                QWidget *w = bar->widgetForAction(a);
                if (!a->isVisible() || a->isSeparator() || !w)
                    continue;
                QVERIFY2(w->isVisible(),
                    qPrintable(QStringLiteral("%1 is folded away in %2")
                                   .arg(w->objectName(), QLatin1String(name))));
            }
        }
        QVERIFY(shown.page.findChild<QToolButton *>(QStringLiteral("graphExport"))->isVisible());
        QVERIFY(shown.page.depthSpin()->isVisible());
    }

    void filtersNarrowTheGraph()
    {
        ShownPage shown;
        GraphView *view = shown.page.view();
        shown.page.kindButton(InitiativeKind::Run)->click(); // Run off
        QVERIFY(view->waitForLayout());
        QCOMPARE(view->filter().kinds,
            QSet<InitiativeKind>({InitiativeKind::Grow, InitiativeKind::Transform}));
        QCOMPARE(view->drawing().indexOf(shown.id(kReplace)), -1);
        // The last kind cannot be switched off: an empty graph answers nothing.
        shown.page.kindButton(InitiativeKind::Grow)->click();
        shown.page.kindButton(InitiativeKind::Transform)->click();
        QVERIFY(shown.page.kindButton(InitiativeKind::Transform)->isChecked());
        for (InitiativeKind k : {InitiativeKind::Run, InitiativeKind::Grow})
            shown.page.kindButton(k)->click();
        QVERIFY(view->waitForLayout());
        QVERIFY(view->filter().kinds.isEmpty());
        QComboBox *tag = shown.page.tagCombo();
        QVERIFY(tag->findText(QStringLiteral("on-premises")) > 0);
        tag->setCurrentIndex(tag->findText(QStringLiteral("security")));
        QVERIFY(view->waitForLayout());
        QCOMPARE(view->filter().tags, QSet<QString>({QStringLiteral("security")}));
        QVERIFY(
            view->drawing().indexOf(shown.id(QStringLiteral("Multi-factor sign-in for all staff")))
            >= 0);
        QCOMPARE(view->drawing().indexOf(shown.id(kReplace)), -1); // not tagged security
        tag->setCurrentIndex(0);
        QComboBox *system = shown.page.systemCombo();
        system->setCurrentIndex(system->findText(kVmware));
        QVERIFY(view->waitForLayout());
        QVERIFY(view->drawing().indexOf(shown.id(kReplace)) >= 0);
        QCOMPARE(view->drawing().indexOf(shown.id(QStringLiteral("Store Wi-Fi (UniFi AC)"))), -1);
    }

    void anEditThatMovesNothingKeepsTheLayout()
    {
        ShownPage shown;
        GraphView *view = shown.page.view();
        const qint64 replace = shown.id(kReplace);
        const QRectF before = view->drawing().nodes[size_t(view->drawing().indexOf(replace))].rect;
        Initiative changed = *shown.plan.initiative(InitiativeId {replace});
        changed.cost = Money(changed.cost.minorUnits() + 100000);
        shown.plan.updateInitiative(changed);
        QVERIFY(view->waitForLayout());
        QCOMPARE(view->drawing().nodes[size_t(view->drawing().indexOf(replace))].rect, before);
        // A new name is measured and laid out again; the graph shows it.
        changed.name
            = QStringLiteral("Move every virtual machine from VMware to a new Proxmox VE cluster");
        shown.plan.updateInitiative(changed);
        QVERIFY(view->waitForLayout());
        const int n = view->drawing().indexOf(replace);
        QCOMPARE(view->drawing().nodes[size_t(n)].tooltip, changed.name);
        QVERIFY(view->drawing().placed);
    }

    void aHiddenGraphWaitsUntilShown()
    {
        // A plan opens with another tab in front: no layout thread spends the machine on a
        // graph nobody looks at, and edits meanwhile do not start one either.
        Plan plan(samplePlan());
        QWidget window;
        auto *page = new GraphPage(plan, &window);
        page->hide(); // as a tab behind another
        window.show();
        QTest::qWait(300); // longer than the edit debounce
        GraphView *view = page->view();
        QVERIFY(!view->isLayingOut());
        QVERIFY(!view->drawing().placed);
        QVERIFY(view->isStale());
        Initiative changed = *plan.initiative(InitiativeId {idNamed(plan.content(), kReplace)});
        changed.duration += 1;
        plan.updateInitiative(changed);
        QTest::qWait(300);
        QVERIFY(!view->isLayingOut());
        QVERIFY(!view->drawing().placed);
        // Shown: laid out at once, with the edit.
        page->show();
        QVERIFY(view->isLayingOut() || view->drawing().placed);
        QVERIFY(view->waitForLayout());
        QVERIFY(!view->isStale());
        QCOMPARE(view->drawing().nodes.size(), size_t(68));
    }

    void aLargePlanAsksForAFocus()
    {
        Bench::GenerateOptions g;
        g.initiatives = 900;
        Plan plan(Bench::generateRoadmap(g));
        GraphPage page(plan);
        page.resize(1200, 800);
        page.show();
        QVERIFY(page.view()->waitForLayout());
        QVERIFY(page.view()->isTooLarge());
        QVERIFY(page.view()->drawing().nodes.empty());
        // Focusing on one item lays out its neighbourhood at once.
        page.focusOn(plan.initiatives()[10].id.value);
        QVERIFY(page.view()->waitForLayout());
        QVERIFY(!page.view()->isTooLarge());
        QVERIFY(page.view()->drawing().placed);
        QVERIFY(page.view()->drawing().nodes.size() > 1);
        QVERIFY(page.view()->drawing().nodes.size() < 200);
    }

    // ---- impact panel ------------------------------------------------------------------------

    void whatIfMarksWhatWouldBeLate()
    {
        ShownPage shown;
        ImpactPanel *panel = shown.page.impact();
        QSignalSpy warnings(panel, &ImpactPanel::warningsChanged);
        shown.page.showEntity(shown.id(kVmware));
        QVERIFY(panel->quarterCombo()->isVisibleTo(panel));
        QCOMPARE(panel->quarterCombo()->currentText(), QStringLiteral("2026 Q4")); // a year earlier
        panel->runWhatIf(Quarter(2027, 2));
        QVERIFY(panel->waitForWhatIf());
        QVERIFY(panel->whatIf());
        QCOMPARE(warnings.size(), 1);
        const auto ids = warnings.first().first().value<QSet<qint64>>();
        QVERIFY(ids.contains(shown.id(kReplace)));
        QVERIFY(panel->plainText().contains(
            QStringLiteral("If the support of “VMware vSphere 7 cluster” ended in 2027 Q2")));
        const GraphDrawing &d = shown.page.view()->drawing();
        QVERIFY(shown.page.view()->emphasis().warnings.contains(d.indexOf(shown.id(kReplace))));
        // An edit makes the answer stale: it goes, and so do the marks.
        System s = *shown.plan.system(SystemId {shown.id(kVmware)});
        s.vendor = QStringLiteral("Broadcom");
        shown.plan.updateSystem(s);
        QVERIFY(!panel->whatIf());
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.last().first().value<QSet<qint64>>().isEmpty());
        QVERIFY(shown.page.view()->emphasis().warnings.isEmpty());
    }

    void aGoalShowsWhatServesIt()
    {
        ShownPage shown;
        shown.page.showEntity(shown.id(QStringLiteral("Keep the stores trading")));
        const QString text = shown.page.impact()->plainText();
        QVERIFY(text.contains(QStringLiteral("Initiatives that serve it")));
        QVERIFY(text.contains(kReplace));
        QVERIFY(!shown.page.impact()->quarterCombo()->isVisibleTo(shown.page.impact()));
    }

    // Colleagues editing items of a shared plan: a mark on each such node's corner saying who,
    // on no other node; a click on it selects the node, it stays through a new layout, and it
    // goes when they leave.
    void aColleagueEditingAnItemMarksItsNode()
    {
        ShownPage shown;
        GraphView *view = shown.page.view();
        QVERIFY(QTest::qWaitForWindowExposed(&shown.page));
        Presence presence;
        view->setPresence(&presence);
        const qint64 replace = shown.id(kReplace);
        const qint64 vmware = shown.id(kVmware);
        QVERIFY(replace && vmware);
        QVERIFY(!view->presenceMarkOf(replace));
        const QImage before = view->viewport()->grab().toImage();

        presence.set({{replace, QStringLiteral("bob")}, {vmware, QStringLiteral("bob")},
            {vmware, QStringLiteral("anna")}});
        const auto nodeRect = [&](qint64 id) {
            return view->drawing().nodes[size_t(view->drawing().indexOf(id))].rect;
        };
        QGraphicsItem *mark = view->presenceMarkOf(replace);
        QVERIFY(mark);
        QVERIFY(mark->isVisible());
        QCOMPARE(mark->toolTip(), QStringLiteral("bob is also editing this initiative."));
        QVERIFY(mark->sceneBoundingRect().contains(nodeRect(replace).topRight()));
        // Readable on the whole plan fitted to the window, and small beside its node.
        const auto sizeOnScreen = [&](const QGraphicsItem *item) {
            return item->deviceTransform(view->viewportTransform())
                .mapRect(item->boundingRect())
                .width();
        };
        QVERIFY(view->transform().m11() < 0.9);
        QVERIFY(sizeOnScreen(mark) >= 12 && sizeOnScreen(mark) <= 20);
        view->zoomIn();
        view->zoomIn();
        QVERIFY(sizeOnScreen(mark) >= 12 && sizeOnScreen(mark) <= 20);
        view->fitToWindow();
        QVERIFY(view->itemAt(view->viewportPointOf(replace))
                    ->toolTip()
                    .endsWith(QStringLiteral("\nbob is also editing this initiative.")));
        // (Both named; how the list reads is the translations' (tst_presenceview).)
        const QString both = view->presenceMarkOf(vmware)->toolTip();
        QVERIFY2(both.contains(u"anna") && both.contains(u"bob") && both.contains(u"this system"),
            qPrintable(both));
        for (const GraphDrawing::Node &n : view->drawing().nodes)
            if (n.id != replace && n.id != vmware)
                QVERIFY2(!view->presenceMarkOf(n.id), qPrintable(n.tooltip));
        // It is drawn.
        const QRect onScreen
            = QRect(QPoint(), QSize(14, 14))
                  .translated(view->mapFromScene(nodeRect(replace).topRight()) - QPoint(7, 7));
        QTRY_VERIFY(view->viewport()->grab().toImage().copy(onScreen) != before.copy(onScreen));

        // A click on the mark is a click on its node.
        QSignalSpy selected(view, &GraphView::selectionChanged);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onScreen.center());
        QCOMPARE(selected.size(), 1);
        QCOMPARE(view->selected(), replace);

        // A new layout keeps it on the node.
        Initiative changed = *shown.plan.initiative(InitiativeId {replace});
        changed.name = QStringLiteral("Move every virtual machine from VMware to Proxmox VE");
        shown.plan.updateInitiative(changed);
        QVERIFY(view->waitForLayout());
        QCOMPARE(
            view->drawing().nodes[size_t(view->drawing().indexOf(replace))].tooltip, changed.name);
        mark = view->presenceMarkOf(replace);
        QVERIFY(mark);
        QVERIFY(mark->sceneBoundingRect().contains(nodeRect(replace).topRight()));

        // Bob moves on, then Anna.
        presence.set({{vmware, QStringLiteral("anna")}});
        QVERIFY(!view->presenceMarkOf(replace));
        QVERIFY(!view->itemAt(view->viewportPointOf(replace))->toolTip().contains(u"bob"));
        QCOMPARE(view->presenceMarkOf(vmware)->toolTip(),
            QStringLiteral("anna is also editing this system."));
        presence.clear();
        QVERIFY(!view->presenceMarkOf(vmware));
        for (QGraphicsItem *item : view->scene()->items())
            QVERIFY(item->toolTip().isEmpty() || !item->toolTip().contains(u"anna"));
    }

    // ---- in the window -----------------------------------------------------------------------

    void theWindowSharesTheGraphsSelection()
    {
        ScriptedInteraction script;
        MainWindow w;
        w.setInteraction(&script);
        w.newPlan(true);
        w.resize(1400, 900);
        w.show();
        Workspace *workspace = w.workspace();
        QCOMPARE(viewNamed(u"graph"), std::optional<View>(View::Graph));
        workspace->showView(View::Graph);
        QCOMPARE(workspace->currentView(), View::Graph);
        GraphPage *page = workspace->graph();
        QVERIFY(page->view()->waitForLayout());
        const PlanContent &plan = w.document()->plan().content();
        // Clicking a system in the graph selects it everywhere: its table, the inspector.
        const qint64 vmware = idNamed(plan, kVmware);
        QTest::mouseClick(
            page->view()->viewport(), Qt::LeftButton, {}, page->view()->viewportPointOf(vmware));
        QCOMPARE(workspace->selection()->current(), vmware);
        QCOMPARE(workspace->page(EntityKind::System)->currentId(), vmware);
        QCOMPARE(workspace->selectedIds(), QList<qint64>({vmware}));
        // Selecting an initiative elsewhere selects it in the graph, which explains it.
        const qint64 replace = idNamed(plan, kReplace);
        workspace->selection()->select(replace);
        QCOMPARE(page->view()->selected(), replace);
        QCOMPARE(page->impact()->item(), replace);
        // The graph follows the live schedule.
        QVERIFY(page->view()->schedule());
    }

    // ---- export ------------------------------------------------------------------------------

    void exportWritesWhatIsShown_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("focused");
        QTest::newRow("png, whole") << QStringLiteral("png") << false;
        QTest::newRow("svg, whole") << QStringLiteral("svg") << false;
        QTest::newRow("png, focused") << QStringLiteral("png") << true;
        QTest::newRow("svg, focused") << QStringLiteral("svg") << true;
    }
    void exportWritesWhatIsShown()
    {
        QFETCH(QString, suffix);
        QFETCH(bool, focused);
        ShownPage shown;
        if (focused) {
            shown.page.focusOn(shown.id(kVmware));
            QVERIFY(shown.page.view()->waitForLayout());
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("graph.") + suffix);
        shown.page.setFileChooser([&path](const QString &suggested) {
            return suggested.endsWith(QLatin1String(" graph.png")) ? path : QString();
        });
        QSignalSpy exported(&shown.page, &GraphPage::exported);
        QMetaObject::invokeMethod(
            shown.page.findChild<QToolButton *>(QStringLiteral("graphExport")), "click");
        QCOMPARE(exported.size(), 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (suffix == QLatin1String("svg")) {
            const QString svg = QString::fromUtf8(bytes);
            QVERIFY(svg.contains(QStringLiteral("<svg")));
            QVERIFY(svg.contains(QStringLiteral("Proxmox VE cluster"))); // text stays text
            QCOMPARE(svg.contains(QStringLiteral("Become the region")), !focused);
            QVERIFY(svg.contains(focused ? QStringLiteral("Around “VMware vSphere 7 cluster”")
                                         : QStringLiteral("Goals, initiatives and systems")));
        } else {
            QImageReader reader(path);
            const QImage image = reader.read();
            QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
            // Drawn at twice its size, for projectors.
            QVERIFY(image.width() >= 2 * int(shown.page.view()->drawing().bounds.width()));
        }
        // Written through a temporary file that is renamed: nothing else is left behind.
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files), QStringList({QFileInfo(path).fileName()}));
    }

    void exportIntoAFolderThatIsNotThereSaysSo()
    {
        ShownPage shown;
        const QString error
            = shown.page.exportImage(QStringLiteral("/nonexistent-folder/graph.png"));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-folder/graph.png")));
    }
};

QTEST_MAIN(TestGraph)
#include "tst_graph.moc"
