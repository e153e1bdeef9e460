#include "core/domain/fields.h"

#include <QCoreApplication>

#include <limits>
#include <type_traits>

namespace Cairn {

QString FieldSpec::labelText() const
{
    return QCoreApplication::translate("Cairn::Field", label);
}

QString FieldSpec::unitText() const
{
    return unit ? QCoreApplication::translate("Cairn::Field", unit) : QString();
}

bool FieldSpec::emptyClears() const
{
    switch (type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Quarter:
    case FieldType::Reference:
    case FieldType::References:
    case FieldType::Tags:
    case FieldType::Picture:
        return !required;
    default:
        return false;
    }
}

template<class T> QString EntitySchema<T>::titleText() const
{
    return QCoreApplication::translate("Cairn::Field", title);
}

namespace {

template<class Tag> constexpr EntityKind kindOfId()
{
    if constexpr (std::is_same_v<Tag, GoalTag>)
        return EntityKind::Goal;
    else if constexpr (std::is_same_v<Tag, SystemTag>)
        return EntityKind::System;
    else if constexpr (std::is_same_v<Tag, InitiativeTag>)
        return EntityKind::Initiative;
    else if constexpr (std::is_same_v<Tag, ResourceTag>)
        return EntityKind::Resource;
    else if constexpr (std::is_same_v<Tag, ScenarioTag>)
        return EntityKind::Scenario;
    else if constexpr (std::is_same_v<Tag, BaselineTag>)
        return EntityKind::Baseline;
    else if constexpr (std::is_same_v<Tag, WorkshopTag>)
        return EntityKind::Workshop;
    else
        return EntityKind::Milestone;
}

template<class> struct IdTag {
};
template<class Tag> struct IdTag<Id<Tag>> {
    using type = Tag;
};

template<class M> QVariant toValue(const M &m)
{
    if constexpr (std::is_same_v<M, QString> || std::is_same_v<M, QStringList>)
        return QVariant(m);
    else if constexpr (std::is_same_v<M, int> || std::is_same_v<M, qint64>)
        return QVariant(qlonglong(m));
    else if constexpr (std::is_same_v<M, Money>)
        return QVariant(qlonglong(m.minorUnits()));
    else if constexpr (std::is_same_v<M, Quarter>)
        return QVariant(m.ordinal());
    else if constexpr (std::is_same_v<M, std::optional<Quarter>>)
        return m ? QVariant(m->ordinal()) : QVariant();
    else if constexpr (std::is_same_v<M, Currency>)
        return QVariant(m.code);
    else if constexpr (std::is_enum_v<M>)
        return QVariant(int(m));
    else if constexpr (requires {
                           m.value;
                           m.isValid();
                       })
        return QVariant(qlonglong(m.value));
    else if constexpr (requires { m->value; })
        return m ? QVariant(qlonglong(m->value)) : QVariant();
    else if constexpr (requires { m.first().value; }) {
        QList<qlonglong> ids;
        for (const auto &id : m)
            ids << id.value;
        return QVariant::fromValue(ids);
    } else
        return QVariant(); // details: kept in a table of their own
}

template<class M> void fromValue(M &m, const QVariant &v)
{
    if constexpr (std::is_same_v<M, QString>)
        m = v.toString();
    else if constexpr (std::is_same_v<M, QStringList>)
        m = v.toStringList();
    else if constexpr (std::is_same_v<M, int>)
        m = int(v.toLongLong());
    else if constexpr (std::is_same_v<M, qint64>)
        m = v.toLongLong();
    else if constexpr (std::is_same_v<M, Money>)
        m = Money(v.toLongLong());
    else if constexpr (std::is_same_v<M, Quarter>)
        m = Quarter::fromOrdinal(v.toInt());
    else if constexpr (std::is_same_v<M, std::optional<Quarter>>)
        m = v.isNull() ? std::nullopt : std::optional(Quarter::fromOrdinal(v.toInt()));
    else if constexpr (std::is_same_v<M, Currency>)
        m.code = v.toString();
    else if constexpr (std::is_enum_v<M>)
        m = static_cast<M>(v.toInt());
    else if constexpr (requires {
                           m.value;
                           m.isValid();
                       })
        m.value = v.toLongLong();
    else if constexpr (requires { m->value; }) {
        if (v.isNull() || v.toLongLong() <= 0)
            m.reset();
        else
            m = typename M::value_type {v.toLongLong()};
    } else if constexpr (requires { m.first().value; }) {
        m.clear();
        for (qlonglong id : v.value<QList<qlonglong>>())
            m.append(typename M::value_type {id});
    }
}

// A field from a member: how to get, set and compare it follows from the member's type; choices
// and reference targets too.
template<class T, class M> Field<T> field(M T::*member, FieldSpec spec)
{
    if constexpr (std::is_enum_v<M>)
        spec.choices = &choiceTable<M>();
    if constexpr (requires { typename IdTag<M>::type; })
        spec.target = kindOfId<typename IdTag<M>::type>();
    if constexpr (requires { typename IdTag<typename M::value_type>::type; })
        spec.target = kindOfId<typename IdTag<typename M::value_type>::type>();
    Field<T> f;
    static_cast<FieldSpec &>(f) = std::move(spec);
    f.get = [member](const T &t) { return toValue(t.*member); };
    f.set = [member](T &t, const QVariant &v) { fromValue(t.*member, v); };
    f.same = [member](const T &a, const T &b) { return a.*member == b.*member; };
    return f;
}

template<class T>
EntitySchema<T> schema(EntityKind kind, const char *key, const char *plural, const char *title,
    std::vector<Field<T>> fields, int nameField = 0)
{
    EntitySchema<T> s;
    s.kind = kind;
    s.key = key;
    s.plural = plural;
    s.title = title;
    s.fields = std::move(fields);
    s.nameField = nameField;
    for (size_t i = 0; i < s.fields.size(); ++i)
        s.fields[i].bit = quint64(1) << i;
    return s;
}

using FT = FieldType;
using Col = ColumnUse;

// Words spreadsheets use for the name of a row, in the four languages.
QStringList nameAliases(std::initializer_list<const char *> more)
{
    QStringList a = {QStringLiteral("title"), QStringLiteral("titel"),
        QStringLiteral("bezeichnung"), QStringLiteral("nom"), QStringLiteral("titre"),
        QStringLiteral("nombre"), QStringLiteral("título"), QStringLiteral("titulo")};
    for (const char *m : more)
        a << QString::fromUtf8(m);
    return a;
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList a;
    for (const char *m : list)
        a << QString::fromUtf8(m);
    return a;
}

// The initiative as a snapshot row (a baseline's, a workshop's) recorded it: its id, its name then
// and the quarters it ran in, spelled once for every kind of snapshot.
template<class T> void addInitiativeSnapshot(std::vector<Field<T>> &fields)
{
    fields.push_back(field(&T::initiative,
        {.key = "initiative",
            .label = QT_TRANSLATE_NOOP("Cairn::Field", "Initiative id"),
            .type = FT::Integer,
            .minimum = 1,
            .maximum = std::numeric_limits<qint64>::max(),
            .required = true}));
    fields.push_back(field(&T::name,
        {.key = "name",
            .label = QT_TRANSLATE_NOOP("Cairn::Field", "Initiative"),
            .aliases = words({"project", "vorhaben", "projet", "iniciativa"})}));
    fields.push_back(field(&T::start,
        {.key = "start",
            .label = QT_TRANSLATE_NOOP("Cairn::Field", "Start"),
            .type = FT::Quarter,
            .aliases = words({"beginn", "début", "inicio"})}));
    fields.push_back(field(&T::finish,
        {.key = "finish",
            .label = QT_TRANSLATE_NOOP("Cairn::Field", "Finish"),
            .type = FT::Quarter,
            .aliases = words({"ende", "fin"})}));
}

} // namespace

template<> const EntitySchema<PlanInfo> &schemaOf<PlanInfo>()
{
    static const EntitySchema<PlanInfo> s = schema<PlanInfo>(EntityKind::Plan, "plan", "plan",
        QT_TRANSLATE_NOOP("Cairn::Field", "Plan settings"),
        {
            field(&PlanInfo::name,
                {.key = "name",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Plan name"),
                    .aliases = words({"title", "titel", "nom", "nombre", "plan"})}),
            field(&PlanInfo::organisation,
                {.key = "organisation",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Organisation"),
                    .aliases = words({"organization", "client", "company", "kunde", "firma",
                        "organisation", "entreprise", "cliente", "empresa", "organización"})}),
            field(&PlanInfo::logo,
                {.key = "logo",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Logo"),
                    .type = FT::Picture,
                    .column = ColumnUse::None,
                    .aliases = words({"client logo", "firmenlogo", "logotipo"})}),
            field(&PlanInfo::author,
                {.key = "author",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Author"),
                    .aliases = words({"autor", "auteur", "prepared by"})}),
            field(&PlanInfo::marking,
                {.key = "marking",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Marking on every page"),
                    .aliases = words({"confidentiality", "classification", "vertraulichkeit",
                        "einstufung", "confidentialité", "confidencialidad"})}),
            field(&PlanInfo::currency,
                {.key = "currency",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Currency"),
                    .type = FT::Currency,
                    .aliases = words({"währung", "devise", "moneda"})}),
            field(&PlanInfo::fiscalYearStartMonth,
                {.key = "fiscal_year_start_month",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Fiscal year starts in month"),
                    .type = FT::Integer,
                    .minimum = 1,
                    .maximum = 12,
                    .aliases = words({"fiscal year start", "geschäftsjahresbeginn"})}),
            field(&PlanInfo::firstQuarter,
                {.key = "first_quarter",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "First quarter"),
                    .type = FT::Quarter,
                    .required = true,
                    .aliases
                    = words({"start", "erstes quartal", "premier trimestre", "primer trimestre"})}),
            field(&PlanInfo::horizon,
                {.key = "horizon",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Horizon"),
                    .type = FT::Integer,
                    .minimum = 1,
                    .maximum = 80,
                    .unit = QT_TRANSLATE_NOOP("Cairn::Field", " quarters"),
                    .aliases = words({"quarters", "horizont", "horizonte"})}),
            field(&PlanInfo::notes,
                {.key = "notes",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Notes"),
                    .type = FT::LongText,
                    .aliases = words({"notizen", "bemerkungen", "remarques", "notas"})}),
            field(&PlanInfo::scheduling,
                {.key = "scheduling",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "After a change"),
                    .type = FT::Choice,
                    .aliases = words({"scheduling mode", "re-planning", "replanning", "planung",
                        "planification", "planificación"})}),
            field(&PlanInfo::dots,
                {.key = "dots_each",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Dots per participant"),
                    .type = FT::Integer,
                    .minimum = 1,
                    .maximum = 50,
                    .aliases = words({"dots per participant", "punkte", "gommettes", "puntos"})}),
            field(&PlanInfo::votes,
                {.key = "vote_totals",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Vote totals"),
                    .type = FT::Choice,
                    .aliases = words({"reveal", "stimmen", "totaux des votes", "totales"})}),
        });
    return s;
}

