#pragma once

#include <QMessageBox>
#include <QString>

class QDialog;
class QUndoStack;
class QWidget;

namespace Cairn {

class Plan;

// Every question the workspace asks a person, and every dialog it runs, goes through here:
// message boxes and file dialogs by default, a script in tests and headless commands.
class Interaction {
public:
    virtual ~Interaction() = default;

    enum class FileUse { OpenPlan, SavePlan };
    // Save, Discard or Cancel for unsaved changes of `documentName`.
    virtual QMessageBox::StandardButton askToSave(QWidget *parent, const QString &documentName);
    // A file to open or save; empty: cancelled.
    virtual QString chooseFile(QWidget *parent, FileUse use);
    virtual void notify(QWidget *parent, const QString &title, const QString &message);
    virtual QMessageBox::StandardButton ask(QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons);
    // Runs a dialog (the report, the import wizard, the plan settings) and returns its result.
    virtual int run(QDialog &dialog);
};

// Undo, asking first when the step would write over a change someone else made since (a
// colleague's step on a plan server, see core/edit/undocheck.h); No leaves the step where it is.
// True when the step was undone.
bool undoAsking(QWidget *parent, Interaction &interaction, QUndoStack &stack, const Plan &plan);
// Undoes or redoes to `index` (a step chosen in the History dock): undo step by step through
// undoAsking(), redo without asking, as Edit ▸ Redo. A No puts back the steps undone so far, so
// that the plan is either where the person chose or where it was. True when it got there.
bool setIndexAsking(
    QWidget *parent, Interaction &interaction, QUndoStack &stack, const Plan &plan, int index);

} // namespace Cairn
