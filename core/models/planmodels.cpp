#include "core/models/planmodels.h"

#include <QCoreApplication>
#include <QLocale>

namespace Cairn {

namespace {

QVariant quarterCell(const Plan &plan, const std::optional<Quarter> &q, int role)
{
    if (role == PlanTableModel::SortRole)
        return q ? q->ordinal() : std::numeric_limits<int>::min();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return q ? q->label(plan.info().quarterStyle()) : QString();
}

bool setQuarter(std::optional<Quarter> &field, const QVariant &v)
{
    const QString text = v.toString().trimmed();
    if (text.isEmpty()) {
        field.reset();
        return true;
    }
    const auto q = Quarter::parse(text);
    if (!q)
        return false;
    field = q;
    return true;
}

QVariant moneyCell(const Plan &plan, Money m, int role)
{
    if (role == PlanTableModel::SortRole)
        return m.minorUnits();
    if (role == Qt::DisplayRole)
        return m.format(plan.info().currency, QLocale());
    if (role == Qt::EditRole)
        return m.format(plan.info().currency, QLocale::c());
    return {};
}

bool setMoney(const Plan &plan, Money &field, const QVariant &v)
{
    const auto m = Money::parse(v.toString(), plan.info().currency);
    if (!m || m->minorUnits() < 0)
        return false;
    field = *m;
    return true;
}

QVariant intCell(int value, int role)
{
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == PlanTableModel::SortRole)
        return value;
    return {};
}

std::function<bool(int &, const QVariant &)> rangeSetter(int lo, int hi)
{
    return [lo, hi](int &field, const QVariant &v) {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        if (!ok || n < lo || n > hi)
            return false;
        field = n;
        return true;
    };
}

template<class E> QVariant enumCell(E value, int role)
{
    if (role == Qt::DisplayRole)
        return displayName(value);
    if (role == Qt::EditRole || role == PlanTableModel::SortRole)
        return int(value);
    return {};
}

template<class E> bool setEnum(E &field, const QVariant &v)
{
    bool isInt = false;
    const int n = v.toInt(&isInt);
    if (isInt && v.typeId() != QMetaType::QString) {
        if (n < 0 || n >= enumCount<E>())
            return false;
        field = static_cast<E>(n);
        return true;
    }
    const auto e = enumFromKey<E>(v.toString());
    if (!e)
        return false;
    field = *e;
    return true;
}

QVariant textCell(const QString &s, int role)
{
    return (role == Qt::DisplayRole || role == Qt::EditRole) ? QVariant(s) : QVariant();
}

bool setName(QString &field, const QVariant &v)
{
    const QString s = v.toString().trimmed();
    if (s.isEmpty())
        return false;
    field = s;
    return true;
}
} // namespace

// ---- initiatives -----------------------------------------------------------------------------

