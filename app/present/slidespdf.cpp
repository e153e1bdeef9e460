#include "app/present/slidespdf.h"

#include "app/present/slidedeck.h"
#include "core/store/savewhole.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>

namespace Cairn {

QString writeSlidesPdf(const SlideDeck &deck, const QString &path, const QString &title)
{
    QBuffer file; // the whole document, then saved whole (saveWhole)
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&file);
        // 96 dots per inch: a slide's 1280 × 720 units are the page's 13.33 × 7.5 inches.
        pdf.setResolution(96);
        const QSizeF inches = SlideDeck::size() / 96.0;
        pdf.setPageSize(QPageSize(inches, QPageSize::Inch, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Cairn"));
        QPainter p;
        if (!p.begin(&pdf))
            return QCoreApplication::translate("Cairn::Slides", "Cannot write “%1”.")
                .arg(QDir::toNativeSeparators(path));
        for (int i = 0; i < deck.count(); ++i) {
            if (i > 0)
                pdf.newPage();
            deck.paint(p, i);
        }
        p.end();
    }
    if (const QString why = saveWhole(path, file.data()); !why.isEmpty())
        return QCoreApplication::translate("Cairn::Slides", "Cannot write “%1”: %2")
            .arg(QDir::toNativeSeparators(path), why);
    return {};
}

} // namespace Cairn
