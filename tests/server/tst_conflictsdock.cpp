#include "app/mainwindow.h"
#include "app/server/conflictspanel.h"
#include "app/server/serverdialog.h"
#include "app/views/inspector.h"
#include "app/views/tablepage.h"
#include "app/views/workspace.h"
#include "core/session/serverdocument.h"
#include "tests/app/scriptedinteraction.h"
#include "tests/core/planfixtures.h"
#include "tests/server/testserver.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Cairn;

namespace {
// True when no quotation mark opens inside another (“Edit “X”” is a quote in a quote).
bool quotesNestAtMostOnce(const QString &text)
{
    int depth = 0;
    for (const QChar c : text) {
        if (c == QChar(0x201C) && ++depth > 1)
            return false;
        if (c == QChar(0x201D))
            depth = std::max(0, depth - 1);
    }
    return true;
}
} // namespace

// The window's side of a plan on a server: the Conflicts dock and its model, the dialog that
// opens a plan from a server, and the window showing it.
class tst_ConflictsDock : public QObject {
    Q_OBJECT

private:
    Test::TestServer m_server;
    int m_plans = 0;
    QString m_plan;

    std::unique_ptr<ServerDocument> openStale(ServerDocument::Options options = {})
    {
        // No listener: the document keeps the plan as it read it, so that a colleague's step
        // is sure to come first.
        options.listen = false;
        auto doc = std::make_unique<ServerDocument>(
            m_server.address(QStringLiteral("alice"), m_plan), options);
        QSignalSpy opened(doc.get(), &ServerDocument::opened);
        doc->open();
        if (!opened.wait(20000) || !opened.first().at(0).toBool())
            return nullptr;
        return doc;
    }

    bool colleague(const std::function<void(Initiative &)> &change)
    {
        ServerStore store(m_server.address(QStringLiteral("bob"), m_plan));
        const LoadResult loaded = store.load();
        if (!loaded.ok())
            return false;
        PlanContent after = *loaded.content;
        change(after.initiatives.front());
        return store.commit(after, PlanChanges::between(*loaded.content, after)).ok;
    }

    int riskOnServer()
    {
        ServerStore store(m_server.address(QStringLiteral("postgres"), m_plan));
        return store.load().content->initiatives.front().risk;
    }

    QString onServer()
    {
        ServerStore store(m_server.address(QStringLiteral("postgres"), m_plan));
        return store.load().content->initiatives.front().name;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString message;
        m_server = Test::TestServer::forProgram(QStringLiteral("cairn_dock_test"),
            {QStringLiteral("alice"), QStringLiteral("bob")}, &message);
        QVERIFY2(m_server.valid(), qPrintable(message));
    }

    void init()
    {
        m_plan = QStringLiteral("dock%1").arg(++m_plans);
        QString message;
        QVERIFY2(m_server.publishWithEditors(m_plan, Test::fullPlan(),
                     {QStringLiteral("alice"), QStringLiteral("bob")}, &message),
            qPrintable(message));
    }

