#include "app/interaction.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>

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

} // namespace Cairn
