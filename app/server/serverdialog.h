#pragma once

#include "core/domain/plan.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Cairn {

class ServerDocument;
struct ServerAddress;

// File > Open from Server… and Publish to Server…: the plan's address on a PostgreSQL server
// (a libpq URI with plan=NAME), a password for this time only, and what happened in words
// that name the server. The address is remembered without its password. Connecting happens on
// the document's worker thread: the dialog stays responsive and can be cancelled.
class ServerDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Open, Publish };
    // For Publish, `plan` is uploaded first (a new shared plan), then opened.
    explicit ServerDialog(Mode mode, QWidget *parent = nullptr, PlanContent plan = {});
    ~ServerDialog() override;

    // The opened plan, once the dialog was accepted.
    std::unique_ptr<ServerDocument> takeDocument();
    QLineEdit *addressField() const { return m_address; }
    QLineEdit *passwordField() const { return m_password; }
    QString status() const;

    static QString rememberedAddress();

    void accept() override;
    void reject() override;

private:
    void connectTo();
    void openDocument(const ServerAddress &address);
    void publish(const ServerAddress &address);
    void fail(const QString &message);
    void setBusy(bool busy, const QString &status = {});

    Mode m_mode;
    PlanContent m_plan;
    QLineEdit *m_address;
    QLineEdit *m_password;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<ServerDocument> m_document;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace Cairn
