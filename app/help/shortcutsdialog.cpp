#include "app/help/shortcutsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Cairn {

namespace {
QString plain(QString text)
{
    text.remove(QStringLiteral("…"));
    // "&&" is a literal ampersand; a single one marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.trimmed();
}

// The menu an action is in (a submenu's title leads to its parent's), else the view it belongs
// to, as its accessible name says.
QString groupOf(const QAction *action)
{
    for (QObject *o : action->associatedObjects())
        if (auto *menu = qobject_cast<QMenu *>(o))
            return plain(menu->title());
    for (const QObject *o = action->parent(); o; o = o->parent())
        if (auto *w = qobject_cast<const QWidget *>(o); w && !w->accessibleName().isEmpty())
            return w->accessibleName();
    return QCoreApplication::translate("Cairn::ShortcutsDialog", "General");
}
} // namespace

QList<ShortcutEntry> viewKeys()
{
    // As RoadmapView::, GraphView:: and PresentationView::keyPressEvent handle them.
    static const struct {
        const char *group;
        const char *action;
        QKeyCombination keys[2];
    } kKeys[] = {
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Roadmap"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Select the next bar"),
            {Qt::Key_Left, Qt::Key_Right}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Roadmap"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Select the bar above or below"),
            {Qt::Key_Up, Qt::Key_Down}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Roadmap"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Pin a quarter earlier or later"),
            {Qt::SHIFT | Qt::Key_Left, Qt::SHIFT | Qt::Key_Right}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Roadmap"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "A quarter shorter or longer"),
            {Qt::CTRL | Qt::SHIFT | Qt::Key_Left, Qt::CTRL | Qt::SHIFT | Qt::Key_Right}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Roadmap"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Edit in the inspector"),
            {Qt::Key_Return, {}}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Roadmap"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Clear the selection"),
            {Qt::Key_Escape, {}}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Roadmap"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Zoom in, zoom out"),
            {Qt::CTRL | Qt::Key_Plus, Qt::CTRL | Qt::Key_Minus}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Roadmap"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Fit to the window"),
            {Qt::CTRL | Qt::Key_0, {}}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Graph"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Zoom in, zoom out"),
            {Qt::Key_Plus, Qt::Key_Minus}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Graph"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Fit to the window"), {Qt::Key_0, {}}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Tables"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Edit the cell"), {Qt::Key_F2, {}}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Presenter mode"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Next slide"),
            {Qt::Key_Right, Qt::Key_PageDown}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Presenter mode"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Previous slide"),
            {Qt::Key_Left, Qt::Key_PageUp}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Presenter mode"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "First and last slide"),
            {Qt::Key_Home, Qt::Key_End}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Presenter mode"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Blank the screen"),
            {Qt::Key_B, Qt::Key_Period}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Presenter mode"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Capture an idea"), {Qt::Key_N, {}}},
        {QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Presenter mode"),
            QT_TRANSLATE_NOOP("Cairn::ShortcutsDialog", "Leave"), {Qt::Key_Escape, {}}},
    };
    QList<ShortcutEntry> entries;
    for (const auto &k : kKeys) {
        QStringList keys;
        for (const QKeyCombination &c : k.keys)
            if (c.key() != Qt::Key_unknown && c.toCombined() != 0)
                keys << QKeySequence(c).toString(QKeySequence::NativeText);
        entries << ShortcutEntry {QCoreApplication::translate("Cairn::ShortcutsDialog", k.group),
            QCoreApplication::translate("Cairn::ShortcutsDialog", k.action),
            keys.join(QStringLiteral(", "))};
    }
    return entries;
}

QList<ShortcutEntry> collectShortcuts(const QWidget *root)
{
    QList<ShortcutEntry> entries;
    QList<QString> order; // groups in the order the menu bar shows them
    if (const QMenuBar *bar = root->findChild<QMenuBar *>())
        for (QAction *a : bar->actions())
            if (a->menu())
                order << plain(a->menu()->title());
    for (const QAction *a : root->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->isSeparator())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        entries << ShortcutEntry {groupOf(a), plain(a->text()), keys.join(QStringLiteral(", "))};
    }
    entries += viewKeys();
    std::stable_sort(
        entries.begin(), entries.end(), [&order](const ShortcutEntry &a, const ShortcutEntry &b) {
            const auto rank = [&order](const QString &g) {
                const qsizetype i = order.indexOf(g);
                return i < 0 ? order.size() : i;
            };
            return std::pair(rank(a.group), a.group) < std::pair(rank(b.group), b.group);
        });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QWidget *root, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    QTreeWidgetItem *group = nullptr;
    for (const ShortcutEntry &e : collectShortcuts(root)) {
        if (!group || group->text(0) != e.group) {
            group = new QTreeWidgetItem(m_tree, {e.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(group, {e.action, e.keys});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(560, 640);
}

} // namespace Cairn
