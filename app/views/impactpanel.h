#pragma once

#include "core/analysis/impact.h"

#include <QFutureWatcher>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace Cairn {

class Plan;
struct PlanChange;

// Beside the graph: what the selected item reaches, in words. For a system also a what-if:
// "if its support ended in …", re-planned in the background with the same scheduler.
class ImpactPanel : public QWidget {
    Q_OBJECT

public:
    explicit ImpactPanel(const Plan &plan, QWidget *parent = nullptr);
    ~ImpactPanel() override;

    void setSchedule(std::shared_ptr<const PlanSchedule> schedule);
    // A goal, initiative or system (0: nothing).
    void showItem(qint64 id);
    qint64 item() const { return m_id; }

    // The what-if for the system shown, with its support ending in `endOfSupport`.
    void runWhatIf(Quarter endOfSupport);
    bool isRunning() const { return m_running; }
    bool waitForWhatIf(int timeoutMs = 30000);
    const std::optional<EndOfSupportWhatIf> &whatIf() const { return m_whatIf; }
    QComboBox *quarterCombo() const { return m_quarter; }
    QString plainText() const; // what the panel says, for tests

signals:
    // Initiatives the what-if makes late, or later than planned (empty: none, or cleared).
    void warningsChanged(const QSet<qint64> &initiatives);

private:
    void planChanged(const PlanChange &change);
    void refresh();
    void fillQuarters();
    void whatIfDone();
    QString html() const;
    QString goalHtml(const PlanContent &plan) const;

    const Plan &m_plan;
    std::shared_ptr<const PlanSchedule> m_schedule;
    qint64 m_id = 0;
    QTextBrowser *m_text;
    QWidget *m_whatIfRow;
    QComboBox *m_quarter;
    QPushButton *m_run;
    QLabel *m_note;
    QTimer m_debounce;
    QThreadPool m_pool;
    QFutureWatcher<EndOfSupportWhatIf> m_watcher;
    bool m_running = false;
    std::optional<EndOfSupportWhatIf> m_whatIf;
};

} // namespace Cairn
