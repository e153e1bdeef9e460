#pragma once

#include "app/dialogs/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Cairn {

// Edit > Preferences: language (from the next start), theme, autosave interval, the roadmap
// PDF's page size and reduced motion. OK saves them and applies what can be applied at once.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    Preferences preferences() const;
    // Whether OK changed the language, which shows from the next start.
    bool needsRestart() const;

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *autosaveBox() const { return m_autosave; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QCheckBox *reducedMotionBox() const { return m_reducedMotion; }

    void accept() override;

private:
    void updateRestartNote();

    Preferences m_current;
    QComboBox *m_language;
    QLabel *m_restartNote;
    QComboBox *m_theme;
    QSpinBox *m_autosave;
    QComboBox *m_pageSize;
    QCheckBox *m_reducedMotion;
};

} // namespace Cairn