template<> const EntitySchema<Goal> &schemaOf<Goal>()
{
    static const EntitySchema<Goal> s = schema<Goal>(EntityKind::Goal, "goal", "goals",
        QT_TRANSLATE_NOOP("Cairn::Field", "Goals"),
        {
            field(&Goal::name,
                {.key = "name",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Goal"),
                    .required = true,
                    .aliases
                    = nameAliases({"goal", "objective", "ziel", "objectif", "objetivo", "meta"})}),
            field(&Goal::description,
                {.key = "description",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Description"),
                    .type = FT::LongText,
                    .column = Col::Hidden,
                    .aliases = words({"beschreibung", "descripción", "descripcion", "details"})}),
            field(&Goal::weight,
                {.key = "weight",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Weight"),
                    .type = FT::Integer,
                    .minimum = 1,
                    .maximum = 5,
                    .aliases = words({"priority", "gewicht", "priorität", "poids", "priorité",
                        "peso", "prioridad"})}),
            field(&Goal::owner,
                {.key = "owner",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Owner"),
                    .aliases = words(
                        {"verantwortlich", "eigentümer", "responsable", "propriétaire", "dueño"})}),
            field(&Goal::targetQuarter,
                {.key = "target_quarter",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Target"),
                    .type = FT::Quarter,
                    .aliases = words({"target", "due", "zielquartal", "ziel quartal",
                        "trimestre cible", "trimestre objetivo"})}),
            field(&Goal::kpi,
                {.key = "kpi",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "KPI"),
                    .aliases = words({"measure", "kennzahl", "indicateur", "indicador"})}),
            field(&Goal::parent,
                {.key = "parent",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Part of"),
                    .type = FT::Reference,
                    .aliases = words({"parent goal", "übergeordnet", "übergeordnetes ziel",
                        "parent", "objectif parent", "objetivo padre"})}),
        });
    return s;
}

