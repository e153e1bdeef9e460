#include "app/views/inspector.h"

#include "app/views/presencemark.h"
#include "core/models/entitytablemodel.h"
#include "core/session/presence.h"

#include <QApplication>
#include <QComboBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemDelegate>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace Cairn {

namespace {
QTableView *smallTable(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setMinimumHeight(90);
    view->setMaximumHeight(150);
    return view;
}
} // namespace

namespace {
// What a person is typing stays: the model's value is put into an editor only when the editor
// holds no text of theirs. (A schedule arriving from the background improvement, or any other
// change of the item's row, made the mapper write the stored name over the one being typed.)
class KeepsTypingDelegate : public QItemDelegate {
public:
    using QItemDelegate::QItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (typing(editor))
            return;
        QItemDelegate::setEditorData(editor, index);
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        QItemDelegate::setModelData(editor, model, index);
        // Given to the plan: what the model says from now on is shown again, at once. A refused
        // value (a circle, text that is not a number) changes no row, so nothing else would
        // put the plan's value back, and the refused one stayed as if it had been taken.
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setModified(false);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            text->document()->setModified(false);
        QItemDelegate::setEditorData(editor, index);
    }

private:
    static bool typing(const QWidget *editor)
    {
        if (!editor->hasFocus())
            return false;
        if (const auto *line = qobject_cast<const QLineEdit *>(editor))
            return line->isModified();
        if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor))
            return text->document()->isModified();
        return false;
    }
};
} // namespace

