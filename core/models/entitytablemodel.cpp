#include "core/models/entitytablemodel.h"

namespace Cairn {

PlanTableModel::PlanTableModel(
    Plan &plan, EditFacade *edit, EntityKind kind, quint64 nameBit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_plan(plan)
    , m_edit(edit)
    , m_kind(kind)
    , m_nameBit(nameBit)
{
    connect(&plan, &Plan::changed, this, &PlanTableModel::onPlanChanged);
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

qint64 PlanTableModel::idAt(int row) const
{
    return row >= 0 && size_t(row) < m_ids.size() ? m_ids[size_t(row)] : 0;
}

int PlanTableModel::rowOf(qint64 id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

void PlanTableModel::setShown(std::shared_ptr<const PlanContent> shown)
{
    if (shown == m_shown)
        return;
    m_shown = std::move(shown);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void PlanTableModel::reload()
{
    beginResetModel();
    m_ids = currentIds();
    endResetModel();
}

void PlanTableModel::onPlanChanged(const PlanChange &change)
{
    const int columns = columnCount();
    if (change.type == ChangeType::Reset) {
        reload();
        return;
    }
    if (change.entity != m_kind) {
        // Plan settings (currency, quarter style) change how every row reads; no column shows
        // other kinds of entities or links.
        if (change.entity == EntityKind::Plan && !m_ids.empty() && columns > 0)
            emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, columns - 1));
        return;
    }
    switch (change.type) {
    case ChangeType::Added: {
        const std::vector<qint64> ids = currentIds();
        const auto it = std::find(ids.begin(), ids.end(), change.id);
        const int row = it == ids.end() ? int(m_ids.size())
                                        : std::min(int(it - ids.begin()), int(m_ids.size()));
        beginInsertRows({}, row, row);
        m_ids.insert(m_ids.begin() + row, change.id);
        endInsertRows();
        break;
    }
    case ChangeType::Removed: {
        const int row = rowOf(change.id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_ids.erase(m_ids.begin() + row);
        endRemoveRows();
        break;
    }
    case ChangeType::Modified: {
        // A new name may be shown in other rows too (a goal's "Part of"); other fields only here.
        const int row = rowOf(change.id);
        if ((change.fields & m_nameBit) && !m_ids.empty() && columns > 0)
            emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, columns - 1));
        else if (row >= 0 && columns > 0)
            emit dataChanged(index(row, 0), index(row, columns - 1));
        break;
    }
    case ChangeType::Reset:
        break;
    }
}

namespace {
// Money is edited as it is shown ("€38,000", "38.000 €"), so the inspector and the table agree;
// where the shown form would read back as another amount (three-decimal currencies whose
// grouping looks like a decimal mark), the cell's own form, which reads back exactly.
QString moneyEditText(const FieldSpec &field, const QVariant &value, const FieldContext &context)
{
    const QString shown = displayText(field, value, context);
    const CellValue back = parseCell(field, shown, context);
    return back.ok() && back.value.toLongLong() == value.toLongLong()
        ? shown
        : cellText(field, value, context);
}
} // namespace

QVariant fieldCell(const FieldSpec &field, const QVariant &value, const Plan &plan, int role,
    ResourceKind amountKind)
{
    const FieldContext context {plan.content(), amountKind};
    switch (role) {
    case Qt::DisplayRole:
        if (field.type == FieldType::Integer)
            return value;
        return displayText(field, value, context);
    case Qt::EditRole:
        if (field.type == FieldType::Choice || field.type == FieldType::Integer)
            return value;
        if (field.type == FieldType::Money)
            return moneyEditText(field, value, context);
        return displayText(field, value, context);
    case PlanTableModel::SortRole:
        if (field.type == FieldType::Quarter)
            return value.isNull() ? std::numeric_limits<int>::min() : value.toInt();
        if (field.isNumeric() || field.type == FieldType::Choice)
            return value;
        return displayText(field, value, context);
    case Qt::TextAlignmentRole:
        return field.isNumeric() ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        return field.type == FieldType::LongText ? QVariant(value.toString()) : QVariant();
    default:
        return {};
    }
}

EditorHint editorHint(const FieldSpec &field, const Plan &plan, qint64 self)
{
    EditorHint h;
    h.suffix = field.unitText();
    switch (field.type) {
    case FieldType::LongText:
        h.kind = EditorHint::Kind::LongText;
        break;
    case FieldType::Integer:
        h.kind = EditorHint::Kind::Number;
        h.minimum = int(field.minimum);
        h.maximum = int(field.maximum);
        break;
    case FieldType::Choice:
        h.kind = EditorHint::Kind::Choice;
        h.choices = choiceNames(*field.choices);
        break;
    case FieldType::Quarter: {
        h.kind = EditorHint::Kind::Quarter;
        const PlanInfo &info = plan.info();
        for (int q = 0; q < info.horizon; ++q)
            h.choices << (info.firstQuarter + q).label(info.quarterStyle());
        break;
    }
    case FieldType::Reference:
    case FieldType::References:
        h.kind = field.type == FieldType::Reference ? EditorHint::Kind::Reference
                                                    : EditorHint::Kind::List;
        for (const auto &[id, entry] : nameIndex(plan.content()).asKeyValueRange())
            if (entry.first == field.target && id != self)
                h.choices << entry.second;
        h.choices.sort(Qt::CaseInsensitive);
        break;
    case FieldType::Tags:
        h.kind = EditorHint::Kind::List;
        break;
    default:
        h.kind = EditorHint::Kind::Text;
        break;
    }
    return h;
}

} // namespace Cairn
