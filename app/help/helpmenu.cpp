#include "app/help/helpmenu.h"

#include "app/help/helpwindow.h"
#include "app/help/shortcutsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>

namespace Cairn {

QString helpLanguage()
{
    return QLocale().name().left(2);
}

HelpMenu::HelpMenu(QMainWindow *window, std::function<QString()> topic)
    : QObject(window)
    , m_window(window)
    , m_topic(std::move(topic))
    , m_menu(window->menuBar()->addMenu(tr("&Help")))
{
    QAction *guideAction = m_menu->addAction(tr("&User Guide"));
    guideAction->setObjectName(QStringLiteral("actionUserGuide"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    connect(guideAction, &QAction::triggered, this, [this] { showTopic(m_topic()); });
    QAction *shortcuts = m_menu->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    connect(shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    m_menu->addSeparator();
    QAction *about = m_menu->addAction(tr("&About Cairn"));
    about->setObjectName(QStringLiteral("actionAboutCairn"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(m_window, tr("About Cairn"),
            tr("<b>Cairn %1</b><p>IT strategy roadmaps: goals, systems and initiatives "
               "scheduled across quarters within budget and capacity, meeting "
               "end-of-support deadlines.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

HelpWindow *HelpMenu::guide()
{
    if (!m_help) {
        m_help = new HelpWindow(helpLanguage(), m_window);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    return m_help;
}

HelpWindow *HelpMenu::showTopic(const QString &topic)
{
    HelpWindow *help = guide();
    help->showUrl(help->guide().topicUrl(topic));
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

void HelpMenu::showShortcuts()
{
    ShortcutsDialog dialog(m_window, m_window);
    dialog.exec();
}

} // namespace Cairn
