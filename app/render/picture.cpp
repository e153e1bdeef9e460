#include "app/render/picture.h"

#include "core/store/savewhole.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QSvgGenerator>

namespace Cairn::Picture {

Format formatOf(const QString &path)
{
    return path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ? Format::Svg : Format::Png;
}

QImage image(QSize size, qreal scale, const Paint &paint)
{
    QImage img((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(scale);
    img.setDotsPerMeterX(int(3780 * scale)); // 96 dpi at the picture's own size
    img.setDotsPerMeterY(int(3780 * scale));
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paint(p);
    return img;
}

QString save(const QString &path, Format format, QSize size, const QString &title, qreal pngScale,
    const Paint &paint)
{
    const auto failed = [&path](const QString &reason) {
        return QCoreApplication::translate("Cairn::Roadmap", "Cannot write “%1”: %2")
            .arg(QDir::toNativeSeparators(path), reason);
    };
    QBuffer file; // the whole picture, then saved whole (saveWhole)
    file.open(QIODevice::WriteOnly);
    if (format == Format::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setResolution(96);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        QPainter p(&svg);
        paint(p);
    } else if (!image(size, pngScale, paint).save(&file, "PNG")) {
        return failed(file.errorString());
    }
    if (const QString why = saveWhole(path, file.data()); !why.isEmpty())
        return failed(why);
    return {};
}

} // namespace Cairn::Picture
