#include "core/edit/setlinkcommand.h"

#include <QCoreApplication>

namespace Cairn {

SetLinkCommand::SetLinkCommand(Plan &plan, const LinkValue &link, bool remove, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_plan(plan)
    , m_changes(PlanChanges::forLink(plan, link, remove))
{
    const char *text = nullptr;
    switch (link.index()) {
    case 0:
        text = remove ? QT_TRANSLATE_NOOP("Cairn::Edit", "Unlink goal")
                      : QT_TRANSLATE_NOOP("Cairn::Edit", "Link goal");
        break;
    case 1:
        text = remove ? QT_TRANSLATE_NOOP("Cairn::Edit", "Unlink system")
                      : QT_TRANSLATE_NOOP("Cairn::Edit", "Link system");
        break;
    default:
        text = remove ? QT_TRANSLATE_NOOP("Cairn::Edit", "Remove dependency")
                      : QT_TRANSLATE_NOOP("Cairn::Edit", "Set dependency");
        break;
    }
    setText(QCoreApplication::translate("Cairn::Edit", text));
}

} // namespace Cairn
