#pragma once

#include <QSortFilterProxyModel>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace Cairn {

class PlanTableModel;

// Rows whose text contains the search words and whose chosen columns hold the chosen values.
class EntityFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearchText(const QString &text);
    void setColumnValue(int column, int editValue); // -1: any
    void setIdFilter(std::function<bool(qint64)> accept);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QHash<int, int> m_columnValues;
    std::function<bool(qint64)> m_idFilter;
};

// One table editor: a filter bar over a sortable, editable table of one kind of entity.
class TablePage : public QWidget {
    Q_OBJECT

public:
    TablePage(PlanTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    PlanTableModel *model() const { return m_model; }
    EntityFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    // Adds a combo to the filter bar that keeps rows whose column has the chosen value.
    QComboBox *addChoiceFilter(const QString &label, int column, const QStringList &choices);
    // Adds a combo of named id filters (e.g. by goal).
    QComboBox *addIdFilter(
        const QString &label, const QList<QPair<QString, std::function<bool(qint64)>>> &filters);

    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    void selectId(qint64 id);
    void fitColumns(int stretchColumn = -1);

signals:
    void currentIdChanged(qint64 id);

private:
    PlanTableModel *m_model;
    EntityFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QWidget *m_bar;
};

} // namespace Cairn
