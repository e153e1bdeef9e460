#include "app/report/reportcomposer.h"

#include "app/render/colours.h"
#include "app/render/roadmapimage.h"
#include "app/report/reportflow.h"
#include "core/store/savewhole.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace Cairn {

using namespace ReportStyle;

QString ReportOptions::sectionKey(Section s)
{
    switch (s) {
    case Cover:
        return QStringLiteral("cover");
    case Summary:
        return QStringLiteral("summary");
    case Roadmap:
        return QStringLiteral("roadmap");
    case Charts:
        return QStringLiteral("charts");
    case Initiatives:
        return QStringLiteral("initiatives");
    case Systems:
        return QStringLiteral("systems");
    case Legend:
        return QStringLiteral("legend");
    case Scenarios:
        return QStringLiteral("scenarios");
    case Baseline:
        return QStringLiteral("baseline");
    case Workshop:
        return QStringLiteral("workshop");
    case AllSections:
        break;
    }
    return {};
}

QList<ReportOptions::Section> ReportOptions::allSections()
{
    return {Cover, Summary, Roadmap, Charts, Initiatives, Systems, Scenarios, Baseline, Workshop,
        Legend};
}

std::optional<ReportOptions::Section> ReportOptions::sectionFromKey(QStringView key)
{
    for (Section s : allSections())
        if (key.compare(sectionKey(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

// Blocks of known height poured into pages; a table's header is repeated on each page.

ReportComposer::ReportComposer(
    const PlanContent &plan, const PlanSchedule &schedule, ReportOptions options)
    : m_plan(plan)
    , m_schedule(schedule)
    , m_options(std::move(options))
    , m_analysis(analysePlan(plan, schedule))
    , m_logo(plan.info.logo)
    , m_font(RoadmapSheet::exportFont(12))
{
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
    m_page = pageSizeUnits();
    m_content = QRectF(
        kMargin, kMargin, m_page.width() - 2 * kMargin, m_page.height() - 2 * kMargin - kFooter);
    const unsigned s = m_options.sections;
    if (s & ReportOptions::Cover)
        addCover();
    if (s & ReportOptions::Summary)
        addSummary();
    if (s & ReportOptions::Roadmap)
        addTimeline();
    if (s & ReportOptions::Charts)
        addCharts();
    if (s & ReportOptions::Initiatives)
        addInitiativeTable();
    if (s & ReportOptions::Systems)
        addSystemTable();
    addScenarioSections();
    if (s & ReportOptions::Workshop)
        addWorkshopRecord();
    if (s & ReportOptions::Legend)
        addLegend();
}

ReportComposer::~ReportComposer() = default;

QString ReportComposer::pageSection(int page) const
{
    return page >= 0 && page < pageCount() ? m_pages[size_t(page)].section : QString();
}

QPageLayout ReportComposer::pageLayout() const
{
    return QPageLayout(QPageSize(m_options.pageSize), m_options.orientation, QMarginsF(0, 0, 0, 0));
}

QSizeF ReportComposer::pageSizeUnits() const
{
    const QSizeF points = pageLayout().fullRect(QPageLayout::Point).size();
    return points * (96.0 / 72.0);
}

QString ReportComposer::quarterText(std::optional<Quarter> q) const
{
    return q ? q->label(m_plan.info.quarterStyle()) : QStringLiteral("—");
}

QString ReportComposer::money(qint64 minor) const
{
    return Money(minor).format(m_plan.info.currency, QLocale());
}

QString ReportComposer::wholeMoney(qint64 minor) const
{
    const qint64 unit = m_plan.info.currency.minorPerMajor();
    return money((minor + unit / 2) / unit * unit);
}

qreal ReportComposer::headingHeight() const
{
    return std::ceil(QFontMetricsF(sized(m_font, 20, true)).height() + 18);
}

void ReportComposer::paintHeading(
    QPainter &p, const QRectF &content, const QString &title, const QString &subtitle) const
{
    p.save();
    const QFont h = sized(m_font, 20, true);
    const QFont small = sized(m_font, 12);
    const qreal lineH = QFontMetricsF(h).height();
    // The subtitle at the right takes at most half the width; the title the rest, each elided
    // rather than run into the other.
    qreal subtitleW = 0;
    if (!subtitle.isEmpty()) {
        const QFontMetricsF fm(small);
        const QString text = fm.elidedText(subtitle, Qt::ElideRight, content.width() * 0.5);
        subtitleW = fm.horizontalAdvance(text);
        p.setFont(small);
        p.setPen(kMuted);
        p.drawText(QRectF(content.right() - subtitleW - 1, content.top(), subtitleW + 1, lineH),
            Qt::AlignRight | Qt::AlignVCenter, text);
    }
    const qreal titleW = content.width() - (subtitleW > 0 ? subtitleW + 24 : 0);
    p.setFont(h);
    p.setPen(kInk);
    p.drawText(QRectF(content.left(), content.top(), titleW, lineH),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(h).elidedText(title, Qt::ElideRight, titleW));
    p.setPen(QPen(Colours::kind(InitiativeKind::Grow), 2));
    p.drawLine(QPointF(content.left(), content.top() + lineH + 6),
        QPointF(content.left() + 60, content.top() + lineH + 6));
    p.restore();
}

void ReportComposer::paintFooter(QPainter &p, const QRectF &page, int index) const
{
    p.save();
    const QRectF r(
        kMargin, page.height() - kMargin - kFooter + 8, page.width() - 2 * kMargin, kFooter - 8);
    p.setPen(QPen(kRule, 1));
    p.drawLine(r.topLeft(), r.topRight());
    const QFont font = sized(m_font, 10);
    const QFont bold = sized(m_font, 10, true);
    const QFontMetricsF fm(font), bfm(bold);
    p.setFont(font);
    p.setPen(kMuted);
    const PlanInfo &info = m_plan.info;
    QString name
        = info.name.isEmpty() ? QCoreApplication::translate("Cairn::Report", "Roadmap") : info.name;
    // The organisation first, unless the plan's name already says it.
    if (!info.organisation.isEmpty() && !name.contains(info.organisation))
        name = QCoreApplication::translate("Cairn::Report", "%1 · %2").arg(info.organisation, name);
    const QString date = QLocale().toString(m_options.date, QLocale::LongFormat);
    const QString pageNo = QCoreApplication::translate("Cairn::Report", "Page %1 of %2")
                               .arg(index + 1)
                               .arg(pageCount());
    // The marking and the date in the middle; the logo and the name at the left, the name elided
    // short of the middle, never under it.
    const QString marking = info.marking.trimmed();
    const qreal markingW = marking.isEmpty() ? 0 : bfm.horizontalAdvance(marking) + 12;
    const qreal middleW = markingW + fm.horizontalAdvance(date);
    const qreal middleLeft = r.center().x() - middleW / 2;
    qreal left = r.left();
    if (!m_logo.isNull())
        left = m_logo
                   .paint(p, QRectF(left, r.top() + 3, 90, r.height() - 6),
                       Qt::AlignLeft | Qt::AlignVCenter, true)
                   .right()
            + 8;
    p.drawText(QRectF(left, r.top(), middleLeft - 16 - left, r.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(name, Qt::ElideRight, std::max<qreal>(0, middleLeft - 16 - left)));
    if (!marking.isEmpty()) {
        p.setFont(bold);
        p.setPen(Colours::late());
        p.drawText(QRectF(middleLeft, r.top(), markingW, r.height()),
            Qt::AlignLeft | Qt::AlignVCenter, marking);
        p.setFont(font);
        p.setPen(kMuted);
    }
    p.drawText(QRectF(middleLeft + markingW, r.top(), middleW - markingW, r.height()),
        Qt::AlignLeft | Qt::AlignVCenter, date);
    p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, pageNo);
    p.restore();
}

// ---- output
// -----------------------------------------------------------------------------------------------
void ReportComposer::paint(QPagedPaintDevice *device) const
{
    QPainter p(device);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal scale = device->logicalDpiX() / 96.0;
    const QRectF page(QPointF(0, 0), m_page);
    for (int n = 0; n < pageCount(); ++n) {
        if (n > 0)
            device->newPage();
        p.save();
        p.scale(scale, scale);
        m_pages[size_t(n)].paint(p, m_content);
        paintFooter(p, page, n);
        p.restore();
    }
}

QString ReportComposer::writePdf(const QString &path) const
{
    QBuffer file; // the whole document, then saved whole (saveWhole)
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&file);
        writer.setResolution(
            96); // layouts are measured at 96 units per inch (QPdfWriter's default is 1200)
        writer.setPageLayout(pageLayout());
        writer.setTitle(m_plan.info.name.isEmpty()
                ? QCoreApplication::translate("Cairn::Report", "Roadmap")
                : m_plan.info.name);
        writer.setCreator(QStringLiteral("Cairn %1").arg(QCoreApplication::applicationVersion()));
        if (m_options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        paint(&writer);
    }
    if (const QString why = saveWhole(path, file.data()); !why.isEmpty())
        return QCoreApplication::translate("Cairn::Report", "Cannot write “%1”: %2")
            .arg(QDir::toNativeSeparators(path), why);
    return {};
}

} // namespace Cairn
