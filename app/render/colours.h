#pragma once

#include "core/domain/entities.h"

#include <QColor>
#include <QPalette>

namespace Cairn {

// One colour scheme for the roadmap, the charts and the report, chosen to stay apart for
// readers with a colour-vision deficiency and to print well.
namespace Colours {

QColor kind(InitiativeKind kind);
QColor status(InitiativeStatus status);
// The n-th colour of the categorical scheme (goals, resources, systems); repeats after 10.
QColor category(int index);
QColor neutral(); // "no goal", "no team"
QColor late(); // deadlines missed, overloads
QColor endOfSupport();
QColor milestone();
// The heat of a utilisation: pale at 0 %, green to 80 %, amber to 100 %, red above.
QColor utilisation(int percent);
// Black or white, whichever reads better on the background.
QColor textOn(const QColor &background);

} // namespace Colours

// Colours of the surfaces around the data: light for print, or following the widget palette
// (dark mode is read from the palette).
struct Theme {
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor laneHeader;
    QColor laneBand; // every other lane
    QColor outsideHorizon;
    QColor today;
    QColor accent; // selection
    QColor arrow;
    // The marks over the time axis (and milestones' lines): on a dark background lighter than
    // the printed ones, which would barely show there.
    QColor milestone;
    QColor endOfSupport;
    bool dark = false;
    // Print draws no transparency (PDF/A-1 forbids it, and a PDF/A writer would make such
    // colours opaque): a translucent colour is blended into what it is drawn over instead.
    bool opaque = false;

    QColor solid(const QColor &colour, const QColor &under) const;
    QColor solid(const QColor &colour) const { return solid(colour, background); }

    static Theme print();
    static Theme fromPalette(const QPalette &palette);
};

} // namespace Cairn
