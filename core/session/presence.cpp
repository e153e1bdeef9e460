#include "core/session/presence.h"

#include <QSet>

#include <algorithm>

namespace Cairn {

void Presence::set(const std::vector<PresenceRow> &rows)
{
    QHash<qint64, QStringList> now;
    for (const PresenceRow &row : rows) {
        if (row.item == 0 || row.login.isEmpty())
            continue;
        QStringList &logins = now[row.item];
        if (!logins.contains(row.login))
            logins << row.login;
    }
    for (QStringList &logins : now)
        std::sort(logins.begin(), logins.end(), [](const QString &a, const QString &b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
    QSet<qint64> items;
    for (auto it = m_colleagues.cbegin(); it != m_colleagues.cend(); ++it)
        if (now.value(it.key()) != it.value())
            items.insert(it.key());
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (m_colleagues.value(it.key()) != it.value())
            items.insert(it.key());
    if (items.isEmpty())
        return;
    m_colleagues = std::move(now);
    QList<qint64> changedItems = items.values();
    std::sort(changedItems.begin(), changedItems.end());
    emit changed(changedItems);
}

} // namespace Cairn
