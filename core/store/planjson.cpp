#include "core/store/planjson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Cairn {

namespace {

class JsonReader {
public:
    PlanJsonResult read(const QByteArray &json)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (doc.isNull())
            return fail(
                QCoreApplication::translate("Cairn::PlanJson", "not valid JSON at byte %1: %2")
                    .arg(parseError.offset)
                    .arg(parseError.errorString()));
        if (!doc.isObject())
            return fail(QCoreApplication::translate(
                "Cairn::PlanJson", "the document must be a JSON object"));
        const QJsonObject root = doc.object();
        readInfo(root.value(QLatin1String("plan")).toObject());
        readArray(root, "resources", [this](const QJsonObject &o) { readResource(o); });
        readArray(root, "goals", [this](const QJsonObject &o) { readGoal(o); });
        readArray(root, "systems", [this](const QJsonObject &o) { readSystem(o); });
        readArray(root, "initiatives", [this](const QJsonObject &o) { readInitiative(o); });
        resolveLinks();
        readArray(root, "milestones", [this](const QJsonObject &o) { readMilestone(o); });
        if (!m_error.isEmpty())
            return fail(m_error);
        PlanJsonResult r;
        m_plan.nextId = m_nextId;
        r.content = m_plan;
        return r;
    }

private:
    PlanJsonResult fail(const QString &message)
    {
        PlanJsonResult r;
        r.error = message;
        return r;
    }
    void error(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = m_where.isEmpty() ? what : QStringLiteral("%1: %2").arg(m_where, what);
    }

