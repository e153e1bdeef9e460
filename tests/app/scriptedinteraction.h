#pragma once

#include "app/interaction.h"

#include <QDialog>
#include <QStringList>

#include <functional>

namespace Cairn {

// The questions and dialogs of a window under test: answered by the test, never by a person.
// By default unsaved changes are discarded, questions answered Yes (else OK), files not chosen,
// dialogs rejected, and messages kept in `notes`.
class ScriptedInteraction : public Interaction {
public:
    QStringList notes; // every message the window showed
    QStringList asked; // every question it asked: "title text"
    std::function<QMessageBox::StandardButton(const QString &)> onSave;
    std::function<QMessageBox::StandardButton(QMessageBox::StandardButtons)> onAsk;
    std::function<QString(FileUse)> onChooseFile;
    std::function<int(QDialog &)> onRun;

    QMessageBox::StandardButton askToSave(QWidget *, const QString &name) override
    {
        return onSave ? onSave(name) : QMessageBox::Discard;
    }
    QString chooseFile(QWidget *, FileUse use) override
    {
        return onChooseFile ? onChooseFile(use) : QString();
    }
    void notify(QWidget *, const QString &, const QString &message) override { notes << message; }
    QMessageBox::StandardButton ask(QWidget *, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons) override
    {
        asked << title + QLatin1Char(' ') + text;
        if (onAsk)
            return onAsk(buttons);
        return buttons.testFlag(QMessageBox::Yes) ? QMessageBox::Yes : QMessageBox::Ok;
    }
    int run(QDialog &dialog) override { return onRun ? onRun(dialog) : QDialog::Rejected; }
};

} // namespace Cairn
