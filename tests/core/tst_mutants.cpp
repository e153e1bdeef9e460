#include "core/analysis/plananalysis.h"
#include "core/domain/planvalidator.h"
#include "core/models/planmodels.h"
#include "core/schedule/planscheduler.h"
#include "core/store/planfile.h"
#include "core/store/sampleplan.h"
#include "tests/core/planmutator.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <climits>

using namespace Cairn;

// Plan files that are valid SQLite but hostile: wrong types, out-of-range values, dangling
// references, cycles of every shape, huge strings, NULLs, dropped tables, a foreign application
// id. Each mutant goes through what check, schedule, export and the workspace do with a plan
// (load, validate, schedule, analyse, every table model read cell by cell, save and reload):
// nothing may crash, hang or change the input; a refusal names what is wrong. A short run is
// part of ctest; a long one is the same binary with more mutants (and another seed):
//   CAIRN_MUTANTS=10000 CAIRN_MUTANT_SEED=7 build/release/tests/core/tst_mutants
namespace {
int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(name, &ok);
    return ok ? n : fallback;
}
} // namespace

class tst_Mutants : public QObject {
    Q_OBJECT

private slots:
    void hostilePlansAreRefusedOrHandled()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("base.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), base).ok);
        const int count = envInt("CAIRN_MUTANTS", 300);
        QRandomGenerator random(quint32(envInt("CAIRN_MUTANT_SEED", 21)));
        int refused = 0, loaded = 0, withErrors = 0, scheduled = 0;
        for (int n = 0; n < count; ++n) {
            const QString file = dir.filePath(QStringLiteral("mutant.cairn"));
            QFile::remove(file);
            QVERIFY(QFile::copy(base, file));
            Testing::mutatePlanFile(file, random);
            const QByteArray before = Testing::fileHash(file);
            const QString what = QStringLiteral("mutant %1").arg(n);

            const LoadResult result = PlanFile::load(file);
            QVERIFY2(Testing::fileHash(file) == before,
                qPrintable(what + QStringLiteral(" was changed")));
            if (!result.ok()) {
                ++refused;
                QVERIFY2(result.message.contains(QStringLiteral("mutant.cairn")),
                    qPrintable(what + QStringLiteral(": ") + result.message));
                continue;
            }
            ++loaded;
            const PlanContent &plan = *result.content;
            const QList<PlanIssue> issues = validatePlan(plan);
            withErrors += std::any_of(
                issues.cbegin(), issues.cend(), [](const PlanIssue &i) { return i.isError(); });
            for (const PlanIssue &issue : issues)
                QVERIFY2(!issue.message.isEmpty(), qPrintable(what));
            (void)plan.info.lastQuarter().label(plan.info.quarterStyle());

            SchedulerOptions options;
            options.timeBudgetMs = 0; // deterministic: bounded by the count of schedules
            options.maxSchedules = 40;
            const PlanSchedule schedule = schedulePlan(plan, options);
            scheduled += !schedule.initiatives.empty();
            const PlanAnalysis analysis = analysePlan(plan, schedule);
            (void)analysis;

            Plan live(plan);
            EditFacade edit(live);
            for (const EntityKind kind : {EntityKind::Goal, EntityKind::System,
                     EntityKind::Resource, EntityKind::Initiative, EntityKind::Milestone}) {
                const auto model = makeTableModel(kind, live, &edit);
                if (auto *initiatives = dynamic_cast<InitiativeTableModel *>(model.get()))
                    initiatives->setSchedule(std::make_shared<const PlanSchedule>(schedule));
                QAbstractItemModelTester tester(
                    model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
                for (int row = 0; row < model->rowCount(); ++row)
                    for (int column = 0; column < model->columnCount(); ++column)
                        for (const int role :
                            {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole)})
                            (void)model->index(row, column).data(role);
            }

            // What loads can be saved (or is refused with a message) and reads back the same.
            const QString copy = dir.filePath(QStringLiteral("copy.cairn"));
            QFile::remove(copy);
            const SaveResult saved = PlanFile::save(plan, copy);
            if (saved.ok) {
                const LoadResult again = PlanFile::load(copy);
                QVERIFY2(again.ok(), qPrintable(what + QStringLiteral(": ") + again.message));
                QVERIFY2(*again.content == plan, qPrintable(what + QStringLiteral(" round trip")));
            } else {
                QVERIFY2(!saved.message.isEmpty(), qPrintable(what));
            }
        }
        qInfo(
            "%d mutants: %d refused on load, %d loaded (%d with errors check names), %d scheduled",
            count, refused, loaded, withErrors, scheduled);
        QVERIFY(refused > 0 && loaded > 0); // both paths were taken
    }
};

QTEST_GUILESS_MAIN(tst_Mutants)
#include "tst_mutants.moc"
