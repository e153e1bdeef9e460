#include "core/analysis/plananalysis.h"
#include "core/store/planfile.h"
#include "core/store/planlock.h"
#include "core/store/sampleplan.h"
#include "core/store/schema.h"
#include "tests/cairnrun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>
#include <sys/resource.h>

using namespace Cairn;

namespace {
using Test::cairn;
using Test::Run;

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

// The text pdftotext reads from a PDF (`options` before the file), or nothing when it is not
// installed.
std::optional<QString> pdfText(const QString &pdf, const QStringList &options = {})
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), options + QStringList {pdf, QStringLiteral("-")});
    if (!text.waitForFinished(60000))
        return std::nullopt;
    return QString::fromUtf8(text.readAllStandardOutput());
}
} // namespace

class tst_Cli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void versionAndHelp()
    {
        const Run v = cairn({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("cairn ")));
        const Run h = cairn({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        for (const char *cmd : {"sample", "check"})
            QVERIFY2(h.out.contains(QLatin1String(cmd)), cmd);
        // A long synopsis is never run into its summary ("... OUTWrite the roadmap").
        for (const char *synopsis : {"export FILE --pdf|--png|--svg OUT\n",
                 "impact FILE --system|--initiative NAME\n", "schedule FILE [--json]  "})
            QVERIFY2(h.out.contains(QLatin1String(synopsis)), synopsis);
        QVERIFY(h.out.contains(QStringLiteral("--view roadmap|charts|graph|")));
        // The usage names each way in once: a command, or the workspace with a file.
        QCOMPARE(h.out.count(QStringLiteral("COMMAND [OPTIONS] [ARGUMENTS]")), 1);
        // Synopses are UTF-8 like everything else: "URI …", never "URI â¦".
        QVERIFY2(h.out.contains(QStringLiteral("server init|grant URI \u2026")), qPrintable(h.out));
        QVERIFY(!h.out.contains(QChar(0x00e2)));
        QVERIFY(h.out.contains(QStringLiteral("cairn [FILE]")));
        const Run unknown = cairn({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 64);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
    }

    void sampleThenCheckIsSound()
    {
        const QString file = m_dir.filePath(QStringLiteral("sample.cairn"));
        const Run s = cairn({QStringLiteral("sample"), file});
        QCOMPARE(s.exitCode, 0);
        QVERIFY(s.out.contains(QStringLiteral("sample.cairn")));
        const Run c = cairn({QStringLiteral("check"), file});
        QVERIFY2(c.exitCode == 0, qPrintable(c.out + c.err));
        QVERIFY(c.out.contains(QStringLiteral("35 initiatives")));
        QVERIFY(c.out.contains(QStringLiteral("The plan is sound.")));
    }

    // `cairn sample` writes a new file: a plan given by mistake (or through a link) is refused and
    // kept; --replace writes over it (before, the sample replaced any plan without a word).
    void sampleNeverWritesOverAPlanUnasked()
    {
        const QString mine = m_dir.filePath(QStringLiteral("mine.cairn"));
        PlanContent own = samplePlan();
        own.info.name = QStringLiteral("My own plan");
        QVERIFY(PlanFile::save(own, mine).ok);
        const QByteArray before = hashOf(mine);
        const QString link = m_dir.filePath(QStringLiteral("mine-link.cairn"));
        QVERIFY(QFile::link(mine, link));
        for (const QString &target : {mine, link}) {
            const Run refused = cairn({QStringLiteral("sample"), target});
            QCOMPARE(refused.exitCode, 64);
            QVERIFY2(refused.err.contains(QFileInfo(target).fileName())
                    && refused.err.contains(QStringLiteral("--replace")),
                qPrintable(refused.err));
            QVERIFY(refused.out.isEmpty());
            QCOMPARE(hashOf(mine), before);
        }
        const Run replaced = cairn({QStringLiteral("sample"), QStringLiteral("--replace"), mine});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        QCOMPARE(PlanFile::load(mine).content->info.name, samplePlan().info.name);
    }

    void checkListsACycleAndExitsOne()
    {
        PlanContent plan = samplePlan();
        // Close a loop: the first initiative now waits for one of its own successors.
        const Dependency existing = plan.dependencies.front();
        plan.dependencies.push_back(
            {existing.successor, existing.predecessor, DependencyType::FinishToStart, 0});
        const QString file = m_dir.filePath(QStringLiteral("cycle.cairn"));
        QVERIFY(PlanFile::save(plan, file).ok);
        const Run c = cairn({QStringLiteral("check"), file});
        QCOMPARE(c.exitCode, 1);
        QVERIFY2(c.out.contains(QStringLiteral("Dependency cycle")), qPrintable(c.out));
        QVERIFY(c.out.contains(plan.initiative(existing.successor)->name));
        QVERIFY(c.out.contains(plan.initiative(existing.predecessor)->name));
    }

    void unreadableFilesExitTwoAndStayUnchanged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("random bytes")
            << QByteArray("\x01\x02garbage\xff\xfe", 11) << QStringLiteral("not a Cairn plan");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("truncated")
            << QByteArray("SQLite format 3\0", 16) << QStringLiteral("cut short");
    }
    void unreadableFilesExitTwoAndStayUnchanged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString file
            = m_dir.filePath(QStringLiteral("bad-%1.cairn")
                                 .arg(QString::fromUtf8(QTest::currentDataTag())
                                          .replace(QLatin1Char(' '), QLatin1Char('-'))));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QByteArray before = hashOf(file);
        const Run c = cairn({QStringLiteral("check"), file});
        QCOMPARE(c.exitCode, 2);
        QVERIFY2(c.err.contains(file) && c.err.contains(reason), qPrintable(c.err));
        QCOMPARE(hashOf(file), before);
    }

    void newerVersionIsRefusedAndUnchanged()
    {
        const QString file = m_dir.filePath(QStringLiteral("newer.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), file).ok);
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery(db).exec(
                QStringLiteral("PRAGMA user_version=%1").arg(Schema::CurrentVersion + 5));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
        const QByteArray before = hashOf(file);
        const Run c = cairn({QStringLiteral("check"), file});
        QCOMPARE(c.exitCode, 2);
        QVERIFY(c.err.contains(QStringLiteral("newer version")));
        QCOMPARE(hashOf(file), before);
    }

    void scheduleJsonGivesEveryInitiativeAQuarter()
    {
        const QString file = m_dir.filePath(QStringLiteral("sched.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), file).ok);
        const Run r = cairn({QStringLiteral("schedule"), file, QStringLiteral("--json"),
            QStringLiteral("--budget-ms"), QStringLiteral("100")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray initiatives = root.value(QStringLiteral("initiatives")).toArray();
        QCOMPARE(initiatives.size(), 35);
        static const QRegularExpression label(QStringLiteral(R"(^20\d\d Q[1-4]$)"));
        for (const QJsonValue &v : initiatives) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "name", "start", "finish", "why", "slack"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY2(label.match(o.value(QStringLiteral("start")).toString()).hasMatch(),
                qPrintable(o.value(QStringLiteral("name")).toString()));
            QVERIFY(!o.value(QStringLiteral("why")).toString().isEmpty());
        }
        const QJsonArray problems = root.value(QStringLiteral("problems")).toArray();
        QCOMPARE(r.exitCode, problems.isEmpty() ? 0 : 1);
        for (const QJsonValue &v : problems) {
            QVERIFY(!v.toObject().value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(!v.toObject().value(QStringLiteral("initiatives")).toArray().isEmpty());
        }
        const QJsonObject objective = root.value(QStringLiteral("objective")).toObject();
        QVERIFY(objective.contains(QStringLiteral("weightedCompletion")));
        // The bound never exceeds the schedule's value sum; the gap is the distance in per cent.
        const double bound = objective.value(QStringLiteral("bound")).toDouble();
        const double ours = objective.value(QStringLiteral("weightedCompletion")).toDouble();
        QVERIFY(bound > 0 && bound <= ours);
        QCOMPARE(objective.value(QStringLiteral("gap")).toDouble(), 100.0 * (ours - bound) / bound);
        QVERIFY(objective.value(QStringLiteral("proven")).isBool());
        // A missed end of support comes with fixes: what changes, and the tardiness after.
        int withFixes = 0;
        for (const QJsonValue &v : problems) {
            const QJsonArray fixes = v.toObject().value(QStringLiteral("fixes")).toArray();
            withFixes += fixes.isEmpty() ? 0 : 1;
            for (const QJsonValue &f : fixes) {
                const QJsonObject fix = f.toObject();
                QVERIFY(!fix.value(QStringLiteral("description")).toString().isEmpty());
                QVERIFY(!fix.value(QStringLiteral("changes")).toArray().isEmpty());
                QCOMPARE(fix.value(QStringLiteral("lateAfter")).toInt(), 0);
                QVERIFY(fix.contains(QStringLiteral("tardinessAfter")));
            }
        }
        QVERIFY(withFixes >= 3);
    }

    void scheduleJsonSaysSpendByYearAndSupportGaps()
    {
        // The figures of the report's summary, from the same analysis of the same schedule.
        const PlanContent plan = samplePlan();
        const QString file = m_dir.filePath(QStringLiteral("sched-analysis.cairn"));
        QVERIFY(PlanFile::save(plan, file).ok);
        const Run r = cairn({QStringLiteral("schedule"), file, QStringLiteral("--json"),
            QStringLiteral("--budget-ms"), QStringLiteral("0")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        SchedulerOptions fast;
        fast.improve = false;
        const PlanAnalysis analysis = analysePlan(plan, schedulePlan(plan, fast));
        QCOMPARE(root.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        const QJsonArray years = root.value(QStringLiteral("spendByYear")).toArray();
        const std::vector<YearSpend> expected = analysis.spendByYearAndKind();
        QCOMPARE(years.size(), qsizetype(expected.size()));
        QVERIFY(years.size() >= 3);
        for (qsizetype n = 0; n < years.size(); ++n) {
            const QJsonObject y = years[n].toObject();
            const YearSpend &e = expected[size_t(n)];
            QCOMPARE(y.value(QStringLiteral("year")).toInt(), e.year);
            QCOMPARE(y.value(QStringLiteral("run")).toDouble(), double(e.byKind[0]) / 100);
            QCOMPARE(y.value(QStringLiteral("grow")).toDouble(), double(e.byKind[1]) / 100);
            QCOMPARE(y.value(QStringLiteral("transform")).toDouble(), double(e.byKind[2]) / 100);
            QCOMPARE(y.value(QStringLiteral("total")).toDouble(), double(e.total) / 100);
        }
        const QJsonArray gaps = root.value(QStringLiteral("outOfSupport")).toArray();
        QCOMPARE(gaps.size(), qsizetype(analysis.supportGaps.size()));
        QVERIFY(!gaps.isEmpty());
        for (qsizetype n = 0; n < gaps.size(); ++n) {
            const QJsonObject g = gaps[n].toObject();
            const SupportGap &e = analysis.supportGaps[size_t(n)];
            QCOMPARE(g.value(QStringLiteral("system")).toInteger(), e.system.value);
            QCOMPARE(g.value(QStringLiteral("name")).toString(), plan.system(e.system)->name);
            QCOMPARE(g.value(QStringLiteral("from")).toString(), e.from.label());
            QCOMPARE(g.value(QStringLiteral("to")).toString(), e.to.label());
            QCOMPARE(g.value(QStringLiteral("quarters")).toInt(), e.quarters);
            QCOMPARE(g.value(QStringLiteral("remains")).toBool(), e.remains);
        }
    }

    void scheduleTableAndCycle()
    {
        PlanContent plan = samplePlan();
        const Dependency existing = plan.dependencies.front();
        plan.dependencies.push_back(
            {existing.successor, existing.predecessor, DependencyType::FinishToStart, 0});
        const QString file = m_dir.filePath(QStringLiteral("sched-cycle.cairn"));
        QVERIFY(PlanFile::save(plan, file).ok);
        const Run table = cairn({QStringLiteral("schedule"), file, QStringLiteral("--budget-ms"),
            QStringLiteral("50")});
        QCOMPARE(table.exitCode, 1);
        QVERIFY(table.out.contains(QStringLiteral("Dependency cycle")));
        QVERIFY(table.out.contains(QStringLiteral("Why")));
        const Run json = cairn({QStringLiteral("schedule"), file, QStringLiteral("--json"),
            QStringLiteral("--budget-ms"), QStringLiteral("50")});
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        bool sawNull = false;
        for (const QJsonValue &v : root.value(QStringLiteral("initiatives")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toInteger() == existing.successor.value)
                sawNull = v.toObject().value(QStringLiteral("start")).isNull();
        QVERIFY(sawNull);
        bool sawCycle = false;
        for (const QJsonValue &v : root.value(QStringLiteral("problems")).toArray())
            sawCycle = sawCycle
                || v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("cycle");
        QVERIFY(sawCycle);
        const Run bad = cairn({QStringLiteral("schedule"), file, QStringLiteral("--goal"),
            QStringLiteral("fastest")});
        QCOMPARE(bad.exitCode, 64);
    }

    // Every time option takes milliseconds, 0 or more; anything else is refused with the option
    // and the value named, and nothing is written. (`schedule --bound-ms` took "soon" as 0.)
    void timeOptionsTakeMillisecondsOnly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        const QStringList schedule {QStringLiteral("schedule"), QStringLiteral("PLAN")};
        const QStringList exportPdf {QStringLiteral("export"), QStringLiteral("PLAN"),
            QStringLiteral("--pdf"), QStringLiteral("OUT")};
        const QStringList compare {QStringLiteral("compare"), QStringLiteral("PLAN"),
            QStringLiteral("base"), QStringLiteral("base")};
        QTest::newRow("schedule budget")
            << schedule << QStringLiteral("--budget-ms") << QStringLiteral("fast");
        QTest::newRow("schedule bound word")
            << schedule << QStringLiteral("--bound-ms") << QStringLiteral("soon");
        QTest::newRow("schedule bound negative")
            << schedule << QStringLiteral("--bound-ms") << QStringLiteral("-5");
        QTest::newRow("export budget")
            << exportPdf << QStringLiteral("--budget-ms") << QStringLiteral("1.5");
        QTest::newRow("export bound")
            << exportPdf << QStringLiteral("--bound-ms") << QStringLiteral("-1");
        QTest::newRow("compare budget")
            << compare << QStringLiteral("--budget-ms") << QStringLiteral("lots");
    }

    void timeOptionsTakeMillisecondsOnly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        QFETCH(QString, value);
        const QString plan = m_dir.filePath(QStringLiteral("ms.cairn"));
        if (!QFile::exists(plan))
            QCOMPARE(cairn({QStringLiteral("sample"), plan}).exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("ms.pdf"));
        arguments.replaceInStrings(QStringLiteral("PLAN"), plan);
        arguments.replaceInStrings(QStringLiteral("OUT"), out);
        const Run bad = cairn(arguments + QStringList {option, value});
        QCOMPARE(bad.exitCode, 64);
        QVERIFY2(bad.err.contains(option) && bad.err.contains(value), qPrintable(bad.err));
        QVERIFY(bad.out.isEmpty());
        QVERIFY(!QFile::exists(out));
        const Run good = cairn(arguments + QStringList {option, QStringLiteral("0")});
        QVERIFY2(good.exitCode == 0 || good.exitCode == 1, qPrintable(good.err));
        QFile::remove(out);
    }

    // An export never writes over the plan it reads: refused, the plan as it was.
    void exportNeverReplacesThePlan_data()
    {
        QTest::addColumn<QString>("option");
        for (const char *option : {"--json", "--pdf", "--png", "--svg", "--xlsx", "--slides",
                 "--graph", "--workshop-record"})
            QTest::newRow(option) << QString::fromLatin1(option);
    }

    void exportNeverReplacesThePlan()
    {
        QFETCH(QString, option);
        const QString plan = m_dir.filePath(QStringLiteral("itself.cairn"));
        if (!QFile::exists(plan))
            QCOMPARE(cairn({QStringLiteral("sample"), plan}).exitCode, 0);
        const QByteArray before = hashOf(plan);
        const QString link = m_dir.filePath(QStringLiteral("itself-link.cairn"));
        QFile::link(plan, link);
        for (const QString &target : {plan, link}) {
            const Run r = cairn({QStringLiteral("export"), plan, option, target,
                QStringLiteral("--budget-ms"), QStringLiteral("0")});
            QCOMPARE(r.exitCode, 64);
            QVERIFY2(r.err.contains(option) && r.err.contains(QStringLiteral("itself")),
                qPrintable(r.err));
            QCOMPARE(hashOf(plan), before);
        }
        QVERIFY(QFile::exists(link) && QFileInfo(link).isSymLink());
    }

    // A disk that fills up during an export: the export fails with the system's reason and leaves
    // no file cut short (a file size limit in the child stands in for a full disk: the write that
    // crosses it is cut short, the next fails). Before, JSON and the pictures said "Wrote" and
    // left the first 64 KiB.
    void exportToAFullDiskFailsWhole_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("limit"); // bytes, below the largest file's size
        QTest::newRow("json") << QStringLiteral("--json") << QStringLiteral("full.json") << 16384;
        QTest::newRow("pdf") << QStringLiteral("--pdf") << QStringLiteral("full.pdf") << 16384;
        QTest::newRow("svg") << QStringLiteral("--svg") << QStringLiteral("full.svg") << 16384;
        QTest::newRow("slides") << QStringLiteral("--slides") << QStringLiteral("full-slides.pdf")
                                << 16384;
        QTest::newRow("csv") << QStringLiteral("--csv") << QStringLiteral("full-csv") << 4096;
    }

    void exportToAFullDiskFailsWhole()
    {
        QFETCH(QString, option);
        QFETCH(QString, name);
        QFETCH(int, limit);
        const QString plan = m_dir.filePath(QStringLiteral("full.cairn"));
        if (!QFile::exists(plan))
            QCOMPARE(cairn({QStringLiteral("sample"), plan}).exitCode, 0);
        const QString target = m_dir.filePath(name);
        const QStringList args {QStringLiteral("export"), plan, option, target,
            QStringLiteral("--budget-ms"), QStringLiteral("0"), QStringLiteral("--bound-ms"),
            QStringLiteral("0")};
        // Whole, the output is larger than the limit.
        const Run whole = cairn(args);
        QCOMPARE(whole.exitCode, 0);
        qint64 size = QFileInfo(target).size();
        if (QFileInfo(target).isDir())
            for (const QFileInfo &f : QDir(target).entryInfoList(QDir::Files))
                size = std::max(size, f.size());
        QVERIFY2(size > qint64(limit), qPrintable(QString::number(size)));
        if (QFileInfo(target).isDir())
            QDir(target).removeRecursively();
        else
            QFile::remove(target);

        const Run full = cairn(args, 120000, [limit] {
            ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails (EFBIG) instead
            const rlimit l {rlim_t(limit), rlim_t(limit)};
            ::setrlimit(RLIMIT_FSIZE, &l);
        });
        QCOMPARE(full.exitCode, 2);
        QVERIFY2(full.err.contains(QStringLiteral("Cannot write")), qPrintable(full.err));
        QVERIFY2(!full.out.contains(QStringLiteral("Wrote")), qPrintable(full.out));
        if (QFileInfo(target).isDir()) {
            for (const QFileInfo &f : QDir(target).entryInfoList(QDir::Files))
                QVERIFY2(f.size() <= qint64(limit) && f.size() > 0, qPrintable(f.fileName()));
            QDir(target).removeRecursively();
        } else {
            QVERIFY(!QFile::exists(target));
        }
    }

    // The command line answers in the user's language, on every path: a command, a word that
    // is none (it answered in English), the help.
    void theCommandLineSpeaksTheUsersLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("german");
        QTest::newRow("not a command")
            << QStringList {QStringLiteral("bogus")} << QStringLiteral("ist weder ein Befehl");
        QTest::newRow("a command's error")
            << QStringList {QStringLiteral("schedule"), QStringLiteral("PLAN"),
                   QStringLiteral("--bound-ms"), QStringLiteral("bald")}
            << QStringLiteral("braucht eine Zahl von Millisekunden, nicht „bald“");
    }

    void theCommandLineSpeaksTheUsersLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, german);
        const QString plan = m_dir.filePath(QStringLiteral("deutsch.cairn"));
        if (!QFile::exists(plan))
            QCOMPARE(cairn({QStringLiteral("sample"), plan}).exitCode, 0);
        arguments.replaceInStrings(QStringLiteral("PLAN"), plan);
        std::vector<std::pair<const char *, std::optional<QByteArray>>> before;
        for (const char *name : {"LANGUAGE", "LC_ALL"})
            before.emplace_back(name,
                qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt);
        qputenv("LANGUAGE", "de");
        qputenv("LC_ALL", "de_DE.UTF-8");
        const Run r = cairn(arguments);
        for (const auto &[name, value] : before)
            value ? qputenv(name, *value) : qunsetenv(name);
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(german), qPrintable(r.err));
    }

    // A command's help and its usage error name the command, not the program alone or the
    // arguments given ("Usage: cairn [options] FILE", "See “cairn check a b --help”").
    void aCommandsHelpNamesTheCommand()
    {
        const Run help = cairn({QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QString usage = help.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(usage.contains(QStringLiteral(" check [")), qPrintable(usage));
        const Run wrong = cairn(
            {QStringLiteral("check"), QStringLiteral("a.cairn"), QStringLiteral("b.cairn")});
        QCOMPARE(wrong.exitCode, 64);
        QVERIFY2(wrong.err.contains(QStringLiteral(" check --help”")), qPrintable(wrong.err));
        QVERIFY2(!wrong.err.contains(QStringLiteral("a.cairn")), qPrintable(wrong.err));
    }

    void exportWritesRoadmapImages()
    {
        const QString plan = m_dir.filePath(QStringLiteral("export.cairn"));
        QCOMPARE(cairn({QStringLiteral("sample"), plan}).exitCode, 0);
        const QString png = m_dir.filePath(QStringLiteral("roadmap.png"));
        const QString svg = m_dir.filePath(QStringLiteral("roadmap.svg"));
        // No display is needed: the export draws offscreen.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CAIRN_BINARY),
            {QStringLiteral("export"), plan, QStringLiteral("--png"), png, QStringLiteral("--svg"),
                svg, QStringLiteral("--size"), QStringLiteral("1600x1000"),
                QStringLiteral("--lanes"), QStringLiteral("system"), QStringLiteral("--budget-ms"),
                QStringLiteral("0")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(png) && out.contains(svg), qPrintable(out));
        QCOMPARE(QImageReader(png).size(), QSize(1600, 1000));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("Migrate ERP to Business Central (cloud)"));
    }

    void exportChartsNamesFilesAfterWhatTheyShow()
    {
        const QString plan = m_dir.filePath(QStringLiteral("charts.cairn"));
        QCOMPARE(cairn({QStringLiteral("sample"), plan}).exitCode, 0);
        const QString dir = m_dir.filePath(QStringLiteral("charts"));
        const Run r = cairn({QStringLiteral("export"), plan, QStringLiteral("--charts"), dir,
            QStringLiteral("--budget-ms"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 0);
        QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
        // One demand chart per resource, named after the resource, then the other charts.
        const QStringList expected = {QStringLiteral("demand-internal-it-team"),
            QStringLiteral("demand-it-project-budget"),
            QStringLiteral("demand-nordlicht-it-implementation-partner"),
            QStringLiteral("out-of-support"), QStringLiteral("portfolio"),
            QStringLiteral("run-cost"), QStringLiteral("run-grow-transform"),
            QStringLiteral("spend-per-goal")};
        QStringList bases;
        for (const QString &f : files)
            if (f.endsWith(QLatin1String(".png")))
                bases << f.chopped(4);
        QCOMPARE(bases, expected);
        QCOMPARE(files.size(), 2 * expected.size()); // and as SVG
    }

    void exportRefusesBadOptionsAndFiles_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("/tmp/cairn-never-written.png");
        QTest::newRow("no output")
            << QStringList {QStringLiteral("PLAN")} << 64 << QStringLiteral("--png");
        QTest::newRow("bad size") << QStringList {QStringLiteral("PLAN"), QStringLiteral("--png"),
            out, QStringLiteral("--size"), QStringLiteral("big")}
                                  << 64 << QStringLiteral("WIDTHxHEIGHT");
        QTest::newRow("bad lanes") << QStringList {QStringLiteral("PLAN"), QStringLiteral("--png"),
            out, QStringLiteral("--lanes"), QStringLiteral("colour")}
                                   << 64 << QStringLiteral("colour");
        QTest::newRow("missing plan")
            << QStringList {QStringLiteral("/nonexistent/plan.cairn"), QStringLiteral("--png"), out}
            << 2 << QStringLiteral("plan.cairn");
        const QString pdf = QStringLiteral("/tmp/cairn-never-written.pdf");
        QTest::newRow("missing logo")
            << QStringList {QStringLiteral("PLAN"), QStringLiteral("--pdf"), pdf,
                   QStringLiteral("--logo"), QStringLiteral("/nonexistent/logo.svg")}
            << 2 << QStringLiteral("/nonexistent/logo.svg");
        QTest::newRow("logo that is not a picture") << QStringList {QStringLiteral("PLAN"),
            QStringLiteral("--pdf"), pdf, QStringLiteral("--logo"),
            QStringLiteral("PLAN")} << 2 << QStringLiteral("is not a PNG or SVG picture");
    }
    void exportRefusesBadOptionsAndFiles()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString plan = m_dir.filePath(QStringLiteral("refuse.cairn"));
        if (!QFile::exists(plan))
            QCOMPARE(cairn({QStringLiteral("sample"), plan}).exitCode, 0);
        args.replaceInStrings(QStringLiteral("PLAN"), plan);
        const Run r = cairn(QStringList {QStringLiteral("export")} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/cairn-never-written.png")));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/cairn-never-written.pdf")));
    }

    // --logo and --marking brand the report without touching the plan.
    void exportBrandsTheReport()
    {
        const QString plan = m_dir.filePath(QStringLiteral("brand.cairn"));
        QCOMPARE(cairn({QStringLiteral("sample"), plan}).exitCode, 0);
        const QByteArray before = hashOf(plan);
        const QString logo = m_dir.filePath(QStringLiteral("client.svg"));
        QFile f(logo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<svg xmlns='http://www.w3.org/2000/svg' width='90' height='30'>"
                "<rect width='90' height='30' fill='#123456'/></svg>");
        f.close();
        const QString pdf = m_dir.filePath(QStringLiteral("brand.pdf"));
        const Run r = cairn({QStringLiteral("export"), plan, QStringLiteral("--pdf"), pdf,
            QStringLiteral("--sections"), QStringLiteral("cover,summary"), QStringLiteral("--logo"),
            logo, QStringLiteral("--marking"), QStringLiteral("Strictly confidential"),
            QStringLiteral("--budget-ms"), QStringLiteral("0")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const std::optional<QString> words = pdfText(pdf);
        if (!words)
            QSKIP("pdftotext is not installed");
        // On the cover, and in the footer of every page.
        const auto pages = QRegularExpression(QStringLiteral(R"(\((\d+) pages\))")).match(r.out);
        QVERIFY2(pages.hasMatch(), qPrintable(r.out));
        QCOMPARE(int(words->count(QStringLiteral("Strictly confidential"))),
            pages.captured(1).toInt() + 1);
        QCOMPARE(hashOf(plan), before);
    }

    // Issue 20: the report's summary says how near the best possible the schedule is, in the
    // status bar's words; --bound-ms is checked like --budget-ms.
    void exportedSummarySaysHowNearTheBest()
    {
        const QString plan = m_dir.filePath(QStringLiteral("gap.cairn"));
        QCOMPARE(cairn({QStringLiteral("sample"), plan}).exitCode, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("gap.pdf"));
        const Run r = cairn({QStringLiteral("export"), plan, QStringLiteral("--pdf"), pdf,
            QStringLiteral("--sections"), QStringLiteral("summary"), QStringLiteral("--budget-ms"),
            QStringLiteral("0"), QStringLiteral("--bound-ms"), QStringLiteral("500")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const std::optional<QString> raw = pdfText(pdf, {QStringLiteral("-raw")});
        if (!raw)
            QSKIP("pdftotext is not installed");
        const QString words = raw->simplified();
        static const QRegularExpression gap(QStringLiteral(
            R"(\(Transform\)\. (Within \d+(\.\d)? % of the best possible schedule\.|The best possible schedule \(proven optimal\)\.))"));
        QVERIFY2(gap.match(words).hasMatch(), qPrintable(words.left(500)));

        const Run bad = cairn({QStringLiteral("export"), plan, QStringLiteral("--pdf"),
            m_dir.filePath(QStringLiteral("never.pdf")), QStringLiteral("--bound-ms"),
            QStringLiteral("soon")});
        QCOMPARE(bad.exitCode, 64);
        QVERIFY2(bad.err.contains(QStringLiteral("--bound-ms"))
                && bad.err.contains(QStringLiteral("soon")),
            qPrintable(bad.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
    }

    void csvExportImportRoundTrip()
    {
        const QString plan = m_dir.filePath(QStringLiteral("interchange.cairn"));
        QCOMPARE(cairn({QStringLiteral("sample"), plan}).exitCode, 0);
        const QString dir = m_dir.filePath(QStringLiteral("tables"));
        const Run exported = cairn({QStringLiteral("export"), plan, QStringLiteral("--csv"), dir,
            QStringLiteral("--xlsx"), m_dir.filePath(QStringLiteral("plan.xlsx"))});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(QFile::exists(dir + QStringLiteral("/initiatives.csv")));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("plan.xlsx"))));
        // Into a new file: created.
        const QString copy = m_dir.filePath(QStringLiteral("from-csv.cairn"));
        const Run imported = cairn({QStringLiteral("import"), copy, QStringLiteral("--csv"), dir});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("76 added")));
        const LoadResult loaded = PlanFile::load(copy);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.content->initiatives, samplePlan().initiatives);
        QCOMPARE(loaded.content->dependencies, samplePlan().dependencies);
    }

    // The reference schedule: `cairn sample` stores the schedule it has, `schedule` keeps to a
    // stored reference (an initiative put a quarter later stays there when that costs little)
    // and --fresh ignores it.
    void scheduleHonoursTheStoredReference()
    {
        const QString file = m_dir.filePath(QStringLiteral("reference.cairn"));
        QCOMPARE(cairn({QStringLiteral("sample"), file}).exitCode, 0);
        LoadResult loaded = PlanFile::load(file);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.content->reference.size(), size_t(35));
        auto scheduled = [&](const QStringList &more) {
            const Run r
                = cairn(QStringList {QStringLiteral("schedule"), file, QStringLiteral("--json"),
                            QStringLiteral("--budget-ms"), QStringLiteral("200")}
                    + more);
            QHash<qint64, QJsonObject> byId;
            const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
            for (const QJsonValue &v : root.value(QStringLiteral("initiatives")).toArray())
                byId.insert(v.toObject().value(QStringLiteral("id")).toInteger(), v.toObject());
            return byId;
        };
        const auto first = scheduled({});
        QCOMPARE(first.size(), 35);
        for (const QJsonObject &o : first) {
            QVERIFY2(!o.value(QStringLiteral("moved")).toBool(),
                qPrintable(o.value(QStringLiteral("name")).toString()));
            QCOMPARE(o.value(QStringLiteral("start")), o.value(QStringLiteral("reference")));
        }
        // The least valuable initiative with slack, a quarter later in the reference.
        const Initiative *later = nullptr;
        for (const Initiative &i : loaded.content->initiatives) {
            const QJsonObject o = first.value(i.id.value);
            if (o.value(QStringLiteral("slack")).toInt() >= 1
                && (!later || i.value * i.confidence < later->value * later->confidence))
                later = &i;
        }
        QVERIFY(later);
        for (ReferenceStart &r : loaded.content->reference)
            if (r.initiative == later->id)
                r.start = r.start + 1;
        QVERIFY(PlanFile::save(*loaded.content, file).ok);
        const QJsonObject kept = scheduled({}).value(later->id.value);
        QVERIFY(kept.value(QStringLiteral("reference"))
            != first.value(later->id.value).value(QStringLiteral("reference")));
        for (const QJsonObject &o : scheduled({QStringLiteral("--fresh")})) {
            QVERIFY(o.value(QStringLiteral("reference")).isNull());
            QVERIFY(!o.value(QStringLiteral("moved")).toBool());
        }
    }

    void importWithBadRowsChangesNothing()
    {
        const QString plan = m_dir.filePath(QStringLiteral("target.cairn"));
        QCOMPARE(cairn({QStringLiteral("sample"), plan}).exitCode, 0);
        const QByteArray before = hashOf(plan);
        const QString bad = QStringLiteral(CAIRN_TEST_DATA "/csv/bad-row-initiatives.csv");
        const Run refused = cairn({QStringLiteral("import"), plan, QStringLiteral("--csv"), bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("line 3"))
                && refused.err.contains(QStringLiteral("line 4")),
            qPrintable(refused.err));
        QCOMPARE(hashOf(plan), before);
        const Run partial = cairn({QStringLiteral("import"), plan, QStringLiteral("--csv"), bad,
            QStringLiteral("--apply-valid")});
        QCOMPARE(partial.exitCode, 0);
        QVERIFY(partial.out.contains(QStringLiteral("2 bad rows left out")));
        QVERIFY(hashOf(plan) != before);
        const LoadResult loaded = PlanFile::load(plan);
        QCOMPARE(loaded.content->initiatives.size(), samplePlan().initiatives.size() + 2);
        // A folder that is not there, and a bad option.
        QCOMPARE(cairn({QStringLiteral("import"), plan, QStringLiteral("--csv"),
                           QStringLiteral("/nonexistent/dir")})
                     .exitCode,
            2);
        QCOMPARE(cairn({QStringLiteral("import"), plan, QStringLiteral("--csv"), bad,
                           QStringLiteral("--match"), QStringLiteral("colour")})
                     .exitCode,
            64);
    }

    // A second writer waits briefly for the lock, then is refused with the holder named; the
    // plan is unchanged.
    void importIntoAPlanOpenElsewhereIsRefused()
    {
        const QString plan = m_dir.filePath(QStringLiteral("held.cairn"));
        QCOMPARE(cairn({QStringLiteral("sample"), plan}).exitCode, 0);
        const QByteArray before = hashOf(plan);
        PlanLock held(plan); // this test process: alive, so the lock is not stale
        QVERIFY(held.tryLock());
        const QString csv = QStringLiteral(CAIRN_TEST_DATA "/csv/windows1252-goals.csv");
        const Run refused = cairn({QStringLiteral("import"), plan, QStringLiteral("--csv"), csv});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("held.cairn"))
                && refused.err.contains(
                    QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
            qPrintable(refused.err));
        QCOMPARE(hashOf(plan), before);
        QCOMPARE(cairn({QStringLiteral("sample"), QStringLiteral("--replace"), plan}).exitCode,
            2); // nor written over, even when asked
        QCOMPARE(hashOf(plan), before);
        held.unlock();
        QCOMPARE(cairn({QStringLiteral("import"), plan, QStringLiteral("--csv"), csv}).exitCode, 0);
    }

    // A read-only plan is refused (before, import replaced it, as root with mode 0644); a plan
    // reached through a symbolic link is written where the link points and the link stays.
    void importRespectsReadOnlyPlansAndLinks()
    {
        const QString plan = m_dir.filePath(QStringLiteral("ro.cairn"));
        QCOMPARE(cairn({QStringLiteral("sample"), plan}).exitCode, 0);
        const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(plan, readOnly));
        const QByteArray before = hashOf(plan);
        const QString csv = QStringLiteral(CAIRN_TEST_DATA "/csv/windows1252-goals.csv");
        const Run refused = cairn({QStringLiteral("import"), plan, QStringLiteral("--csv"), csv});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("read-only")), qPrintable(refused.err));
        QCOMPARE(hashOf(plan), before);
        QCOMPARE(QFile::permissions(plan) & 0xF0FF, readOnly);

        const QString real = m_dir.filePath(QStringLiteral("real.cairn"));
        const QString link = m_dir.filePath(QStringLiteral("link.cairn"));
        QCOMPARE(cairn({QStringLiteral("sample"), real}).exitCode, 0);
        QVERIFY(QFile::link(real, link));
        const Run imported = cairn({QStringLiteral("import"), link, QStringLiteral("--csv"), csv});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(PlanFile::load(real).content->goals.size() > samplePlan().goals.size());
    }

    void impactOfASystemNamesWhatTouchesIt()
    {
        const QString file = m_dir.filePath(QStringLiteral("impact.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), file).ok);
        const Run text = cairn({QStringLiteral("impact"), file, QStringLiteral("--system"),
            QStringLiteral("VMware vSphere 7 cluster")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        for (const char *line : {"“Replace VMware with a Proxmox VE cluster” replaces it.",
                 "“Keep the stores trading” (contribution 4 of 5)", "“Be secure and compliant”",
                 "“Cut back-office effort”", "“Windows Server 2016 hosts” runs on it."})
            QVERIFY2(text.out.contains(QString::fromUtf8(line)), line);

        const Run json = cairn({QStringLiteral("impact"), file, QStringLiteral("--system"),
            QStringLiteral("vmware"), QStringLiteral("--json")}); // a part of the name will do
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(
            root.value(QStringLiteral("system")).toObject().value(QStringLiteral("endOfSupport")),
            QJsonValue(QStringLiteral("2027 Q4")));
        const QJsonArray touching = root.value(QStringLiteral("initiatives")).toArray();
        QCOMPARE(touching.size(), 1);
        QCOMPARE(touching[0].toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Replace VMware with a Proxmox VE cluster"));
        QCOMPARE(touching[0].toObject().value(QStringLiteral("effect")).toString(),
            QStringLiteral("replaces"));
        QStringList goals;
        for (const QJsonValue &g : root.value(QStringLiteral("goals")).toArray())
            goals << g.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(goals,
            QStringList({QStringLiteral("Keep the stores trading"),
                QStringLiteral("Be secure and compliant"),
                QStringLiteral("Cut back-office effort")}));
        QCOMPARE(root.value(QStringLiteral("dependants")).toArray().size(), 11);
        QVERIFY(!root.contains(QStringLiteral("whatIf")));
    }

    void impactWhatIfEndOfSupport_data()
    {
        QTest::addColumn<QString>("eos");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("asked");
        QTest::newRow("half a year earlier")
            << QStringLiteral("2027 Q2") << 1 << QStringLiteral("2027 Q2");
        QTest::newRow("a year earlier, relative")
            << QStringLiteral("-4") << 1 << QStringLiteral("2026 Q4");
        QTest::newRow("as planned") << QStringLiteral("2027 Q4") << 0 << QStringLiteral("2027 Q4");
        QTest::newRow("a year later") << QStringLiteral("+4") << 0 << QStringLiteral("2028 Q4");
    }
    void impactWhatIfEndOfSupport()
    {
        QFETCH(QString, eos);
        QFETCH(int, exitCode);
        QFETCH(QString, asked);
        const QString file = m_dir.filePath(QStringLiteral("whatif.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), file).ok);
        const QByteArray before = hashOf(file);
        const Run r = cairn({QStringLiteral("impact"), file, QStringLiteral("--system"),
            QStringLiteral("VMware vSphere 7 cluster"), QStringLiteral("--eos"), eos,
            QStringLiteral("--json")});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        const QJsonObject whatIf = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("whatIf"))
                                       .toObject();
        QCOMPARE(whatIf.value(QStringLiteral("endOfSupport")).toString(), asked);
        QCOMPARE(whatIf.value(QStringLiteral("asPlanned")).toString(), QStringLiteral("2027 Q4"));
        QCOMPARE(whatIf.value(QStringLiteral("worse")).toBool(), exitCode == 1);
        bool replaceWorse = false;
        for (const QJsonValue &v : whatIf.value(QStringLiteral("late")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("name")).toString()
                == QLatin1String("Replace VMware with a Proxmox VE cluster"))
                replaceWorse = o.value(QStringLiteral("worse")).toBool();
        }
        QCOMPARE(replaceWorse, exitCode == 1);
        QCOMPARE(hashOf(file), before); // a what-if never touches the plan
    }

    void impactOfAnInitiativeGivesItsChain()
    {
        const QString file = m_dir.filePath(QStringLiteral("chain.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), file).ok);
        const Run r = cairn({QStringLiteral("impact"), file, QStringLiteral("--initiative"),
            QStringLiteral("Replace VMware"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("waiting")).toArray().size(), 2);
        const QJsonObject chain = root.value(QStringLiteral("criticalChain")).toObject();
        QCOMPARE(chain.value(QStringLiteral("initiatives")).toArray().size(), 2);
        QCOMPARE(chain.value(QStringLiteral("deadline")).toString(), QStringLiteral("2028 Q1"));
        QCOMPARE(chain.value(QStringLiteral("latestStart")).toString(), QStringLiteral("2027 Q3"));
        QVERIFY(chain.value(QStringLiteral("spareQuarters")).isDouble());
        const Run text = cairn({QStringLiteral("impact"), file, QStringLiteral("--initiative"),
            QStringLiteral("Replace VMware with a Proxmox VE cluster")});
        QVERIFY(text.out.contains(QStringLiteral("Critical chain to a deadline:")));
        QVERIFY(
            text.out.contains(QStringLiteral("“Replace VMware with a Proxmox VE cluster” → "
                                             "“Immutable off-site backups and a tested restore”")));
    }

    void impactRefusesWhatItCannotAnswer_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such system")
            << QStringList {QStringLiteral("--system"), QStringLiteral("Mainframe")} << 64
            << QStringLiteral("No system is named “Mainframe”");
        QTest::newRow("more than one")
            << QStringList {QStringLiteral("--initiative"), QStringLiteral("Replace")} << 64
            << QStringLiteral("matches more than one initiative");
        QTest::newRow("both") << QStringList {QStringLiteral("--system"), QStringLiteral("VMware"),
            QStringLiteral("--initiative"), QStringLiteral("Replace VMware")}
                              << 64 << QStringLiteral("Usage");
        QTest::newRow("eos without system") << QStringList {QStringLiteral("--initiative"),
            QStringLiteral("Replace VMware"), QStringLiteral("--eos"), QStringLiteral("2027 Q1")}
                                            << 64 << QStringLiteral("Usage");
        QTest::newRow("bad eos") << QStringList {QStringLiteral("--system"),
            QStringLiteral("VMware"), QStringLiteral("--eos"), QStringLiteral("soon")}
                                 << 64 << QStringLiteral("“soon”");
        QTest::newRow("relative eos of a system without one") << QStringList {
            QStringLiteral("--system"), QStringLiteral("Payroll"), QStringLiteral("--eos"),
            QStringLiteral("-2")} << 64 << QStringLiteral("has no end of support");
    }
    void impactRefusesWhatItCannotAnswer()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(QStringLiteral("refuse-impact.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), file).ok);
        const Run r = cairn(QStringList {QStringLiteral("impact"), file} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const Run missing
            = cairn({QStringLiteral("impact"), m_dir.filePath(QStringLiteral("none.cairn")),
                QStringLiteral("--system"), QStringLiteral("VMware")});
        QCOMPARE(missing.exitCode, 2);
    }

    void exportWritesTheGraph_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("focus");
        QTest::newRow("png") << QStringLiteral("png") << QString();
        QTest::newRow("svg") << QStringLiteral("svg") << QString();
        QTest::newRow("svg, focused")
            << QStringLiteral("svg") << QStringLiteral("VMware vSphere 7 cluster");
    }
    void exportWritesTheGraph()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, focus);
        const QString plan = m_dir.filePath(QStringLiteral("graph.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), plan).ok);
        const QString out = m_dir.filePath(
            QStringLiteral("graph-%1.%2").arg(focus.isEmpty() ? 0 : 1).arg(suffix));
        QStringList args {QStringLiteral("export"), plan, QStringLiteral("--graph"), out,
            QStringLiteral("--budget-ms"), QStringLiteral("0")};
        if (!focus.isEmpty())
            args << QStringLiteral("--focus") << focus << QStringLiteral("--depth")
                 << QStringLiteral("1");
        QProcess p; // no display needed
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CAIRN_BINARY), args);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(out));
        if (suffix == QLatin1String("png")) {
            QVERIFY(!QImageReader(out).read().isNull());
            return;
        }
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(f.readAll());
        QVERIFY(svg.contains(QStringLiteral("Proxmox VE cluster")));
        QVERIFY(svg.contains(QStringLiteral("Veeam Backup &amp;"))); // a system on the cluster
        // Depth 1 around the cluster: its replacement and the systems on it, not the goals.
        QCOMPARE(svg.contains(QStringLiteral("Keep the stores trading")), focus.isEmpty());
    }

    void exportRefusesBadGraphOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("/tmp/cairn-never-written-graph.png");
        QTest::newRow("unknown focus") << QStringList {QStringLiteral("--graph"), out,
            QStringLiteral("--focus"), QStringLiteral("Mainframe")}
                                       << QStringLiteral("Mainframe");
        QTest::newRow("bad depth") << QStringList {QStringLiteral("--graph"), out,
            QStringLiteral("--depth"), QStringLiteral("deep")}
                                   << QStringLiteral("--depth");
        QTest::newRow("focus without graph") << QStringList {QStringLiteral("--png"), out,
            QStringLiteral("--focus"), QStringLiteral("VMware")}
                                             << QStringLiteral("--graph");
    }
    void exportRefusesBadGraphOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString plan = m_dir.filePath(QStringLiteral("graph-refuse.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), plan).ok);
        const Run r = cairn(QStringList {QStringLiteral("export"), plan} + args);
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/cairn-never-written-graph.png")));
    }

    // cairn export FILE --workshop-record OUT: the latest workshop's record, or one named, by the
    // file's suffix; a plan without workshops or an unknown name is a usage error.
    void exportWritesTheWorkshopRecord()
    {
        PlanContent plan = samplePlan();
        const QString bare = m_dir.filePath(QStringLiteral("no-workshop.cairn"));
        QVERIFY(PlanFile::save(plan, bare).ok);
        const Run none = cairn({QStringLiteral("export"), bare, QStringLiteral("--workshop-record"),
            m_dir.filePath(QStringLiteral("none.md"))});
        QCOMPARE(none.exitCode, 64);
        QVERIFY2(none.err.contains(QStringLiteral("no workshop")), qPrintable(none.err));

        const Initiative &first = plan.initiatives.front();
        for (qint64 k : {0, 1}) {
            const WorkshopId id {plan.nextId++};
            plan.workshops.push_back(
                {id, k == 0 ? QStringLiteral("Kick-off") : QStringLiteral("Review"),
                    QStringLiteral("2027-0%1-02T09:00:00Z").arg(k + 1),
                    QStringLiteral("2027-0%1-02T17:00:00Z").arg(k + 1)});
            plan.workshopEntries.push_back({id, WorkshopMoment::Start, first.id.value, first.name,
                Quarter(2027, 1), Quarter(2027, 2), 10});
            plan.workshopEntries.push_back({id, WorkshopMoment::End, first.id.value, first.name,
                Quarter(2027, 1), Quarter(2027, 2), 80});
            plan.decisions.push_back(
                {id, QStringLiteral("Decided in %1").arg(plan.workshops.back().name),
                    QStringLiteral("2027-01-02T10:00:00Z")});
        }
        const QString file = m_dir.filePath(QStringLiteral("workshops.cairn"));
        QVERIFY(PlanFile::save(plan, file).ok);
        const QString md = m_dir.filePath(QStringLiteral("record.md"));
        const Run latest
            = cairn({QStringLiteral("export"), file, QStringLiteral("--workshop-record"), md});
        QCOMPARE(latest.exitCode, 0);
        QFile f(md);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("# Review\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Decided in Review")));
        QVERIFY2(text.contains(QStringLiteral("value 10 → 80")), qPrintable(text));
        const QString csv = m_dir.filePath(QStringLiteral("kickoff.csv"));
        QCOMPARE(cairn({QStringLiteral("export"), file, QStringLiteral("--workshop-record"), csv,
                           QStringLiteral("--workshop"), QStringLiteral("kick-off")})
                     .exitCode,
            0);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readAll().contains("Decided in Kick-off"));
        const QString pdf = m_dir.filePath(QStringLiteral("record.pdf"));
        QCOMPARE(cairn({QStringLiteral("export"), file, QStringLiteral("--workshop-record"), pdf})
                     .exitCode,
            0);
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5).startsWith("%PDF-"));
        const Run unknown
            = cairn({QStringLiteral("export"), file, QStringLiteral("--workshop-record"), md,
                QStringLiteral("--workshop"), QStringLiteral("Nope")});
        QCOMPARE(unknown.exitCode, 64);
        QVERIFY(unknown.err.contains(QStringLiteral("“Nope”")));
    }

    void missingArgumentIsAUsageError()
    {
        const Run c = cairn({QStringLiteral("check")});
        QCOMPARE(c.exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
