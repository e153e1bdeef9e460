#include "app/views/welcomepage.h"

#include "app/recentfiles.h"
#include "core/store/templates.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace Cairn {

namespace {
constexpr int kMaxRecent = 6;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    label->setContentsMargins(0, 12, 0, 4);
    return label;
}

QCommandLinkButton *link(
    const QString &title, const QString &description, QWidget *parent, const QString &objectName)
{
    // A single "&" would underline the next letter as a mnemonic ("click & collect").
    const auto literal
        = [](QString text) { return text.replace(QLatin1Char('&'), QStringLiteral("&&")); };
    auto *button = new QCommandLinkButton(literal(title), literal(description), parent);
    button->setObjectName(objectName);
    // As tall as its text at the width it is given: Qt's command link button otherwise takes the
    // height its description needs at the width of its title, a few words to a line.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Maximum, QSizePolicy::PushButton);
    policy.setHeightForWidth(true);
    button->setSizePolicy(policy);
    return button;
}
} // namespace

WelcomePage::WelcomePage(RecentFiles &recent, QWidget *parent)
    : QWidget(parent)
    , m_recentFiles(recent)
    , m_recent(new QVBoxLayout)
    , m_noRecent(new QLabel(tr("Plans you open or save will be listed here."), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *content = new QWidget;
    content->setMaximumWidth(1100);

    auto *icon = new QLabel(content);
    icon->setPixmap(QIcon(QStringLiteral(":/cairn/icons/cairn.svg")).pixmap(64, 64));
    auto *title = new QLabel(tr("Welcome to Cairn"), content);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Plan where IT goes next: the business's goals, the systems it "
                                "runs and the initiatives that change them, scheduled across "
                                "quarters within budget and staff, before vendors end support."),
        content);
    intro->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(intro);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addSpacing(12);
    header->addLayout(titles, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addWidget(startColumn(), 1, Qt::AlignTop);
    columns->addWidget(templateColumn(), 1, Qt::AlignTop);

    auto *help = new QLabel(
        tr("New to Cairn? <a href=\"help\">Read the user guide</a> (F1 opens the page of what "
           "you are looking at)."),
        content);
    help->setWordWrap(true);
    connect(help, &QLabel::linkActivated, this, &WelcomePage::helpRequested);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addLayout(header);
    layout->addLayout(columns);
    layout->addSpacing(12);
    layout->addWidget(help);
    layout->addStretch();

    // Centred, and scrolled rather than squeezed when the window is small or the type large.
    auto *centre = new QWidget;
    auto *centring = new QHBoxLayout(centre);
    centring->addStretch();
    centring->addWidget(content, 100);
    centring->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(centre);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    refresh();
    connect(&m_recentFiles, &RecentFiles::changed, this, &WelcomePage::refresh);
}

void WelcomePage::enter(QMainWindow *window)
{
    m_window = window;
    window->statusBar()->hide(); // no plan, no totals
    // The docks and the plan's tool bars (capture): only the main tool bar stays.
    QList<QWidget *> aside;
    for (QDockWidget *dock : window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        aside << dock;
    for (QToolBar *bar : window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        if (bar->objectName() != QLatin1String("mainToolBar"))
            aside << bar;
    for (QWidget *w : std::as_const(aside))
        if (!w->isHidden()) {
            m_docksAside << w;
            w->hide();
        }
    refresh();
    show();
}

void WelcomePage::leave()
{
    hide();
    if (m_window)
        m_window->statusBar()->show();
    m_window = nullptr;
    for (const QPointer<QWidget> &dock : std::as_const(m_docksAside))
        if (dock)
            dock->show();
    m_docksAside.clear();
}

QWidget *WelcomePage::startColumn()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Start"), column));
    QCommandLinkButton *newPlan = link(tr("New Plan…"),
        tr("Name it, choose its currency and first quarter, then add goals, systems and "
           "initiatives."),
        column, QStringLiteral("welcomeNew"));
    QCommandLinkButton *open = link(
        tr("Open…"), tr("A plan saved by Cairn (.cairn)."), column, QStringLiteral("welcomeOpen"));
    QCommandLinkButton *import = link(tr("Import from a Spreadsheet…"),
        tr("Goals, systems, initiatives or resources as CSV files from Excel, LibreOffice or "
           "another tool: a new plan from your lists."),
        column, QStringLiteral("welcomeImport"));
    QCommandLinkButton *sample = link(tr("Start from the Sample"),
        tr("Brightwater Outdoor, a 60-person retailer: a whole plan with three years of work to "
           "explore and change."),
        column, QStringLiteral("welcomeSample"));
    newPlan->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    import->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    sample->setIcon(QIcon(QStringLiteral(":/cairn/icons/cairn.svg")));
    for (QCommandLinkButton *b : {newPlan, open, import, sample})
        layout->addWidget(b);
    connect(newPlan, &QAbstractButton::clicked, this, &WelcomePage::newPlanRequested);
    connect(open, &QAbstractButton::clicked, this, &WelcomePage::openRequested);
    connect(import, &QAbstractButton::clicked, this, &WelcomePage::importRequested);
    connect(sample, &QAbstractButton::clicked, this, &WelcomePage::sampleRequested);

    layout->addWidget(heading(tr("Open Recent"), column));
    m_noRecent->setParent(column);
    m_noRecent->setWordWrap(true);
    m_noRecent->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_noRecent);
    layout->addLayout(m_recent);
    layout->addStretch(1); // the buttons keep their height; the space goes below
    return column;
}

QWidget *WelcomePage::templateColumn()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Start from a Template"), column));
    auto *about = new QLabel(tr("A small plan of a typical business, with its goals and the usual "
                                "work to keep the lights on (backups, upgrades before end of "
                                "support), ready to make your own."),
        column);
    about->setWordWrap(true);
    layout->addWidget(about);
    for (const PlanTemplate &t : planTemplates()) {
        QCommandLinkButton *b
            = link(t.title, t.description, column, QStringLiteral("welcomeTemplate-") + t.key);
        layout->addWidget(b);
        connect(b, &QAbstractButton::clicked, this,
            [this, key = t.key] { emit templateRequested(key); });
    }
    layout->addStretch(1);
    return column;
}

void WelcomePage::refresh()
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        if (QWidget *old = item->widget()) {
            // Later: it may be the button whose click opened a plan and so changed the list.
            old->hide();
            old->setObjectName(QString());
            old->deleteLater();
        }
        delete item;
    }
    int shown = 0;
    const QStringList recent = m_recentFiles.files();
    for (const QString &path : recent) {
        const QFileInfo file(path);
        if (!file.exists() || shown == kMaxRecent)
            continue;
        QCommandLinkButton *b = link(file.fileName(), QDir::toNativeSeparators(file.absolutePath()),
            m_noRecent->parentWidget(), QStringLiteral("welcomeRecent%1").arg(shown));
        b->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
        m_recent->addWidget(b);
        connect(b, &QAbstractButton::clicked, this, [this, path] { emit recentRequested(path); });
        ++shown;
    }
    m_noRecent->setVisible(shown == 0);
}

} // namespace Cairn