    template<class F> void readArray(const QJsonObject &root, const char *name, F f)
    {
        const QJsonArray array = root.value(QLatin1String(name)).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            m_where = QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i);
            if (!array.at(i).isObject())
                error(QCoreApplication::translate("Cairn::PlanJson", "must be an object"));
            else
                f(array.at(i).toObject());
        }
        m_where.clear();
    }

    QString text(const QJsonObject &o, const char *key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && required)
            error(QCoreApplication::translate("Cairn::PlanJson", "“%1” is missing")
                      .arg(QLatin1String(key)));
        return v.toString();
    }

    int integer(const QJsonObject &o, const char *key, int fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble())) {
            error(QCoreApplication::translate("Cairn::PlanJson", "“%1” must be a whole number")
                      .arg(QLatin1String(key)));
            return fallback;
        }
        return v.toInt();
    }

    std::optional<Quarter> quarter(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const auto q = Quarter::parse(v.toString());
        if (!q)
            error(QCoreApplication::translate(
                "Cairn::PlanJson", "“%1” is not a quarter such as 2027 Q3: “%2”")
                      .arg(QLatin1String(key), v.toString()));
        return q;
    }

    template<class E> E enumeration(const QJsonObject &o, const char *key, E fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        const auto e = enumFromKey<E>(v.toString());
        if (!e) {
            error(QCoreApplication::translate("Cairn::PlanJson", "“%1” has an unknown value “%2”")
                      .arg(QLatin1String(key), v.toString()));
            return fallback;
        }
        return *e;
    }

    qint64 money(const QJsonValue &v)
    {
        return qint64(std::llround(v.toDouble() * double(m_plan.info.currency.minorPerMajor())));
    }

    qint64 amountFor(ResourceKind kind, const QJsonValue &v)
    {
        if (!v.isDouble() || v.toDouble() < 0) {
            error(QCoreApplication::translate(
                "Cairn::PlanJson", "an amount must be a number of at least 0"));
            return 0;
        }
        return kind == ResourceKind::Budget ? money(v) : qint64(std::llround(v.toDouble() * 100));
    }

    qint64 claim(const QString &key, QHash<QString, qint64> &table)
    {
        const qint64 id = m_nextId++;
        if (key.isEmpty())
            error(QCoreApplication::translate("Cairn::PlanJson", "“key” is missing"));
        else if (m_allKeys.contains(key))
            error(QCoreApplication::translate("Cairn::PlanJson", "the key “%1” is used twice")
                      .arg(key));
        m_allKeys.insert(key);
        table.insert(key, id);
        return id;
    }

    void readInfo(const QJsonObject &o)
    {
        m_where = QStringLiteral("plan");
        PlanInfo &i = m_plan.info;
        i.name = text(o, "name", true);
        i.organisation = text(o, "organisation");
        i.author = text(o, "author");
        i.notes = text(o, "notes");
        if (o.contains(QLatin1String("currency")))
            i.currency.code = text(o, "currency");
        i.fiscalYearStartMonth = integer(o, "fiscalYearStartMonth", 1);
        if (const auto q = quarter(o, "firstQuarter"))
            i.firstQuarter = *q;
        i.horizon = integer(o, "horizon", 12);
        m_where.clear();
    }

    void readResource(const QJsonObject &o)
    {
        Resource r;
        r.id = ResourceId {claim(text(o, "key", true), m_resources)};
        r.name = text(o, "name", true);
        r.kind = enumeration(o, "kind", ResourceKind::Team);
        r.notes = text(o, "notes");
        r.defaultCapacity = amountFor(r.kind, o.value(QLatin1String("capacity")));
        const QJsonObject caps = o.value(QLatin1String("capacities")).toObject();
        for (auto it = caps.begin(); it != caps.end(); ++it) {
            const auto q = Quarter::parse(it.key());
            if (!q)
                error(QCoreApplication::translate("Cairn::PlanJson", "“%1” is not a quarter")
                          .arg(it.key()));
            else
                r.capacities.insert(*q, amountFor(r.kind, it.value()));
        }
        m_resourceKinds.insert(r.id.value, r.kind);
        m_plan.resources.push_back(r);
    }

    void readGoal(const QJsonObject &o)
    {
        Goal g;
        g.id = GoalId {claim(text(o, "key", true), m_goals)};
        g.name = text(o, "name", true);
        g.description = text(o, "description");
        g.weight = integer(o, "weight", 3);
        g.owner = text(o, "owner");
        g.targetQuarter = quarter(o, "target");
        g.kpi = text(o, "kpi");
        if (const QString parent = text(o, "parent"); !parent.isEmpty()) {
            if (!m_goals.contains(parent))
                error(QCoreApplication::translate(
                    "Cairn::PlanJson", "parent goal “%1” is not defined before it")
                          .arg(parent));
            else
                g.parent = GoalId {m_goals.value(parent)};
        }
        m_plan.goals.push_back(g);
    }

    void readSystem(const QJsonObject &o)
    {
        System s;
        s.id = SystemId {claim(text(o, "key", true), m_systems)};
        s.name = text(o, "name", true);
        s.category = text(o, "category");
        s.vendor = text(o, "vendor");
        s.owner = text(o, "owner");
        s.criticality = integer(o, "criticality", 3);
        s.condition = integer(o, "condition", 3);
        s.annualRunCost = Money(money(o.value(QLatin1String("runCost"))));
        s.lifecycle = enumeration(o, "lifecycle", LifecyclePhase::Active);
        s.disposition = enumeration(o, "disposition", TimeDisposition::Tolerate);
        s.endOfSupport = quarter(o, "endOfSupport");
        m_pendingSystemDeps.append(
            {s.id.value, o.value(QLatin1String("dependsOn")).toArray(), m_where});
        m_plan.systems.push_back(s);
    }

    void readInitiative(const QJsonObject &o)
    {
        Initiative i;
        i.id = InitiativeId {claim(text(o, "key", true), m_initiatives)};
        i.name = text(o, "name", true);
        i.description = text(o, "description");
        i.kind = enumeration(o, "kind", InitiativeKind::Grow);
        i.status = enumeration(o, "status", InitiativeStatus::Proposed);
        i.duration = integer(o, "duration", 1);
        i.cost = Money(money(o.value(QLatin1String("cost"))));
        i.earliestStart = quarter(o, "earliestStart");
        i.deadline = quarter(o, "deadline");
        i.pin = quarter(o, "pin");
        i.value = integer(o, "value", 50);
        i.confidence = integer(o, "confidence", 70);
        i.risk = integer(o, "risk", 2);
        const QJsonObject demand = o.value(QLatin1String("demand")).toObject();
        for (auto it = demand.begin(); it != demand.end(); ++it) {
            if (!m_resources.contains(it.key())) {
                error(QCoreApplication::translate(
                    "Cairn::PlanJson", "demand on unknown resource “%1”")
                          .arg(it.key()));
                continue;
            }
            const qint64 rid = m_resources.value(it.key());
            i.demand.insert(ResourceId {rid}, amountFor(m_resourceKinds.value(rid), it.value()));
        }
        m_pendingLinks.append({i.id.value, o, m_where});
        m_plan.initiatives.push_back(i);
    }

    void resolveLinks()
    {
        for (const auto &p : std::as_const(m_pendingSystemDeps)) {
            m_where = p.where;
            for (const QJsonValue &v : p.keys) {
                if (!m_systems.contains(v.toString()))
                    error(QCoreApplication::translate(
                        "Cairn::PlanJson", "depends on unknown system “%1”")
                              .arg(v.toString()));
                for (System &s : m_plan.systems)
                    if (s.id.value == p.id)
                        s.dependsOn.append(SystemId {m_systems.value(v.toString())});
            }
        }
        for (const auto &p : std::as_const(m_pendingLinks)) {
            m_where = p.where;
            const InitiativeId iid {p.id};
            const QJsonObject goals = p.object.value(QLatin1String("goals")).toObject();
            for (auto it = goals.begin(); it != goals.end(); ++it) {
                if (!m_goals.contains(it.key()))
                    error(
                        QCoreApplication::translate("Cairn::PlanJson", "supports unknown goal “%1”")
                            .arg(it.key()));
                else
                    m_plan.contributions.push_back(
                        {iid, GoalId {m_goals.value(it.key())}, it.value().toInt(3)});
            }
            const QJsonObject systems = p.object.value(QLatin1String("systems")).toObject();
            for (auto it = systems.begin(); it != systems.end(); ++it) {
                const auto effect = enumFromKey<SystemEffect>(it.value().toString());
                if (!m_systems.contains(it.key()))
                    error(QCoreApplication::translate(
                        "Cairn::PlanJson", "affects unknown system “%1”")
                              .arg(it.key()));
                else if (!effect)
                    error(QCoreApplication::translate(
                        "Cairn::PlanJson", "unknown effect “%1” on system “%2”")
                              .arg(it.value().toString(), it.key()));
                else
                    m_plan.impacts.push_back({iid, SystemId {m_systems.value(it.key())}, *effect});
            }
            for (const QJsonValue &v : p.object.value(QLatin1String("after")).toArray()) {
                Dependency d;
                d.successor = iid;
                QString key = v.toString();
                if (v.isObject()) {
                    const QJsonObject dep = v.toObject();
                    key = dep.value(QLatin1String("key")).toString();
                    d.type = enumeration(dep, "type", DependencyType::FinishToStart);
                    d.lag = integer(dep, "lag", 0);
                }
                if (!m_initiatives.contains(key)) {
                    error(QCoreApplication::translate(
                        "Cairn::PlanJson", "comes after unknown initiative “%1”")
                              .arg(key));
                    continue;
                }
                d.predecessor = InitiativeId {m_initiatives.value(key)};
                m_plan.dependencies.push_back(d);
            }
        }
        m_where.clear();
    }

    void readMilestone(const QJsonObject &o)
    {
        Milestone m;
        m.id = MilestoneId {m_nextId++};
        m.name = text(o, "name", true);
        if (const auto q = quarter(o, "quarter"))
            m.quarter = *q;
        else
            error(QCoreApplication::translate("Cairn::PlanJson", "“quarter” is missing"));
        m.description = text(o, "description");
        m_plan.milestones.push_back(m);
    }

    struct PendingSystem {
        qint64 id;
        QJsonArray keys;
        QString where;
    };
    struct PendingInitiative {
        qint64 id;
        QJsonObject object;
        QString where;
    };

    PlanContent m_plan;
    qint64 m_nextId = 1;
    QString m_where;
    QString m_error;
    QSet<QString> m_allKeys;
    QHash<QString, qint64> m_resources, m_goals, m_systems, m_initiatives;
    QHash<qint64, ResourceKind> m_resourceKinds;
    QList<PendingSystem> m_pendingSystemDeps;
    QList<PendingInitiative> m_pendingLinks;
};
} // namespace

PlanJsonResult readPlanJson(const QByteArray &json)
{
    return JsonReader().read(json);
}

} // namespace Cairn
