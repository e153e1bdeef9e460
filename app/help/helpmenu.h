#pragma once

#include "app/help/helpwindow.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QMainWindow;
class QMenu;

namespace Cairn {

// The Help menu of the main window: the user guide (F1 opens the page of what is shown), the
// keyboard shortcuts of every action, and About. The guide's window is made on first use.
class HelpMenu : public QObject {
    Q_OBJECT

public:
    // `topic` names what the window shows now, as the guide knows it ("roadmap").
    HelpMenu(QMainWindow *window, std::function<QString()> topic);

    QMenu *menu() const { return m_menu; }
    // The guide at the page of a topic (a view's name), or at a page by id.
    HelpWindow *showTopic(const QString &topic);
    HelpWindow *helpWindow() const { return m_help; }
    void showShortcuts();

private:
    HelpWindow *guide();

    QMainWindow *m_window;
    std::function<QString()> m_topic;
    QMenu *m_menu;
    QPointer<HelpWindow> m_help;
};

// The language the guide is shown in: the interface's.
QString helpLanguage();

} // namespace Cairn
