#pragma once

#include <QString>

namespace Cairn {

class SlideDeck;

// Writes the deck as a 16:9 vector PDF (13.33 × 7.5 in, the size presentation programs use), one
// slide a page, fonts embedded, text selectable. Returns an error message, or nothing when the
// file was written (atomically: a failed export leaves an existing file as it was).
QString writeSlidesPdf(const SlideDeck &deck, const QString &path, const QString &title);

} // namespace Cairn
