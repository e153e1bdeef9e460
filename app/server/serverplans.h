#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;

namespace Cairn {

class ConflictsPanel;
class MainWindow;
class PlanDocument;
struct RecoveryInfo;
class ServerDocument;

// The window's part for plans on a server: File > Open from Server… and Publish to Server…,
// the Conflicts dock beside Problems, and what the server says (a lost connection, a step it
// did not take, colleagues' changes taken in) in the banner and the status bar.
class ServerPlans : public QObject {
    Q_OBJECT

public:
    // Adds its actions to the File menu after Open…, and its dock beside Problems; follows the
    // documents the window shows by itself (the window only makes it).
    explicit ServerPlans(MainWindow *window);

    QDockWidget *dock() const { return m_dock; }
    QAction *toggleViewAction() const;
    ConflictsPanel *conflicts() const { return m_panel; }
    // The window shows another document (a plan on a server or not).
    void documentShown(PlanDocument *document);

    void openFromServer();
    void publishToServer();
    // Steps a window that closed unexpectedly did not send (a recovery copy of a plan on a
    // server): asks, opens the plan (the address filled in, a password may be typed) and sends
    // them. False when the person did not want that or the plan could not be opened.
    bool recover(const RecoveryInfo &info);

protected:
    // A new workspace in the window's central widget: a new document is shown.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The steps closed windows of this plan left unsent are offered first, or those of
    // `accepted` made again without asking.
    void showDocument(
        std::unique_ptr<ServerDocument> document, const RecoveryInfo *accepted = nullptr);
    // Yes, Discard (the copy is removed) or Ignore (it stays for later).
    QMessageBox::StandardButton askAboutUnsent(const RecoveryInfo &info, bool opening);
    // What the window says of it in its status bar (empty: it said why not).
    QString sendUnsent(ServerDocument &document, const RecoveryInfo &info);
    void say(const QString &message);

    MainWindow *m_window;
    QDockWidget *m_dock;
    ConflictsPanel *m_panel;
    QPointer<ServerDocument> m_document;
    const PlanDocument *m_shown = nullptr;
    QString m_said; // what the banner says for the server, to take it away again
};

} // namespace Cairn
