#include "app/charts/chartfactory.h"
#include "app/charts/chartsview.h"
#include "core/domain/plan.h"
#include "core/schedule/planscheduler.h"
#include "core/store/sampleplan.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QPainter>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace Cairn;

namespace {
std::shared_ptr<const PlanSchedule> scheduleOf(const PlanContent &plan)
{
    SchedulerOptions o;
    o.improve = false;
    return std::make_shared<const PlanSchedule>(schedulePlan(plan, o));
}

QFont testFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(13);
    return f;
}

template<class T> QList<T *> seriesOf(QChart *chart)
{
    QList<T *> out;
    for (QAbstractSeries *s : chart->series())
        if (auto *t = qobject_cast<T *>(s))
            out << t;
    return out;
}
} // namespace

class TestCharts : public QObject {
    Q_OBJECT

private slots:
    void fileNamesSayWhatAChartShows_data()
    {
        QTest::addColumn<Charts::Kind>("kind");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("expected");
        QTest::newRow("team") << Charts::Kind::Demand << QStringLiteral("Internal IT team")
                              << QStringLiteral("demand-internal-it-team");
        QTest::newRow("punctuation")
            << Charts::Kind::Demand << QStringLiteral("Nordlicht IT (implementation partner)")
            << QStringLiteral("demand-nordlicht-it-implementation-partner");
        QTest::newRow("accents") << Charts::Kind::Demand << QStringLiteral("Équipe Données & IA")
                                 << QStringLiteral("demand-equipe-donnees-ia");
        QTest::newRow("no latin letters")
            << Charts::Kind::Demand << QStringLiteral("情報チーム") << QStringLiteral("demand");
        QTest::newRow("other chart")
            << Charts::Kind::RunCost << QStringLiteral("ignored") << QStringLiteral("run-cost");
    }
    void fileNamesSayWhatAChartShows()
    {
        QFETCH(Charts::Kind, kind);
        QFETCH(QString, resource);
        QFETCH(QString, expected);
        QCOMPARE(Charts::fileBase(kind, resource), expected);
    }

    void saveAllKeepsTwoResourcesOfOneNameApart()
    {
        PlanContent plan = samplePlan();
        plan.resources[2].name = plan.resources[1].name;
        const auto schedule = scheduleOf(plan);
        const PlanAnalysis analysis = analysePlan(plan, *schedule);
        QTemporaryDir dir;
        QString error;
        const QStringList files = Charts::saveAll(
            plan, analysis, QDir(dir.path()), QSize(320, 200), testFont(), &error);
        QCOMPARE(error, QString());
        const QString base = Charts::fileBase(Charts::Kind::Demand, plan.resources[1].name);
        QVERIFY(files.contains(QDir(dir.path()).filePath(base + QStringLiteral(".png"))));
        QVERIFY(files.contains(QDir(dir.path()).filePath(base + QStringLiteral("-2.png"))));
        QCOMPARE(files.size(), 16);
    }

    void everyChartIsTitledWithLabelledAxes_data()
    {
        QTest::addColumn<Charts::Kind>("kind");
        for (Charts::Kind k : Charts::kAll)
            QTest::newRow(qPrintable(Charts::key(k))) << k;
    }
    void everyChartIsTitledWithLabelledAxes()
    {
        QFETCH(Charts::Kind, kind);
        const PlanContent plan = samplePlan();
        const auto schedule = scheduleOf(plan);
        const PlanAnalysis analysis = analysePlan(plan, *schedule);
        std::unique_ptr<QChart> chart(Charts::make(kind, {plan, analysis, false, testFont(), 0}));
        QVERIFY(chart);
        QVERIFY(!chart->title().isEmpty());
        QVERIFY(!chart->series().isEmpty());
        // The value axis says what it counts, in which unit.
        bool titled = false;
        for (QAbstractAxis *axis : chart->axes())
            if (qobject_cast<QValueAxis *>(axis) && !axis->titleText().isEmpty())
                titled = true;
        QVERIFY(titled);
    }

