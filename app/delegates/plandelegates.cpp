#include "app/delegates/plandelegates.h"

#include "core/models/entitytablemodel.h"

#include <QComboBox>
#include <QSpinBox>

namespace Cairn {

namespace {
EditorHint hintOf(const QModelIndex &index)
{
    return index.data(PlanTableModel::EditorRole).value<EditorHint>();
}
} // namespace

QWidget *FieldDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const EditorHint hint = hintOf(index);
    switch (hint.kind) {
    case EditorHint::Kind::Number: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(hint.minimum, hint.maximum);
        spin->setSuffix(hint.suffix);
        return spin;
    }
    case EditorHint::Kind::Choice: {
        auto *combo = new QComboBox(parent);
        combo->addItems(hint.choices);
        return combo;
    }
    case EditorHint::Kind::Quarter:
    case EditorHint::Kind::Reference: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItem(QString());
        combo->addItems(hint.choices);
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(index.data(Qt::EditRole).toInt());
    else if (auto *combo = qobject_cast<QComboBox *>(editor); combo && !combo->isEditable())
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
    else if (combo)
        combo->setCurrentText(index.data(Qt::EditRole).toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor); combo && !combo->isEditable()) {
        model->setData(index, combo->currentIndex(), Qt::EditRole);
    } else if (combo) {
        model->setData(index, combo->currentText(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace Cairn
