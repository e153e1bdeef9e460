#include "app/render/textfit.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace Cairn {

namespace {
// No letter is narrower than a pixel (but those of no width at all), so no line of `width` shows
// more letters than this: the rest of a longer word is never measured. A name of 400,000
// letters was shaped whole for every line it was elided into.
qsizetype mostLettersIn(qreal width)
{
    return qsizetype(std::clamp(width, 0.0, 1e6)) + 2;
}
} // namespace

QStringList wrapLines(const QString &text, const QFont &font, qreal width, qreal height)
{
    const QFontMetricsF fm(font);
    const qreal fits = std::floor((height - fm.height()) / fm.lineSpacing()) + 1;
    const int maxLines = fits >= 1e6 ? 1000000 : std::max(1, int(fits));
    const qsizetype most = mostLettersIn(width);
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        if (word.size() > most)
            word.truncate(most); // elided all the same
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
    for (; n < words.size() && line.size() <= most; ++n)
        line += QLatin1Char(' ') + words[n]; // what the last line's ellipsis stands for
    if (!line.isEmpty() || lines.isEmpty())
        lines << fm.elidedText(line.left(most + 1), Qt::ElideRight, width);
    return lines;
}

namespace {
// How many of `word`'s first letters fit into `width` (at least 1): the prefix doubles until it
// no longer fits, then the gap is halved; a prefix is never narrower than a shorter one.
qsizetype fittingPrefix(const QFontMetricsF &fm, QStringView word, qreal width)
{
    const auto fits
        = [&](qsizetype n) { return fm.horizontalAdvance(word.left(n).toString()) <= width; };
    qsizetype fit = 1; // taken even when it does not fit
    qsizetype over = std::min<qsizetype>(2, word.size()); // not yet known to fit
    while (over < word.size() && fits(over)) {
        fit = over;
        over = std::min(word.size(), over * 2);
    }
    if (over == word.size() && fits(over))
        return over;
    while (over - fit > 1) {
        const qsizetype mid = fit + (over - fit) / 2;
        (fits(mid) ? fit : over) = mid;
    }
    return fit;
}
} // namespace

QStringList wrapWhole(const QString &text, const QFont &font, qreal width, int maxLines)
{
    const QFontMetricsF fm(font);
    // More letters than the lines can show are left unwrapped (the last line says so).
    const qreal room = qreal(std::max(1, maxLines)) * qreal(mostLettersIn(width));
    const bool cut = room < qreal(text.size());
    QStringList lines;
    for (const QString &paragraph :
        (cut ? text.left(qsizetype(room)) : text).split(QLatin1Char('\n'))) {
        QString line;
        for (QString word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                lines << line;
            // A word wider than the line is broken as late as it can be. Only a line's worth of
            // the word is measured or copied for each piece: measuring and copying the rest of
            // it each time took minutes for a name of 400,000 letters.
            qsizetype at = 0;
            while (word.size() - at > 1) {
                const qsizetype n = fittingPrefix(fm, QStringView(word).mid(at), width);
                if (at + n >= word.size())
                    break;
                lines << word.mid(at, n);
                at += n;
            }
            line = word.mid(at);
        }
        lines << line;
    }
    if (lines.size() > maxLines || cut) {
        lines.resize(std::min(lines.size(), qsizetype(std::max(1, maxLines))));
        lines.back() = fm.elidedText(lines.back() + QChar(0x2026), Qt::ElideRight, width);
    }
    return lines;
}

qreal wrappedLinesHeight(const QStringList &lines, const QFont &font)
{
    const QFontMetricsF fm(font);
    return lines.isEmpty() ? 0 : fm.height() + (lines.size() - 1) * fm.lineSpacing();
}

} // namespace Cairn
