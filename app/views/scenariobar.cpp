#include "app/views/scenariobar.h"

#include "app/interaction.h"
#include "app/views/comparedialog.h"
#include "app/views/replan.h"
#include "app/views/roadmappage.h"
#include "app/views/workspace.h"
#include "core/domain/wording.h"
#include "core/edit/scenarioedits.h"
#include "core/scenario/scenarioplan.h"
#include "core/scenario/scenarioset.h"
#include "core/session/liveschedule.h"
#include "core/session/plandocument.h"

#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>

namespace Cairn {

ScenarioBar::ScenarioBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("Scenario:"), this))
    , m_combo(new QComboBox(this))
    , m_button(new QPushButton(this))
    , m_menu(new QMenu(tr("Scenarios"), this))
    , m_baselines(new QMenu(tr("Show &Baseline"), this))
{
    setObjectName(QStringLiteral("scenarioBar"));
    m_combo->setObjectName(QStringLiteral("scenarioCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    m_combo->setToolTip(tr("The future the workspace shows: the base plan, or a scenario. While a "
                           "scenario is shown, changes become its overrides; the base stays as "
                           "it is."));
    // A push button sets its text beside the menu's arrow; a tool button drew the arrow over
    // the text's last letter.
    m_button->setObjectName(QStringLiteral("scenarioMenuButton"));
    m_button->setText(tr("Scenarios"));
    m_button->setMenu(m_menu);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_button);
    buildMenu();
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling || index < 0)
            return;
        const qint64 id = m_combo->itemData(index).toLongLong();
        setCurrent(id > 0 ? std::optional(ScenarioId {id}) : std::nullopt);
    });
    setEnabled(false);
}

ScenarioBar::~ScenarioBar() = default;

void ScenarioBar::buildMenu()
{
    m_menu->addAction(tr("&New Scenario…"), this, [this] { newScenario(false); });
    m_scenarioActions << m_menu->addAction(
        tr("&Duplicate Scenario…"), this, [this] { newScenario(true); });
    m_scenarioActions << m_menu->addAction(
        tr("&Rename Scenario…"), this, [this] { renameScenario(); });
    m_scenarioActions << m_menu->addAction(
        tr("De&lete Scenario"), this, [this] { deleteScenario(); });
    m_scenarioActions << m_menu->addAction(
        tr("Change a &Capacity…"), this, [this] { changeCapacity(); });
    m_scenarioActions << m_menu->addAction(
        tr("&Adopt into the Base Plan…"), this, [this] { adoptScenario(); });
    m_menu->addSeparator();
    m_menu->addAction(tr("&Compare Scenarios…"), this, [this] { openCompare(); });
    m_menu->addSeparator();
    m_menu->addAction(tr("&Freeze Baseline…"), this, [this] { freezeBaseline(); });
    m_menu->addMenu(m_baselines);
    m_menu->addAction(tr("C&hanges since a Baseline…"), this, [this] { openVariance(); });
    for (QAction *a : m_menu->actions()) {
        QString name = a->text();
        name.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        a->setObjectName(QStringLiteral("action") + name.split(QLatin1Char(' ')).join(QString()));
    }
    connect(m_menu, &QMenu::aboutToShow, this, &ScenarioBar::updateMenu);
}

QAction *ScenarioBar::addTo(QToolBar *tools, QMainWindow *window)
{
    // Before Undo, whose text grows with the last edit's: the switcher is never pushed out of
    // a narrow window's toolbar (it was at 1280 px).
    QAction *undo = nullptr;
    for (QAction *a : tools->actions())
        if (a->objectName() == QLatin1String("actionUndo"))
            undo = a;
    QAction *bar = nullptr;
    if (undo) {
        bar = tools->insertWidget(undo, this);
        tools->insertSeparator(undo);
    } else {
        tools->addSeparator();
        bar = tools->addWidget(this);
    }
    // Named, so that the window can turn them off where no plan is shown (the welcome page).
    bar->setObjectName(QStringLiteral("actionScenarioSwitcher"));
    m_menu->menuAction()->setObjectName(QStringLiteral("actionScenariosMenu"));
    connect(this, &ScenarioBar::message, window,
        [window](const QString &m) { window->statusBar()->showMessage(m, 8000); });
    QMenu *plan = window->menuBar()->addMenu(tr("&Plan"));
    QAction *replanAction = plan->addAction(tr("&Re-plan Now…"), this, [this] { replan(); });
    replanAction->setObjectName(QStringLiteral("actionReplanNow"));
    plan->addSeparator();
    plan->addMenu(m_menu);
    return replanAction;
}

PlanContent ScenarioBar::shownPlan() const
{
    if (!m_document)
        return {};
    return planAlone(
        m_document->plan().content(), m_live ? m_live->snapshot().scenario : m_current);
}

