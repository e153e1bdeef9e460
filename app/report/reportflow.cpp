#include "app/report/reportflow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

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

void ReportComposer::Flow::add(qreal height, Paint paint)
{
    m_blocks.push_back({height, std::move(paint), m_header});
}

void ReportComposer::Flow::setHeader(qreal height, Paint paint)
{
    m_header = std::make_shared<Block>(Block {height, std::move(paint), nullptr});
}

void ReportComposer::Flow::paragraph(
    const QString &text, const QFont &font, const QColor &colour, qreal indent)
{
    const qreal h = std::ceil(wrappedHeight(font, width() - indent, text)) + 4;
    add(h, [text, font, colour, indent](QPainter &p, const QRectF &r) {
        p.setFont(font);
        p.setPen(colour);
        p.drawText(QRectF(r.left() + indent, r.top(), r.width() - indent, r.height()),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    });
}

void ReportComposer::Flow::subheading(const QString &text, const QFont &font)
{
    space(10);
    paragraph(text, font);
    space(2);
}

void ReportComposer::Flow::table(
    const QFont &font, const QList<Column> &columns, const QList<Row> &rows, qreal tableWidth)
{
    const qreal w = tableWidth > 0 ? tableWidth : width();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font);
    const qreal pad = 5;
    std::vector<qreal> widths;
    for (const Column &c : columns)
        widths.push_back(w * c.fraction);
    const qreal headerH = std::ceil(fm.height() + 2 * pad + 2);
    setHeader(headerH, [columns, widths, bold, headerH, pad, w](QPainter &p, const QRectF &r) {
        p.setFont(bold);
        p.setPen(kInk);
        qreal x = r.left();
        for (int k = 0; k < columns.size(); ++k) {
            p.drawText(QRectF(x + pad, r.top(), widths[size_t(k)] - 2 * pad, headerH),
                (columns[k].right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                columns[k].title);
            x += widths[size_t(k)];
        }
        p.setPen(QPen(kInk, 1));
        p.drawLine(
            QPointF(r.left(), r.top() + headerH - 1), QPointF(r.left() + w, r.top() + headerH - 1));
    });
    for (int n = 0; n < rows.size(); ++n) {
        const Row row = rows[n];
        const QFont f = row.bold ? bold : font;
        qreal h = 0;
        for (int k = 0; k < columns.size(); ++k)
            h = std::max(h, wrappedHeight(f, widths[size_t(k)] - 2 * pad, row.cells.value(k)));
        h = std::ceil(h + 2 * pad);
        const bool shaded = n % 2 == 1 && !row.bold;
        add(h, [row, columns, widths, f, h, pad, shaded, w](QPainter &p, const QRectF &r) {
            if (shaded)
                p.fillRect(QRectF(r.left(), r.top(), w, h), kShade);
            if (row.mark.isValid())
                p.fillRect(QRectF(r.left(), r.top() + 2, 3, h - 4), row.mark);
            p.setFont(f);
            p.setPen(kInk);
            qreal x = r.left();
            for (int k = 0; k < columns.size(); ++k) {
                p.drawText(QRectF(x + pad, r.top() + pad, widths[size_t(k)] - 2 * pad, h - 2 * pad),
                    Qt::TextWordWrap | Qt::AlignTop
                        | (columns[k].right ? Qt::AlignRight : Qt::AlignLeft),
                    row.cells.value(k));
                x += widths[size_t(k)];
            }
        });
    }
    clearHeader();
}

void ReportComposer::Flow::finish()
{
    const QRectF content = m_c.m_content;
    const qreal top = content.top() + m_c.headingHeight();
    std::vector<std::vector<std::pair<qreal, const Block *>>> pages(1);
    qreal y = top;
    const Block *lastHeader = nullptr;
    for (const Block &b : m_blocks) {
        const qreal headerH = b.header ? b.header->height : 0;
        if (b.header.get() != lastHeader && b.header && y + headerH + b.height > content.bottom()
            && y > top)
            y = content.bottom() + 1; // a table does not start at the foot of a page
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
        }
        if (!b.header)
            lastHeader = nullptr;
        pages.back().emplace_back(y, &b);
        y += b.height;
    }
    for (size_t n = 0; n < pages.size(); ++n) {
        std::vector<std::pair<qreal, Paint>> items;
        for (const auto &[at, block] : pages[n])
            if (block->paint)
                items.emplace_back(at, block->paint);
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
