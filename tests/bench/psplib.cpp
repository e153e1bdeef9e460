#include "tests/bench/psplib.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace Cairn::Bench {

namespace {
QList<int> numbers(const QString &line)
{
    QList<int> out;
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    for (const QString &part : line.split(ws, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.toInt(&ok);
        if (!ok)
            return {};
        out << v;
    }
    return out;
}
} // namespace

std::optional<PsplibInstance> readPsplib(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: cannot read").arg(path);
        return std::nullopt;
    }
    const QStringList lines = QString::fromLatin1(file.readAll()).split(QLatin1Char('\n'));
    PsplibInstance inst;
    inst.name = QFileInfo(path).completeBaseName();
    static const QRegularExpression nameRe(QStringLiteral(R"(^j\d+?(\d+)_(\d+)$)"));
    // j301_1 -> set j30, parameter 1, instance 1; j12060_10 -> j120, 60, 10
    static const QRegularExpression setRe(QStringLiteral(R"(^j(30|60|90|120)(\d+)_(\d+)$)"));
    if (const auto m = setRe.match(inst.name); m.hasMatch()) {
        inst.parameter = m.captured(2).toInt();
        inst.instance = m.captured(3).toInt();
    }
    int jobs = 0, resources = 0;
    int section = 0; // 1 precedence, 2 requests, 3 availabilities, 4 project info
    std::vector<std::vector<int>> successors;
    ScheduleProblem &p = inst.problem;
    for (qsizetype li = 0; li < lines.size(); ++li) {
        const QString line = lines[li].trimmed();
        if (line.startsWith(QLatin1String("jobs (incl. supersource/sink )")))
            jobs = line.section(QLatin1Char(':'), 1).trimmed().toInt();
        else if (line.startsWith(QLatin1String("- renewable")))
            resources = line.section(QLatin1Char(':'), 1)
                            .trimmed()
                            .section(QLatin1Char(' '), 0, 0)
                            .toInt();
        else if (line.startsWith(QLatin1String("PROJECT INFORMATION")))
            section = 4;
        else if (line.startsWith(QLatin1String("PRECEDENCE RELATIONS")))
            section = 1;
        else if (line.startsWith(QLatin1String("REQUESTS/DURATIONS")))
            section = 2;
        else if (line.startsWith(QLatin1String("RESOURCEAVAILABILITIES")))
            section = 3;
        else if (line.startsWith(QLatin1Char('*')) || line.startsWith(QLatin1Char('-')))
            continue;
        else {
            const QList<int> v = numbers(line);
            if (v.isEmpty())
                continue;
            if (section == 4 && v.size() >= 6) {
                inst.criticalPath = v[5];
            } else if (section == 1 && v.size() >= 3) {
                if (p.activities.empty()) {
                    p.activities.resize(size_t(jobs));
                    successors.resize(size_t(jobs));
                }
                const int job = v[0] - 1;
                if (job < 0 || job >= jobs) {
                    *error = QStringLiteral("%1:%2: job %3 out of range")
                                 .arg(path)
                                 .arg(li + 1)
                                 .arg(v[0]);
                    return std::nullopt;
                }
                for (qsizetype k = 3; k < v.size(); ++k)
                    successors[size_t(job)].push_back(v[k] - 1);
            } else if (section == 2 && v.size() >= 3 + resources) {
                const int job = v[0] - 1;
                if (job < 0 || job >= jobs || p.activities.empty()) {
                    *error = QStringLiteral("%1:%2: bad request line").arg(path).arg(li + 1);
                    return std::nullopt;
                }
                auto &a = p.activities[size_t(job)];
                a.name = QStringLiteral("job %1").arg(job + 1);
                a.duration = v[2];
                a.demand.resize(size_t(resources));
                for (int r = 0; r < resources; ++r)
                    a.demand[size_t(r)] = v[3 + r];
            } else if (section == 3 && v.size() >= resources) {
                p.resources.resize(size_t(resources));
                for (int r = 0; r < resources; ++r) {
                    p.resources[size_t(r)].name = QStringLiteral("R%1").arg(r + 1);
                    p.resources[size_t(r)].capacity = {v[r]};
                }
            }
        }
    }
    if (jobs == 0 || p.activities.size() != size_t(jobs)
        || p.resources.size() != size_t(resources)) {
        *error = QStringLiteral("%1: not a PSPLIB single-mode instance").arg(path);
        return std::nullopt;
    }
    for (int j = 0; j < jobs; ++j)
        for (int s : successors[size_t(j)])
            p.precedences.push_back({j, s, ScheduleProblem::PrecedenceType::FinishToStart, 0});
    for (auto &a : p.activities)
        a.weight = 0;
    p.horizon = 1;
    return inst;
}

QHash<QString, int> readPsplibTable(const QString &path)
{
    QHash<QString, int> table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return table;
    while (!file.atEnd()) {
        const QString line = QString::fromLatin1(file.readLine()).trimmed();
        static const QRegularExpression ws(QStringLiteral("\\s+"));
        const QStringList parts = line.split(ws, Qt::SkipEmptyParts);
        if (parts.size() < 3)
            continue;
        bool a = false, b = false, c = false;
        const int par = parts[0].toInt(&a), ins = parts[1].toInt(&b), ms = parts[2].toInt(&c);
        if (a && b && c)
            table.insert(QStringLiteral("%1_%2").arg(par).arg(ins), ms);
    }
    return table;
}

} // namespace Cairn::Bench
