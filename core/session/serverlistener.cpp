#include "core/session/serverlistener.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <optional>

namespace Cairn {

// Lives in the listener's thread: every connection call blocks only that thread.
class ListenerWorker : public QObject {
    Q_OBJECT

public:
    ListenerWorker(ServerAddress address, qint64 planId, ServerListener::Timing timing)
        : m_address(std::move(address))
        , m_planId(planId)
        , m_timing(timing)
    {
        static std::atomic<int> counter {0};
        m_name = QStringLiteral("cairn-listener-%1").arg(counter.fetch_add(1));
    }
    ~ListenerWorker() override { close(); }

    void begin()
    {
        m_heartbeat = new QTimer(this);
        QObject::connect(m_heartbeat, &QTimer::timeout, this, &ListenerWorker::beat);
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        QObject::connect(m_retry, &QTimer::timeout, this, &ListenerWorker::connectNow);
        m_linkCheck = new QTimer(this);
        QObject::connect(m_linkCheck, &QTimer::timeout, this, &ListenerWorker::checkLink);
        connectNow();
    }
    void finish()
    {
        if (m_heartbeat)
            m_heartbeat->stop();
        if (m_retry)
            m_retry->stop();
        if (m_linkCheck)
            m_linkCheck->stop();
        close();
    }

signals:
    void announced(qint64 revision, const QStringList &rows);
    void presenceChanged();
    void connected();
    void disconnected(const QString &why);

private:
    QString channel() const { return QStringLiteral("cairn_plan_%1").arg(m_planId); }

    void connectNow()
    {
        close();
        std::optional<QString> failed;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(m_address.host);
            if (m_address.port > 0)
                db.setPort(m_address.port);
            db.setDatabaseName(m_address.database);
            db.setUserName(m_address.user);
            db.setPassword(m_address.password);
            // A TCP link that dies quietly is found by the keepalives as well as the heartbeat.
            QStringList options {QStringLiteral("connect_timeout=5"),
                QStringLiteral("application_name=cairn-listener"), QStringLiteral("keepalives=1"),
                QStringLiteral("keepalives_idle=5"), QStringLiteral("keepalives_interval=2"),
                QStringLiteral("keepalives_count=2")};
            options += m_address.options;
            db.setConnectOptions(options.join(QLatin1Char(';')));
            if (!db.open() || !db.driver()->subscribeToNotification(channel())
                || !db.driver()->subscribeToNotification(ServerStore::presenceChannel(m_planId)))
                failed = db.lastError().text();
            else
                QObject::connect(
                    db.driver(), &QSqlDriver::notification, this, &ListenerWorker::notified);
        }
        // Given up on once no handle on the connection is left, so that it is removed whole.
        if (failed) {
            lost(*failed);
            return;
        }
        m_open = true;
        m_failures = 0;
        m_seen = revisionNow().value_or(0);
        m_heartbeat->start(m_timing.heartbeatMs);
        m_linkCheck->start(kLinkCheckMs);
        emit connected();
    }

