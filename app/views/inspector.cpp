#include "app/views/inspector.h"

#include "core/models/entitytablemodel.h"

#include <QComboBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

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

Inspector::Inspector(EditFacade &edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_mapper(new QDataWidgetMapper(this))
    , m_layout(new QVBoxLayout(this))
    , m_title(new QLabel(this))
{
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_layout->addWidget(m_title);
    m_layout->addStretch(1);
    connect(&edit.plan(), &Plan::changed, this, [this](const PlanChange &c) {
        if (c.type == ChangeType::Reset || c.entity == EntityKind::Dependency || c.entity == EntityKind::GoalContribution
            || c.entity == EntityKind::SystemImpact || c.id == m_id)
            refreshLinks();
    });
    rebuild();
}

void Inspector::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    rebuild();
}

void Inspector::show(PlanTableModel *model, const std::vector<ColumnSpec> &specs, qint64 id)
{
    if (model == m_model && id == m_id)
        return;
    m_model = model;
    m_specs = specs;
    m_id = id;
    rebuild();
}

void Inspector::setSchedule(std::shared_ptr<const PlanSchedule> schedule)
{
    m_schedule = std::move(schedule);
    refreshLinks();
}

void Inspector::rebuild()
{
    m_mapper->clearMapping();
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
        return;
    }
    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    body->addLayout(form);
    m_mapper->setModel(m_model);
    for (const ColumnSpec &spec : m_specs) {
        const QString label = m_model->headerData(spec.column, Qt::Horizontal, Qt::DisplayRole).toString();
        QWidget *editor = nullptr;
        QByteArray property;
        switch (spec.editor) {
        case ColumnSpec::Editor::Choice: {
            auto *combo = new QComboBox(m_body);
            combo->addItems(spec.choices);
            editor = combo;
            property = "currentIndex";
            connect(combo, &QComboBox::activated, m_mapper, &QDataWidgetMapper::submit);
            break;
        }
        case ColumnSpec::Editor::Quarter: {
            auto *combo = new QComboBox(m_body);
            combo->setEditable(true);
            combo->addItem(QString());
            const PlanInfo &info = m_edit.plan().info();
            for (int q = 0; q < info.horizon; ++q)
                combo->addItem((info.firstQuarter + q).label(info.quarterStyle()));
            editor = combo;
            property = "currentText";
            connect(combo, &QComboBox::activated, m_mapper, &QDataWidgetMapper::submit);
            break;
        }
        case ColumnSpec::Editor::GoalName: {
            auto *combo = new QComboBox(m_body);
            combo->addItem(QString());
            for (const Goal &g : m_edit.plan().goals())
                if (g.id.value != m_id)
                    combo->addItem(g.name);
            editor = combo;
            property = "currentText";
            connect(combo, &QComboBox::activated, m_mapper, &QDataWidgetMapper::submit);
            break;
        }
        case ColumnSpec::Editor::Range: {
            auto *spin = new QSpinBox(m_body);
            spin->setRange(spec.minimum, spec.maximum);
            spin->setSuffix(spec.suffix);
            editor = spin;
            property = "value";
            break;
        }
        case ColumnSpec::Editor::ReadOnly: {
            auto *text = new QLabel(m_body);
            text->setWordWrap(true);
            editor = text;
            property = "text";
            break;
        }
        default: {
            auto *line = new QLineEdit(m_body);
            editor = line;
            property = "text";
            break;
        }
        }
        editor->setEnabled(!m_readOnly || spec.editor == ColumnSpec::Editor::ReadOnly);
        form->addRow(label + QLatin1Char(':'), editor);
        m_mapper->addMapping(editor, spec.column, property);
    }
    m_mapper->setCurrentIndex(row);
    m_title->setText(m_model->index(row, 0).data().toString());

    if (m_model->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString() == tr("Initiative")
        || m_edit.plan().initiative(InitiativeId{m_id})) {
        m_why = new QLabel(m_body);
        m_why->setWordWrap(true);
        m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *whyBox = new QGroupBox(tr("Schedule"), m_body);
        auto *wl = new QVBoxLayout(whyBox);
        wl->addWidget(m_why);
        body->addWidget(whyBox);
        body->addWidget(linksSection());
    } else if (m_edit.plan().resource(ResourceId{m_id})) {
        body->addWidget(capacitySection());
    }
    m_layout->insertWidget(1, m_body);
    refreshLinks();
}

