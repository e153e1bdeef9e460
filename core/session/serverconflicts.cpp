#include "core/session/serverconflicts.h"

#include "core/domain/fieldvalue.h"
#include "core/domain/wording.h"
#include "core/store/serverstore.h"

#include <QCoreApplication>

namespace Cairn {

namespace {
template<class T>
constexpr bool isLink
    = std::is_same_v<T,
          GoalContribution> || std::is_same_v<T, SystemImpact> || std::is_same_v<T, Dependency>;

template<class T> RowKey keyOfRow(const T &row)
{
    if constexpr (isLink<T>)
        return rowKey(LinkValue(row));
    else
        return rowKey(EntityValue(row));
}

// Calls f(list) with the list of `content` whose rows are in table `key.table`; false if none.
template<class Content, class F> bool withList(Content &content, int table, F &&f)
{
    auto tryList = [&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if (tableIndex<T>() != table)
            return false;
        f(list);
        return true;
    };
    return tryList(content.goals) || tryList(content.systems) || tryList(content.resources)
        || tryList(content.initiatives) || tryList(content.milestones)
        || tryList(content.contributions) || tryList(content.impacts)
        || tryList(content.dependencies);
}

template<class T> int indexOfKey(const std::vector<T> &list, const RowKey &key)
{
    for (size_t i = 0; i < list.size(); ++i)
        if (keyOfRow(list[i]) == key)
            return int(i);
    return -1;
}

bool isInfo(const RowKey &key)
{
    return key.table == tableIndex<PlanInfo>() && key.first == 0 && key.second == 0;
}

template<class T> QString labelsOf(quint64 bits)
{
    QStringList labels;
    for (const Field<T> &f : schemaOf<T>().fields)
        if (bits & f.bit)
            labels << f.labelText();
    return labels.join(QStringLiteral(", "));
}

// was / theirs / yours of a row of type T, field by field.
template<class T>
QList<FieldDifference> differencesOf(
    const T *was, const T *theirs, const T *yours, const PlanContent &context)
{
    QList<FieldDifference> out;
    const FieldContext fc {context};
    for (const Field<T> &f : schemaOf<T>().fields) {
        const T *any = was ? was : (theirs ? theirs : yours);
        if (!any)
            break;
        auto text = [&](const T *row) { return row ? displayText(f, f.get(*row), fc) : QString(); };
        const QString w = text(was), t = text(theirs), y = text(yours);
        if (w == t && w == y)
            continue;
        out.push_back({f.labelText(), w,
            theirs ? t : QCoreApplication::translate("Cairn::Server", "(removed)"),
            yours ? y : QCoreApplication::translate("Cairn::Server", "(removed)")});
    }
    return out;
}

template<class T, class V> const T *as(const std::optional<V> &v)
{
    return v ? std::get_if<T>(&*v) : nullptr;
}

} // namespace

QString conflictItem(const ServerConflict &c)
{
    const Conflict &k = c.conflict;
    if (isInfo(k.row))
        return QCoreApplication::translate("Cairn::Server", "the plan's settings");
    if (const auto &e = k.mine ? k.mine : (k.theirs ? k.theirs : c.was))
        return quoted(nameOf(*e));
    return QCoreApplication::translate("Cairn::Server", "the link #%1 – #%2")
        .arg(k.row.first)
        .arg(k.row.second);
}

QString fieldLabels(const RowKey &key, quint64 bits)
{
    if (isInfo(key))
        return labelsOf<PlanInfo>(bits);
    QString text;
    PlanContent none;
    withList(none, key.table, [&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        text = labelsOf<T>(bits);
    });
    return text;
}

QList<FieldDifference> fieldDifferences(const ServerConflict &c, const PlanContent &context)
{
    const Conflict &k = c.conflict;
    if (isInfo(k.row))
        return differencesOf<PlanInfo>(c.wasInfo ? &*c.wasInfo : nullptr,
            k.theirsInfo ? &*k.theirsInfo : nullptr, k.mineInfo ? &*k.mineInfo : nullptr, context);
    QList<FieldDifference> out;
    PlanContent none;
    withList(none, k.row.table, [&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if constexpr (isLink<T>)
            out = differencesOf<T>(
                as<T>(c.wasLink), as<T>(k.theirsLink), as<T>(k.mineLink), context);
        else
            out = differencesOf<T>(as<T>(c.was), as<T>(k.theirs), as<T>(k.mine), context);
    });
    return out;
}

namespace Rows {

void copy(PlanContent &into, const PlanContent &from, const RowKey &key)
{
    if (const std::optional<PlanPart> part = partOf(key)) {
        copyPart(into, from, *part);
        return;
    }
    if (isInfo(key)) {
        into.info = from.info;
        return;
    }
    withList(into, key.table, [&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        const std::vector<T> *source = nullptr;
        withList(from, key.table, [&](const auto &l) {
            if constexpr (std::is_same_v<typename std::decay_t<decltype(l)>::value_type, T>)
                source = &l;
        });
        const int there = indexOfKey(*source, key);
        const int here = indexOfKey(list, key);
        if (there < 0 && here >= 0)
            list.erase(list.begin() + here);
        else if (there >= 0 && here >= 0)
            list[size_t(here)] = (*source)[size_t(there)];
        else if (there >= 0)
            list.insert(list.begin() + std::min<qsizetype>(there, qsizetype(list.size())),
                (*source)[size_t(there)]);
    });
}

void put(PlanContent &into, const RowKey &key, const std::optional<EntityValue> &entity,
    const std::optional<LinkValue> &link, const std::optional<PlanInfo> &info)
{
    if (isInfo(key)) {
        if (info)
            into.info = *info;
        return;
    }
    // Through a content that holds only that row, so that it goes where copy() puts rows.
    PlanContent source = into;
    withList(source, key.table, [&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        const int at = indexOfKey(list, key);
        const T *value = nullptr;
        if constexpr (isLink<T>)
            value = as<T>(link);
        else
            value = as<T>(entity);
        if (value && at >= 0)
            list[size_t(at)] = *value;
        else if (value)
            list.push_back(*value);
        else if (at >= 0)
            list.erase(list.begin() + at);
    });
    copy(into, source, key);
}

QSet<RowKey> touched(const PlanChanges &changes)
{
    QSet<RowKey> keys;
    if (changes.infoChange())
        keys.insert(RowKey {tableIndex<PlanInfo>(), 0, 0});
    for (const PlanChanges::EntityChange &e : changes.entityChanges())
        keys.insert(rowKey(e.after ? *e.after : *e.before));
    for (const PlanChanges::LinkChange &l : changes.linkChanges())
        keys.insert(rowKey(l.after ? *l.after : *l.before));
    for (const PlanPart part : partsOf(changes))
        keys.insert(partKey(part));
    return keys;
}

void read(const PlanContent &content, const RowKey &key, std::optional<EntityValue> *entity,
    std::optional<LinkValue> *link, std::optional<PlanInfo> *info)
{
    entity->reset();
    link->reset();
    info->reset();
    if (isInfo(key)) {
        *info = content.info;
        return;
    }
    withList(content, key.table, [&](const auto &list) {
        const int at = indexOfKey(list, key);
        if (at < 0)
            return;
        using T = typename std::decay_t<decltype(list)>::value_type;
        if constexpr (isLink<T>)
            *link = LinkValue(list[size_t(at)]);
        else
            *entity = EntityValue(list[size_t(at)]);
    });
}

void copyLocalParts(PlanContent &into, const PlanContent &from)
{
    for (const PlanPart part : kPlanParts)
        copyPart(into, from, part);
}

namespace {

// Three-way, by each row's key: theirs, with what I changed since `base` made again.
template<class T, class Key>
std::vector<T> merge3(const std::vector<T> &base, const std::vector<T> &mine,
    const std::vector<T> &theirs, Key key, int *collisions)
{
    QHash<QString, const T *> was, now;
    for (const T &x : base)
        was.insert(key(x), &x);
    for (const T &x : mine)
        now.insert(key(x), &x);
    auto same = [](const T *a, const T *b) { return a == b || (a && b && *a == *b); };
    QSet<QString> theirKeys;
    std::vector<T> out;
    for (const T &t : theirs) {
        const QString k = key(t);
        theirKeys.insert(k);
        const T *b = was.value(k), *m = now.value(k);
        if (same(b, m) || same(m, &t)) {
            out.push_back(t); // mine unchanged, or the same as theirs
        } else if (b && same(b, &t)) {
            if (m) // only I changed it (or removed it)
                out.push_back(*m);
        } else {
            ++*collisions; // both changed it (or they added what I added): theirs stays
            out.push_back(t);
        }
    }
    for (const T &m : mine) {
        const QString k = key(m);
        if (theirKeys.contains(k))
            continue;
        const T *b = was.value(k);
        if (!b)
            out.push_back(m); // added by me
        else if (!(*b == m))
            ++*collisions; // they removed what I changed: removed
    }
    return out;
}

QString keyOf(std::initializer_list<QString> parts)
{
    return QStringList(parts).join(QChar(0x1f));
}

QString quarterText(const std::optional<Quarter> &q)
{
    return q ? QString::number(q->ordinal()) : QString();
}

} // namespace

int mergePart(PlanContent &into, const PlanContent &base, const PlanContent &mine,
    const PlanContent &theirs, PlanPart part)
{
    int n = 0;
    auto num = [](qint64 v) { return QString::number(v); };
    switch (part) {
    case PlanPart::Reference:
        into.reference = merge3(
            base.reference, mine.reference, theirs.reference,
            [&](const ReferenceStart &r) { return num(r.initiative.value); }, &n);
        break;
    case PlanPart::Scenarios:
        into.scenarios = merge3(
            base.scenarios, mine.scenarios, theirs.scenarios,
            [&](const Scenario &x) { return num(x.id.value); }, &n);
        into.overrides = merge3(
            base.overrides, mine.overrides, theirs.overrides,
            [&](const ScenarioOverride &o) {
                return keyOf({num(o.scenario.value), num(int(o.entity)), num(o.target), o.field,
                    quarterText(o.from), quarterText(o.to)});
            },
            &n);
        into.baselines = merge3(
            base.baselines, mine.baselines, theirs.baselines,
            [&](const Baseline &x) { return num(x.id.value); }, &n);
        into.baselineEntries = merge3(
            base.baselineEntries, mine.baselineEntries, theirs.baselineEntries,
            [&](const BaselineEntry &e) {
                return keyOf({num(e.baseline.value), num(e.initiative)});
            },
            &n);
        break;
    case PlanPart::Workshop:
        into.workshops = merge3(
            base.workshops, mine.workshops, theirs.workshops,
            [&](const WorkshopSession &x) { return num(x.id.value); }, &n);
        into.workshopEntries = merge3(
            base.workshopEntries, mine.workshopEntries, theirs.workshopEntries,
            [&](const WorkshopEntry &e) {
                return keyOf({num(e.workshop.value), num(int(e.moment)), num(e.initiative)});
            },
            &n);
        into.decisions = merge3(
            base.decisions, mine.decisions, theirs.decisions,
            [&](const Decision &d) {
                return keyOf({num(d.workshop.value), d.text, d.noted});
            },
            &n);
        into.participants = merge3(
            base.participants, mine.participants, theirs.participants,
            [](const Participant &p) { return p.name; }, &n);
        into.votes = merge3(
            base.votes, mine.votes, theirs.votes,
            [&](const Vote &v) {
                return keyOf({v.participant, num(v.initiative.value)});
            },
            &n);
        into.efforts = merge3(
            base.efforts, mine.efforts, theirs.efforts,
            [&](const EffortEntry &e) { return num(e.initiative.value); }, &n);
        break;
    }
    return n;
}

} // namespace Rows

} // namespace Cairn
