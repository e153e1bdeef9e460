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
#include <QLineEdit>
#include <QLocale>
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

void ServerPlans::showDocument(
    std::unique_ptr<ServerDocument> document, const RecoveryInfo *accepted)
{
    if (!document)
        return;
    QStringList said;
    if (accepted)
        said << sendUnsent(*document, *accepted);
    else
        for (const RecoveryInfo &info : ServerDocument::recoveriesFor(document->address()))
            if (askAboutUnsent(info, false) == QMessageBox::Yes)
                said << sendUnsent(*document, info);
    m_window->setDocument(std::move(document));
    said.removeAll(QString());
    // Once the window shows the plan: its status bar is made anew with it.
    if (!said.isEmpty())
        m_window->statusBar()->showMessage(said.join(QLatin1Char(' ')), 10000);
}

bool ServerPlans::recover(const RecoveryInfo &info)
{
    if (askAboutUnsent(info, true) != QMessageBox::Yes)
        return false;
    ServerDialog dialog(ServerDialog::Mode::Open, m_window);
    dialog.addressField()->setText(info.server);
    if (m_window->interaction().run(dialog) != QDialog::Accepted)
        return false;
    std::unique_ptr<ServerDocument> document = dialog.takeDocument();
    if (!document)
        return false;
    showDocument(std::move(document), &info);
    return true;
}

QMessageBox::StandardButton ServerPlans::askAboutUnsent(const RecoveryInfo &info, bool opening)
{
    QString why;
    const std::optional<ServerAddress> address = ServerAddress::parse(info.server, &why);
    const QString name = address ? ServerDocument::nameOfPlan(*address) : info.server;
    const QString when = QLocale().toString(info.savedAt.toLocalTime(), QLocale::LongFormat);
    const QString text = opening
        ? tr("Cairn closed unexpectedly before changes to “%1” reached the plan server. They "
             "were kept at %2. Open the plan and send them now? Where a colleague changed the "
             "same thing meanwhile, the Conflicts dock asks which to keep.")
        : tr("Changes to “%1” made in a window that closed unexpectedly never reached the plan "
             "server. They were kept at %2. Send them now? Where a colleague changed the same "
             "thing meanwhile, the Conflicts dock asks which to keep.");
    const QMessageBox::StandardButton answer
        = m_window->interaction().ask(m_window, tr("Send Unsent Changes?"), text.arg(name, when),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore);
    if (answer == QMessageBox::Discard)
        PlanDocument::discardRecovery(info);
    return answer;
}

QString ServerPlans::sendUnsent(ServerDocument &document, const RecoveryInfo &info)
{
    QString why;
    const int rows = document.replay(info, &why);
    if (rows < 0) {
        // The copy stays: it is offered again next time.
        m_window->notify(tr("Cannot Send Unsent Changes"), why);
        return {};
    }
    // From here on the window keeps them (its own recovery copy while they are not sent).
    PlanDocument::discardRecovery(info);
    const QString when = QLocale().toString(info.savedAt.toLocalTime(), QLocale::ShortFormat);
    return rows == 0 ? tr("The changes kept at %1 were on the plan server already.").arg(when)
                     : tr("%n unsent change(s) kept at %1 made again.", nullptr, rows).arg(when);
}

} // namespace Cairn