InitiativeTableModel::InitiativeTableModel(Plan &plan, EditFacade *edit, QObject *parent)
    : EntityTableModel<Initiative>(
        plan, edit, EntityKind::Initiative, {},
        [](const Plan &p, qint64 id) { return p.initiative(InitiativeId {id}); },
        [](const Plan &p) -> const std::vector<Initiative> & { return p.initiatives(); }, parent)
{
    using C = EntityTableModel<Initiative>::Column;
    Plan *pl = &plan;
    auto scheduled
        = [this](const Initiative &i) { return m_schedule ? m_schedule->find(i.id) : nullptr; };
    std::vector<C> cols(ColumnCount);
    cols[Name] = {QCoreApplication::translate("Cairn::Models", "Initiative"),
        [](const Initiative &i, int r) { return textCell(i.name, r); },
        [](Initiative &i, const QVariant &v) { return setName(i.name, v); }};
    cols[Kind] = {QCoreApplication::translate("Cairn::Models", "Kind"),
        [](const Initiative &i, int r) { return enumCell(i.kind, r); },
        [](Initiative &i, const QVariant &v) { return setEnum(i.kind, v); }};
    cols[Status] = {QCoreApplication::translate("Cairn::Models", "Status"),
        [](const Initiative &i, int r) { return enumCell(i.status, r); },
        [](Initiative &i, const QVariant &v) { return setEnum(i.status, v); }};
    cols[Duration] = {QCoreApplication::translate("Cairn::Models", "Quarters"),
        [](const Initiative &i, int r) { return intCell(i.duration, r); },
        [](Initiative &i, const QVariant &v) { return rangeSetter(0, 40)(i.duration, v); }, true};
    cols[Cost] = {QCoreApplication::translate("Cairn::Models", "Cost"),
        [pl](const Initiative &i, int r) { return moneyCell(*pl, i.cost, r); },
        [pl](Initiative &i, const QVariant &v) { return setMoney(*pl, i.cost, v); }, true};
    cols[Value] = {QCoreApplication::translate("Cairn::Models", "Value"),
        [](const Initiative &i, int r) { return intCell(i.value, r); },
        [](Initiative &i, const QVariant &v) { return rangeSetter(0, 100)(i.value, v); }, true};
    cols[Confidence] = {QCoreApplication::translate("Cairn::Models", "Confidence %"),
        [](const Initiative &i, int r) { return intCell(i.confidence, r); },
        [](Initiative &i, const QVariant &v) { return rangeSetter(0, 100)(i.confidence, v); },
        true};
    cols[Risk] = {QCoreApplication::translate("Cairn::Models", "Risk"),
        [](const Initiative &i, int r) { return intCell(i.risk, r); },
        [](Initiative &i, const QVariant &v) { return rangeSetter(1, 5)(i.risk, v); }, true};
    cols[EarliestStart] = {QCoreApplication::translate("Cairn::Models", "Earliest start"),
        [pl](const Initiative &i, int r) { return quarterCell(*pl, i.earliestStart, r); },
        [](Initiative &i, const QVariant &v) { return setQuarter(i.earliestStart, v); }};
    cols[Deadline] = {QCoreApplication::translate("Cairn::Models", "Deadline"),
        [pl](const Initiative &i, int r) { return quarterCell(*pl, i.deadline, r); },
        [](Initiative &i, const QVariant &v) { return setQuarter(i.deadline, v); }};
    cols[Pin] = {QCoreApplication::translate("Cairn::Models", "Pinned to"),
        [pl](const Initiative &i, int r) { return quarterCell(*pl, i.pin, r); },
        [](Initiative &i, const QVariant &v) { return setQuarter(i.pin, v); }};
    cols[Start] = {QCoreApplication::translate("Cairn::Models", "Start"),
        [pl, scheduled](const Initiative &i, int r) {
            const InitiativeSchedule *s = scheduled(i);
            if (r == Qt::ToolTipRole)
                return s ? QVariant(s->why) : QVariant();
            return s ? quarterCell(*pl, s->start, r) : QVariant();
        },
        {}};
    cols[Finish] = {QCoreApplication::translate("Cairn::Models", "Finish"),
        [pl, scheduled](const Initiative &i, int r) {
            const InitiativeSchedule *s = scheduled(i);
            if (s && r == Qt::ToolTipRole && s->deadline)
                return QVariant(QCoreApplication::translate("Cairn::Models", "Deadline %1")
                                    .arg(s->deadline->label(pl->info().quarterStyle())));
            return s ? quarterCell(*pl, s->finish, r) : QVariant();
        },
        {}};
    cols[Why] = {QCoreApplication::translate("Cairn::Models", "Why"),
        [scheduled](const Initiative &i, int r) {
            const InitiativeSchedule *s = scheduled(i);
            if (!s || (r != Qt::DisplayRole && r != Qt::ToolTipRole))
                return QVariant();
            return QVariant(s->late
                    ? QCoreApplication::translate("Cairn::Models", "Late: %1").arg(s->why)
                    : s->why);
        },
        {}};
    setColumns(std::move(cols));
}

