#include "app/dialogs/plansettingsdialog.h"

#include "app/dialogs/logoeditor.h"
#include "core/domain/fieldvalue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Cairn {

namespace {
// The currencies people pick most; any other ISO code can be typed.
const char *const kCurrencies[]
    = {"EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CAD", "AUD", "JPY"};

QWidget *makeEditor(
    const FieldSpec &f, const QVariant &value, const PlanInfo &info, QWidget *parent)
{
    const PlanContent plan {info};
    switch (f.type) {
    case FieldType::Picture:
        return new LogoEditor(value.toString(), parent);
    case FieldType::LongText: {
        auto *text = new QPlainTextEdit(value.toString(), parent);
        text->setTabChangesFocus(true);
        text->setMinimumHeight(text->fontMetrics().lineSpacing() * 4);
        return text;
    }
    case FieldType::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(f.minimum), int(f.maximum));
        spin->setSuffix(f.unitText());
        spin->setValue(value.toInt());
        return spin;
    }
    case FieldType::Currency: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        for (const char *code : kCurrencies)
            combo->addItem(QString::fromLatin1(code));
        combo->setCurrentText(value.toString());
        return combo;
    }
    case FieldType::Choice: {
        auto *combo = new QComboBox(parent);
        combo->addItems(choiceNames(*f.choices));
        combo->setCurrentIndex(value.toInt());
        return combo;
    }
    case FieldType::Quarter: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        const Quarter now = Quarter::fromDate(QDate::currentDate(), info.fiscalYearStartMonth);
        for (int q = -4; q <= 12; ++q)
            combo->addItem((now + q).label(info.quarterStyle()));
        combo->setCurrentText(cellText(f, value, {plan}));
        return combo;
    }
    default:
        return new QLineEdit(value.toString(), parent);
    }
}

QString editorText(QWidget *editor)
{
    if (auto *logo = qobject_cast<LogoEditor *>(editor))
        return logo->dataUrl();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return text->toPlainText();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return QString::number(spin->value());
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentText();
    return static_cast<QLineEdit *>(editor)->text();
}
} // namespace

PlanSettingsDialog::PlanSettingsDialog(const PlanInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Plan Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const Field<PlanInfo> &f : schemaOf<PlanInfo>().fields) {
        QWidget *editor = makeEditor(f, f.get(info), info, this);
        editor->setObjectName(f.keyText());
        form->addRow(f.labelText() + QLatin1Char(':'), editor);
        m_editors.emplace_back(f.keyText(), editor);
    }
    layout->addLayout(form);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanSettingsDialog::reject);
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

QWidget *PlanSettingsDialog::editor(QStringView key) const
{
    for (const auto &[k, w] : m_editors)
        if (k == key)
            return w;
    return nullptr;
}

std::optional<PlanInfo> PlanSettingsDialog::settings() const
{
    PlanInfo info = m_info;
    for (const Field<PlanInfo> &f : schemaOf<PlanInfo>().fields) {
        // The fiscal year read first says which quarter "Q3 FY2028" is.
        const CellValue v = parseCell(f, editorText(editor(f.keyText())), {PlanContent {info}});
        if (!v.ok()) {
            m_error = tr("%1: %2").arg(f.labelText(), v.error);
            return std::nullopt;
        }
        if (!v.empty || f.emptyClears())
            f.set(info, v.value);
    }
    m_error.clear();
    return info;
}

void PlanSettingsDialog::accept()
{
    if (!settings()) {
        m_message->setText(m_error);
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace Cairn
