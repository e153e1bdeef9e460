#include "app/help/helpwindow.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Cairn {

namespace {
constexpr int PageRole = Qt::UserRole;
constexpr int QueryRole = Qt::UserRole + 1;
} // namespace

HelpWindow::HelpWindow(const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_guide(language)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Cairn User Guide"));
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/cairn/help/") + m_guide.language()});

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_list, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 780});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);
    resize(1040, 720);

    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::search);
    connect(m_list, &QListWidget::itemActivated, this, &HelpWindow::onItemActivated);
    connect(m_list, &QListWidget::itemClicked, this, &HelpWindow::onItemActivated);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        // Keep the contents in step when a link leads to another page.
        if (!m_search->text().isEmpty())
            return;
        const QString page = url.fileName().chopped(5); // ".html"
        for (int row = 0; row < m_list->count(); ++row)
            if (m_list->item(row)->data(PageRole).toString() == page)
                m_list->setCurrentRow(row);
    });
    showContents();
    showPage(QStringLiteral("getting-started"));
}

void HelpWindow::showContents()
{
    m_list->clear();
    for (const HelpPage &p : m_guide.pages()) {
        auto *item = new QListWidgetItem(p.title, m_list);
        item->setData(PageRole, p.id);
    }
}

void HelpWindow::showUrl(const QUrl &url)
{
    m_browser->setSource(url);
    if (url.hasFragment())
        m_browser->scrollToAnchor(url.fragment());
}

void HelpWindow::showPage(const QString &id)
{
    if (const HelpPage *p = m_guide.page(id))
        showUrl(p->url);
}

QString HelpWindow::currentPage() const
{
    return m_browser->source().fileName().chopped(5); // ".html"
}

void HelpWindow::search(const QString &query)
{
    if (query.trimmed().isEmpty()) {
        showContents();
        return;
    }
    m_list->clear();
    const QList<HelpHit> hits = m_guide.search(query);
    for (const HelpHit &hit : hits) {
        // The page's title in bold, the words around the match under it; either opens the page.
        auto *title = new QListWidgetItem(hit.title, m_list);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *snippet = new QListWidgetItem(hit.snippet, m_list);
        snippet->setForeground(palette().color(QPalette::PlaceholderText));
        for (QListWidgetItem *item : {title, snippet}) {
            item->setData(PageRole, hit.page);
            item->setData(QueryRole, query);
        }
    }
    if (hits.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No page mentions %1.").arg(query.trimmed()), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
}

void HelpWindow::onItemActivated(QListWidgetItem *item)
{
    const QString page = item->data(PageRole).toString();
    if (page.isEmpty())
        return;
    showPage(page);
    highlight(item->data(QueryRole).toString());
}

void HelpWindow::highlight(const QString &query)
{
    QList<QTextEdit::ExtraSelection> marks;
    for (const QString &word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QTextCursor at(m_browser->document());
        while (!(at = m_browser->document()->find(word, at)).isNull()) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = at;
            mark.format.setBackground(palette().color(QPalette::Highlight));
            mark.format.setForeground(palette().color(QPalette::HighlightedText));
            marks << mark;
        }
    }
    m_browser->setExtraSelections(marks);
    if (!marks.isEmpty()) {
        m_browser->setTextCursor(marks.front().cursor);
        m_browser->ensureCursorVisible();
    }
}

} // namespace Cairn
