#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace Cairn {

class HelpMenu;
class MainWindow;
class PlanDocument;
class RecentFiles;
class WelcomePage;

// Cairn as a desktop application on the main window: the welcome page shown in place of a plan
// (the first start, after Close), the Help menu (F1 opens the guide at the page of what is
// shown), Edit > Preferences. The window creates it and gives it its menus and actions.
class Desktop : public QObject {
    Q_OBJECT

public:
    Desktop(MainWindow *window, RecentFiles &recent);

    WelcomePage *welcome() const { return m_welcome; }
    HelpMenu *help() const { return m_help; }
    bool welcomeShown() const;

    // The welcome page's New and Open do what the File menu's do.
    void setStartActions(QAction *newPlan, QAction *open);
    // Edit > Preferences… (the platform's key, else Ctrl+,).
    void addPreferencesAction(QMenu *edit);
    void createHelpMenu();
    // An action that needs a plan shown (saving, exporting, presenting): disabled on the welcome
    // page. Returns it.
    QAction *needsPlan(QAction *action);

    // The welcome page in place of the plan (the window has put its workspace aside).
    void showWelcome();
    // A plan is shown (new, opened, recovered): the welcome page steps aside and the document
    // autosaves as the preferences say.
    void planShown(PlanDocument &document);
    // A new plan from a starter template (core/store/templates.h), after unsaved changes are
    // saved or discarded.
    void newFromTemplate(const QString &key);

private:
    void setPlanActionsEnabled(bool enabled);

    MainWindow *m_window;
    WelcomePage *m_welcome;
    HelpMenu *m_help = nullptr;
    QList<QAction *> m_planActions;
};

} // namespace Cairn
