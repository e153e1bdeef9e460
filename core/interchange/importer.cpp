#include "core/interchange/importer.h"

#include "core/domain/fieldvalue.h"
#include "core/domain/planvalidator.h"
#include "core/domain/wording.h"
#include "core/edit/entityvalue.h"
#include "core/graph/dependencygraph.h"
#include "core/interchange/csv.h"
#include "core/scenario/scenarioplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Cairn::Interchange {

QString RowError::message() const
{
    QString where = QFileInfo(file).fileName();
    if (line > 0)
        where += QCoreApplication::translate("Cairn::Interchange", ", line %1").arg(line);
    if (!column.isEmpty())
        where += QCoreApplication::translate("Cairn::Interchange", ", column “%1”").arg(column);
    return QStringLiteral("%1: %2").arg(where, reason);
}

QString ImportResult::summary() const
{
    return QCoreApplication::translate("Cairn::Interchange", "%n row(s): ", nullptr, rows)
        + QCoreApplication::translate("Cairn::Interchange",
            "%1 added, %2 updated, %3 unchanged, %4 links and amounts, %5 settings, %6 bad")
              .arg(added)
              .arg(updated)
              .arg(unchanged)
              .arg(links)
              .arg(settings)
              .arg(badRows);
}

namespace {

QString folded(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

QString missingReference(EntityKind kind, const QString &name)
{
    switch (kind) {
    case EntityKind::Goal:
        return QCoreApplication::translate("Cairn::Interchange", "there is no goal called “%1”.")
            .arg(name);
    case EntityKind::System:
        return QCoreApplication::translate("Cairn::Interchange", "there is no system called “%1”.")
            .arg(name);
    case EntityKind::Resource:
        return QCoreApplication::translate(
            "Cairn::Interchange", "there is no resource called “%1”.")
            .arg(name);
    case EntityKind::Milestone:
        return QCoreApplication::translate(
            "Cairn::Interchange", "there is no milestone called “%1”.")
            .arg(name);
    case EntityKind::Scenario:
        return QCoreApplication::translate(
            "Cairn::Interchange", "there is no scenario called “%1”.")
            .arg(name);
    case EntityKind::Baseline:
        return QCoreApplication::translate(
            "Cairn::Interchange", "there is no baseline called “%1”.")
            .arg(name);
    case EntityKind::Workshop:
        return QCoreApplication::translate(
            "Cairn::Interchange", "there is no workshop called “%1”.")
            .arg(name);
    default:
        return QCoreApplication::translate(
            "Cairn::Interchange", "there is no initiative called “%1”.")
            .arg(name);
    }
}

// A reference by name that a later row may satisfy (a goal's parent further down the file):
// resolved when the table ends. When it cannot be, the row it came from is taken back.
struct Pending {
    qint64 id; // the entity the row stored
    std::optional<EntityValue> before; // what it was before the row (none: the row added it)
    int field; // index in the entity's schema
    QString names;
    QString file;
    qint64 line;
    QString column;
};

class Importer {
public:
    Importer(const PlanContent &base, const ImportOptions &options)
        : m_options(options)
        , m_plan(base)
    {
        for (const Goal &g : base.goals)
            m_names[EntityKind::Goal][folded(g.name)] << g.id.value;
        for (const System &s : base.systems)
            m_names[EntityKind::System][folded(s.name)] << s.id.value;
        for (const Initiative &i : base.initiatives)
            m_names[EntityKind::Initiative][folded(i.name)] << i.id.value;
        for (const Resource &r : base.resources)
            m_names[EntityKind::Resource][folded(r.name)] << r.id.value;
        for (const Milestone &m : base.milestones)
            m_names[EntityKind::Milestone][milestoneKey(m.name, m.quarter)] << m.id.value;
        for (const Scenario &s : base.scenarios)
            m_names[EntityKind::Scenario][folded(s.name)] << s.id.value;
        for (const Baseline &b : base.baselines)
            m_names[EntityKind::Baseline][folded(b.name)] << b.id.value;
        for (const WorkshopSession &w : base.workshops)
            m_names[EntityKind::Workshop][folded(w.name)] << w.id.value;
    }

    // Begins a table; false when it cannot be read (a required column is missing).
    bool beginTable(TableKind kind, const QString &source, const QStringList &header,
        qint64 headerLine, bool unneutralise)
    {
        m_kind = kind;
        m_file = source;
        m_header = header;
        m_unneutralise = unneutralise;
        m_map = m_options.mappings.contains(source) ? m_options.mappings.value(source)
                                                    : guessMapping(kind, header);
        const TableSpec &spec = tableSpec(kind);
        QStringList missing;
        for (const QString &r : spec.required)
            if (!m_map.contains(r))
                missing << columnTitle(kind, r);
        if (!missing.isEmpty()) {
            // Not a bad row that --apply-valid may leave behind: none of the file's rows can be
            // read, so nothing is imported (before, the other files went in, "0 bad").
            const RowError e {source, headerLine, QString(),
                QCoreApplication::translate("Cairn::Interchange",
                    "the table “%1” needs the columns %2; they are not there, so nothing of it "
                    "was read.")
                    .arg(spec.titleText(), quotedList(missing))};
            if (m_r.fatal.isEmpty())
                m_r.fatal = e.message();
            return false;
        }
        reportUnusedColumns(spec);
        m_idColumn = m_map.value(QStringLiteral("id"), -1);
        switch (kind) {
        case TableKind::Plan:
            mapFields(schemaOf<PlanInfo>());
            break;
        case TableKind::Resources:
            mapFields(schemaOf<Resource>());
            break;
        case TableKind::Goals:
            mapFields(schemaOf<Goal>());
            break;
        case TableKind::Systems:
            mapFields(schemaOf<System>());
            break;
        case TableKind::Initiatives:
            mapFields(schemaOf<Initiative>());
            break;
        case TableKind::Milestones:
            mapFields(schemaOf<Milestone>());
            break;
        case TableKind::ResourceCapacities:
            mapFields(schemaOf<CapacityEntry>());
            break;
        case TableKind::Demands:
            mapFields(schemaOf<DemandEntry>());
            break;
        case TableKind::GoalContributions:
            mapFields(schemaOf<GoalContribution>());
            break;
        case TableKind::SystemImpacts:
            mapFields(schemaOf<SystemImpact>());
            break;
        case TableKind::Dependencies:
            mapFields(schemaOf<Dependency>());
            break;
        case TableKind::ReferenceSchedule:
            mapFields(schemaOf<ReferenceStart>());
            m_reference = m_plan.reference();
            m_referenceAt.clear();
            for (size_t i = 0; i < m_reference.size(); ++i)
                m_referenceAt.insert(m_reference[i].initiative.value, i);
            break;
        case TableKind::Scenarios:
            mapFields(schemaOf<Scenario>());
            break;
        case TableKind::ScenarioOverrides:
            mapFields(schemaOf<ScenarioOverride>());
            break;
        case TableKind::Baselines:
            mapFields(schemaOf<Baseline>());
            break;
        case TableKind::BaselineEntries:
            mapFields(schemaOf<BaselineEntry>());
            break;
        case TableKind::Workshops:
            mapFields(schemaOf<WorkshopSession>());
            break;
        case TableKind::WorkshopEntries:
            mapFields(schemaOf<WorkshopEntry>());
            break;
        case TableKind::Decisions:
            mapFields(schemaOf<Decision>());
            break;
        case TableKind::Participants:
            mapFields(schemaOf<Participant>());
            break;
        case TableKind::Votes:
            mapFields(schemaOf<Vote>());
            break;
        case TableKind::Efforts:
            mapFields(schemaOf<EffortEntry>());
            break;
        }
        return true;
    }

    // The file's column of each field of the table's schema (-1: not in the file), worked out
    // once per table rather than looked up by name in every row.
    template<class T> void mapFields(const EntitySchema<T> &s)
    {
        m_fieldColumn.clear();
        for (const Field<T> &f : s.fields)
            m_fieldColumn.push_back(m_map.value(f.keyText(), -1));
    }

    void row(qint64 line, const QStringList &fields)
    {
        m_line = line;
        m_fields = fields;
        m_rowOk = true;
        ++m_r.rows;
        if (const QString beyond = cellsBeyondHeader(); !beyond.isEmpty()) {
            // A cell that belongs to no column would be lost: the row is bad as a whole
            // (often a separator inside a value that is not quoted, such as a decimal comma).
            fail(QString(),
                QCoreApplication::translate("Cairn::Interchange",
                    "the row has %1 cells, the header %2: “%3” belongs to no column. A value "
                    "holding the separator (a decimal comma, say) needs quotes.")
                    .arg(fields.size())
                    .arg(m_header.size())
                    .arg(beyond));
            ++m_r.badRows;
            return;
        }
        switch (m_kind) {
        case TableKind::Plan:
            planRow();
            break;
        case TableKind::Resources:
            entityRow<Resource>();
            break;
        case TableKind::Goals:
            entityRow<Goal>();
            break;
        case TableKind::Systems:
            entityRow<System>();
            break;
        case TableKind::Initiatives:
            entityRow<Initiative>();
            break;
        case TableKind::Milestones:
            entityRow<Milestone>();
            break;
        case TableKind::ResourceCapacities:
            entryRow<CapacityEntry>();
            break;
        case TableKind::Demands:
            entryRow<DemandEntry>();
            break;
        case TableKind::GoalContributions:
            entryRow<GoalContribution>();
            break;
        case TableKind::SystemImpacts:
            entryRow<SystemImpact>();
            break;
        case TableKind::Dependencies:
            entryRow<Dependency>();
            break;
        case TableKind::ReferenceSchedule:
            entryRow<ReferenceStart>();
            break;
        case TableKind::Scenarios:
            namedRow<Scenario>();
            break;
        case TableKind::ScenarioOverrides:
            overrideRow();
            break;
        case TableKind::Baselines:
            namedRow<Baseline>();
            break;
        case TableKind::BaselineEntries:
            entryRow<BaselineEntry>();
            break;
        case TableKind::Workshops:
            namedRow<WorkshopSession>();
            break;
        case TableKind::WorkshopEntries:
            entryRow<WorkshopEntry>();
            break;
        case TableKind::Decisions:
            entryRow<Decision>();
            break;
        case TableKind::Participants:
            entryRow<Participant>();
            break;
        case TableKind::Votes:
            entryRow<Vote>();
            break;
        case TableKind::Efforts:
            entryRow<EffortEntry>();
            break;
        }
        if (!m_rowOk)
            ++m_r.badRows;
    }

    // The row's cells past the header's last column that hold something, as the file has them.
    QString cellsBeyondHeader() const
    {
        QStringList beyond;
        for (qsizetype i = m_header.size(); i < m_fields.size(); ++i)
            if (!m_fields[i].trimmed().isEmpty())
                beyond << m_fields[i].trimmed();
        return beyond.join(QStringLiteral(", "));
    }

    // References by name within the table that just ended (a goal's parent, the systems a
    // system runs on) are resolved now that every row of it is in.
    void endTable()
    {
        switch (m_kind) {
        case TableKind::Goals:
            resolve<Goal>();
            break;
        case TableKind::Systems:
            resolve<System>();
            break;
        case TableKind::ReferenceSchedule:
            m_plan.setReference(std::move(m_reference));
            m_reference.clear();
            break;
        default:
            break;
        }
        m_pending.clear();
    }

    ImportResult &result() { return m_r; }
    ImportResult finish()
    {
        m_r.plan = m_plan.content();
        return std::move(m_r);
    }

private:
    static QString milestoneKey(const QString &name, Quarter q)
    {
        return folded(name) + QChar(0x1f) + QString::number(q.ordinal());
    }

    static QString quotedList(const QStringList &names)
    {
        QStringList q;
        for (const QString &n : names)
            q << quoted(n);
        return q.join(QStringLiteral(", "));
    }

    void reportUnusedColumns(const TableSpec &spec)
    {
        QSet<int> used;
        for (int i : std::as_const(m_map))
            used.insert(i);
        QStringList derived;
        for (auto it = m_map.cbegin(); it != m_map.cend(); ++it)
            if (const Column *c = spec.column(it.key()); c && c->derived)
                derived << m_header.value(it.value());
        if (!derived.isEmpty())
            m_r.notes << QCoreApplication::translate("Cairn::Interchange",
                "%1: the columns %2 are worked out by Cairn from the schedule; they were not "
                "imported.")
                             .arg(QFileInfo(m_file).fileName(), quotedList(derived));
        for (int i = 0; i < m_header.size(); ++i)
            if (!used.contains(i) && !m_header[i].trimmed().isEmpty())
                m_r.warnings << QCoreApplication::translate("Cairn::Interchange",
                    "%1: the column “%2” was not imported: the table “%3” has no such field. "
                    "Rename it to one of %4 to import it.")
                                    .arg(QFileInfo(m_file).fileName(), m_header[i],
                                        spec.titleText(), quotedList(fieldTitles(spec)));
    }

    static QStringList fieldTitles(const TableSpec &spec)
    {
        QStringList titles;
        for (const Column &c : spec.columns)
            if (c.field)
                titles << c.title();
        return titles;
    }

    // ---- cells ----
    bool hasField(size_t field) const
    {
        const int c = field < m_fieldColumn.size() ? m_fieldColumn[field] : -1;
        return c >= 0 && c < m_fields.size();
    }
    QString fieldText(size_t field) const
    {
        const QString &raw = m_fields.at(m_fieldColumn[field]);
        return m_unneutralise ? Csv::unneutralise(raw) : raw;
    }
    QString idText() const
    {
        return m_idColumn >= 0 && m_idColumn < m_fields.size() ? m_fields.at(m_idColumn).trimmed()
                                                               : QString();
    }

    bool has(const QString &key) const
    {
        return m_map.contains(key) && m_map.value(key) < m_fields.size();
    }
    QString text(const QString &key) const
    {
        const QString raw = has(key) ? m_fields.value(m_map.value(key)) : QString();
        return m_unneutralise ? Csv::unneutralise(raw) : raw;
    }
    // The column as the user knows it: the file's own header, or Cairn's label when the file
    // uses Cairn's key.
    QString columnName(const QString &key) const
    {
        const QString header = m_map.contains(key) ? m_header.value(m_map.value(key)) : QString();
        return header.isEmpty() || header.trimmed() == key ? columnTitle(m_kind, key)
                                                           : header.trimmed();
    }
    void fail(const QString &key, const QString &reason)
    {
        m_r.errors << RowError {where(), m_unneutralise ? m_line : 0,
            key.isEmpty() ? QString() : columnName(key), reason};
        m_rowOk = false;
    }
    // A CSV row is found by its file and line; a JSON row by its table and index.
    QString where() const
    {
        return m_unneutralise ? m_file : QStringLiteral("%1[%2]").arg(m_file).arg(m_line - 1);
    }

    // ---- the plan's settings: one row per setting ----
    void planRow()
    {
        const QString name = text(QStringLiteral("field"));
        const FieldSpec *f = planSetting(name);
        if (!f) {
            fail(QStringLiteral("field"),
                QCoreApplication::translate("Cairn::Interchange", "“%1” is not a plan setting.")
                    .arg(name.trimmed()));
            return;
        }
        const auto &schema = schemaOf<PlanInfo>();
        const Field<PlanInfo> &field = schema.fields[size_t(schema.indexOf(f->keyText()))];
        const CellValue v = parseCell(field, text(QStringLiteral("value")), {m_plan.content()});
        if (!v.ok())
            return fail(QStringLiteral("value"), v.error);
        if (v.empty && !field.emptyClears())
            return countUnchanged();
        PlanInfo info = m_plan.info();
        field.set(info, v.value);
        if (info == m_plan.info())
            return countUnchanged();
        m_plan.setInfo(info);
        ++m_r.settings;
    }

    void countUnchanged() { ++m_r.unchanged; }

    // ---- entities ----
    template<class T> static const T *find(const Plan &plan, qint64 id)
    {
        return findEntity<T>(plan, id);
    }

    template<class T> QString identityOf(const T &item) const
    {
        if constexpr (std::is_same_v<T, Milestone>)
            return milestoneKey(item.name, item.quarter);
        else
            return folded(item.name);
    }

    // The entity a row updates: by id, or by what names it (a milestone: its name and quarter).
    // 0: a new one; -1: the row cannot say (reported).
    template<class T> qint64 target(const T &identity)
    {
        const EntityKind kind = schemaOf<T>().kind;
        if (m_options.match == ImportOptions::Match::Id) {
            const QString idText = this->idText();
            if (idText.isEmpty())
                return 0;
            bool ok = false;
            const qint64 id = idText.toLongLong(&ok);
            if (!ok) {
                fail(QStringLiteral("id"),
                    QCoreApplication::translate("Cairn::Interchange", "“%1” is not an id.")
                        .arg(idText));
                return -1;
            }
            return id > 0 && find<T>(m_plan, id) && !m_added.contains(id) ? id : 0;
        }
        // Only what the plan held before the import is updated: two rows with the same name in
        // the files are two items.
        QList<qint64> ids = m_names[kind].value(identityOf(identity));
        ids.removeIf([this](qint64 id) { return m_added.contains(id); });
        if (ids.size() > 1) {
            fail(schemaOf<T>().fields[size_t(schemaOf<T>().nameField)].keyText(),
                QCoreApplication::translate("Cairn::Interchange",
                    "more than one item is called “%1”; import by id instead.")
                    .arg(identity.name));
            return -1;
        }
        return ids.isEmpty() ? 0 : ids.first();
    }

    template<class T> void entityRow()
    {
        const EntitySchema<T> &s = schemaOf<T>();
        // What names the row first (the name; a milestone's quarter too): it says which entity
        // the row is about.
        T identity {};
        readFields(s, identity, true);
        if (!m_rowOk)
            return;
        const qint64 existing = target(identity);
        if (existing < 0)
            return;
        const T *found = existing > 0 ? find<T>(m_plan, existing) : nullptr;
        T item = found ? *found : identity;
        const std::optional<EntityValue> before
            = found ? std::optional<EntityValue>(*found) : std::nullopt;
        for (size_t i = 0; found && i < s.fields.size(); ++i)
            if (isIdentity(s.fields[i]) && hasField(i))
                s.fields[i].set(item, s.fields[i].get(identity));
        readFields(s, item, false);
        if (!m_rowOk)
            return;
        const qint64 id = store(item, existing, before);
        for (size_t i = 0; i < s.fields.size(); ++i) {
            const Field<T> &f = s.fields[i];
            if ((f.type == FieldType::Reference || f.type == FieldType::References) && hasField(i))
                m_pending.push_back({id, before, int(i), fieldText(i), where(),
                    m_unneutralise ? m_line : 0, columnName(f.keyText())});
        }
    }

    // Reads the row's cells into `item`, in the schema's order (a resource's kind before its
    // capacity, which it is an amount of). `identityOnly`: only what names the entity.
    template<class T> void readFields(const EntitySchema<T> &s, T &item, bool identityOnly)
    {
        for (size_t i = 0; i < s.fields.size(); ++i) {
            const Field<T> &f = s.fields[i];
            if (isIdentity(f) != identityOnly || !hasField(i))
                continue;
            if (f.type == FieldType::Reference || f.type == FieldType::References)
                continue; // resolved when the table ends
            ResourceKind kind = ResourceKind::Budget;
            if constexpr (std::is_same_v<T, Resource>)
                kind = item.kind;
            const CellValue v = parseCell(f, fieldText(i), {m_plan.content(), kind});
            if (!v.ok()) {
                fail(f.keyText(), v.error);
                continue;
            }
            if (v.empty && !f.emptyClears())
                continue;
            f.set(item, v.value);
        }
    }

    // What names an entity: its name, and a milestone's quarter.
    static bool isIdentity(const FieldSpec &f)
    {
        return f.required && (f.type == FieldType::Text || f.type == FieldType::Quarter);
    }

    template<class T>
    qint64 store(T &item, qint64 existing, const std::optional<EntityValue> &before)
    {
        const EntityKind kind = schemaOf<T>().kind;
        if (existing > 0) {
            if (before && std::get<T>(*before) == item) {
                ++m_r.unchanged;
                return existing;
            }
            m_names[kind][identityOf(std::get<T>(*before))].removeAll(existing);
            updateEntity(m_plan, item);
            ++m_r.updated;
        } else {
            // A new item keeps the id it has in the file when that id is free, so that an
            // export imported into a new plan exports again to the same bytes.
            bool ok = false;
            const qint64 fileId = idText().toLongLong(&ok);
            item.id.value = ok && fileId > 0 && !entityById(m_plan, fileId) ? fileId : 0;
            addEntity(m_plan, item);
            item.id.value = item.id.value > 0 ? item.id.value : m_plan.content().nextId - 1;
            m_added.insert(item.id.value);
            ++m_r.added;
        }
        m_names[kind][identityOf(item)] << item.id.value;
        return item.id.value;
    }

    std::optional<qint64> referenceTo(EntityKind kind, const QString &name, const QString &key)
    {
        const QString n = name.trimmed();
        const QList<qint64> ids = m_names[kind].value(folded(n));
        if (n.isEmpty()) {
            fail(key, QCoreApplication::translate("Cairn::Interchange", "empty; it is needed."));
            return std::nullopt;
        }
        if (ids.isEmpty()) {
            fail(key, missingReference(kind, n));
            return std::nullopt;
        }
        if (ids.size() > 1) {
            fail(key,
                QCoreApplication::translate(
                    "Cairn::Interchange", "more than one item is called “%1”.")
                    .arg(n));
            return std::nullopt;
        }
        return ids.first();
    }

    template<class T> void resolve()
    {
        const EntitySchema<T> &s = schemaOf<T>();
        for (const Pending &p : std::as_const(m_pending)) {
            const T *current = find<T>(m_plan, p.id);
            if (!current)
                continue;
            const Field<T> &f = s.fields[size_t(p.field)];
            QList<qlonglong> ids;
            QString problem;
            const QStringList names
                = f.type == FieldType::Reference ? QStringList {p.names} : splitNames(p.names);
            for (const QString &n : names) {
                if (n.trimmed().isEmpty())
                    continue;
                const QList<qint64> found = m_names[f.target].value(folded(n));
                if (found.size() != 1) {
                    problem = found.isEmpty() ? missingReference(f.target, n.trimmed())
                                              : QCoreApplication::translate("Cairn::Interchange",
                                                  "more than one item is called “%1”.")
                                                    .arg(n.trimmed());
                    break;
                }
                if (found.first() == p.id) { // was dropped without a word
                    problem = QCoreApplication::translate(
                        "Cairn::Interchange", "“%1” refers to itself here.")
                                  .arg(n.trimmed());
                    break;
                }
                ids << found.first();
            }
            T changed = *current;
            f.set(changed,
                f.type == FieldType::Reference
                    ? (ids.isEmpty() ? QVariant() : QVariant(ids.first()))
                    : QVariant::fromValue(ids));
            if constexpr (std::is_same_v<T, Goal> || std::is_same_v<T, System>) {
                const QList<qint64> circle
                    = problem.isEmpty() ? referenceCircle(m_plan, changed) : QList<qint64>();
                if (!circle.isEmpty())
                    problem = QCoreApplication::translate(
                        "Cairn::Interchange", "this would close a circle: %1.")
                                  .arg(describeCircle(m_plan.content(), s.kind, circle));
            }
            if (!problem.isEmpty()) {
                takeBack(p, problem);
                continue;
            }
            updateEntity(m_plan, changed);
            if (p.before && std::get<T>(*p.before) == changed && m_r.updated > 0) {
                --m_r.updated; // the row said what the plan already said
                ++m_r.unchanged;
            }
        }
    }

    // A row whose reference cannot be resolved changes nothing: what it did is undone.
    void takeBack(const Pending &p, const QString &problem)
    {
        m_r.errors << RowError {p.file, p.line, p.column, problem};
        ++m_r.badRows;
        if (p.before) {
            updateEntity(m_plan, *p.before);
            --m_r.updated;
        } else {
            removeEntity(m_plan, p.id);
            --m_r.added;
        }
    }

    // ---- links and per-quarter entries ----
    template<class L> void entryRow()
    {
        L row {};
        ResourceKind kind = ResourceKind::Budget;
        const auto &fields = schemaOf<L>().fields;
        for (size_t i = 0; i < fields.size(); ++i) {
            const Field<L> &f = fields[i];
            if (!hasField(i))
                continue;
            if (f.type == FieldType::Reference) {
                const auto id = referenceTo(f.target, fieldText(i), f.keyText());
                if (!id)
                    continue;
                f.set(row, QVariant(*id));
                if (f.target == EntityKind::Resource)
                    if (const Resource *r = m_plan.resource(ResourceId {*id}))
                        kind = r->kind;
                continue;
            }
            const CellValue v = parseCell(f, fieldText(i), {m_plan.content(), kind});
            if (!v.ok())
                fail(f.keyText(), v.error);
            else if (!v.empty)
                f.set(row, v.value);
        }
        if (m_rowOk)
            apply(row);
    }

    void counted(bool changed) { ++(changed ? m_r.links : m_r.unchanged); }

    void apply(const GoalContribution &l)
    {
        counted(!std::count(m_plan.contributions().begin(), m_plan.contributions().end(), l));
        m_plan.setContribution(l);
    }
    void apply(const SystemImpact &l)
    {
        counted(!std::count(m_plan.impacts().begin(), m_plan.impacts().end(), l));
        m_plan.setImpact(l);
    }
    void apply(const CapacityEntry &e)
    {
        Resource r = *m_plan.resource(e.resource);
        counted(r.capacities.value(e.quarter, -1) != e.capacity);
        r.capacities.insert(e.quarter, e.capacity);
        m_plan.updateResource(r);
    }
    void apply(const DemandEntry &e)
    {
        Initiative i = *m_plan.initiative(e.initiative);
        counted(i.demand.value(e.resource, -1) != e.amount);
        i.demand.insert(e.resource, e.amount);
        m_plan.updateInitiative(i);
    }
    // A start in the reference schedule: the initiative's row replaces the one it had.
    void apply(const ReferenceStart &r)
    {
        const auto it = m_referenceAt.constFind(r.initiative.value);
        if (it != m_referenceAt.cend()) {
            counted(m_reference[*it].start != r.start);
            m_reference[*it] = r;
            return;
        }
        counted(true);
        m_referenceAt.insert(r.initiative.value, m_reference.size());
        m_reference.push_back(r);
    }
    void apply(const Dependency &d)
    {
        if (d.predecessor == d.successor)
            return fail(QString(),
                QCoreApplication::translate(
                    "Cairn::Interchange", "an initiative cannot depend on itself."));
        const std::vector<Dependency> &list = m_plan.dependencies();
        const auto same = std::find_if(list.begin(), list.end(), [&d](const Dependency &x) {
            return x.predecessor == d.predecessor && x.successor == d.successor;
        });
        if (same == list.end()) {
            // A dependency that would close a cycle is refused, with the cycle named. The graph
            // grows with the rows instead of being rebuilt for each one.
            if (!m_graphBuilt) {
                for (const Dependency &x : list)
                    m_graph.addEdge(x.predecessor.value, x.successor.value);
                m_graphBuilt = true;
            }
            const QList<qint64> cycle
                = m_graph.cycleIfAdded(d.predecessor.value, d.successor.value);
            if (!cycle.isEmpty())
                return fail(QString(),
                    QCoreApplication::translate(
                        "Cairn::Interchange", "this dependency would close a cycle: %1.")
                        .arg(describeCycle(m_plan.content(), cycle)));
            m_graph.addEdge(d.predecessor.value, d.successor.value);
        }
        counted(same == list.end() || !(*same == d));
        m_plan.setDependency(d);
    }

    // ---- scenarios and baselines: kept whole in the plan, matched by name ----
    template<class T> void namedRow()
    {
        const EntitySchema<T> &s = schemaOf<T>();
        T item {};
        for (size_t i = 0; i < s.fields.size(); ++i) {
            if (!hasField(i))
                continue;
            const CellValue v = parseCell(s.fields[i], fieldText(i), {m_plan.content()});
            if (!v.ok())
                fail(s.fields[i].keyText(), v.error);
            else if (!v.empty || s.fields[i].emptyClears())
                s.fields[i].set(item, v.value);
        }
        if (!m_rowOk)
            return;
        if (item.name.trimmed().isEmpty())
            return fail(s.fields[0].keyText(),
                QCoreApplication::translate("Cairn::Interchange", "empty; it is needed."));
        PlanContent c = m_plan.content();
        auto &list = listOf<T>(c);
        const QList<qint64> same = m_names[s.kind].value(folded(item.name));
        if (!same.isEmpty()) {
            for (T &existing : list)
                if (existing.id.value == same.first()) {
                    item.id = existing.id;
                    counted(!(existing == item));
                    existing = item;
                }
        } else {
            bool ok = false;
            const qint64 fileId = idText().toLongLong(&ok);
            const bool free = ok && fileId > 0 && !entityById(m_plan, fileId)
                && !c.scenario(ScenarioId {fileId}) && !c.baseline(BaselineId {fileId})
                && !c.workshop(WorkshopId {fileId});
            item.id.value = free ? fileId : std::max(c.nextId, c.maxId() + 1);
            list.push_back(item);
            m_names[s.kind][folded(item.name)] << item.id.value;
            ++m_r.added;
        }
        m_plan.setScenarios(c.scenarios, c.overrides);
        m_plan.setBaselines(c.baselines, c.baselineEntries);
        m_plan.setWorkshops(c.workshops, c.workshopEntries, c.decisions);
    }
    template<class T> static std::vector<T> &listOf(PlanContent &c)
    {
        if constexpr (std::is_same_v<T, Scenario>)
            return c.scenarios;
        else if constexpr (std::is_same_v<T, WorkshopSession>)
            return c.workshops;
        else
            return c.baselines;
    }

    // An override names its item by name (or id) in the kind of item it gives, and is checked
    // the way the scenario will apply it.
    void overrideRow()
    {
        const auto &fields = schemaOf<ScenarioOverride>().fields;
        ScenarioOverride o;
        QString target;
        for (size_t i = 0; i < fields.size(); ++i) {
            const Field<ScenarioOverride> &f = fields[i];
            if (!hasField(i))
                continue;
            if (f.type == FieldType::Reference) {
                if (const auto id = referenceTo(f.target, fieldText(i), f.keyText()))
                    f.set(o, QVariant(*id));
                continue;
            }
            if (QLatin1String(f.key) == QLatin1String("target")) {
                target = fieldText(i).trimmed();
                continue;
            }
            const CellValue v = parseCell(f, fieldText(i), {m_plan.content()});
            if (!v.ok())
                fail(f.keyText(), v.error);
            else if (!v.empty || f.emptyClears())
                f.set(o, v.value);
        }
        if (!m_rowOk)
            return;
        const EntityKind kind = entityKind(o.entity);
        if (o.entity != ScenarioTarget::Plan) {
            bool isId = false;
            const qint64 id = target.toLongLong(&isId);
            if (isId && entityExists(m_plan.content(), kind, id)) {
                o.target = id;
            } else {
                const QList<qint64> named = entitiesNamed(m_plan.content(), kind, target);
                if (named.size() != 1)
                    return fail(QStringLiteral("target"),
                        named.isEmpty() ? missingReference(kind, target)
                                        : QCoreApplication::translate("Cairn::Interchange",
                                            "more than one item is called “%1”.")
                                              .arg(target));
                o.target = named.first();
            }
        }
        if (const QString why = overrideProblem(m_plan.content(), o); !why.isEmpty())
            return fail(QStringLiteral("value"), why);
        std::vector<ScenarioOverride> list = m_plan.overrides();
        counted(std::find(list.begin(), list.end(), o) == list.end());
        putOverride(m_plan.content(), list, o);
        m_plan.setScenarios(m_plan.scenarios(), list);
    }

    void apply(const BaselineEntry &e)
    {
        std::vector<BaselineEntry> list = m_plan.baselineEntries();
        const auto it = std::find_if(list.begin(), list.end(), [&e](const BaselineEntry &x) {
            return x.baseline == e.baseline && x.initiative == e.initiative;
        });
        counted(it == list.end() || !(*it == e));
        if (it == list.end())
            list.push_back(e);
        else
            *it = e;
        m_plan.setBaselines(m_plan.baselines(), list);
    }

    // ---- the workshop record and the dot vote ----
    void apply(const WorkshopEntry &e)
    {
        std::vector<WorkshopEntry> list = m_plan.workshopEntries();
        const auto it = std::find_if(list.begin(), list.end(), [&e](const WorkshopEntry &x) {
            return x.workshop == e.workshop && x.moment == e.moment && x.initiative == e.initiative;
        });
        counted(it == list.end() || !(*it == e));
        if (it == list.end())
            list.push_back(e);
        else
            *it = e;
        m_plan.setWorkshops(m_plan.workshops(), list, m_plan.decisions());
    }
    // A decision already noted (same workshop, same text) is not noted twice.
    void apply(const Decision &d)
    {
        std::vector<Decision> list = m_plan.decisions();
        const auto it = std::find_if(list.begin(), list.end(),
            [&d](const Decision &x) { return x.workshop == d.workshop && x.text == d.text; });
        counted(it == list.end() || !(*it == d));
        if (it == list.end())
            list.push_back(d);
        else
            *it = d;
        m_plan.setWorkshops(m_plan.workshops(), m_plan.workshopEntries(), list);
    }
    void apply(const Participant &p)
    {
        if (p.name.trimmed().isEmpty())
            return fail(QStringLiteral("name"),
                QCoreApplication::translate("Cairn::Interchange", "empty; it is needed."));
        std::vector<Participant> list = m_plan.participants();
        const bool known = std::any_of(list.begin(), list.end(),
            [&p](const Participant &x) { return folded(x.name) == folded(p.name); });
        counted(!known);
        if (!known)
            list.push_back({p.name.trimmed()});
        m_plan.setScoring(list, m_plan.votes(), m_plan.efforts());
    }
    // A vote names a participant of the participants' table (or one new to the plan, then added).
    void apply(const Vote &v)
    {
        if (v.participant.trimmed().isEmpty())
            return fail(QStringLiteral("participant"),
                QCoreApplication::translate("Cairn::Interchange", "empty; it is needed."));
        std::vector<Participant> people = m_plan.participants();
        QString name = v.participant.trimmed();
        const auto person = std::find_if(people.begin(), people.end(),
            [&name](const Participant &x) { return folded(x.name) == folded(name); });
        if (person == people.end())
            people.push_back({name});
        else
            name = person->name;
        std::vector<Vote> list = m_plan.votes();
        const auto it = std::find_if(list.begin(), list.end(),
            [&](const Vote &x) { return x.participant == name && x.initiative == v.initiative; });
        counted(it == list.end() || it->dots != v.dots);
        if (it == list.end())
            list.push_back({name, v.initiative, v.dots});
        else
            it->dots = v.dots;
        m_plan.setScoring(people, list, m_plan.efforts());
    }

    // An effort set by hand: the initiative's row replaces the one it had.
    void apply(const EffortEntry &e)
    {
        std::vector<EffortEntry> list = m_plan.efforts();
        const auto it = std::find_if(list.begin(), list.end(),
            [&e](const EffortEntry &x) { return x.initiative == e.initiative; });
        counted(it == list.end() || !(*it == e));
        if (it == list.end())
            list.push_back(e);
        else
            *it = e;
        m_plan.setScoring(m_plan.participants(), m_plan.votes(), list);
    }

    const ImportOptions &m_options;
    ImportResult m_r;
    Plan m_plan; // the copy being imported into; m_r.plan at the end
    TableKind m_kind = TableKind::Plan;
    QString m_file;
    QStringList m_header;
    QMap<QString, int> m_map;
    std::vector<int> m_fieldColumn; // per field of the table's schema: the file's column, or -1
    int m_idColumn = -1;
    QStringList m_fields;
    qint64 m_line = 0;
    bool m_rowOk = true;
    bool m_unneutralise = true;
    QHash<EntityKind, QHash<QString, QList<qint64>>>
        m_names; // by folded name (a milestone: and quarter)
    QSet<qint64> m_added; // ids added by this import
    std::vector<Pending> m_pending;
    DependencyGraph m_graph;
    bool m_graphBuilt = false;
    // The reference schedule as its table is read (set on the plan when the table ends).
    std::vector<ReferenceStart> m_reference;
    QHash<qint64, size_t> m_referenceAt;
};

QStringList csvFiles(const QStringList &paths, QString *fatal)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            for (const QFileInfo &f : QDir(p).entryInfoList(
                     {QStringLiteral("*.csv"), QStringLiteral("*.txt"), QStringLiteral("*.tsv")},
                     QDir::Files, QDir::Name))
                files << f.filePath();
        } else if (!info.exists()) {
            *fatal = QCoreApplication::translate("Cairn::Interchange", "“%1” does not exist.")
                         .arg(QDir::toNativeSeparators(p));
            return {};
        } else {
            files << p;
        }
    }
    if (files.isEmpty())
        *fatal = QCoreApplication::translate(
            "Cairn::Interchange", "There are no CSV files to import.");
    return files;
}

