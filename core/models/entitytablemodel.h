#pragma once

#include "core/domain/fieldvalue.h"
#include "core/edit/editfacade.h"
#include "core/edit/entityvalue.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

#include <functional>
#include <memory>
#include <vector>

namespace Cairn {

// How a cell is edited, from the field schema: the views and the inspector build their editors
// from it (PlanTableModel::EditorRole), so that no view spells a field out again.
struct EditorHint {
    enum class Kind { Text, LongText, Number, Choice, Quarter, Reference, List, ReadOnly };
    Kind kind = Kind::Text;
    int minimum = 0;
    int maximum = 0;
    QString suffix; // " q", " %"
    QStringList choices; // Choice: the names in order (the edit value is the index);
                         // Quarter: the plan's quarters; Reference: the names to pick from
};

// A table over one kind of plan entity, one row per entity in the plan's order. It follows
// the plan's change announcements (rows added, removed, changed, or a reset) and writes edits
// through the EditFacade, so every cell edit is an undo step and a refused edit changes
// nothing. QtCore only: views and delegates live in the app.
class PlanTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the entity id (qint64)
        SortRole, // a value that sorts naturally (numbers, quarter ordinals)
        EditorRole, // an EditorHint
        KeyRole, // the column's key (a field key, or "start", "finish", "why")
    };

    PlanTableModel(
        Plan &plan, EditFacade *edit, EntityKind kind, quint64 nameBit, QObject *parent = nullptr);

    EntityKind kind() const { return m_kind; }
    int rowCount(const QModelIndex &parent = {}) const override;
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    // The column with this key, or -1.
    virtual int columnOf(QStringView key) const = 0;
    // Whether a column starts hidden (shown from the header's menu).
    virtual bool hiddenByDefault(int column) const = 0;
    // The field a column shows (none for worked-out columns such as the schedule's start).
    virtual const FieldSpec *fieldAt(int column) const = 0;
    const Plan &plan() const { return m_plan; }
    // The plan the rows show when it is not the plan itself: a scenario's (its overrides
    // applied; ScheduleSnapshot::content), or none. Cells show its values and an edit starts from
    // them, so that an edit in a scenario changes only what was edited.
    void setShown(std::shared_ptr<const PlanContent> shown);
    const PlanContent &shownContent() const { return m_shown ? *m_shown : m_plan.content(); }

signals:
    // A cell edit was refused (e.g. a value out of range); the message says why.
    void editRefused(const QString &message);

protected:
    virtual std::vector<qint64> currentIds() const = 0;
    void reload(); // re-reads the rows (call from the constructor of the concrete model)
    Plan &m_plan;
    EditFacade *m_edit;
    std::shared_ptr<const PlanContent> m_shown;

private:
    void onPlanChanged(const PlanChange &change);
    EntityKind m_kind;
    quint64 m_nameBit;
    std::vector<qint64> m_ids;
};

// The parts of a cell that do not depend on the entity's type.
QVariant fieldCell(const FieldSpec &field, const QVariant &value, const Plan &plan, int role,
    ResourceKind amountKind);
EditorHint editorHint(const FieldSpec &field, const Plan &plan, qint64 self);

