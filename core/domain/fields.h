#pragma once

#include "core/domain/plan.h"

#include <QVariant>

#include <functional>
#include <vector>

namespace Cairn {

// ---- the field schema ------------------------------------------------------------------------
// One description per entity: every field's stable key (the CSV header, JSON key and SQL column),
// its translated label, its type, range and choices. Table models, editors, the validator, plan
// files, JSON and spreadsheets all read it; nothing else spells a field out again.

enum class FieldType {
    Text, // one line
    LongText, // several lines (descriptions, notes)
    Integer, // a whole number in [minimum, maximum]
    Money, // minor units of the plan's currency, in [minimum, maximum]
    Amount, // of a resource: money for a budget, hundredths of an FTE for a team or partner
    Quarter, // optional unless required
    Choice, // one value of a closed set (choices)
    Reference, // another entity's id (target), optional unless required
    References, // other entities' ids, in order
    Tags, // free labels
    Picture, // a PNG or SVG picture as a data: URL (a client's logo), kept as text
    Currency, // an ISO 4217 code
    Details, // entries kept in a table of their own (capacities, demand): no cell anywhere
};

// Where a field appears in the table editors (the inspector shows every column).
enum class ColumnUse {
    Shown, // a column
    Hidden, // a column the user can show from the header's menu
    None, // not a table column
};

// The range of amounts of money and of resources: large enough for any real plan, small enough
// that sums over 10,000 initiatives and 80 quarters never overflow.
inline constexpr qint64 kMaxAmount = 10'000'000'000'000; // 100 billion in major units

// The most characters of a one-line text (a name, a vendor, a plan's client): more than any real
// name, few enough that every chart, table and page can show it. Names are drawn everywhere; a
// damaged plan with a 400,000-letter resource name grew a report past 13 GB.
inline constexpr qsizetype kMaxLineLength = 1000;

struct FieldSpec {
    const char *key = "";
    const char *label = ""; // translated in context "Cairn::Field"
    FieldType type = FieldType::Text;
    qint64 minimum = 0;
    qint64 maximum = 0;
    bool required = false; // a row must give it: a name, a milestone's quarter, a link's ends
    ColumnUse column = ColumnUse::Shown;
    const char *unit = nullptr; // an editor's suffix, translated in "Cairn::Field": " q", " %"
    QStringList aliases
        = {}; // other column names in spreadsheets (English, German, French, Spanish)
    const ChoiceTable *choices = nullptr; // Choice (set from the member's enum)
    EntityKind target = EntityKind::Plan; // Reference(s) (set from the member's id type)
    quint64 bit = 0; // PlanChange::fields bit (set by the schema)

