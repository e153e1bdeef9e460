#pragma once

#include "app/views/graphview.h"

#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QSpinBox;
class QToolBar;
class QToolButton;

namespace Cairn {

class GraphLegend;
class ImpactPanel;

// The Graph tab: filters, then colours, focus, zoom and export above the graph, the impact of the
// selected item beside it, the legend under it, and image export.
class GraphPage : public QWidget {
    Q_OBJECT

public:
    explicit GraphPage(const Plan &plan, QWidget *parent = nullptr);

    GraphView *view() const { return m_view; }
    ImpactPanel *impact() const { return m_impact; }
    QComboBox *goalCombo() const { return m_goal; }
    QComboBox *systemCombo() const { return m_system; }
    QComboBox *tagCombo() const { return m_tag; }
    QToolButton *focusButton() const { return m_focus; }
    QSpinBox *depthSpin() const { return m_depth; }
    QToolButton *kindButton(InitiativeKind kind) const { return m_kinds[int(kind)]; }

    void setSchedule(std::shared_ptr<const PlanSchedule> schedule);
    // The item selected elsewhere (another view); the graph follows without signalling.
    void showEntity(qint64 id);
    // Focus on an item and its neighbours (0: show everything again).
    void focusOn(qint64 id);
    // Find: select the item of this name (any case), or the one item with it in its name, and
    // focus on it. False, with the reason in the status, when none or several match.
    bool findAndFocus(const QString &text);
    QLineEdit *findField() const { return m_find; }

    using FileChooser = std::function<QString(const QString &suggested)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Writes what the graph shows (whole or focused) as PNG or SVG, by the file's suffix.
    QString exportImage(const QString &path) const;

signals:
    void entitySelected(qint64 id); // by the user, in the graph
    void exported(const QString &message);
    void failed(const QString &message);

private:
    QWidget *buildFilterBar();
    QWidget *buildViewBar();
    QToolButton *addTool(
        QToolBar *bar, const QString &text, const QString &tip, const std::function<void()> &slot);
    void fillChoices();
    void applyFilter();
    void exportClicked();
    void selected(qint64 id);
    bool focusFound(qint64 id);

    const Plan &m_plan;
    GraphView *m_view;
    ImpactPanel *m_impact;
    GraphLegend *m_legend;
    QComboBox *m_goal = nullptr;
    QComboBox *m_system = nullptr;
    QComboBox *m_tag = nullptr;
    QToolButton *m_kinds[3] = {};
    QCheckBox *m_closed = nullptr;
    QComboBox *m_colour = nullptr;
    QLineEdit *m_find = nullptr;
    QStandardItemModel *m_names = nullptr; // every goal, initiative and system, for Find
    QToolButton *m_focus = nullptr;
    QSpinBox *m_depth = nullptr;
    QAction *m_whole = nullptr; // "Lay Out Everything", for large plans
    QLabel *m_status = nullptr;
    qint64 m_focusId = 0;
    qint64 m_ownSelection = 0;
    FileChooser m_chooseFile;
};

} // namespace Cairn