template<> const EntitySchema<System> &schemaOf<System>()
{
    static const EntitySchema<System> s = schema<System>(EntityKind::System, "system", "systems",
        QT_TRANSLATE_NOOP("Cairn::Field", "Systems"),
        {
            field(&System::name,
                {.key = "name",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "System"),
                    .required = true,
                    .aliases = nameAliases({"system", "application", "anwendung", "système",
                        "sistema", "aplicación"})}),
            field(&System::category,
                {.key = "category",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Category"),
                    .aliases = words({"kategorie", "catégorie", "categoría", "type"})}),
            field(&System::vendor,
                {.key = "vendor",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Vendor"),
                    .aliases = words({"supplier", "manufacturer", "hersteller", "anbieter",
                        "éditeur", "fournisseur", "fabricante", "proveedor"})}),
            field(&System::owner,
                {.key = "owner",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Owner"),
                    .aliases = words({"verantwortlich", "responsable", "propriétaire"})}),
            field(&System::criticality,
                {.key = "criticality",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Criticality"),
                    .type = FT::Integer,
                    .minimum = 1,
                    .maximum = 5,
                    .aliases = words({"business criticality", "kritikalität", "kritikalitaet",
                        "criticité", "criticidad"})}),
            field(&System::condition,
                {.key = "condition",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Condition"),
                    .type = FT::Integer,
                    .minimum = 1,
                    .maximum = 5,
                    .aliases
                    = words({"technical condition", "zustand", "état", "estado técnico"})}),
            field(&System::annualRunCost,
                {.key = "annual_run_cost",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Run cost / year"),
                    .type = FT::Money,
                    .maximum = kMaxAmount,
                    .aliases = words({"run cost", "annual cost", "running cost", "betriebskosten",
                        "jährliche kosten", "coût annuel", "coût de fonctionnement", "coste anual",
                        "costo anual"})}),
            field(&System::lifecycle,
                {.key = "lifecycle",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Lifecycle"),
                    .type = FT::Choice,
                    .aliases = words({"lifecycle phase", "phase", "lebenszyklus", "cycle de vie",
                        "ciclo de vida"})}),
            field(&System::disposition,
                {.key = "disposition",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "TIME"),
                    .type = FT::Choice,
                    .aliases = words({"time disposition", "time"})}),
            field(&System::endOfSupport,
                {.key = "end_of_support",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "End of support"),
                    .type = FT::Quarter,
                    .aliases = words({"eos", "support ends", "end of life", "eol", "supportende",
                        "support ende", "fin du support", "fin de support", "fin del soporte",
                        "fin de soporte"})}),
            field(&System::dependsOn,
                {.key = "depends_on",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Runs on"),
                    .type = FT::References,
                    .column = Col::Hidden,
                    .aliases = words({"depends on", "runs on", "abhängig von", "läuft auf",
                        "dépend de", "depende de"})}),
            field(&System::tags,
                {.key = "tags",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Tags"),
                    .type = FT::Tags,
                    .aliases = words({"labels", "tag", "schlagworte", "étiquettes", "etiquetas"})}),
        });
    return s;
}

