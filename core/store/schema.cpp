#include "core/store/schema.h"

#include "core/store/sqldialect.h"

namespace Cairn::Schema {

namespace {

QString quoted(const char *name)
{
    return sqlName(name);
}

const char *tableOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Goal:
        return "goal";
    case EntityKind::System:
        return "system";
    case EntityKind::Initiative:
        return "initiative";
    case EntityKind::Resource:
        return "resource";
    case EntityKind::Milestone:
        return "milestone";
    case EntityKind::Scenario:
        return "scenario";
    case EntityKind::Baseline:
        return "baseline";
    case EntityKind::Workshop:
        return "workshop";
    default:
        return "plan";
    }
}

// Foreign keys are DEFERRABLE INITIALLY DEFERRED so that rows can be written in any order inside
// the one save transaction (a goal before its parent); they are still checked at COMMIT.
QString deferred(bool cascade)
{
    return QStringLiteral("%1 DEFERRABLE INITIALLY DEFERRED")
        .arg(cascade ? QStringLiteral(" ON DELETE CASCADE") : QString());
}

QString references(EntityKind target, bool cascade)
{
    return QStringLiteral(" REFERENCES %1(id)").arg(quoted(tableOf(target))) + deferred(cascade);
}

// On a server a reference names its plan too: a table constraint (plan_id, column).
QString sharedReference(const SqlDialect &d, const QString &column, EntityKind target, bool cascade)
{
    return QStringLiteral("FOREIGN KEY (plan_id, %1) REFERENCES %2(plan_id, id)")
               .arg(column, d.table(tableOf(target)))
        + deferred(cascade);
}

QString columnDeclaration(const SqlDialect &d, const FieldSpec &f, bool cascade)
{
    QString type;
    switch (isTextColumn(f) ? FieldType::Text : f.type) {
    case FieldType::Text:
        type = QStringLiteral("TEXT NOT NULL");
        break;
    case FieldType::Quarter:
    case FieldType::Reference:
        type = f.required ? d.integer() + QStringLiteral(" NOT NULL") : d.integer();
        if (f.type == FieldType::Reference && !d.shared())
            type += references(f.target, cascade);
        break;
    default:
        type = d.integer() + QStringLiteral(" NOT NULL");
        break;
    }
    return QStringLiteral("%1 %2").arg(quoted(f.key), type);
}

// What a server adds to every row: its plan, its version and who changed it when (the last
// three set by the server's triggers, never by a client).
QStringList sharedColumns(const SqlDialect &d)
{
    return {QStringLiteral("version %1 NOT NULL DEFAULT 1").arg(d.integer()),
        QStringLiteral("changed_by TEXT NOT NULL DEFAULT CURRENT_USER"),
        QStringLiteral("changed_at TIMESTAMPTZ NOT NULL DEFAULT now()")};
}

QString planKey()
{
    return QStringLiteral("FOREIGN KEY (plan_id) REFERENCES cairn.plans(id) ON DELETE CASCADE");
}

QString listStatement(
    const SqlDialect &d, const char *ownerKey, EntityKind owner, const FieldSpec &f)
{
    const QString table = d.table(listTable(ownerKey, f));
    if (!d.shared()) {
        const QString value = f.type == FieldType::Tags
            ? QStringLiteral("TEXT NOT NULL")
            : QStringLiteral("INTEGER NOT NULL") + references(f.target, true);
        return QStringLiteral("CREATE TABLE %1 (owner INTEGER NOT NULL%2, value %3, "
                              "position INTEGER NOT NULL, PRIMARY KEY (owner, position))")
            .arg(table, references(owner, true), value);
    }
    QStringList parts {QStringLiteral("plan_id BIGINT NOT NULL"),
        QStringLiteral("owner BIGINT NOT NULL"),
        f.type == FieldType::Tags ? QStringLiteral("value TEXT NOT NULL")
                                  : QStringLiteral("value BIGINT NOT NULL"),
        QStringLiteral("position BIGINT NOT NULL"),
        QStringLiteral("PRIMARY KEY (plan_id, owner, position)"), planKey(),
        sharedReference(d, QStringLiteral("owner"), owner, true)};
    if (f.type == FieldType::References)
        parts << sharedReference(d, QStringLiteral("value"), f.target, true);
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table, parts.join(QStringLiteral(", ")));
}