template<class T> class EntityTableModel : public PlanTableModel {
public:
    // A column shows a field of the schema, or something worked out (the schedule's start).
    struct Column {
        const Field<T> *field = nullptr;
        QString key;
        QString header;
        std::function<QVariant(const T &, int role)> derived;
        bool hidden = false;
    };

    EntityTableModel(Plan &plan, EditFacade *edit, QObject *parent = nullptr)
        : PlanTableModel(plan, edit, schemaOf<T>().kind,
            schemaOf<T>().fields[size_t(schemaOf<T>().nameField)].bit, parent)
    {
        for (const Field<T> &f : schemaOf<T>().fields)
            if (f.column != ColumnUse::None)
                m_columns.push_back(
                    {&f, f.keyText(), f.labelText(), {}, f.column == ColumnUse::Hidden});
        reload();
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    int columnOf(QStringView key) const override
    {
        for (size_t i = 0; i < m_columns.size(); ++i)
            if (m_columns[i].key == key)
                return int(i);
        return -1;
    }
    bool hiddenByDefault(int column) const override
    {
        return column >= 0 && size_t(column) < m_columns.size() && m_columns[size_t(column)].hidden;
    }

    const FieldSpec *fieldAt(int column) const override
    {
        return column >= 0 && size_t(column) < m_columns.size() ? m_columns[size_t(column)].field
                                                                : nullptr;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || size_t(section) >= m_columns.size())
            return QAbstractTableModel::headerData(section, orientation, role);
        if (role == Qt::DisplayRole)
            return m_columns[size_t(section)].header;
        if (role == KeyRole)
            return m_columns[size_t(section)].key;
        return {};
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T *e = entity(idAt(index.row()));
        if (!e)
            return {};
        const Column &c = m_columns[size_t(index.column())];
        if (role == IdRole)
            return QVariant::fromValue(e->id.value);
        if (role == KeyRole)
            return c.key;
        if (!c.field) {
            if (role == EditorRole)
                return QVariant::fromValue(EditorHint {EditorHint::Kind::ReadOnly});
            const QVariant v = c.derived(*e, role);
            return role == SortRole && !v.isValid() ? c.derived(*e, Qt::DisplayRole) : v;
        }
        if (role == EditorRole)
            return QVariant::fromValue(editorHint(*c.field, m_plan, e->id.value));
        return fieldCell(*c.field, c.field->get(*e), m_plan, role, amountKind(*e));
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (index.isValid() && m_edit && m_columns[size_t(index.column())].field)
            f |= Qt::ItemIsEditable;
        return f;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::EditRole || !index.isValid() || !m_edit)
            return false;
        const Field<T> *f = m_columns[size_t(index.column())].field;
        const T *e = entity(idAt(index.row()));
        if (!e || !f)
            return false;
        T changed = *e;
        QString problem;
        if (!parseInto(*f, value, changed, &problem)) {
            emit editRefused(QCoreApplication::translate("Cairn::Models", "%1: %2")
                                 .arg(f->labelText(), problem));
            return false;
        }
        const EditResult r = m_edit->update(changed);
        if (!r.ok)
            emit editRefused(r.message);
        return r.ok;
    }

protected:
    // Adds a column worked out from the entity (and from what the subclass knows) at `at`.
    void insertDerivedColumn(int at, const QString &key, const QString &header,
        std::function<QVariant(const T &, int role)> get)
    {
        beginResetModel();
        m_columns.insert(m_columns.begin() + std::clamp<int>(at, 0, int(m_columns.size())),
            Column {nullptr, key, header, std::move(get), false});
        endResetModel();
    }

    std::vector<qint64> currentIds() const override
    {
        std::vector<qint64> ids;
        for (const T &e : items())
            ids.push_back(e.id.value);
        return ids;
    }

private:
    const T *entity(qint64 id) const
    {
        if (m_shown) {
            const T *shown = nullptr;
            if constexpr (std::is_same_v<T, Goal>)
                shown = m_shown->goal(GoalId {id});
            else if constexpr (std::is_same_v<T, System>)
                shown = m_shown->system(SystemId {id});
            else if constexpr (std::is_same_v<T, Resource>)
                shown = m_shown->resource(ResourceId {id});
            else if constexpr (std::is_same_v<T, Initiative>)
                shown = m_shown->initiative(InitiativeId {id});
            else
                shown = m_shown->milestone(MilestoneId {id});
            if (shown)
                return shown;
        }
        return findEntity<T>(m_plan, id);
    }
    const std::vector<T> &items() const
    {
        if constexpr (std::is_same_v<T, Goal>)
            return m_plan.goals();
        else if constexpr (std::is_same_v<T, System>)
            return m_plan.systems();
        else if constexpr (std::is_same_v<T, Resource>)
            return m_plan.resources();
        else if constexpr (std::is_same_v<T, Initiative>)
            return m_plan.initiatives();
        else
            return m_plan.milestones();
    }
    static ResourceKind amountKind(const T &e)
    {
        if constexpr (std::is_same_v<T, Resource>)
            return e.kind;
        else
            return ResourceKind::Budget;
    }
    // An edit value: a choice's index from a chooser, otherwise text as a person typed it.
    bool parseInto(const Field<T> &f, const QVariant &value, T &item, QString *problem) const
    {
        if (f.type == FieldType::Choice && value.typeId() != QMetaType::QString) {
            bool ok = false;
            const int i = value.toInt(&ok);
            if (!ok || i < 0 || i >= f.choices->size()) {
                *problem = QCoreApplication::translate("Cairn::Models", "not one of the choices.");
                return false;
            }
            f.set(item, i);
            return true;
        }
        const CellValue v = parseCell(f, value.toString(), {m_plan.content(), amountKind(item)});
        if (!v.ok()) {
            *problem = v.error;
            return false;
        }
        if (v.empty && !f.emptyClears()) {
            *problem = QCoreApplication::translate("Cairn::Models", "a value is needed.");
            return false;
        }
        f.set(item, v.value);
        return true;
    }

    std::vector<Column> m_columns;
};

} // namespace Cairn

Q_DECLARE_METATYPE(Cairn::EditorHint)
