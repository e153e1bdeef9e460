#include "app/mainwindow.h"
#include "app/present/captureline.h"
#include "app/present/presentationview.h"
#include "app/present/recordexport.h"
#include "app/present/recordview.h"
#include "app/present/scoringview.h"
#include "app/present/slidedeck.h"
#include "app/present/slidespdf.h"
#include "app/present/votingview.h"
#include "app/present/workshop.h"
#include "app/report/reportcomposer.h"
#include "app/views/workspace.h"
#include "core/analysis/plananalysis.h"
#include "core/session/plandocument.h"
#include "core/store/sampleplan.h"
#include "core/workshop/record.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "scriptedinteraction.h"

using namespace Cairn;

namespace {
std::shared_ptr<const PlanSchedule> scheduleOf(const PlanContent &plan)
{
    SchedulerOptions o;
    o.timeBudgetMs = 0;
    o.maxSchedules = 2000; // deterministic
    return std::make_shared<const PlanSchedule>(schedulePlan(plan, o));
}

// An initiative of the sample that waits for another and has something waiting for it.
InitiativeId middleOfAChain(const PlanContent &plan)
{
    for (const Dependency &d : plan.dependencies)
        for (const Dependency &e : plan.dependencies)
            if (e.predecessor == d.successor)
                return d.successor;
    return {};
}
} // namespace