void InitiativeTableModel::setSchedule(std::shared_ptr<const PlanSchedule> schedule)
{
    m_schedule = std::move(schedule);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

// ---- goals -----------------------------------------------------------------------------------

GoalTableModel::GoalTableModel(Plan &plan, EditFacade *edit, QObject *parent)
    : EntityTableModel<Goal>(
        plan, edit, EntityKind::Goal, {},
        [](const Plan &p, qint64 id) { return p.goal(GoalId {id}); },
        [](const Plan &p) -> const std::vector<Goal> & { return p.goals(); }, parent)
{
    Plan *pl = &plan;
    std::vector<EntityTableModel<Goal>::Column> cols(ColumnCount);
    cols[Name] = {QCoreApplication::translate("Cairn::Models", "Goal"),
        [](const Goal &g, int r) { return textCell(g.name, r); },
        [](Goal &g, const QVariant &v) { return setName(g.name, v); }};
    cols[Weight] = {QCoreApplication::translate("Cairn::Models", "Weight"),
        [](const Goal &g, int r) { return intCell(g.weight, r); },
        [](Goal &g, const QVariant &v) { return rangeSetter(1, 5)(g.weight, v); }, true};
    cols[Owner] = {QCoreApplication::translate("Cairn::Models", "Owner"),
        [](const Goal &g, int r) { return textCell(g.owner, r); },
        [](Goal &g, const QVariant &v) {
            g.owner = v.toString().trimmed();
            return true;
        }};
    cols[Target] = {QCoreApplication::translate("Cairn::Models", "Target"),
        [pl](const Goal &g, int r) { return quarterCell(*pl, g.targetQuarter, r); },
        [](Goal &g, const QVariant &v) { return setQuarter(g.targetQuarter, v); }};
    cols[Kpi] = {QCoreApplication::translate("Cairn::Models", "KPI"),
        [](const Goal &g, int r) { return textCell(g.kpi, r); },
        [](Goal &g, const QVariant &v) {
            g.kpi = v.toString();
            return true;
        }};
    cols[Parent] = {QCoreApplication::translate("Cairn::Models", "Part of"),
        [pl](const Goal &g, int r) {
            const Goal *p = g.parent ? pl->goal(*g.parent) : nullptr;
            return textCell(p ? p->name : QString(), r);
        },
        [pl](Goal &g, const QVariant &v) {
            // By name: empty clears it; the facade refuses a goal under itself.
            const QString name = v.toString().trimmed();
            if (name.isEmpty()) {
                g.parent.reset();
                return true;
            }
            for (const Goal &other : pl->goals())
                if (other.name == name) {
                    g.parent = other.id;
                    return true;
                }
            return false;
        }};
    setColumns(std::move(cols));
}

// ---- systems ---------------------------------------------------------------------------------

SystemTableModel::SystemTableModel(Plan &plan, EditFacade *edit, QObject *parent)
    : EntityTableModel<System>(
        plan, edit, EntityKind::System, {},
        [](const Plan &p, qint64 id) { return p.system(SystemId {id}); },
        [](const Plan &p) -> const std::vector<System> & { return p.systems(); }, parent)
{
    Plan *pl = &plan;
    std::vector<EntityTableModel<System>::Column> cols(ColumnCount);
    cols[Name] = {QCoreApplication::translate("Cairn::Models", "System"),
        [](const System &s, int r) { return textCell(s.name, r); },
        [](System &s, const QVariant &v) { return setName(s.name, v); }};
    cols[Category] = {QCoreApplication::translate("Cairn::Models", "Category"),
        [](const System &s, int r) { return textCell(s.category, r); },
        [](System &s, const QVariant &v) {
            s.category = v.toString().trimmed();
            return true;
        }};
    cols[Vendor] = {QCoreApplication::translate("Cairn::Models", "Vendor"),
        [](const System &s, int r) { return textCell(s.vendor, r); },
        [](System &s, const QVariant &v) {
            s.vendor = v.toString().trimmed();
            return true;
        }};
    cols[Owner] = {QCoreApplication::translate("Cairn::Models", "Owner"),
        [](const System &s, int r) { return textCell(s.owner, r); },
        [](System &s, const QVariant &v) {
            s.owner = v.toString().trimmed();
            return true;
        }};
    cols[Criticality] = {QCoreApplication::translate("Cairn::Models", "Criticality"),
        [](const System &s, int r) { return intCell(s.criticality, r); },
        [](System &s, const QVariant &v) { return rangeSetter(1, 5)(s.criticality, v); }, true};
    cols[Condition] = {QCoreApplication::translate("Cairn::Models", "Condition"),
        [](const System &s, int r) { return intCell(s.condition, r); },
        [](System &s, const QVariant &v) { return rangeSetter(1, 5)(s.condition, v); }, true};
    cols[RunCost] = {QCoreApplication::translate("Cairn::Models", "Run cost / year"),
        [pl](const System &s, int r) { return moneyCell(*pl, s.annualRunCost, r); },
        [pl](System &s, const QVariant &v) { return setMoney(*pl, s.annualRunCost, v); }, true};
    cols[Lifecycle] = {QCoreApplication::translate("Cairn::Models", "Lifecycle"),
        [](const System &s, int r) { return enumCell(s.lifecycle, r); },
        [](System &s, const QVariant &v) { return setEnum(s.lifecycle, v); }};
    cols[Disposition] = {QCoreApplication::translate("Cairn::Models", "TIME"),
        [](const System &s, int r) { return enumCell(s.disposition, r); },
        [](System &s, const QVariant &v) { return setEnum(s.disposition, v); }};
    cols[EndOfSupport] = {QCoreApplication::translate("Cairn::Models", "End of support"),
        [pl](const System &s, int r) { return quarterCell(*pl, s.endOfSupport, r); },
        [](System &s, const QVariant &v) { return setQuarter(s.endOfSupport, v); }};
    setColumns(std::move(cols));
}

// ---- resources -------------------------------------------------------------------------------

ResourceTableModel::ResourceTableModel(Plan &plan, EditFacade *edit, QObject *parent)
    : EntityTableModel<Resource>(
        plan, edit, EntityKind::Resource, {},
        [](const Plan &p, qint64 id) { return p.resource(ResourceId {id}); },
        [](const Plan &p) -> const std::vector<Resource> & { return p.resources(); }, parent)
{
    Plan *pl = &plan;
    std::vector<EntityTableModel<Resource>::Column> cols(ColumnCount);
    cols[Name] = {QCoreApplication::translate("Cairn::Models", "Resource"),
        [](const Resource &x, int r) { return textCell(x.name, r); },
        [](Resource &x, const QVariant &v) { return setName(x.name, v); }};
    cols[Kind] = {QCoreApplication::translate("Cairn::Models", "Kind"),
        [](const Resource &x, int r) { return enumCell(x.kind, r); },
        [](Resource &x, const QVariant &v) { return setEnum(x.kind, v); }};
    cols[Capacity] = {QCoreApplication::translate("Cairn::Models", "Capacity / quarter"),
        [pl](const Resource &x, int r) {
            if (r == PlanTableModel::SortRole)
                return QVariant(x.defaultCapacity);
            if (r != Qt::DisplayRole && r != Qt::EditRole)
                return QVariant();
            if (x.kind == ResourceKind::Budget)
                return moneyCell(*pl, Money(x.defaultCapacity), r);
            return QVariant(formatAmount(pl->content(), x, x.defaultCapacity));
        },
        [pl](Resource &x, const QVariant &v) {
            const auto amount = parseAmount(pl->content(), x, v.toString());
            if (amount)
                x.defaultCapacity = *amount;
            return amount.has_value();
        },
        true};
    cols[Notes] = {QCoreApplication::translate("Cairn::Models", "Notes"),
        [](const Resource &x, int r) { return textCell(x.notes, r); },
        [](Resource &x, const QVariant &v) {
            x.notes = v.toString();
            return true;
        }};
    setColumns(std::move(cols));
}

} // namespace Cairn
