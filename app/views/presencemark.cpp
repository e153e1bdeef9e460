#include "app/views/presencemark.h"

#include "app/render/colours.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace Cairn {

QString PresenceMark::text(const QStringList &colleagues, EntityKind kind)
{
    if (colleagues.isEmpty())
        return {};
    // "anna", "anna and ben", "anna, ben and carl" as the interface's language lists them.
    const QString who = QLocale().createSeparatedList(colleagues);
    const int n = int(colleagues.size());
    switch (kind) {
    case EntityKind::Goal:
        return tr("%1 is also editing this goal.", nullptr, n).arg(who);
    case EntityKind::System:
        return tr("%1 is also editing this system.", nullptr, n).arg(who);
    case EntityKind::Resource:
        return tr("%1 is also editing this resource.", nullptr, n).arg(who);
    case EntityKind::Milestone:
        return tr("%1 is also editing this milestone.", nullptr, n).arg(who);
    default:
        return tr("%1 is also editing this initiative.", nullptr, n).arg(who);
    }
}

QIcon PresenceMark::icon(const QStringList &colleagues)
{
    if (colleagues.isEmpty())
        return {};
    const QString who = colleagues.front();
    static QHash<QString, QIcon> made;
    if (const auto it = made.constFind(who); it != made.cend())
        return *it;
    // A colour of the person's own, the same in every window and every run (qHash is seeded).
    int index = 0;
    for (const QChar c : who)
        index = (index * 31 + c.unicode()) % 9973;
    const QColor colour = Colours::category(index);
    QIcon icon;
    for (const int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(std::max(8, size * 5 / 8));
        p.setFont(font);
        p.setPen(Colours::textOn(colour));
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, who.left(1).toUpper());
        p.end();
        icon.addPixmap(pixmap);
    }
    made.insert(who, icon);
    return icon;
}

} // namespace Cairn
