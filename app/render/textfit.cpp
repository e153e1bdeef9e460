#include "app/render/textfit.h"

#include <QFontMetricsF>

#include <cmath>

namespace Cairn {

QStringList wrapLines(const QString &text, const QFont &font, qreal width, qreal height)
{
    const QFontMetricsF fm(font);
    const qreal fits = std::floor((height - fm.height()) / fm.lineSpacing()) + 1;
    const int maxLines = fits >= 1e6 ? 1000000 : std::max(1, int(fits));
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    int n = 0;
    for (; n < words.size(); ++n) {
        const QString candidate = line.isEmpty() ? words[n] : line + QLatin1Char(' ') + words[n];
        if (line.isEmpty() || fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() + 1 == maxLines)
            break;
        lines << fm.elidedText(line, Qt::ElideRight, width);
        line = words[n];
    }
    if (n < words.size())
        line += QLatin1Char(' ') + QStringList(words.mid(n)).join(QLatin1Char(' '));
    if (!line.isEmpty() || lines.isEmpty())
        lines << fm.elidedText(line, Qt::ElideRight, width);
    return lines;
}

QStringList wrapWhole(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF fm(font);
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (QString word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                lines << line;
            // A word wider than the line is broken as late as it can be.
            while (fm.horizontalAdvance(word) > width && word.size() > 1) {
                int n = word.size() - 1;
                while (n > 1 && fm.horizontalAdvance(word.left(n)) > width)
                    --n;
                lines << word.left(n);
                word = word.mid(n);
            }
            line = word;
        }
        lines << line;
    }
    return lines;
}

qreal wrappedLinesHeight(const QStringList &lines, const QFont &font)
{
    const QFontMetricsF fm(font);
    return lines.isEmpty() ? 0 : fm.height() + (lines.size() - 1) * fm.lineSpacing();
}

} // namespace Cairn
