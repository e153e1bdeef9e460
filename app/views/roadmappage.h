#pragma once

#include "app/views/roadmapview.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QCheckBox;

namespace Cairn {

// The roadmap tab: the timeline and the choices above it (colour, lanes, arrows, capacity,
// zoom, image export).
class RoadmapPage : public QWidget {
    Q_OBJECT

public:
    RoadmapPage(Plan &plan, EditFacade *edit, QWidget *parent = nullptr);

    RoadmapView *view() const { return m_view; }
    QComboBox *colourCombo() const { return m_colour; }
    QComboBox *laneCombo() const { return m_lanes; }

    // How the export asks for a file name (a seam for tests); empty: cancelled.
    using FileChooser = std::function<QString(const QString &suggested)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Writes the roadmap as PNG or SVG (by the file's suffix); returns an error or nothing.
    QString exportImage(const QString &path) const;

signals:
    void exported(const QString &message);
    void failed(const QString &message);

private:
    void exportClicked();
    void saveSettings() const;

    Plan &m_plan;
    RoadmapView *m_view;
    QComboBox *m_colour;
    QComboBox *m_lanes;
    QComboBox *m_arrows;
    QCheckBox *m_capacity;
    FileChooser m_chooseFile;
};

} // namespace Cairn
