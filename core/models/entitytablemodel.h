#pragma once

#include "core/edit/editfacade.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

#include <functional>
#include <vector>

namespace Cairn {

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
    };

    PlanTableModel(Plan &plan, EditFacade *edit, EntityKind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

signals:
    // A cell edit was refused (e.g. a value out of range); the message says why.
    void editRefused(const QString &message);

protected:
    virtual std::vector<qint64> currentIds() const = 0;
    void reload(); // re-reads the rows (call from the constructor of the concrete model)
    Plan &m_plan;
    EditFacade *m_edit;

private:
    void onPlanChanged(const PlanChange &change);
    EntityKind m_kind;
    std::vector<qint64> m_ids;
};

template<class T> class EntityTableModel : public PlanTableModel {
public:
    struct Column {
        QString header;
        std::function<QVariant(const T &, int role)> get;
        // Sets the column's field from an edit value; false if the value is not acceptable.
        std::function<bool(T &, const QVariant &)> set;
        bool numeric = false;
    };

    EntityTableModel(Plan &plan, EditFacade *edit, EntityKind kind, std::vector<Column> columns,
        std::function<const T *(const Plan &, qint64)> lookup,
        std::function<const std::vector<T> &(const Plan &)> all, QObject *parent = nullptr)
        : PlanTableModel(plan, edit, kind, parent)
        , m_columns(std::move(columns))
        , m_lookup(std::move(lookup))
        , m_all(std::move(all))
    {
        reload();
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || size_t(section) >= m_columns.size())
            return QAbstractTableModel::headerData(section, orientation, role);
        if (role == Qt::DisplayRole)
            return m_columns[size_t(section)].header;
        return {};
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T *e = m_lookup(m_plan, idAt(index.row()));
        if (!e)
            return {};
        const Column &c = m_columns[size_t(index.column())];
        if (role == IdRole)
            return QVariant::fromValue(e->id.value);
        if (role == Qt::TextAlignmentRole)
            return c.numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        if (role == SortRole) {
            const QVariant v = c.get(*e, SortRole);
            return v.isValid() ? v : c.get(*e, Qt::DisplayRole);
        }
        return c.get(*e, role);
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (index.isValid() && m_edit && m_columns[size_t(index.column())].set)
            f |= Qt::ItemIsEditable;
        return f;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::EditRole || !index.isValid() || !m_edit)
            return false;
        const Column &c = m_columns[size_t(index.column())];
        const T *e = m_lookup(m_plan, idAt(index.row()));
        if (!e || !c.set)
            return false;
        T changed = *e;
        if (!c.set(changed, value)) {
            emit editRefused(QCoreApplication::translate("Cairn::Models", "“%1” is not a valid %2.")
                                 .arg(value.toString(), c.header.toLower()));
            return false;
        }
        const EditResult r = m_edit->update(changed);
        if (!r.ok)
            emit editRefused(r.message);
        return r.ok;
    }

protected:
    // Concrete models build their columns in their constructor (they capture `this`).
    void setColumns(std::vector<Column> columns)
    {
        beginResetModel();
        m_columns = std::move(columns);
        endResetModel();
    }

    std::vector<qint64> currentIds() const override
    {
        std::vector<qint64> ids;
        for (const T &e : m_all(m_plan))
            ids.push_back(e.id.value);
        return ids;
    }

private:
    std::vector<Column> m_columns;
    std::function<const T *(const Plan &, qint64)> m_lookup;
    std::function<const std::vector<T> &(const Plan &)> m_all;
};

} // namespace Cairn
