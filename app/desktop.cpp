#include "app/desktop.h"

#include "app/dialogs/preferencesdialog.h"
#include "app/help/helpmenu.h"
#include "app/mainwindow.h"
#include "app/planstarts.h"
#include "app/views/welcomepage.h"
#include "app/views/workspace.h"
#include "core/session/plandocument.h"

#include <QAction>
#include <QMenu>

namespace Cairn {

Desktop::Desktop(MainWindow *window, RecentFiles &recent)
    : QObject(window)
    , m_window(window)
    , m_welcome(new WelcomePage(recent, window))
{
    m_welcome->hide();
    connect(m_welcome, &WelcomePage::recentRequested, window, &MainWindow::openFile);
    connect(m_welcome, &WelcomePage::sampleRequested, window, [window] { window->newPlan(true); });
    connect(m_welcome, &WelcomePage::templateRequested, this, &Desktop::newFromTemplate);
    connect(m_welcome, &WelcomePage::importRequested, window, [window] {
        window->newPlan(false);
        window->importCsv();
        if (!window->document()->isModified())
            window->showWelcome(); // nothing imported: back where the user was
    });
}

bool Desktop::welcomeShown() const
{
    return !m_welcome->isHidden();
}

void Desktop::setStartActions(QAction *newPlan, QAction *open)
{
    connect(m_welcome, &WelcomePage::newPlanRequested, newPlan, &QAction::trigger);
    connect(m_welcome, &WelcomePage::openRequested, open, &QAction::trigger);
}

void Desktop::addPreferencesAction(QMenu *edit)
{
    QAction *a = edit->addAction(tr("Pre&ferences…"));
    a->setObjectName(QStringLiteral("actionPreferences"));
    // Ctrl+, where the platform has no key for preferences (most X11 desktops).
    a->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences)
                       .value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    connect(a, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(Preferences::load(), m_window);
        if (m_window->interaction().run(dialog) == QDialog::Accepted)
            m_window->document()->setAutosaveInterval(
                dialog.preferences().autosaveMinutes * 60'000);
    });
}

void Desktop::createHelpMenu()
{
    m_help = new HelpMenu(m_window, [this] {
        return welcomeShown() || !m_window->workspace()
            ? QStringLiteral("getting-started")
            : viewName(m_window->workspace()->currentView());
    });
    connect(m_welcome, &WelcomePage::helpRequested, this,
        [this] { m_help->showTopic(QStringLiteral("getting-started")); });
}

QAction *Desktop::needsPlan(QAction *action)
{
    if (action)
        m_planActions << action;
    return action;
}

void Desktop::setPlanActionsEnabled(bool enabled)
{
    for (QAction *a : std::as_const(m_planActions))
        a->setEnabled(enabled);
}

void Desktop::showWelcome()
{
    m_welcome->enter(m_window);
    setPlanActionsEnabled(false);
    m_window->setWindowTitle(QStringLiteral("Cairn"));
    m_window->setWindowModified(false);
}

void Desktop::planShown(PlanDocument &document)
{
    document.setAutosaveInterval(Preferences::load().autosaveMinutes * 60'000);
    m_welcome->leave();
    setPlanActionsEnabled(true);
}

void Desktop::newFromTemplate(const QString &key)
{
    if (!m_window->maybeSave())
        return;
    if (std::optional<StartingPlan> start = PlanStarts::fromTemplate(key))
        m_window->startPlan(std::move(*start));
}

} // namespace Cairn