template<> const EntitySchema<Resource> &schemaOf<Resource>()
{
    static const EntitySchema<Resource> s = schema<Resource>(EntityKind::Resource, "resource",
        "resources", QT_TRANSLATE_NOOP("Cairn::Field", "Resources"),
        {
            field(&Resource::name,
                {.key = "name",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Resource"),
                    .required = true,
                    .aliases = nameAliases({"resource", "team", "ressource", "recurso"})}),
            field(&Resource::kind,
                {.key = "kind",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Kind"),
                    .type = FT::Choice,
                    .aliases = words({"type", "art", "typ", "tipo"})}),
            field(&Resource::defaultCapacity,
                {.key = "default_capacity",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Capacity / quarter"),
                    .type = FT::Amount,
                    .maximum = kMaxAmount,
                    .aliases = words({"capacity", "kapazität", "capacité", "capacidad"})}),
            field(&Resource::capacities,
                {.key = "capacities",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Capacity per quarter"),
                    .type = FT::Details,
                    .column = Col::None}),
            field(&Resource::notes,
                {.key = "notes",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Notes"),
                    .type = FT::LongText,
                    .aliases = words({"notizen", "remarques", "notas", "description"})}),
        });
    return s;
}

template<> const EntitySchema<Initiative> &schemaOf<Initiative>()
{
    static const EntitySchema<Initiative> s = schema<Initiative>(EntityKind::Initiative,
        "initiative", "initiatives", QT_TRANSLATE_NOOP("Cairn::Field", "Initiatives"),
        {
            field(&Initiative::name,
                {.key = "name",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Initiative"),
                    .required = true,
                    .aliases = nameAliases({"initiative", "project", "vorhaben", "projekt",
                        "maßnahme", "initiative", "projet", "iniciativa", "proyecto"})}),
            field(&Initiative::description,
                {.key = "description",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Description"),
                    .type = FT::LongText,
                    .column = Col::Hidden,
                    .aliases = words({"beschreibung", "descripción", "descripcion", "details"})}),
            field(&Initiative::kind,
                {.key = "kind",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Kind"),
                    .type = FT::Choice,
                    .aliases
                    = words({"type", "art", "typ", "tipo", "category", "run grow transform"})}),
            field(&Initiative::status,
                {.key = "status",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Status"),
                    .type = FT::Choice,
                    .aliases = words({"state", "zustand", "statut", "état", "estado"})}),
            field(&Initiative::duration,
                {.key = "duration",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Quarters"),
                    .type = FT::Integer,
                    .minimum = 0,
                    .maximum = 40,
                    .unit = QT_TRANSLATE_NOOP("Cairn::Field", " q"),
                    .aliases = words({"duration quarters", "duration (quarters)", "length", "dauer",
                        "laufzeit", "quartale", "durée", "trimestres", "duración"})}),
            field(&Initiative::cost,
                {.key = "cost",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Cost"),
                    .type = FT::Money,
                    .maximum = kMaxAmount,
                    .aliases = words({"one off cost", "one-off cost", "budget", "costs", "kosten",
                        "einmalkosten", "coût", "cout", "coûts", "coste", "costo"})}),
            field(&Initiative::demand,
                {.key = "demand",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Demand per quarter"),
                    .type = FT::Details,
                    .column = Col::None}),
            field(&Initiative::earliestStart,
                {.key = "earliest_start",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Earliest start"),
                    .type = FT::Quarter,
                    .column = Col::Hidden,
                    .aliases = words({"start", "earliest", "not before", "frühester beginn",
                        "frühester start", "beginn", "début au plus tôt", "début",
                        "inicio más temprano", "inicio"})}),
            field(&Initiative::deadline,
                {.key = "deadline",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Deadline"),
                    .type = FT::Quarter,
                    .column = Col::Hidden,
                    .aliases = words({"due", "due by", "frist", "termin", "fällig", "échéance",
                        "date limite", "plazo", "fecha límite"})}),
            field(&Initiative::pin,
                {.key = "pin",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Pinned to"),
                    .type = FT::Quarter,
                    .aliases = words(
                        {"pinned", "fixed start", "fixiert", "festgelegt", "épinglé", "fijado"})}),
            field(&Initiative::value,
                {.key = "value",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Value"),
                    .type = FT::Integer,
                    .minimum = 0,
                    .maximum = 100,
                    .aliases = words({"value score", "benefit", "wert", "nutzen", "valeur",
                        "bénéfice", "valor", "beneficio"})}),
            field(&Initiative::confidence,
                {.key = "confidence",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Confidence %"),
                    .type = FT::Integer,
                    .minimum = 0,
                    .maximum = 100,
                    .column = Col::Hidden,
                    .unit = QT_TRANSLATE_NOOP("Cairn::Field", " %"),
                    .aliases = words({"confidence", "certainty", "sicherheit", "konfidenz",
                        "zuversicht", "confiance", "certitude", "confianza", "certeza"})}),
            field(&Initiative::risk,
                {.key = "risk",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Risk"),
                    .type = FT::Integer,
                    .minimum = 1,
                    .maximum = 5,
                    .column = Col::Hidden,
                    .aliases = words({"risiko", "risque", "riesgo"})}),
            field(&Initiative::tags,
                {.key = "tags",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Tags"),
                    .type = FT::Tags,
                    .aliases = words({"labels", "tag", "schlagworte", "étiquettes", "etiquetas"})}),
        });
    return s;
}

template<> const EntitySchema<Milestone> &schemaOf<Milestone>()
{
    static const EntitySchema<Milestone> s = schema<Milestone>(EntityKind::Milestone, "milestone",
        "milestones", QT_TRANSLATE_NOOP("Cairn::Field", "Milestones"),
        {
            field(&Milestone::name,
                {.key = "name",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Milestone"),
                    .required = true,
                    .aliases
                    = nameAliases({"milestone", "event", "meilenstein", "jalon", "hito"})}),
            field(&Milestone::quarter,
                {.key = "quarter",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Quarter"),
                    .type = FT::Quarter,
                    .required = true,
                    .aliases = words({"when", "date", "quartal", "trimestre"})}),
            field(&Milestone::description,
                {.key = "description",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Description"),
                    .type = FT::LongText,
                    .aliases = words({"beschreibung", "descripción", "descripcion"})}),
        });
    return s;
}

