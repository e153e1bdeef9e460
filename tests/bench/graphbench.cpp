// cairn-graph-bench: how fast the dependency graph is laid out (Graphviz dot) and drawn.
// Prints a Markdown table with medians. Run from a build:
// build/release/tests/bench/cairn-graph-bench [--repeats N]
#include "app/render/colours.h"
#include "app/render/graphdrawing.h"
#include "app/render/graphpainter.h"
#include "app/render/roadmapimage.h"
#include "core/graph/plangraph.h"
#include "core/schedule/planscheduler.h"
#include "core/store/sampleplan.h"
#include "tests/bench/benchutil.h"
#include "tests/bench/generateplan.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <functional>

using namespace Cairn;
using namespace Cairn::Bench;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty()   ? 0
        : v.size() % 2 ? v[v.size() / 2]
                       : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double timeMs(const std::function<void()> &f, int repeats)
{
    std::vector<double> times;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0);
}

struct Case {
    QString name;
    PlanContent plan;
};

// A generated plan with about `nodes` goals, initiatives and systems (n + n/3 + n/25).
Case generated(int nodes)
{
    GenerateOptions g;
    g.initiatives = int(nodes / (1 + 1.0 / 3 + 1.0 / 25));
    g.seed = 1;
    return {QStringLiteral("generated, seed 1"), generateRoadmap(g)};
}

// The node with most links: a busy place to focus on.
qint64 busiest(const PlanGraph &graph)
{
    int best = 0;
    for (int n = 1; n < int(graph.nodes().size()); ++n)
        if (graph.incident(n).size() > graph.incident(best).size())
            best = n;
    return graph.nodes()[size_t(best)].id;
}

void row(const Case &c, const GraphFilter &filter, const QString &what, int repeats)
{
    SchedulerOptions fast;
    fast.improve = false;
    const PlanSchedule schedule = schedulePlan(c.plan, fast);
    GraphStyle style;
    style.font = RoadmapSheet::exportFont(13);
    PlanGraph graph;
    const double model = timeMs([&] { graph = PlanGraph(c.plan); }, repeats);
    GraphSelection selection;
    const double select = timeMs([&] { selection = graph.select(filter); }, repeats);
    GraphDrawing drawing;
    const double build
        = timeMs([&] { drawing = GraphDrawing::build(c.plan, &schedule, graph, selection, style); },
            repeats);
    const GraphLayoutRequest request = drawing.layoutRequest();
    GraphLayoutResult result;
    const double layout = timeMs([&] { result = layoutGraph(request); }, repeats);
    if (!result.ok) {
        print(QStringLiteral("layout failed: %1").arg(result.error));
        return;
    }
    const double place = timeMs([&] { drawing.place(result); }, repeats);
    // One 1600x1000 screen of the drawing, fitted, painted offscreen.
    QImage screen(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    const Theme theme = Theme::print();
    const double paint = timeMs(
        [&] {
            screen.fill(Qt::white);
            QPainter p(&screen);
            p.setRenderHint(QPainter::Antialiasing);
            const qreal s
                = std::min({1.0, 1600 / drawing.bounds.width(), 1000 / drawing.bounds.height()});
            p.scale(s, s);
            GraphPainter(drawing, theme).paint(p);
        },
        repeats);
    print(QStringLiteral("| %1 (%2) | %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
              .arg(what, c.name)
              .arg(selection.nodes.size())
              .arg(selection.edges.size())
              .arg(ms(model + select + build))
              .arg(ms(layout))
              .arg(ms(place))
              .arg(ms(paint))
              .arg(QStringLiteral("%1 × %2")
                       .arg(int(drawing.bounds.width()))
                       .arg(int(drawing.bounds.height()))));
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int repeats = 5;
    QList<int> sizes {500, 2000};
    const QStringList args = app.arguments();
    if (const qsizetype k = args.indexOf(QStringLiteral("--repeats")); k > 0 && k + 1 < args.size())
        repeats = std::max(1, args[k + 1].toInt());
    if (const qsizetype k = args.indexOf(QStringLiteral("--nodes")); k > 0 && k + 1 < args.size())
        sizes = {std::max(10, args[k + 1].toInt())}; // one generated size only

    print(QStringLiteral("Dependency graph (median of %1 runs; Graphviz dot)").arg(repeats));
    print(QString());
    print(QStringLiteral(
        "| graph | nodes | edges | model and sizes (ms) | layout (ms) | place (ms) | "
        "paint one 1600×1000 screen (ms) | drawing size |"));
    print(QStringLiteral("|---|---|---|---|---|---|---|---|"));
    const Case sample {QStringLiteral("the sample"), samplePlan()};
    row(sample, {}, QStringLiteral("whole"), repeats);
    for (int nodes : sizes) {
        const Case c = generated(nodes);
        row(c, {}, QStringLiteral("whole"), nodes >= 2000 ? std::min(repeats, 3) : repeats);
        GraphFilter focus;
        focus.focus = busiest(PlanGraph(c.plan));
        focus.depth = 2;
        row(c, focus, QStringLiteral("focus, depth 2"), repeats);
    }
    return 0;
}
