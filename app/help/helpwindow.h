#pragma once

#include "app/help/helpguide.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTextBrowser;

namespace Cairn {

// The user guide's window: the contents (or, while searching, the pages that match) beside the
// page. Links between pages work; the search highlights the words on the page it opens.
class HelpWindow : public QWidget {
    Q_OBJECT

public:
    explicit HelpWindow(const QString &language, QWidget *parent = nullptr);

    const HelpGuide &guide() const { return m_guide; }
    void showUrl(const QUrl &url);
    void showPage(const QString &id);
    // The page shown ("roadmap").
    QString currentPage() const;
    void search(const QString &query);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QTextBrowser *browser() const { return m_browser; }

private:
    void showContents();
    void onItemActivated(QListWidgetItem *item);
    void highlight(const QString &query);

    HelpGuide m_guide;
    QLineEdit *m_search;
    QListWidget *m_list;
    QTextBrowser *m_browser;
};

} // namespace Cairn
