#include "app/mainwindow.h"
#include "app/render/roadmapimage.h"
#include "app/report/reportcomposer.h"
#include "app/report/reportdialog.h"
#include "core/schedule/planscheduler.h"
#include "core/session/liveschedule.h"
#include "core/store/sampleplan.h"
#include "tests/app/scriptedinteraction.h"
#include "tests/bench/generateplan.h"

#include <QCheckBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn;

namespace {
PlanSchedule scheduleOf(const PlanContent &plan)
{
    SchedulerOptions o;
    o.improve = false;
    return schedulePlan(plan, o);
}

QString tool(const char *name, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QString::fromLatin1(name), args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Page sizes in points as pdfinfo reports them, rounded.
QSize pdfPageSize(const QString &path)
{
    static const QRegularExpression re(QStringLiteral(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)"));
    const auto m = re.match(tool("pdfinfo", {path}));
    return m.hasMatch() ? QSize(qRound(m.captured(1).toDouble()), qRound(m.captured(2).toDouble()))
                        : QSize();
}

// The text of one page (numbered from 1), words in reading order, white space simplified.
QString pageText(const QString &path, int page)
{
    const QString n = QString::number(page);
    return tool("pdftotext",
        {QStringLiteral("-f"), n, QStringLiteral("-l"), n, QStringLiteral("-raw"), path,
            QStringLiteral("-")})
        .simplified();
}

RoadmapOptions screenOptions(const ReportOptions &report)
{
    RoadmapOptions o;
    o.font = RoadmapSheet::exportFont(12);
    o.colourBy = report.colourBy;
    o.laneBy = report.laneBy;
    return o;
}

int pdfPages(const QString &path)
{
    static const QRegularExpression re(QStringLiteral(R"(Pages:\s+(\d+))"));
    return re.match(tool("pdfinfo", {path})).captured(1).toInt();
}
} // namespace

class TestReport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(
            true); // the dialog remembers options: not in the user's settings
        QSettings().clear();
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed (packaging/install-deps.sh installs it)");
    }