Inspector::Inspector(EditFacade &edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_mapper(new QDataWidgetMapper(this))
    , m_layout(new QVBoxLayout(this))
    , m_title(new QLabel(this))
    , m_presenceNote(new QWidget(this))
    , m_presenceIcon(new QLabel(m_presenceNote))
    , m_presenceText(new QLabel(m_presenceNote))
{
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    m_mapper->setItemDelegate(new KeepsTypingDelegate(m_mapper));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_layout->addWidget(m_title);
    // Under the title, where the person looks: who else is editing the item (a hint; it never
    // stops an edit).
    m_presenceNote->setObjectName(QStringLiteral("presenceNote"));
    auto *note = new QHBoxLayout(m_presenceNote);
    note->setContentsMargins(0, 0, 0, 0);
    note->addWidget(m_presenceIcon, 0, Qt::AlignTop);
    note->addWidget(m_presenceText, 1);
    m_presenceText->setWordWrap(true);
    m_presenceNote->hide();
    m_layout->addWidget(m_presenceNote);
    m_layout->addStretch(1);
    connect(&edit.plan(), &Plan::changed, this, [this](const PlanChange &c) {
        if (c.type == ChangeType::Reset || c.entity == EntityKind::Dependency
            || c.entity == EntityKind::GoalContribution || c.entity == EntityKind::SystemImpact
            || c.id == m_id)
            refreshLinks();
    });
    // An editor of the shown item has the focus: the item is being edited.
    const QPointer<EditFacade> facade(&edit);
    connect(qApp, &QApplication::focusChanged, this, [this, facade](QWidget *, QWidget *now) {
        if (facade)
            updateEditing(now);
    });
    rebuild();
}

Inspector::~Inspector()
{
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void Inspector::updateEditing(QWidget *focus)
{
    bool editing = false;
    for (QWidget *w = focus; w && !editing; w = w->parentWidget())
        editing = m_mapper->mappedSection(w) >= 0;
    m_edit.setEditing(editing && m_id != 0 ? std::optional<qint64>(m_id) : std::nullopt);
}

void Inspector::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    rebuild();
}

void Inspector::show(PlanTableModel *model, qint64 id)
{
    if (model == m_model && id == m_id)
        return;
    const bool another = id != m_id;
    m_model = model;
    m_id = id;
    rebuild();
    if (another)
        emit shownChanged(id);
}

void Inspector::setPresence(const Presence *presence)
{
    if (m_presence)
        disconnect(m_presence, nullptr, this, nullptr);
    m_presence = presence;
    if (m_presence)
        connect(m_presence, &Presence::changed, this, [this](const QList<qint64> &items) {
            if (items.contains(m_id))
                updatePresence();
        });
    updatePresence();
}

void Inspector::updatePresence()
{
    const QStringList colleagues = m_presence && m_model && m_model->rowOf(m_id) >= 0
        ? m_presence->colleagues(m_id)
        : QStringList();
    m_presenceNote->setVisible(!colleagues.isEmpty());
    if (colleagues.isEmpty())
        return;
    const int size = m_presenceText->fontMetrics().height();
    m_presenceIcon->setPixmap(PresenceMark::icon(colleagues).pixmap(size, size));
    m_presenceText->setText(PresenceMark::text(colleagues, m_model->kind()));
}

QWidget *Inspector::editorFor(int column, QByteArray *property)
{
    const QModelIndex index = m_model->index(m_model->rowOf(m_id), column);
    const EditorHint hint = index.data(PlanTableModel::EditorRole).value<EditorHint>();
    switch (hint.kind) {
    case EditorHint::Kind::Choice: {
        auto *combo = new QComboBox(m_body);
        combo->addItems(hint.choices);
        *property = "currentIndex";
        connect(combo, &QComboBox::activated, m_mapper, &QDataWidgetMapper::submit);
        return combo;
    }
    case EditorHint::Kind::Quarter:
    case EditorHint::Kind::Reference: {
        auto *combo = new QComboBox(m_body);
        combo->setEditable(true);
        combo->addItem(QString());
        combo->addItems(hint.choices);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        *property = "currentText";
        connect(combo, &QComboBox::activated, m_mapper, &QDataWidgetMapper::submit);
        return combo;
    }
    case EditorHint::Kind::Number: {
        auto *spin = new QSpinBox(m_body);
        spin->setRange(hint.minimum, hint.maximum);
        spin->setSuffix(hint.suffix);
        *property = "value";
        return spin;
    }
    case EditorHint::Kind::LongText: {
        auto *text = new QPlainTextEdit(m_body);
        text->setTabChangesFocus(true);
        text->setMaximumHeight(fontMetrics().lineSpacing() * 5);
        *property = "plainText";
        return text;
    }
    default: {
        *property = "text";
        return new QLineEdit(m_body);
    }
    }
}

void Inspector::setSchedule(std::shared_ptr<const PlanSchedule> schedule)
{
    m_schedule = std::move(schedule);
    refreshLinks();
}

void Inspector::rebuild()
{
    m_mapper->clearMapping();
    m_edit.setEditing(std::nullopt);
    if (m_body) {
        m_layout->removeWidget(m_body);
        m_body->deleteLater();
        m_body = nullptr;
    }
    m_why = nullptr;
    m_depends = m_goals = m_systems = m_capacity = nullptr;
    const int row = m_model ? m_model->rowOf(m_id) : -1;
    if (row < 0) {
        m_title->setText(tr("Nothing selected"));
        // What the empty space is for, so that a first look does not see a dead panel.
        auto *hint = new QLabel(tr("Select a bar on the roadmap or a row in a table to see it "
                                   "here and edit it: its fields, why it is scheduled when it "
                                   "is, what it depends on and what it serves."),
            this);
        hint->setObjectName(QStringLiteral("inspectorHint"));
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        m_body = hint;
        m_layout->insertWidget(m_layout->indexOf(m_presenceNote) + 1, m_body);
        updatePresence();
        return;
    }
    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Long labels (and long translations) go above their field rather than being cut.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    body->addLayout(form);
    m_mapper->setModel(m_model);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const EditorHint hint
            = m_model->index(row, column).data(PlanTableModel::EditorRole).value<EditorHint>();
        if (hint.kind == EditorHint::Kind::ReadOnly)
            continue; // the schedule's figures have a box of their own
        QByteArray property;
        QWidget *editor = editorFor(column, &property);
        if (const FieldSpec *field = m_model->fieldAt(column))
            editor->setObjectName(field->keyText()); // "name", "risk": found by its field
        editor->setEnabled(!m_readOnly);
        const QString label
            = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        form->addRow(label + QLatin1Char(':'), editor);
        // Text goes through the delegate (the editor's own property), which keeps what is typed.
        if (qobject_cast<QLineEdit *>(editor) || qobject_cast<QPlainTextEdit *>(editor))
            m_mapper->addMapping(editor, column);
        else
            m_mapper->addMapping(editor, column, property);
    }
    m_mapper->setCurrentIndex(row);
    m_title->setText(m_model->index(row, 0).data().toString());

    if (m_model->kind() == EntityKind::Initiative) {
        m_why = new QLabel(m_body);
        m_why->setWordWrap(true);
        m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *whyBox = new QGroupBox(tr("Schedule"), m_body);
        auto *wl = new QVBoxLayout(whyBox);
        wl->addWidget(m_why);
        body->addWidget(whyBox);
        body->addWidget(linksSection());
    } else if (m_model->kind() == EntityKind::Resource) {
        body->addWidget(capacitySection());
    }
    m_layout->insertWidget(m_layout->indexOf(m_presenceNote) + 1, m_body);
    updatePresence();
    refreshLinks();
}

