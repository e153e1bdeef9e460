#pragma once

#include "core/schedule/schedulebound.h"
#include "core/session/liveschedule.h"

#include <QLabel>

#include <optional>

class QThread;

namespace Cairn {

// The status bar's "Within 0.4 % of the best possible schedule": once a schedule is final,
// its bound is computed in a worker thread, one at a time (the latest schedule waits for the
// running one, whose result is dropped when a newer schedule came meanwhile).
class GapLabel : public QLabel {
    Q_OBJECT

public:
    explicit GapLabel(QWidget *parent = nullptr);
    ~GapLabel() override;
    void setSchedule(const ScheduleSnapshot &snapshot);
    // The bound of the latest final schedule, once computed (the report's summary words it).
    std::optional<ScheduleBound> bound() const { return m_bound; }

private:
    void start(const ScheduleSnapshot &snapshot);
    void onFinished();

    QThread *m_worker = nullptr;
    std::optional<ScheduleSnapshot> m_pending;
    quint64 m_generation = 0;
    std::optional<ScheduleBound> m_bound;
};

} // namespace Cairn
