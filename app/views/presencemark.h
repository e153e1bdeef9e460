#pragma once

#include "core/domain/plan.h"

#include <QCoreApplication>
#include <QIcon>
#include <QStringList>

namespace Cairn {

// How the views show that colleagues have an item open (core/session/presence.h): a sentence
// naming them and the item ("anna is also editing this initiative.") and a small round mark
// with the first one's initial, in a colour of their own.
class PresenceMark {
    Q_DECLARE_TR_FUNCTIONS(Cairn::PresenceMark)

public:
    // Empty when nobody else has it open.
    static QString text(const QStringList &colleagues, EntityKind kind);
    static QIcon icon(const QStringList &colleagues);
};

} // namespace Cairn