// Reads one CSV file into the importer; false when the import must stop (cancelled, unreadable).
bool readCsv(Importer &importer, TableKind kind, const QString &path, const ImportOptions &options,
    const std::function<bool(qint64)> &onBytes)
{
    ImportResult &r = importer.result();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.fatal = QCoreApplication::translate("Cairn::Interchange", "Cannot open “%1”: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    Csv::Reader reader(&file, Csv::Reader::Options {options.delimiter});
    Csv::Record record;
    if (!reader.next(record)) {
        if (!reader.error().isEmpty())
            r.fatal = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), reader.error());
        return reader.error().isEmpty();
    }
    for (const QString &w : reader.warnings())
        r.warnings << QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), w);
    if (importer.beginTable(kind, path, record.fields, record.line, true)) {
        qint64 count = 0;
        while (reader.next(record)) {
            if (++count % 512 == 0 && !onBytes(reader.bytesRead()))
                return false;
            const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                [](const QString &f) { return f.trimmed().isEmpty(); });
            if (!blank)
                importer.row(record.line, record.fields);
        }
        importer.endTable();
    }
    if (!reader.error().isEmpty())
        r.errors << RowError {path, 0, QString(), reader.error()};
    return true;
}

QString jsonCell(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'f', QLocale::FloatingPointShortest);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts << jsonCell(x);
        return joinNames(parts);
    }
    return {};
}

} // namespace

