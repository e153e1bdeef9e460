#pragma once

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

class QPainter;
class QSvgRenderer;

namespace Cairn {

// A plan's logo (PlanInfo::logo, a PNG or SVG as a data: URL) ready to draw: a PNG decoded once,
// an SVG drawn as vectors. A logo that cannot be drawn is null, and problem() says why.
class Logo {
public:
    Logo() = default;
    explicit Logo(const QString &dataUrl);
    ~Logo();

    bool isNull() const { return m_size.isEmpty(); }
    QSizeF size() const { return m_size; } // its own proportions
    // Where paint() puts it in a box: as large as fits, its proportions kept, aligned.
    QRectF placed(const QRectF &box, Qt::Alignment align) const;
    // Draws it into a box. `opaque` (print, PDF/A): no transparency reaches the page; the logo is
    // laid on `background` first (an SVG as pixels, about 300 per inch).
    QRectF paint(QPainter &p, const QRectF &box, Qt::Alignment align, bool opaque,
        const QColor &background = Qt::white) const;

    // Why a data: URL cannot be drawn (translated, one sentence), or nothing when it can.
    static QString problem(const QString &dataUrl);
    // A PNG or SVG file as a data: URL, checked that it draws; nothing, and why (naming the
    // file), when it cannot be read or is not such a picture.
    static std::optional<QString> fromFile(const QString &path, QString *why);

private:
    QImage m_image;
    std::shared_ptr<QSvgRenderer> m_svg;
    QSizeF m_size;
};

} // namespace Cairn
