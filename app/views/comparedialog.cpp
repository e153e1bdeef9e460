#include "app/views/comparedialog.h"

#include "app/views/roadmapview.h"
#include "app/views/scenariobar.h"
#include "core/domain/wording.h"
#include "core/session/liveschedule.h"
#include "core/session/plandocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace Cairn {

namespace {
QTableView *tableOf(QAbstractItemModel *model, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setWordWrap(false);
    return t;
}
} // namespace

CompareDialog::CompareDialog(
    PlanDocument &document, ScenarioBar &bar, RoadmapView &roadmap, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_bar(bar)
    , m_roadmap(&roadmap)
    , m_ghosts(new QCheckBox(tr("Show the second as ghosts on the roadmap"), this))
    , m_status(new QLabel(this))
    , m_figures(new ComparisonFiguresModel(this))
    , m_changes(new ComparisonChangesModel(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare Scenarios"));
    auto *choices = new QHBoxLayout;
    const QString words[] = {tr("Compare"), tr("with"), tr("and")};
    for (int i = 0; i < 3; ++i) {
        m_sides[i] = new QComboBox(this);
        m_sides[i]->setObjectName(QStringLiteral("side%1").arg(i));
        m_sides[i]->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        choices->addWidget(new QLabel(words[i], this));
        choices->addWidget(m_sides[i]);
        connect(m_sides[i], &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                recompute();
        });
    }
    choices->addStretch(1);
    m_ghosts->setChecked(true);
    m_figureTable = tableOf(m_figures, this);
    m_changeTable = tableOf(m_changes, this);
    m_figureTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_changeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changeTable->horizontalHeader()->setStretchLastSection(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_figureTable);
    split->addWidget(m_changeTable);
    split->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_ghosts);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 560);
    connect(m_ghosts, &QCheckBox::toggled, this, [this] { updateGhosts(); });
    connect(&document.plan(), &Plan::changed, this, [this](const PlanChange &c) {
        if (c.entity == EntityKind::Scenario)
            fillChoices();
        QTimer::singleShot(300, this, [this] { recompute(); });
    });
    fillChoices();
    // The base against the scenario shown, or against the first scenario.
    const auto shown = m_bar.current();
    const auto &scenarios = document.plan().content().scenarios;
    compare({std::nullopt,
        shown ? shown : (scenarios.empty() ? std::nullopt : std::optional(scenarios.front().id))});
}

CompareDialog::~CompareDialog()
{
    stopWorker();
    if (m_roadmap)
        m_roadmap->setGhosts({}, {});
}

void CompareDialog::fillChoices()
{
    m_filling = true;
    const PlanContent &plan = m_document.plan().content();
    for (int i = 0; i < 3; ++i) {
        const qlonglong was = m_sides[i]->currentData().toLongLong();
        m_sides[i]->clear();
        if (i == 2)
            m_sides[i]->addItem(tr("(nothing)"), qlonglong(-1));
        m_sides[i]->addItem(basePlanName(), qlonglong(0));
        for (const Scenario &s : plan.scenarios)
            m_sides[i]->addItem(s.name, qlonglong(s.id.value));
        m_sides[i]->setCurrentIndex(std::max(0, m_sides[i]->findData(was)));
    }
    m_filling = false;
}

std::vector<std::optional<ScenarioId>> CompareDialog::chosen() const
{
    std::vector<std::optional<ScenarioId>> which;
    for (QComboBox *c : m_sides) {
        const qlonglong id = c->currentData().toLongLong();
        if (id < 0)
            continue;
        which.push_back(id > 0 ? std::optional(ScenarioId {id}) : std::nullopt);
    }
    return which;
}

void CompareDialog::compare(const std::vector<std::optional<ScenarioId>> &which)
{
    m_filling = true;
    for (size_t i = 0; i < 3; ++i) {
        const qlonglong id = i < which.size() ? (which[i] ? which[i]->value : 0) : -1;
        m_sides[i]->setCurrentIndex(std::max(0, m_sides[i]->findData(id)));
    }
    m_filling = false;
    recompute();
}

void CompareDialog::stopWorker()
{
    if (!m_worker)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
}

