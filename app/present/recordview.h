#pragma once

#include "core/workshop/record.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Cairn {

class PlanDocument;

// What changed in a workshop, a change a row: what kind of change, the initiative (or the
// decision's text), and how it changed.
class WorkshopRecordModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Name, Details, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRecord(WorkshopRecord record, const PlanInfo &info);
    const WorkshopRecord &record() const { return m_record; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    WorkshopRecord m_record;
    PlanInfo m_info;
};

// The workshop record: Start/End Workshop, decisions noted as they are taken, and what changed
// in the workshop chosen (the running one, or any earlier one).
class WorkshopRecordView : public QWidget {
    Q_OBJECT

public:
    using ScheduleSource = std::function<std::shared_ptr<const PlanSchedule>()>;
    WorkshopRecordView(std::function<PlanDocument *()> document, ScheduleSource schedule,
        QWidget *parent = nullptr);

    void refresh();
    WorkshopRecordModel *model() const { return m_model; }
    QComboBox *workshops() const { return m_workshops; }
    QPushButton *startButton() const { return m_start; }
    QLineEdit *decisionEdit() const { return m_decision; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *status() const { return m_status; }
    // The workshop shown (none when the plan has none).
    std::optional<WorkshopId> shown() const;

    // Start Workshop, or End Workshop while one runs.
    void startOrEnd();
    void noteDecision();
    void removeDecision();

signals:
    void exportRequested(Cairn::WorkshopId workshop);
    void initiativeSelected(qint64 id);

private:
    PlanDocument *writable() const;
    void updateRemove();

    std::function<PlanDocument *()> m_document;
    ScheduleSource m_schedule;
    WorkshopRecordModel *m_model;
    QComboBox *m_workshops;
    QPushButton *m_start;
    QLabel *m_status;
    QLineEdit *m_decision;
    QPushButton *m_note;
    QTableView *m_table;
    QPushButton *m_remove;
    QPushButton *m_export;
};

} // namespace Cairn