namespace {
// One list of the initiative's links: its table, a chooser of what to link, the link's own fields,
// Add and Remove. Add and Remove act through the callbacks.
struct LinkEditor {
    QTableView *view = nullptr;
    QComboBox *target = nullptr;
    QToolButton *add = nullptr;
    // The id (Qt::UserRole of column 0) of the selected row; 0 when none.
    qint64 selected(const QStandardItemModel *model) const
    {
        const QModelIndex i = view->currentIndex();
        return i.isValid() ? model->index(i.row(), 0).data(Qt::UserRole).toLongLong() : 0;
    }
};

template<class Entity>
LinkEditor linkEditor(QWidget *box, QVBoxLayout *layout, QStandardItemModel *model,
    const std::vector<Entity> &targets, qint64 self, const QList<QWidget *> &fields,
    std::function<void(qint64)> add, std::function<void(qint64)> remove)
{
    LinkEditor e;
    e.view = smallTable(model, box);
    layout->addWidget(e.view);
    // What to link on a line of its own (names are long), then how and the buttons: the dock
    // stays narrow enough for a 1280-pixel screen.
    e.target = new QComboBox(box);
    for (const Entity &t : targets)
        if (t.id.value != self)
            e.target->addItem(t.name, QVariant::fromValue(t.id.value));
    layout->addWidget(e.target);
    auto *row = new QHBoxLayout;
    for (QWidget *w : fields)
        row->addWidget(w, 1);
    e.add = new QToolButton(box);
    e.add->setText(Inspector::tr("Add"));
    auto *removeButton = new QToolButton(box);
    removeButton->setText(Inspector::tr("Remove"));
    row->addWidget(e.add);
    row->addWidget(removeButton);
    layout->addLayout(row);
    QObject::connect(e.add, &QToolButton::clicked, box,
        [target = e.target, add] { add(target->currentData().toLongLong()); });
    QObject::connect(removeButton, &QToolButton::clicked, box, [e, model, remove] {
        if (const qint64 id = e.selected(model))
            remove(id);
    });
    return e;
}
} // namespace

