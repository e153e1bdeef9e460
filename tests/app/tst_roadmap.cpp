#include "app/render/colours.h"
#include "app/render/roadmapimage.h"
#include "app/render/roadmaplayout.h"
#include "app/views/roadmappage.h"
#include "app/views/roadmapview.h"
#include "core/edit/editfacade.h"
#include "core/schedule/planscheduler.h"
#include "core/session/presence.h"
#include "core/store/sampleplan.h"
#include "tests/bench/generateplan.h"

#include <QComboBox>
#include <QPaintEvent>
#include <QPainter>
#include <QPicture>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <memory>

using namespace Cairn;

namespace {

std::shared_ptr<const PlanSchedule> scheduleOf(const PlanContent &plan)
{
    SchedulerOptions o;
    o.improve = false; // the fast pass: quick and deterministic
    return std::make_shared<const PlanSchedule>(schedulePlan(plan, o));
}

RoadmapOptions options(RoadmapDimension lanes = RoadmapDimension::Goal)
{
    RoadmapOptions o;
    o.font = RoadmapSheet::exportFont();
    o.laneBy = lanes;
    o.today = QDate(2027, 5, 15);
    return o;
}

PlanContent generated(int initiatives)
{
    Bench::GenerateOptions g;
    g.initiatives = initiatives;
    g.seed = 7;
    g.horizon = 20;
    return Bench::generateRoadmap(g);
}

// A view of the sample plan on screen, scheduled, at a given width.
struct ShownView {
    Plan plan {samplePlan()};
    EditFacade edit {plan};
    RoadmapView view;

    explicit ShownView(bool editable = true, QSize size = QSize(1500, 900))
        : view(plan, editable ? &edit : nullptr)
    {
        view.resize(size);
        view.setSchedule(scheduleOf(plan.content()));
        view.show();
    }
};

// What of a widget was painted since the last reset.
class PaintRecorder : public QObject {
public:
    explicit PaintRecorder(QWidget *widget) { widget->installEventFilter(this); }
    QRegion painted;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};

// Where a bar and its label take room in its row.
std::pair<qreal, qreal> occupied(const RoadmapBar &b)
{
    return {
        std::min(b.rect.left(), b.labelRect.left()), std::max(b.rect.right(), b.labelRect.right())};
}

} // namespace

