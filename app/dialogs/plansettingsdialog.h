#pragma once

#include "core/domain/plan.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QLabel;

namespace Cairn {

// File > Plan Settings: the plan's name, organisation and its logo, author, the marking on every
// page of the report, currency, fiscal year, first quarter, horizon and notes, one editor per field
// of the plan's schema. What it holds becomes the plan's settings only when every field reads (the
// message says which does not).
class PlanSettingsDialog : public QDialog {
    Q_OBJECT

public:
    PlanSettingsDialog(const PlanInfo &info, QWidget *parent = nullptr);

    // The settings as edited; nothing (and `error()` says why) while a field does not read.
    std::optional<PlanInfo> settings() const;
    QString error() const { return m_error; }
    // The editor of a field, by its key (for tests).
    QWidget *editor(QStringView key) const;

    void accept() override;

private:
    PlanInfo m_info;
    std::vector<std::pair<QString, QWidget *>> m_editors; // field key, editor
    QLabel *m_message;
    mutable QString m_error;
};

} // namespace Cairn
