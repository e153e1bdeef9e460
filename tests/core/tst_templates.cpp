#include "core/domain/fields.h"
#include "core/domain/planvalidator.h"
#include "core/schedule/planscheduler.h"
#include "core/store/templates.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Cairn;

namespace {
// Every text of a plan that a translation may change: its rows' text fields and tags.
template<class T> void collectTexts(const std::vector<T> &rows, QStringList &out)
{
    for (const T &row : rows)
        for (const Field<T> &f : schemaOf<T>().fields) {
            if (f.type == FieldType::Text || f.type == FieldType::LongText)
                out << f.get(row).toString();
            else if (f.type == FieldType::Tags)
                out << f.get(row).toStringList();
        }
}

QStringList textsOf(const PlanContent &plan)
{
    QStringList out;
    collectTexts(std::vector<PlanInfo> {plan.info}, out);
    collectTexts(plan.goals, out);
    collectTexts(plan.systems, out);
    collectTexts(plan.resources, out);
    collectTexts(plan.initiatives, out);
    collectTexts(plan.milestones, out);
    out.removeAll(QString());
    return out;
}

// A translation that marks every text of the templates: «text».
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("Cairn::Template"))
            return {};
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class tst_Templates : public QObject {
    Q_OBJECT

private slots:
    void everyTemplateIsOffered()
    {
        const QList<PlanTemplate> templates = planTemplates();
        QCOMPARE(templates.size(), 3);
        for (const PlanTemplate &t : templates) {
            QVERIFY(!t.title.isEmpty());
            QVERIFY(t.description.size() > 40);
            QVERIFY(templatePlan(t.key, Quarter(2030, 1)));
        }
        QVERIFY(!templatePlan(QStringLiteral("no-such-template"), Quarter(2030, 1)));
    }

    void readyToEdit_data()
    {
        QTest::addColumn<QString>("key");
        for (const PlanTemplate &t : planTemplates())
            QTest::newRow(qPrintable(t.key)) << t.key;
    }

    // A template is a sound small plan: goals, systems with ends of support, the usual Run work
    // (backups, upgrades before end of support) and some Grow and Transform, a budget and a team,
    // and it schedules with no problem, so that a first look shows no red.
    void readyToEdit()
    {
        QFETCH(QString, key);
        const PlanContent plan = *templatePlan(key, Quarter(2030, 3));
        QCOMPARE(plan.info.firstQuarter, Quarter(2030, 3));
        const QList<PlanIssue> issues = validatePlan(plan);
        QStringList messages;
        for (const PlanIssue &i : issues)
            messages << i.message;
        QVERIFY2(issues.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(plan.goals.size() >= 4);
        QVERIFY(plan.systems.size() >= 6);
        QVERIFY(plan.budget());
        int run = 0, other = 0, backups = 0;
        for (const Initiative &i : plan.initiatives) {
            (i.kind == InitiativeKind::Run ? run : other) += 1;
            backups += i.tags.contains(QStringLiteral("backup")) ? 1 : 0;
        }
        QVERIFY(run >= 5);
        QVERIFY(other >= 3);
        QVERIFY(backups >= 1);
        int forcedUpgrades = 0;
        for (const SystemImpact &impact : plan.impacts) {
            const System *s = plan.system(impact.system);
            if (impact.effect != SystemEffect::Introduces && s->endOfSupport
                && *s->endOfSupport <= plan.info.lastQuarter())
                ++forcedUpgrades;
        }
        QVERIFY(forcedUpgrades >= 3);

        SchedulerOptions options;
        options.timeBudgetMs = 0;
        options.improve = false;
        const PlanSchedule schedule = schedulePlan(plan, options);
        QStringList problems;
        for (const PlanScheduleProblem &p : schedule.problems)
            problems << p.message;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Every name, note, description and tag of every template is declared for the translators
    // (resources/templates/texts.py writes the list).
    void everyTextIsDeclaredForTranslation()
    {
        const QStringList declared = templateTexts();
        for (const PlanTemplate &t : planTemplates()) {
            const QStringList texts = textsOf(*templatePlan(t.key, Quarter(2030, 1)));
            QVERIFY(texts.size() > 40);
            for (const QString &text : texts)
                QVERIFY2(declared.contains(text),
                    qPrintable(QStringLiteral("%1: not in core/store/templatetexts.cpp: %2")
                                   .arg(t.key, text)));
        }
    }

    // A template opens in the user's language: every text translated, the links kept.
    void textsAreTranslated()
    {
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const PlanContent plan = *templatePlan(QStringLiteral("retailer"), Quarter(2030, 1));
        QCoreApplication::removeTranslator(&marking);
        const QStringList texts = textsOf(plan);
        QVERIFY(texts.size() > 40);
        for (const QString &text : texts)
            QVERIFY2(text.startsWith(QStringLiteral("«")) && text.endsWith(QStringLiteral("»")),
                qPrintable(text));
        QVERIFY(validatePlan(plan).isEmpty());
        QVERIFY(!plan.contributions.empty());
        for (const GoalContribution &c : plan.contributions)
            QVERIFY(plan.goal(c.goal) && plan.initiative(c.initiative));
    }

    // Every quarter moves with the first: a template started later keeps its shape.
    void quartersMoveWithTheStart()
    {
        const PlanContent early = *templatePlan(QStringLiteral("retailer"), Quarter(2027, 1));
        PlanContent late = *templatePlan(QStringLiteral("retailer"), Quarter(2031, 4));
        const int shift = Quarter(2031, 4) - Quarter(2027, 1);
        for (size_t k = 0; k < early.systems.size(); ++k)
            if (early.systems[k].endOfSupport)
                QCOMPARE(*late.systems[k].endOfSupport, *early.systems[k].endOfSupport + shift);
        for (size_t k = 0; k < early.goals.size(); ++k)
            QCOMPARE(*late.goals[k].targetQuarter, *early.goals[k].targetQuarter + shift);
        QCOMPARE(late.milestones.front().quarter, early.milestones.front().quarter + shift);
        shiftPlan(late, -shift);
        QVERIFY(late == early);
    }

    void shiftMovesCapacitiesPinsAndDeadlines()
    {
        PlanContent plan;
        plan.info.firstQuarter = Quarter(2027, 1);
        Resource r;
        r.id = ResourceId {1};
        r.capacities.insert(Quarter(2027, 3), 5);
        plan.resources.push_back(r);
        Initiative i;
        i.id = InitiativeId {2};
        i.pin = Quarter(2027, 2);
        i.deadline = Quarter(2028, 1);
        i.earliestStart = Quarter(2027, 2);
        plan.initiatives.push_back(i);
        shiftPlan(plan, 2);
        QCOMPARE(plan.info.firstQuarter, Quarter(2027, 3));
        QCOMPARE(plan.resources[0].capacities.keys(), QList<Quarter> {Quarter(2028, 1)});
        QCOMPARE(*plan.initiatives[0].pin, Quarter(2027, 4));
        QCOMPARE(*plan.initiatives[0].deadline, Quarter(2028, 3));
        QCOMPARE(*plan.initiatives[0].earliestStart, Quarter(2027, 4));
    }
};

QTEST_GUILESS_MAIN(tst_Templates)
#include "tst_templates.moc"
