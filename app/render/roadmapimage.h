#pragma once

#include "app/render/roadmaplayout.h"

#include <QSize>

class QPainter;

namespace Cairn {

struct Theme;

// The roadmap as one picture, for slides: a title band, then the whole timeline with its lane
// titles, capacity strip and legend, drawn by the same painter as the screen.
class RoadmapSheet {
public:
    // `size` empty: the roadmap's natural size at options.quarterWidth. Otherwise the quarters are
    // widened or narrowed to fill the width, and the whole is scaled down if it is too tall.
    RoadmapSheet(const PlanContent &plan, const PlanSchedule &schedule, RoadmapOptions options,
        QSize size = {});

    QSize size() const { return m_size; }
    const RoadmapLayout &layout() const { return m_layout; }
    void paint(QPainter &p, const Theme &theme) const;

    // Both return an error message, or nothing when the file was written.
    QString writePng(const QString &path) const;
    QString writeSvg(const QString &path) const;

    // A font for exports, sized in pixels so that layouts measure the same on every device
    // (screens, images, SVG and PDF at 96 dots per inch).
    static QFont exportFont(qreal pixelSize = 13);

private:
    qreal titleHeight() const;
    QSizeF composition() const;

    const PlanContent &m_plan;
    RoadmapLayout m_layout;
    QSize m_size;
    qreal m_scale = 1;
};

} // namespace Cairn
