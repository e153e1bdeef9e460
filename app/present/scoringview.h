#pragma once

#include "core/workshop/scoring.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace Cairn {

class PlanDocument;

// The initiatives' scores as a table: name, kind, goal score, effort, value.
class ScoreTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Kind, GoalScore, Effort, Value, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const PlanContent &plan);
    const std::vector<InitiativeScore> &scores() const { return m_scores; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    struct Row {
        QString name;
        InitiativeKind kind;
        int value;
    };
    std::vector<InitiativeScore> m_scores;
    std::vector<Row> m_rows;
};

// Value against effort, one dot per initiative: quick wins top left, big bets top right. Drag a
// dot up or down to set its value, left or right to set its effort by hand (one undo step on
// release); a right click takes the effort back to the one from cost and FTE.
class ValueEffortMatrix : public QWidget {
    Q_OBJECT

public:
    explicit ValueEffortMatrix(QWidget *parent = nullptr);

    void setPlan(const PlanContent &plan, const std::vector<InitiativeScore> &scores);
    // Where an initiative's dot is, in widget coordinates (none when not shown).
    std::optional<QPointF> dotOf(InitiativeId id) const;
    QRectF plotRect() const;

signals:
    // A dot let go: its value and effort where it was dropped (effort as it was when it moved
    // less than a few pixels sideways).
    void dropped(InitiativeId id, int value, int effort);
    void effortReset(InitiativeId id);
    void selected(InitiativeId id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Dot {
        InitiativeId id;
        QString name;
        QColor colour;
        int effort = 0;
        int value = 0;
        bool effortSet = false;
    };
    QPointF pointOf(int effort, int value) const;
    int valueAt(qreal y) const;
    int effortAt(qreal x) const;
    int dragEffort(qreal x) const;
    int dragValue(qreal y) const;
    int dotAt(QPointF p) const;

    std::vector<Dot> m_dots;
    int m_dragging = -1;
    int m_dragValue = 0;
    int m_dragEffort = 0;
    qreal m_pressX = 0;
    qreal m_pressY = 0;
};

// The scoring page: the matrix beside the table, and the choice to let the goal scores set the
// initiatives' values (one undo step).
class ScoringView : public QWidget {
    Q_OBJECT

public:
    explicit ScoringView(std::function<PlanDocument *()> document, QWidget *parent = nullptr);

    void refresh();
    ValueEffortMatrix *matrix() const { return m_matrix; }
    ScoreTableModel *model() const { return m_model; }
    QPushButton *applyButton() const { return m_apply; }
    // Sets every scored initiative's value to its goal score; returns how many changed.
    int applyGoalScores();
    // A dot dropped in the matrix: its value and its effort as one undo step.
    void moveInMatrix(InitiativeId id, int value, int effort);

signals:
    void initiativeSelected(qint64 id);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    std::function<PlanDocument *()> m_document;
    ValueEffortMatrix *m_matrix;
    ScoreTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_apply;
    QLabel *m_note;
};

} // namespace Cairn
