#pragma once

#include <QStyledItemDelegate>

namespace Cairn {

// The editor of any plan table cell, as the model's EditorRole describes it (from the field
// schema): a spin box for a number in its range, a combo box for a choice (the edit value is the
// index), an editable combo of the plan's quarters or of names to refer to (typed text such as
// "Q3 2028" also works), a line edit otherwise.
class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Cairn
