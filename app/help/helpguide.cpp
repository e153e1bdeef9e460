#include "app/help/helpguide.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

static void initHelpResources()
{
    Q_INIT_RESOURCE(cairn_help);
}

namespace Cairn {

namespace {
// Case and accents aside: "Général" finds "general".
QString folded(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return decomposed;
}

// Where a word begins in `text`: "end" finds "end of support" and "ends", not "spend".
QList<qsizetype> wordStarts(const QString &text, const QString &word)
{
    QList<qsizetype> starts;
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
        if (at == 0 || !text[at - 1].isLetterOrNumber())
            starts << at;
    return starts;
}

// The table views share one page, each with its section.
const char *const kTableViews[] = {"initiatives", "goals", "systems", "resources", "milestones"};
} // namespace

QStringList HelpGuide::pageIds()
{
    return {QStringLiteral("getting-started"), QStringLiteral("roadmap"), QStringLiteral("tables"),
        QStringLiteral("charts"), QStringLiteral("graph"), QStringLiteral("scheduler"),
        QStringLiteral("scenarios"), QStringLiteral("team-plans"), QStringLiteral("kinds"),
        QStringLiteral("workshop"), QStringLiteral("import"), QStringLiteral("pdf"),
        QStringLiteral("command-line")};
}

QStringList HelpGuide::languages()
{
    initHelpResources();
    return QDir(QStringLiteral(":/cairn/help")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

HelpGuide::HelpGuide(const QString &language)
    : m_language(languages().contains(language) ? language : QStringLiteral("en"))
{
    initHelpResources();
    static const QRegularExpression titleRe(
        QStringLiteral("<title>(.*?)</title>"), QRegularExpression::DotMatchesEverythingOption);
    for (const QString &id : pageIds()) {
        // A page not yet written in a language is shown in English (tst_help checks that a
        // language that has the guide has all of it).
        QString path = QStringLiteral(":/cairn/help/%1/%2.html").arg(m_language, id);
        if (!QFile::exists(path))
            path = QStringLiteral(":/cairn/help/en/%1.html").arg(id);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The user guide's page %s is missing from the build", qPrintable(path));
        const QString html = QString::fromUtf8(file.readAll());
        QTextDocument document;
        document.setHtml(html);
        m_pages << HelpPage {id, titleRe.match(html).captured(1).trimmed(),
            QUrl(QStringLiteral("qrc") + path), document.toPlainText()};
    }
}

const HelpPage *HelpGuide::page(const QString &id) const
{
    for (const HelpPage &p : m_pages)
        if (p.id == id)
            return &p;
    return nullptr;
}

QList<HelpHit> HelpGuide::search(const QString &query) const
{
    const QStringList words = folded(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<HelpHit> hits;
    if (words.isEmpty())
        return hits;
    // The snippet is cut around the longest word: "support" rather than "of".
    const QString longest = *std::max_element(words.cbegin(), words.cend(),
        [](const QString &a, const QString &b) { return a.size() < b.size(); });
    for (const HelpPage &p : m_pages) {
        const QString plain = p.title + QLatin1Char('\n') + p.text;
        const QString text = folded(plain);
        HelpHit hit {p.id, p.title, QString(), 0};
        for (const QString &word : words) {
            const int count = int(wordStarts(text, word).size());
            if (count == 0) {
                hit.matches = 0;
                break;
            }
            hit.matches += count;
        }
        if (hit.matches == 0)
            continue;
        // Folding keeps the length (a decomposed accent is dropped again), so the place of the
        // match holds in the page's own text, which the snippet is cut from.
        const qsizetype first = wordStarts(text, longest).value(0);
        qsizetype from = std::max<qsizetype>(0, first - 40);
        if (from > 0) // from the start of a word
            from = std::min(first, plain.indexOf(QLatin1Char(' '), from) + 1);
        hit.snippet = plain.mid(from, 120).simplified();
        if (from > 0)
            hit.snippet.prepend(QStringLiteral("…"));
        hits << hit;
    }
    std::stable_sort(hits.begin(), hits.end(),
        [](const HelpHit &a, const HelpHit &b) { return a.matches > b.matches; });
    return hits;
}

QUrl HelpGuide::topicUrl(const QString &viewName) const
{
    if (const HelpPage *p = page(viewName))
        return p->url;
    for (const char *table : kTableViews)
        if (viewName == QLatin1String(table)) {
            QUrl url = page(QStringLiteral("tables"))->url;
            url.setFragment(viewName);
            return url;
        }
    return page(QStringLiteral("getting-started"))->url;
}

} // namespace Cairn