// Re-plan Now re-plans what is shown: the base plan (its reference, one undo step) or the
// scenario shown (its own schedule last shown, kept while the plan is open).
void ScenarioBar::replan()
{
    if (!m_document || !m_workspace || !m_live)
        return;
    const std::shared_ptr<const PlanSchedule> shown = m_workspace->schedule().schedule;
    if (!m_current) {
        replanNow(window(), *m_interaction, m_document->edit(), shown);
        return;
    }
    const ScenarioId scenario = *m_current;
    std::optional<std::vector<ReferenceStart>> starts
        = replanScenario(window(), *m_interaction, shownPlan(), quoted(currentName()), shown);
    if (starts)
        m_live->keepScenarioReference(scenario, std::move(*starts));
}

void ScenarioBar::attach(
    PlanDocument &document, LiveSchedule &live, Workspace &workspace, Interaction &interaction)
{
    detach();
    m_interaction = &interaction;
    m_document = &document;
    m_live = &live;
    m_workspace = &workspace;
    m_current.reset();
    m_baseline.reset();
    connect(&document.plan(), &Plan::changed, this, [this](const PlanChange &c) {
        if (c.entity == EntityKind::Scenario || c.type == ChangeType::Reset)
            refill();
        if (c.entity == EntityKind::Baseline && m_baseline && m_document
            && !m_document->plan().content().baseline(*m_baseline))
            showBaseline(std::nullopt);
    });
    connect(&document.edit(), &EditFacade::refused, this,
        [this](const QString &why) { m_interaction->notify(window(), tr("Scenario"), why); });
    connect(&live, &LiveSchedule::updated, this, [this] { updateBaselineGhosts(); });
    setEnabled(true);
    refill();
}

void ScenarioBar::detach()
{
    if (m_document) {
        disconnect(&m_document->plan(), nullptr, this, nullptr);
        disconnect(&m_document->edit(), nullptr, this, nullptr);
    }
    if (m_live)
        disconnect(m_live, nullptr, this, nullptr);
    delete m_compare;
    delete m_variance;
    m_document = nullptr;
    m_live = nullptr;
    m_workspace = nullptr;
    m_current.reset();
    m_baseline.reset();
    setEnabled(false);
}

// The combo lists the base plan and the scenarios; the one shown stays chosen (the base when it
// is gone, as after undoing its creation).
void ScenarioBar::refill()
{
    if (!m_document)
        return;
    const PlanContent &plan = m_document->plan().content();
    if (m_current && !plan.scenario(*m_current))
        setCurrent(std::nullopt);
    m_filling = true;
    m_combo->clear();
    m_combo->addItem(basePlanName(), qlonglong(0));
    for (const Scenario &s : plan.scenarios)
        m_combo->addItem(s.name, qlonglong(s.id.value));
    m_combo->setCurrentIndex(
        std::max(0, m_combo->findData(qlonglong(m_current ? m_current->value : 0))));
    m_filling = false;
}

void ScenarioBar::setCurrent(std::optional<ScenarioId> scenario)
{
    if (!m_document)
        return;
    if (scenario && !m_document->plan().content().scenario(*scenario))
        scenario.reset();
    m_current = scenario;
    m_document->edit().setScenario(scenario);
    if (m_live)
        m_live->setScenario(scenario);
    const int index = m_combo->findData(qlonglong(scenario ? scenario->value : 0));
    if (index >= 0 && index != m_combo->currentIndex()) {
        m_filling = true;
        m_combo->setCurrentIndex(index);
        m_filling = false;
    }
    // A scenario shown is marked, so that nobody takes it for the base.
    QFont f = m_combo->font();
    f.setBold(scenario.has_value());
    m_combo->setFont(f);
    m_combo->setStyleSheet(scenario
            ? QStringLiteral("QComboBox { background: #fff3c4; color: #3d2f00; }")
            : QString());
    m_combo->setToolTip(scenario ? tr("Showing the scenario %1: changes become its overrides; the "
                                      "base plan stays as it is.")
                                       .arg(quoted(currentName()))
                                 : tr("Showing the base plan. Choose a scenario to see it "
                                      "scheduled; changes then become its overrides."));
    emit currentChanged();
}

QString ScenarioBar::currentName() const
{
    if (!m_document || !m_current)
        return basePlanName();
    const Scenario *s = m_document->plan().content().scenario(*m_current);
    return s ? s->name : basePlanName();
}

