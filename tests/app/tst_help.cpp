#include "app/desktop.h"
#include "app/help/helpguide.h"
#include "app/help/helpmenu.h"
#include "app/help/helpwindow.h"
#include "app/help/shortcutsdialog.h"
#include "app/mainwindow.h"
#include "app/views/workspace.h"
#include "tests/app/scriptedinteraction.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Cairn;

class tst_Help : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void everyLanguageHasTheWholeGuide_data()
    {
        QTest::addColumn<QString>("language");
        QVERIFY(HelpGuide::languages().contains(QStringLiteral("en")));
        for (const QString &language : HelpGuide::languages())
            QTest::newRow(qPrintable(language)) << language;
    }

    // Every page is there in each language the guide is written in, with a title and a text, and
    // every link between pages leads to a page and an anchor that exist.
    void everyLanguageHasTheWholeGuide()
    {
        QFETCH(QString, language);
        const HelpGuide guide(language);
        QCOMPARE(guide.language(), language);
        QCOMPARE(guide.pages().size(), HelpGuide::pageIds().size());
        static const QRegularExpression link(
            QStringLiteral("href=\"([a-z-]+)\\.html(#[a-z-]+)?\""));
        for (const HelpPage &p : guide.pages()) {
            QVERIFY2(QFile::exists(QStringLiteral(":/cairn/help/%1/%2.html").arg(language, p.id)),
                qPrintable(p.id));
            QVERIFY2(!p.title.isEmpty(), qPrintable(p.id));
            QVERIFY2(p.text.size() > 400, qPrintable(p.id));
            QFile file(p.url.toString().mid(3)); // "qrc:/..." as ":/..."
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString html = QString::fromUtf8(file.readAll());
            for (auto m = link.globalMatch(html); m.hasNext();) {
                const auto match = m.next();
                const HelpPage *target = guide.page(match.captured(1));
                QVERIFY2(
                    target, qPrintable(p.id + QStringLiteral(" links to ") + match.captured(0)));
                if (!match.captured(2).isEmpty()) {
                    QFile t(target->url.toString().mid(3));
                    QVERIFY(t.open(QIODevice::ReadOnly));
                    QVERIFY2(
                        t.readAll().contains(
                            QStringLiteral("id=\"%1\"").arg(match.captured(2).mid(1)).toUtf8()),
                        qPrintable(p.id + QStringLiteral(" links to ") + match.captured(0)));
                }
            }
        }
    }

    // The guide covers what the issue asks for: starting, the scheduler and "why", Run/Grow/
    // Transform and TIME, spreadsheets, the PDF, the command line.
    void topicsAreCovered_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("page");
        QTest::newRow("why") << "why"
                             << "scheduler";
        QTest::newRow("tolerate") << "tolerate invest migrate eliminate"
                                  << "kinds";
        QTest::newRow("transform") << "Run Grow Transform"
                                   << "kinds";
        QTest::newRow("spreadsheet") << "separators quoted Excel"
                                     << "import";
        QTest::newRow("pdf") << "page size"
                             << "pdf";
        QTest::newRow("exit codes") << "exit codes"
                                    << "command-line";
        QTest::newRow("template") << "template"
                                  << "getting-started";
        QTest::newRow("what-if") << "what if support ended"
                                 << "graph";
        QTest::newRow("server") << "PostgreSQL Keep Mine Take Theirs"
                                << "team-plans";
    }

    void topicsAreCovered()
    {
        QFETCH(QString, query);
        QFETCH(QString, page);
        const QList<HelpHit> hits = HelpGuide(QStringLiteral("en")).search(query);
        QStringList pages;
        for (const HelpHit &h : hits)
            pages << h.page;
        QVERIFY2(pages.contains(page), qPrintable(pages.join(QLatin1Char(' '))));
    }

    void searchFindsEveryWordCaseAndAccentsAside_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("lower case") << "end of support" << true;
        QTest::newRow("upper case") << "END OF SUPPORT" << true;
        QTest::newRow("accented") << "énd öf süpport" << true;
        QTest::newRow("one word missing") << "support xylophone" << false;
        QTest::newRow("empty") << "   " << false;
    }

    void searchFindsEveryWordCaseAndAccentsAside()
    {
        QFETCH(QString, query);
        QFETCH(bool, found);
        const QList<HelpHit> hits = HelpGuide(QStringLiteral("en")).search(query);
        QCOMPARE(!hits.isEmpty(), found);
        for (int k = 1; k < hits.size(); ++k)
            QVERIFY(hits[k - 1].matches >= hits[k].matches);
        for (const HelpHit &h : hits)
            QVERIFY2(h.snippet.contains(QStringLiteral("support"), Qt::CaseInsensitive)
                    || h.title.contains(QStringLiteral("support"), Qt::CaseInsensitive),
                qPrintable(h.snippet));
    }

    // An unknown language gets the English guide.
    void unknownLanguageFallsBackToEnglish()
    {
        const HelpGuide guide(QStringLiteral("tlh"));
        QCOMPARE(guide.language(), QStringLiteral("en"));
        QCOMPARE(guide.pages().size(), HelpGuide::pageIds().size());
    }

    void everyViewHasATopic_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("anchor");
        for (View v : allViews()) {
            const QString name = viewName(v);
            const bool table = v != View::Roadmap && v != View::Charts && v != View::Graph;
            QTest::newRow(qPrintable(name))
                << name << (table ? QStringLiteral("tables") : name) << (table ? name : QString());
        }
        QTest::newRow("welcome") << "getting-started"
                                 << "getting-started"
                                 << "";
        QTest::newRow("unknown") << "no-such-view"
                                 << "getting-started"
                                 << "";
    }

    // F1's page for each view: its own page, or the tables page at the table's section.
    void everyViewHasATopic()
    {
        QFETCH(QString, view);
        QFETCH(QString, page);
        QFETCH(QString, anchor);
        const HelpGuide guide(QStringLiteral("en"));
        const QUrl url = guide.topicUrl(view);
        QCOMPARE(url.fileName(), page + QStringLiteral(".html"));
        QCOMPARE(url.fragment(), anchor);
        if (!anchor.isEmpty()) {
            QFile file(url.toString(QUrl::RemoveFragment).mid(3));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().contains(QStringLiteral("id=\"%1\"").arg(anchor).toUtf8()));
        }
    }

    // F1 in the window opens the guide at the page of the view shown, and on the welcome page
    // at getting started.
    void f1OpensThePageOfTheCurrentView()
    {
        ScriptedInteraction script;
        MainWindow w;
        w.setInteraction(&script);
        w.show();
        w.showWelcome();
        QAction *guide = w.findChild<QAction *>(QStringLiteral("actionUserGuide"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QVERIFY(!guide->shortcut().isEmpty());
        guide->trigger();
        HelpWindow *help = w.desktop()->help()->helpWindow();
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QCOMPARE(help->currentPage(), QStringLiteral("getting-started"));

        w.newPlan(true);
        w.workspace()->showView(View::Charts);
        guide->trigger();
        QCOMPARE(w.desktop()->help()->helpWindow(), help); // one guide window
        QCOMPARE(help->currentPage(), QStringLiteral("charts"));
        w.workspace()->showView(View::Systems);
        guide->trigger();
        QCOMPARE(help->currentPage(), QStringLiteral("tables"));
        QCOMPARE(help->browser()->source().fragment(), QStringLiteral("systems"));
    }

    // Typing in the search field lists the pages that match; choosing one opens it with the words
    // marked; clearing the field brings the contents back.
    void windowSearchesAndMarksTheWords()
    {
        HelpWindow help(QStringLiteral("en"));
        QCOMPARE(help.list()->count(), int(HelpGuide::pageIds().size()));
        help.searchField()->setText(QStringLiteral("capacity"));
        const QList<HelpHit> hits = help.guide().search(QStringLiteral("capacity"));
        QVERIFY(hits.size() >= 2);
        QCOMPARE(help.list()->count(), 2 * int(hits.size())); // a title and a snippet each
        QCOMPARE(help.list()->item(0)->text(), hits.front().title);
        QVERIFY(help.list()->item(0)->font().bold());
        QCOMPARE(help.list()->item(1)->text(), hits.front().snippet);
        QListWidgetItem *first = help.list()->item(0);
        emit help.list()->itemClicked(first);
        QVERIFY(!help.browser()->extraSelections().isEmpty());
        for (const auto &mark : help.browser()->extraSelections())
            QCOMPARE(mark.cursor.selectedText().toLower(), QStringLiteral("capacity"));
        help.searchField()->setText(QStringLiteral("xylophone"));
        QCOMPARE(help.list()->count(), 1);
        QVERIFY(!(help.list()->item(0)->flags() & Qt::ItemIsEnabled));
        QVERIFY(help.list()->item(0)->text().contains(QStringLiteral("xylophone")));
        help.searchField()->clear();
        QCOMPARE(help.list()->count(), int(HelpGuide::pageIds().size()));
    }

    // A link in a page opens the page it names.
    void linksLeadToTheirPage()
    {
        HelpWindow help(QStringLiteral("en"));
        help.showPage(QStringLiteral("getting-started"));
        // As a click on a link does: the link resolved against the page it is on.
        help.browser()->setSource(
            help.browser()->source().resolved(QUrl(QStringLiteral("pdf.html"))));
        QCOMPARE(help.currentPage(), QStringLiteral("pdf"));
        QCOMPARE(help.list()->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("pdf"));
    }

    // Help > Keyboard Shortcuts lists every action that has a shortcut, under its menu, and the
    // keys the views handle themselves.
    void shortcutsListEveryShortcut()
    {
        ScriptedInteraction script;
        MainWindow w;
        w.setInteraction(&script);
        w.newPlan(true);
        const QList<ShortcutEntry> entries = collectShortcuts(&w);
        QStringList listed;
        for (const ShortcutEntry &e : entries)
            listed << e.keys;
        int actions = 0;
        for (const QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcut().isEmpty())
                continue;
            ++actions;
            const QString keys = a->shortcut().toString(QKeySequence::NativeText);
            bool found = false;
            for (const QString &l : listed)
                found = found || l.split(QStringLiteral(", ")).contains(keys);
            QVERIFY2(found, qPrintable(a->text() + QLatin1Char(' ') + keys));
        }
        QVERIFY(actions >= 10);
        const auto entry = [&entries](const QString &action) {
            for (const ShortcutEntry &e : entries)
                if (e.action == action)
                    return e;
            return ShortcutEntry {};
        };
        QCOMPARE(entry(QStringLiteral("Save")).group, QStringLiteral("File"));
        QCOMPARE(entry(QStringLiteral("Save")).keys,
            QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
        QCOMPARE(entry(QStringLiteral("User Guide")).group, QStringLiteral("Help"));
        QCOMPARE(entry(QStringLiteral("Pin a quarter earlier or later")).group,
            QStringLiteral("Roadmap"));
        QCOMPARE(entry(QStringLiteral("Pin a quarter earlier or later")).keys,
            QStringLiteral("Shift+Left, Shift+Right"));
        QCOMPARE(entry(QStringLiteral("Blank the screen")).group, QStringLiteral("Presenter mode"));
        QCOMPARE(entry(QStringLiteral("Blank the screen")).keys, QStringLiteral("B, ."));
        // Groups come in the menu bar's order, the views' keys after the menus.
        QStringList groups;
        for (const ShortcutEntry &e : entries)
            if (groups.isEmpty() || groups.last() != e.group)
                groups << e.group;
        QCOMPARE(int(groups.removeDuplicates()), 0);
        QVERIFY(groups.indexOf(QStringLiteral("File")) < groups.indexOf(QStringLiteral("Edit")));
        QVERIFY(groups.indexOf(QStringLiteral("Help")) < groups.indexOf(QStringLiteral("Roadmap")));

        ShortcutsDialog dialog(&w);
        QCOMPARE(dialog.tree()->topLevelItemCount(), int(groups.size()));
        int rows = 0;
        for (int k = 0; k < dialog.tree()->topLevelItemCount(); ++k)
            rows += dialog.tree()->topLevelItem(k)->childCount();
        QCOMPARE(rows, int(entries.size()));
    }
};

QTEST_MAIN(tst_Help)
#include "tst_help.moc"