template<> const EntitySchema<CapacityEntry> &schemaOf<CapacityEntry>()
{
    static const EntitySchema<CapacityEntry> s
        = schema<CapacityEntry>(EntityKind::Resource, "resource_capacity", "resource_capacities",
            QT_TRANSLATE_NOOP("Cairn::Field", "Capacity per quarter"),
            {
                field(&CapacityEntry::resource,
                    {.key = "resource",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Resource"),
                        .type = FT::Reference,
                        .required = true,
                        .aliases = words({"team", "ressource", "recurso"})}),
                field(&CapacityEntry::quarter,
                    {.key = "quarter",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Quarter"),
                        .type = FT::Quarter,
                        .required = true,
                        .aliases = words({"quartal", "trimestre"})}),
                field(&CapacityEntry::capacity,
                    {.key = "capacity",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Capacity"),
                        .type = FT::Amount,
                        .maximum = kMaxAmount,
                        .required = true,
                        .aliases = words({"kapazität", "capacité", "capacidad"})}),
            },
            -1);
    return s;
}

template<> const EntitySchema<DemandEntry> &schemaOf<DemandEntry>()
{
    static const EntitySchema<DemandEntry> s = schema<DemandEntry>(EntityKind::Initiative,
        "initiative_demand", "demands", QT_TRANSLATE_NOOP("Cairn::Field", "Demand per quarter"),
        {
            field(&DemandEntry::initiative,
                {.key = "initiative",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Initiative"),
                    .type = FT::Reference,
                    .required = true,
                    .aliases = words({"project", "vorhaben", "projet", "iniciativa"})}),
            field(&DemandEntry::resource,
                {.key = "resource",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Resource"),
                    .type = FT::Reference,
                    .required = true,
                    .aliases = words({"team", "ressource", "recurso"})}),
            field(&DemandEntry::amount,
                {.key = "amount",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Amount"),
                    .type = FT::Amount,
                    .maximum = kMaxAmount,
                    .required = true,
                    .aliases = words({"demand", "fte", "bedarf", "menge", "besoin", "montant",
                        "demanda", "cantidad"})}),
        },
        -1);
    return s;
}

template<> const EntitySchema<GoalContribution> &schemaOf<GoalContribution>()
{
    static const EntitySchema<GoalContribution> s = schema<GoalContribution>(
        EntityKind::GoalContribution, "initiative_goal", "goal_contributions",
        QT_TRANSLATE_NOOP("Cairn::Field", "Goal contributions"),
        {
            field(&GoalContribution::initiative,
                {.key = "initiative",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Initiative"),
                    .type = FT::Reference,
                    .required = true,
                    .aliases = words({"project", "vorhaben", "projet", "iniciativa"})}),
            field(&GoalContribution::goal,
                {.key = "goal",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Goal"),
                    .type = FT::Reference,
                    .required = true,
                    .aliases = words({"supports", "ziel", "objectif", "objetivo"})}),
            field(&GoalContribution::strength,
                {.key = "strength",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Contribution"),
                    .type = FT::Integer,
                    .minimum = 1,
                    .maximum = 5,
                    .aliases = words(
                        {"contribution", "beitrag", "stärke", "force", "contribución", "fuerza"})}),
        },
        -1);
    return s;
}

template<> const EntitySchema<SystemImpact> &schemaOf<SystemImpact>()
{
    static const EntitySchema<SystemImpact> s = schema<SystemImpact>(EntityKind::SystemImpact,
        "initiative_system", "system_impacts", QT_TRANSLATE_NOOP("Cairn::Field", "System impacts"),
        {
            field(&SystemImpact::initiative,
                {.key = "initiative",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Initiative"),
                    .type = FT::Reference,
                    .required = true,
                    .aliases = words({"project", "vorhaben", "projet", "iniciativa"})}),
            field(&SystemImpact::system,
                {.key = "system",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "System"),
                    .type = FT::Reference,
                    .required = true,
                    .aliases = words({"affects", "system", "système", "sistema"})}),
            field(&SystemImpact::effect,
                {.key = "effect",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Effect"),
                    .type = FT::Choice,
                    .aliases = words({"impact", "wirkung", "auswirkung", "effet", "efecto"})}),
        },
        -1);
    return s;
}

template<> const EntitySchema<Dependency> &schemaOf<Dependency>()
{
    static const EntitySchema<Dependency> s = schema<Dependency>(EntityKind::Dependency,
        "initiative_dependency", "dependencies", QT_TRANSLATE_NOOP("Cairn::Field", "Dependencies"),
        {
            field(&Dependency::predecessor,
                {.key = "predecessor",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Depends on"),
                    .type = FT::Reference,
                    .required = true,
                    .aliases
                    = words({"from", "after", "vorgänger", "prédécesseur", "predecesor"})}),
            field(&Dependency::successor,
                {.key = "successor",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Initiative"),
                    .type = FT::Reference,
                    .required = true,
                    .aliases = words({"to", "nachfolger", "successeur", "sucesor"})}),
            field(&Dependency::type,
                {.key = "type",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Type"),
                    .type = FT::Choice,
                    .aliases = words({"link", "kind", "art", "typ", "tipo"})}),
            field(&Dependency::lag,
                {.key = "lag",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Lag"),
                    .type = FT::Integer,
                    .minimum = -20,
                    .maximum = 40,
                    .unit = QT_TRANSLATE_NOOP("Cairn::Field", " q"),
                    .aliases = words(
                        {"lag quarters", "verzug", "abstand", "décalage", "retraso", "desfase"})}),
        },
        -1);
    return s;
}

