#include "app/present/captureline.h"

#include "core/domain/fields.h"
#include "core/domain/wording.h"
#include "core/session/plandocument.h"
#include "core/workshop/capture.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace Cairn {

CaptureLine::CaptureLine(std::function<PlanDocument *()> document, bool large, QWidget *parent)
    : QWidget(parent)
    , m_document(std::move(document))
    , m_edit(new QLineEdit(this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("captureLine"));
    m_edit->setObjectName(QStringLiteral("captureEdit"));
    m_edit->setPlaceholderText(tr("Capture an idea: name #goal grow 3q 40k @system, then Enter"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(int(kMaxLineLength)); // a captured name is one line of a plan
    m_edit->installEventFilter(this);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(large);
    // Beside the line (in the workspace's capture bar) the preview takes the room it is given and
    // is cut there, the whole of it in its tooltip: a long line's preview made the bar, and so the
    // window, wider than the screen (at 1280x720 the docks went off its right edge).
    if (!large)
        m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QBoxLayout *layout = large ? static_cast<QBoxLayout *>(new QVBoxLayout(this))
                               : static_cast<QBoxLayout *>(new QHBoxLayout(this));
    layout->setContentsMargins(large ? 24 : 4, 4, large ? 24 : 4, 4);
    if (large) {
        QFont f = font();
        f.setPixelSize(24);
        m_edit->setFont(f);
        f.setPixelSize(20);
        m_preview->setFont(f);
        layout->addWidget(m_preview);
        layout->addWidget(m_edit);
    } else {
        layout->addWidget(m_edit, 2);
        layout->addWidget(m_preview, 3);
    }
    connect(m_edit, &QLineEdit::textChanged, this, &CaptureLine::refreshPreview);
    connect(m_edit, &QLineEdit::returnPressed, this, &CaptureLine::submit);
    refreshPreview();
}

void CaptureLine::refreshPreview()
{
    PlanDocument *doc = m_document ? m_document() : nullptr;
    const QString line = m_edit->text();
    if (line.trimmed().isEmpty() || !doc) {
        showPreview(m_last.isEmpty()
                ? tr("<i>name</i> &nbsp;#goal &nbsp;run | grow | transform &nbsp;3q &nbsp;40k "
                     "&nbsp;@system")
                : tr("Added %1 as an idea (Undo takes it back).")
                      .arg(quoted(m_last).toHtmlEscaped()));
        return;
    }
    const CapturedIdea idea = parseCapture(line, doc->plan().content());
    QStringList parts;
    if (!idea.name.isEmpty())
        parts << QStringLiteral("<b>%1</b>").arg(quoted(idea.name).toHtmlEscaped());
    for (const CaptureToken &t : idea.tokens) {
        const QString m = t.meaning.toHtmlEscaped();
        switch (t.role) {
        case CaptureToken::Role::Goal:
            parts << tr("goal %1").arg(m);
            break;
        case CaptureToken::Role::System:
            parts << tr("system %1").arg(m);
            break;
        case CaptureToken::Role::Kind:
        case CaptureToken::Role::Duration:
        case CaptureToken::Role::Cost:
            parts << m;
            break;
        default:
            break;
        }
    }
    QString html = parts.join(QStringLiteral(" · "));
    if (!idea.errors.isEmpty())
        html += QStringLiteral("<br><span style='color:#e5484d'>%1</span>")
                    .arg(idea.errors.join(QStringLiteral(" ")).toHtmlEscaped());
    showPreview(html);
}

void CaptureLine::showPreview(const QString &html)
{
    m_preview->setText(html);
    m_preview->setToolTip(html);
}

bool CaptureLine::submit()
{
    PlanDocument *doc = m_document ? m_document() : nullptr;
    const QString line = m_edit->text();
    if (!doc || line.trimmed().isEmpty())
        return false;
    if (doc->isReadOnly()) {
        showPreview(
            QStringLiteral("<span style='color:#e5484d'>%1</span>")
                .arg(tr("This plan is open read-only: the idea was not added.").toHtmlEscaped()));
        return false;
    }
    const CapturedIdea idea = parseCapture(line, doc->plan().content());
    if (!idea.ok()) {
        refreshPreview(); // the line stays, with its reasons
        return false;
    }
    const qint64 id = addCapturedIdea(doc->edit(), idea);
    ++m_count;
    m_last = idea.name;
    m_edit->clear();
    refreshPreview();
    emit ideaAdded(id, idea.name);
    return true;
}

bool CaptureLine::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        emit closeRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Cairn
