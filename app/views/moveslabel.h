#pragma once

#include "core/schedule/schedulemoves.h"

#include <QLabel>

namespace Cairn {

class Plan;

// The status bar's "3 initiatives moved: “X” +1 quarter (waits for “Y”), …" after an edit. A
// click lists every initiative that moved; choosing one selects it.
class MovesLabel : public QLabel {
    Q_OBJECT

public:
    explicit MovesLabel(QWidget *parent = nullptr);
    void setMoves(const std::vector<ScheduleMove> &moves, const Plan &plan);
    const std::vector<ScheduleMove> &moves() const { return m_moves; }
    // The list a click shows, one entry per move (for tests and the menu).
    QStringList entries() const { return m_entries; }
    // The whole line; the label shows it elided ("…") when the status bar is narrower.
    QString line() const { return m_line; }

signals:
    void selectRequested(qint64 id);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    std::vector<ScheduleMove> m_moves;
    QStringList m_entries;
    QString m_line;

    void showLine();
};

} // namespace Cairn
