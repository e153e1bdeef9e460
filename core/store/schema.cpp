#include "core/store/schema.h"

namespace Cairn::Schema {

namespace {

QString quoted(const char *name)
{
    return QLatin1Char('"') + QLatin1String(name) + QLatin1Char('"');
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
    default:
        return "plan";
    }
}

// Foreign keys are DEFERRABLE INITIALLY DEFERRED so that rows can be written in any order inside
// the one save transaction (a goal before its parent); they are still checked at COMMIT.
QString references(EntityKind target, bool cascade)
{
    return QStringLiteral(" REFERENCES %1(id)%2 DEFERRABLE INITIALLY DEFERRED")
        .arg(quoted(tableOf(target)), cascade ? QStringLiteral(" ON DELETE CASCADE") : QString());
}

QString columnDeclaration(const FieldSpec &f, bool cascade)
{
    QString type;
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Currency:
    case FieldType::Choice:
    case FieldType::Picture:
        type = QStringLiteral("TEXT NOT NULL");
        break;
    case FieldType::Quarter:
        type = f.required ? QStringLiteral("INTEGER NOT NULL") : QStringLiteral("INTEGER");
        break;
    case FieldType::Reference:
        type = (f.required ? QStringLiteral("INTEGER NOT NULL") : QStringLiteral("INTEGER"))
            + references(f.target, cascade);
        break;
    default:
        type = QStringLiteral("INTEGER NOT NULL");
        break;
    }
    return QStringLiteral("%1 %2").arg(quoted(f.key), type);
}

template<class T> QStringList tableStatements(const EntitySchema<T> &s)
{
    QStringList columns;
    QStringList extra;
    const bool isPlan = s.kind == EntityKind::Plan;
    const bool isEntity = s.nameField >= 0 && !isPlan;
    if (isPlan)
        columns << QStringLiteral("id INTEGER PRIMARY KEY CHECK (id = 1)");
    else if (isEntity)
        columns << QStringLiteral("id INTEGER PRIMARY KEY");
    std::vector<const FieldSpec *> specs;
    for (const Field<T> &f : s.fields)
        specs.push_back(&f);
    for (const FieldSpec *f : specs) {
        if (isColumn(*f)) {
            columns << columnDeclaration(*f, !isEntity);
        } else if (f->type == FieldType::References || f->type == FieldType::Tags) {
            const QString value = f->type == FieldType::Tags
                ? QStringLiteral("TEXT NOT NULL")
                : QStringLiteral("INTEGER NOT NULL") + references(f->target, true);
            extra << QStringLiteral("CREATE TABLE %1 (owner INTEGER NOT NULL%2, value %3, "
                                    "position INTEGER NOT NULL, PRIMARY KEY (owner, position))")
                         .arg(listTable(s.key, *f), references(s.kind, true), value);
        }
    }
    if (isPlan) {
        columns << QStringLiteral("next_id INTEGER NOT NULL");
    } else {
        columns << QStringLiteral("position INTEGER NOT NULL");
        QStringList key;
        for (int i = 0; !isEntity && i < keyFieldCountOf(s); ++i)
            key << quoted(specs[size_t(i)]->key);
        if (!key.isEmpty())
            columns << QStringLiteral("PRIMARY KEY (%1)").arg(key.join(QStringLiteral(", ")));
    }
    return QStringList {QStringLiteral("CREATE TABLE %1 (%2)")
                            .arg(quoted(s.key), columns.join(QStringLiteral(", ")))}
    + extra;
}

} // namespace

QString listTable(const char *entityKey, const FieldSpec &field)
{
    return QStringLiteral("\"%1_%2\"").arg(QLatin1String(entityKey), QLatin1String(field.key));
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

QStringList createStatements()
{
    QStringList all;
    forEachSchema([&all](const auto &schema) { all += tableStatements(schema); });
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
    default:
        return {};
    }
}

} // namespace Cairn::Schema
