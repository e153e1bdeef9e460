#pragma once

#include "core/domain/plan.h"

#include <QSortFilterProxyModel>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLineEdit;
class QTableView;
class QToolBar;

namespace Cairn {

class EditFacade;
class PlanTableModel;
class Presence;

// Rows whose text contains the search words and whose chosen columns hold the chosen values;
// on a shared plan, the name of an item a colleague has open carries their mark and a tooltip
// naming them.
class EntityFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearchText(const QString &text);
    void setColumnValue(int column, int editValue); // -1: any
    void setColumnTag(int column, const QString &tag); // empty: any
    void setIdFilter(std::function<bool(qint64)> accept);
    // Not owned; it outlives the proxy. None: a plan file.
    void setPresence(const Presence *presence, EntityKind kind);

    QVariant data(const QModelIndex &index, int role) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void presenceChanged(const QList<qint64> &items);

    const Presence *m_presence = nullptr;
    EntityKind m_kind = EntityKind::Initiative;
    QStringList m_words;
    QHash<int, int> m_columnValues;
    QHash<int, QString> m_columnTags;
    std::function<bool(qint64)> m_idFilter;
};

// One table editor: a filter bar over a sortable, editable table of one kind of entity. Its
// columns, editors and filters come from the field schema (through the model).
class TablePage : public QWidget {
    Q_OBJECT

public:
    TablePage(EntityKind kind, Plan &plan, EditFacade *edit, QWidget *parent = nullptr);
    ~TablePage() override;

    EntityKind kind() const { return m_kind; }
    QTableView *view() const { return m_view; }
    PlanTableModel *model() const { return m_model.get(); }
    EntityFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    // The filter combo of a column (kind, status, tags...), if it has one.
    QComboBox *filter(QStringView key) const;

    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    // Colleagues' marks on the items they have open (a shared plan).
    void setPresence(const Presence *presence);
    void selectId(qint64 id);
    // Starts editing the name of the current row, its text selected (typing replaces it).
    void editName();

signals:
    void currentIdChanged(qint64 id);

private:
    void addChoiceFilter(int column);
    void addTagFilter(int column);
    void addGoalFilter(Plan &plan);
    QComboBox *addCombo(const QString &label, const QString &key);
    void fitColumns();

    EntityKind m_kind;
    std::unique_ptr<PlanTableModel> m_model;
    EntityFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QToolBar *m_bar; // the search field and filters; what does not fit goes under its "»"
    QHash<QString, QComboBox *> m_filters;
};

} // namespace Cairn
