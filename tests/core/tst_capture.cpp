#include "core/edit/editfacade.h"
#include "core/store/sampleplan.h"
#include "core/workshop/capture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Cairn;

namespace {
QString goalName(const PlanContent &plan, const QList<GoalId> &ids)
{
    QStringList names;
    for (GoalId id : ids)
        for (const Goal &g : plan.goals)
            if (g.id == id)
                names << g.name;
    return names.join(QLatin1Char('|'));
}

QString systemName(const PlanContent &plan, const QList<SystemId> &ids)
{
    QStringList names;
    for (SystemId id : ids)
        for (const System &s : plan.systems)
            if (s.id == id)
                names << s.name;
    return names.join(QLatin1Char('|'));
}
} // namespace

class tst_Capture : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // How a line is understood: -1 / "" where nothing was given.
    void parse_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind"); // InitiativeKind, -1: none
        QTest::addColumn<int>("duration"); // -1: none
        QTest::addColumn<qint64>("cost"); // minor units, -1: none
        QTest::addColumn<QString>("goals");
        QTest::addColumn<QString>("systems");
        const QString cut = QStringLiteral("Cut back-office effort");
        const QString erp = QStringLiteral("Dynamics NAV 2016 (ERP)");
        QTest::newRow("name only") << "Self-checkout in the flagship store"
                                   << "Self-checkout in the flagship store" << -1 << -1
                                   << qint64(-1) << QString() << QString();
        QTest::newRow("everything")
            << "E-invoicing #cut grow 3q 40k @ERP"
            << "E-invoicing" << int(InitiativeKind::Grow) << 3 << qint64(4000000) << cut << erp;
        QTest::newRow("order does not matter")
            << "@erp 40k transform #cut 2q Supplier portal"
            << "Supplier portal" << int(InitiativeKind::Transform) << 2 << qint64(4000000) << cut
            << erp;
        QTest::newRow("a bare number stays in the name")
            << "Windows 11 kiosk mode run"
            << "Windows 11 kiosk mode" << int(InitiativeKind::Run) << -1 << qint64(-1) << QString()
            << QString();
        QTest::newRow("quoted kind word is a name")
            << "\"Run\" book automation"
            << "Run book automation" << -1 << -1 << qint64(-1) << QString() << QString();
        QTest::newRow("years and words for quarters")
            << "Data warehouse 1y"
            << "Data warehouse" << -1 << 4 << qint64(-1) << QString() << QString();
        QTest::newRow("duration as two words")
            << "Data warehouse 3 quarters"
            << "Data warehouse" << -1 << 3 << qint64(-1) << QString() << QString();
        QTest::newRow("German words") << "Lagerverwaltung wachsen 2 Quartale 1,5mio"
                                      << "Lagerverwaltung" << int(InitiativeKind::Grow) << 2
                                      << qint64(150000000) << QString() << QString();
        QTest::newRow("French words") << "Portail fournisseurs transformer 3 trimestres 80k€"
                                      << "Portail fournisseurs" << int(InitiativeKind::Transform)
                                      << 3 << qint64(8000000) << QString() << QString();
        QTest::newRow("Spanish words") << "Portal de clientes crecer 2 años"
                                       << "Portal de clientes" << int(InitiativeKind::Grow) << 8
                                       << qint64(-1) << QString() << QString();
        QTest::newRow("currency sign, decimals")
            << "Tablet pilot €12.5k"
            << "Tablet pilot" << -1 << -1 << qint64(1250000) << QString() << QString();
        QTest::newRow("millions") << "New ERP 1.2m"
                                  << "New ERP" << -1 << -1 << qint64(120000000) << QString()
                                  << QString();
        QTest::newRow("plain amount with a sign")
            << "Pen test 9000€"
            << "Pen test" << -1 << -1 << qint64(900000) << QString() << QString();
        QTest::newRow("goal by a word inside its name")
            << "Phishing drills #secure"
            << "Phishing drills" << -1 << -1 << qint64(-1)
            << QStringLiteral("Be secure and compliant") << QString();
        QTest::newRow("goal with hyphens for spaces")
            << "Kiosk #keep-the-stores"
            << "Kiosk" << -1 << -1 << qint64(-1) << QStringLiteral("Keep the stores trading")
            << QString();
        QTest::newRow("two goals and two systems")
            << "Stock sync #online #numbers @magento @erp"
            << "Stock sync" << -1 << -1 << qint64(-1)
            << QStringLiteral("Sell seamlessly online and in store|Decide with reliable numbers")
            << QStringLiteral("Magento Open Source 2.4.6 webshop|") + erp;
    }
    void parse()
    {
        QFETCH(QString, line);
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(int, duration);
        QFETCH(qint64, cost);
        QFETCH(QString, goals);
        QFETCH(QString, systems);
        const PlanContent plan = samplePlan();
        const CapturedIdea idea = parseCapture(line, plan);
        QVERIFY2(idea.errors.isEmpty(), qPrintable(idea.errors.join(QLatin1Char('\n'))));
        QVERIFY(idea.ok());
        QCOMPARE(idea.name, name);
        QCOMPARE(idea.kind ? int(*idea.kind) : -1, kind);
        QCOMPARE(idea.duration.value_or(-1), duration);
        QCOMPARE(idea.cost ? idea.cost->minorUnits() : qint64(-1), cost);
        QCOMPARE(goalName(plan, idea.goals), goals);
        QCOMPARE(systemName(plan, idea.systems), systems);
        // The preview has a token for every word typed, and none of them is an error.
        for (const CaptureToken &t : idea.tokens)
            QVERIFY(t.role != CaptureToken::Role::Error);
        QVERIFY(!idea.tokens.isEmpty());
    }

    // A line that cannot be read says which word and why, and is not an idea.
    void errors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("word"); // the word the message names
        QTest::newRow("unknown goal") << "Drone delivery #mars"
                                      << "#mars";
        QTest::newRow("ambiguous goal") << "Chatbot #be"
                                        << "#be";
        QTest::newRow("unknown system") << "Upgrade @mainframe"
                                        << "@mainframe";
        QTest::newRow("ambiguous system") << "Patch @server"
                                          << "@server";
        QTest::newRow("empty goal") << "Something # else" << QString();
        QTest::newRow("no name") << "#cut grow 3q" << QString();
        QTest::newRow("duration too long") << "Forever project 99q"
                                           << "99q";
        QTest::newRow("zero duration") << "Nothing 0q"
                                       << "0q";
        QTest::newRow("second kind") << "Shop grow transform"
                                     << "transform";
        QTest::newRow("second cost") << "Shop 40k 50k"
                                     << "50k";
        QTest::newRow("too many decimals") << "Shop €1.005"
                                           << "€1.005";
        QTest::newRow("too much money") << "Moonshot 999999999999m"
                                        << "999999999999m";
    }
    void errors()
    {
        QFETCH(QString, line);
        QFETCH(QString, word);
        const CapturedIdea idea = parseCapture(line, samplePlan());
        QVERIFY(!idea.ok());
        QVERIFY(!idea.errors.isEmpty());
        if (!word.isEmpty())
            QVERIFY2(idea.errors.join(QLatin1Char(' ')).contains(word),
                qPrintable(idea.errors.join(QLatin1Char(' '))));
        QCOMPARE(idea.line, line); // what was typed is kept
    }

    void blankLineIsEmptyNotAnError()
    {
        const CapturedIdea idea = parseCapture(QStringLiteral("   "), samplePlan());
        QVERIFY(idea.isEmpty());
        QVERIFY(idea.errors.isEmpty());
        QVERIFY(!idea.ok());
    }

    // One idea is one undo step: the initiative (an Idea) with its goal and system links.
    void addIsOneUndoStep()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        const PlanContent before = plan.content();
        QSignalSpy changed(&plan, &Plan::changed);
        const CapturedIdea idea
            = parseCapture(QStringLiteral("E-invoicing #cut run 2q 40k @ERP"), plan.content());
        const qint64 id = addCapturedIdea(edit, idea);
        QVERIFY(id > 0);
        QCOMPARE(edit.undoStack()->count(), 1);
        QVERIFY(changed.count() > 0);
        const Initiative *i = plan.initiative(InitiativeId {id});
        QVERIFY(i);
        QCOMPARE(i->name, QStringLiteral("E-invoicing"));
        QCOMPARE(i->status, InitiativeStatus::Idea);
        QCOMPARE(i->kind, InitiativeKind::Run);
        QCOMPARE(i->duration, 2);
        QCOMPARE(i->cost.minorUnits(), qint64(4000000));
        int contributions = 0, impacts = 0;
        for (const GoalContribution &c : plan.contributions())
            contributions += c.initiative.value == id;
        for (const SystemImpact &s : plan.impacts())
            impacts += s.initiative.value == id;
        QCOMPARE(contributions, 1);
        QCOMPARE(impacts, 1);
        edit.undoStack()->undo();
        QVERIFY(!plan.initiative(InitiativeId {id}));
        QCOMPARE(plan.contributions().size(), before.contributions.size());
        QCOMPARE(plan.impacts().size(), before.impacts.size());
        QCOMPARE(plan.initiatives().size(), before.initiatives.size());
    }

    void lineWithErrorsChangesNothing()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        const CapturedIdea idea = parseCapture(QStringLiteral("Drone #mars"), plan.content());
        QCOMPARE(addCapturedIdea(edit, idea), qint64(0));
        QCOMPARE(edit.undoStack()->count(), 0);
        QCOMPARE(plan.initiatives().size(), samplePlan().initiatives.size());
    }
};

QTEST_GUILESS_MAIN(tst_Capture)
#include "tst_capture.moc"