FilePreview previewFile(const QString &path, std::optional<QChar> delimiter, int rows)
{
    FilePreview p;
    p.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        p.error = QCoreApplication::translate("Cairn::Interchange", "Cannot open “%1”: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return p;
    }
    Csv::Reader reader(&file, Csv::Reader::Options {delimiter});
    Csv::Record r;
    bool header = true;
    while (reader.next(r)) {
        if (header) {
            p.header = r.fields;
            header = false;
            continue;
        }
        p.rows << r.fields;
        if (p.rows.size() >= rows)
            break;
    }
    p.delimiter = reader.delimiter();
    p.encoding = Csv::encodingName(reader.encoding());
    p.warnings = reader.warnings();
    // Named like readCsv's: which file, then what is wrong where in it.
    if (!reader.error().isEmpty())
        p.error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), reader.error());
    p.table = guessTable(path, p.header);
    if (p.table)
        p.mapping = guessMapping(*p.table, p.header);
    return p;
}

ImportResult importFiles(const PlanContent &base, const QStringList &paths,
    const ImportOptions &options, const Progress &progress, const std::atomic_bool *cancel)
{
    Importer importer(base, options);
    ImportResult &r = importer.result();
    const QStringList files = csvFiles(paths, &r.fatal);
    if (!r.fatal.isEmpty())
        return importer.finish();
    // Which table each file holds, from its name or its header; then in dependency order.
    std::vector<std::pair<TableKind, QString>> work;
    qint64 total = 0;
    for (const QString &f : files) {
        std::optional<TableKind> kind
            = options.tables.contains(f) ? std::optional(options.tables.value(f)) : std::nullopt;
        if (!kind) {
            const FilePreview p = previewFile(f, options.delimiter, 0);
            if (!p.error.isEmpty()) {
                r.fatal = p.error;
                return importer.finish();
            }
            kind = p.table;
        }
        if (!kind) {
            r.fatal = QCoreApplication::translate("Cairn::Interchange",
                "“%1”: cannot tell which table this is. Name it like initiatives.csv, or give it "
                "the columns of one (see the export).")
                          .arg(QFileInfo(f).fileName());
            return importer.finish();
        }
        work.emplace_back(*kind, f);
        total += QFileInfo(f).size();
    }
    std::stable_sort(work.begin(), work.end(),
        [](const auto &a, const auto &b) { return int(a.first) < int(b.first); });
    qint64 done = 0;
    for (const auto &[kind, file] : work) {
        const auto onBytes = [&](qint64 bytes) {
            if (cancel && cancel->load()) {
                r.cancelled = true;
                return false;
            }
            if (progress)
                progress(done + bytes, total);
            return true;
        };
        if (!readCsv(importer, kind, file, options, onBytes))
            break;
        done += QFileInfo(file).size();
        if (progress)
            progress(done, total);
    }
    return importer.finish();
}

