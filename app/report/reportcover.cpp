#include "app/render/colours.h"
#include "app/render/textfit.h"
#include "app/report/reportcomposer.h"
#include "app/report/reportflow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <cmath>

namespace Cairn {

using namespace ReportStyle;

namespace {

// A range of years or quarters ("2027–2029", "2027 Q1 – 2029 Q4") is held together by no-break
// spaces, so that a title never breaks inside it.
QString keepRangesTogether(QString text)
{
    static const QRegularExpression range(
        QStringLiteral(R"((\d{4}(?: Q[1-4])?)( *)([–-])( *)(\d{4}(?: Q[1-4])?))"));
    QString out;
    qsizetype at = 0;
    for (auto it = range.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        out += m.captured(1) + QString(m.capturedLength(2), QChar(0xa0)) + m.captured(3)
            + QString(m.capturedLength(4), QChar(0xa0)) + m.captured(5);
        at = m.capturedEnd();
    }
    out += text.mid(at);
    static const QRegularExpression quarter(QStringLiteral(R"((\d{4}) (Q[1-4]))"));
    return out.replace(quarter, QStringLiteral("\\1\u00a0\\2"));
}

// Lines of text at the largest size from `pixels` down to `smallest` at which no word is cut.
std::pair<QFont, QStringList> fitLines(
    const QFont &base, const QString &text, qreal width, qreal pixels, qreal smallest, bool bold)
{
    for (qreal px = pixels;; px -= 2) {
        const QFont f = sized(base, std::max(px, smallest), bold);
        const QStringList lines = wrapLines(text, f, width);
        bool whole = true;
        for (const QString &line : lines)
            whole = whole && !line.endsWith(QChar(0x2026));
        if (whole || px <= smallest)
            return {f, lines};
    }
}

qreal drawLines(QPainter &p, const QFont &font, const QStringList &lines, qreal x, qreal y,
    qreal width, Qt::Alignment align = Qt::AlignLeft)
{
    const QFontMetricsF fm(font);
    p.setFont(font);
    for (const QString &line : lines) {
        p.drawText(QRectF(x, y, width, fm.height()), align | Qt::AlignTop, line);
        y += fm.lineSpacing();
    }
    return y;
}

} // namespace

// ---- cover ------------------------------------------------------------------------------------
void ReportComposer::addCover()
{
    m_pages.push_back({ReportOptions::sectionKey(ReportOptions::Cover),
        [this](QPainter &p, const QRectF &c) { paintCover(p, c); }});
}

void ReportComposer::paintCover(QPainter &p, const QRectF &c) const
{
    p.save();
    p.fillRect(QRectF(c.left(), c.top(), c.width(), 10), Colours::kind(InitiativeKind::Grow));
    p.fillRect(QRectF(c.left(), c.top() + 10, c.width() * 0.2, 10),
        Colours::kind(InitiativeKind::Transform));
    // The organisation's logo at the top right, the plan's marking at the top left, both above
    // the title.
    const qreal titleTop = c.top() + c.height() * 0.16;
    const QRectF logoBox(c.right() - c.width() * 0.3, c.top() + 34, c.width() * 0.3,
        std::min<qreal>(80, titleTop - c.top() - 44));
    m_logo.paint(p, logoBox, Qt::AlignRight | Qt::AlignTop, true);
    if (const QString marking = m_plan.info.marking.trimmed(); !marking.isEmpty()) {
        const QFont font = sized(m_font, 16, true);
        const qreal width = c.width() * (m_logo.isNull() ? 1.0 : 0.65);
        p.setPen(Colours::late());
        drawLines(p, font, wrapLines(marking, font, width), c.left(), c.top() + 34, width);
    }
    qreal y = paintCoverTitle(p, c, titleTop);
    paintCoverFigures(p, c, y + 40);

    const PlanInfo &info = m_plan.info;
    const QFont small = sized(m_font, 13);
    const QFontMetricsF fm(small);
    p.setPen(kMuted);
    QStringList lines;
    if (!info.author.isEmpty())
        lines << QCoreApplication::translate("Cairn::Report", "Prepared by %1").arg(info.author);
    lines << QLocale().toString(m_options.date, QLocale::LongFormat);
    const QString made = QCoreApplication::translate("Cairn::Report", "Made with Cairn");
    const qreal madeW = fm.horizontalAdvance(made);
    const qreal linesW = c.width() - madeW - 24;
    QStringList wrapped;
    for (const QString &line : lines)
        wrapped << wrapLines(line, small, linesW);
    drawLines(
        p, small, wrapped, c.left(), c.bottom() - 10 - wrappedLinesHeight(wrapped, small), linesW);
    drawLines(p, small, {made}, c.right() - madeW, c.bottom() - 10 - fm.height(), madeW);
    p.restore();
}

// The plan's name, its organisation and its horizon; returns where the next part may begin.
qreal ReportComposer::paintCoverTitle(QPainter &p, const QRectF &c, qreal y) const
{
    const PlanInfo &info = m_plan.info;
    const QString name = info.name.isEmpty()
        ? QCoreApplication::translate("Cairn::Report", "IT roadmap")
        : info.name;
    const qreal width = c.width() * 0.85;
    const auto [title, titleLines]
        = fitLines(m_font, keepRangesTogether(name), width, 36, 24, true);
    p.setPen(kInk);
    y = drawLines(p, title, titleLines, c.left(), y, width) + 16;
    p.setPen(kMuted);
    const QFont sub = sized(m_font, 20);
    if (!info.organisation.isEmpty())
        y = drawLines(p, sub, wrapLines(info.organisation, sub, c.width()), c.left(), y, c.width())
            + 6;
    const QString horizon
        = QCoreApplication::translate("Cairn::Report", "IT strategy roadmap, %1 – %2")
              .arg(quarterText(info.firstQuarter), quarterText(info.lastQuarter()));
    return drawLines(
        p, sub, wrapLines(keepRangesTogether(horizon), sub, c.width()), c.left(), y, c.width());
}

// Key figures in cards as tall as their longest label, wrapped: no label is cut in any language.
void ReportComposer::paintCoverFigures(QPainter &p, const QRectF &c, qreal y) const
{
    int scheduled = 0;
    for (const InitiativeSchedule &s : m_schedule.initiatives)
        scheduled += s.start ? 1 : 0;
    qint64 spend = 0;
    for (qint64 v : m_analysis.spend)
        spend += v;
    int late = 0;
    for (const PlanScheduleProblem &pr : m_schedule.problems)
        late += pr.kind == PlanScheduleProblem::Kind::DeadlineMissed ? 1 : 0;
    const QList<std::pair<QString, QString>> figures = {
        {QString::number(m_plan.goals.size()),
            QCoreApplication::translate("Cairn::Report", "business goals")},
        {QString::number(scheduled),
            QCoreApplication::translate("Cairn::Report", "initiatives scheduled")},
        {Money(spend).formatShort(m_plan.info.currency, QLocale()),
            QCoreApplication::translate("Cairn::Report", "planned spend")},
        {QString::number(m_plan.systems.size()),
            QCoreApplication::translate("Cairn::Report", "systems in the landscape")},
        {QString::number(late), QCoreApplication::translate("Cairn::Report", "deadlines at risk")},
    };
    const qreal w = c.width() / figures.size();
    const qreal inner = w - 16 - 14 - 8;
    const QFont label = sized(m_font, 13);
    std::vector<std::pair<QFont, QStringList>> values, labels;
    qreal labelH = 0, valueH = 0;
    for (const auto &[value, text] : figures) {
        values.push_back(fitLines(m_font, value, inner, 28, 16, true));
        labels.push_back({label, wrapLines(text, label, inner)});
        valueH = std::max(valueH, QFontMetricsF(values.back().first).height());
        labelH = std::max(labelH, wrappedLinesHeight(labels.back().second, label));
    }
    for (int k = 0; k < figures.size(); ++k) {
        const QRectF box(c.left() + k * w, y, w - 16, 12 + valueH + 10 + labelH + 12);
        p.fillRect(box, kShade);
        p.setPen(k == 4 && late > 0 ? Colours::late() : kInk);
        drawLines(p, values[size_t(k)].first, values[size_t(k)].second, box.left() + 14,
            box.top() + 12, inner);
        p.setPen(kMuted);
        drawLines(p, label, labels[size_t(k)].second, box.left() + 14, box.top() + 12 + valueH + 10,
            inner);
    }
}

} // namespace Cairn
