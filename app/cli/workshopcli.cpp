#include "app/cli/workshopcli.h"

#include "app/cli/cli.h"
#include "app/cli/output.h"
#include "app/present/recordexport.h"
#include "core/domain/fields.h"
#include "core/workshop/record.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Cairn::Cli {

WorkshopExportOptions::WorkshopExportOptions()
    : m_record(QStringLiteral("workshop-record"),
        QCoreApplication::translate("Cairn::Cli",
            "Write a workshop's record (what changed, the decisions noted): PDF, or Markdown "
            "(.md) or CSV (.csv) by the file's suffix."),
        QStringLiteral("OUT"))
    , m_workshop(QStringLiteral("workshop"),
          QCoreApplication::translate(
              "Cairn::Cli", "The workshop of --workshop-record, by name (default: the latest)."),
          QStringLiteral("NAME"))
{
}

void WorkshopExportOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_record);
    parser.addOption(m_workshop);
}

bool WorkshopExportOptions::isSet(const QCommandLineParser &parser) const
{
    return parser.isSet(m_record);
}

int WorkshopExportOptions::run(const QCommandLineParser &parser, const PlanContent &plan,
    const PlanSchedule &schedule, const ReportOptions &report) const
{
    if (!parser.isSet(m_record))
        return Ok;
    const WorkshopSession *w = nullptr;
    if (parser.isSet(m_workshop)) {
        const QString name = parser.value(m_workshop);
        const QList<qint64> ids = entitiesNamed(plan, EntityKind::Workshop, name);
        if (ids.size() != 1) {
            err(QCoreApplication::translate("Cairn::Cli", "The plan has no workshop called “%1”.")
                    .arg(name));
            return UsageError;
        }
        w = plan.workshop(WorkshopId {ids.first()});
    } else if (!(w = latestWorkshop(plan))) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "The plan has no workshop to write the record of."));
        return UsageError;
    }
    const QString path = parser.value(m_record);
    if (const QString error = writeWorkshopRecord(plan, schedule, w->id, path, report);
        !error.isEmpty()) {
        err(error);
        return Unreadable;
    }
    out(QCoreApplication::translate("Cairn::Cli", "Wrote the record of the workshop “%1” to %2")
            .arg(w->name, QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return Ok;
}

} // namespace Cairn::Cli
