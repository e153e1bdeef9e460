#pragma once

// Shared by the report's sources only: the report's type and colours, and the flow that pours
// blocks of known height into pages.

#include "app/report/reportcomposer.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Cairn {

namespace ReportStyle {
inline const QColor kInk(0x1f, 0x23, 0x28);
inline const QColor kMuted(0x5f, 0x67, 0x70);
inline const QColor kRule(0xd5, 0xd9, 0xde);
inline const QColor kShade(0xf4, 0xf6, 0xf8);
constexpr qreal kMargin = 40;
constexpr qreal kFooter = 28;

// The report's font at a size in pixels (96 per inch).
QFont sized(const QFont &base, qreal pixels, bool bold = false);
// The height of a text wrapped at word boundaries into a width.
qreal wrappedHeight(const QFont &font, qreal width, const QString &text);
} // namespace ReportStyle

// Blocks of known height poured into pages, under the section's heading ("… (continued)" on the
// pages after the first); a table's header is repeated on each page.
class ReportComposer::Flow {
public:
    using Paint = std::function<void(QPainter &, const QRectF &)>;

    Flow(ReportComposer &c, QString section, QString title);
    ~Flow();

    qreal width() const;
    // A block; one kept with the next does not end a page (a heading with what it heads).
    void add(qreal height, Paint paint, bool keepWithNext = false);
    void space(qreal height) { add(height, {}); }
    void setHeader(qreal height, Paint paint);
    void clearHeader() { m_header.reset(); }

    // A paragraph wrapped into the width (less an indent).
    void paragraph(const QString &text, const QFont &font, const QColor &colour = ReportStyle::kInk,
        qreal indent = 0, bool keepWithNext = false);
    void subheading(const QString &text, const QFont &font);

    struct Column {
        QString title;
        qreal fraction; // of the table's width
        bool right = false;
    };
    struct Row {
        QStringList cells;
        QColor mark; // a bar at the row's left edge, when valid
        bool bold = false;
    };
    // A table: the header repeated on each page, rows as tall as their longest cell, every other
    // row shaded; a page holds the header with at least three rows (or all, when fewer), so a
    // table neither starts nor ends with a row or two alone. `tableWidth` 0: the flow's width.
    void table(const QFont &font, const QList<Column> &columns, const QList<Row> &rows,
        qreal tableWidth = 0);

private:
    struct Block {
        qreal height = 0;
        Paint paint;
        std::shared_ptr<Block> header;
        bool keepWithNext = false;
        int row = -1; // in a table: the row's index
        int rowsLeft = 0; // in a table: the rows from this one to the table's end
    };

    // The height from block `n` that must go on one page: a table's header with its first three
    // rows, three last rows together, a heading with what follows.
    qreal keptHeight(size_t n, bool startsPage) const;
    void finish();

    ReportComposer &m_c;
    QString m_section;
    QString m_title;
    std::vector<Block> m_blocks;
    std::shared_ptr<Block> m_header;
};

} // namespace Cairn