class tst_Workshop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // A slide's title is whole when it fits beside its subtitle (a French roadmap title was cut
    // at a fixed 62 % of the line), and cut only when it needs the subtitle's room too.
    void slideTitleIsWholeWhenItFits_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("subtitle");
        QTest::addColumn<bool>("whole");
        QTest::newRow("French roadmap") << "Feuille de route 2027 Q1 – 2029 Q4 (1 sur 5)"
                                        << "8 initiatives" << true;
        QTest::newRow("no subtitle")
            << "Feuille de route 2027 Q1 – 2029 Q4 (1 sur 5), suite" << QString() << true;
        QTest::newRow("too long") << QString(120, QLatin1Char('W')) << "8 initiatives" << false;
    }
    void slideTitleIsWholeWhenItFits()
    {
        QFETCH(QString, title);
        QFETCH(QString, subtitle);
        QFETCH(bool, whole);
        Slide s;
        s.title = title;
        s.subtitle = subtitle;
        const QString shown = SlideDeck::fittedTitle(s);
        QCOMPARE(shown == title, whole);
        if (!whole)
            QVERIFY(shown.endsWith(QChar(0x2026)));
    }

    // Every initiative of the sample on the roadmap slides, each once, the whole horizon on each,
    // at body type of 1/36 of the slide's height, and nothing scaled down.
    void roadmapSlidesShowEveryInitiative()
    {
        const PlanContent plan = samplePlan();
        const auto schedule = scheduleOf(plan);
        const SlideDeck deck(plan, schedule);
        QHash<qint64, int> seen;
        int roadmapSlides = 0;
        for (int i = 0; i < deck.count(); ++i) {
            const Slide &s = deck.slide(i);
            if (s.kind != Slide::Kind::Roadmap)
                continue;
            ++roadmapSlides;
            QVERIFY(s.roadmap);
            QCOMPARE(s.roadmapScale, 1.0);
            QVERIFY(s.roadmap->first <= plan.info.firstQuarter);
            QVERIFY(s.roadmap->first + (s.roadmap->quarters - 1) >= plan.info.lastQuarter());
            QVERIFY(s.roadmap->options.font.pixelSize() >= SlideDeck::size().height() / 36);
            QVERIFY(s.roadmap->size().width() <= SlideDeck::size().width());
            for (const RoadmapBar &b : s.roadmap->bars) {
                ++seen[b.id.value];
                QVERIFY2(!b.labelElided, qPrintable(b.label));
                // Named, or numbered with its name in the key beneath.
                if (b.number != 0)
                    QVERIFY2(std::any_of(s.roadmap->key.begin(), s.roadmap->key.end(),
                                 [&b](const KeyEntry &k) {
                                     return k.mark == QString::number(b.number)
                                         && k.text == b.label;
                                 }),
                        qPrintable(b.label));
            }
        }
        QVERIFY(roadmapSlides >= 1);
        int lanes = 0; // with something in them
        for (const GoalCoverage &c : analysePlan(plan, *schedule).coverage)
            lanes += c.lane.empty() ? 0 : 1;
        QVERIFY2(roadmapSlides < lanes, qPrintable(QString::number(roadmapSlides))); // grouped
        int expected = 0;
        for (const Initiative &i : plan.initiatives)
            if (onRoadmap(i, schedule->find(i.id))) {
                ++expected;
                QVERIFY2(seen.value(i.id.value) == 1, qPrintable(i.name));
            }
        QCOMPARE(seen.size(), expected);
    }

    void deckHasTheWorkshopSlides_data()
    {
        QTest::addColumn<QStringList>("decisions");
        QTest::newRow("no decisions") << QStringList();
        QTest::newRow("decisions") << QStringList {QStringLiteral("Go for Shopify Plus in 2028")};
    }
    void deckHasTheWorkshopSlides()
    {
        QFETCH(QStringList, decisions);
        const PlanContent plan = samplePlan();
        const SlideDeck deck(plan, scheduleOf(plan), decisions);
        QSet<Slide::Kind> kinds;
        QStringList headings;
        for (int i = 0; i < deck.count(); ++i) {
            kinds.insert(deck.slide(i).kind);
            for (const auto &column : deck.slide(i).columns)
                for (const SlideBlock &b : column)
                    headings << b.heading;
        }
        for (Slide::Kind k : {Slide::Kind::Roadmap, Slide::Kind::Balance, Slide::Kind::Capacity,
                 Slide::Kind::Goals, Slide::Kind::Risks})
            QVERIFY(kinds.contains(k));
        QCOMPARE(kinds.contains(Slide::Kind::Decisions), !decisions.isEmpty());
        for (const Goal &g : plan.goals)
            QVERIFY2(headings.contains(g.name), qPrintable(g.name));
    }

    void chainFollowsDependenciesBothWays()
    {
        const PlanContent plan = samplePlan();
        const SlideDeck deck(plan, scheduleOf(plan));
        const InitiativeId mid = middleOfAChain(plan);
        QVERIFY(mid.isValid());
        const QSet<qint64> chain = deck.chainOf(mid);
        QVERIFY(chain.contains(mid.value));
        for (const Dependency &d : plan.dependencies) {
            if (d.successor == mid)
                QVERIFY(chain.contains(d.predecessor.value));
            if (d.predecessor == mid)
                QVERIFY(chain.contains(d.successor.value));
        }
        QVERIFY(chain.size() < int(plan.initiatives.size()));
    }

    void keysMoveBlankAndLeave()
    {
        const PlanContent plan = samplePlan();
        PresentationView view;
        view.resize(1280, 720);
        view.setPlan(plan, scheduleOf(plan));
        view.show();
        const int n = view.deck()->count();
        QVERIFY(n >= 5);
        QCOMPARE(view.current(), 0);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.current(), 1);
        QTest::keyClick(&view, Qt::Key_PageDown);
        QCOMPARE(view.current(), 2);
        QTest::keyClick(&view, Qt::Key_PageUp);
        QCOMPARE(view.current(), 1);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.current(), n - 1);
        QTest::keyClick(&view, Qt::Key_Right); // stays on the last
        QCOMPARE(view.current(), n - 1);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.current(), 0);
        QTest::keyClick(&view, Qt::Key_B);
        QVERIFY(view.isBlanked());
        const QImage blank = view.grab().toImage();
        QCOMPARE(blank.pixelColor(640, 360), QColor(Qt::black));
        QCOMPARE(blank.pixelColor(100, 40), QColor(Qt::black));
        QTest::keyClick(&view, Qt::Key_B);
        QVERIFY(!view.isBlanked());
        QSignalSpy leave(&view, &PresentationView::leaveRequested);
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(leave.count(), 1);
    }

    void clickHighlightsTheChain()
    {
        const PlanContent plan = samplePlan();
        PresentationView view;
        view.resize(1280, 720); // slide coordinates are the widget's
        view.setPlan(plan, scheduleOf(plan));
        view.show();
        const InitiativeId mid = middleOfAChain(plan);
        int slide = -1;
        QRectF rect;
        for (int i = 0; i < view.deck()->count() && slide < 0; ++i) {
            const Slide &s = view.deck()->slide(i);
            if (!s.roadmap)
                continue;
            const int b = s.roadmap->barIndex(mid);
            if (b >= 0) {
                slide = i;
                rect = s.roadmap->bars[size_t(b)].rect.translated(
                    s.roadmapOrigin + QPointF(s.roadmap->headerWidth, s.roadmap->topHeight()));
            }
        }
        QVERIFY(slide >= 0);
        view.showSlide(slide);
        QTest::mouseClick(&view, Qt::LeftButton, {}, rect.center().toPoint());
        QCOMPARE(view.focus(), mid);
        QCOMPARE(view.highlighted(), view.deck()->chainOf(mid));
        QTest::mouseClick(&view, Qt::LeftButton, {}, rect.center().toPoint()); // lets go
        QVERIFY(view.highlighted().isEmpty());
    }

    void captureAddsAnIdeaAsOneStep()
    {
        PlanDocument doc(samplePlan());
        CaptureLine line([&doc] { return &doc; }, false);
        line.show();
        const size_t before = doc.plan().initiatives().size();
        QTest::keyClicks(line.edit(), QStringLiteral("E-invoicing #cut grow 3q 40k @ERP"));
        QVERIFY2(line.preview()->text().contains(QStringLiteral("Cut back-office effort")),
            qPrintable(line.preview()->text()));
        QVERIFY(line.preview()->text().contains(QStringLiteral("3 quarter")));
        QVERIFY(line.preview()->text().contains(QStringLiteral("Dynamics NAV 2016 (ERP)")));
        QSignalSpy added(&line, &CaptureLine::ideaAdded);
        QTest::keyClick(line.edit(), Qt::Key_Return);
        QCOMPARE(added.count(), 1);
        QCOMPARE(doc.plan().initiatives().size(), before + 1);
        const Initiative &i = doc.plan().initiatives().back();
        QCOMPARE(i.name, QStringLiteral("E-invoicing"));
        QCOMPARE(i.status, InitiativeStatus::Idea);
        QCOMPARE(doc.edit().undoStack()->count(), 1);
        QVERIFY(line.edit()->text().isEmpty());
        // Twenty in a row, each its own step.
        for (int k = 0; k < 20; ++k) {
            QTest::keyClicks(line.edit(), QStringLiteral("Idea %1 run 1q").arg(k));
            QTest::keyClick(line.edit(), Qt::Key_Return);
        }
        QCOMPARE(doc.plan().initiatives().size(), before + 21);
        QCOMPARE(doc.edit().undoStack()->count(), 21);
        QCOMPARE(line.captured(), 21);
    }

    // Beside the line in the workspace, the preview of a long line is cut where the bar ends (the
    // whole of it in the tooltip): it made the bar, and with it the window, wider than the screen.
    void longPreviewNeverWidensTheBar()
    {
        PlanDocument doc(samplePlan());
        CaptureLine line([&doc] { return &doc; }, false);
        line.resize(600, line.sizeHint().height());
        line.show();
        QVERIFY(QTest::qWaitForWindowExposed(&line));
        // A short line first (the field then shows its clear button), then the same made long.
        QTest::keyClicks(line.edit(), QStringLiteral("Kiosk"));
        const int before = line.minimumSizeHint().width();
        QTest::keyClicks(
            line.edit(), QStringLiteral(" for self-service returns #online grow 2q 60k @POS"));
        QVERIFY(line.preview()->text().contains(QStringLiteral("Sell seamlessly online")));
        QCOMPARE(line.preview()->toolTip(), line.preview()->text());
        QCOMPARE(line.minimumSizeHint().width(), before);
        QVERIFY(line.minimumSizeHint().width() < 600);
    }

    void captureKeepsALineItCannotRead()
    {
        PlanDocument doc(samplePlan());
        CaptureLine line([&doc] { return &doc; }, true);
        line.show();
        const PlanContent before = doc.plan().content();
        QTest::keyClicks(line.edit(), QStringLiteral("Drone delivery #mars"));
        QTest::keyClick(line.edit(), Qt::Key_Return);
        QCOMPARE(line.edit()->text(), QStringLiteral("Drone delivery #mars"));
        QVERIFY2(line.preview()->text().contains(QStringLiteral("#mars")),
            qPrintable(line.preview()->text()));
        QVERIFY(doc.plan().content() == before);
        QCOMPARE(doc.edit().undoStack()->count(), 0);
    }

    void presentFromTheWindowAndCaptureThere()
    {
        ScriptedInteraction script;
        MainWindow w;
        w.setInteraction(&script);
        w.newPlan(true);
        w.show();
        QSignalSpy scheduled(w.liveSchedule(), &LiveSchedule::updated);
        QVERIFY(w.workspace()->schedule().schedule || scheduled.wait(5000));
        auto *present = w.findChild<QAction *>(QStringLiteral("actionPresent"));
        QVERIFY(present);
        QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
        w.workshop()->present(QSize(1280, 720));
        PresentationView *view = w.workshop()->presentation();
        QVERIFY(view);
        QVERIFY(view->deck());
        // N opens the capture line; an idea typed there lands in the plan, Ctrl+Z takes it back.
        QTest::keyClick(view, Qt::Key_N);
        QVERIFY(view->capture()->isVisible());
        const size_t before = w.document()->plan().initiatives().size();
        QTest::keyClicks(view->capture()->edit(), QStringLiteral("Kiosk in every store #stores"));
        QTest::keyClick(view->capture()->edit(), Qt::Key_Return);
        QCOMPARE(w.document()->plan().initiatives().size(), before + 1);
        QTest::keyClick(view->capture()->edit(), Qt::Key_Escape);
        QVERIFY(!view->capture()->isVisible());
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.document()->plan().initiatives().size(), before);
        QPointer<PresentationView> guard(view);
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(guard.isNull() || !guard->isVisible());
    }

    void scoreTableFollowsThePlan()
    {
        PlanDocument doc(samplePlan());
        ScoringView view([&doc] { return &doc; });
        QAbstractItemModelTester tester(view.model());
        view.refresh();
        QCOMPARE(view.model()->rowCount(), int(scoreInitiatives(doc.plan().content()).size()));
        QVERIFY(view.model()->rowCount() > 0);
        const QModelIndex first = view.model()->index(0, ScoreTableModel::Name);
        QCOMPARE(first.data().toString(),
            doc.plan().initiative(InitiativeId {first.data(Qt::UserRole).toLongLong()})->name);
    }

    // Dragging a dot up sets the initiative's value, one undo step; the matrix follows.
    void dragInTheMatrixSetsTheValue()
    {
        PlanDocument doc(samplePlan());
        ScoringView view([&doc] { return &doc; });
        view.resize(1000, 600);
        view.show();
        view.refresh();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ValueEffortMatrix *m = view.matrix();
        const InitiativeId id = view.model()->scores().back().id;
        const int before = doc.plan().initiative(id)->value;
        const std::optional<QPointF> at = m->dotOf(id);
        QVERIFY(at);
        const QRectF plot = m->plotRect();
        const QPoint target(int(at->x()), int(plot.bottom() - plot.height() * 0.9));
        QTest::mousePress(m, Qt::LeftButton, {}, at->toPoint());
        QMouseEvent move(QEvent::MouseMove, QPointF(target), m->mapToGlobal(QPointF(target)),
            Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m, &move);
        QTest::mouseRelease(m, Qt::LeftButton, {}, target);
        const int after = doc.plan().initiative(id)->value;
        QVERIFY2(after >= 88 && after <= 92, qPrintable(QString::number(after)));
        QCOMPARE(doc.edit().undoStack()->count(), 1);
        view.refresh();
        QVERIFY(std::abs(m->dotOf(id)->y() - target.y()) <= 3);
        doc.edit().undoStack()->undo();
        QCOMPARE(doc.plan().initiative(id)->value, before);
    }

    // Dragging a dot sideways sets its effort by hand (one step with the value); a right click
    // takes it back to the effort from cost and FTE.
    void dragSidewaysSetsTheEffort()
    {
        PlanDocument doc(samplePlan());
        ScoringView view([&doc] { return &doc; });
        connect(&doc.plan(), &Plan::changed, &view, &ScoringView::refresh);
        view.resize(1000, 600);
        view.show();
        view.refresh();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ValueEffortMatrix *m = view.matrix();
        const InitiativeScore score = view.model()->scores().front();
        const int valueBefore = doc.plan().initiative(score.id)->value;
        const std::optional<QPointF> at = m->dotOf(score.id);
        QVERIFY(at);
        const QRectF plot = m->plotRect();
        const int wanted = score.effort > 50 ? 20 : 80;
        const QPoint target(int(plot.left() + plot.width() * wanted / 100.0), int(at->y()));
        QTest::mousePress(m, Qt::LeftButton, {}, at->toPoint());
        QMouseEvent move(QEvent::MouseMove, QPointF(target), m->mapToGlobal(QPointF(target)),
            Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m, &move);
        QTest::mouseRelease(m, Qt::LeftButton, {}, target);
        QCOMPARE(doc.edit().undoStack()->count(), 1);
        QCOMPARE(doc.plan().efforts().size(), size_t(1));
        QVERIFY(std::abs(doc.plan().efforts().front().effort - wanted) <= 1);
        const QModelIndex effort = view.model()->index(0, ScoreTableModel::Effort);
        QVERIFY(std::abs(effort.data().toInt() - wanted) <= 1);
        QVERIFY(effort.data(Qt::FontRole).value<QFont>().italic());
        // The value stayed (a sideways drag).
        QCOMPARE(doc.plan().initiative(score.id)->value, valueBefore);
        QTest::mouseClick(m, Qt::RightButton, {}, m->dotOf(score.id)->toPoint());
        QVERIFY(doc.plan().efforts().empty());
        QCOMPARE(view.model()->index(0, ScoreTableModel::Effort).data().toInt(), score.effort);
        QCOMPARE(doc.edit().undoStack()->count(), 2);
    }

    // The goal scores set the values only when asked, as one step.
    void goalScoresSetValuesOnRequest()
    {
        PlanDocument doc(samplePlan());
        ScoringView view([&doc] { return &doc; });
        view.refresh();
        const PlanContent before = doc.plan().content();
        QCOMPARE(doc.edit().undoStack()->count(), 0);
        view.applyButton()->click();
        QCOMPARE(doc.edit().undoStack()->count(), 1);
        for (const InitiativeScore &s : scoreInitiatives(doc.plan().content()))
            QCOMPARE(doc.plan().initiative(s.id)->value, s.goalScore);
        doc.edit().undoStack()->undo();
        QVERIFY(doc.plan().content() == before);
    }

    // Participants typed in by name; a click on a cell gives a dot, Shift+click takes it back;
    // the total reads "?" until revealed; the totals set the values only when asked, one step.
    void dotVoteByNamedParticipants()
    {
        PlanDocument doc(samplePlan());
        VotingView view([&doc] { return &doc; });
        QAbstractItemModelTester tester(view.model());
        connect(&doc.plan(), &Plan::changed, &view, &VotingView::refresh);
        view.resize(900, 700);
        view.show();
        view.refresh();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);
        for (const QString &name : {QStringLiteral("Anna"), QStringLiteral("Ben")}) {
            QTest::keyClicks(view.nameEdit(), name);
            QTest::keyClick(view.nameEdit(), Qt::Key_Return);
        }
        QVERIFY(view.nameEdit()->text().isEmpty());
        QCOMPARE(view.model()->columnCount(), 4); // initiative, Anna, Ben, total
        QVERIFY(reset.count() >= 2);
        QCOMPARE(view.model()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Anna\n5 left"));
        // Anna's cell of the first initiative, clicked twice; Ben's clicked once.
        QTableView *table = view.table();
        auto click = [table](int row, int column, Qt::KeyboardModifiers mods = {}) {
            const QRect r = table->visualRect(table->model()->index(row, column));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, mods, r.center());
        };
        QSignalSpy changed(view.model(), &QAbstractItemModel::dataChanged);
        click(0, 1);
        click(0, 1);
        click(1, 2);
        click(0, 1, Qt::ShiftModifier);
        QVERIFY(changed.count() >= 4);
        const InitiativeId first = view.model()->initiativeAt(0);
        const InitiativeId second = view.model()->initiativeAt(1);
        QCOMPARE(view.model()->index(0, 1).data(Qt::EditRole).toInt(), 1);
        QCOMPARE(view.model()->index(1, 2).data(Qt::EditRole).toInt(), 1);
        QCOMPARE(view.model()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Anna\n4 left"));
        // Hidden until revealed; Set Values waits for the reveal.
        QCOMPARE(view.model()->index(0, 3).data().toString(), QStringLiteral("?"));
        QVERIFY(!view.applyButton()->isEnabled());
        view.revealButton()->click();
        QCOMPARE(view.model()->index(0, 3).data().toInt(), 1);
        QVERIFY(view.applyButton()->isEnabled());
        QCOMPARE(doc.plan().info().votes, VoteDisplay::Revealed);
        const PlanContent before = doc.plan().content();
        const int steps = doc.edit().undoStack()->count();
        view.applyButton()->click();
        QCOMPARE(doc.edit().undoStack()->count(), steps + 1);
        // Said on the page: nothing else there shows that the values changed.
        QVERIFY2(view.status()->text().contains(QStringLiteral("set the value of")),
            qPrintable(view.status()->text()));
        QCOMPARE(doc.plan().initiative(first)->value, 100);
        QCOMPARE(doc.plan().initiative(second)->value, 100);
        // Without a dot, an initiative keeps its value.
        QCOMPARE(doc.plan().initiative(view.model()->initiativeAt(2))->value,
            before.initiative(view.model()->initiativeAt(2))->value);
        doc.edit().undoStack()->undo();
        QVERIFY(doc.plan().content() == before);
        // Every step back: the reveal, then each dot, then the participants.
        doc.edit().undoStack()->undo();
        QCOMPARE(view.model()->index(0, 3).data().toString(), QStringLiteral("?"));
    }

    void dotsTypedIntoACell_data()
    {
        QTest::addColumn<int>("typed");
        QTest::addColumn<int>("stored");
        QTest::addColumn<bool>("refused");
        QTest::newRow("three") << 3 << 3 << false;
        QTest::newRow("all five") << 5 << 5 << false;
        QTest::newRow("none") << 0 << 0 << false;
        QTest::newRow("more than each has") << 6 << 0 << true;
    }
    void dotsTypedIntoACell()
    {
        QFETCH(int, typed);
        QFETCH(int, stored);
        QFETCH(bool, refused);
        PlanDocument doc(samplePlan());
        VotingView view([&doc] { return &doc; });
        QAbstractItemModelTester tester(view.model());
        connect(&doc.plan(), &Plan::changed, &view, &VotingView::refresh);
        view.refresh();
        view.nameEdit()->setText(QStringLiteral("Anna"));
        view.addButton()->click();
        QSignalSpy entered(view.model(), &VoteTableModel::dotsEntered);
        QVERIFY(view.model()->setData(view.model()->index(2, 1), typed, Qt::EditRole));
        QCOMPARE(entered.count(), 1);
        QCOMPARE(view.model()->index(2, 1).data(Qt::EditRole).toInt(), stored);
        QCOMPARE(view.status()->text().contains(QStringLiteral("has 5 dots to give")), refused);
        QCOMPARE(doc.edit().undoStack()->count(), typed > 0 && !refused ? 2 : 1);
    }

    // Start Workshop, a decision noted, a value changed, End: the record lists them, the view
    // follows, and the presenter's decisions slide shows the decision.
    void workshopRecordFromStartToEnd()
    {
        PlanDocument doc(samplePlan());
        const auto schedule = scheduleOf(doc.plan().content());
        WorkshopRecordView view([&doc] { return &doc; }, [&schedule] { return schedule; });
        QAbstractItemModelTester tester(view.model());
        connect(&doc.plan(), &Plan::changed, &view, &WorkshopRecordView::refresh);
        view.refresh();
        QVERIFY(!view.decisionEdit()->isEnabled());
        QVERIFY(!view.exportButton()->isEnabled());
        QCOMPARE(view.startButton()->text(), QStringLiteral("Start Workshop"));
        view.startButton()->click();
        QCOMPARE(doc.plan().workshops().size(), size_t(1));
        QVERIFY(runningWorkshop(doc.plan().content()));
        QCOMPARE(view.startButton()->text(), QStringLiteral("End Workshop"));
        QVERIFY(view.decisionEdit()->isEnabled());
        QCOMPARE(view.model()->rowCount(), 0);
        QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);
        QTest::keyClicks(view.decisionEdit(), QStringLiteral("Shopify Plus in 2028"));
        QTest::keyClick(view.decisionEdit(), Qt::Key_Return);
        QVERIFY(view.decisionEdit()->text().isEmpty());
        QVERIFY(reset.count() >= 1);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, WorkshopRecordModel::Name).data().toString(),
            QStringLiteral("Shopify Plus in 2028"));
        Initiative i = doc.plan().initiatives().front();
        const int before = i.value;
        i.value = before == 99 ? 1 : 99;
        QVERIFY(doc.edit().update(i).ok);
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.model()->index(0, WorkshopRecordModel::Kind).data().toString(),
            QStringLiteral("Re-scored"));
        QCOMPARE(view.model()->index(0, WorkshopRecordModel::Details).data().toString(),
            QStringLiteral("value %1 → %2").arg(before).arg(i.value));
        QVERIFY(view.status()->text().contains(QStringLiteral("1 re-scored, 1 decision(s) noted")));
        view.startButton()->click();
        QVERIFY(!runningWorkshop(doc.plan().content()));
        QVERIFY(!view.decisionEdit()->isEnabled());
        QVERIFY(view.exportButton()->isEnabled());
        QCOMPARE(decisionsOf(doc.plan().content(), doc.plan().workshops().front().id),
            QStringList({QStringLiteral("Shopify Plus in 2028")}));
        // Each of these is one step: start, decision, value, end.
        QCOMPARE(doc.edit().undoStack()->count(), 4);
    }

    // The window: the workshop dock's pages, the menu's Start Workshop, and the presenter's
    // decisions slide showing the latest workshop's decisions.
    void windowWiresTheWorkshop()
    {
        ScriptedInteraction script;
        MainWindow w;
        w.setInteraction(&script);
        w.newPlan(true);
        w.show();
        QSignalSpy scheduled(w.liveSchedule(), &LiveSchedule::updated);
        QVERIFY(w.workspace()->schedule().schedule || scheduled.wait(5000));
        auto *session = w.findChild<QAction *>(QStringLiteral("actionWorkshopSession"));
        QVERIFY(session);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionExportWorkshopRecord")));
        session->trigger();
        QVERIFY(w.workshop()->dock()->isVisible());
        QVERIFY(runningWorkshop(w.document()->plan().content()));
        w.workshop()->record()->decisionEdit()->setText(
            QStringLiteral("Close the old data centre"));
        QTest::keyClick(w.workshop()->record()->decisionEdit(), Qt::Key_Return);
        w.workshop()->present(QSize(1280, 720));
        PresentationView *view = w.workshop()->presentation();
        QVERIFY(view && view->deck());
        bool shown = false;
        for (int k = 0; k < view->deck()->count(); ++k)
            if (view->deck()->slide(k).kind == Slide::Kind::Decisions)
                for (const auto &column : view->deck()->slide(k).columns)
                    for (const SlideBlock &b : column)
                        shown = shown
                            || b.lines.contains(QStringLiteral("Close the old data centre"));
        QVERIFY(shown);
        w.workshop()->leave();
    }

    // On a 1280×720 projector the Scores page beside the roadmap still shows several rows of its
    // table under the matrix (it showed one).
    void scoresTableKeepsRowsAtProjectorSize()
    {
        QStandardPaths::setTestModeEnabled(true);
        MainWindow w;
        w.setRemembersFiles(false);
        w.newPlan(true);
        w.arrange(QSize(1280, 720));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.workshop()->showPage(0);
        auto *table = w.workshop()->scoring()->findChild<QTableView *>();
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 10);
        QTRY_VERIFY2(table->rowAt(table->viewport()->height() - 1) - table->rowAt(0) + 1 >= 4,
            qPrintable(QStringLiteral("table %1 px high").arg(table->height())));
        // Nothing is drawn over the table: the note under it stands aside on a short page (it
        // covered the last rows), and its words stay in the button's tooltip.
        const QRect tableArea = table->geometry();
        for (QWidget *below : {static_cast<QWidget *>(w.workshop()->scoring()->applyButton()),
                 static_cast<QWidget *>(w.workshop()->scoring()->findChild<QLabel *>())})
            if (below && below->isVisible())
                QVERIFY2(below->geometry().top() >= tableArea.bottom(),
                    below->metaObject()->className());
        QVERIFY(!w.workshop()->scoring()->applyButton()->toolTip().isEmpty());
    }

    // The record as a report section and on its own: PDF (the section alone), Markdown, CSV.
    void recordExportsAndReportSection()
    {
        PlanDocument doc(samplePlan());
        const auto schedule = scheduleOf(doc.plan().content());
        ReportOptions only;
        only.sections = ReportOptions::Workshop;
        QCOMPARE(ReportComposer(doc.plan().content(), *schedule, only).pageCount(), 0);
        WorkshopEdits edits(doc.edit());
        const auto id
            = edits.start(*schedule, QStringLiteral("Board day"), QDateTime::currentDateTimeUtc());
        QVERIFY(id);
        for (int k = 0; k < 40; ++k)
            QVERIFY(edits
                        .noteDecision(QStringLiteral("Decision number %1").arg(k + 1),
                            QDateTime::currentDateTimeUtc())
                        .ok);
        const ReportComposer section(doc.plan().content(), *schedule, only);
        QVERIFY(section.pageCount() >= 2); // forty decisions run onto a second page
        for (int p = 0; p < section.pageCount(); ++p)
            QCOMPARE(section.pageSection(p), QStringLiteral("workshop"));
        QTemporaryDir dir;
        for (const char *name : {"record.pdf", "record.md", "record.csv"}) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            QCOMPARE(writeWorkshopRecord(doc.plan().content(), *schedule, *id, path), QString());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (recordFormatOf(path) == RecordFormat::Pdf)
                QVERIFY(bytes.startsWith("%PDF-"));
            else
                QVERIFY2(bytes.contains("Decision number 40"), name);
        }
        QVERIFY(!writeWorkshopRecord(
            doc.plan().content(), *schedule, *id, dir.filePath(QStringLiteral("no/such/record.md")))
                     .isEmpty());
        QVERIFY(!writeWorkshopRecord(doc.plan().content(), *schedule, WorkshopId {999999},
            dir.filePath(QStringLiteral("x.md")))
                     .isEmpty());
    }

    void slidesPdfHasAPagePerSlide()
    {
        const PlanContent plan = samplePlan();
        const SlideDeck deck(plan, scheduleOf(plan));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("slides.pdf"));
        QCOMPARE(writeSlidesPdf(deck, path, plan.info.name), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
        QCOMPARE(QString::fromLatin1(pdf).count(page), deck.count());
        QVERIFY(pdf.contains("/FontFile2")); // fonts embedded
        // A folder that does not exist: a message, no crash.
        QVERIFY(!writeSlidesPdf(deck, dir.filePath(QStringLiteral("no/such/x.pdf")), {}).isEmpty());
    }
};

QTEST_MAIN(tst_Workshop)
#include "tst_workshop.moc"
