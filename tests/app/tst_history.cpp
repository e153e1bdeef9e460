#include "app/mainwindow.h"
#include "app/views/historymodel.h"
#include "core/session/plandocument.h"
#include "tests/app/scriptedinteraction.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QDockWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Cairn;

namespace {
PlanContent comparable(PlanContent c)
{
    c.nextId = 0;
    return c;
}

// The History dock's list, shown, as a person opens it with View ▸ History.
QAbstractItemView *historyList(MainWindow &w)
{
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("historyDock"));
    if (!dock)
        return nullptr;
    dock->show();
    return qobject_cast<QAbstractItemView *>(dock->widget());
}

void clickRow(QAbstractItemView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

QString text(const HistoryModel &model, int row)
{
    return model.data(model.index(row, 0)).toString();
}

QFont font(const HistoryModel &model, int row)
{
    return model.data(model.index(row, 0), Qt::FontRole).value<QFont>();
}

int selectedRow(QAbstractItemView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.front().row() : -1;
}
} // namespace

class tst_History : public QObject {
    Q_OBJECT

private slots:
    // The list follows the stack: a row for the plan as opened and one per step, the current
    // one bold and the undone ones italic; a push after undo drops the undone steps.
    void theModelFollowsTheStack()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.currentRow(), -1);
        model.setEmptyLabel(QStringLiteral("<opened>"));
        auto stack = std::make_unique<QUndoStack>();
        model.setStack(stack.get());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0), QStringLiteral("<opened>"));
        QCOMPARE(model.currentRow(), 0);
        for (const char *step : {"one", "two", "three"})
            stack->push(new QUndoCommand(QString::fromLatin1(step)));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(text(model, 2), QStringLiteral("two"));
        QCOMPARE(model.currentRow(), 3);
        QVERIFY(font(model, 3).bold());

        stack->setIndex(1);
        QCOMPARE(model.rowCount(), 4); // undone steps stay, for Redo
        QCOMPARE(model.currentRow(), 1);
        QVERIFY(font(model, 1).bold());
        QVERIFY(font(model, 3).italic() && !font(model, 3).bold());
        QVERIFY(!model.data(model.index(0, 0), Qt::FontRole).isValid()); // done before: plain

        stack->push(new QUndoCommand(QStringLiteral("four")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(text(model, 2), QStringLiteral("four"));
        QCOMPARE(model.currentRow(), 2);

        model.setEmptyLabel(QStringLiteral("<start>"));
        QCOMPARE(text(model, 0), QStringLiteral("<start>"));
        stack.reset(); // the document went: no rows, no dangling stack
        QCOMPARE(model.rowCount(), 0);
        QUndoStack other;
        model.setStack(&other);
        QCOMPARE(model.rowCount(), 1);
        model.setStack(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // Two steps of mine; then a colleague changes the field the older step changed (on a plan
    // server their step comes in as an announcement, not as an undo step of mine). Clicking the
    // first row of the history undoes both: it asks before the older one writes over theirs.
    void clickingAnEarlierStepAsksBeforeOverwritingAColleaguesChange_data()
    {
        QTest::addColumn<bool>("yes");
        QTest::newRow("no") << false;
        QTest::newRow("yes") << true;
    }
    void clickingAnEarlierStepAsksBeforeOverwritingAColleaguesChange()
    {
        QFETCH(bool, yes);
        ScriptedInteraction script;
        script.onAsk = [yes](QMessageBox::StandardButtons) {
            return yes ? QMessageBox::Yes : QMessageBox::No;
        };
        MainWindow w;
        w.setInteraction(&script);
        w.newPlan(true);
        w.show();
        Plan &plan = w.document()->plan();
        QUndoStack *stack = w.document()->edit().undoStack();
        const Initiative a0 = plan.initiatives().at(0);
        const Initiative b0 = plan.initiatives().at(1);

        Initiative a = a0;
        a.risk = a0.risk == 5 ? 1 : 5;
        QVERIFY(w.document()->edit().update(a).ok);
        Initiative b = b0;
        b.value = b0.value == 10 ? 20 : 10;
        QVERIFY(w.document()->edit().update(b).ok);
        QCOMPARE(stack->index(), 2);
        Initiative theirs = *plan.initiative(a.id);
        theirs.risk = a.risk == 3 ? 4 : 3;
        plan.updateInitiative(theirs);
        const PlanContent before = comparable(plan.content());

        QAbstractItemView *history = historyList(w);
        QVERIFY(history);
        QTRY_COMPARE(history->model()->rowCount(), 3); // the opened plan, then my two steps
        QCOMPARE(selectedRow(history), 2);
        clickRow(history, 0);
        QTRY_COMPARE(script.asked.size(), 1);
        QVERIFY2(script.asked.front().contains(a0.name), qPrintable(script.asked.front()));
        if (yes) {
            QTRY_COMPARE(stack->index(), 0);
            QCOMPARE(plan.initiative(a.id)->risk, a0.risk); // theirs written over, as agreed
            QCOMPARE(plan.initiative(b.id)->value, b0.value);
            QTRY_COMPARE(selectedRow(history), 0);
        } else {
            QTest::qWait(50); // nothing more may happen
            QCOMPARE(stack->index(), 2);
            QVERIFY2(comparable(plan.content()) == before, "No still changed the plan");
            QCOMPARE(plan.initiative(a.id)->risk, theirs.risk);
            QCOMPARE(selectedRow(history), 2); // the list shows where the plan really is
        }
        QCOMPARE(script.asked.size(), 1);
    }

    // A plan only I edit: the history goes back and forth without a question.
    void aPlainPlanUndoesAndRedoesFromTheHistoryWithoutAsking()
    {
        ScriptedInteraction script;
        MainWindow w;
        w.setInteraction(&script);
        w.newPlan(true);
        w.show();
        Plan &plan = w.document()->plan();
        QUndoStack *stack = w.document()->edit().undoStack();
        const PlanContent original = comparable(plan.content());
        for (int k = 0; k < 3; ++k) {
            Initiative i = plan.initiatives().at(k);
            i.risk = i.risk == 5 ? 1 : 5;
            QVERIFY(w.document()->edit().update(i).ok);
        }
        const PlanContent edited = comparable(plan.content());

        QAbstractItemView *history = historyList(w);
        QVERIFY(history);
        QTRY_COMPARE(history->model()->rowCount(), 4);
        clickRow(history, 0);
        QTRY_COMPARE(stack->index(), 0);
        QVERIFY(comparable(plan.content()) == original);
        QCOMPARE(selectedRow(history), 0);
        clickRow(history, 2);
        QTRY_COMPARE(stack->index(), 2);
        clickRow(history, 3);
        QTRY_COMPARE(stack->index(), 3);
        QVERIFY(comparable(plan.content()) == edited);
        QCOMPARE(selectedRow(history), 3);
        QVERIFY2(script.asked.isEmpty(), qPrintable(script.asked.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(tst_History)
#include "tst_history.moc"
