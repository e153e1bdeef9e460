#pragma once

// Runs the cairn executable under test (CAIRN_BINARY) as a user would from a shell: the command
// line tests of the app and of the server share it.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace Cairn::Test {

struct Run {
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
};

// `inChild` runs in the child before cairn starts (limits on what it may do, for instance).
inline Run cairn(
    const QStringList &args, int timeoutMs = 120000, const std::function<void()> &inChild = {})
{
    QProcess p;
    if (inChild)
        p.setChildProcessModifier(inChild);
    p.start(QStringLiteral(CAIRN_BINARY), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace Cairn::Test