template<> const EntitySchema<ReferenceStart> &schemaOf<ReferenceStart>()
{
    static const EntitySchema<ReferenceStart> s = schema<ReferenceStart>(EntityKind::Initiative,
        "reference_start", "reference_schedule",
        QT_TRANSLATE_NOOP("Cairn::Field", "Reference schedule"),
        {
            field(&ReferenceStart::initiative,
                {.key = "initiative",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Initiative"),
                    .type = FT::Reference,
                    .required = true,
                    .aliases = words({"project", "vorhaben", "projet", "iniciativa"})}),
            field(&ReferenceStart::start,
                {.key = "start",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Start"),
                    .type = FT::Quarter,
                    .required = true,
                    .aliases = words({"starts", "beginn", "start quarter", "début", "inicio"})}),
        },
        -1);
    return s;
}

template<> const EntitySchema<Scenario> &schemaOf<Scenario>()
{
    static const EntitySchema<Scenario> s = schema<Scenario>(EntityKind::Scenario, "scenario",
        "scenarios", QT_TRANSLATE_NOOP("Cairn::Field", "Scenarios"),
        {
            field(&Scenario::name,
                {.key = "name",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Scenario"),
                    .required = true,
                    .aliases = nameAliases({"scenario", "szenario", "scénario", "escenario"})}),
            field(&Scenario::description,
                {.key = "description",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Description"),
                    .type = FT::LongText,
                    .aliases = words({"beschreibung", "descripción", "descripcion"})}),
        });
    return s;
}

template<> const EntitySchema<ScenarioOverride> &schemaOf<ScenarioOverride>()
{
    static const EntitySchema<ScenarioOverride> s = [] {
        auto o = schema<ScenarioOverride>(EntityKind::Scenario, "scenario_override",
            "scenario_overrides", QT_TRANSLATE_NOOP("Cairn::Field", "Scenario overrides"),
            {
                field(&ScenarioOverride::scenario,
                    {.key = "scenario",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Scenario"),
                        .type = FT::Reference,
                        .required = true,
                        .aliases = words({"szenario", "scénario", "escenario"})}),
                field(&ScenarioOverride::entity,
                    {.key = "entity",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Kind of item"),
                        .type = FT::Choice,
                        .aliases = words({"kind", "table", "art", "type d'élément", "tipo"})}),
                field(&ScenarioOverride::target,
                    {.key = "target",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Item"),
                        .type = FT::Integer,
                        .maximum = std::numeric_limits<qint64>::max(),
                        .aliases = words({"item", "element", "élément", "elemento"})}),
                field(&ScenarioOverride::field,
                    {.key = "field",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Field"),
                        .required = true,
                        .aliases = words({"feld", "champ", "campo", "column"})}),
                field(&ScenarioOverride::change,
                    {.key = "change",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Change"),
                        .type = FT::Choice,
                        .aliases = words({"änderung", "changement", "cambio"})}),
                field(&ScenarioOverride::value,
                    {.key = "value",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Value"),
                        .aliases = words({"wert", "valeur", "valor"})}),
                field(&ScenarioOverride::from,
                    {.key = "from_quarter",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "From"),
                        .type = FT::Quarter,
                        .aliases = words({"from", "von", "de", "desde"})}),
                field(&ScenarioOverride::to,
                    {.key = "to_quarter",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "To"),
                        .type = FT::Quarter,
                        .aliases = words({"to", "bis", "à", "hasta"})}),
            },
            -1);
        o.keyFields = 0; // several rows may name the same field (capacity in several ranges)
        o.packedInFiles = true; // a scenario's overrides are written whole
        return o;
    }();
    return s;
}

template<> const EntitySchema<Baseline> &schemaOf<Baseline>()
{
    static const EntitySchema<Baseline> s = schema<Baseline>(EntityKind::Baseline, "baseline",
        "baselines", QT_TRANSLATE_NOOP("Cairn::Field", "Baselines"),
        {
            field(&Baseline::name,
                {.key = "name",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Baseline"),
                    .required = true,
                    .aliases = nameAliases({"baseline", "basisplan", "référence", "línea base"})}),
            field(&Baseline::created,
                {.key = "created",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Frozen on"),
                    .aliases = words({"date", "datum", "créée le", "fecha"})}),
            field(&Baseline::scenario,
                {.key = "scenario",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Scenario"),
                    .aliases = words({"szenario", "scénario", "escenario"})}),
        });
    return s;
}

template<> const EntitySchema<BaselineEntry> &schemaOf<BaselineEntry>()
{
    static const EntitySchema<BaselineEntry> s = [] {
        std::vector<Field<BaselineEntry>> fields {field(&BaselineEntry::baseline,
            {.key = "baseline",
                .label = QT_TRANSLATE_NOOP("Cairn::Field", "Baseline"),
                .type = FT::Reference,
                .required = true,
                .aliases = words({"basisplan", "référence", "línea base"})})};
        addInitiativeSnapshot(fields);
        fields.push_back(field(&BaselineEntry::cost,
            {.key = "cost",
                .label = QT_TRANSLATE_NOOP("Cairn::Field", "Cost"),
                .type = FT::Money,
                .maximum = kMaxAmount,
                .aliases = words({"kosten", "coût", "coste", "costo"})}));
        auto b = schema<BaselineEntry>(EntityKind::Baseline, "baseline_initiative",
            "baseline_initiatives", QT_TRANSLATE_NOOP("Cairn::Field", "Baseline schedule"),
            std::move(fields), -1);
        b.keyFields = 2; // the baseline and the initiative
        return b;
    }();
    return s;
}

