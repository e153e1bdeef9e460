#include "app/views/moveslabel.h"

#include "core/domain/plan.h"

#include <QMenu>
#include <QMouseEvent>

namespace Cairn {

MovesLabel::MovesLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("movesLabel"));
    setTextFormat(Qt::PlainText);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(0);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void MovesLabel::setMoves(const std::vector<ScheduleMove> &moves, const Plan &plan)
{
    m_moves = moves;
    m_entries.clear();
    const PlanContent &content = plan.content();
    for (const ScheduleMove &m : moves)
        m_entries << describeMove(m, content);
    m_line = describeMoves(moves, content);
    showLine();
    setToolTip(moves.empty() ? QString()
                             : tr("Moved by the last change (click to select one):\n%1")
                                   .arg(m_entries.join(QLatin1Char('\n'))));
    setVisible(!moves.empty());
}

// Ended with "…" rather than clipped mid-letter where the window is narrow (1280 px with the
// problems and gap figures beside it); the tooltip and a click give every move.
void MovesLabel::showLine()
{
    setText(fontMetrics().elidedText(m_line, Qt::ElideRight, qMax(0, contentsRect().width())));
}

void MovesLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    showLine();
}

void MovesLabel::mousePressEvent(QMouseEvent *event)
{
    if (m_moves.empty() || event->button() != Qt::LeftButton) {
        QLabel::mousePressEvent(event);
        return;
    }
    QMenu menu(this);
    for (size_t k = 0; k < m_moves.size(); ++k) {
        const qint64 id = m_moves[k].id.value;
        menu.addAction(
            m_entries.value(qsizetype(k)), this, [this, id] { emit selectRequested(id); });
    }
    menu.exec(event->globalPosition().toPoint());
}

} // namespace Cairn