    void notified(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
    {
        // Someone took or left an item: who is where is asked again (the payload is only the
        // item's id).
        if (name == ServerStore::presenceChannel(m_planId)) {
            emit presenceChanged();
            return;
        }
        if (name != channel())
            return;
        const QString text = payload.toString();
        const qint64 revision = text.section(QLatin1Char(' '), 0, 0).toLongLong();
        m_seen = std::max(m_seen, revision);
        const QStringList rows
            = text.section(QLatin1Char(' '), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        emit announced(revision, rows);
    }

    // Qt's driver reads the connection whenever its socket has something: a notification, or
    // the server closing it (a restart, a stop), after which the connection says it is not
    // open. Looked at often (nothing goes to the server for it), so that a server that closed
    // the link is found at once, not a heartbeat later.
    void checkLink()
    {
        if (!m_open || QSqlDatabase::database(m_name, false).isOpen())
            return;
        lost(QCoreApplication::translate("Cairn::Server", "the server closed the connection"));
    }

    // The plan's revision on the server now (nullopt: the link is down, with the reason).
    std::optional<qint64> revisionNow(QString *why = nullptr)
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery q(db);
        if (db.isOpen()
            && q.prepare(QStringLiteral("SELECT revision FROM cairn.plans WHERE id = ?"))) {
            q.addBindValue(m_planId);
            if (q.exec() && q.next())
                return q.value(0).toLongLong();
        }
        if (why)
            *why = q.lastError().text();
        return std::nullopt;
    }

    // The heartbeat asks for the plan's revision: a step whose notification did not arrive
    // (Qt's driver did not hear it on a connection made after the server restarted) is
    // announced all the same, at the latest one beat later.
    void beat()
    {
        QString why;
        const std::optional<qint64> revision = revisionNow(&why);
        if (!revision) {
            // Closed with no handle on it left, so that the connection is removed entirely (its
            // socket notifier too) before a new one is made.
            lost(why);
            return;
        }
        if (*revision > m_seen) {
            m_seen = *revision;
            emit announced(*revision, {QStringLiteral("*")});
        }
    }

    void lost(const QString &why)
    {
        const bool wasOpen = m_open;
        close();
        if (wasOpen || !m_toldDown) {
            m_toldDown = true;
            emit disconnected(why.trimmed());
        }
        m_heartbeat->stop();
        m_linkCheck->stop();
        m_retry->start(ServerListener::retryDelay(m_timing, ++m_failures));
    }

    void close()
    {
        m_open = false;
        if (QSqlDatabase::contains(m_name)) {
            {
                // Closed even when it says it is not open (the server closed it): the driver
                // then lets go of its socket notifier and of what libpq holds.
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_name);
        }
    }

    ServerAddress m_address;
    qint64 m_planId = 0;
    ServerListener::Timing m_timing;
    QString m_name;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_retry = nullptr;
    QTimer *m_linkCheck = nullptr;
    static constexpr int kLinkCheckMs = 200;
    bool m_open = false;
    bool m_toldDown = false;
    int m_failures = 0; // tries since the link was last up
    qint64 m_seen = 0; // the latest revision announced
};

int ServerListener::retryDelay(const Timing &timing, int failures)
{
    const int cap = std::max(1, timing.reconnectMs);
    qint64 wait = std::max(1, timing.firstRetryMs);
    for (int n = 1; n < failures && wait < cap; ++n)
        wait *= 2;
    return int(std::min<qint64>(wait, cap));
}

ServerListener::ServerListener(ServerAddress address, qint64 planId, QObject *parent)
    : ServerListener(std::move(address), planId, Timing {}, parent)
{
}

ServerListener::ServerListener(ServerAddress address, qint64 planId, Timing timing, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new ListenerWorker(std::move(address), planId, timing))
{
    m_thread->setObjectName(QStringLiteral("cairn-listener"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &ListenerWorker::announced, this, &ServerListener::announced);
    connect(m_worker, &ListenerWorker::presenceChanged, this, &ServerListener::presenceChanged);
    connect(m_worker, &ListenerWorker::connected, this, &ServerListener::connected);
    connect(m_worker, &ListenerWorker::disconnected, this, &ServerListener::disconnected);
    connect(m_thread, &QThread::started, m_worker, &ListenerWorker::begin);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

namespace {

QMutex g_backgroundMutex;
QSet<QThread *> g_background; // threads left to end on their own, not ended yet

// At exit: the threads still waiting for a server get up to 3 s in all.
void waitForBackground()
{
    QList<QThread *> left;
    {
        QMutexLocker lock(&g_backgroundMutex);
        left = g_background.values();
    }
    const QDeadlineTimer deadline(3000);
    for (QThread *t : std::as_const(left))
        t->wait(deadline);
}

} // namespace

void finishInBackground(QThread *thread, QObject *worker)
{
    static const bool registered = [] {
        qAddPostRoutine(waitForBackground);
        return true;
    }();
    Q_UNUSED(registered);
    thread->setParent(nullptr); // a running thread must outlive its owner
    {
        QMutexLocker lock(&g_backgroundMutex);
        g_background.insert(thread);
    }
    // Emitted in the thread as it ends: the worker is deleted there, the thread in the main one.
    QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(
        thread, &QThread::finished, thread,
        [thread] {
            QMutexLocker lock(&g_backgroundMutex);
            g_background.remove(thread);
        },
        Qt::DirectConnection);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->quit();
}

ServerListener::~ServerListener()
{
    if (m_thread->isRunning()) {
        // Its connection closed after what it is doing (a connection being made, a heartbeat
        // waiting for a server that does not answer), without the window waiting for it.
        QMetaObject::invokeMethod(m_worker, &ListenerWorker::finish, Qt::QueuedConnection);
        finishInBackground(m_thread, m_worker);
    } else {
        delete m_worker;
    }
}

void ServerListener::start()
{
    m_thread->start();
}

} // namespace Cairn

#include "serverlistener.moc"