// Each side is scheduled as the live schedule does (a fast pass, then improvement within the
// same budget) in a worker thread: the window never waits.
void CompareDialog::recompute()
{
    stopWorker();
    const quint64 run = ++m_run;
    auto content = std::make_shared<const PlanContent>(m_document.plan().content());
    const auto which = chosen();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_status->setText(tr("Scheduling each scenario…"));
    m_worker = QThread::create([this, content, which, cancel, run] {
        SchedulerOptions options;
        options.timeBudgetMs = 400;
        options.cancel = cancel.get();
        auto result = std::make_shared<const ScenarioComparison>(
            compareScenarios(*content, which, options));
        if (!cancel->load())
            QMetaObject::invokeMethod(
                this, [this, run, result] { onResult(run, result); }, Qt::QueuedConnection);
    });
    m_worker->start(QThread::LowPriority);
}

void CompareDialog::onResult(quint64 run, std::shared_ptr<const ScenarioComparison> result)
{
    if (run != m_run)
        return;
    stopWorker();
    m_comparison = std::move(result);
    m_figures->setComparison(m_comparison);
    m_changes->setComparison(m_comparison);
    // Every figure in view: the board reads them at a glance, the changes scroll below.
    m_figureTable->setMinimumHeight(std::min(420,
        m_figureTable->horizontalHeader()->height() + m_figureTable->verticalHeader()->length()
            + 2 * m_figureTable->frameWidth()));
    QStringList problems;
    for (const ScenarioFigures &f : m_comparison->sides)
        problems += f.problems;
    m_status->setText(problems.isEmpty()
            ? tr("%n initiative(s) differ. Each scenario is scheduled on its own with the same "
                 "scheduler.",
                nullptr, int(m_comparison->changes.size()))
            : problems.join(QLatin1Char('\n')));
    m_status->setWordWrap(true);
    updateGhosts();
    emit compared();
}

bool CompareDialog::showsGhosts() const
{
    return m_ghosts->isChecked();
}

void CompareDialog::updateGhosts()
{
    if (!m_roadmap)
        return;
    if (!m_ghosts->isChecked() || !m_comparison || m_comparison->sides.size() < 2) {
        m_roadmap->setGhosts({}, {});
        return;
    }
    // The roadmap shows the first side; the second is drawn over it.
    if (m_bar.current() != m_comparison->sides[0].scenario)
        m_bar.setCurrent(m_comparison->sides[0].scenario);
    std::vector<RoadmapView::Ghost> ghosts;
    for (const InitiativeSchedule &s : m_comparison->sides[1].schedule.initiatives)
        if (s.start && s.finish && m_comparison->sides[1].content.initiative(s.id)
            && m_comparison->sides[1].content.initiative(s.id)->status != InitiativeStatus::Dropped)
            ghosts.push_back({s.id, *s.start, *s.finish});
    m_roadmap->setGhosts(std::move(ghosts),
        tr("Dashed: %1 · bars: %2").arg(m_comparison->sides[1].name, m_comparison->sides[0].name));
}

bool CompareDialog::waitForResult(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!m_comparison || m_worker) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

// ---- variance ----

VarianceDialog::VarianceDialog(PlanDocument &document, LiveSchedule &live, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_live(&live)
    , m_baseline(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_model(new VarianceModel(this))
{
    setObjectName(QStringLiteral("varianceDialog"));
    setWindowTitle(tr("Changes since a Baseline"));
    m_table = tableOf(m_model, this);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    for (const Baseline &b : document.plan().content().baselines)
        m_baseline->addItem(
            tr("%1 (frozen %2)").arg(b.name, b.created.left(10)), qlonglong(b.id.value));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Baseline:"), this));
    top->addWidget(m_baseline, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 480);
    connect(m_baseline, &QComboBox::currentIndexChanged, this, &VarianceDialog::refresh);
    connect(&live, &LiveSchedule::updated, this, &VarianceDialog::refresh);
    refresh();
}

void VarianceDialog::setBaseline(BaselineId baseline)
{
    m_baseline->setCurrentIndex(std::max(0, m_baseline->findData(qlonglong(baseline.value))));
}

QString VarianceDialog::summary() const
{
    return m_summary->text();
}

void VarianceDialog::refresh()
{
    if (!m_live || !m_live->snapshot().schedule || !m_live->snapshot().content)
        return;
    const BaselineId id {m_baseline->currentData().toLongLong()};
    PlanContent shown = *m_live->snapshot().content;
    // The shown plan with the file's baselines (a scenario's plan carries them too).
    shown.baselines = m_document.plan().content().baselines;
    shown.baselineEntries = m_document.plan().content().baselineEntries;
    if (!shown.baseline(id))
        return;
    const Variance v = varianceSince(shown, *m_live->snapshot().schedule, id);
    m_model->setVariance(v, shown.info);
    m_summary->setText(describeVariance(v, shown.info));
}

} // namespace Cairn
