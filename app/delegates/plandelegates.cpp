#include "app/delegates/plandelegates.h"

#include <QComboBox>
#include <QSpinBox>

namespace Cairn {

ComboDelegate::ComboDelegate(Mode mode, Choices choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_mode(mode)
    , m_choices(std::move(choices))
{
}

QWidget *ComboDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    if (m_mode == Mode::Text) {
        combo->setEditable(true);
        combo->addItem(QString());
    }
    combo->addItems(m_choices());
    return combo;
}

void ComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    if (m_mode == Mode::Index)
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
    else
        combo->setCurrentText(index.data(Qt::EditRole).toString());
}

void ComboDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index,
        m_mode == Mode::Index ? QVariant(combo->currentIndex()) : QVariant(combo->currentText()),
        Qt::EditRole);
}

RangeDelegate::RangeDelegate(int minimum, int maximum, QString suffix, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_min(minimum)
    , m_max(maximum)
    , m_suffix(std::move(suffix))
{
}

QWidget *RangeDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(m_min, m_max);
    spin->setSuffix(m_suffix);
    return spin;
}

void RangeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toInt());
}

void RangeDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

} // namespace Cairn
