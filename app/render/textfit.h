#pragma once

#include <QFont>
#include <QStringList>

#include <limits>

namespace Cairn {

// A text wrapped at spaces into lines no wider than `width`, as many as fit into `height` (at
// least one). When the text does not fit, the last line ends in an ellipsis; a word wider than
// the width is elided. Nothing is ever drawn outside the box: a page is not clipped in a PDF's
// text, and overlapping words cannot be read.
QStringList wrapLines(const QString &text, const QFont &font, qreal width,
    qreal height = std::numeric_limits<qreal>::max());

// Every line of a text kept: its paragraphs (at line breaks) wrapped at spaces, and a word wider
// than the width broken where it must. For tables, where the whole text is wanted; but never
// more than `maxLines` lines (a row taller than a page cannot be printed): a text longer ends
// its last line in an ellipsis.
QStringList wrapWhole(const QString &text, const QFont &font, qreal width,
    int maxLines = std::numeric_limits<int>::max());

// The height of those lines.
qreal wrappedLinesHeight(const QStringList &lines, const QFont &font);

} // namespace Cairn
