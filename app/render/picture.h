#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace Cairn::Picture {

// Pictures for slides and documents: roadmap images and charts are drawn by a function into a
// size measured at 96 units per inch, as PNG (optionally at a higher pixel density) or SVG.
enum class Format { Png, Svg };
Format formatOf(const QString &path); // SVG for a .svg file, PNG otherwise

using Paint = std::function<void(QPainter &)>;

// On white, antialiased, `scale` pixels per unit (2: crisp on a projector or a retina screen).
QImage image(QSize size, qreal scale, const Paint &paint);

// Writes the picture atomically; returns an error message naming the file, or nothing.
QString save(const QString &path, Format format, QSize size, const QString &title, qreal pngScale,
    const Paint &paint);

} // namespace Cairn::Picture
