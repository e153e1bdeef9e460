#pragma once

#include "app/render/logo.h"
#include "app/render/roadmaplayout.h"
#include "core/analysis/plananalysis.h"
#include "core/schedule/schedulebound.h"

#include <QDate>
#include <QPageLayout>
#include <QPageSize>

#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace Cairn {

// What goes into the roadmap PDF and how it is laid out.
struct ReportOptions {
    enum Section : unsigned {
        Cover = 1 << 0,
        Summary = 1 << 1,
        Roadmap = 1 << 2,
        Charts = 1 << 3,
        Initiatives = 1 << 4,
        Systems = 1 << 5,
        Legend = 1 << 6,
        Scenarios = 1 << 7, // "Scenarios compared": needs `compare`
        Baseline = 1 << 8, // "Changes since the baseline": needs `baseline`
        Workshop = 1 << 9, // "Workshop record": needs a workshop in the plan
        AllSections = 0x3ff,
    };
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    unsigned sections = AllSections;
    // The detail pages' scale: so many quarters per page, or the whole horizon fitted into
    // `pagesWide` pages side by side, or (both 0) as many quarters as the page's width gives room
    // to read. Either set: the detail pages follow the page of the whole roadmap even when it
    // shows everything.
    int quartersPerPage = 0;
    int pagesWide = 0;
    RoadmapDimension colourBy = RoadmapDimension::Kind;
    RoadmapDimension laneBy = RoadmapDimension::Goal;
    bool pdfA = false;
    QDate date; // the export date on the cover and in the footer
    // After the tables (app/report/reportscenarios.cpp), when their sections are chosen:
    // "Scenarios compared" for two or three futures (none: the base plan), and "Changes since
    // the baseline".
    std::vector<std::optional<ScenarioId>> compare;
    std::optional<BaselineId> baseline;
    // The workshop whose record the "Workshop record" section gives (none: the latest).
    std::optional<WorkshopId> workshop;
    // How near the best possible the schedule is (its bound, computed by the caller: the window's
    // status bar has it, `cairn export` computes it): the summary says so (describeGap).
    std::optional<ScheduleBound> bound;

    static QString sectionKey(Section s);
    static std::optional<Section> sectionFromKey(QStringView key);
    static QList<Section> allSections();
};

// Lays out and paints the report: a cover (with the organisation's logo and the plan's marking,
// "Confidential", when it has them), an executive summary, the roadmap split into pages on
// quarter and row boundaries (lane titles and time axis repeated), the charts, tables of
// initiatives and systems, a legend, and a footer with the logo, the organisation and the plan,
// the marking, the date and "page i of n". Pages are measured at
// 96 units per inch whatever the device, and drawn by the same painters as the screen.
class ReportComposer {
public:
    ReportComposer(const PlanContent &plan, const PlanSchedule &schedule, ReportOptions options);
    ~ReportComposer();

    int pageCount() const { return int(m_pages.size()); }
    QString pageSection(int page) const;
    QSizeF pageSizeUnits() const; // the whole page, 96 units per inch

    // Paints every page onto a device whose page layout has been set (a QPdfWriter or QPrinter).
    void paint(QPagedPaintDevice *device) const;
    // Writes a vector PDF; returns an error message or nothing.
    QString writePdf(const QString &path) const;
    QPageLayout pageLayout() const;

    // The timeline pages: which layout and which band of its body each shows (for tests).
    struct TimelinePage {
        std::shared_ptr<const RoadmapLayout> layout;
        qreal top = 0;
        qreal bottom = 0;
        int page = 0; // its index among the report's pages
        bool overview = false; // the whole roadmap on one page
    };
    const std::vector<TimelinePage> &timelinePages() const { return m_timeline; }

    // What each page holds of a table (for tests): its rows from `firstRow`, under its header.
    struct TablePart {
        int page = 0;
        int table = 0; // the table's number in the report, from 0
        int firstRow = 0;
        int rows = 0;
        int tableRows = 0;
        bool hasHeader = false;
    };
    const std::vector<TablePart> &tableParts() const { return m_tableParts; }

private:
    struct Page {
        QString section;
        std::function<void(QPainter &, const QRectF &)> paint;
    };
    class Flow;

    void addCover();
    void paintCover(QPainter &p, const QRectF &content) const;
    qreal paintCoverTitle(QPainter &p, const QRectF &content, qreal top) const;
    void paintCoverFigures(QPainter &p, const QRectF &content, qreal top) const;
    void addSummary();
    void addSummaryOverview(Flow &flow);
    QString gapSentence() const;
    void addGoalCoverage(Flow &flow);
    void addSpendByYear(Flow &flow);
    void addKeyRisks(Flow &flow);
    void addTimeline();
    bool addOverview();
    void addKeyPages(const std::vector<KeyEntry> &key, const QFont &font);
    void addTimelineDetail();
    int detailQuartersPerPage(const RoadmapLayout &whole) const;
    RoadmapOptions roadmapOptions(qreal pixelSize) const;
    void addCharts();
    void addInitiativeTable();
    void addSystemTable();
    void addLegend();
    void addScenarioSections();
    void addScenarioComparison();
    void addBaselineChanges();
    void addWorkshopRecord();
    void paintFooter(QPainter &p, const QRectF &page, int index) const;
    void paintHeading(QPainter &p, const QRectF &content, const QString &title,
        const QString &subtitle = {}) const;
    qreal headingHeight() const;
    QString quarterText(std::optional<Quarter> q) const;
    QString money(qint64 minor) const;
    QString wholeMoney(qint64 minor) const;

    const PlanContent &m_plan;
    const PlanSchedule &m_schedule;
    ReportOptions m_options;
    PlanAnalysis m_analysis;
    Logo m_logo; // the organisation's, on the cover and in every footer
    QRectF m_content; // printable area inside the margins and above the footer
    QSizeF m_page;
    QFont m_font;
    std::vector<Page> m_pages;
    std::vector<TimelinePage> m_timeline;
    std::vector<TablePart> m_tableParts;
    int m_tables = 0; // the tables poured so far
};

} // namespace Cairn
