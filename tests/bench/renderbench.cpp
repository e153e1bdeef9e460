// cairn-render-bench: how fast the roadmap is laid out and painted, and the report written.
// Prints Markdown tables with medians. Run from a build:
// build/release/tests/bench/cairn-render-bench
#include "app/render/colours.h"
#include "app/render/roadmapimage.h"
#include "app/render/roadmaplayout.h"
#include "app/render/roadmappainter.h"
#include "app/report/reportcomposer.h"
#include "app/views/roadmapview.h"
#include "core/domain/plan.h"
#include "core/schedule/planscheduler.h"
#include "tests/bench/benchutil.h"
#include "tests/bench/generateplan.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>

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

PlanContent plan(int initiatives, int horizon)
{
    GenerateOptions g;
    g.initiatives = initiatives;
    g.horizon = horizon;
    g.seed = 1;
    return generateRoadmap(g);
}
} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int repeats = 5;
    SchedulerOptions fast;
    fast.improve = false;

    print(QStringLiteral("Roadmap view (median of %1 runs; a 1600x900 window painted offscreen)")
              .arg(repeats));
    print(QStringLiteral(""));
    print(QStringLiteral("| initiatives | bars | layout, first (ms) | layout after one edit (ms) | "
                         "lanes re-packed | paint one screen (ms) | without arrows (ms) | "
                         "the view's paint, one screen (ms) |"));
    print(QStringLiteral("|---|---|---|---|---|---|---|---|"));
    for (int n : {200, 2000, 10000}) {
        PlanContent p = plan(n, 16);
        const PlanSchedule schedule = schedulePlan(p, fast);
        RoadmapOptions o;
        o.font = RoadmapSheet::exportFont(13);
        o.quarterWidth = 120;
        RoadmapLayout layout;
        const double first = timeMs(
            [&] {
                RoadmapLayoutEngine engine;
                layout = engine.layout(p, schedule, o);
            },
            repeats);
        RoadmapLayoutEngine warm;
        warm.layout(p, schedule, o);
        int step = 0;
        int repacked = 0;
        const double again = timeMs(
            [&] {
                p.initiatives[size_t(step * 7 % p.initiatives.size())].name += QStringLiteral("*");
                ++step;
                layout = warm.layout(p, schedule, o);
                repacked = warm.lanesPacked();
            },
            repeats);
        QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
        const RoadmapPainter painter(layout, Theme::print());
        const double paint = timeMs(
            [&] {
                QPainter qp(&image);
                RoadmapFrame f;
                f.window = QRectF(0, layout.bodyHeight / 3, 1600 - layout.headerWidth, 600);
                painter.paint(qp, f);
            },
            repeats);
        const double bare = timeMs(
            [&] {
                QPainter qp(&image);
                RoadmapFrame f;
                f.window = QRectF(0, layout.bodyHeight / 3, 1600 - layout.headerWidth, 600);
                RoadmapState s;
                s.arrows = ArrowMode::None;
                painter.paint(qp, f, s);
            },
            repeats);
        // The workspace's own view: its paint event on a 1600x900 window, a third of the way
        // down, as a user scrolling through the plan sees it.
        Plan live(p);
        RoadmapView view(live, nullptr);
        view.resize(1600, 900);
        view.setSchedule(std::make_shared<const PlanSchedule>(schedule));
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 3);
        QImage screen(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        const double viewPaint = timeMs([&] { view.viewport()->render(&screen); }, repeats);
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
                  .arg(n)
                  .arg(layout.bars.size())
                  .arg(first, 0, 'f', 1)
                  .arg(again, 0, 'f', 1)
                  .arg(repacked)
                  .arg(paint, 0, 'f', 1)
                  .arg(bare, 0, 'f', 1)
                  .arg(viewPaint, 0, 'f', 1));
    }

    print(QString());
    print(QStringLiteral("Roadmap PDF (all sections, A4 landscape; median of 3 runs; target for "
                         "300 initiatives over 5 years: 3 s)"));
    print(QString());
    print(QStringLiteral(
        "| initiatives | quarters | pages | compose (ms) | compose and write (ms) | size (kB) |"));
    print(QStringLiteral("|---|---|---|---|---|---|"));
    QTemporaryDir dir;
    for (int n : {35, 300}) {
        const PlanContent p = plan(n, 20);
        const PlanSchedule schedule = schedulePlan(p, fast);
        ReportOptions o;
        int pages = 0;
        const double compose
            = timeMs([&] { pages = ReportComposer(p, schedule, o).pageCount(); }, 3);
        const QString path = dir.filePath(QStringLiteral("bench.pdf"));
        const double total = timeMs([&] { ReportComposer(p, schedule, o).writePdf(path); }, 3);
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                  .arg(n)
                  .arg(p.info.horizon)
                  .arg(pages)
                  .arg(compose, 0, 'f', 0)
                  .arg(total, 0, 'f', 0)
                  .arg(QFileInfo(path).size() / 1024));
    }
    return 0;
}
