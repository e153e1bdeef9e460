#include "app/dialogs/logoeditor.h"
#include "app/dialogs/plansettingsdialog.h"
#include "app/mainwindow.h"
#include "app/render/roadmapimage.h"
#include "app/render/textfit.h"
#include "app/report/reportcomposer.h"
#include "app/report/reportdialog.h"
#include "app/views/gaplabel.h"
#include "core/domain/fieldvalue.h"
#include "core/schedule/planscheduler.h"
#include "core/session/liveschedule.h"
#include "core/store/sampleplan.h"
#include "tests/app/scriptedinteraction.h"
#include "tests/bench/generateplan.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QFontMetricsF>
#include <QLineEdit>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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

// A word on a page and its box in points, as pdftotext -bbox finds it.
struct Word {
    QString text;
    QRectF box;
};

// The words of every page, in the PDF's own order.
std::vector<std::vector<Word>> pageWords(const QString &path)
{
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>)re"));
    std::vector<std::vector<Word>> pages;
    const QString html = tool("pdftotext", {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    for (const QString &page : html.split(QStringLiteral("<page ")).mid(1)) {
        pages.emplace_back();
        for (auto it = word.globalMatch(page); it.hasNext();) {
            const auto m = it.next();
            const QPointF from(m.captured(1).toDouble(), m.captured(2).toDouble());
            const QPointF to(m.captured(3).toDouble(), m.captured(4).toDouble());
            pages.back().push_back({m.captured(5), QRectF(from, to)});
        }
    }
    return pages;
}

// Pairs of words on one line that overlap: words that run into each other, or text drawn under
// text (a PDF's text is not clipped, so hidden overflow shows here too).
QStringList overlappingWords(const std::vector<Word> &words)
{
    QStringList found;
    for (size_t a = 0; a < words.size(); ++a)
        for (size_t b = a + 1; b < words.size(); ++b) {
            const QRectF &x = words[a].box, &y = words[b].box;
            const qreal sameLine = std::min(x.bottom(), y.bottom()) - std::max(x.top(), y.top());
            const qreal across = std::min(x.right(), y.right()) - std::max(x.left(), y.left());
            if (sameLine > 0.5 * std::min(x.height(), y.height()) && across > 0.5)
                found << QStringLiteral("“%1” and “%2” at %3,%4")
                             .arg(words[a].text, words[b].text)
                             .arg(x.left())
                             .arg(x.top());
        }
    return found;
}

// The program's translation into a language, installed while it lives.
struct Language {
    QTranslator translator;
    explicit Language(const QString &code)
    {
        QLocale::setDefault(QLocale(code));
        if (code != QLatin1String("en")
            && translator.load(QStringLiteral("cairn_") + code, QStringLiteral(CAIRN_QM_DIR)))
            QCoreApplication::installTranslator(&translator);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    bool loaded() const { return !translator.isEmpty(); }
};

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

    // Writes the executive summary of `plan` alone to `file` in the test's folder; its text
    // (one line) into `text`. Returns the writer's error, empty when written.
    QString writeSummary(const PlanContent &plan, const PlanSchedule &schedule, const QString &file,
        QString *text, std::optional<ScheduleBound> bound = {})
    {
        ReportOptions o;
        o.sections = ReportOptions::Summary;
        o.bound = bound;
        const QString path = m_dir.filePath(file);
        const QString error = ReportComposer(plan, schedule, o).writePdf(path);
        *text = tool("pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")}).simplified();
        return error;
    }

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
        QString text;
        QCOMPARE(writeSummary(plan, schedule, QStringLiteral("deadline.pdf"), &text), QString());
        QVERIFY2(text.contains(QStringLiteral("after its deadline")), qPrintable(text.right(1500)));
    }

    void summarySaysHowNearTheBest_data()
    {
        QTest::addColumn<int>("method"); // ScheduleBound::Method; None: no bound known
        QTest::addColumn<bool>("proven");
        QTest::addColumn<double>("gap");
        QTest::addColumn<QString>("says");
        using M = ScheduleBound::Method;
        QTest::addRow("no bound") << int(M::None) << false << 0.0 << QString();
        QTest::addRow("a relaxation's bound")
            << int(M::LinearRelaxation) << false << 0.43
            << QStringLiteral("Within 0.4 % of the best possible schedule.");
        QTest::addRow("a wide gap") << int(M::Combinatorial) << false << 11.4
                                    << QStringLiteral("Within 11 % of the best possible schedule.");
        QTest::addRow("proven optimal")
            << int(M::BranchAndBound) << true << 0.0
            << QStringLiteral("The best possible schedule (proven optimal).");
    }
    void summarySaysHowNearTheBest()
    {
        // Issue 20: the gap is shown where users look, the PDF summary too: after the overview's
        // first sentences, in the words of the status bar.
        QFETCH(int, method);
        QFETCH(bool, proven);
        QFETCH(double, gap);
        QFETCH(QString, says);
        const PlanContent plan = samplePlan();
        const PlanSchedule schedule = scheduleOf(plan);
        ScheduleBound bound;
        bound.method = ScheduleBound::Method(method);
        bound.proven = proven;
        bound.gapPercent = gap;
        QString text;
        QCOMPARE(writeSummary(plan, schedule, QStringLiteral("gap.pdf"), &text, bound), QString());
        const qsizetype overview = text.indexOf(QStringLiteral("transforms it (Transform)."));
        QVERIFY2(overview >= 0, qPrintable(text.left(400)));
        const qsizetype goals = text.indexOf(QStringLiteral("Goals and the initiatives"));
        const QString between = text.mid(overview, goals - overview);
        if (says.isEmpty()) {
            QVERIFY2(!text.contains(QStringLiteral("best possible")), qPrintable(between));
        } else {
            QVERIFY2(between.contains(says), qPrintable(between));
        }
    }

    void summarySaysWhenTheWorkEnds()
    {
        // The summary's first sentence runs to the schedule's last quarter when the work goes on
        // past the plan's horizon (it said the plan's last quarter).
        PlanContent plan = samplePlan();
        plan.info.horizon = 8;
        const PlanSchedule schedule = scheduleOf(plan);
        const Quarter last = plan.info.firstQuarter + (schedule.result.makespan - 1);
        QVERIFY(last > plan.info.lastQuarter());
        QString text;
        QCOMPARE(writeSummary(plan, schedule, QStringLiteral("summary-end.pdf"), &text), QString());
        const QString says = QStringLiteral("from %1 to %2")
                                 .arg(plan.info.firstQuarter.label(plan.info.quarterStyle()),
                                     last.label(plan.info.quarterStyle()));
        QVERIFY2(text.contains(says), qPrintable(says + QStringLiteral(" | ") + text.left(300)));
    }

    void spendByYearIsInWholeUnits()
    {
        // A cost spread over quarters it does not divide evenly (100,000 over three quarters
        // across a year's end) shows in whole units in the summary's spend by year, as the rest
        // of the summary does (the table said 33,333.33 and 66,666.67).
        PlanContent plan = samplePlan();
        Initiative *target = nullptr;
        for (Initiative &i : plan.initiatives)
            if (!target && i.duration == 3)
                target = &i;
        QVERIFY(target);
        const qint64 unit = plan.info.currency.minorPerMajor();
        target->cost = Money(100'000 * unit);
        target->pin = plan.info.firstQuarter + (4 - plan.info.firstQuarter.quarter());
        const PlanSchedule schedule = scheduleOf(plan);
        bool uneven = false;
        for (const YearSpend &y : analysePlan(plan, schedule).spendByYearAndKind())
            for (qint64 v : y.byKind)
                uneven = uneven || v % unit != 0;
        QVERIFY(uneven); // what the table shows
        QString text;
        QCOMPARE(
            writeSummary(plan, schedule, QStringLiteral("spend-by-year.pdf"), &text), QString());
        const qsizetype table = text.indexOf(QStringLiteral("Spend by year"));
        QVERIFY(table >= 0);
        const QRegularExpression cents(QStringLiteral("\\d[.,]\\d\\d(?!\\d)"));
        const QString spend = text.mid(table, text.indexOf(QStringLiteral("Key risks")) - table);
        QVERIFY2(!spend.contains(cents), qPrintable(spend));
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
        QString text;
        QCOMPARE(
            writeSummary(plan, schedule, QStringLiteral("summary-counts.pdf"), &text), QString());
        RoadmapLayoutEngine engine;
        const RoadmapLayout screen = engine.layout(plan, schedule, screenOptions(ReportOptions()));
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

    void onePageNamesEveryInitiative_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("landscape");
        QTest::newRow("A4 landscape") << int(QPageSize::A4) << true;
        QTest::newRow("A4 portrait") << int(QPageSize::A4) << false;
        QTest::newRow("A3 landscape") << int(QPageSize::A3) << true;
        QTest::newRow("A3 portrait") << int(QPageSize::A3) << false;
    }
    void onePageNamesEveryInitiative()
    {
        // Right after the summary, one page holds the whole horizon: every scheduled initiative
        // by its full name, on its bar or in the page's key.
        QFETCH(int, size);
        QFETCH(bool, landscape);
        const PlanContent plan = samplePlan();
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.pageSize = QPageSize::PageSizeId(size);
        o.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
        o.date = QDate(2027, 5, 15);
        const ReportComposer composer(plan, schedule, o);
        const QString path
            = m_dir.filePath(QStringLiteral("whole-%1-%2.pdf").arg(size).arg(landscape));
        QCOMPARE(composer.writePdf(path), QString());
        int overview = -1;
        for (const ReportComposer::TimelinePage &page : composer.timelinePages())
            if (page.overview) {
                QCOMPARE(overview, -1);
                overview = page.page;
                QCOMPARE(page.top, 0.0);
                QCOMPARE(page.bottom, page.layout->bodyHeight); // the whole body
            }
        QVERIFY(overview >= 0);
        QCOMPARE(composer.pageSection(overview - 1), QStringLiteral("summary"));
        const QString text = pageText(path, overview + 1);
        int named = 0;
        for (const InitiativeSchedule &s : schedule.initiatives)
            if (s.start) {
                const QString name = plan.initiative(s.id)->name;
                QVERIFY2(text.contains(name), qPrintable(name));
                ++named;
            }
        QCOMPARE(named, 35);
    }

    void pagesHaveNoOverlappingWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("landscape");
        for (const char *language : {"en", "de", "fr", "es"})
            for (const auto &[size, name] :
                {std::pair(int(QPageSize::A4), "A4"), std::pair(int(QPageSize::A3), "A3")})
                for (bool landscape : {true, false})
                    QTest::addRow("%s %s %s", language, name, landscape ? "landscape" : "portrait")
                        << QString::fromLatin1(language) << size << landscape;
    }
    void pagesHaveNoOverlappingWords()
    {
        // No two words on one line overlap on any page of the roadmap, the cover, the summary or
        // the tables, in any language: labels keep apart and nothing overflows its box.
        QFETCH(QString, language);
        QFETCH(int, size);
        QFETCH(bool, landscape);
        const Language lang(language);
        QVERIFY(language == QLatin1String("en") || lang.loaded());
        const PlanContent plan = samplePlan();
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.pageSize = QPageSize::PageSizeId(size);
        o.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
        o.date = QDate(2027, 5, 15);
        const ReportComposer composer(plan, schedule, o);
        const QString path = m_dir.filePath(QStringLiteral("words.pdf"));
        QCOMPARE(composer.writePdf(path), QString());
        const auto pages = pageWords(path);
        QCOMPARE(int(pages.size()), composer.pageCount());
        int roadmapPages = 0;
        for (int n = 0; n < composer.pageCount(); ++n) {
            if (composer.pageSection(n) == QLatin1String("charts"))
                continue; // drawn by Qt Charts
            roadmapPages += composer.pageSection(n) == QLatin1String("roadmap") ? 1 : 0;
            const QStringList overlaps = overlappingWords(pages[size_t(n)]);
            QVERIFY2(overlaps.isEmpty(),
                qPrintable(QStringLiteral("page %1 (%2): %3")
                               .arg(n + 1)
                               .arg(composer.pageSection(n), overlaps.join(QStringLiteral("; ")))));
        }
        QVERIFY(roadmapPages >= 1);
    }

    void coverCardsHoldTheirLabels_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void coverCardsHoldTheirLabels()
    {
        // "Systeme in der Landschaft" was cut at its card's edge: every word of the key figures
        // now stays inside its card, and the title keeps its range of years on one line.
        QFETCH(QString, language);
        const Language lang(language);
        PlanContent plan = samplePlan();
        plan.info.name = QStringLiteral("Brightwater Outdoor — IT strategy and roadmap 2027–2029");
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.sections = ReportOptions::Cover;
        o.orientation = QPageLayout::Portrait;
        const ReportComposer composer(plan, schedule, o);
        const QString path = m_dir.filePath(QStringLiteral("cover.pdf"));
        QCOMPARE(composer.writePdf(path), QString());
        const std::vector<Word> words = pageWords(path).at(0);
        QVERIFY(overlappingWords(words).isEmpty());
        // The cards' band: from the figure of systems down to the cards' labels.
        const QString systems = QString::number(plan.systems.size());
        const auto figure = std::find_if(
            words.begin(), words.end(), [&](const Word &w) { return w.text == systems; });
        QVERIFY(figure != words.end());
        const qreal top = figure->box.top() - 4;
        const qreal bottom = figure->box.top() + 80;
        // Cards as the cover draws them, in points: five across the width inside the margins.
        const QSizeF page = composer.pageLayout().fullRect(QPageLayout::Point).size();
        const qreal margin = 40 * 0.75, cardW = (page.width() - 2 * margin) / 5;
        int inCards = 0;
        for (const Word &w : words) {
            if (w.box.top() < top || w.box.top() > bottom)
                continue;
            const int card = int((w.box.left() - margin) / cardW);
            QVERIFY2(card >= 0 && card < 5, qPrintable(w.text));
            const qreal right = margin + card * cardW + cardW - 16 * 0.75;
            QVERIFY2(w.box.right() <= right + 0.5, qPrintable(w.text));
            ++inCards;
        }
        QVERIFY(inCards >= 10);
        // The title's years on one line.
        const auto years = std::find_if(words.begin(), words.end(),
            [](const Word &w) { return w.text.startsWith(QLatin1String("2027")); });
        QVERIFY(years != words.end());
        QCOMPARE(years->text, QStringLiteral("2027–2029"));
    }

    void tablesKeepTheirHeaderWithThreeRows_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("landscape");
        QTest::newRow("A4 landscape") << int(QPageSize::A4) << true;
        QTest::newRow("A4 portrait") << int(QPageSize::A4) << false;
        QTest::newRow("A3 landscape") << int(QPageSize::A3) << true;
        QTest::newRow("A3 portrait") << int(QPageSize::A3) << false;
        QTest::newRow("Letter landscape") << int(QPageSize::Letter) << true;
    }
    void tablesKeepTheirHeaderWithThreeRows()
    {
        // Every page of a table begins with its header, and holds at least three of its rows (or
        // all, when it has fewer): the spend by year no longer breaks after its first row.
        QFETCH(int, size);
        QFETCH(bool, landscape);
        const PlanContent plan = samplePlan();
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.pageSize = QPageSize::PageSizeId(size);
        o.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
        const ReportComposer composer(plan, schedule, o);
        QSet<int> tables;
        for (const ReportComposer::TablePart &part : composer.tableParts()) {
            tables.insert(part.table);
            const QString where = QStringLiteral("page %1, rows %2 to %3 of %4")
                                      .arg(part.page + 1)
                                      .arg(part.firstRow + 1)
                                      .arg(part.firstRow + part.rows)
                                      .arg(part.tableRows);
            QVERIFY2(part.hasHeader, qPrintable(where));
            QVERIFY2(part.rows >= std::min(3, part.tableRows), qPrintable(where));
        }
        QCOMPARE(tables.size(), 3); // spend by year, initiatives, systems
    }

    void pdfAIsMarked()
    {
        const PlanContent plan = samplePlan();
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.pdfA = true;
        const QString path = m_dir.filePath(QStringLiteral("archive.pdf"));
        QCOMPARE(ReportComposer(plan, schedule, o).writePdf(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // The PDF/A identification, title and producer in the XMP metadata, and the sRGB output
        // intent that PDF/A-1 asks for.
        QVERIFY(bytes.contains("pdfaid:part=\"1\""));
        QVERIFY(bytes.contains("pdfaid:conformance=\"B\""));
        QVERIFY(bytes.contains(plan.info.name.toUtf8()));
        QVERIFY(bytes.contains("xmp:CreatorTool=\"Cairn"));
        QVERIFY(bytes.contains("/GTS_PDFA1"));
        // An independent structural check of the whole file.
        if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty())
            QSKIP("qpdf is not installed (packaging/install-deps.sh installs it)");
        int exitCode = -1;
        const QString check = tool("qpdf", {QStringLiteral("--check"), path}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(check));
        QVERIFY(check.contains(QStringLiteral("No syntax or stream encoding errors")));
    }

    // The organisation's logo (PNG or SVG) on the cover and in every footer, the organisation
    // named in every footer, the marking on every page; PDF/A stays clean with a logo that has
    // transparency.
    void brandingOnCoverAndEveryFooter_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("pdfA");
        QTest::newRow("png") << QStringLiteral("png") << false;
        QTest::newRow("png with alpha, PDF/A") << QStringLiteral("png") << true;
        QTest::newRow("svg") << QStringLiteral("svg") << false;
        QTest::newRow("svg, PDF/A") << QStringLiteral("svg") << true;
    }
    void brandingOnCoverAndEveryFooter()
    {
        QFETCH(QString, format);
        QFETCH(bool, pdfA);
        const QColor green(0xff, 0x00, 0xff); // a colour the report uses nowhere else
        QByteArray bytes;
        if (format == QLatin1String("png")) {
            QImage image(300, 100, QImage::Format_ARGB32);
            image.fill(Qt::transparent);
            QPainter(&image).fillRect(QRect(0, 0, 300, 100), green);
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(image.save(&buffer, "PNG"));
        } else {
            bytes = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 300 100'>"
                    "<rect width='300' height='100' fill='#ff00ff' fill-opacity='0.999'/></svg>";
        }
        PlanContent plan = samplePlan();
        plan.info.logo = *pictureDataUrl(bytes);
        plan.info.marking = QStringLiteral("Confidential");
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.pdfA = pdfA;
        o.sections = ReportOptions::Cover | ReportOptions::Summary | ReportOptions::Legend;
        const ReportComposer composer(plan, schedule, o);
        const QString path = m_dir.filePath(QStringLiteral("branded-%1.pdf").arg(format));
        QCOMPARE(composer.writePdf(path), QString());
        for (int page = 1; page <= composer.pageCount(); ++page) {
            const QString text = pageText(path, page);
            QVERIFY2(text.contains(QStringLiteral("Confidential")), qPrintable(text));
            QVERIFY2(text.contains(plan.info.organisation), qPrintable(text));
        }
        // The logo's colour: at the top right of the cover and at the left of every footer.
        QTemporaryDir pngs;
        tool("pdftoppm",
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("48"), path,
                pngs.filePath(QStringLiteral("page"))});
        const QStringList pages = QDir(pngs.path()).entryList({QStringLiteral("page*.png")});
        QCOMPARE(int(pages.size()), composer.pageCount());
        auto greenIn = [&green](const QImage &image, const QRect &area) {
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (std::abs(c.red() - green.red()) + std::abs(c.green() - green.green())
                            + std::abs(c.blue() - green.blue())
                        < 30)
                        return true;
                }
            return false;
        };
        for (int k = 0; k < pages.size(); ++k) {
            const QImage image(pngs.filePath(pages[k]));
            QVERIFY(!image.isNull());
            const int w = image.width(), h = image.height();
            QVERIFY2(greenIn(image, QRect(0, h * 9 / 10, w / 5, h / 10)), qPrintable(pages[k]));
            if (k == 0)
                QVERIFY(greenIn(image, QRect(w * 2 / 3, 0, w / 3, h / 5)));
            QVERIFY(!greenIn(image, QRect(w / 3, h / 4, w / 3, h / 2)));
        }
        if (!pdfA || QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty())
            return;
        int exitCode = -1;
        const QString check = tool("qpdf", {QStringLiteral("--check"), path}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(check));
        // No image with a soft mask (transparency) in a PDF/A-1 file ("/SMask /None" in a
        // graphics state says there is none).
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString pdf = QString::fromLatin1(f.readAll());
        QVERIFY(!pdf.contains(QRegularExpression(QStringLiteral(R"(/SMask\s+\d+\s+\d+\s+R)"))));
        QVERIFY(pdf.contains(QStringLiteral("/Subtype /Image"))
            || pdf.contains(QStringLiteral("/Subtype/Image"))); // the logo is there, as pixels
    }

    // Plan Settings take a logo from a PNG or SVG file, refuse anything else by name and keep
    // the logo as it was; Remove takes it away.
    void planSettingsTakeALogo()
    {
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("logo.svg"));
        const QString text = dir.filePath(QStringLiteral("logo.png"));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version='1.0'?>\n<svg xmlns='http://www.w3.org/2000/svg' width='60' "
                "height='20'><circle cx='10' cy='10' r='8' fill='#a00'/></svg>\n");
        f.close();
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("not a picture, whatever its name says");
        t.close();

        PlanInfo info = samplePlan().info;
        PlanSettingsDialog dialog(info);
        auto *logo = qobject_cast<LogoEditor *>(dialog.editor(u"logo"));
        QVERIFY(logo);
        QVERIFY(logo->dataUrl().isEmpty());
        QSignalSpy changed(logo, &LogoEditor::changed);
        logo->setFileChooser([&svg] { return svg; });
        QTest::mouseClick(logo->findChildren<QPushButton *>().at(0), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QVERIFY(logo->dataUrl().startsWith(QStringLiteral("data:image/svg+xml;base64,")));
        const QString chosen = logo->dataUrl();
        const QString why = logo->setFile(text);
        QVERIFY2(why.contains(QStringLiteral("logo.png")) && why.contains(QStringLiteral("PNG")),
            qPrintable(why));
        QCOMPARE(logo->dataUrl(), chosen); // unchanged
        QCOMPARE(changed.count(), 1);
        QVERIFY(logo->setFile(dir.filePath(QStringLiteral("missing.png")))
                    .contains(QStringLiteral("missing.png")));
        static_cast<QLineEdit *>(dialog.editor(u"marking"))
            ->setText(QStringLiteral("Confidential"));
        const auto settings = dialog.settings();
        QVERIFY2(settings, qPrintable(dialog.error()));
        QCOMPARE(settings->logo, chosen);
        QCOMPARE(settings->marking, QStringLiteral("Confidential"));
        logo->clear();
        QCOMPARE(changed.count(), 2);
        QVERIFY(dialog.settings()->logo.isEmpty());
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

    // An initiative of two billion quarters (the scheduler clamps it to 1,000): the report shows
    // the horizon and ten years past it on a bounded number of pages, and writes.
    void absurdDurationMakesABoundedReport()
    {
        PlanContent plan = samplePlan();
        for (Initiative &i : plan.initiatives)
            if (!i.pin && i.status == InitiativeStatus::Approved) {
                i.duration = 2'000'000'000;
                break;
            }
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        o.sections = ReportOptions::Roadmap | ReportOptions::Initiatives;
        const ReportComposer composer(plan, schedule, o);
        QVERIFY2(composer.pageCount() < 40, qPrintable(QString::number(composer.pageCount())));
        for (const ReportComposer::TimelinePage &page : composer.timelinePages())
            QVERIFY(page.layout->quarters <= plan.info.horizon + 4 + 40);
        QTemporaryDir dir;
        QCOMPARE(composer.writePdf(dir.filePath(QStringLiteral("long.pdf"))), QString());
    }

    // Hostile text (a name of 400,000 letters, as a mutated file holds) makes a report of
    // bounded size quickly: every row fits on a page, a cut cell ends in an ellipsis. It took
    // minutes, measuring the rest of the name for every line it was broken into.
    void hugeNamesMakeABoundedReport()
    {
        PlanContent plan = samplePlan();
        plan.initiatives[0].name = QString(400'000, QLatin1Char('0'));
        plan.systems[0].name = QString(200'000, QLatin1Char('W'));
        plan.initiatives[1].description = QStringLiteral("word ").repeated(100'000);
        const PlanSchedule schedule = scheduleOf(plan);
        ReportOptions o;
        const ReportComposer composer(plan, schedule, o);
        QVERIFY2(composer.pageCount() < 60, qPrintable(QString::number(composer.pageCount())));
        for (const ReportComposer::TablePart &part : composer.tableParts())
            QVERIFY(part.rows >= 1); // no row left without a page
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.pdf"));
        QCOMPARE(composer.writePdf(path), QString());
        QCOMPARE(pdfPages(path), composer.pageCount());
    }

    // Text wrapped for tables: a word wider than the line is broken as late as it can be, every
    // letter kept; with a most number of lines, the last says that more was cut.
    void wrapWholeBreaksLongWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qreal>("width");
        QTest::newRow("short") << QStringLiteral("Move the webshop") << 400.0;
        QTest::newRow("words") << QStringLiteral("Move the webshop to Shopify Plus ").repeated(20)
                               << 120.0;
        QTest::newRow("one long word") << QString(5'000, QLatin1Char('m')) << 90.0;
        QTest::newRow("mixed letters")
            << QStringLiteral("iiiiWWWW.,;:MMMMllll").repeated(300) << 57.5;
        QTest::newRow("lines and words") << QStringLiteral("Supports\n")
                + QString(900, QLatin1Char('x'))
                + QStringLiteral(" end") << 80.0;
    }
    void wrapWholeBreaksLongWords()
    {
        QFETCH(QString, text);
        QFETCH(qreal, width);
        QFont font;
        font.setPixelSize(12);
        const QFontMetricsF fm(font);
        const QStringList lines = wrapWhole(text, font, width);
        QString words;
        for (const QString &line : lines) {
            QVERIFY2(fm.horizontalAdvance(line) <= width || line.size() == 1, qPrintable(line));
            words += line;
        }
        QString all = text;
        all.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        QCOMPARE(words.remove(QLatin1Char(' ')), all); // every letter kept, in order
        // A broken word's piece takes as much as fits: one letter more would not.
        for (qsizetype n = 0; n + 1 < lines.size(); ++n) {
            const QString &line = lines[n];
            const QString &next = lines[n + 1];
            if (line.contains(QLatin1Char(' ')) || next.isEmpty() || !text.contains(line + next))
                continue;
            QVERIFY2(fm.horizontalAdvance(line + next.front()) > width, qPrintable(line));
        }
        // At most three lines: the third ends in an ellipsis when more was cut.
        const QStringList three = wrapWhole(text, font, width, 3);
        QVERIFY(three.size() <= 3);
        QCOMPARE(three.size() == 3 && lines.size() > 3, three.back().endsWith(QChar(0x2026)));
        for (const QString &line : three)
            QVERIFY2(fm.horizontalAdvance(line) <= width || line.size() <= 2, qPrintable(line));
    }

    // Wrapped into a box: a word wider than the line is elided, however long.
    void wrapLinesElidesAHugeWord()
    {
        QFont font;
        font.setPixelSize(12);
        const QStringList lines
            = wrapLines(QStringLiteral("Replace ") + QString(400'000, QLatin1Char('0')), font, 150);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("Replace"));
        QVERIFY(lines[1].endsWith(QChar(0x2026)));
        QVERIFY(QFontMetricsF(font).horizontalAdvance(lines[1]) <= 150);
        const QStringList one = wrapLines(QString(400'000, QLatin1Char('0')) + QStringLiteral(" x"),
            font, 150, QFontMetricsF(font).height());
        QCOMPARE(one.size(), 1);
        QVERIFY(one[0].endsWith(QChar(0x2026)));
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

    void dialogTakesTheStatusBarsGap()
    {
        // The report exported from the window says what the status bar says of the schedule.
        ScriptedInteraction script;
        MainWindow w;
        w.setInteraction(&script);
        w.newPlan(true);
        auto *gap = w.findChild<GapLabel *>();
        QVERIFY(gap);
        QTRY_VERIFY_WITH_TIMEOUT(gap->bound().has_value() && !gap->text().isEmpty(), 20000);
        const QString said = gap->text();
        const QString path = m_dir.filePath(QStringLiteral("dialog-gap.pdf"));
        bool ran = false;
        script.onRun = [&](QDialog &dialog) {
            auto &report = static_cast<ReportDialog &>(dialog);
            ran = true;
            [&] { QVERIFY(report.options().bound.has_value()); }();
            // The dialog remembers its sections: the summary alone, then all again for the
            // tests after this one.
            ReportOptions o = report.options();
            o.sections = ReportOptions::Summary;
            report.setOptions(o);
            [&] { QCOMPARE(report.exportTo(path), QString()); }();
            o.sections = ReportOptions::AllSections;
            report.setOptions(o);
            return int(QDialog::Accepted);
        };
        w.exportReport();
        QVERIFY(ran);
        const QString text
            = tool("pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")}).simplified();
        QVERIFY2(text.contains(QStringLiteral("(Transform). ") + said),
            qPrintable(said + QStringLiteral(" | ") + text.left(600)));
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