template<> const EntitySchema<WorkshopSession> &schemaOf<WorkshopSession>()
{
    static const EntitySchema<WorkshopSession> s = schema<WorkshopSession>(EntityKind::Workshop,
        "workshop", "workshops", QT_TRANSLATE_NOOP("Cairn::Field", "Workshops"),
        {
            field(&WorkshopSession::name,
                {.key = "name",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Workshop"),
                    .required = true,
                    .aliases = nameAliases({"workshop", "session", "séance", "taller"})}),
            field(&WorkshopSession::started,
                {.key = "started",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Started"),
                    .aliases = words({"start", "begonnen", "commencé", "inicio"})}),
            field(&WorkshopSession::ended,
                {.key = "ended",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Ended"),
                    .aliases = words({"end", "beendet", "terminé", "fin"})}),
        });
    return s;
}

template<> const EntitySchema<WorkshopEntry> &schemaOf<WorkshopEntry>()
{
    static const EntitySchema<WorkshopEntry> s = [] {
        std::vector<Field<WorkshopEntry>> fields {
            field(&WorkshopEntry::workshop,
                {.key = "workshop",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Workshop"),
                    .type = FT::Reference,
                    .required = true,
                    .aliases = words({"session", "séance", "taller"})}),
            field(&WorkshopEntry::moment,
                {.key = "moment",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "When"),
                    .type = FT::Choice,
                    .aliases = words({"wann", "quand", "cuándo"})}),
        };
        addInitiativeSnapshot(fields);
        fields.push_back(field(&WorkshopEntry::value,
            {.key = "value",
                .label = QT_TRANSLATE_NOOP("Cairn::Field", "Value"),
                .type = FT::Integer,
                .maximum = 100,
                .aliases = words({"wert", "valeur", "valor"})}));
        auto w = schema<WorkshopEntry>(EntityKind::Workshop, "workshop_initiative",
            "workshop_initiatives", QT_TRANSLATE_NOOP("Cairn::Field", "Workshop initiatives"),
            std::move(fields), -1);
        w.keyFields = 3; // the workshop, the moment and the initiative
        return w;
    }();
    return s;
}

template<> const EntitySchema<Decision> &schemaOf<Decision>()
{
    static const EntitySchema<Decision> s = [] {
        auto d = schema<Decision>(EntityKind::Workshop, "decision", "decisions",
            QT_TRANSLATE_NOOP("Cairn::Field", "Decisions"),
            {
                field(&Decision::workshop,
                    {.key = "workshop",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Workshop"),
                        .type = FT::Reference,
                        .required = true,
                        .aliases = words({"session", "séance", "taller"})}),
                field(&Decision::text,
                    {.key = "text",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Decision"),
                        .required = true,
                        .aliases = words({"decision", "entscheidung", "décision", "decisión"})}),
                field(&Decision::noted,
                    {.key = "noted",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Noted"),
                        .aliases = words({"when", "notiert", "notée", "anotada"})}),
            },
            -1);
        d.keyFields = 0; // in the order they were noted
        return d;
    }();
    return s;
}

template<> const EntitySchema<Participant> &schemaOf<Participant>()
{
    static const EntitySchema<Participant> s = [] {
        auto p = schema<Participant>(EntityKind::Scoring, "participant", "participants",
            QT_TRANSLATE_NOOP("Cairn::Field", "Participants"),
            {
                field(&Participant::name,
                    {.key = "name",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Participant"),
                        .required = true,
                        .aliases = nameAliases(
                            {"participant", "teilnehmer", "teilnehmerin", "participante"})}),
            },
            -1);
        p.keyFields = 1; // the name
        return p;
    }();
    return s;
}

template<> const EntitySchema<Vote> &schemaOf<Vote>()
{
    static const EntitySchema<Vote> s = [] {
        auto v = schema<Vote>(EntityKind::Scoring, "vote", "votes",
            QT_TRANSLATE_NOOP("Cairn::Field", "Votes"),
            {
                field(&Vote::participant,
                    {.key = "participant",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Participant"),
                        .required = true,
                        .aliases = words({"voter", "teilnehmer", "participante"})}),
                field(&Vote::initiative,
                    {.key = "initiative",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Initiative"),
                        .type = FT::Reference,
                        .required = true,
                        .aliases = words({"project", "vorhaben", "projet", "iniciativa"})}),
                field(&Vote::dots,
                    {.key = "dots",
                        .label = QT_TRANSLATE_NOOP("Cairn::Field", "Dots"),
                        .type = FT::Integer,
                        .minimum = 1,
                        .maximum = 50,
                        .aliases = words({"punkte", "gommettes", "puntos"})}),
            },
            -1);
        v.keyFields = 2; // the participant and the initiative
        return v;
    }();
    return s;
}

template<> const EntitySchema<EffortEntry> &schemaOf<EffortEntry>()
{
    static const EntitySchema<EffortEntry> s = schema<EffortEntry>(EntityKind::Scoring, "effort",
        "efforts", QT_TRANSLATE_NOOP("Cairn::Field", "Efforts set by hand"),
        {
            field(&EffortEntry::initiative,
                {.key = "initiative",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Initiative"),
                    .type = FT::Reference,
                    .required = true,
                    .aliases = words({"project", "vorhaben", "projet", "iniciativa"})}),
            field(&EffortEntry::effort,
                {.key = "effort",
                    .label = QT_TRANSLATE_NOOP("Cairn::Field", "Effort"),
                    .type = FT::Integer,
                    .maximum = 100,
                    .required = true,
                    .aliases = words({"aufwand", "effort estimé", "esfuerzo"})}),
        },
        -1);
    return s;
}