void ScenarioBar::updateMenu()
{
    const bool editable = m_document && !m_document->isReadOnly();
    for (QAction *a : m_menu->actions())
        if (a != m_baselines->menuAction() && !a->isSeparator())
            a->setEnabled(editable || a->objectName() == QLatin1String("actionCompareScenarios")
                || a->objectName() == QLatin1String("actionChangessinceaBaseline"));
    for (QAction *a : std::as_const(m_scenarioActions))
        a->setEnabled(editable && m_current.has_value());
    m_baselines->clear();
    QAction *none
        = m_baselines->addAction(tr("None"), this, [this] { showBaseline(std::nullopt); });
    none->setCheckable(true);
    none->setChecked(!m_baseline);
    if (!m_document)
        return;
    for (const Baseline &b : m_document->plan().content().baselines) {
        QAction *a = m_baselines->addAction(tr("%1 (%2)").arg(b.name, b.created.left(10)), this,
            [this, id = b.id] { showBaseline(id); });
        a->setCheckable(true);
        a->setChecked(m_baseline == b.id);
    }
}

QString ScenarioBar::askName(const QString &title, const QString &label, const QString &suggested)
{
    QDialog dialog(window());
    dialog.setWindowTitle(title);
    auto *edit = new QLineEdit(suggested, &dialog);
    edit->setObjectName(QStringLiteral("name"));
    edit->setMinimumWidth(280);
    edit->selectAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(label, edit);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (m_interaction->run(dialog) != QDialog::Accepted)
        return {};
    return edit->text().trimmed();
}

void ScenarioBar::newScenario(bool duplicate)
{
    if (!m_document)
        return;
    const QString suggested = duplicate ? tr("%1 (copy)").arg(currentName()) : QString();
    const QString name = askName(
        duplicate ? tr("Duplicate Scenario") : tr("New Scenario"), tr("Name:"), suggested);
    if (name.isEmpty())
        return;
    ScenarioEdits edits(m_document->edit());
    EditResult result;
    // The scenario is made on the base plan: the facade must not turn it into an override.
    const auto id = edits.create(name, duplicate ? m_current : std::nullopt, &result);
    if (!id) {
        m_interaction->notify(window(), tr("Scenario"), result.message);
        return;
    }
    refill();
    setCurrent(id);
}

