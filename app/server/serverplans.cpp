#include "app/server/serverplans.h"

#include "app/desktop.h"
#include "app/mainwindow.h"
#include "app/server/conflictspanel.h"
#include "app/server/serverdialog.h"
#include "core/session/serverdocument.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

namespace Cairn {

ServerPlans::ServerPlans(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Conflicts"), window))
    , m_panel(new ConflictsPanel(m_dock))
{
    auto *open = new QAction(tr("Open from Ser&ver…"), this);
    open->setObjectName(QStringLiteral("actionOpenFromServer"));
    connect(open, &QAction::triggered, this, &ServerPlans::openFromServer);
    auto *publish = new QAction(tr("Pu&blish to Server…"), this);
    publish->setObjectName(QStringLiteral("actionPublishToServer"));
    connect(publish, &QAction::triggered, this, &ServerPlans::publishToServer);
    window->desktop()->needsPlan(publish); // on the welcome page it published an empty plan
    // In the File menu, right after Open….
    if (auto *fileOpen = window->findChild<QAction *>(QStringLiteral("actionOpen"))) {
        for (QObject *o : fileOpen->associatedObjects()) {
            auto *menu = qobject_cast<QMenu *>(o);
            if (!menu)
                continue;
            const QList<QAction *> actions = menu->actions();
            const qsizetype at = actions.indexOf(fileOpen);
            menu->insertActions(actions.value(at + 1), {open, publish});
        }
    }
    window->centralWidget()->installEventFilter(this);

    m_dock->setObjectName(QStringLiteral("conflictsDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    if (auto *problems = window->findChild<QDockWidget *>(QStringLiteral("problemsDock")))
        window->tabifyDockWidget(problems, m_dock);
    m_dock->hide();
    connect(m_panel, &ConflictsPanel::countChanged, this, [this](int count) {
        m_dock->setWindowTitle(count > 0 ? tr("Conflicts (%1)").arg(count) : tr("Conflicts"));
        // Only while there is something to decide: an empty dock would take a strip of the
        // window's height (about 130 px at 1280×720) or a tab beside Problems.
        if (count > 0) {
            m_dock->show();
            m_dock->raise();
        } else {
            m_dock->hide();
        }
    });
}

QAction *ServerPlans::toggleViewAction() const
{
    return m_dock->toggleViewAction();
}

bool ServerPlans::eventFilter(QObject *watched, QEvent *event)
{
    // The window makes the workspace of each document it shows in its central widget, right
    // after it took the document.
    if (event->type() == QEvent::ChildAdded && m_window->document() != m_shown) {
        m_shown = m_window->document();
        documentShown(m_window->document());
    }
    return QObject::eventFilter(watched, event);
}

void ServerPlans::documentShown(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = qobject_cast<ServerDocument *>(document);
    m_panel->setDocument(m_document);
    m_said.clear();
    m_dock->hide(); // shown when there is a conflict to decide
    if (!m_document)
        return;
    connect(m_document, &ServerDocument::problem, this, &ServerPlans::say);
    connect(m_document, &ServerDocument::merged, this,
        [this](const QString &note) { m_window->statusBar()->showMessage(note, 10000); });
    connect(m_document, &ServerDocument::refreshed, this, [this](qint64 revision, int rows) {
        if (rows > 0)
            m_window->statusBar()->showMessage(
                tr("%n change(s) by colleagues taken in (revision %1).", nullptr, rows)
                    .arg(revision),
                5000);
    });
    connect(m_document, &ServerDocument::committed, this, [this] { say({}); });
    connect(
        m_document, &ServerDocument::connectionChanged, this, [this](bool up, const QString &why) {
            say(up ? QString()
                   : tr("The connection to the plan server “%1” is lost (%2). Your changes stay "
                        "in this window and are sent when it is back.")
                         .arg(m_document->address().display(), why));
        });
}

void ServerPlans::say(const QString &message)
{
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("banner"));
    if (!banner)
        return;
    if (message.isEmpty()) {
        // Only what the server said goes away.
        if (!m_said.isEmpty() && banner->text() == m_said)
            banner->hide();
        m_said.clear();
        return;
    }
    m_said = message;
    banner->setText(message);
    banner->show();
}

void ServerPlans::openFromServer()
{
    if (!m_window->maybeSave())
        return;
    ServerDialog dialog(ServerDialog::Mode::Open, m_window);
    if (m_window->interaction().run(dialog) == QDialog::Accepted)
        showDocument(dialog.takeDocument());
}

void ServerPlans::publishToServer()
{
    if (!m_window->document() || !m_window->maybeSave())
        return;
    ServerDialog dialog(
        ServerDialog::Mode::Publish, m_window, m_window->document()->plan().content());
    if (m_window->interaction().run(dialog) == QDialog::Accepted)
        showDocument(dialog.takeDocument());
}

void ServerPlans::showDocument(std::unique_ptr<ServerDocument> document)
{
    if (!document)
        return;
    m_window->setDocument(std::move(document));
}

} // namespace Cairn
