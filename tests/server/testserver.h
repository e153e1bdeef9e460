#pragma once

#include "core/store/serverstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Cairn::Test {

// The throwaway server the CTest fixture started (tests/server/pgserver.sh): its socket folder
// and port, from the record file named by CAIRN_TEST_PG. Empty when there is none: the tests
// then fail, never skip.
struct TestServer {
    QString socketDir;
    int port = 0;
    QString database;

    bool valid() const { return !socketDir.isEmpty() && port > 0; }

    static TestServer fromFixture()
    {
        TestServer s;
        QFile record(qEnvironmentVariable("CAIRN_TEST_PG"));
        if (!record.open(QIODevice::ReadOnly))
            return s;
        const QStringList parts
            = QString::fromUtf8(record.readAll()).trimmed().split(QLatin1Char(' '));
        if (parts.size() == 2) {
            s.socketDir = parts[0];
            s.port = parts[1].toInt();
        }
        return s;
    }

    // The fixture's server with a new database `name` for one test program, the plan store
    // initialised in it, and the login roles its tests use: where each such program starts.
    // Not valid when any of it fails, and `error` says why.
    static TestServer forProgram(const QString &name, const QStringList &roles, QString *error)
    {
        TestServer s = fromFixture();
        if (!s.valid()) {
            *error = QStringLiteral(
                "no test server: CAIRN_TEST_PG must name the record of tests/server/pgserver.sh");
            return {};
        }
        if (!s.prepare(name, roles, error)
            || !ServerStore::initialise(s.address(QStringLiteral("postgres")), error))
            return {};
        return s;
    }

    // Runs `tests/server/pgserver.sh ACTION RECORD` on the fixture's server: stop, restart,
    // pause and resume (stopped and started again), freeze and thaw (SIGSTOP, SIGCONT).
    static bool control(const QString &action)
    {
        QProcess p;
        p.start(QStringLiteral("sh"),
            {QStringLiteral(CAIRN_PGSERVER), action, qEnvironmentVariable("CAIRN_TEST_PG")});
        return p.waitForFinished(120000) && p.exitCode() == 0;
    }

    QString uri(const QString &user, const QString &plan = QString()) const
    {
        QString text = QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
                           .arg(database, socketDir)
                           .arg(port)
                           .arg(user);
        if (!plan.isEmpty())
            text += QStringLiteral("&plan=") + plan;
        return text;
    }
    ServerAddress address(const QString &user, const QString &plan = QString()) const
    {
        QString why;
        return *ServerAddress::parse(uri(user, plan), &why);
    }

    // Publishes `content` as the shared plan `plan`, owned by the superuser, with `editors` as its
    // editors: each test's own plan.
    bool publishWithEditors(const QString &plan, const PlanContent &content,
        const QStringList &editors, QString *message) const
    {
        ServerStore owner(address(QStringLiteral("postgres"), plan));
        if (!owner.publish(content, message))
            return false;
        for (const QString &editor : editors)
            if (!owner.grant(editor, MemberRole::Editor, message))
                return false;
        return true;
    }

    // Runs statements as the superuser in `db` (the maintenance database when empty).
    bool admin(const QStringList &statements, const QString &db = QStringLiteral("postgres"),
        QString *error = nullptr) const
    {
        const QString name = QStringLiteral("cairn-test-admin");
        bool ok = true;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            c.setHostName(socketDir);
            c.setPort(port);
            c.setDatabaseName(db);
            c.setUserName(QStringLiteral("postgres"));
            ok = c.open();
            if (!ok && error)
                *error = c.lastError().text();
            for (const QString &sql : statements) {
                if (!ok)
                    break;
                QSqlQuery q(c);
                ok = q.exec(sql);
                if (!ok && error)
                    *error = sql + QStringLiteral(": ") + q.lastError().text();
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // A new empty database for one test program, and the login roles its tests use.
    bool prepare(const QString &name, const QStringList &roles, QString *error)
    {
        database = name;
        QStringList statements {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name),
            QStringLiteral("CREATE DATABASE %1").arg(name)};
        for (const QString &role : roles)
            statements << QStringLiteral(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE "
                "rolname = '%1') THEN CREATE ROLE %1 LOGIN; END IF; END $$")
                              .arg(role);
        return admin(statements, QStringLiteral("postgres"), error);
    }
};

// The fixture's server paused (stopped, its folder kept) until resume(), and at the latest when
// this goes: the tests after one that failed meanwhile have their server.
class PausedServer {
public:
    PausedServer()
        : m_paused(TestServer::control(QStringLiteral("pause")))
    {
    }
    ~PausedServer() { resume(); }
    PausedServer(const PausedServer &) = delete;
    PausedServer &operator=(const PausedServer &) = delete;

    bool paused() const { return m_paused; }
    bool resume()
    {
        if (!m_paused)
            return true;
        m_paused = false;
        return TestServer::control(QStringLiteral("resume"));
    }

private:
    bool m_paused;
};

} // namespace Cairn::Test
