#include "app/desktop.h"
#include "app/dialogs/plansettingsdialog.h"
#include "app/mainwindow.h"
#include "app/recentfiles.h"
#include "app/views/importwizard.h"
#include "app/views/scenariobar.h"
#include "app/views/welcomepage.h"
#include "app/views/workspace.h"
#include "core/domain/planvalidator.h"
#include "core/session/plandocument.h"
#include "core/store/sampleplan.h"
#include "core/store/templates.h"
#include "tests/app/scriptedinteraction.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDate>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Cairn;

namespace {
QAction *action(MainWindow &w, const char *name)
{
    QAction *a = w.findChild<QAction *>(QLatin1String(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}

QCommandLinkButton *button(MainWindow &w, const QString &name)
{
    auto *b = w.desktop()->welcome()->findChild<QCommandLinkButton *>(name);
    if (!b)
        qFatal("no button %s on the welcome page", qPrintable(name));
    return b;
}

// The menu of that title in the menu bar, as it is about to drop down: its actions as a person
// sees them.
QMenu *openedMenu(MainWindow &w, const QString &title)
{
    for (QMenu *m : w.menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly)) {
        if (m->title() == title) {
            emit m->aboutToShow();
            return m;
        }
    }
    qFatal("no menu %s", qPrintable(title));
}

// Widgets added to a shown window appear when the event loop next runs, as for a person.
void settle()
{
    QCoreApplication::processEvents();
}

QLabel *banner(MainWindow &w)
{
    return w.findChild<QLabel *>(QStringLiteral("banner"));
}

// The window as main() leaves it at the first start: shown, the welcome page in front.
void startAsAtFirstRun(MainWindow &w, ScriptedInteraction &script)
{
    w.setInteraction(&script);
    w.show();
    w.showWelcome();
}

QString savedPlan(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    PlanDocument document(samplePlan());
    if (!document.saveAs(path).ok)
        qFatal("cannot save %s", qPrintable(path));
    return path;
}
} // namespace

class tst_WelcomePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    // The first start shows the welcome page, not a plan: no docks, nothing to save or export,
    // and the window is called Cairn.
    void firstStartShowsTheWelcomePage()
    {
        ScriptedInteraction script;
        MainWindow w;
        startAsAtFirstRun(w, script);
        QVERIFY(w.desktop()->welcome()->isVisible());
        QVERIFY(!w.workspace()->isVisible());
        for (QDockWidget *dock : w.findChildren<QDockWidget *>())
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        QVERIFY(!banner(w)->isVisible());
        for (const char *name : {"actionSave", "actionSaveAs", "actionExportRoadmapPDF",
                 "actionPrint", "actionClose", "actionAdd", "actionDelete", "actionPlanSettings",
                 "actionPresent", "actionExportSlides", "actionExportWorkshopRecord",
                 "actionPublishToServer", "actionScenariosMenu"})
            QVERIFY2(!action(w, name)->isEnabled(), name);
        // No scenario is made or shown in the hidden empty plan.
        QVERIFY(!w.findChild<ScenarioBar *>()->isEnabled());
        // View ▸ Start Workshop started a workshop in the hidden empty plan.
        openedMenu(w, MainWindow::tr("&View"));
        for (const char *name : {"actionWorkshopSession", "actionNoteDecision"})
            QVERIFY2(!action(w, name)->isEnabled(), name);
        for (const char *name : {"actionNewPlan", "actionOpen", "actionQuit", "actionPreferences"})
            QVERIFY2(action(w, name)->isEnabled(), name);
        QCOMPARE(w.windowTitle(), QStringLiteral("Cairn"));
        QVERIFY(!w.statusBar()->isVisible()); // no plan, no totals
        QVERIFY(!w.findChild<QToolBar *>(QStringLiteral("captureToolBar"))->isVisible());
        // Every way in is offered, with a template per starter plan.
        for (const char *name : {"welcomeNew", "welcomeOpen", "welcomeImport", "welcomeSample"})
            QVERIFY(button(w, QLatin1String(name))->isVisible());
        for (const PlanTemplate &t : planTemplates()) {
            QCommandLinkButton *b = button(w, QStringLiteral("welcomeTemplate-") + t.key);
            QCOMPARE(b->text(), t.title);
            // Shown as written: "&" doubled so that it is not taken for a mnemonic.
            QCOMPARE(b->description(), QString(t.description).replace(u'&', QStringLiteral("&&")));
        }
    }

