#pragma once

#include "core/edit/entityvalue.h"
#include "core/edit/setlinkcommand.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace Cairn {

struct EditResult {
    bool ok = true;
    QString message; // translated; why an edit was refused
};

// The one way views change a plan: every call is one undo step (or part of a macro), and an
// edit that would break the plan (a dependency cycle) is refused before anything changes.
class EditFacade : public QObject {
    Q_OBJECT

public:
    explicit EditFacade(Plan &plan, QObject *parent = nullptr);
    ~EditFacade() override;

    Plan &plan() { return m_plan; }
    QUndoStack *undoStack() const { return m_stack; }

    qint64 add(EntityValue entity); // returns the new id
    EditResult update(const EntityValue &after); // same id, new field values
    void remove(const QList<qint64> &ids); // with their links, one step
    QList<qint64> duplicate(const QList<qint64> &ids);
    EditResult setLink(const LinkValue &link); // add or change
    void removeLink(const LinkValue &link);
    void setPlanInfo(const PlanInfo &info);
    // Makes the plan what `after` is (an import into a copy of it), as one step named `text`
    // that records only what differs.
    void replaceContent(const PlanContent &after, const QString &text);
    // Makes `reference` the plan's reference schedule (Re-plan now), as one step named `text`.
    void setReference(std::vector<ReferenceStart> reference, const QString &text);
    // How many steps can be undone; the oldest go first.
    static constexpr int kUndoLimit = 500;

    // Several calls as one undo step ("Import 12 rows", "Delete 3 items").
    void beginMacro(const QString &text);
    void endMacro();

    // The item whose field a person is typing into (the inspector's editor has the focus), or
    // none. A plan on a server holds a colleague's change of that item back until editing ends,
    // so that it never replaces what is being typed: it arrives then, or, when both changed the
    // same field, as a conflict to decide.
    void setEditing(std::optional<qint64> id);
    std::optional<qint64> editing() const { return m_editing; }

    // The cycle that a dependency predecessor -> successor would close, worded; empty if none.
    QString cycleIfLinked(InitiativeId predecessor, InitiativeId successor) const;

    // The scenario edits go to (none: the base plan). While one is set, update() and
    // setPlanInfo() record overrides of it (one undo step each) and never change the base;
    // adding, removing, duplicating and linking change the base, so they are refused (refused()
    // says why) until the base plan is shown again.
    void setScenario(std::optional<ScenarioId> scenario);
    std::optional<ScenarioId> scenario() const { return m_scenario; }
    // What a scenario shown refuses: a change of the base's structure (adding, deleting,
    // linking), or an import (it would change the base: the base is shown first).
    enum Refusal { Structure, Import };
    // True, and refused() says why, while a scenario is shown; false for the base plan.
    bool refuseInScenario(Refusal what = Structure);

signals:
    void scenarioChanged();
    void editingChanged();
    void refused(const QString &message);

private:
    EditResult recordInScenario(const EntityValue &after);

    Plan &m_plan;
    QUndoStack *m_stack;
    std::optional<ScenarioId> m_scenario;
    std::optional<qint64> m_editing;
};

} // namespace Cairn