QWidget *Inspector::linksSection()
{
    auto *box = new QGroupBox(tr("Links"), m_body);
    auto *layout = new QVBoxLayout(box);
    const Plan &plan = m_edit.plan();
    const InitiativeId self {m_id};

    // Depends on (finish-to-start or start-to-start, with a lag)
    m_depends = new QStandardItemModel(0, 3, box);
    m_depends->setHorizontalHeaderLabels({tr("Depends on"), tr("Type"), tr("Lag")});
    auto *depType = new QComboBox(box);
    depType->addItems(
        {displayName(DependencyType::FinishToStart), displayName(DependencyType::StartToStart)});
    auto *depLag = new QSpinBox(box);
    depLag->setRange(-8, 20);
    depLag->setSuffix(tr(" q"));
    depLag->setToolTip(tr("Lag in quarters"));
    const LinkEditor deps = linkEditor(
        box, layout, m_depends, plan.initiatives(), self.value, {depType, depLag},
        [this, depType, depLag, self](qint64 pred) {
            const EditResult r = m_edit.setLink(Dependency {InitiativeId {pred}, self,
                depType->currentIndex() == 1 ? DependencyType::StartToStart
                                             : DependencyType::FinishToStart,
                depLag->value()});
            if (!r.ok)
                emit refused(r.message);
        },
        [this, self](qint64 pred) {
            m_edit.removeLink(Dependency {InitiativeId {pred}, self});
        });
    deps.target->setObjectName(QStringLiteral("dependencyTarget"));
    deps.add->setObjectName(QStringLiteral("dependencyAdd"));

    // Supports goals, with a contribution strength
    m_goals = new QStandardItemModel(0, 2, box);
    m_goals->setHorizontalHeaderLabels({tr("Supports goal"), tr("Contribution")});
    auto *strength = new QSpinBox(box);
    strength->setRange(1, 5);
    strength->setValue(3);
    linkEditor(
        box, layout, m_goals, plan.goals(), 0, {strength},
        [this, strength, self](qint64 goal) {
            m_edit.setLink(GoalContribution {self, GoalId {goal}, strength->value()});
        },
        [this, self](qint64 goal) {
            m_edit.removeLink(GoalContribution {self, GoalId {goal}});
        });

    // Affects systems, with an effect
    m_systems = new QStandardItemModel(0, 2, box);
    m_systems->setHorizontalHeaderLabels({tr("Affects system"), tr("Effect")});
    auto *effect = new QComboBox(box);
    for (int e = 0; e < enumCount<SystemEffect>(); ++e)
        effect->addItem(displayName(SystemEffect(e)));
    linkEditor(
        box, layout, m_systems, plan.systems(), 0, {effect},
        [this, effect, self](qint64 system) {
            m_edit.setLink(
                SystemImpact {self, SystemId {system}, SystemEffect(effect->currentIndex())});
        },
        [this, self](qint64 system) {
            m_edit.removeLink(SystemImpact {self, SystemId {system}});
        });
    for (QWidget *w : box->findChildren<QWidget *>()) {
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            // Long names must not make the dock wider than the screen.
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(6);
        }
        if (qobject_cast<QToolButton *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QSpinBox *>(w))
            w->setEnabled(!m_readOnly);
    }
    return box;
}

QWidget *Inspector::capacitySection()
{
    auto *box = new QGroupBox(tr("Capacity per quarter"), m_body);
    auto *layout = new QVBoxLayout(box);
    m_capacity = new QStandardItemModel(box);
    auto *view = new QTableView(box);
    view->setModel(m_capacity);
    view->setMaximumHeight(90);
    view->horizontalHeader()->setDefaultSectionSize(72);
    layout->addWidget(view);
    auto *hint = new QLabel(tr("Change a quarter's figure to override the usual capacity."), box);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    connect(m_capacity, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        const Resource *r = shownResource();
        if (!r || m_readOnly || m_fillingCapacity)
            return;
        Resource changed = *r;
        const Quarter q = Quarter::fromOrdinal(item->data(Qt::UserRole).toInt());
        const auto parsed = parseAmount(m_edit.plan().content(), *r, item->text());
        if (!parsed) {
            emit refused(r->kind == ResourceKind::Budget
                    ? tr("“%1” is not an amount of money.").arg(item->text())
                    : tr("“%1” is not a number of FTE.").arg(item->text()));
            refreshLinks();
            return;
        }
        const qint64 amount = *parsed;
        if (amount == changed.defaultCapacity)
            changed.capacities.remove(q);
        else
            changed.capacities.insert(q, amount);
        m_edit.update(changed);
    });
    return box;
}

const Resource *Inspector::shownResource() const
{
    // A scenario's capacities when one is shown (see PlanTableModel::setShown).
    return m_model ? m_model->shownContent().resource(ResourceId {m_id})
                   : m_edit.plan().resource(ResourceId {m_id});
}

