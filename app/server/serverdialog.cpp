#include "app/server/serverdialog.h"

#include "core/session/serverdocument.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QThread>

namespace Cairn {

namespace {
const char *kAddressKey = "server/address";
}

ServerDialog::ServerDialog(Mode mode, QWidget *parent, PlanContent plan)
    : QDialog(parent)
    , m_mode(mode)
    , m_plan(std::move(plan))
    , m_address(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Open ? tr("Open from Server") : tr("Publish to Server"));
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_address->setPlaceholderText(
        QStringLiteral("postgresql://planner@db.example.org/cairn?plan=brightwater"));
    m_address->setMinimumWidth(520);
    m_address->setText(rememberedAddress());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Not needed with ~/.pgpass or a service entry"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *intro = new QLabel(mode == Mode::Open
            ? tr("The plan's address on a PostgreSQL server, with the plan's name as plan=NAME.")
            : tr("A new shared plan is made from this one on the server, under the name given "
                 "as plan=NAME; you become its owner and the window shows it from the server."),
        this);
    intro->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Open ? tr("Open") : tr("Publish"));
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_status);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerDialog::connectTo);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);
}

ServerDialog::~ServerDialog()
{
    // A connection still being made is left to finish on its own (its document goes then), so
    // that closing the dialog never waits for the server.
    if (m_document && m_busy) {
        ServerDocument *doc = m_document.release();
        connect(doc, &ServerDocument::opened, doc, &QObject::deleteLater);
    }
}

QString ServerDialog::rememberedAddress()
{
    return QSettings().value(QLatin1String(kAddressKey)).toString();
}

QString ServerDialog::status() const
{
    return m_status->text();
}

std::unique_ptr<ServerDocument> ServerDialog::takeDocument()
{
    return m_done ? std::move(m_document) : nullptr;
}

void ServerDialog::accept()
{
    connectTo();
}

void ServerDialog::reject()
{
    QDialog::reject();
}

void ServerDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_address->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_status->setStyleSheet(QString());
    m_status->setText(status);
}

void ServerDialog::fail(const QString &message)
{
    setBusy(false);
    m_status->setStyleSheet(QStringLiteral("color:#a4262c;"));
    m_status->setText(message);
}

void ServerDialog::connectTo()
{
    if (m_busy)
        return;
    QString why;
    auto address = ServerAddress::parse(m_address->text().trimmed(), &why);
    if (!address) {
        fail(why);
        return;
    }
    if (address->plan.isEmpty()) {
        fail(tr("The address names no plan: add plan=NAME to it."));
        return;
    }
    if (!m_password->text().isEmpty())
        address->password = m_password->text();
    // Remembered as people see it: never with a password.
    QSettings().setValue(QLatin1String(kAddressKey), address->display());
    if (m_mode == Mode::Publish)
        publish(*address);
    else
        openDocument(*address);
}

void ServerDialog::openDocument(const ServerAddress &address)
{
    setBusy(true, tr("Connecting to %1…").arg(address.display()));
    m_document = std::make_unique<ServerDocument>(address);
    connect(
        m_document.get(), &ServerDocument::opened, this, [this](bool ok, const QString &message) {
            if (!ok) {
                m_document.release()->deleteLater(); // it is the one that says so
                fail(message);
                return;
            }
            setBusy(false);
            m_done = true;
            QDialog::accept();
        });
    m_document->open();
}

void ServerDialog::publish(const ServerAddress &address)
{
    setBusy(true, tr("Publishing to %1…").arg(address.display()));
    auto message = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    // Uploading blocks on the server: on a thread of its own, with its own connection.
    QThread *thread = QThread::create([address, plan = m_plan, message, ok] {
        ServerStore store(address);
        *ok = store.publish(plan, message.get());
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, address, message, ok] {
        if (!*ok) {
            fail(*message);
            return;
        }
        openDocument(address);
    });
    thread->start();
}

} // namespace Cairn
