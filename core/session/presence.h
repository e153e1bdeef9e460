#pragma once

#include "core/store/serverstore.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <vector>

namespace Cairn {

// Who else has which item of a shared plan open: colleagues' logins by item id. A hint only:
// it never stops an edit. A ServerDocument keeps it up to date from the server; the views show
// it on the item (a plan file has none).
class Presence : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // The logins that have the item open, each once, in alphabetical order (none: empty).
    QStringList colleagues(qint64 item) const { return m_colleagues.value(item); }
    bool isEmpty() const { return m_colleagues.isEmpty(); }
    // The items someone else has open, in no particular order.
    QList<qint64> items() const { return m_colleagues.keys(); }
    // Who has what open now, as the server says; changed() names the items whose colleagues
    // are not the same as before.
    void set(const std::vector<PresenceRow> &rows);
    // Not known (the server cannot be asked): nobody is shown.
    void clear() { set({}); }

signals:
    void changed(const QList<qint64> &items);

private:
    QHash<qint64, QStringList> m_colleagues;
};

} // namespace Cairn
