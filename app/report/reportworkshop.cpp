// The report's "Workshop record": what changed in a workshop, and the decisions noted in it.

#include "app/render/colours.h"
#include "app/report/reportcomposer.h"
#include "app/report/reportflow.h"
#include "core/domain/wording.h"
#include "core/workshop/record.h"

#include <QCoreApplication>
#include <QLocale>

namespace Cairn {

using namespace ReportStyle;

namespace {
QString localTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}
} // namespace

void ReportComposer::addWorkshopRecord()
{
    const WorkshopSession *w
        = m_options.workshop ? m_plan.workshop(*m_options.workshop) : latestWorkshop(m_plan);
    if (!w)
        return;
    const WorkshopRecord record = workshopRecord(m_plan, &m_schedule, w->id);
    Flow flow(*this, QStringLiteral("workshop"),
        QCoreApplication::translate("Cairn::Report", "Workshop record"));
    const QFont body = sized(m_font, 13);
    flow.paragraph(w->isRunning()
            ? QCoreApplication::translate(
                "Cairn::Report", "%1, started %2 and still running; changes until now.")
                  .arg(quoted(w->name), localTime(w->started))
            : QCoreApplication::translate("Cairn::Report", "%1, from %2 to %3.")
                  .arg(quoted(w->name), localTime(w->started), localTime(w->ended)),
        body, kMuted);
    flow.paragraph(describeRecordCounts(record), body);

    QList<Flow::Row> decisions;
    for (const WorkshopChange &c : record.changes)
        if (c.kind == WorkshopChange::Kind::Decision)
            decisions << Flow::Row {{c.name, localTime(c.noted)}, {}, false};
    if (!decisions.isEmpty()) {
        flow.subheading(
            QCoreApplication::translate("Cairn::Report", "Decisions"), sized(m_font, 15, true));
        flow.table(sized(m_font, 12),
            {{QCoreApplication::translate("Cairn::Report", "Decision"), 0.78},
                {QCoreApplication::translate("Cairn::Report", "Noted"), 0.22}},
            decisions);
    }

    QList<Flow::Row> rows;
    for (const WorkshopChange &c : record.changes) {
        if (c.kind == WorkshopChange::Kind::Decision)
            continue;
        const QColor mark = c.kind == WorkshopChange::Kind::Removed ? Colours::late()
            : c.kind == WorkshopChange::Kind::Added ? Colours::kind(InitiativeKind::Grow)
                                                    : QColor();
        rows << Flow::Row {
            {changeKindName(c.kind), c.name, describeChange(c, m_plan.info)}, mark, false};
    }
    if (rows.isEmpty())
        return;
    flow.subheading(
        QCoreApplication::translate("Cairn::Report", "Initiatives"), sized(m_font, 15, true));
    flow.table(sized(m_font, 12),
        {{QCoreApplication::translate("Cairn::Report", "Change"), 0.14},
            {QCoreApplication::translate("Cairn::Report", "Initiative"), 0.46},
            {QCoreApplication::translate("Cairn::Report", "What changed"), 0.40}},
        rows);
}

} // namespace Cairn
