#pragma once

#include <QDialog>

class QAction;
class QTreeWidget;

namespace Cairn {

struct ShortcutEntry {
    QString group; // the menu or view it belongs to: "File", "Roadmap"
    QString action; // "Save As", without mnemonics
    QString keys; // as the platform writes them: "Ctrl+Shift+S"
};

// The keys the roadmap, the graph and the tables handle themselves (not actions).
QList<ShortcutEntry> viewKeys();

// Every shortcut: those of the actions under `root` (a window's menus and its views' own
// actions), read from the actions themselves, and the views' keys, grouped by menu or view.
QList<ShortcutEntry> collectShortcuts(const QWidget *root);

// Help > Keyboard Shortcuts.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QWidget *root, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace Cairn
