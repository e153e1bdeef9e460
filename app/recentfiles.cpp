#include "app/recentfiles.h"

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Cairn {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QStringList recent = files();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 10)
        recent.removeLast();
    QSettings().setValue(kKey, recent);
    emit changed();
}

void RecentFiles::attach(QMenu *menu)
{
    fill(menu);
    connect(this, &RecentFiles::changed, menu, [this, menu] { fill(menu); });
}

void RecentFiles::fill(QMenu *menu)
{
    menu->clear();
    const QStringList recent = files();
    for (const QString &path : recent) {
        QAction *a = menu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    menu->setEnabled(!recent.isEmpty());
}

} // namespace Cairn