    void moneyAxesUseThePlansCurrency()
    {
        QCOMPARE(Charts::moneyScale(25000000, Currency {}).unit, QStringLiteral("€ thousands"));
        QCOMPARE(Charts::moneyScale(500000000, Currency {}).unit, QStringLiteral("€ millions"));
        QCOMPARE(
            Charts::moneyScale(50000, Currency {QStringLiteral("GBP")}).unit, QStringLiteral("£"));
        QCOMPARE(Charts::moneyScale(25000000, Currency {}).divisor, 100000.0);
    }

    void demandMarksOverloads()
    {
        // Pin two initiatives needing the whole team into the same quarter: an overload.
        PlanContent plan = samplePlan();
        const Resource *team = nullptr;
        for (const Resource &r : plan.resources)
            if (r.kind == ResourceKind::Team)
                team = &r;
        QVERIFY(team);
        int pinned = 0;
        for (Initiative &i : plan.initiatives) {
            if (pinned < 2 && i.status != InitiativeStatus::Done
                && i.status != InitiativeStatus::Dropped) {
                i.pin = plan.info.firstQuarter + 4;
                i.demand.insert(team->id, team->defaultCapacity);
                ++pinned;
            }
        }
        const auto schedule = scheduleOf(plan);
        const PlanAnalysis analysis = analysePlan(plan, *schedule);
        int index = 0;
        for (size_t k = 0; k < analysis.loads.size(); ++k)
            if (analysis.loads[k].resource == team->id)
                index = int(k);
        QVERIFY(analysis.loads[size_t(index)].overloaded(4));
        std::unique_ptr<QChart> chart(
            Charts::make(Charts::Kind::Demand, {plan, analysis, false, testFont(), index}));
        QVERIFY(chart->title().contains(team->name));
        const auto scatter = seriesOf<QScatterSeries>(chart.get());
        QCOMPARE(scatter.size(), 1);
        int overloaded = 0;
        for (int q = 0; q < analysis.quarters; ++q)
            overloaded += analysis.loads[size_t(index)].overloaded(q) ? 1 : 0;
        QCOMPARE(scatter.first()->count(), overloaded);
        QCOMPARE(scatter.first()->at(0).x(), 4.0);
        // Stacked by kind, in FTE.
        const auto bars = seriesOf<QStackedBarSeries>(chart.get());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.first()->count(), 3);
        double fte = 0;
        for (QBarSet *set : bars.first()->barSets())
            fte += set->at(4);
        QCOMPARE(fte, double(analysis.loads[size_t(index)].demand[4]) / 100.0);
    }

    void shareOfSpendAddsUpPerYear()
    {
        const PlanContent plan = samplePlan();
        const auto schedule = scheduleOf(plan);
        const PlanAnalysis analysis = analysePlan(plan, *schedule);
        std::unique_ptr<QChart> chart(
            Charts::make(Charts::Kind::KindShare, {plan, analysis, false, testFont(), 0}));
        const auto bars = seriesOf<QStackedBarSeries>(chart.get());
        QCOMPARE(bars.size(), 1);
        const int years = bars.first()->barSets().first()->count();
        QVERIFY(years >= 3);
        for (int y = 0; y < years; ++y) {
            double sum = 0;
            for (QBarSet *set : bars.first()->barSets())
                sum += set->at(y);
            QVERIFY2(sum >= 98 && sum <= 102, qPrintable(QString::number(sum))); // whole percents
        }
    }

    void viewFollowsTheScheduleAndSelectsFromBubbles()
    {
        Plan plan(samplePlan());
        ChartsView view(plan);
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSchedule(scheduleOf(plan.content()));
        QChartView *portfolio = view.chartView(Charts::Kind::Portfolio);
        QVERIFY(portfolio && portfolio->chart());
        // A click on a bubble selects its initiative.
        QSignalSpy selected(&view, &ChartsView::initiativeSelected);
        const auto bubbles = seriesOf<QScatterSeries>(portfolio->chart());
        QVERIFY(!bubbles.isEmpty());
        QScatterSeries *series = bubbles.first();
        emit series->clicked(series->at(0));
        QCOMPARE(selected.count(), 1);
        const qint64 id = selected.first().first().toLongLong();
        const Initiative *i = plan.initiative(InitiativeId {id});
        QVERIFY(i);
        QCOMPARE(double(i->value), series->at(0).y());

        // The resource choice lists every resource and rebuilds the demand chart.
        QCOMPARE(view.resourceCombo()->count(), int(plan.resources().size()));
        view.resourceCombo()->setCurrentIndex(0);
        QVERIFY(view.chartView(Charts::Kind::Demand)
                    ->chart()
                    ->title()
                    .contains(view.resourceCombo()->itemText(0)));

        // An edit and a new schedule: the charts follow.
        QChart *before = view.chartView(Charts::Kind::GoalSpend)->chart();
        Goal renamed = plan.goals()[1];
        renamed.name = QStringLiteral("Renamed goal");
        plan.updateGoal(renamed);
        view.setSchedule(scheduleOf(plan.content()));
        QVERIFY(view.chartView(Charts::Kind::GoalSpend)->chart() != before);
        auto *categories = qobject_cast<QBarCategoryAxis *>(
            view.chartView(Charts::Kind::GoalSpend)->chart()->axes(Qt::Vertical).first());
        QVERIFY(categories && categories->categories().contains(QStringLiteral("Renamed goal")));
    }

    void savesPngAndSvg()
    {
        Plan plan(samplePlan());
        ChartsView view(plan);
        view.setSchedule(scheduleOf(plan.content()));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("share.png"));
        const QString svg = dir.filePath(QStringLiteral("share.svg"));
        QCOMPARE(view.saveChart(Charts::Kind::KindShare, png), QString());
        QCOMPARE(view.saveChart(Charts::Kind::KindShare, svg), QString());
        QVERIFY(!QImage(png).isNull());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("Run, Grow, Transform"));
        QVERIFY(text.contains("Transform"));
        QVERIFY(!view.saveChart(Charts::Kind::KindShare, QStringLiteral("/nonexistent/x.png"))
                     .isEmpty());
    }

    void emptyPlanChartsHaveAScale_data()
    {
        QTest::addColumn<Charts::Kind>("kind");
        for (Charts::Kind k : Charts::kAll)
            QTest::newRow(qPrintable(Charts::key(k))) << k;
    }
    void emptyPlanChartsHaveAScale()
    {
        // A new plan has nothing to chart yet: no axis may end up with an invalid range.
        QFETCH(Charts::Kind, kind);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("NaN|invalid range")));
        PlanContent plan;
        plan.resources.push_back(
            {ResourceId {1}, QStringLiteral("Team"), ResourceKind::Team, 0, {}, {}});
        const auto schedule = scheduleOf(plan);
        const PlanAnalysis analysis = analysePlan(plan, *schedule);
        std::unique_ptr<QChart> chart(Charts::make(kind, {plan, analysis, false, testFont(), 0}));
        QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        Charts::render(chart.get(), p, QRectF(0, 0, 400, 300));
        for (QAbstractAxis *axis : chart->axes())
            if (auto *v = qobject_cast<QValueAxis *>(axis))
                QVERIFY(std::isfinite(v->max()) && v->max() > v->min());
    }

    void darkPaletteGivesADarkChart()
    {
        const PlanContent plan = samplePlan();
        const auto schedule = scheduleOf(plan);
        const PlanAnalysis analysis = analysePlan(plan, *schedule);
        std::unique_ptr<QChart> dark(
            Charts::make(Charts::Kind::RunCost, {plan, analysis, true, testFont(), 0}));
        std::unique_ptr<QChart> light(
            Charts::make(Charts::Kind::RunCost, {plan, analysis, false, testFont(), 0}));
        QVERIFY(dark->backgroundBrush().color().lightness() < 100);
        QVERIFY(light->backgroundBrush().color().lightness() > 200);
        QVERIFY(dark->titleBrush().color().lightness() > 180);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
