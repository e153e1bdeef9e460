#pragma once

#include "core/edit/editfacade.h"
#include "core/schedule/planscheduler.h"

#include <QWidget>

#include <memory>

class QDataWidgetMapper;
class QFormLayout;
class QLabel;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;

namespace Cairn {

class PlanTableModel;
class Presence;

// The form for the selected goal, system, initiative or resource: its fields (edited through
// the same model as the tables, so every change is an undo step), its links, and for an
// initiative the scheduler's explanation.
class Inspector : public QWidget {
    Q_OBJECT

public:
    Inspector(EditFacade &edit, QWidget *parent = nullptr);
    // Stops watching the focus before the editors go: a focused editor hands its focus on as it
    // is deleted, and the watch must not run on an inspector that is no longer one.
    ~Inspector() override;

    // Shows the row of `id` in `model`: an editor for each of its fields, made from the model's
    // EditorRole (the field schema), so every change is an undo step like a table edit.
    void show(PlanTableModel *model, qint64 id);
    void setSchedule(std::shared_ptr<const PlanSchedule> schedule);
    qint64 currentId() const { return m_id; }
    void setReadOnly(bool readOnly);
    // Who else has items of a shared plan open: a note on the item shown names them (none: a
    // plan file). Not owned; it outlives the inspector.
    void setPresence(const Presence *presence);
    // "anna is also editing this initiative." (hidden when nobody is).
    QWidget *presenceNote() const { return m_presenceNote; }

signals:
    void refused(const QString &message);
    // Another item is shown (0: none): the one this window has open.
    void shownChanged(qint64 id);

private:
    void rebuild();
    void updatePresence();
    void updateEditing(QWidget *focus);
    void refreshLinks();
    const Resource *shownResource() const;
    QWidget *linksSection();
    QWidget *capacitySection();
    QWidget *editorFor(int column, QByteArray *property);

    EditFacade &m_edit;
    PlanTableModel *m_model = nullptr;
    qint64 m_id = 0;
    bool m_readOnly = false;
    std::shared_ptr<const PlanSchedule> m_schedule;
    QDataWidgetMapper *m_mapper;
    QVBoxLayout *m_layout;
    QWidget *m_body = nullptr;
    QLabel *m_title;
    const Presence *m_presence = nullptr;
    QWidget *m_presenceNote;
    QLabel *m_presenceIcon;
    QLabel *m_presenceText;
    QLabel *m_why = nullptr;
    QStandardItemModel *m_depends = nullptr;
    QStandardItemModel *m_goals = nullptr;
    QStandardItemModel *m_systems = nullptr;
    QStandardItemModel *m_capacity = nullptr;
    bool m_fillingCapacity = false;
};

} // namespace Cairn
