#include "core/workshop/record.h"

#include "core/domain/fields.h"
#include "core/domain/wording.h"
#include "core/interchange/csv.h"
#include "core/schedule/planscheduler.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace Cairn {

namespace {

// The record's words (outside WorkshopEdits), in the context lupdate files them under: a plain
// tr() of a free function went under "Cairn", so the record was never translated.
struct Words {
    Q_DECLARE_TR_FUNCTIONS(Cairn::Workshop)
};

bool takenIn(const Initiative &i)
{
    return i.status != InitiativeStatus::Dropped && i.status != InitiativeStatus::Done;
}

QString span(std::optional<Quarter> start, std::optional<Quarter> finish, const PlanInfo &info)
{
    if (!start)
        return Words::tr("not scheduled");
    const QString a = start->label(info.quarterStyle());
    if (!finish || *finish == *start)
        return a;
    return a + QStringLiteral("–") + finish->label(info.quarterStyle());
}

// A time kept as ISO 8601 in UTC, as people read it here (local time, the locale's short form).
QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

const WorkshopSession *runningWorkshop(const PlanContent &plan)
{
    for (auto it = plan.workshops.rbegin(); it != plan.workshops.rend(); ++it)
        if (it->isRunning())
            return &*it;
    return nullptr;
}

const WorkshopSession *latestWorkshop(const PlanContent &plan)
{
    return plan.workshops.empty() ? nullptr : &plan.workshops.back();
}

QStringList decisionsOf(const PlanContent &plan, WorkshopId workshop)
{
    QStringList out;
    for (const Decision &d : plan.decisions)
        if (d.workshop == workshop)
            out << d.text;
    return out;
}

std::vector<WorkshopEntry> workshopEntries(const PlanContent &plan, const PlanSchedule *schedule,
    WorkshopId workshop, WorkshopMoment moment)
{
    std::vector<WorkshopEntry> out;
    for (const Initiative &i : plan.initiatives) {
        if (!takenIn(i))
            continue;
        WorkshopEntry e {workshop, moment, i.id.value, i.name, {}, {}, i.value};
        if (const InitiativeSchedule *s = schedule ? schedule->find(i.id) : nullptr;
            s && s->start) {
            e.start = s->start;
            e.finish = s->finish;
        }
        out.push_back(e);
    }
    return out;
}

WorkshopRecord workshopRecord(const PlanContent &plan, const PlanSchedule *now, WorkshopId id)
{
    WorkshopRecord r;
    const WorkshopSession *w = plan.workshop(id);
    if (!w)
        return r;
    r.workshop = *w;
    std::vector<WorkshopEntry> before, after;
    for (const WorkshopEntry &e : plan.workshopEntries)
        if (e.workshop == id)
            (e.moment == WorkshopMoment::Start ? before : after).push_back(e);
    const bool compareSchedule = !w->isRunning() || now;
    if (w->isRunning())
        after = workshopEntries(plan, now, id, WorkshopMoment::End);
    QHash<qint64, const WorkshopEntry *> then;
    for (const WorkshopEntry &e : before)
        then.insert(e.initiative, &e);
    QHash<qint64, const WorkshopEntry *> later;
    for (const WorkshopEntry &e : after)
        later.insert(e.initiative, &e);
    std::vector<WorkshopChange> moved, rescored;
    for (const WorkshopEntry &e : after) {
        const WorkshopEntry *b = then.value(e.initiative);
        WorkshopChange c {WorkshopChange::Kind::Added, e.initiative, e.name, {}, {}, e.start,
            e.finish, 0, e.value, {}};
        if (!b) {
            r.changes.push_back(c);
            ++r.added;
            continue;
        }
        c.startBefore = b->start;
        c.finishBefore = b->finish;
        c.valueBefore = b->value;
        if (compareSchedule && (b->start != e.start || b->finish != e.finish)) {
            c.kind = WorkshopChange::Kind::Moved;
            moved.push_back(c);
        }
        if (b->value != e.value) {
            c.kind = WorkshopChange::Kind::Rescored;
            rescored.push_back(c);
        }
    }
    for (const WorkshopEntry &b : before) {
        if (later.contains(b.initiative))
            continue;
        r.changes.push_back({WorkshopChange::Kind::Removed, b.initiative, b.name, b.start, b.finish,
            {}, {}, b.value, 0, {}});
        ++r.removed;
    }
    r.moved = int(moved.size());
    r.rescored = int(rescored.size());
    r.changes.insert(r.changes.end(), moved.begin(), moved.end());
    r.changes.insert(r.changes.end(), rescored.begin(), rescored.end());
    for (const Decision &d : plan.decisions) {
        if (d.workshop != id)
            continue;
        WorkshopChange c;
        c.kind = WorkshopChange::Kind::Decision;
        c.name = d.text;
        c.noted = d.noted;
        r.changes.push_back(c);
        ++r.decisions;
    }
    return r;
}

QString changeKindName(WorkshopChange::Kind kind)
{
    switch (kind) {
    case WorkshopChange::Kind::Added:
        return Words::tr("Added");
    case WorkshopChange::Kind::Removed:
        return Words::tr("Removed");
    case WorkshopChange::Kind::Moved:
        return Words::tr("Moved");
    case WorkshopChange::Kind::Rescored:
        return Words::tr("Re-scored");
    case WorkshopChange::Kind::Decision:
        return Words::tr("Decision");
    }
    return {};
}

QString describeRecordCounts(const WorkshopRecord &r)
{
    if (r.changes.empty())
        return Words::tr("Nothing changed and no decision was noted.");
    QStringList parts;
    if (r.added)
        parts << Words::tr("%n initiative(s) added", nullptr, r.added);
    if (r.removed)
        parts << Words::tr("%n removed", nullptr, r.removed);
    if (r.moved)
        parts << Words::tr("%n moved", nullptr, r.moved);
    if (r.rescored)
        parts << Words::tr("%n re-scored", nullptr, r.rescored);
    if (r.decisions)
        parts << Words::tr("%n decision(s) noted", nullptr, r.decisions);
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

QString describeChange(const WorkshopChange &c, const PlanInfo &info)
{
    switch (c.kind) {
    case WorkshopChange::Kind::Added:
        return Words::tr("added, %1").arg(span(c.startAfter, c.finishAfter, info));
    case WorkshopChange::Kind::Removed:
        return Words::tr("removed (was %1)").arg(span(c.startBefore, c.finishBefore, info));
    case WorkshopChange::Kind::Moved:
        return Words::tr("%1 → %2").arg(
            span(c.startBefore, c.finishBefore, info), span(c.startAfter, c.finishAfter, info));
    case WorkshopChange::Kind::Rescored:
        return Words::tr("value %1 → %2").arg(c.valueBefore).arg(c.valueAfter);
    case WorkshopChange::Kind::Decision:
        return Words::tr("noted %1").arg(when(c.noted));
    }
    return {};
}

QString markdownText(const QString &text)
{
    // Anywhere in a line: emphasis, code spans, links and images, HTML, table cells, strikethrough.
    static const QString inlineSpecial = QStringLiteral("\\`*_[]<>|~");
    QString out;
    out.reserve(text.size() + 8);
    for (QChar ch : text) {
        if (inlineSpecial.contains(ch))
            out += QLatin1Char('\\');
        out += ch == QLatin1Char('\n') || ch == QLatin1Char('\r') ? QLatin1Char(' ') : ch;
    }
    // At the start of a line: a heading, a list item, a quote, or a numbered list ("1. ", "2) ").
    static const QRegularExpression lineStart(QStringLiteral("^(\\s*)([#+\\-=]|\\d+[.)])"));
    const QRegularExpressionMatch m = lineStart.match(out);
    if (m.hasMatch()) {
        const QString marker = m.captured(2);
        const qsizetype at = m.capturedStart(2) + marker.size() - 1; // the marker's last character
        out.insert(at, QLatin1Char('\\'));
    }
    return out;
}

QString workshopRecordMarkdown(const WorkshopRecord &r, const PlanInfo &info)
{
    QString md = QStringLiteral("# ") + markdownText(r.workshop.name) + QStringLiteral("\n\n");
    md += Words::tr("Plan: %1").arg(markdownText(info.name)) + QStringLiteral("  \n");
    md += Words::tr("Started: %1").arg(when(r.workshop.started)) + QStringLiteral("  \n");
    md += (r.workshop.isRunning() ? Words::tr("Still running")
                                  : Words::tr("Ended: %1").arg(when(r.workshop.ended)))
        + QStringLiteral("\n\n");
    md += describeRecordCounts(r) + QStringLiteral("\n");
    for (auto kind :
        {WorkshopChange::Kind::Decision, WorkshopChange::Kind::Added, WorkshopChange::Kind::Removed,
            WorkshopChange::Kind::Moved, WorkshopChange::Kind::Rescored}) {
        QString section;
        for (const WorkshopChange &c : r.changes)
            if (c.kind == kind)
                section += QStringLiteral("- ")
                    + (kind == WorkshopChange::Kind::Decision
                            ? markdownText(c.name) + QStringLiteral(" (") + describeChange(c, info)
                                + QLatin1Char(')')
                            : QStringLiteral("**") + markdownText(c.name) + QStringLiteral("**: ")
                                + markdownText(describeChange(c, info)))
                    + QLatin1Char('\n');
        if (!section.isEmpty())
            md += QStringLiteral("\n## ")
                + (kind == WorkshopChange::Kind::Decision ? Words::tr("Decisions")
                                                          : changeKindName(kind))
                + QStringLiteral("\n\n") + section;
    }
    return md;
}

QString workshopRecordCsv(const WorkshopRecord &r, const PlanInfo &info)
{
    QString out = Csv::line(
        {Words::tr("Workshop"), Words::tr("Change"), Words::tr("Initiative or decision"),
            Words::tr("Before"), Words::tr("After"), Words::tr("Noted")});
    for (const WorkshopChange &c : r.changes) {
        QString before, after;
        switch (c.kind) {
        case WorkshopChange::Kind::Added:
            after = span(c.startAfter, c.finishAfter, info);
            break;
        case WorkshopChange::Kind::Removed:
            before = span(c.startBefore, c.finishBefore, info);
            break;
        case WorkshopChange::Kind::Moved:
            before = span(c.startBefore, c.finishBefore, info);
            after = span(c.startAfter, c.finishAfter, info);
            break;
        case WorkshopChange::Kind::Rescored:
            before = QString::number(c.valueBefore);
            after = QString::number(c.valueAfter);
            break;
        case WorkshopChange::Kind::Decision:
            break;
        }
        out += Csv::line({Csv::neutralise(r.workshop.name), changeKindName(c.kind),
            Csv::neutralise(c.name), before, after, c.noted});
    }
    return out;
}

std::optional<WorkshopId> WorkshopEdits::start(
    const PlanSchedule &schedule, const QString &name, const QDateTime &when, EditResult *result)
{
    const PlanContent &now = m_edit.plan().content();
    if (const WorkshopSession *w = runningWorkshop(now)) {
        if (result)
            *result = {
                false, tr("The workshop %1 is still running; end it first.").arg(quoted(w->name))};
        return std::nullopt;
    }
    QString n = name.trimmed();
    if (n.isEmpty())
        n = tr("Workshop %1")
                .arg(QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat));
    // Names are unique (spreadsheets name a workshop's rows by it).
    const QString base = n;
    for (int k = 2; !entitiesNamed(now, EntityKind::Workshop, n).isEmpty(); ++k)
        n = QStringLiteral("%1 (%2)").arg(base).arg(k);
    PlanContent after = now;
    const qint64 id = std::max(after.nextId, after.maxId() + 1);
    after.nextId = id + 1;
    const WorkshopId wid {id};
    after.workshops.push_back({wid, n, when.toUTC().toString(Qt::ISODate), QString()});
    const auto rows = workshopEntries(now, &schedule, wid, WorkshopMoment::Start);
    after.workshopEntries.insert(after.workshopEntries.end(), rows.begin(), rows.end());
    m_edit.replaceContent(after, tr("Start workshop %1").arg(quoted(n)));
    if (result)
        *result = {};
    return wid;
}

EditResult WorkshopEdits::end(const PlanSchedule &schedule, const QDateTime &when)
{
    const PlanContent &now = m_edit.plan().content();
    const WorkshopSession *w = runningWorkshop(now);
    if (!w)
        return {false, tr("No workshop is running.")};
    PlanContent after = now;
    const WorkshopId id = w->id;
    const QString name = w->name;
    for (WorkshopSession &x : after.workshops)
        if (x.id == id)
            x.ended = when.toUTC().toString(Qt::ISODate);
    std::erase_if(after.workshopEntries, [id](const WorkshopEntry &e) {
        return e.workshop == id && e.moment == WorkshopMoment::End;
    });
    const auto rows = workshopEntries(now, &schedule, id, WorkshopMoment::End);
    after.workshopEntries.insert(after.workshopEntries.end(), rows.begin(), rows.end());
    m_edit.replaceContent(after, tr("End workshop %1").arg(quoted(name)));
    return {};
}

EditResult WorkshopEdits::noteDecision(const QString &text, const QDateTime &when)
{
    const PlanContent &now = m_edit.plan().content();
    const WorkshopSession *w = runningWorkshop(now);
    if (!w)
        return {false, tr("Decisions are noted in a workshop: start one first.")};
    const QString t = text.simplified();
    if (t.isEmpty())
        return {false, tr("A decision needs a few words.")};
    PlanContent after = now;
    after.decisions.push_back({w->id, t, when.toUTC().toString(Qt::ISODate)});
    m_edit.replaceContent(after, tr("Note decision %1").arg(quoted(t)));
    return {};
}

void WorkshopEdits::removeDecision(WorkshopId workshop, int index)
{
    PlanContent after = m_edit.plan().content();
    int k = 0;
    for (auto it = after.decisions.begin(); it != after.decisions.end(); ++it) {
        if (it->workshop != workshop)
            continue;
        if (k++ == index) {
            const QString text = it->text;
            after.decisions.erase(it);
            m_edit.replaceContent(after, tr("Remove decision %1").arg(quoted(text)));
            return;
        }
    }
}

void WorkshopEdits::remove(WorkshopId workshop)
{
    PlanContent after = m_edit.plan().content();
    const WorkshopSession *w = after.workshop(workshop);
    if (!w)
        return;
    const QString name = w->name;
    std::erase_if(
        after.workshops, [workshop](const WorkshopSession &x) { return x.id == workshop; });
    std::erase_if(after.workshopEntries,
        [workshop](const WorkshopEntry &e) { return e.workshop == workshop; });
    std::erase_if(
        after.decisions, [workshop](const Decision &d) { return d.workshop == workshop; });
    m_edit.replaceContent(after, tr("Delete workshop %1").arg(quoted(name)));
}

} // namespace Cairn
