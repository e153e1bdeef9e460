#include "app/views/gaplabel.h"

#include <QThread>

namespace Cairn {

GapLabel::GapLabel(QWidget *parent)
    : QLabel(parent)
{
}

GapLabel::~GapLabel()
{
    if (m_worker) {
        m_worker->wait(); // at most the bound's time limit
        delete m_worker;
    }
}

void GapLabel::setSchedule(const ScheduleSnapshot &snapshot)
{
    m_generation = snapshot.generation;
    m_bound.reset();
    clear();
    if (!snapshot.final || !snapshot.schedule)
        return;
    if (m_worker)
        m_pending = snapshot;
    else
        start(snapshot);
}

void GapLabel::start(const ScheduleSnapshot &snapshot)
{
    const std::shared_ptr<const PlanSchedule> schedule = snapshot.schedule;
    const quint64 generation = snapshot.generation;
    m_worker = QThread::create([this, schedule, generation] {
        BoundOptions options;
        options.timeLimitMs = 1500;
        const ScheduleBound bound
            = boundSchedule(schedule->mapping.problem, schedule->result, schedule->goal, options);
        QMetaObject::invokeMethod(
            this,
            [this, generation, bound] {
                if (generation != m_generation)
                    return;
                m_bound = bound;
                setText(describeGap(bound));
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, this, &GapLabel::onFinished);
    m_worker->start(QThread::LowPriority);
}

void GapLabel::onFinished()
{
    // Finished, so deleted now: a deferred delete is lost when no event loop runs again.
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    if (m_pending) {
        const ScheduleSnapshot next = *m_pending;
        m_pending.reset();
        start(next);
    }
}

} // namespace Cairn
