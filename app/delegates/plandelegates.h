#pragma once

#include <QStyledItemDelegate>

namespace Cairn {

// A combo box editor. Index mode: fixed choices, the model's EditRole is the choice's index
// (kinds, statuses). Text mode: an editable combo of names with an empty first entry for "none"
// (quarters, goals); typed text such as "Q3 2028" also works.
class ComboDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Mode { Index, Text };
    using Choices = std::function<QStringList()>;
    ComboDelegate(Mode mode, Choices choices, QObject *parent = nullptr);
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Mode m_mode;
    Choices m_choices;
};

// A spin box for whole numbers in a range (1-5 scales, percentages, durations).
class RangeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    RangeDelegate(int minimum, int maximum, QString suffix = {}, QObject *parent = nullptr);
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_min, m_max;
    QString m_suffix;
};

} // namespace Cairn