template<class T> QStringList tableStatements(const SqlDialect &d, const EntitySchema<T> &s)
{
    if (s.packedInFiles && !d.shared()) {
        const FieldSpec &owner = s.fields.front();
        Q_ASSERT(owner.type == FieldType::Reference && owner.required);
        return {QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY%3, %4 TEXT NOT NULL)")
                    .arg(d.table(s.key), quoted(owner.key), references(owner.target, true),
                        QLatin1String(PackedLines))};
    }
    QStringList columns;
    QStringList constraints;
    QStringList extra;
    const bool isPlan = s.kind == EntityKind::Plan;
    const bool isEntity = s.ownId;
    if (d.shared()) {
        columns << (isPlan ? QStringLiteral("plan_id BIGINT PRIMARY KEY")
                           : QStringLiteral("plan_id BIGINT NOT NULL"));
        if (isEntity)
            columns << QStringLiteral("id BIGINT NOT NULL");
        constraints << planKey();
        if (isEntity)
            constraints << QStringLiteral("PRIMARY KEY (plan_id, id)");
    } else if (isPlan) {
        columns << QStringLiteral("id INTEGER PRIMARY KEY CHECK (id = 1)");
    } else if (isEntity) {
        columns << QStringLiteral("id INTEGER PRIMARY KEY");
    }
    std::vector<const FieldSpec *> specs;
    for (const Field<T> &f : s.fields)
        specs.push_back(&f);
    for (const FieldSpec *f : specs) {
        if (isColumn(*f)) {
            columns << columnDeclaration(d, *f, !isEntity);
            if (d.shared() && f->type == FieldType::Reference)
                constraints << sharedReference(d, quoted(f->key), f->target, !isEntity);
        } else if (f->type == FieldType::References || f->type == FieldType::Tags) {
            extra << listStatement(d, s.key, s.kind, *f);
        }
    }
    if (isPlan) {
        columns << QStringLiteral("next_id %1 NOT NULL").arg(d.integer());
    } else {
        columns << QStringLiteral("position %1 NOT NULL").arg(d.integer());
        QStringList key;
        for (int i = 0; !isEntity && i < keyFieldCountOf(s); ++i)
            key << quoted(specs[size_t(i)]->key);
        if (d.shared() && !key.isEmpty())
            key.prepend(QStringLiteral("plan_id"));
        if (!key.isEmpty())
            columns << QStringLiteral("PRIMARY KEY (%1)").arg(key.join(QStringLiteral(", ")));
    }
    if (d.shared())
        columns += sharedColumns(d) + constraints;
    return QStringList {QStringLiteral("CREATE TABLE %1 (%2)")
                            .arg(d.table(s.key), columns.join(QStringLiteral(", ")))}
    + extra;
}

} // namespace

QString listTable(const char *entityKey, const FieldSpec &field)
{
    return QStringLiteral("\"%1_%2\"").arg(QLatin1String(entityKey), QLatin1String(field.key));
}

std::vector<TableInfo> tables()
{
    std::vector<TableInfo> out;
    forEachSchema([&out](const auto &s) {
        out.push_back({QLatin1String(s.key), true});
        for (const auto &f : s.fields)
            if (f.type == FieldType::References || f.type == FieldType::Tags)
                out.push_back({listTable(s.key, f).remove(QLatin1Char('"')), false});
    });
    return out;
}

bool isTextColumn(const FieldSpec &field)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Currency:
    case FieldType::Choice:
    case FieldType::Picture:
        return true;
    default:
        return false;
    }
}