ImportResult importJson(
    const PlanContent &base, const QByteArray &json, const ImportOptions &options)
{
    Importer importer(base, options);
    ImportResult &r = importer.result();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        r.fatal = doc.isNull()
            ? QCoreApplication::translate("Cairn::Interchange", "not valid JSON at byte %1: %2")
                  .arg(parseError.offset)
                  .arg(parseError.errorString())
            : QCoreApplication::translate(
                "Cairn::Interchange", "the document must be a JSON object");
        return importer.finish();
    }
    const QJsonObject root = doc.object();
    for (const TableSpec &spec : tableSpecs()) {
        const QJsonValue table = root.value(spec.stem);
        if (table.isUndefined())
            continue;
        if (spec.keyValue) {
            const QJsonObject settings = table.toObject();
            if (importer.beginTable(spec.kind, spec.stem,
                    {QStringLiteral("field"), QStringLiteral("value")}, 0, false)) {
                qint64 line = 0;
                for (auto it = settings.begin(); it != settings.end(); ++it)
                    importer.row(++line, {it.key(), jsonCell(it.value())});
                importer.endTable();
            }
            continue;
        }
        const QJsonArray rows = table.toArray();
        if (rows.isEmpty())
            continue; // nothing to read (its columns come from its rows: there are none)
        QStringList header;
        for (const QJsonValue &row : rows)
            for (const QString &key : row.toObject().keys())
                if (!header.contains(key))
                    header << key;
        if (!importer.beginTable(spec.kind, spec.stem, header, 0, false))
            continue;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject o = rows.at(i).toObject();
            QStringList cells;
            for (const QString &key : std::as_const(header))
                cells << jsonCell(o.value(key));
            importer.row(i + 1, cells);
        }
        importer.endTable();
    }
    return importer.finish();
}

} // namespace Cairn::Interchange