QWidget *Inspector::linksSection()
{
    auto *box = new QGroupBox(tr("Links"), m_body);
    auto *layout = new QVBoxLayout(box);
    const Plan &plan = m_edit.plan();
    const InitiativeId self{m_id};

    // Depends on
    m_depends = new QStandardItemModel(0, 3, box);
    m_depends->setHorizontalHeaderLabels({tr("Depends on"), tr("Type"), tr("Lag")});
    auto *dependsView = smallTable(m_depends, box);
    layout->addWidget(dependsView);
    auto *addDep = new QHBoxLayout;
    auto *depTarget = new QComboBox(box);
    depTarget->setObjectName(QStringLiteral("dependencyTarget"));
    for (const Initiative &i : plan.initiatives())
        if (i.id != self)
            depTarget->addItem(i.name, QVariant::fromValue(i.id.value));
    auto *depType = new QComboBox(box);
    depType->addItems({displayName(DependencyType::FinishToStart), displayName(DependencyType::StartToStart)});
    auto *depLag = new QSpinBox(box);
    depLag->setRange(-8, 20);
    depLag->setSuffix(tr(" q"));
    depLag->setToolTip(tr("Lag in quarters"));
    auto *addDepButton = new QPushButton(tr("Add"), box);
    addDepButton->setObjectName(QStringLiteral("dependencyAdd"));
    auto *removeDepButton = new QPushButton(tr("Remove"), box);
    addDep->addWidget(depTarget, 1);
    addDep->addWidget(depType);
    addDep->addWidget(depLag);
    addDep->addWidget(addDepButton);
    addDep->addWidget(removeDepButton);
    layout->addLayout(addDep);
    connect(addDepButton, &QPushButton::clicked, this, [this, depTarget, depType, depLag, self] {
        const EditResult r = m_edit.setLink(Dependency{InitiativeId{depTarget->currentData().toLongLong()}, self,
                                                       depType->currentIndex() == 1 ? DependencyType::StartToStart
                                                                                    : DependencyType::FinishToStart,
                                                       depLag->value()});
        if (!r.ok)
            emit refused(r.message);
    });
    connect(removeDepButton, &QPushButton::clicked, this, [this, dependsView, self] {
        const QModelIndex i = dependsView->currentIndex();
        if (!i.isValid())
            return;
        const qint64 pred = m_depends->index(i.row(), 0).data(Qt::UserRole).toLongLong();
        m_edit.removeLink(Dependency{InitiativeId{pred}, self});
    });

    // Supports goals
    m_goals = new QStandardItemModel(0, 2, box);
    m_goals->setHorizontalHeaderLabels({tr("Supports goal"), tr("Contribution")});
    auto *goalsView = smallTable(m_goals, box);
    layout->addWidget(goalsView);
    auto *addGoal = new QHBoxLayout;
    auto *goalTarget = new QComboBox(box);
    for (const Goal &g : plan.goals())
        goalTarget->addItem(g.name, QVariant::fromValue(g.id.value));
    auto *strength = new QSpinBox(box);
    strength->setRange(1, 5);
    strength->setValue(3);
    auto *addGoalButton = new QPushButton(tr("Add"), box);
    auto *removeGoalButton = new QPushButton(tr("Remove"), box);
    addGoal->addWidget(goalTarget, 1);
    addGoal->addWidget(strength);
    addGoal->addWidget(addGoalButton);
    addGoal->addWidget(removeGoalButton);
    layout->addLayout(addGoal);
    connect(addGoalButton, &QPushButton::clicked, this, [this, goalTarget, strength, self] {
        m_edit.setLink(GoalContribution{self, GoalId{goalTarget->currentData().toLongLong()}, strength->value()});
    });
    connect(removeGoalButton, &QPushButton::clicked, this, [this, goalsView, self] {
        const QModelIndex i = goalsView->currentIndex();
        if (i.isValid())
            m_edit.removeLink(GoalContribution{self, GoalId{m_goals->index(i.row(), 0).data(Qt::UserRole).toLongLong()}});
    });

    // Affects systems
    m_systems = new QStandardItemModel(0, 2, box);
    m_systems->setHorizontalHeaderLabels({tr("Affects system"), tr("Effect")});
    auto *systemsView = smallTable(m_systems, box);
    layout->addWidget(systemsView);
    auto *addSys = new QHBoxLayout;
    auto *sysTarget = new QComboBox(box);
    for (const System &s : plan.systems())
        sysTarget->addItem(s.name, QVariant::fromValue(s.id.value));
    auto *effect = new QComboBox(box);
    for (int e = 0; e < enumCount<SystemEffect>(); ++e)
        effect->addItem(displayName(SystemEffect(e)));
    auto *addSysButton = new QPushButton(tr("Add"), box);
    auto *removeSysButton = new QPushButton(tr("Remove"), box);
    addSys->addWidget(sysTarget, 1);
    addSys->addWidget(effect);
    addSys->addWidget(addSysButton);
    addSys->addWidget(removeSysButton);
    layout->addLayout(addSys);
    connect(addSysButton, &QPushButton::clicked, this, [this, sysTarget, effect, self] {
        m_edit.setLink(SystemImpact{self, SystemId{sysTarget->currentData().toLongLong()}, SystemEffect(effect->currentIndex())});
    });
    connect(removeSysButton, &QPushButton::clicked, this, [this, systemsView, self] {
        const QModelIndex i = systemsView->currentIndex();
        if (i.isValid())
            m_edit.removeLink(SystemImpact{self, SystemId{m_systems->index(i.row(), 0).data(Qt::UserRole).toLongLong()}});
    });
    for (QWidget *w : box->findChildren<QWidget *>()) {
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            // Long names must not make the dock wider than the screen.
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(8);
        }
        if (qobject_cast<QPushButton *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QSpinBox *>(w))
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
        const Resource *r = m_edit.plan().resource(ResourceId{m_id});
        if (!r || m_readOnly || m_fillingCapacity)
            return;
        Resource changed = *r;
        const Quarter q = Quarter::fromOrdinal(item->data(Qt::UserRole).toInt());
        const auto parsed = parseAmount(m_edit.plan().content(), *r, item->text());
        if (!parsed) {
            emit refused(r->kind == ResourceKind::Budget ? tr("“%1” is not an amount of money.").arg(item->text())
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

void Inspector::refreshLinks()
{
    const Plan &plan = m_edit.plan();
    if (m_model && m_model->rowOf(m_id) >= 0) {
        m_mapper->setCurrentIndex(m_model->rowOf(m_id));
        m_title->setText(m_model->index(m_model->rowOf(m_id), 0).data().toString());
    }
    const InitiativeId self{m_id};
    if (m_why) {
        const InitiativeSchedule *s = m_schedule ? m_schedule->find(self) : nullptr;
        const QuarterStyle style = plan.info().quarterStyle();
        if (!s)
            m_why->setText(tr("Not scheduled yet."));
        else if (s->start)
            m_why->setText(tr("%1 – %2. %3%4")
                               .arg(s->start->label(style), s->finish->label(style), s->why,
                                    s->deadline ? QLatin1Char(' ') + tr("Deadline %1%2.").arg(s->deadline->label(style),
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
            m_depends->appendRow({name, new QStandardItem(displayName(d.type)), new QStandardItem(QString::number(d.lag))});
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
        const Resource *r = plan.resource(ResourceId{m_id});
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
            m_capacity->setVerticalHeaderLabels({r->kind == ResourceKind::Budget ? info.currency.code : tr("FTE")});
        }
        m_fillingCapacity = false;
    }
}

} // namespace Cairn