    QString keyText() const { return QString::fromLatin1(key); }
    QString labelText() const; // translated
    QString unitText() const; // translated, or empty
    bool isNumeric() const
    {
        return type == FieldType::Integer || type == FieldType::Money || type == FieldType::Amount;
    }
    // Whether a number is allowed in a numeric field (rangeProblem names why not).
    bool inRange(qint64 n) const { return n >= minimum && n <= maximum; }
    // An empty cell clears it (text, quarters, references, tags); for numbers and choices an
    // empty cell leaves the value as it is.
    bool emptyClears() const;
};

// A field of an entity of type T: its description and how to read and write it. Values travel as
// QVariant: QString (text, currency), qlonglong (integers, money, amounts, ids), the quarter's
// ordinal as int (null: none), the choice's index as int, QList<qlonglong> (references),
// QStringList (tags); a null QVariant is "not set".
template<class T> struct Field : FieldSpec {
    std::function<QVariant(const T &)> get;
    std::function<void(T &, const QVariant &)> set;
    std::function<bool(const T &, const T &)> same;
};

// A row with an id of its own (an entity: a goal, an initiative, a scenario, a workshop): it is
// stored, read, written and imported by that id, and other rows refer to it by it. Decided once,
// from the type, for files, servers, spreadsheets and JSON alike; every other row is keyed by its
// leading fields or by its order.
template<class T>
inline constexpr bool hasOwnId = !std::is_same_v<T, PlanInfo> && requires(const T &row)
{
    row.id.value;
};

template<class T> struct EntitySchema {
    EntityKind kind = EntityKind::Plan;
    const char *key = ""; // one row's name and the SQL table: "initiative"
    const char *plural = ""; // the CSV file and JSON array: "initiatives"
    const char *title = ""; // translated in "Cairn::Field": "Initiatives"
    std::vector<Field<T>> fields;
    int nameField = -1; // the field that names a row for people (and that other rows show)
    bool ownId = hasOwnId<T>; // an entity: a row with an id of its own (see hasOwnId)
    // Rows of a row table are identified by so many leading fields (its primary key); -1: by its
    // leading required references and quarters; 0: by nothing but their order.
    int keyFields = -1;
    // Rows that belong to their first field (a reference) and are only ever written all
    // together: a plan file keeps them as one row per owner, the rows as lines of text (far fewer
    // rows to write and read); a plan server keeps them row by row.
    bool packedInFiles = false;

    const Field<T> *field(QStringView wanted) const
    {
        for (const Field<T> &f : fields)
            if (QLatin1String(f.key) == wanted)
                return &f;
        return nullptr;
    }
    int indexOf(QStringView wanted) const
    {
        for (size_t i = 0; i < fields.size(); ++i)
            if (QLatin1String(fields[i].key) == wanted)
                return int(i);
        return -1;
    }
    QString titleText() const;
};

// Rows of the per-quarter capacity and per-quarter demand tables (Resource::capacities and
// Initiative::demand as files and spreadsheets hold them).
struct CapacityEntry {
    ResourceId resource;
    Quarter quarter;
    qint64 capacity = 0;
    bool operator==(const CapacityEntry &) const = default;
};
struct DemandEntry {
    InitiativeId initiative;
    ResourceId resource;
    qint64 amount = 0;
    bool operator==(const DemandEntry &) const = default;
};

template<class T> const EntitySchema<T> &schemaOf();
template<> const EntitySchema<PlanInfo> &schemaOf<PlanInfo>();
template<> const EntitySchema<Goal> &schemaOf<Goal>();
template<> const EntitySchema<System> &schemaOf<System>();
template<> const EntitySchema<Resource> &schemaOf<Resource>();
template<> const EntitySchema<Initiative> &schemaOf<Initiative>();
template<> const EntitySchema<Milestone> &schemaOf<Milestone>();
template<> const EntitySchema<GoalContribution> &schemaOf<GoalContribution>();
template<> const EntitySchema<SystemImpact> &schemaOf<SystemImpact>();
template<> const EntitySchema<Dependency> &schemaOf<Dependency>();
template<> const EntitySchema<CapacityEntry> &schemaOf<CapacityEntry>();
template<> const EntitySchema<DemandEntry> &schemaOf<DemandEntry>();
template<> const EntitySchema<ReferenceStart> &schemaOf<ReferenceStart>();
template<> const EntitySchema<Scenario> &schemaOf<Scenario>();
template<> const EntitySchema<ScenarioOverride> &schemaOf<ScenarioOverride>();
template<> const EntitySchema<Baseline> &schemaOf<Baseline>();
template<> const EntitySchema<BaselineEntry> &schemaOf<BaselineEntry>();
template<> const EntitySchema<WorkshopSession> &schemaOf<WorkshopSession>();
template<> const EntitySchema<WorkshopEntry> &schemaOf<WorkshopEntry>();
template<> const EntitySchema<Decision> &schemaOf<Decision>();
template<> const EntitySchema<Participant> &schemaOf<Participant>();
template<> const EntitySchema<Vote> &schemaOf<Vote>();
template<> const EntitySchema<EffortEntry> &schemaOf<EffortEntry>();

// Calls f(schemaOf<T>()) for every table of a plan, in the order a file or an import needs them
// (what is referred to before what refers to it).
template<class F> void forEachSchema(F &&f)
{
    f(schemaOf<PlanInfo>());
    f(schemaOf<Resource>());
    f(schemaOf<Goal>());
    f(schemaOf<System>());
    f(schemaOf<Initiative>());
    f(schemaOf<Milestone>());
    f(schemaOf<CapacityEntry>());
    f(schemaOf<DemandEntry>());
    f(schemaOf<GoalContribution>());
    f(schemaOf<SystemImpact>());
    f(schemaOf<Dependency>());
    f(schemaOf<ReferenceStart>());
    f(schemaOf<Scenario>());
    f(schemaOf<ScenarioOverride>());
    f(schemaOf<Baseline>());
    f(schemaOf<BaselineEntry>());
    f(schemaOf<WorkshopSession>());
    f(schemaOf<WorkshopEntry>());
    f(schemaOf<Decision>());
    f(schemaOf<Participant>());
    f(schemaOf<Vote>());
    f(schemaOf<EffortEntry>());
}

// The fields whose values differ between two versions of an entity, as PlanChange bits.
template<class T> quint64 changedFields(const T &a, const T &b)
{
    quint64 bits = 0;
    for (const Field<T> &f : schemaOf<T>().fields)
        if (!f.same(a, b))
            bits |= f.bit;
    return bits;
}

// The bit of a field by key (0 when there is none).
template<class T> quint64 fieldBit(QStringView key)
{
    const Field<T> *f = schemaOf<T>().field(key);
    return f ? f->bit : 0;
}

// The table of entries (capacities, demand) and the maps they come from.
std::vector<CapacityEntry> capacityEntries(const PlanContent &plan);
std::vector<DemandEntry> demandEntries(const PlanContent &plan);

// Every entity's kind and name by id (ids are unique across kinds): constant-time lookups for
// work over whole tables.
using NameIndex = QHash<qint64, std::pair<EntityKind, QString>>;
NameIndex nameIndex(const PlanContent &plan);

// The name people know an entity by (empty when there is none with that id).
QString entityName(const PlanContent &plan, EntityKind kind, qint64 id);
// Whether the plan holds an entity of that kind with that id.
bool entityExists(const PlanContent &plan, EntityKind kind, qint64 id);
// The ids of the entities of a kind called `name` (trimmed, case-insensitive).
QList<qint64> entitiesNamed(const PlanContent &plan, EntityKind kind, const QString &name);

} // namespace Cairn
