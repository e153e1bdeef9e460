#pragma once

#include "app/render/graphpainter.h"

#include <QSize>
#include <QString>

class QPainter;

namespace Cairn {

// The dependency graph as one picture, for slides and documents: a title band (the plan, and
// what is shown: everything, or a focus and its depth), the placed drawing and its legend.
class GraphSheet {
public:
    // `size` empty: the drawing's natural size; otherwise the whole is scaled to fit into it.
    GraphSheet(const PlanContent &plan, const GraphDrawing &drawing, const QString &caption,
        QSize size = {});

    QSize size() const { return m_size; }
    void paint(QPainter &p, const Theme &theme, const GraphEmphasis &emphasis = {}) const;
    // PNG or SVG by the file's suffix; an error message, or nothing when written.
    QString write(const QString &path, const GraphEmphasis &emphasis = {}) const;

    // What a filter shows, in words ("Everything", "Around “X”, 2 links deep"), for captions.
    static QString describe(const PlanContent &plan, const GraphFilter &filter);

private:
    qreal titleHeight() const;
    qreal legendHeight() const;
    QSizeF naturalSize() const;

    const PlanContent &m_plan;
    const GraphDrawing &m_drawing;
    QString m_caption;
    QSize m_size;
    qreal m_scale = 1;
};

} // namespace Cairn