template QString EntitySchema<PlanInfo>::titleText() const;
template QString EntitySchema<Goal>::titleText() const;
template QString EntitySchema<System>::titleText() const;
template QString EntitySchema<Resource>::titleText() const;
template QString EntitySchema<Initiative>::titleText() const;
template QString EntitySchema<Milestone>::titleText() const;
template QString EntitySchema<CapacityEntry>::titleText() const;
template QString EntitySchema<DemandEntry>::titleText() const;
template QString EntitySchema<GoalContribution>::titleText() const;
template QString EntitySchema<SystemImpact>::titleText() const;
template QString EntitySchema<Dependency>::titleText() const;
template QString EntitySchema<ReferenceStart>::titleText() const;
template QString EntitySchema<Scenario>::titleText() const;
template QString EntitySchema<ScenarioOverride>::titleText() const;
template QString EntitySchema<Baseline>::titleText() const;
template QString EntitySchema<BaselineEntry>::titleText() const;
template QString EntitySchema<WorkshopSession>::titleText() const;
template QString EntitySchema<WorkshopEntry>::titleText() const;
template QString EntitySchema<Decision>::titleText() const;
template QString EntitySchema<Participant>::titleText() const;
template QString EntitySchema<Vote>::titleText() const;
template QString EntitySchema<EffortEntry>::titleText() const;

std::vector<CapacityEntry> capacityEntries(const PlanContent &plan)
{
    std::vector<CapacityEntry> out;
    for (const Resource &r : plan.resources)
        for (auto it = r.capacities.cbegin(); it != r.capacities.cend(); ++it)
            out.push_back({r.id, it.key(), it.value()});
    return out;
}

std::vector<DemandEntry> demandEntries(const PlanContent &plan)
{
    std::vector<DemandEntry> out;
    for (const Initiative &i : plan.initiatives)
        for (auto it = i.demand.cbegin(); it != i.demand.cend(); ++it)
            out.push_back({i.id, it.key(), it.value()});
    return out;
}

namespace {
template<class Vec> QString nameIn(const Vec &v, qint64 id)
{
    for (const auto &e : v)
        if (e.id.value == id)
            return e.name;
    return {};
}
template<class Vec> QList<qint64> idsIn(const Vec &v, const QString &name)
{
    QList<qint64> ids;
    const QString wanted = name.trimmed();
    for (const auto &e : v)
        if (e.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            ids << e.id.value;
    return ids;
}
} // namespace

QString entityName(const PlanContent &plan, EntityKind kind, qint64 id)
{
    switch (kind) {
    case EntityKind::Goal:
        return nameIn(plan.goals, id);
    case EntityKind::System:
        return nameIn(plan.systems, id);
    case EntityKind::Initiative:
        return nameIn(plan.initiatives, id);
    case EntityKind::Resource:
        return nameIn(plan.resources, id);
    case EntityKind::Milestone:
        return nameIn(plan.milestones, id);
    case EntityKind::Scenario:
        return nameIn(plan.scenarios, id);
    case EntityKind::Baseline:
        return nameIn(plan.baselines, id);
    case EntityKind::Workshop:
        return nameIn(plan.workshops, id);
    default:
        return {};
    }
}

NameIndex nameIndex(const PlanContent &plan)
{
    NameIndex index;
    auto add = [&index](EntityKind kind, const auto &items) {
        for (const auto &e : items)
            index.insert(e.id.value, {kind, e.name});
    };
    add(EntityKind::Goal, plan.goals);
    add(EntityKind::System, plan.systems);
    add(EntityKind::Initiative, plan.initiatives);
    add(EntityKind::Resource, plan.resources);
    add(EntityKind::Milestone, plan.milestones);
    add(EntityKind::Scenario, plan.scenarios);
    add(EntityKind::Baseline, plan.baselines);
    add(EntityKind::Workshop, plan.workshops);
    return index;
}

bool entityExists(const PlanContent &plan, EntityKind kind, qint64 id)
{
    switch (kind) {
    case EntityKind::Goal:
        return plan.goal(GoalId {id});
    case EntityKind::System:
        return plan.system(SystemId {id});
    case EntityKind::Initiative:
        return plan.initiative(InitiativeId {id});
    case EntityKind::Resource:
        return plan.resource(ResourceId {id});
    case EntityKind::Milestone:
        return plan.milestone(MilestoneId {id});
    case EntityKind::Scenario:
        return plan.scenario(ScenarioId {id});
    case EntityKind::Baseline:
        return plan.baseline(BaselineId {id});
    case EntityKind::Workshop:
        return plan.workshop(WorkshopId {id});
    default:
        return false;
    }
}

QList<qint64> entitiesNamed(const PlanContent &plan, EntityKind kind, const QString &name)
{
    switch (kind) {
    case EntityKind::Goal:
        return idsIn(plan.goals, name);
    case EntityKind::System:
        return idsIn(plan.systems, name);
    case EntityKind::Initiative:
        return idsIn(plan.initiatives, name);
    case EntityKind::Resource:
        return idsIn(plan.resources, name);
    case EntityKind::Milestone:
        return idsIn(plan.milestones, name);
    case EntityKind::Scenario:
        return idsIn(plan.scenarios, name);
    case EntityKind::Baseline:
        return idsIn(plan.baselines, name);
    case EntityKind::Workshop:
        return idsIn(plan.workshops, name);
    default:
        return {};
    }
}

} // namespace Cairn
