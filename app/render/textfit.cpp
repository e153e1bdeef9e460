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

qreal wrappedLinesHeight(const QStringList &lines, const QFont &font)
{
    const QFontMetricsF fm(font);
    return lines.isEmpty() ? 0 : fm.height() + (lines.size() - 1) * fm.lineSpacing();
}

} // namespace Cairn