// A resource's capacity in the scenario shown, by a percentage in all quarters or in a range of
// them ("the budget cut by a fifth from 2028"): one override, one undo step.
void ScenarioBar::changeCapacity()
{
    if (!m_document || !m_current || m_document->plan().resources().empty())
        return;
    const PlanContent &plan = m_document->plan().content();
    QDialog dialog(window());
    dialog.setWindowTitle(tr("Change a Capacity in %1").arg(quoted(currentName())));
    auto *resource = new QComboBox(&dialog);
    resource->setObjectName(QStringLiteral("resource"));
    for (const Resource &r : plan.resources)
        resource->addItem(r.name, r.id.value);
    if (const Resource *budget = plan.budget())
        resource->setCurrentIndex(resource->findData(budget->id.value));
    auto *percent = new QSpinBox(&dialog);
    percent->setObjectName(QStringLiteral("percent"));
    percent->setRange(-100, 500);
    percent->setSuffix(QStringLiteral(" %"));
    percent->setValue(-20);
    auto *from = new QComboBox(&dialog);
    from->setObjectName(QStringLiteral("from"));
    auto *to = new QComboBox(&dialog);
    to->setObjectName(QStringLiteral("to"));
    from->addItem(tr("the first quarter"), 0);
    to->addItem(tr("the last quarter"), 0);
    for (int q = 0; q < plan.info.horizon; ++q) {
        const Quarter quarter = plan.info.firstQuarter + q;
        from->addItem(quarter.label(plan.info.quarterStyle()), quarter.ordinal());
        to->addItem(quarter.label(plan.info.quarterStyle()), quarter.ordinal());
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Resource:"), resource);
    form->addRow(tr("Change &by:"), percent);
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (m_interaction->run(dialog) != QDialog::Accepted)
        return;
    ScenarioOverride o;
    o.scenario = *m_current;
    o.entity = ScenarioTarget::Resource;
    o.target = resource->currentData().toLongLong();
    o.field = QString::fromLatin1(kCapacityField);
    o.change = OverrideChange::Percent;
    o.value = (percent->value() > 0 ? QStringLiteral("+") : QString())
        + QString::number(percent->value());
    if (const int f = from->currentData().toInt(); f != 0)
        o.from = Quarter::fromOrdinal(f);
    if (const int t = to->currentData().toInt(); t != 0)
        o.to = Quarter::fromOrdinal(t);
    if (o.from && o.to && *o.to < *o.from) {
        m_interaction->notify(window(), tr("Change a Capacity"),
            tr("The range ends (%1) before it starts (%2).")
                .arg(o.to->label(plan.info.quarterStyle()),
                    o.from->label(plan.info.quarterStyle())));
        return;
    }
    // Done: the undo button names it and the status bar says what moved.
    if (const EditResult r = ScenarioEdits(m_document->edit()).setOverride(o); !r.ok)
        m_interaction->notify(window(), tr("Change a Capacity"), r.message);
}

void ScenarioBar::renameScenario()
{
    if (!m_document || !m_current)
        return;
    const QString name = askName(tr("Rename Scenario"), tr("Name:"), currentName());
    if (name.isEmpty())
        return;
    const EditResult r = ScenarioEdits(m_document->edit()).rename(*m_current, name);
    if (!r.ok)
        m_interaction->notify(window(), tr("Scenario"), r.message);
}

void ScenarioBar::deleteScenario()
{
    if (!m_document || !m_current)
        return;
    const ScenarioId id = *m_current;
    const auto answer = m_interaction->ask(window(), tr("Delete Scenario"),
        tr("Delete the scenario %1 and its %n override(s)? The base plan does not change. Undo "
           "brings it back.",
            nullptr, int(overridesOf(m_document->plan().content(), id).size()))
            .arg(quoted(currentName())),
        QMessageBox::Yes | QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    setCurrent(std::nullopt);
    ScenarioEdits(m_document->edit()).remove(id);
}

void ScenarioBar::adoptScenario()
{
    if (!m_document || !m_current)
        return;
    const ScenarioId id = *m_current;
    const auto answer = m_interaction->ask(window(), tr("Adopt Scenario"),
        tr("Make the scenario %1 the base plan? Its overrides become the plan's own values and "
           "the scenario goes; other scenarios stay. Undo takes it back.")
            .arg(quoted(currentName())),
        QMessageBox::Yes | QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    setCurrent(std::nullopt);
    const EditResult r = ScenarioEdits(m_document->edit()).adopt(id);
    if (!r.ok) {
        m_interaction->notify(window(), tr("Adopt Scenario"), r.message);
        setCurrent(id);
    }
}

void ScenarioBar::freezeBaseline()
{
    if (!m_document || !m_live || !m_live->snapshot().schedule || !m_live->snapshot().content)
        return;
    const QString name = askName(tr("Freeze Baseline"), tr("Name:"),
        tr("Baseline %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    if (name.isEmpty())
        return;
    const ScheduleSnapshot &s = m_live->snapshot();
    EditResult r;
    const auto id
        = ScenarioEdits(m_document->edit())
              .freeze(name, *s.content, *s.schedule, m_current ? currentName() : QString(), &r);
    if (!id) {
        m_interaction->notify(window(), tr("Freeze Baseline"), r.message);
        return;
    }
    emit message(tr("Froze the baseline %1.").arg(quoted(name)));
}

void ScenarioBar::showBaseline(std::optional<BaselineId> baseline)
{
    m_baseline = baseline;
    updateBaselineGhosts();
}

void ScenarioBar::updateBaselineGhosts()
{
    if (!m_workspace || !m_document)
        return;
    // The compare view draws its own ghosts while it is open.
    if (m_compare && m_compare->showsGhosts())
        return;
    std::vector<RoadmapView::Ghost> ghosts;
    QString legend;
    const PlanContent &plan = m_document->plan().content();
    if (m_baseline && plan.baseline(*m_baseline)) {
        for (const BaselineEntry &e : plan.baselineEntries)
            if (e.baseline == *m_baseline && e.start && e.finish)
                ghosts.push_back({InitiativeId {e.initiative}, *e.start, *e.finish});
        legend = tr("Dashed: the baseline %1").arg(quoted(plan.baseline(*m_baseline)->name));
    }
    m_workspace->roadmap()->view()->setGhosts(std::move(ghosts), legend);
}

void ScenarioBar::openCompare()
{
    if (!m_document || !m_workspace)
        return;
    if (!m_compare) {
        m_compare
            = new CompareDialog(*m_document, *this, *m_workspace->roadmap()->view(), window());
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_compare, &QObject::destroyed, this, [this] { updateBaselineGhosts(); });
    }
    m_compare->show();
    m_compare->raise();
}

void ScenarioBar::openVariance()
{
    if (!m_document || !m_live)
        return;
    if (m_document->plan().content().baselines.empty()) {
        m_interaction->notify(window(), tr("Changes since a Baseline"),
            tr("The plan has no baseline yet. Freeze one first (Scenarios > Freeze Baseline)."));
        return;
    }
    if (!m_variance) {
        m_variance = new VarianceDialog(*m_document, *m_live, window());
        m_variance->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (m_baseline)
        m_variance->setBaseline(*m_baseline);
    m_variance->show();
    m_variance->raise();
}

} // namespace Cairn
