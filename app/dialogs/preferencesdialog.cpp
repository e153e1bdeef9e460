#include "app/dialogs/preferencesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Cairn {

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
    , m_pageSize(new QComboBox(this))
    , m_reducedMotion(new QCheckBox(
          tr("&Reduce motion: no bars gliding on the roadmap, no animated or fading menus, lists "
             "and tooltips"),
          this))
{
    setWindowTitle(tr("Preferences"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("As the system")
                                                 : tr("As the system (%1)").arg(systemLanguage),
        QString());
    for (const auto &[code, name] : Preferences::languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("The language changes the next time Cairn starts."));

    m_theme->addItem(tr("As the system"), Preferences::themeKey(ThemeChoice::System));
    m_theme->addItem(tr("Light"), Preferences::themeKey(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), Preferences::themeKey(ThemeChoice::Dark));
    m_theme->addItem(
        tr("Projector: high contrast, larger type"), Preferences::themeKey(ThemeChoice::Projector));
    m_theme->setCurrentIndex(m_theme->findData(Preferences::themeKey(current.theme)));

    m_autosave->setRange(Preferences::MinAutosaveMinutes, Preferences::MaxAutosaveMinutes);
    m_autosave->setValue(current.autosaveMinutes);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setToolTip(tr("Unsaved changes are copied aside this often, and offered back "
                              "after a crash. Your file changes only when you save."));

    m_pageSize->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_pageSize->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_pageSize->addItem(tr("Tabloid"), int(QPageSize::Tabloid));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(current.pdfPageSize))));

    m_reducedMotion->setChecked(current.reducedMotion);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Autosave every:"), m_autosave);
    form->addRow(tr("PDF &page size:"), m_pageSize);
    form->addRow(QString(), m_reducedMotion);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(
        m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    updateRestartNote();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.theme
        = Preferences::themeNamed(m_theme->currentData().toString()).value_or(ThemeChoice::System);
    p.autosaveMinutes = m_autosave->value();
    p.pdfPageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    p.reducedMotion = m_reducedMotion->isChecked();
    return p;
}

bool PreferencesDialog::needsRestart() const
{
    return m_language->currentData().toString() != m_current.language;
}

void PreferencesDialog::updateRestartNote()
{
    // Said plainly where the choice is made, so nobody waits for the menus to change.
    QFont font = m_restartNote->font();
    font.setBold(needsRestart());
    m_restartNote->setFont(font);
}

void PreferencesDialog::accept()
{
    const Preferences chosen = preferences();
    chosen.save();
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance())) {
        applyTheme(*app, chosen.theme);
        applyMotion(chosen.reducedMotion);
    }
    QDialog::accept();
}

} // namespace Cairn
