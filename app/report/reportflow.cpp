#include "app/report/reportflow.h"

#include "app/render/textfit.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace Cairn {

using namespace ReportStyle;

QFont ReportStyle::sized(const QFont &base, qreal pixels, bool bold)
{
    QFont f = base;
    f.setPixelSize(int(std::round(pixels)));
    f.setBold(bold);
    return f;
}

qreal ReportStyle::wrappedHeight(const QFont &font, qreal width, const QString &text)
{
    if (text.isEmpty())
        return QFontMetricsF(font).height();
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text)
        .height();
}

ReportComposer::Flow::Flow(ReportComposer &c, QString section, QString title)
    : m_c(c)
    , m_section(std::move(section))
    , m_title(std::move(title))
{
}

ReportComposer::Flow::~Flow()
{
    finish();
}

qreal ReportComposer::Flow::width() const
{
    return m_c.m_content.width();
}

void ReportComposer::Flow::add(qreal height, Paint paint, bool keepWithNext)
{
    m_blocks.push_back({height, std::move(paint), m_header, keepWithNext});
}

void ReportComposer::Flow::setHeader(qreal height, Paint paint)
{
    m_header = std::make_shared<Block>(Block {height, std::move(paint), nullptr});
}

void ReportComposer::Flow::paragraph(
    const QString &text, const QFont &font, const QColor &colour, qreal indent, bool keepWithNext)
{
    const qreal h = std::ceil(wrappedHeight(font, width() - indent, text)) + 4;
    add(
        h,
        [text, font, colour, indent](QPainter &p, const QRectF &r) {
            p.setFont(font);
            p.setPen(colour);
            p.drawText(QRectF(r.left() + indent, r.top(), r.width() - indent, r.height()),
                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        },
        keepWithNext);
}

void ReportComposer::Flow::subheading(const QString &text, const QFont &font)
{
    space(10);
    paragraph(text, font, kInk, 0, true);
    space(2);
}

void ReportComposer::Flow::table(
    const QFont &font, const QList<Column> &columns, const QList<Row> &rows, qreal tableWidth)
{
    const qreal w = tableWidth > 0 ? tableWidth : width();
    QFont bold = font;
    bold.setBold(true);
    const qreal pad = 5;
    std::vector<qreal> widths;
    for (const Column &c : columns)
        widths.push_back(w * c.fraction);
    // Every cell's lines, wrapped in its column (the header's too): nothing is cut or runs into
    // the next column, in any language.
    auto cellLines = [&](const QStringList &cells, const QFont &f, int maxLines) {
        std::vector<QStringList> lines;
        qreal h = 0;
        for (int k = 0; k < columns.size(); ++k) {
            lines.push_back(wrapWhole(cells.value(k), f, widths[size_t(k)] - 2 * pad, maxLines));
            h = std::max(h, wrappedLinesHeight(lines.back(), f));
        }
        return std::pair(lines, std::ceil(h + 2 * pad));
    };
    auto paintCells = [columns, widths, pad](QPainter &p, const QRectF &r, const QFont &f,
                          const std::vector<QStringList> &lines) {
        const QFontMetricsF fm(f);
        p.setFont(f);
        p.setPen(kInk);
        qreal x = r.left();
        for (int k = 0; k < columns.size(); ++k) {
            qreal y = r.top() + pad;
            for (const QString &line : lines[size_t(k)]) {
                p.drawText(QRectF(x + pad, y, widths[size_t(k)] - 2 * pad, fm.height()),
                    Qt::AlignTop | (columns[k].right ? Qt::AlignRight : Qt::AlignLeft), line);
                y += fm.lineSpacing();
            }
            x += widths[size_t(k)];
        }
    };
    QStringList titles;
    for (const Column &c : columns)
        titles << c.title;
    const auto [headerLines, headerH] = cellLines(titles, bold, std::numeric_limits<int>::max());
    // A row is never taller than a page holds under the heading and the table's header: a cell
    // longer ends in an ellipsis.
    const qreal room = m_c.m_content.height() - m_c.headingHeight() - headerH - 2 - 2 * pad;
    const auto linesIn = [room](const QFont &f) {
        const QFontMetricsF fm(f);
        return std::max(1, int(std::floor((room - fm.height()) / fm.lineSpacing())) + 1);
    };
    setHeader(
        headerH + 2, [paintCells, headerLines, bold, headerH, w](QPainter &p, const QRectF &r) {
            paintCells(p, r, bold, headerLines);
            p.setPen(QPen(kInk, 1));
            p.drawLine(QPointF(r.left(), r.top() + headerH + 1),
                QPointF(r.left() + w, r.top() + headerH + 1));
        });
    for (int n = 0; n < rows.size(); ++n) {
        const Row row = rows[n];
        const QFont f = row.bold ? bold : font;
        const auto [lines, h] = cellLines(row.cells, f, linesIn(f));
        const bool shaded = n % 2 == 1 && !row.bold;
        add(h, [paintCells, lines, row, f, h, shaded, w](QPainter &p, const QRectF &r) {
            if (shaded)
                p.fillRect(QRectF(r.left(), r.top(), w, h), kShade);
            if (row.mark.isValid())
                p.fillRect(QRectF(r.left(), r.top() + 2, 3, h - 4), row.mark);
            paintCells(p, r, f, lines);
        });
        m_blocks.back().row = n;
        m_blocks.back().rowsLeft = int(rows.size()) - n;
    }
    clearHeader();
}

qreal ReportComposer::Flow::keptHeight(size_t n, bool startsPage) const
{
    const Block &b = m_blocks[n];
    qreal h = 0;
    size_t last = n;
    if (b.row == 0 || (b.row > 0 && startsPage)) // header and (at least) three rows
        last = n + size_t(std::min(3, b.rowsLeft)) - 1;
    else if (b.rowsLeft == 3) // the last three rows together
        last = n + 2;
    for (size_t k = n; k <= last && k < m_blocks.size(); ++k)
        h += m_blocks[k].height;
    if (b.row == 0 || (b.row > 0 && startsPage))
        h += b.header->height;
    if (b.keepWithNext) {
        size_t next = n + 1;
        while (next < m_blocks.size() && !m_blocks[next].paint)
            h += m_blocks[next++].height; // the space between them
        if (next < m_blocks.size())
            h += keptHeight(next, false);
    }
    return h;
}

void ReportComposer::Flow::finish()
{
    const QRectF content = m_c.m_content;
    const qreal top = content.top() + m_c.headingHeight();
    std::vector<std::vector<std::pair<qreal, const Block *>>> pages(1);
    qreal y = top;
    const Block *lastHeader = nullptr;
    int rowsOnPage = 0;
    for (size_t n = 0; n < m_blocks.size(); ++n) {
        const Block &b = m_blocks[n];
        if (b.paint && y > top) {
            // What must stay together goes to the next page when it does not fit on this one;
            // a table with fewer than three rows on this page keeps its last rows here rather
            // than leave this page with a header and a row or two.
            const bool tableGoesOn = b.row > 0 && b.header.get() == lastHeader;
            if (!(tableGoesOn && rowsOnPage < 3) && y + keptHeight(n, false) > content.bottom())
                y = content.bottom() + 1;
        }
        if (y + b.height > content.bottom() && y > top) {
            pages.emplace_back();
            y = top;
            lastHeader = nullptr;
        }
        if (!b.paint && y == top)
            continue; // no space at the top of a page
        if (b.header && b.header.get() != lastHeader) {
            pages.back().emplace_back(y, b.header.get());
            y += b.header->height;
            lastHeader = b.header.get();
            rowsOnPage = 0;
        }
        if (!b.header)
            lastHeader = nullptr;
        pages.back().emplace_back(y, &b);
        y += b.height;
        rowsOnPage += b.row >= 0 ? 1 : 0;
    }
    // Each table's number in the report: its header's address names it only while this flow
    // lives, and the next flow's header may be allocated at the same address.
    std::map<const Block *, int> tableNumber;
    for (const Block &b : m_blocks)
        if (b.row == 0)
            tableNumber.emplace(b.header.get(), m_c.m_tables++);
    for (size_t n = 0; n < pages.size(); ++n) {
        std::vector<std::pair<qreal, Paint>> items;
        std::vector<const Block *> placed;
        for (const auto &[at, block] : pages[n]) {
            if (block->paint)
                items.emplace_back(at, block->paint);
            placed.push_back(block);
            // What each page holds of each table, for tests.
            if (block->row < 0)
                continue;
            auto &parts = m_c.m_tableParts;
            const int table = tableNumber.at(block->header.get());
            if (parts.empty() || parts.back().page != int(m_c.m_pages.size())
                || parts.back().table != table)
                parts.push_back({int(m_c.m_pages.size()), table, block->row, 0,
                    block->row + block->rowsLeft,
                    std::find(placed.begin(), placed.end(), block->header.get()) != placed.end()});
            ++parts.back().rows;
        }
        const QString title = n == 0
            ? m_title
            : QCoreApplication::translate("Cairn::Report", "%1 (continued)").arg(m_title);
        ReportComposer *c = &m_c;
        m_c.m_pages.push_back(
            {m_section, [c, title, items](QPainter &p, const QRectF &area) {
                 c->paintHeading(p, area, title);
                 for (const auto &[at, paint] : items)
                     paint(p, QRectF(area.left(), at, area.width(), area.bottom() - at));
             }});
    }
}

} // namespace Cairn