class TestRoadmap : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The roadmap tab keeps its choices in the settings: a test's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CairnTest"));
        QCoreApplication::setApplicationName(QStringLiteral("cairn-test"));
    }

    void layoutIsDeterministic()
    {
        const PlanContent plan = samplePlan();
        const auto schedule = scheduleOf(plan);
        RoadmapLayoutEngine a, b;
        const RoadmapLayout first = a.layout(plan, *schedule, options());
        const RoadmapLayout second = b.layout(plan, *schedule, options());
        QCOMPARE(first.bars.size(), second.bars.size());
        for (size_t i = 0; i < first.bars.size(); ++i) {
            QCOMPARE(first.bars[i].id, second.bars[i].id);
            QCOMPARE(first.bars[i].lane, second.bars[i].lane);
            QCOMPARE(first.bars[i].row, second.bars[i].row);
            QCOMPARE(first.bars[i].rect, second.bars[i].rect);
        }
        QCOMPARE(first.bodyHeight, second.bodyHeight);
        QCOMPARE(first.arrows.size(), second.arrows.size());
    }

    void barsNeverOverlapInALane_data()
    {
        QTest::addColumn<int>("initiatives"); // 0: the sample plan
        QTest::addColumn<RoadmapDimension>("lanes");
        for (auto [name, d] : {std::pair {"goal", RoadmapDimension::Goal},
                 {"system", RoadmapDimension::System}, {"kind", RoadmapDimension::Kind},
                 {"resource", RoadmapDimension::Resource}, {"status", RoadmapDimension::Status},
                 {"tag", RoadmapDimension::Tag}, {"none", RoadmapDimension::None}}) {
            QTest::addRow("sample by %s", name) << 0 << d;
            QTest::addRow("300 by %s", name) << 300 << d;
        }
        QTest::addRow("2000 by goal") << 2000 << RoadmapDimension::Goal;
    }
    void barsNeverOverlapInALane()
    {
        QFETCH(int, initiatives);
        QFETCH(RoadmapDimension, lanes);
        const PlanContent plan = initiatives == 0 ? samplePlan() : generated(initiatives);
        const auto schedule = scheduleOf(plan);
        RoadmapLayoutEngine engine;
        const RoadmapLayout l = engine.layout(plan, *schedule, options(lanes));
        QMap<std::pair<int, int>, QList<std::pair<qreal, qreal>>> rows;
        for (const RoadmapBar &b : l.bars) {
            rows[{b.lane, b.row}].append(occupied(b));
            // Every bar lies within its lane.
            const RoadmapLane &lane = l.lanes[size_t(b.lane)];
            QVERIFY(b.rect.top() >= lane.top && b.rect.bottom() <= lane.top + lane.height);
            QVERIFY(b.labelRect.left() >= -0.5 && b.labelRect.right() <= l.bodyWidth() + 0.5);
        }
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            auto list = it.value();
            std::sort(list.begin(), list.end());
            for (qsizetype k = 1; k < list.size(); ++k)
                QVERIFY2(list[k].first >= list[k - 1].second,
                    qPrintable(QStringLiteral("lane %1 row %2 overlaps")
                                   .arg(it.key().first)
                                   .arg(it.key().second)));
        }
        // Lanes follow each other without gaps or overlaps.
        qreal y = 0;
        for (const RoadmapLane &lane : l.lanes) {
            QCOMPARE(lane.top, y);
            y += lane.height;
        }
        QCOMPARE(l.bodyHeight, y);
    }

    void everyScheduledInitiativeHasABar()
    {
        const PlanContent plan = samplePlan();
        const auto schedule = scheduleOf(plan);
        RoadmapLayoutEngine engine;
        const RoadmapLayout l = engine.layout(plan, *schedule, options());
        for (const InitiativeSchedule &s : schedule->initiatives) {
            const Initiative *i = plan.initiative(s.id);
            if (!s.start)
                continue;
            const int b = l.barIndex(s.id);
            QVERIFY2(b >= 0, qPrintable(i->name));
            QCOMPARE(l.bars[size_t(b)].start, *s.start);
            QCOMPARE(l.bars[size_t(b)].late, s.late);
            QCOMPARE(l.bars[size_t(b)].rect.left(), l.xOf(*s.start) + l.barInset);
        }
        // Milestones and ends of support inside the horizon are marked.
        int milestones = 0;
        for (const RoadmapMarker &m : l.markers)
            milestones += m.kind == RoadmapMarker::Kind::Milestone ? 1 : 0;
        QCOMPARE(milestones, int(plan.milestones.size()));
        QVERIFY(l.todayX.has_value());
        QCOMPARE(l.capacity.size(), plan.resources.size());
    }

    void unplacedAndLateBarsAreMarked()
    {
        PlanContent plan = samplePlan();
        // An initiative that needs more of the team than there ever is cannot be placed.
        Initiative impossible;
        impossible.id = InitiativeId {plan.nextId++};
        impossible.name = QStringLiteral("Impossible");
        impossible.demand.insert(plan.resources[1].id, 100000);
        plan.initiatives.push_back(impossible);
        const auto schedule = scheduleOf(plan);
        RoadmapLayoutEngine engine;
        const RoadmapLayout l = engine.layout(plan, *schedule, options());
        const int b = l.barIndex(impossible.id);
        QVERIFY(b >= 0);
        QVERIFY(l.bars[size_t(b)].unplaced);
        int late = 0;
        for (const RoadmapBar &bar : l.bars)
            late += bar.late ? 1 : 0;
        QVERIFY(late > 0); // the sample has end-of-support misses
    }

    void relayoutRedoesOnlyWhatChanged()
    {
        PlanContent plan = samplePlan();
        const auto schedule = scheduleOf(plan);
        RoadmapLayoutEngine engine;
        const RoadmapLayout before = engine.layout(plan, *schedule, options());
        QCOMPARE(engine.lanesPacked(), int(before.lanes.size()));
        // Nothing changed: nothing measured, nothing packed.
        engine.layout(plan, *schedule, options());
        QCOMPARE(engine.labelsMeasured(), 0);
        QCOMPARE(engine.lanesPacked(), 0);
        // One name changes: one label measured, one lane re-packed.
        const RoadmapBar &bar = before.bars.front();
        for (Initiative &i : plan.initiatives)
            if (i.id == bar.id)
                i.name += QStringLiteral(" (phase 1)");
        const RoadmapLayout after = engine.layout(plan, *schedule, options());
        QCOMPARE(engine.labelsMeasured(), 1);
        QCOMPARE(engine.lanesPacked(), 1);
        QCOMPARE(engine.lanesReused(), int(before.lanes.size()) - 1);
        QCOMPARE(after.bars[size_t(after.barIndex(bar.id))].label,
            bar.label + QStringLiteral(" (phase 1)"));
    }

    // Lanes by tag: a lane per tag, an initiative of several tags in the lane of its first, its
    // other tags counted in its hint and in their lanes; tags differing in case are one.
    void lanesByTag()
    {
        PlanContent plan = samplePlan();
        plan.info.name = QStringLiteral("Tags");
        const auto named = [&plan](const QString &start) -> Initiative & {
            for (Initiative &i : plan.initiatives)
                if (i.name.startsWith(start))
                    return i;
            qFatal("no initiative %s", qPrintable(start));
        };
        named(QStringLiteral("Multi-factor")).tags = {QStringLiteral("Security")};
        named(QStringLiteral("Replace VMware")).tags
            = {QStringLiteral("cloud"), QStringLiteral("end of support"), QStringLiteral("Audit")};
        const auto schedule = scheduleOf(plan);
        RoadmapLayoutEngine engine;
        const RoadmapLayout l = engine.layout(plan, *schedule, options(RoadmapDimension::Tag));

        QStringList titles;
        QHash<QString, const RoadmapLane *> lanes;
        for (const RoadmapLane &lane : l.lanes) {
            titles << lane.title;
            lanes.insert(lane.title, &lane);
        }
        // Every tag once, in alphabetical order, then the initiatives without one.
        QCOMPARE(titles,
            (QStringList {QStringLiteral("Audit"), QStringLiteral("cloud"), QStringLiteral("data"),
                QStringLiteral("end of support"), QStringLiteral("online"),
                QStringLiteral("security"), QStringLiteral("stores"), QStringLiteral("No tag")}));
        // "Audit" is only a further tag: its lane holds nothing and says where it is.
        QCOMPARE(lanes[QStringLiteral("Audit")]->count, 0);
        QCOMPARE(lanes[QStringLiteral("Audit")]->alsoServing, 1);
        QVERIFY(lanes[QStringLiteral("end of support")]->alsoServing >= 3);

        int counted = 0;
        for (const RoadmapLane &lane : l.lanes)
            counted += lane.count;
        for (const Initiative &i : plan.initiatives) {
            const int b = l.barIndex(i.id);
            if (b < 0)
                continue;
            --counted;
            const RoadmapBar &bar = l.bars[size_t(b)];
            const QString first = i.tags.isEmpty() ? QStringLiteral("No tag") : i.tags.front();
            QCOMPARE(l.lanes[size_t(bar.lane)].title.toCaseFolded(), first.toCaseFolded());
            QCOMPARE(bar.hint.isEmpty(), i.tags.size() < 2);
        }
        QCOMPARE(counted, 0); // every initiative on the roadmap counts in one lane
        const RoadmapBar &vmware
            = l.bars[size_t(l.barIndex(named(QStringLiteral("Replace VMware")).id))];
        QCOMPARE(
            vmware.hint, QCoreApplication::translate("Cairn::Roadmap", "+%n tag(s)", nullptr, 2));
    }

    // The legend explains the marks the roadmap shows, and only those: a plan with nothing pinned,
    // late or unplaced has no entries for them (they took a second legend row at 1280×720).
    void legendListsOnlyTheMarksShown()
    {
        PlanContent plan = samplePlan();
        RoadmapLayoutEngine engine;
        auto labels = [](const RoadmapLayout &l) {
            QStringList out;
            for (const LegendEntry &e : l.legend)
                out << e.label;
            return out;
        };
        auto has = [](const RoadmapLayout &l, bool RoadmapBar::*flag) {
            return std::any_of(
                l.bars.cbegin(), l.bars.cend(), [flag](const RoadmapBar &b) { return b.*flag; });
        };
        const auto tr
            = [](const char *s) { return QCoreApplication::translate("Cairn::Roadmap", s); };
        const RoadmapLayout sample = engine.layout(plan, *scheduleOf(plan), options());
        QVERIFY(has(sample, &RoadmapBar::late)); // the sample misses end-of-support dates
        QVERIFY(labels(sample).contains(tr("Misses its deadline")));
        QVERIFY(labels(sample).contains(tr("End of vendor support")));
        QCOMPARE(labels(sample).contains(tr("Pinned start")), has(sample, &RoadmapBar::pinned));
        QCOMPARE(
            labels(sample).contains(tr("Could not be placed")), has(sample, &RoadmapBar::unplaced));

        // No systems' support ends, no milestones, no pins: their marks are not explained.
        for (System &s : plan.systems)
            s.endOfSupport.reset();
        plan.milestones.clear();
        for (Initiative &i : plan.initiatives)
            i.pin.reset();
        const RoadmapLayout bare = engine.layout(plan, *scheduleOf(plan), options());
        QVERIFY(!has(bare, &RoadmapBar::pinned));
        for (const char *mark : {"Milestone", "End of vendor support", "Pinned start"})
            QVERIFY2(!labels(bare).contains(tr(mark)), mark);
        QCOMPARE(labels(bare).contains(tr("Misses its deadline")), has(bare, &RoadmapBar::late));
        QVERIFY(labels(bare).contains(tr("Capacity used")));
    }

    // On a short view (1280x720 with the docks open leaves ~420 px) the legend gives its rows to
    // the bars and the corner's tooltip holds it; on a tall one it is drawn under the strip.
    void legendGivesWayOnAShortView_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<bool>("drawn");
        QTest::newRow("projector with docks") << 420 << false;
        QTest::newRow("just short") << RoadmapView::kLegendMinHeight - 1 << false;
        QTest::newRow("tall") << 800 << true;
    }
    void legendGivesWayOnAShortView()
    {
        QFETCH(int, height);
        QFETCH(bool, drawn);
        ShownView shown(true, QSize(900, 300));
        RoadmapView &view = shown.view;
        view.resize(view.width(), height + (view.height() - view.viewport()->height()));
        QCOMPARE(view.viewport()->height(), height);
        QCOMPARE(view.legendShown(), drawn);
        const QString corner = view.toolTipAt(QPoint(20, 10));
        if (drawn) {
            QVERIFY(corner.isEmpty());
            return;
        }
        // Every entry of the legend is in the tooltip, colour swatches included.
        QVERIFY(!view.layout().legend.empty());
        for (const LegendEntry &e : view.layout().legend)
            QVERIFY2(corner.contains(e.label.toHtmlEscaped()), qPrintable(e.label));
        // The rows the legend would take show bars: the body reaches down to the capacity strip.
        const qreal body = view.viewport()->height() - view.layout().topHeight()
            - view.layout().capacityHeight();
        QVERIFY(std::abs(view.verticalScrollBar()->pageStep() - body) <= 1);
    }

    // Colour by tag: a bar takes its first tag's colour, and the legend names every tag shown.
    void colourByTag()
    {
        const PlanContent plan = samplePlan();
        const auto schedule = scheduleOf(plan);
        RoadmapOptions o = options(RoadmapDimension::Goal);
        o.colourBy = RoadmapDimension::Tag;
        RoadmapLayoutEngine engine;
        const RoadmapLayout byGoal = engine.layout(plan, *schedule, o);
        RoadmapOptions tagLanes = options(RoadmapDimension::Tag);
        tagLanes.colourBy = RoadmapDimension::Tag; // lanes of the colouring show its swatch
        const RoadmapLayout byTag = engine.layout(plan, *schedule, tagLanes);
        QHash<QString, QColor> tagColour;
        for (const RoadmapLane &lane : byTag.lanes)
            tagColour.insert(lane.title, lane.colour);
        QHash<QString, QColor> legend;
        for (const LegendEntry &e : byGoal.legend)
            if (e.symbol == LegendEntry::Symbol::Swatch)
                legend.insert(e.label, e.colour);
        QSet<QRgb> colours;
        for (const RoadmapBar &bar : byGoal.bars) {
            const Initiative *i = plan.initiative(bar.id);
            if (bar.done)
                continue;
            const QString first = i->tags.isEmpty() ? QStringLiteral("No tag") : i->tags.front();
            QVERIFY2(legend.contains(first), qPrintable(first));
            QCOMPARE(bar.colour, legend.value(first));
            QCOMPARE(bar.colour, tagColour.value(first)); // the same colour as its lane's swatch
            colours.insert(bar.colour.rgb());
        }
        QVERIFY(colours.size() >= 6); // the sample's tags are told apart
    }

    // The roadmap tab offers tags in both choosers, and choosing one lays the view out by it.
    void roadmapPageChoosesTags()
    {
        Plan plan {samplePlan()};
        RoadmapPage page(plan, nullptr);
        page.resize(1280, 720);
        page.view()->setSchedule(scheduleOf(plan.content()));
        page.show();
        for (QComboBox *combo : {page.colourCombo(), page.laneCombo()}) {
            const int k = combo->findData(toKey(RoadmapDimension::Tag));
            QVERIFY(k >= 0);
            QCOMPARE(combo->itemText(k), displayName(RoadmapDimension::Tag));
            combo->setCurrentIndex(k);
        }
        QCOMPARE(page.view()->laneBy(), RoadmapDimension::Tag);
        QCOMPARE(page.view()->colourBy(), RoadmapDimension::Tag);
        QTRY_VERIFY(!page.view()->layout().lanes.empty());
        QCOMPARE(page.view()->layout().lanes.front().title, QStringLiteral("cloud"));
        QVERIFY(page.view()->layout().lanes.front().colour.isValid()); // lanes carry the swatch
    }

    // A plan may hold a duration of any size (a file, an import, a script); the layout takes the
    // schedule's clamped duration and shows at most ten years past the horizon, with the bar
    // running off the right edge, instead of allocating per quarter of the span.
    void absurdDurationIsLaidOutBounded_data()
    {
        QTest::addColumn<int>("duration");
        QTest::addColumn<bool>("placeable");
        QTest::addRow("2e9 quarters") << 2'000'000'000 << true;
        QTest::addRow("INT_MAX quarters") << std::numeric_limits<int>::max() << true;
        QTest::addRow("5,000 quarters") << 5000 << true;
        QTest::addRow("2e9 quarters, cannot be placed") << 2'000'000'000 << false;
    }
    void absurdDurationIsLaidOutBounded()
    {
        QFETCH(int, duration);
        QFETCH(bool, placeable);
        PlanContent plan = samplePlan();
        Initiative *longest = nullptr;
        for (Initiative &i : plan.initiatives)
            if (!longest && !i.pin
                && (i.status == InitiativeStatus::Proposed
                    || i.status == InitiativeStatus::Approved))
                longest = &i;
        QVERIFY(longest);
        longest->duration = duration;
        if (!placeable)
            longest->demand.insert(plan.resources[1].id, 100000);
        const auto schedule = scheduleOf(plan);
        const InitiativeSchedule *s = schedule->find(longest->id);
        QVERIFY(s);
        if (!placeable)
            QVERIFY(!s->start);

        for (bool print : {false, true}) {
            RoadmapOptions o = options();
            o.print = print;
            RoadmapLayoutEngine engine;
            const RoadmapLayout l = engine.layout(plan, *schedule, o);
            QVERIFY2(
                l.quarters <= plan.info.horizon + 4 + 40, qPrintable(QString::number(l.quarters)));
            for (const CapacityRow &row : l.capacity)
                QCOMPARE(int(row.cells.size()), l.quarters);
            const int b = l.barIndex(longest->id);
            QVERIFY(b >= 0);
            const RoadmapBar &bar = l.bars[size_t(b)];
            if (s->start)
                QCOMPARE(bar.duration, s->duration);
            QVERIFY(bar.duration <= 1000);
            QVERIFY(bar.continuesRight);
            QVERIFY(bar.rect.right() <= l.bodyWidth() + 0.5);
        }
    }

    void collapsedLaneHidesItsBars()
    {
        const PlanContent plan = samplePlan();
        const auto schedule = scheduleOf(plan);
        RoadmapLayoutEngine engine;
        RoadmapOptions o = options();
        const RoadmapLayout open = engine.layout(plan, *schedule, o);
        const RoadmapLane &busiest = *std::max_element(open.lanes.begin(), open.lanes.end(),
            [](const RoadmapLane &a, const RoadmapLane &b) { return a.count < b.count; });
        o.collapsedLanes.insert(busiest.key);
        const RoadmapLayout closed = engine.layout(plan, *schedule, o);
        QCOMPARE(closed.bars.size(), open.bars.size() - size_t(busiest.count));
        QVERIFY(closed.bodyHeight < open.bodyHeight);
        for (const RoadmapLane &lane : closed.lanes)
            if (lane.key == busiest.key)
                QVERIFY(lane.collapsed && lane.spanFrom && lane.count == busiest.count);
    }

    void exportContainsEveryScheduledInitiative()
    {
        const PlanContent plan = samplePlan();
        const auto schedule = scheduleOf(plan);
        QTemporaryDir dir;
        const RoadmapSheet sheet(plan, *schedule, options());
        const QString svgPath = dir.filePath(QStringLiteral("roadmap.svg"));
        QCOMPARE(sheet.writeSvg(svgPath), QString());
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svg);
        QSet<QString> texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == QLatin1String("text"))
                texts.insert(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        int scheduled = 0;
        for (const InitiativeSchedule &s : schedule->initiatives) {
            if (!s.start)
                continue;
            ++scheduled;
            const QString name = plan.initiative(s.id)->name;
            QVERIFY2(texts.contains(name), qPrintable(name));
        }
        QVERIFY(scheduled >= 30);

        const QString pngPath = dir.filePath(QStringLiteral("roadmap.png"));
        const RoadmapSheet slide(plan, *schedule, options(), QSize(1600, 1000));
        QCOMPARE(slide.writePng(pngPath), QString());
        const QImage image(pngPath);
        QCOMPARE(image.size(), QSize(1600, 1000));
        // Something was drawn: the image is not one colour.
        QVERIFY(image.pixelColor(5, 5) != image.pixelColor(800, 500)
            || image.pixelColor(800, 500) != image.pixelColor(400, 300));
    }

    // A picture holds the key of its numbered marks (the grouped ends of support): at its natural
    // size and scaled into a slide, nothing is drawn outside the picture.
    void sheetHoldsItsKey_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addRow("natural") << QSize();
        QTest::addRow("slide") << QSize(1600, 1000);
        QTest::addRow("wide and low") << QSize(1600, 500);
        QTest::addRow("small") << QSize(1000, 700);
    }
    void sheetHoldsItsKey()
    {
        QFETCH(QSize, size);
        const PlanContent plan = samplePlan();
        const auto schedule = scheduleOf(plan);
        RoadmapOptions o = options();
        o.maxMarkerRows = 2; // as in a small picture: the ends of support are grouped and numbered
        const RoadmapSheet sheet(plan, *schedule, o, size);
        QVERIFY(!sheet.layout().key.empty());
        QPicture picture;
        QPainter p(&picture);
        sheet.paint(p, Theme::print());
        p.end();
        const QRect drawn = picture.boundingRect();
        QVERIFY2(QRect(QPoint(0, 0), sheet.size()).adjusted(-1, -1, 1, 1).contains(drawn),
            qPrintable(QStringLiteral("drawn %1x%2+%3+%4 on a sheet of %5x%6")
                           .arg(drawn.width())
                           .arg(drawn.height())
                           .arg(drawn.x())
                           .arg(drawn.y())
                           .arg(sheet.size().width())
                           .arg(sheet.size().height())));
    }

    void exportToUnwritablePlaceSaysSo()
    {
        const PlanContent plan = samplePlan();
        const RoadmapSheet sheet(plan, *scheduleOf(plan), options());
        const QString error = sheet.writePng(QStringLiteral("/nonexistent-folder/roadmap.png"));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-folder/roadmap.png")));
    }

    // ---- the view ------------------------------------------------------------------------------

    void dragToPinIsOneUndoStep()
    {
        ShownView shown;
        Plan &plan = shown.plan;
        EditFacade &edit = shown.edit;
        RoadmapView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setQuarterWidth(120);
        // An unpinned, scheduled bar in view.
        const RoadmapBar *target = nullptr;
        for (const RoadmapBar &b : view.layout().bars)
            if (!b.pinned && !b.unplaced && b.duration >= 1
                && view.barRect(b.id).size() == b.rect.toAlignedRect().size()) {
                target = &b;
                break;
            }
        QVERIFY(target);
        const InitiativeId id = target->id;
        const Quarter start = target->start;
        const QRect r = view.barRect(id);
        const QPoint from(r.left() + 6, r.center().y());
        const QPoint to = from + QPoint(int(view.quarterWidth()), 0);
        const int steps = edit.undoStack()->count();
        QSignalSpy selected(&view, &RoadmapView::selectionChanged);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        QCOMPARE(selected.count(), 1);
        QTest::mouseMove(view.viewport(), from + QPoint(10, 0));
        QTest::mouseMove(view.viewport(), to);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(plan.initiative(id)->pin, std::optional<Quarter>(start + 1));
        QCOMPARE(edit.undoStack()->count(), steps + 1);
        edit.undoStack()->undo();
        QCOMPARE(plan.initiative(id)->pin, std::optional<Quarter>());
    }

    // A dragged bar does not jump back: the view lays the plan out only with a schedule of the
    // plan as it is now, never with the one made before the edit.
    void staleSchedulesAreNotLaidOut()
    {
        ShownView shown;
        RoadmapView &view = shown.view;
        const quint64 before = shown.plan.generation();
        const auto oldSchedule = view.schedule();
        const RoadmapBar bar = view.layout().bars.front();
        Initiative i = *shown.plan.initiative(bar.id);
        i.pin = bar.start + 2;
        shown.edit.update(i);
        QVERIFY(shown.plan.generation() != before);
        // The schedule of the plan before the edit arrives late: not shown.
        view.setSchedule(oldSchedule, before);
        const auto stillOld = std::find_if(view.layout().bars.begin(), view.layout().bars.end(),
            [&bar](const RoadmapBar &b) { return b.id == bar.id; });
        QVERIFY(stillOld != view.layout().bars.end());
        QCOMPARE(stillOld->start, bar.start); // nothing was laid out again
        // The schedule of the edited plan moves the bar.
        view.setSchedule(scheduleOf(shown.plan.content()), shown.plan.generation());
        const auto moved = std::find_if(view.layout().bars.begin(), view.layout().bars.end(),
            [&bar](const RoadmapBar &b) { return b.id == bar.id; });
        QCOMPARE(moved->start, bar.start + 2);
    }

    void dragRightEdgeChangesDuration()
    {
        ShownView shown;
        Plan &plan = shown.plan;
        RoadmapView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setQuarterWidth(120);
        const RoadmapBar *target = nullptr;
        for (const RoadmapBar &b : view.layout().bars)
            if (!b.unplaced && b.duration >= 1
                && view.barRect(b.id).size() == b.rect.toAlignedRect().size()
                && view.barRect(b.id).right() + 130 < view.viewport()->width()) {
                target = &b;
                break;
            }
        QVERIFY(target);
        const InitiativeId id = target->id;
        const int duration = target->duration;
        const QRect r = view.barRect(id);
        const QPoint from(r.right() - 2, r.center().y());
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view.viewport(), from + QPoint(10, 0));
        QTest::mouseMove(view.viewport(), from + QPoint(int(view.quarterWidth()), 0));
        QTest::mouseRelease(
            view.viewport(), Qt::LeftButton, {}, from + QPoint(int(view.quarterWidth()), 0));
        QCOMPARE(plan.initiative(id)->duration, duration + 1);
        QVERIFY(!plan.initiative(id)->pin); // resizing does not pin
    }

    void keyboardSelectsAndMoves()
    {
        ShownView shown;
        Plan &plan = shown.plan;
        RoadmapView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy selected(&view, &RoadmapView::selectionChanged);
        QSignalSpy activated(&view, &RoadmapView::activated);
        QTest::keyClick(&view, Qt::Key_Right); // nothing selected: the first bar
        QCOMPARE(selected.count(), 1);
        const InitiativeId first = view.selected();
        QVERIFY(first.isValid());
        QTest::keyClick(&view, Qt::Key_Right);
        const InitiativeId second = view.selected();
        QVERIFY(second.isValid() && second != first);
        const RoadmapBar &a = view.layout().bars[size_t(view.layout().barIndex(first))];
        const RoadmapBar &b = view.layout().bars[size_t(view.layout().barIndex(second))];
        QVERIFY(b.rect.left() > a.rect.left());
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.selected(), first);
        QTest::keyClick(&view, Qt::Key_Down);
        const RoadmapBar &below
            = view.layout().bars[size_t(view.layout().barIndex(view.selected()))];
        QVERIFY(below.rect.top() > a.rect.top());
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        // Shift+Right pins one quarter later; one undo step.
        const InitiativeId id = view.selected();
        const Quarter start = view.layout().bars[size_t(view.layout().barIndex(id))].start;
        QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(plan.initiative(id)->pin, std::optional<Quarter>(start + 1));
        QTest::keyClick(&view, Qt::Key_Escape);
        QVERIFY(!view.selected().isValid());
    }

    void zoomAndFit()
    {
        ShownView shown(false, QSize(1200, 800));
        RoadmapView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setQuarterWidth(150);
        QVERIFY(view.horizontalScrollBar()->maximum() > 0);
        view.fitToWindow();
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
        QVERIFY(view.quarterWidth() < 150);
        const qreal fitted = view.quarterWidth();
        QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(view.quarterWidth() > fitted);
        view.setQuarterWidth(1);
        QCOMPARE(view.quarterWidth(), RoadmapView::kMinQuarterWidth);
    }

    // The band of milestones and ends of support grows with the view's height: at 1280x720 it
    // took half of the roadmap (six rows), leaving one lane in sight. Every milestone stays.
    void markerBandFollowsTheHeight_data()
    {
        QTest::addColumn<int>("height");
        QTest::newRow("projector") << 380;
        QTest::newRow("laptop") << 600;
        QTest::newRow("desktop") << 1100;
    }
    void markerBandFollowsTheHeight()
    {
        QFETCH(int, height);
        ShownView shown(false, QSize(1200, height));
        RoadmapView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const RoadmapLayout &l = view.layout();
        const int rows
            = int(std::lround((l.markerHeight - l.markerRowHeight * 0.5) / l.markerRowHeight));
        QVERIFY2(rows >= 2 && rows <= 6, qPrintable(QString::number(rows)));
        QVERIFY2(
            l.markerHeight <= std::max(view.viewport()->height() * 0.2, 2.5 * l.markerRowHeight),
            qPrintable(QStringLiteral("band %1 in %2")
                           .arg(l.markerHeight)
                           .arg(view.viewport()->height())));
        int milestones = 0;
        for (const RoadmapMarker &m : l.markers)
            milestones += m.kind == RoadmapMarker::Kind::Milestone;
        int inHorizon = 0;
        for (const Milestone &m : shown.plan.milestones())
            inHorizon += m.quarter >= l.first && m.quarter <= l.first + (l.quarters - 1);
        QCOMPARE(milestones, inHorizon);
        bool grouped = false;
        for (const RoadmapMarker &m : l.markers)
            grouped = grouped || m.count > 1;
        if (height > 1000)
            QVERIFY(!grouped); // room for the whole band: every system by name
    }

    void readOnlyViewDoesNotDrag()
    {
        ShownView shown(false);
        Plan &plan = shown.plan;
        RoadmapView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const RoadmapBar bar = view.layout().bars.front();
        const QRect r = view.barRect(bar.id);
        const PlanContent before = plan.content();
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, r.center());
        QTest::mouseMove(view.viewport(), r.center() + QPoint(200, 0));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, r.center() + QPoint(200, 0));
        QCOMPARE(plan.content(), before);
        QCOMPARE(view.selected(), bar.id); // selecting still works
    }

    void tooltipsExplain()
    {
        ShownView shown(false);
        RoadmapView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const RoadmapBar bar = view.layout().bars.front();
        const QString tip = view.toolTipAt(view.barRect(bar.id).center());
        QVERIFY(tip.contains(bar.label.toHtmlEscaped()));
        QVERIFY(tip.contains(QStringLiteral("Cost")));
        const QString why = view.schedule()->find(bar.id)->why;
        QVERIFY(!why.isEmpty());
        QVERIFY(tip.contains(why.toHtmlEscaped()));
    }

    // A colleague editing an initiative of a shared plan: their mark at the end of its bar and
    // of no other, who they are in its tooltip, only that bar drawn again; when they leave, the
    // mark goes. A change on an item that has no bar draws nothing.
    void aColleagueEditingAnInitiativeMarksItsBar()
    {
        ShownView shown(false);
        RoadmapView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Presence presence;
        view.setPresence(&presence);
        // A bar wholly in sight.
        RoadmapBar bar;
        for (const RoadmapBar &b : view.layout().bars)
            if (const QRect r = view.barRect(b.id); !b.unplaced && b.duration >= 2
                && r.width() >= b.rect.width() - 1 && r.height() >= b.rect.height() - 1) {
                bar = b;
                break;
            }
        QVERIFY(bar.id.isValid());
        const QRect barRect = view.barRect(bar.id);
        const QString who = QStringLiteral("bob is also editing this initiative.");
        QVERIFY(view.presenceMarkRect(bar.id).isEmpty());
        QVERIFY(!view.toolTipAt(barRect.center()).contains(who));
        const QImage before = view.viewport()->grab().toImage();
        QTest::qWait(20);

        PaintRecorder recorder(view.viewport());
        presence.set({{bar.id.value, QStringLiteral("bob")}});
        const QRect mark = view.presenceMarkRect(bar.id);
        QVERIFY(!mark.isEmpty());
        QVERIFY(barRect.contains(mark)); // on the bar, at its end
        QVERIFY(mark.left() > barRect.center().x());
        QVERIFY(mark.height() >= 10 && mark.height() <= 16);
        QTRY_VERIFY(!recorder.painted.isEmpty());
        QVERIFY(recorder.painted.boundingRect().contains(mark));
        QVERIFY(recorder.painted.boundingRect().height() < barRect.height() * 2);
        QVERIFY(view.toolTipAt(barRect.center()).contains(who));
        QVERIFY(view.toolTipAt(mark.center()).contains(who));
        QVERIFY(view.toolTipAt(mark.center()).contains(bar.label.toHtmlEscaped()));
        for (const RoadmapBar &other : view.layout().bars) {
            if (other.id == bar.id)
                continue;
            QVERIFY(view.presenceMarkRect(other.id).isEmpty());
            if (const QRect r = view.barRect(other.id); !r.isEmpty())
                QVERIFY(!view.toolTipAt(r.center()).contains(QLatin1String("bob")));
        }

        // Someone on a goal: no bar of it, nothing drawn again.
        QTest::qWait(20);
        recorder.painted = QRegion();
        presence.set({{bar.id.value, QStringLiteral("bob")},
            {shown.plan.content().goals.front().id.value, QStringLiteral("carl")}});
        QTest::qWait(50);
        QVERIFY(recorder.painted.isEmpty());

        // What is painted there: the mark, where the bar was before.
        const QImage marked = view.viewport()->grab().toImage();
        QVERIFY(marked.copy(mark) != before.copy(mark));
        // The rest of the viewport is as it was.
        QImage outside = marked;
        QImage was = before;
        for (QImage *image : {&outside, &was}) {
            QPainter p(image);
            p.fillRect(barRect.united(mark).adjusted(-2, -2, 2, 2), Qt::black);
        }
        QCOMPARE(outside, was);

        QTest::qWait(20);
        recorder.painted = QRegion();
        presence.clear();
        QVERIFY(view.presenceMarkRect(bar.id).isEmpty());
        QTRY_VERIFY(recorder.painted.boundingRect().contains(mark));
        QVERIFY(!view.toolTipAt(barRect.center()).contains(who));
        QCOMPARE(view.viewport()->grab().toImage(), before);
    }
};

QTEST_MAIN(TestRoadmap)
#include "tst_roadmap.moc"