void Inspector::refreshLinks()
{
    const Plan &plan = m_edit.plan();
    if (m_model && m_model->rowOf(m_id) >= 0) {
        m_mapper->setCurrentIndex(m_model->rowOf(m_id));
        m_title->setText(m_model->index(m_model->rowOf(m_id), 0).data().toString());
        // A long name reads from its start, not from where the cursor was left.
        if (m_body)
            for (QLineEdit *line : m_body->findChildren<QLineEdit *>())
                if (!line->hasFocus())
                    line->setCursorPosition(0);
    }
    const InitiativeId self {m_id};
    if (m_why) {
        const InitiativeSchedule *s = m_schedule ? m_schedule->find(self) : nullptr;
        const QuarterStyle style = plan.info().quarterStyle();
        if (!s)
            m_why->setText(tr("Not scheduled yet."));
        else if (s->start)
            m_why->setText(tr("%1 – %2. %3%4")
                               .arg(s->start->label(style), s->finish->label(style), s->why,
                                   s->deadline ? QLatin1Char(' ')
                                           + tr("Deadline %1%2.")
                                                 .arg(s->deadline->label(style),
                                                     s->late ? tr(" (missed)") : QString())
                                               : QString()));
        else
            m_why->setText(s->why);
    }
    if (m_depends) {
        m_depends->removeRows(0, m_depends->rowCount());
        for (const Dependency &d : plan.dependencies()) {
            if (d.successor != self)
                continue;
            const Initiative *p = plan.initiative(d.predecessor);
            auto *name = new QStandardItem(p ? p->name : QString());
            name->setData(QVariant::fromValue(d.predecessor.value), Qt::UserRole);
            m_depends->appendRow({name, new QStandardItem(displayName(d.type)),
                new QStandardItem(QString::number(d.lag))});
        }
    }
    if (m_goals) {
        m_goals->removeRows(0, m_goals->rowCount());
        for (const GoalContribution &c : plan.contributions()) {
            if (c.initiative != self)
                continue;
            const Goal *g = plan.goal(c.goal);
            auto *name = new QStandardItem(g ? g->name : QString());
            name->setData(QVariant::fromValue(c.goal.value), Qt::UserRole);
            m_goals->appendRow({name, new QStandardItem(QString::number(c.strength))});
        }
    }
    if (m_systems) {
        m_systems->removeRows(0, m_systems->rowCount());
        for (const SystemImpact &c : plan.impacts()) {
            if (c.initiative != self)
                continue;
            const System *s = plan.system(c.system);
            auto *name = new QStandardItem(s ? s->name : QString());
            name->setData(QVariant::fromValue(c.system.value), Qt::UserRole);
            m_systems->appendRow({name, new QStandardItem(displayName(c.effect))});
        }
    }
    if (m_capacity) {
        const Resource *r = shownResource();
        m_fillingCapacity = true;
        m_capacity->clear();
        if (r) {
            const PlanInfo &info = plan.info();
            QList<QStandardItem *> row;
            QStringList headers;
            for (int q = 0; q < info.horizon; ++q) {
                const Quarter quarter = info.firstQuarter + q;
                headers << quarter.label(info.quarterStyle());
                const qint64 cap = r->capacityIn(quarter);
                auto *item = new QStandardItem(r->kind == ResourceKind::Budget
                        ? Money(cap).format(info.currency, QLocale())
                        : QLocale().toString(double(cap) / 100.0, 'g', 4));
                item->setData(quarter.ordinal(), Qt::UserRole);
                item->setEditable(!m_readOnly);
                if (r->capacities.contains(quarter)) {
                    QFont f = item->font();
                    f.setBold(true);
                    item->setFont(f);
                }
                row << item;
            }
            m_capacity->appendRow(row);
            m_capacity->setHorizontalHeaderLabels(headers);
            m_capacity->setVerticalHeaderLabels(
                {r->kind == ResourceKind::Budget ? info.currency.code : tr("FTE")});
        }
        m_fillingCapacity = false;
    }
}

} // namespace Cairn
