#include "app/interaction.h"

#include "core/edit/undocheck.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QUndoStack>

#include <algorithm>

namespace Cairn {

QMessageBox::StandardButton Interaction::askToSave(QWidget *parent, const QString &documentName)
{
    return QMessageBox::question(parent,
        QCoreApplication::translate("Cairn::MainWindow", "Save changes?"),
        QCoreApplication::translate(
            "Cairn::MainWindow", "“%1” has changes that are not saved. Save them before closing?")
            .arg(documentName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

QString Interaction::chooseFile(QWidget *parent, FileUse use)
{
    const QString filter
        = QCoreApplication::translate("Cairn::MainWindow", "Cairn plans (*.cairn)");
    return use == FileUse::SavePlan
        ? QFileDialog::getSaveFileName(
            parent, QCoreApplication::translate("Cairn::MainWindow", "Save Plan"), {}, filter)
        : QFileDialog::getOpenFileName(
            parent, QCoreApplication::translate("Cairn::MainWindow", "Open Plan"), {}, filter);
}

void Interaction::notify(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

QMessageBox::StandardButton Interaction::ask(QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons)
{
    return QMessageBox::question(parent, title, text, buttons);
}

int Interaction::run(QDialog &dialog)
{
    return dialog.exec();
}

bool undoAsking(QWidget *parent, Interaction &interaction, QUndoStack &stack, const Plan &plan)
{
    if (!stack.canUndo())
        return false;
    const QStringList overwritten = undoOverwrites(stack, plan);
    if (!overwritten.isEmpty()
        && interaction.ask(parent,
               QCoreApplication::translate("Cairn::MainWindow", "Undo over a newer change?"),
               QCoreApplication::translate("Cairn::MainWindow",
                   "Since your step (%1), someone else changed:\n%2\n\nUndo puts back what "
                   "was there before your step and writes over their change. Undo anyway?")
                   .arg(stack.undoText(), overwritten.join(QLatin1Char('\n'))),
               QMessageBox::Yes | QMessageBox::No)
            != QMessageBox::Yes)
        return false;
    stack.undo();
    return true;
}

bool setIndexAsking(
    QWidget *parent, Interaction &interaction, QUndoStack &stack, const Plan &plan, int index)
{
    const int from = stack.index();
    index = std::clamp(index, 0, stack.count());
    while (stack.index() > index) {
        // Each step is checked against the plan as the newer steps' undo left it, exactly as
        // Edit ▸ Undo would find it (checking them all up front would take my own newer step
        // of a field for a colleague's).
        if (!undoAsking(parent, interaction, stack, plan)) {
            while (stack.index() < from)
                stack.redo();
            return false;
        }
    }
    while (stack.index() < index)
        stack.redo();
    return true;
}

} // namespace Cairn