    void pageSizeAndOrientation_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<QSize>("points");
        QTest::newRow("A4 landscape") << int(QPageSize::A4) << true << QSize(842, 595);
        QTest::newRow("A4 portrait") << int(QPageSize::A4) << false << QSize(595, 842);
        QTest::newRow("A3 landscape") << int(QPageSize::A3) << true << QSize(1191, 842);
        QTest::newRow("Letter landscape") << int(QPageSize::Letter) << true << QSize(792, 612);
        QTest::newRow("Tabloid portrait") << int(QPageSize::Tabloid) << false << QSize(792, 1224);
    }
    void pageSizeAndOrientation()
    {
        QFETCH(int, size);
        QFETCH(bool, landscape);
        QFETCH(QSize, points);
        const PlanContent plan = samplePlan();
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.pageSize = QPageSize::PageSizeId(size);
        o.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
        o.date = QDate(2027, 5, 15);
        const ReportComposer composer(plan, schedule, o);
        const QString path
            = m_dir.filePath(QStringLiteral("size-%1-%2.pdf").arg(size).arg(landscape));
        QCOMPARE(composer.writePdf(path), QString());
        QCOMPARE(pdfPageSize(path), points);
        QCOMPARE(pdfPages(path), composer.pageCount());
        QVERIFY(composer.pageCount() >= 8);
    }

    void sectionsChooseThePages()
    {
        const PlanContent plan = samplePlan();
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions cover;
        cover.sections = ReportOptions::Cover;
        QCOMPARE(ReportComposer(plan, schedule, cover).pageCount(), 1);
        ReportOptions charts;
        charts.sections = ReportOptions::Charts;
        const ReportComposer c(plan, schedule, charts);
        QCOMPARE(c.pageCount(), 2); // 3 demand charts and 5 others, four to a page
        for (int n = 0; n < c.pageCount(); ++n)
            QCOMPARE(c.pageSection(n), QStringLiteral("charts"));
        ReportOptions all;
        const ReportComposer everything(plan, schedule, all);
        int sum = 0;
        for (ReportOptions::Section s : ReportOptions::allSections()) {
            ReportOptions one;
            one.sections = s;
            sum += ReportComposer(plan, schedule, one).pageCount();
        }
        QCOMPARE(everything.pageCount(), sum);
        QCOMPARE(ReportOptions::sectionFromKey(u"Initiatives"),
            std::optional(ReportOptions::Initiatives));
        QVERIFY(!ReportOptions::sectionFromKey(u"appendix"));
    }

    void textFontsAndNoImages()
    {
        const PlanContent plan = samplePlan();
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.date = QDate(2027, 5, 15);
        const ReportComposer composer(plan, schedule, o);
        const QString path = m_dir.filePath(QStringLiteral("sample.pdf"));
        QCOMPARE(composer.writePdf(path), QString());
        // Every scheduled initiative's name is in the text (selectable, not drawn as shapes).
        const QString text
            = tool("pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")}).simplified();
        for (const InitiativeSchedule &s : schedule.initiatives)
            if (s.start) {
                const QString name = plan.initiative(s.id)->name;
                QVERIFY2(text.contains(name), qPrintable(name));
            }
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(composer.pageCount())));
        // Every font embedded.
        const QStringList fonts
            = tool("pdffonts", {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &line : fonts)
            QVERIFY2(
                line.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(4) == QLatin1String("yes")
                    || line.contains(QStringLiteral(" yes ")),
                qPrintable(line));
        // Vector only: no raster images.
        const QStringList images = tool("pdfimages", {QStringLiteral("-list"), path})
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the header lines only
    }

    void summaryNamesAMissedDeadline()
    {
        // An explicit deadline that cannot be met is a key risk (ends of support are listed per
        // system; this one is not about a system).
        PlanContent plan = samplePlan();
        Initiative *target = nullptr;
        for (Initiative &i : plan.initiatives)
            if (i.name == QLatin1String("Sales and margin reporting in Power BI"))
                target = &i;
        QVERIFY(target);
        target->deadline = plan.info.firstQuarter;
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.sections = ReportOptions::Summary;
        const QString path = m_dir.filePath(QStringLiteral("deadline.pdf"));
        QCOMPARE(ReportComposer(plan, schedule, o).writePdf(path), QString());
        const QString text
            = tool("pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")}).simplified();
        QVERIFY2(text.contains(QStringLiteral("after its deadline")), qPrintable(text.right(1500)));
    }

    void laneTitlesCountTheLaneNotThePage()
    {
        // A page of some quarters says how many initiatives a lane holds on the whole roadmap
        // (what the screen says), and an empty lane says why: nothing serves the goal, or its
        // initiatives fall on the other pages.
        const PlanContent plan = samplePlan();
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.date = QDate(2027, 5, 15);
        o.sections = ReportOptions::Roadmap;
        o.quartersPerPage = 4; // several pages across: most lanes miss some of them
        const ReportComposer composer(plan, schedule, o);
        RoadmapLayoutEngine engine;
        const RoadmapLayout screen = engine.layout(plan, schedule, screenOptions(o));
        QHash<QString, int> onScreen;
        for (const RoadmapLane &lane : screen.lanes)
            onScreen.insert(lane.key, lane.count);
        const QString path = m_dir.filePath(QStringLiteral("lane-counts.pdf"));
        QCOMPARE(composer.writePdf(path), QString());
        int emptyGoalsShown = 0;
        QVERIFY(composer.timelinePages().size() > 2);
        for (const ReportComposer::TimelinePage &page : composer.timelinePages()) {
            for (const RoadmapLane &lane : page.layout->lanes) {
                QCOMPARE(lane.count, onScreen.value(lane.key));
                const bool onPage = lane.top < page.bottom && lane.top + lane.height > page.top;
                if (onPage && lane.count == 0 && lane.alsoServing == 0)
                    ++emptyGoalsShown;
            }
        }
        // The sample's vision serves no initiative of its own; no other lane may say so.
        QVERIFY(emptyGoalsShown > 0);
        int said = 0;
        for (int n = 1; n <= composer.pageCount(); ++n)
            said += pageText(path, n).count(QStringLiteral("No initiatives serve this goal yet"));
        QCOMPARE(said, emptyGoalsShown);
    }

    void summaryCountsWhatTheScreenShows()
    {
        const PlanContent plan = samplePlan();
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.sections = ReportOptions::Summary;
        const QString path = m_dir.filePath(QStringLiteral("summary-counts.pdf"));
        QCOMPARE(ReportComposer(plan, schedule, o).writePdf(path), QString());
        const QString text
            = tool("pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")}).simplified();
        RoadmapLayoutEngine engine;
        const RoadmapLayout screen = engine.layout(plan, schedule, screenOptions(o));
        int checked = 0;
        for (const RoadmapLane &lane : screen.lanes) {
            if (lane.count == 0)
                continue;
            const QString says = QStringLiteral("%1 — %2").arg(lane.title,
                QCoreApplication::translate(
                    "Cairn::Report", "%n initiative(s)", nullptr, lane.count));
            QVERIFY2(text.contains(says), qPrintable(says));
            ++checked;
        }
        QCOMPARE(checked, 7); // every goal of the sample but its vision
    }

    void continuedLaneSaysSo()
    {
        // A lane too tall for one page goes on over the next: the first part says that it
        // continues, the next part's title that it is continued.
        Bench::GenerateOptions g;
        g.initiatives = 300;
        g.horizon = 20;
        const PlanContent plan = Bench::generateRoadmap(g);
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.sections = ReportOptions::Roadmap;
        const ReportComposer composer(plan, schedule, o);
        const QString path = m_dir.filePath(QStringLiteral("continued.pdf"));
        QCOMPARE(composer.writePdf(path), QString());
        const auto &pages = composer.timelinePages();
        int cut = 0;
        for (size_t n = 0; n + 1 < pages.size(); ++n) {
            for (const RoadmapLane &lane : pages[n].layout->lanes) {
                if (!(lane.top < pages[n].bottom - 1
                        && lane.top + lane.height > pages[n].bottom + 1))
                    continue;
                ++cut;
                QCOMPARE(pages[n + 1].layout, pages[n].layout); // the same quarters go on
                QVERIFY(pageText(path, pages[n].page + 1)
                            .contains(QStringLiteral("continued on the next page")));
                QVERIFY(
                    pageText(path, pages[n + 1].page + 1).contains(QStringLiteral("(continued)")));
            }
        }
        QVERIFY(cut > 0);
    }

    void pdfAIsMarked()
    {
        const PlanContent plan = samplePlan();
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.pdfA = true;
        o.sections = ReportOptions::Cover | ReportOptions::Roadmap;
        const QString path = m_dir.filePath(QStringLiteral("archive.pdf"));
        QCOMPARE(ReportComposer(plan, schedule, o).writePdf(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("pdfaid:part"));
    }

    void longPlanPaginatesWithoutCuttingBars_data()
    {
        QTest::addColumn<int>("quartersPerPage");
        QTest::newRow("fit two pages wide") << 0;
        QTest::newRow("four quarters a page") << 4;
    }
    void longPlanPaginatesWithoutCuttingBars()
    {
        QFETCH(int, quartersPerPage);
        Bench::GenerateOptions g;
        g.initiatives = 300;
        g.horizon = 20;
        const PlanContent plan = Bench::generateRoadmap(g);
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.sections = ReportOptions::Roadmap;
        o.quartersPerPage = quartersPerPage;
        const ReportComposer composer(plan, schedule, o);
        QVERIFY(composer.pageCount() > 4);
        QCOMPARE(int(composer.timelinePages().size()) <= composer.pageCount(), true);
        QSet<qint64> shown;
        for (const ReportComposer::TimelinePage &page : composer.timelinePages()) {
            QVERIFY(page.bottom > page.top);
            for (const RoadmapBar &b : page.layout->bars) {
                const bool meets = b.rect.bottom() > page.top && b.rect.top() < page.bottom;
                if (!meets)
                    continue;
                // A bar on a page is wholly on it, label included.
                QVERIFY(b.rect.top() >= page.top - 0.01 && b.rect.bottom() <= page.bottom + 0.01);
                QVERIFY(b.labelRect.left() >= -0.01
                    && b.labelRect.right() <= page.layout->bodyWidth() + 0.01);
                shown.insert(b.id.value);
            }
        }
        // Every scheduled initiative appears on some page.
        for (const InitiativeSchedule &s : schedule.initiatives)
            if (s.start)
                QVERIFY(shown.contains(s.id.value));
        // Page breaks fall on quarter boundaries: each page shows whole quarters.
        for (const ReportComposer::TimelinePage &page : composer.timelinePages())
            QCOMPARE(std::fmod(page.layout->bodyWidth(), page.layout->options.quarterWidth), 0.0);
    }

    void dialogPreviewsAndExports()
    {
        ScriptedInteraction script;
        MainWindow w;
        w.setInteraction(&script);
        w.newPlan(true);
        QSignalSpy scheduled(w.liveSchedule(), &LiveSchedule::updated);
        QVERIFY(scheduled.wait(5000));
        bool ran = false;
        const QString path = m_dir.filePath(QStringLiteral("dialog.pdf"));
        const auto steer = [&](ReportDialog &dialog) {
            ran = true;
            const int all = dialog.pageCount();
            QVERIFY(all >= 8);
            // Leaving out the tables shortens the report at once.
            dialog.findChild<QCheckBox *>(QStringLiteral("section-initiatives"))->setChecked(false);
            dialog.findChild<QCheckBox *>(QStringLiteral("section-systems"))->setChecked(false);
            QVERIFY(dialog.pageCount() < all);
            QVERIFY(!(dialog.options().sections & ReportOptions::Initiatives));
            QCOMPARE(dialog.exportTo(path), QString());
            QCOMPARE(pdfPages(path), dialog.pageCount());
            // With no section at all there is nothing to export.
            ReportOptions none;
            none.sections = 0;
            dialog.setOptions(none);
            QCOMPARE(dialog.pageCount(), 0);
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("exportPdf"))->isEnabled());
            QVERIFY(!dialog.exportTo(m_dir.filePath(QStringLiteral("empty.pdf"))).isEmpty());
            QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("empty.pdf"))));
        };
        script.onRun = [&](QDialog &dialog) {
            steer(static_cast<ReportDialog &>(dialog));
            return int(QDialog::Accepted);
        };
        w.exportReport();
        QVERIFY(ran);
        QVERIFY(QFile::exists(path));
    }

    void unwritablePathSaysSo()
    {
        const PlanContent plan = samplePlan();
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.sections = ReportOptions::Cover;
        const QString error
            = ReportComposer(plan, schedule, o).writePdf(QStringLiteral("/nonexistent/report.pdf"));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/report.pdf")));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