bool isColumn(const FieldSpec &field)
{
    return field.type != FieldType::References && field.type != FieldType::Tags
        && field.type != FieldType::Details;
}

int keyFieldCount(const std::vector<const FieldSpec *> &fields)
{
    int n = 0;
    while (size_t(n) < fields.size() && fields[size_t(n)]->required
        && (fields[size_t(n)]->type == FieldType::Reference
            || fields[size_t(n)]->type == FieldType::Quarter))
        ++n;
    return n;
}

QStringList createStatements(const SqlDialect &dialect)
{
    QStringList all;
    forEachSchema([&](const auto &schema) { all += tableStatements(dialect, schema); });
    return all;
}

QStringList migrationStatements(int from)
{
    switch (from) {
    case 1: // 1 -> 2: milestones and an initiative's risk
        return {
            QStringLiteral("ALTER TABLE initiative ADD COLUMN risk INTEGER NOT NULL DEFAULT 2"),
            QStringLiteral(R"(CREATE TABLE milestone (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                quarter INTEGER NOT NULL,
                description TEXT NOT NULL,
                position INTEGER NOT NULL))"),
        };
    case 2: // 2 -> 3: columns named by the field schema's keys; tags; entries keep their order
        return {
            QStringLiteral("ALTER TABLE goal RENAME COLUMN parent_id TO parent"),
            QStringLiteral("ALTER TABLE system_dependency RENAME TO system_depends_on"),
            QStringLiteral("ALTER TABLE system_depends_on RENAME COLUMN system_id TO owner"),
            QStringLiteral("ALTER TABLE system_depends_on RENAME COLUMN depends_on_id TO value"),
            QStringLiteral("ALTER TABLE resource_capacity RENAME COLUMN resource_id TO resource"),
            QStringLiteral(
                "ALTER TABLE resource_capacity ADD COLUMN position INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE initiative_demand RENAME COLUMN initiative_id TO initiative"),
            QStringLiteral("ALTER TABLE initiative_demand RENAME COLUMN resource_id TO resource"),
            QStringLiteral(
                "ALTER TABLE initiative_demand ADD COLUMN position INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE initiative_goal RENAME COLUMN initiative_id TO initiative"),
            QStringLiteral("ALTER TABLE initiative_goal RENAME COLUMN goal_id TO goal"),
            QStringLiteral(
                "ALTER TABLE initiative_system RENAME COLUMN initiative_id TO initiative"),
            QStringLiteral("ALTER TABLE initiative_system RENAME COLUMN system_id TO system"),
            QStringLiteral(
                "ALTER TABLE initiative_dependency RENAME COLUMN predecessor_id TO predecessor"),
            QStringLiteral(
                "ALTER TABLE initiative_dependency RENAME COLUMN successor_id TO successor"),
            QStringLiteral(R"(CREATE TABLE initiative_tags (
                owner INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                value TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (owner, position)))"),
            QStringLiteral(R"(CREATE TABLE system_tags (
                owner INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                value TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (owner, position)))"),
        };
    case 3: // 3 -> 4: the client's logo and a marking on every page of the report
        return {
            QStringLiteral("ALTER TABLE plan ADD COLUMN logo TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE plan ADD COLUMN marking TEXT NOT NULL DEFAULT ''"),
        };
    case 4: // 4 -> 5: the reference schedule, and what an edit does to the dates
        return {
            QStringLiteral("ALTER TABLE plan ADD COLUMN scheduling TEXT NOT NULL DEFAULT 'replan'"),
            QStringLiteral(R"(CREATE TABLE reference_start (
                initiative INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                start INTEGER NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (initiative, start)))"),
        };
    case 5: // 5 -> 6: scenarios (named sets of overrides) and baselines (frozen schedules)
        return {
            QStringLiteral(R"(CREATE TABLE scenario (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                description TEXT NOT NULL,
                position INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE scenario_override (
                scenario INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                entity TEXT NOT NULL,
                target INTEGER NOT NULL,
                field TEXT NOT NULL,
                change TEXT NOT NULL,
                value TEXT NOT NULL,
                from_quarter INTEGER,
                to_quarter INTEGER,
                position INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE baseline (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                created TEXT NOT NULL,
                scenario TEXT NOT NULL,
                position INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE baseline_initiative (
                baseline INTEGER NOT NULL REFERENCES baseline(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                initiative INTEGER NOT NULL,
                name TEXT NOT NULL,
                start INTEGER,
                finish INTEGER,
                cost INTEGER NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (baseline, initiative)))"),
        };
    case 6: // 6 -> 7: the workshop record and the dot vote
        return {
            QStringLiteral("ALTER TABLE plan ADD COLUMN dots_each INTEGER NOT NULL DEFAULT 5"),
            QStringLiteral(
                "ALTER TABLE plan ADD COLUMN vote_totals TEXT NOT NULL DEFAULT 'hidden'"),
            QStringLiteral(R"(CREATE TABLE workshop (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                started TEXT NOT NULL,
                ended TEXT NOT NULL,
                position INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE workshop_initiative (
                workshop INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                moment TEXT NOT NULL,
                initiative INTEGER NOT NULL,
                name TEXT NOT NULL,
                start INTEGER,
                finish INTEGER,
                value INTEGER NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (workshop, moment, initiative)))"),
            QStringLiteral(R"(CREATE TABLE decision (
                workshop INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                text TEXT NOT NULL,
                noted TEXT NOT NULL,
                position INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE participant (
                name TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (name)))"),
            QStringLiteral(R"(CREATE TABLE vote (
                participant TEXT NOT NULL,
                initiative INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                dots INTEGER NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (participant, initiative)))"),
            QStringLiteral(R"(CREATE TABLE effort (
                initiative INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                effort INTEGER NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (initiative)))"),
        };
    case 7: // 7 -> 8: a scenario's overrides in one row, as lines of text (position first)
        return {
            QStringLiteral("ALTER TABLE scenario_override RENAME TO scenario_override_rows"),
            QStringLiteral(R"(CREATE TABLE scenario_override (
                scenario INTEGER PRIMARY KEY REFERENCES scenario(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                lines TEXT NOT NULL))"),
            // Cells are separated by tabs; \N is none; a backslash, a tab, a line break and a
            // carriage return in text are written \\, \t, \n and \r (PostgreSQL's COPY text).
            QStringLiteral(R"(INSERT INTO scenario_override (scenario, lines)
                SELECT scenario, 'position' || char(9) || 'entity' || char(9) || 'target'
                    || char(9) || 'field' || char(9) || 'change' || char(9) || 'value'
                    || char(9) || 'from_quarter' || char(9) || 'to_quarter'
                    || group_concat(char(10) || position
                        || char(9) || replace(replace(replace(replace(entity, '\', '\\'),
                            char(9), '\t'), char(10), '\n'), char(13), '\r')
                        || char(9) || target
                        || char(9) || replace(replace(replace(replace(field, '\', '\\'),
                            char(9), '\t'), char(10), '\n'), char(13), '\r')
                        || char(9) || replace(replace(replace(replace(change, '\', '\\'),
                            char(9), '\t'), char(10), '\n'), char(13), '\r')
                        || char(9) || replace(replace(replace(replace(value, '\', '\\'),
                            char(9), '\t'), char(10), '\n'), char(13), '\r')
                        || char(9) || ifnull(from_quarter, '\N')
                        || char(9) || ifnull(to_quarter, '\N'), '')
                FROM scenario_override_rows GROUP BY scenario)"),
            QStringLiteral("DROP TABLE scenario_override_rows"),
        };
    default:
        return {};
    }
}

} // namespace Cairn::Schema