    void showsWasTheirsYoursAndDecides_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("take theirs") << false;
    }
    void showsWasTheirsYoursAndDecides()
    {
        QFETCH(bool, keepMine);
        auto doc = openStale();
        QVERIFY(doc);
        ConflictsPanel panel;
        QAbstractItemModelTester tester(
            panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setDocument(doc.get());
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(!panel.keepMineButton()->isEnabled());
        QVERIFY(!panel.takeTheirsButton()->isEnabled());

        const QString was = doc->plan().initiatives().front().name;
        QVERIFY(colleague([](Initiative &i) { i.name = QStringLiteral("Theirs"); }));
        QSignalSpy count(&panel, &ConflictsPanel::countChanged);
        Initiative mine = doc->plan().initiatives().front();
        mine.name = QStringLiteral("Mine");
        QVERIFY(doc->edit().update(mine).ok);
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 1, 10000);
        QVERIFY(count.count() >= 1);
        auto cell = [&](int column) { return panel.model()->index(0, column).data().toString(); };
        QCOMPARE(cell(ConflictsModel::ChangedBy), QStringLiteral("bob"));
        QCOMPARE(cell(ConflictsModel::Was), was);
        QCOMPARE(cell(ConflictsModel::Theirs), QStringLiteral("Theirs"));
        QCOMPARE(cell(ConflictsModel::Yours), QStringLiteral("Mine"));
        QVERIFY(cell(ConflictsModel::Item).contains(QLatin1String("Mine")));
        QVERIFY(!panel.model()->index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(panel.keepMineButton()->isEnabled());
        QVERIFY(panel.takeTheirsButton()->isEnabled());

        const int steps = doc->edit().undoStack()->count();
        QTest::mouseClick(
            keepMine ? panel.keepMineButton() : panel.takeTheirsButton(), Qt::LeftButton);
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(doc->edit().undoStack()->count(), steps + 1);
        const QString expected = keepMine ? QStringLiteral("Mine") : QStringLiteral("Theirs");
        QCOMPARE(doc->plan().initiatives().front().name, expected);
        QTRY_COMPARE_WITH_TIMEOUT(onServer(), expected, 10000);
        QVERIFY(!panel.keepMineButton()->isEnabled());
    }

    void namesTheColleagueAndFieldOfAMerge()
    {
        auto doc = openStale();
        QVERIFY(doc);
        ConflictsPanel panel;
        QAbstractItemModelTester tester(
            panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setDocument(doc.get());
        QVERIFY(colleague([](Initiative &i) { i.risk = 5; }));
        Initiative mine = doc->plan().initiatives().front();
        mine.name = QStringLiteral("Mine");
        QVERIFY(doc->edit().update(mine).ok);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.note().isEmpty(), 10000);
        QVERIFY2(panel.note().contains(QLatin1String("bob")), qPrintable(panel.note()));
        QVERIFY2(panel.note().contains(schemaOf<Initiative>().field(u"risk")->labelText()),
            qPrintable(panel.note()));
        QCOMPARE(panel.model()->rowCount(), 0); // merged: nothing to decide
        QTRY_COMPARE_WITH_TIMEOUT(onServer(), QStringLiteral("Mine"), 10000);
    }

    void dialogSaysWhatFailed()
    {
        ServerDialog dialog(ServerDialog::Mode::Open);
        dialog.addressField()->setText(QStringLiteral("not an address"));
        dialog.accept();
        QVERIFY(dialog.status().contains(QLatin1String("not an address")));
        dialog.addressField()->setText(
            QStringLiteral("postgresql:///cairn?host=/nonexistent-cairn&port=5999&user=alice&"
                           "plan=x"));
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.addressField()->isEnabled(), 20000);
        QVERIFY2(dialog.status().contains(QLatin1String("/nonexistent-cairn")),
            qPrintable(dialog.status()));
        QVERIFY(!dialog.takeDocument());
    }

    // Opens the plan in the window through File > Open from Server… as `uri` says.
    static bool openInWindow(
        MainWindow &window, ScriptedInteraction &interaction, const QString &uri)
    {
        interaction.onRun = [&](QDialog &d) {
            auto *dialog = qobject_cast<ServerDialog *>(&d);
            if (!dialog)
                return int(QDialog::Rejected);
            dialog->addressField()->setText(uri);
            dialog->accept();
            (void)QTest::qWaitFor([&] { return dialog->result() == QDialog::Accepted; }, 20000);
            return dialog->result();
        };
        auto *open = window.findChild<QAction *>(QStringLiteral("actionOpenFromServer"));
        if (!open)
            return false;
        open->trigger();
        return window.document()->isShared();
    }

    // Undo in the window asks before it writes over a colleague's newer change of the same
    // field: No leaves it (and the step), Yes puts my earlier value back, on the server too.
    void undoAsksBeforeOverwritingAColleaguesChange()
    {
        ScriptedInteraction interaction;
        MainWindow window;
        window.setRemembersFiles(false);
        window.setInteraction(&interaction);
        QVERIFY(openInWindow(window, interaction, m_server.uri(QStringLiteral("alice"), m_plan)));
        PlanDocument *doc = window.document();
        const Initiative original = doc->plan().initiatives().front();
        Initiative i = original;
        i.risk = original.risk == 5 ? 1 : 5;
        QVERIFY(doc->edit().update(i).ok);
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isModified(), 10000);
        const int theirs = i.risk == 4 ? 3 : 4;
        QVERIFY(colleague([&](Initiative &x) { x.risk = theirs; }));
        QTRY_COMPARE_WITH_TIMEOUT(doc->plan().initiatives().front().risk, theirs, 10000);
        auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(undo && undo->isEnabled());
        interaction.onAsk = [](QMessageBox::StandardButtons) { return QMessageBox::No; };
        undo->trigger();
        QCOMPARE(interaction.asked.size(), 1);
        QVERIFY2(interaction.asked.front().contains(original.name)
                && interaction.asked.front().contains(QLatin1String("Risk")),
            qPrintable(interaction.asked.front()));
        // The step's name quotes the item already: the question adds no marks around it
        // (it said “Edit “Cloud migration”” as seen in the window).
        QVERIFY2(
            quotesNestAtMostOnce(interaction.asked.front()), qPrintable(interaction.asked.front()));
        QCOMPARE(doc->plan().initiatives().front().risk, theirs);
        QCOMPARE(doc->edit().undoStack()->index(), 1);
        interaction.onAsk = [](QMessageBox::StandardButtons) { return QMessageBox::Yes; };
        undo->trigger();
        QCOMPARE(interaction.asked.size(), 2);
        QCOMPARE(doc->plan().initiatives().front().risk, original.risk);
        QTRY_COMPARE_WITH_TIMEOUT(riskOnServer(), original.risk, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isModified(), 10000);
        QVERIFY(window.save());
        window.showWelcome();
    }

    // A colleague's change of the item being typed into in the inspector never replaces the
    // typing (it did, as seen in the window): when only they changed it, it arrives when editing
    // ends; when both changed the same field, it is a conflict to decide.
    void typingInTheInspectorKeepsItsText_data()
    {
        QTest::addColumn<bool>("typed");
        QTest::newRow("typed: a conflict") << true;
        QTest::newRow("not typed: theirs when editing ends") << false;
    }
    void typingInTheInspectorKeepsItsText()
    {
        QFETCH(bool, typed);
        ScriptedInteraction interaction;
        MainWindow window;
        window.setRemembersFiles(false);
        window.setInteraction(&interaction);
        QVERIFY(openInWindow(window, interaction, m_server.uri(QStringLiteral("alice"), m_plan)));
        auto *doc = qobject_cast<ServerDocument *>(window.document());
        QVERIFY(doc);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const Initiative original = doc->plan().initiatives().front();
        window.workspace()->page(EntityKind::Initiative)->selectId(original.id.value);
        auto *name
            = window.workspace()->inspector()->findChild<QLineEdit *>(QStringLiteral("name"));
        QVERIFY(name);
        QCOMPARE(name->text(), original.name);
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        if (typed) {
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Typed"));
        }
        const QString shown = name->text();
        QSignalSpy refreshed(doc, &ServerDocument::refreshed);
        QVERIFY(colleague([](Initiative &x) { x.name = QStringLiteral("Theirs"); }));
        QVERIFY(refreshed.wait(10000));
        QTest::qWait(100);
        QCOMPARE(name->text(), shown);
        QCOMPARE(doc->plan().initiatives().front().name, original.name);
        if (typed) {
            QTest::keyClick(name, Qt::Key_Return); // my step, typed over what was there
            QTRY_COMPARE_WITH_TIMEOUT(doc->conflicts().size(), size_t(1), 10000);
            const Conflict &c = doc->conflicts().front().conflict;
            QVERIFY(c.theirs && nameOf(*c.theirs) == QStringLiteral("Theirs"));
            QCOMPARE(onServer(), QStringLiteral("Theirs"));
            QCOMPARE(name->text(), QStringLiteral("Typed"));
        } else {
            name->clearFocus(); // editing ends: their change arrives
            QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Theirs"), 10000);
            QVERIFY(doc->conflicts().empty());
        }
        window.hide();
    }

    // A window that died with a step the server never took leaves it behind; the next start
    // asks, opens the plan with the address filled in and sends the step, and a colleague's
    // change of the same field meanwhile comes to the Conflicts dock instead of being lost.
    void nextStartSendsWhatADeadWindowDidNotSend()
    {
        const QString orphan
            = QDir(PlanDocument::recoveryFolder()).filePath(QStringLiteral("died.cairn"));
        for (const RecoveryInfo &info : PlanDocument::orphanedRecoveries())
            PlanDocument::discardRecovery(info);
        {
            ServerDocument::Options options;
            options.retryMs = 10 * 60 * 1000; // the window dies before it tries again
            std::unique_ptr<ServerDocument> doc = openStale(options);
            QVERIFY(doc);
            Test::PausedServer away;
            QVERIFY(away.paused());
            QSignalSpy autosaved(doc.get(), &PlanDocument::autosaved);
            Initiative i = doc->plan().initiatives().front();
            i.name = QStringLiteral("Made offline");
            QVERIFY(doc->edit().update(i).ok);
            QVERIFY(autosaved.wait(30000)); // kept once the step could not go
            // The copy as a window that died leaves it: its process is gone (pid 0).
            for (const QString &suffix : {QString(), QStringLiteral(".base")})
                QVERIFY(QFile::copy(doc->recoveryPath() + suffix, orphan + suffix));
            QFile record(doc->recoveryPath() + QStringLiteral(".json"));
            QVERIFY(record.open(QIODevice::ReadOnly));
            QJsonObject o = QJsonDocument::fromJson(record.readAll()).object();
            o.insert(QStringLiteral("pid"), 0);
            QFile died(orphan + QStringLiteral(".json"));
            QVERIFY(died.open(QIODevice::WriteOnly));
            died.write(QJsonDocument(o).toJson());
            died.close();
            QVERIFY(away.resume());
        }
        QVERIFY(colleague([](Initiative &x) { x.name = QStringLiteral("Theirs"); }));

        ScriptedInteraction interaction;
        MainWindow window;
        window.setRemembersFiles(false);
        window.setInteraction(&interaction);
        QString filledIn;
        interaction.onRun = [&](QDialog &d) {
            auto *dialog = qobject_cast<ServerDialog *>(&d);
            if (!dialog)
                return int(QDialog::Rejected);
            filledIn = dialog->addressField()->text();
            dialog->accept();
            (void)QTest::qWaitFor([&] { return dialog->result() == QDialog::Accepted; }, 20000);
            return dialog->result();
        };
        window.offerRecovery();
        QCOMPARE(interaction.asked.size(), 1);
        QVERIFY2(interaction.asked.front().contains(m_plan), qPrintable(interaction.asked.front()));
        QCOMPARE(filledIn, m_server.address(QStringLiteral("alice"), m_plan).display());
        QVERIFY(window.document()->isShared());
        QCOMPARE(
            window.document()->plan().initiatives().front().name, QStringLiteral("Made offline"));
        QCOMPARE(window.document()->edit().undoStack()->count(), 1);
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("made again")),
            qPrintable(window.statusBar()->currentMessage()));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("conflictsDock"));
        auto *panel = dock->findChild<ConflictsPanel *>();
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 10000);
        QVERIFY(!dock->isHidden());
        QCOMPARE(onServer(), QStringLiteral("Theirs")); // not overwritten
        QVERIFY(!QFile::exists(orphan)); // the window keeps the step now
        QVERIFY(PlanDocument::orphanedRecoveries().isEmpty());
        panel->view()->selectRow(0);
        panel->keepMineButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(onServer(), QStringLiteral("Made offline"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isModified(), 10000);
        window.showWelcome();
    }

    void windowOpensAPlanFromAServer()
    {
        ScriptedInteraction interaction;
        MainWindow window;
        window.setRemembersFiles(false);
        window.setInteraction(&interaction);
        const QString uri = m_server.uri(QStringLiteral("alice"), m_plan)
            + QStringLiteral("&password=secret-word");
        QVERIFY(openInWindow(window, interaction, uri));
        QVERIFY(window.document()->isShared());
        QVERIFY(window.windowTitle().startsWith(m_plan));
        QCOMPARE(window.document()->plan().content().initiatives, Test::fullPlan().initiatives);
        // Remembered without the password.
        QVERIFY(!ServerDialog::rememberedAddress().isEmpty());
        QVERIFY(!ServerDialog::rememberedAddress().contains(QLatin1String("secret-word")));
        // The Conflicts dock takes no room while there is nothing to decide (it took ~130 px of
        // 720 at 1280×720, empty).
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("conflictsDock"));
        QVERIFY(dock);
        QVERIFY(dock->isHidden());
        // An edit goes to the server as the step is made.
        Initiative i = window.document()->plan().initiatives().front();
        i.name = QStringLiteral("From the window");
        QVERIFY(window.document()->edit().update(i).ok);
        QTRY_COMPARE_WITH_TIMEOUT(onServer(), QStringLiteral("From the window"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isModified(), 10000);
        // A colleague's change of the same field: the dock shows itself with the conflict, and
        // goes away once it is decided.
        QVERIFY(colleague([](Initiative &x) { x.name = QStringLiteral("Theirs"); }));
        i.name = QStringLiteral("Mine");
        QVERIFY(window.document()->edit().update(i).ok); // sent before their step is read
        auto *panel = dock->findChild<ConflictsPanel *>();
        QVERIFY(panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 10000);
        QVERIFY(!dock->isHidden());
        panel->view()->selectRow(0);
        QVERIFY(panel->keepMineButton()->isEnabled());
        panel->keepMineButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(onServer(), QStringLiteral("Mine"), 10000);
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(dock->isHidden());
        // Once the server has answered (the step's row can be there a moment before the answer
        // is back in the window), Save keeps nothing back; the window then leaves the plan.
        QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isModified(), 10000);
        QVERIFY(window.save());
        window.showWelcome();
        QVERIFY(!window.document()->isShared());
        QVERIFY(dock->isHidden());
    }
};

QTEST_MAIN(tst_ConflictsDock)
#include "tst_conflictsdock.moc"
