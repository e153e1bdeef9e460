#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Cairn {

// The plans opened last, newest first, kept in the settings (at most ten); a menu that lists
// them stays current. Choosing one asks for it to be opened.
class RecentFiles : public QObject {
    Q_OBJECT

public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    // Keeps `menu` listing the files (disabled when there are none).
    void attach(QMenu *menu);

signals:
    void changed();
    void openRequested(const QString &path);

private:
    void fill(QMenu *menu);
};

} // namespace Cairn
