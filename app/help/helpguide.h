#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Cairn {

// The user guide: HTML pages built into the program (resources/help/<language>/<page>.html), in
// the language of the interface when there is one, else in English.
struct HelpPage {
    QString id; // "scheduler": the file's name, for links and F1
    QString title; // the page's <title>
    QUrl url; // qrc:/cairn/help/<language>/<id>.html
    QString text; // plain text, for searching
};

struct HelpHit {
    QString page;
    QString title;
    QString snippet; // the words around the first match
    int matches = 0;
};

class HelpGuide {
public:
    // The guide in a language ("de"); English when there is none in it.
    explicit HelpGuide(const QString &language);

    QString language() const { return m_language; }
    const QList<HelpPage> &pages() const { return m_pages; }
    const HelpPage *page(const QString &id) const;

    // The pages that hold every word of the query at the start of a word (case and accents
    // aside), most matches first.
    QList<HelpHit> search(const QString &query) const;

    // The page (and anchor) that explains a view of the workspace, by the view's stable name
    // ("roadmap", "initiatives"); the welcome page and unknown views get "getting-started".
    QUrl topicUrl(const QString &viewName) const;

    // The page ids in reading order (the contents).
    static QStringList pageIds();
    // The languages the guide is written in (those with a folder of pages).
    static QStringList languages();

private:
    QString m_language;
    QList<HelpPage> m_pages;
};

} // namespace Cairn
