#pragma once

#include "core/domain/plan.h"

#include <QStringList>

class QUndoCommand;
class QUndoStack;

namespace Cairn {

// What undoing a step would put back over a change made since by someone else: on a plan server
// a colleague's step is taken in as an announcement, so the row may no longer hold what my step
// made it. Undo writes back only the fields the step changed (withChangedFields); of those, the
// ones that now hold another value are a colleague's newer change, and the person is asked before
// they are overwritten. One line per item, worded for people: "“Cloud migration”: Risk, Cost".
// Empty when undo takes back only what the step itself did (always, for a plan only I edit).
QStringList undoOverwrites(const QUndoCommand &step, const Plan &plan);
// The same for the step Undo takes back next (none: empty).
QStringList undoOverwrites(const QUndoStack &stack, const Plan &plan);

} // namespace Cairn