    // The sample is called what it is, in the title and in a banner, and the docks come back.
    void sampleIsTitledAndSaysItIsTheSample()
    {
        ScriptedInteraction script;
        MainWindow w;
        startAsAtFirstRun(w, script);
        button(w, QStringLiteral("welcomeSample"))->click();
        settle();
        QVERIFY(!w.desktop()->welcome()->isVisible());
        QVERIFY(w.workspace()->isVisible());
        QCOMPARE(w.document()->plan().info().name, samplePlan().info.name);
        QVERIFY2(w.windowTitle().startsWith(samplePlan().info.name), qPrintable(w.windowTitle()));
        QVERIFY(!w.windowTitle().contains(QStringLiteral("Untitled")));
        QVERIFY(banner(w)->isVisible());
        QVERIFY(banner(w)->text().contains(QStringLiteral("sample plan")));
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->isVisible());
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->isVisible());
        QVERIFY(w.statusBar()->isVisible());
        for (const char *name : {"actionSave", "actionSaveAs", "actionExportRoadmapPDF",
                 "actionClose", "actionAdd", "actionExportWorkshopRecord", "actionPublishToServer"})
            QVERIFY2(action(w, name)->isEnabled(), name);
        QVERIFY(w.findChild<ScenarioBar *>()->isEnabled());
        openedMenu(w, MainWindow::tr("&View"));
        QVERIFY(action(w, "actionWorkshopSession")->isEnabled());
        QVERIFY(!w.isWindowModified());
    }

    void templateStartsNextQuarter_data()
    {
        QTest::addColumn<QString>("key");
        for (const PlanTemplate &t : planTemplates())
            QTest::newRow(qPrintable(t.key)) << t.key;
    }

    // A template opens as an untitled plan named after it, starting next quarter, with a banner
    // that names the template; nothing is marked as changed yet.
    void templateStartsNextQuarter()
    {
        QFETCH(QString, key);
        ScriptedInteraction script;
        MainWindow w;
        startAsAtFirstRun(w, script);
        button(w, QStringLiteral("welcomeTemplate-") + key)->click();
        QVERIFY(!w.desktop()->welcome()->isVisible());
        const PlanContent &plan = w.document()->plan().content();
        QCOMPARE(plan.info.firstQuarter, Quarter::fromDate(QDate::currentDate()) + 1);
        QVERIFY(validatePlan(plan).isEmpty());
        QVERIFY(w.document()->path().isEmpty());
        QVERIFY2(w.windowTitle().startsWith(plan.info.name), qPrintable(w.windowTitle()));
        QString title;
        for (const PlanTemplate &t : planTemplates())
            title = t.key == key ? t.title : title;
        QVERIFY(banner(w)->isVisible());
        QVERIFY2(banner(w)->text().contains(title), qPrintable(banner(w)->text()));
        QVERIFY(!w.isWindowModified());
    }

    // New Plan asks for the plan's settings first; Open asks for a file.
    void newAndOpenGoThroughTheirActions()
    {
        ScriptedInteraction script;
        QStringList dialogs;
        script.onRun = [&dialogs](QDialog &d) {
            dialogs << QString::fromLatin1(d.metaObject()->className());
            return int(QDialog::Rejected);
        };
        int chosen = 0;
        script.onChooseFile = [&chosen](Interaction::FileUse use) {
            chosen += use == Interaction::FileUse::OpenPlan ? 1 : 100;
            return QString();
        };
        MainWindow w;
        startAsAtFirstRun(w, script);
        button(w, QStringLiteral("welcomeOpen"))->click();
        QCOMPARE(chosen, 1);
        QVERIFY(w.desktop()->welcome()->isVisible()); // nothing chosen: still welcome
        button(w, QStringLiteral("welcomeNew"))->click();
        QCOMPARE(dialogs, QStringList {QStringLiteral("Cairn::PlanSettingsDialog")});
        settle();
        QVERIFY(!w.desktop()->welcome()->isVisible());
        QVERIFY(w.workspace()->isVisible());
    }

    // Import from a spreadsheet runs the import wizard on a new plan; cancelled, the welcome page
    // is back.
    void cancelledImportReturnsToTheWelcomePage()
    {
        ScriptedInteraction script;
        QStringList dialogs;
        script.onRun = [&dialogs](QDialog &d) {
            dialogs << QString::fromLatin1(d.metaObject()->className());
            return int(QDialog::Rejected);
        };
        MainWindow w;
        startAsAtFirstRun(w, script);
        button(w, QStringLiteral("welcomeImport"))->click();
        QCOMPARE(dialogs, QStringList {QStringLiteral("Cairn::ImportWizard")});
        QVERIFY(w.desktop()->welcome()->isVisible());
        QVERIFY(!w.workspace()->isVisible());
    }

    // The plans opened last are listed (those that still exist), newest first, and open on a
    // click; the list follows a plan saved meanwhile.
    void recentPlansAreListedAndOpen()
    {
        QTemporaryDir dir;
        const QString older = savedPlan(dir, QStringLiteral("older.cairn"));
        const QString newer = savedPlan(dir, QStringLiteral("newer.cairn"));
        RecentFiles recent;
        recent.add(dir.filePath(QStringLiteral("gone.cairn")));
        recent.add(older);
        recent.add(newer);

        ScriptedInteraction script;
        MainWindow w;
        startAsAtFirstRun(w, script);
        QCOMPARE(
            button(w, QStringLiteral("welcomeRecent0"))->text(), QStringLiteral("newer.cairn"));
        QCOMPARE(
            button(w, QStringLiteral("welcomeRecent1"))->text(), QStringLiteral("older.cairn"));
        QVERIFY(!w.desktop()->welcome()->findChild<QCommandLinkButton *>(
            QStringLiteral("welcomeRecent2")));

        button(w, QStringLiteral("welcomeRecent1"))->click();
        QVERIFY(!w.desktop()->welcome()->isVisible());
        QCOMPARE(w.document()->path(), older);
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("older.cairn")));
        // Back to the welcome page: the plan just opened is now the newest.
        action(w, "actionClose")->trigger();
        QVERIFY(w.desktop()->welcome()->isVisible());
        QCOMPARE(
            button(w, QStringLiteral("welcomeRecent0"))->text(), QStringLiteral("older.cairn"));
    }

    // Close goes back to the welcome page after asking about unsaved changes; cancelled, the
    // plan stays.
    void closeReturnsToTheWelcomePage()
    {
        ScriptedInteraction script;
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        script.onSave = [&asked, &answer](const QString &) {
            ++asked;
            return answer;
        };
        MainWindow w;
        startAsAtFirstRun(w, script);
        button(w, QStringLiteral("welcomeSample"))->click();
        Initiative changed = w.document()->plan().initiatives().front();
        changed.name = QStringLiteral("Changed");
        w.document()->edit().update(changed);
        action(w, "actionClose")->trigger();
        QCOMPARE(asked, 1);
        QVERIFY(!w.desktop()->welcome()->isVisible());
        QCOMPARE(w.document()->plan().initiatives().front().name, QStringLiteral("Changed"));
        answer = QMessageBox::Discard;
        action(w, "actionClose")->trigger();
        QCOMPARE(asked, 2);
        QVERIFY(w.desktop()->welcome()->isVisible());
        QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->isVisible());
        QCOMPARE(w.windowTitle(), QStringLiteral("Cairn"));
        button(w, QStringLiteral("welcomeSample"))->click();
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->isVisible());
    }

    void buttonsAreAsTallAsTheirText_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }

    // Each button is as tall as its title and description need at its width, no taller.
    void buttonsAreAsTallAsTheirText()
    {
        QFETCH(QSize, size);
        ScriptedInteraction script;
        MainWindow w;
        w.resize(size);
        startAsAtFirstRun(w, script);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto buttons = w.desktop()->welcome()->findChildren<QCommandLinkButton *>();
        QVERIFY(buttons.size() >= 7);
        for (QCommandLinkButton *b : buttons) {
            const int needed = b->heightForWidth(b->width());
            QVERIFY2(b->height() <= needed + 2 && needed <= 6 * b->fontMetrics().height(),
                qPrintable(QStringLiteral("%1: %2 high, needs %3 at width %4")
                               .arg(b->objectName())
                               .arg(b->height())
                               .arg(needed)
                               .arg(b->width())));
        }
    }

    // The welcome page's link to the guide asks for it.
    void guideLinkAsksForHelp()
    {
        RecentFiles recent;
        WelcomePage page(recent);
        QSignalSpy help(&page, &WelcomePage::helpRequested);
        QLabel *link = nullptr;
        for (QLabel *l : page.findChildren<QLabel *>())
            link = l->text().contains(QStringLiteral("href")) ? l : link;
        QVERIFY(link);
        emit link->linkActivated(QStringLiteral("help"));
        QCOMPARE(help.size(), 1);
    }
};

QTEST_MAIN(tst_WelcomePage)
#include "tst_welcomepage.moc"
