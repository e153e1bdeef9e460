#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QMainWindow;
class QVBoxLayout;

namespace Cairn {

class RecentFiles;

// What Cairn shows when no plan is open (the first start, after Close): start a new plan, open
// one (or a recent one), import spreadsheets, or start from the sample or a starter template. It
// only asks; the main window does.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(RecentFiles &recent, QWidget *parent = nullptr);

    // Shown in place of a plan: the window's docks step aside until leave() brings them back.
    void enter(QMainWindow *window);
    void leave();
    // Re-reads the recent plans (those that still exist); done whenever they change.
    void refresh();

signals:
    void newPlanRequested();
    void openRequested();
    void recentRequested(const QString &path);
    void importRequested();
    void sampleRequested();
    void templateRequested(const QString &key);
    void helpRequested();

private:
    QWidget *startColumn();
    QWidget *templateColumn();

    RecentFiles &m_recentFiles;
    QVBoxLayout *m_recent;
    QLabel *m_noRecent;
    QList<QPointer<QWidget>> m_docksAside; // and tool bars, shown again on leave()
    QMainWindow *m_window = nullptr; // while the page is shown in it
};

} // namespace Cairn
