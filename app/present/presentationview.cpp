#include "app/present/presentationview.h"

#include "app/interaction.h"
#include "app/present/captureline.h"
#include "core/edit/editfacade.h"
#include "core/session/plandocument.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QUndoStack>

namespace Cairn {

PresentationView::PresentationView(std::function<PlanDocument *()> document, QWidget *parent)
    : QWidget(parent)
    , m_document(std::move(document))
    , m_capture(new CaptureLine(m_document, true, this))
{
    setObjectName(QStringLiteral("presentation"));
    setWindowTitle(tr("Cairn — Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    const Theme theme = projectorTheme();
    m_capture->setAutoFillBackground(true);
    QPalette pal = m_capture->palette();
    pal.setColor(QPalette::Window, theme.laneHeader);
    pal.setColor(QPalette::WindowText, theme.text);
    pal.setColor(QPalette::Base, QColor(0x05, 0x08, 0x0c));
    pal.setColor(QPalette::Text, theme.text);
    pal.setColor(QPalette::PlaceholderText, theme.mutedText);
    m_capture->setPalette(pal);
    m_capture->hide();
    connect(m_capture, &CaptureLine::closeRequested, this, [this] { showCapture(false); });
    // The preview grows a line for an error: the field stays at the foot of the screen.
    connect(m_capture->edit(), &QLineEdit::textChanged, this, &PresentationView::placeCapture);
    connect(m_capture, &CaptureLine::ideaAdded, this, &PresentationView::placeCapture);
}

PresentationView::~PresentationView() = default;

void PresentationView::setPlan(const PlanContent &plan,
    std::shared_ptr<const PlanSchedule> schedule, const QStringList &decisions, const QDate &today)
{
    if (!schedule)
        return;
    // Stay on the same kind of slide (the roadmap's second part stays the second part).
    std::optional<Slide::Kind> kind;
    int within = 0;
    if (m_deck && m_current < m_deck->count()) {
        kind = m_deck->slide(m_current).kind;
        for (int i = m_current - 1; i >= 0 && m_deck->slide(i).kind == *kind; --i)
            ++within;
    }
    m_deck = std::make_unique<SlideDeck>(plan, std::move(schedule), decisions, today);
    int next = 0;
    if (kind) {
        for (int i = 0; i < m_deck->count(); ++i)
            if (m_deck->slide(i).kind == *kind) {
                next = i;
                for (int k = 0; k < within && next + 1 < m_deck->count()
                     && m_deck->slide(next + 1).kind == *kind;
                     ++k)
                    ++next;
                break;
            }
    }
    m_current = next;
    if (m_focus.isValid())
        m_chain = m_deck->chainOf(m_focus);
    update();
}

void PresentationView::showSlide(int index)
{
    if (!m_deck)
        return;
    const int next = std::clamp(index, 0, m_deck->count() - 1);
    if (next != m_current) {
        m_current = next;
        m_chain.clear();
        m_focus = {};
    }
    m_blank = false;
    update();
}

void PresentationView::highlight(InitiativeId id)
{
    m_focus = id;
    m_chain = m_deck && id.isValid() ? m_deck->chainOf(id) : QSet<qint64>();
    update();
}

void PresentationView::showCapture(bool show)
{
    m_capture->setVisible(show);
    placeCapture();
    if (show)
        m_capture->edit()->setFocus();
    else
        setFocus();
}

QTransform PresentationView::slideToWidget() const
{
    const QSizeF s = SlideDeck::size();
    const qreal scale = std::min(width() / s.width(), height() / s.height());
    QTransform t;
    t.translate((width() - s.width() * scale) / 2, (height() - s.height() * scale) / 2);
    t.scale(scale, scale);
    return t;
}

void PresentationView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Theme theme = projectorTheme();
    p.fillRect(rect(), m_blank ? QColor(Qt::black) : theme.background);
    if (m_blank || !m_deck || m_deck->count() == 0)
        return;
    p.setTransform(slideToWidget());
    m_deck->paint(p, m_current, m_chain, m_focus, true);
}

void PresentationView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (event->matches(QKeySequence::Undo)) {
        if (PlanDocument *doc = m_document ? m_document() : nullptr; doc && !doc->isReadOnly()) {
            Interaction ask; // asks before writing over a colleague's newer change
            undoAsking(this, ask, *doc->edit().undoStack(), doc->plan());
        }
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        if (PlanDocument *doc = m_document ? m_document() : nullptr; doc && !doc->isReadOnly())
            doc->edit().undoStack()->redo();
        return;
    }
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        showSlide(m_current + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        showSlide(m_current - 1);
        break;
    case Qt::Key_Home:
        showSlide(0);
        break;
    case Qt::Key_End:
        showSlide(m_deck ? m_deck->count() - 1 : 0);
        break;
    case Qt::Key_B:
    case Qt::Key_Period:
        m_blank = !m_blank;
        update();
        break;
    case Qt::Key_N:
        if (m_document)
            showCapture(true);
        break;
    case Qt::Key_Escape:
        if (m_capture->isVisible())
            showCapture(false);
        else
            emit leaveRequested();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationView::mousePressEvent(QMouseEvent *event)
{
    if (m_blank) {
        m_blank = false;
        update();
        return;
    }
    if (!m_deck)
        return;
    const QPointF at = slideToWidget().inverted().map(event->position());
    const InitiativeId id = m_deck->initiativeAt(m_current, at);
    highlight(id == m_focus ? InitiativeId {} : id); // a second click lets go
    setFocus();
}

void PresentationView::resizeEvent(QResizeEvent *)
{
    placeCapture();
}

void PresentationView::placeCapture()
{
    if (!m_capture->isVisible())
        return;
    const int h = m_capture->sizeHint().height();
    m_capture->setGeometry(0, height() - h, width(), h);
}

} // namespace Cairn
