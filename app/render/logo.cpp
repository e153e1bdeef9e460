#include "app/render/logo.h"

#include "core/domain/fieldvalue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

namespace Cairn {

Logo::Logo(const QString &dataUrl)
{
    const auto picture = pictureFromDataUrl(dataUrl);
    if (!picture)
        return;
    if (picture->format == PictureFormat::Png) {
        m_image = QImage::fromData(picture->bytes, "PNG");
        if (!m_image.isNull())
            m_size = QSizeF(m_image.size());
        return;
    }
    auto svg = std::make_shared<QSvgRenderer>(picture->bytes);
    if (!svg->isValid())
        return;
    svg->setAspectRatioMode(Qt::KeepAspectRatio);
    const QRectF box = svg->viewBoxF();
    m_size = box.isEmpty() ? QSizeF(svg->defaultSize()) : box.size();
    if (!m_size.isEmpty())
        m_svg = std::move(svg);
}

Logo::~Logo() = default;

QRectF Logo::placed(const QRectF &box, Qt::Alignment align) const
{
    if (isNull() || box.isEmpty())
        return {};
    const QSizeF s = m_size.scaled(box.size(), Qt::KeepAspectRatio);
    qreal x = box.left(), y = box.top();
    if (align & Qt::AlignRight)
        x = box.right() - s.width();
    else if (align & Qt::AlignHCenter)
        x = box.left() + (box.width() - s.width()) / 2;
    if (align & Qt::AlignBottom)
        y = box.bottom() - s.height();
    else if (align & Qt::AlignVCenter)
        y = box.top() + (box.height() - s.height()) / 2;
    return QRectF(QPointF(x, y), s);
}

QRectF Logo::paint(QPainter &p, const QRectF &box, Qt::Alignment align, bool opaque,
    const QColor &background) const
{
    const QRectF r = placed(box, align);
    if (r.isEmpty())
        return {};
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    if (m_svg && !opaque) {
        m_svg->render(&p, r);
    } else if (m_svg) {
        // About 300 pixels per inch of the page (layouts measure 96 units per inch).
        const QSize pixels(
            int(std::ceil(r.width() * 300 / 96)), int(std::ceil(r.height() * 300 / 96)));
        QImage image(pixels, QImage::Format_RGB32);
        image.fill(background);
        QPainter ip(&image);
        ip.setRenderHint(QPainter::Antialiasing, true);
        m_svg->render(&ip, QRectF(QPointF(0, 0), QSizeF(pixels)));
        ip.end();
        p.drawImage(r, image);
    } else if (opaque && m_image.hasAlphaChannel()) {
        QImage image(m_image.size(), QImage::Format_RGB32);
        image.fill(background);
        QPainter ip(&image);
        ip.drawImage(0, 0, m_image);
        ip.end();
        p.drawImage(r, image);
    } else {
        p.drawImage(r, m_image);
    }
    p.restore();
    return r;
}

QString Logo::problem(const QString &dataUrl)
{
    QString why;
    if (!pictureFromDataUrl(dataUrl, &why))
        return why;
    if (Logo(dataUrl).isNull())
        return QCoreApplication::translate(
            "Cairn::Logo", "the picture is damaged or empty; it cannot be drawn.");
    return {};
}

std::optional<QString> Logo::fromFile(const QString &path, QString *why)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QCoreApplication::translate("Cairn::Logo", "Cannot read the logo “%1”: %2")
                   .arg(shown, file.errorString());
        return std::nullopt;
    }
    // Read a little more than the largest logo, to tell a file that is too large.
    const QByteArray bytes = file.read(kMaxPictureBytes + 1);
    QString reason;
    const auto url = pictureDataUrl(bytes, &reason);
    if (url)
        reason = problem(*url);
    if (!url || !reason.isEmpty()) {
        *why = QCoreApplication::translate("Cairn::Logo", "The logo “%1” cannot be used: %2")
                   .arg(shown, reason);
        return std::nullopt;
    }
    return url;
}

} // namespace Cairn
