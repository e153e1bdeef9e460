#include "app/views/impactpanel.h"

#include "core/domain/plan.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPromise>
#include <QPushButton>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

namespace Cairn {

namespace {

QString sectionsHtml(const QList<ImpactSection> &sections, bool heading)
{
    QString html;
    for (qsizetype k = 0; k < sections.size(); ++k) {
        const ImpactSection &s = sections[k];
        html += heading && k == 0 ? QStringLiteral("<h3>%1</h3>").arg(s.title.toHtmlEscaped())
                                  : QStringLiteral("<p><b>%1</b></p>").arg(s.title.toHtmlEscaped());
        if (s.lines.isEmpty())
            continue;
        html += QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const QString &line : s.lines)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace

ImpactPanel::ImpactPanel(const Plan &plan, QWidget *parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_text(new QTextBrowser(this))
    , m_whatIfRow(new QWidget(this))
    , m_quarter(new QComboBox(m_whatIfRow))
    , m_run(new QPushButton(tr("Re-plan"), m_whatIfRow))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("impactPanel"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_quarter->setObjectName(QStringLiteral("whatIfQuarter"));
    m_run->setObjectName(QStringLiteral("whatIfRun"));
    m_run->setToolTip(tr("Schedule a copy of the plan in which the system's support ends in the "
                         "quarter chosen, and list what would be late"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    auto *row = new QHBoxLayout(m_whatIfRow);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("What if its support ended in"), m_whatIfRow);
    label->setBuddy(m_quarter);
    row->addWidget(label);
    row->addWidget(m_quarter);
    row->addWidget(m_run);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_whatIfRow);
    layout->addWidget(m_note);
    layout->addWidget(m_text, 1);

    m_pool.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &ImpactPanel::refresh);
    connect(&m_plan, &Plan::changed, this, &ImpactPanel::planChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImpactPanel::whatIfDone);
    connect(m_run, &QPushButton::clicked, this,
        [this] { runWhatIf(Quarter::fromOrdinal(m_quarter->currentData().toInt())); });
    refresh();
}

ImpactPanel::~ImpactPanel()
{
    m_pool.waitForDone(); // the what-if works on its own copy of the plan
}

void ImpactPanel::setSchedule(std::shared_ptr<const PlanSchedule> schedule)
{
    m_schedule = std::move(schedule);
    if (!m_debounce.isActive())
        m_text->setHtml(html());
}

void ImpactPanel::showItem(qint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    if (m_whatIf) {
        m_whatIf.reset();
        emit warningsChanged({});
    }
    m_note->setVisible(false);
    refresh();
}

void ImpactPanel::planChanged(const PlanChange &)
{
    if (m_whatIf) { // it answered for a plan that is no more
        m_whatIf.reset();
        emit warningsChanged({});
        m_note->setText(tr("The plan changed: re-plan to see the what-if again."));
        m_note->setVisible(true);
    }
    m_debounce.start();
}

void ImpactPanel::refresh()
{
    const bool system = m_plan.system(SystemId {m_id}) != nullptr;
    m_whatIfRow->setVisible(system);
    if (system)
        fillQuarters();
    m_run->setEnabled(system && !m_running);
    m_text->setHtml(html());
}

void ImpactPanel::fillQuarters()
{
    const System *s = m_plan.system(SystemId {m_id});
    const PlanInfo &info = m_plan.info();
    // A year earlier by default, as the question is usually asked.
    const Quarter suggested = s->endOfSupport ? *s->endOfSupport - 4 : info.firstQuarter + 3;
    const Quarter first = std::min(info.firstQuarter - 4, suggested);
    const Quarter last = std::max(info.lastQuarter(), suggested);
    const QVariant keep
        = m_quarter->count() > 0 && m_quarter->property("system").toLongLong() == m_id
        ? m_quarter->currentData()
        : QVariant(suggested.ordinal());
    const QSignalBlocker block(m_quarter);
    m_quarter->clear();
    for (Quarter q = first; q <= last; ++q)
        m_quarter->addItem(q.label(info.quarterStyle()), q.ordinal());
    m_quarter->setProperty("system", m_id);
    m_quarter->setCurrentIndex(std::max(0, m_quarter->findData(keep)));
}

void ImpactPanel::runWhatIf(Quarter endOfSupport)
{
    if (m_running || !m_plan.system(SystemId {m_id}))
        return;
    m_running = true;
    m_run->setEnabled(false);
    m_note->setText(tr("Re-planning…"));
    m_note->setVisible(true);
    auto promise = std::make_shared<QPromise<EndOfSupportWhatIf>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    m_pool.start([promise, plan = m_plan.content(), id = SystemId {m_id}, endOfSupport] {
        promise->addResult(whatIfEndOfSupport(plan, id, endOfSupport, whatIfOptions()));
        promise->finish();
    });
}

void ImpactPanel::whatIfDone()
{
    m_running = false;
    m_run->setEnabled(m_plan.system(SystemId {m_id}) != nullptr);
    m_note->setVisible(false);
    if (m_watcher.future().resultCount() == 0)
        return;
    EndOfSupportWhatIf w = m_watcher.result();
    if (w.system.value != m_id)
        return; // the user moved on meanwhile
    QSet<qint64> warnings;
    for (const auto &o : w.late)
        if (o.worse())
            warnings.insert(o.initiative.value);
    m_whatIf = std::move(w);
    m_text->setHtml(html());
    emit warningsChanged(warnings);
}

bool ImpactPanel::waitForWhatIf(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_running && timer.elapsed() < timeoutMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return !m_running;
}

QString ImpactPanel::goalHtml(const PlanContent &plan) const
{
    const Goal *g = plan.goal(GoalId {m_id});
    QList<ImpactSection> sections;
    ImpactSection head {tr("The goal “%1”").arg(g->name), {}};
    head.lines << tr("Weight %1 of 5.").arg(g->weight);
    if (g->targetQuarter)
        head.lines << tr("Target: %1.").arg(g->targetQuarter->label(plan.info.quarterStyle()));
    ImpactSection serve {tr("Initiatives that serve it"), {}};
    for (const GoalContribution &c : plan.contributions)
        if (c.goal == g->id)
            if (const Initiative *i = plan.initiative(c.initiative))
                serve.lines << tr("“%1” (contribution %2 of 5)").arg(i->name).arg(c.strength);
    if (serve.lines.isEmpty())
        serve.lines << tr("None yet.");
    ImpactSection parts {tr("Sub-goals"), {}};
    for (const Goal &sub : plan.goals)
        if (sub.parent == g->id)
            parts.lines << QStringLiteral("“%1”").arg(sub.name);
    sections << head << serve;
    if (!parts.lines.isEmpty())
        sections << parts;
    return sectionsHtml(sections, true);
}

QString ImpactPanel::html() const
{
    const PlanContent &plan = m_plan.content();
    if (plan.system(SystemId {m_id})) {
        QString html
            = sectionsHtml(describeImpact(plan, systemImpact(plan, SystemId {m_id})), true);
        if (m_whatIf)
            html = QStringLiteral("<div style=\"background:%1\">%2</div><hr/>")
                       .arg(palette().color(QPalette::AlternateBase).name(),
                           sectionsHtml(describeImpact(plan, *m_whatIf), true))
                + html;
        return html;
    }
    if (plan.initiative(InitiativeId {m_id}))
        return sectionsHtml(
            describeImpact(plan, initiativeImpact(plan, InitiativeId {m_id}, m_schedule.get())),
            true);
    if (plan.goal(GoalId {m_id}))
        return goalHtml(plan);
    return QStringLiteral("<p>%1</p>")
        .arg(tr("Select a goal, an initiative or a system to see what it reaches: for a system "
                "the initiatives that touch it, the goals they serve and the systems that run "
                "on it; for an initiative what waits for it and its critical chain to a "
                "deadline.")
                 .toHtmlEscaped());
}

QString ImpactPanel::plainText() const
{
    return m_text->toPlainText();
}

} // namespace Cairn
