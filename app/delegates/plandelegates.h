#pragma once

#include <QStyledItemDelegate>

namespace Cairn {

// A combo box of fixed choices; the model's EditRole is the choice's index.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChoiceDelegate(QStringList choices, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_choices;
};

// An editable combo of a list of names (the plan's quarters, its goals) or none; typed text such
// as "Q3 2028" also works.
class QuarterDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QuarterList = std::function<QStringList()>;
    QuarterDelegate(QuarterList quarters, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QuarterList m_quarters;
};

// A spin box for whole numbers in a range (1-5 scales, percentages, durations).
class RangeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    RangeDelegate(int minimum, int maximum, QString suffix = {}, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_min, m_max;
    QString m_suffix;
};

} // namespace Cairn
