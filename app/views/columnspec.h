#pragma once

#include <QStringList>

#include <functional>
#include <vector>

namespace Cairn {

// How one editable column is edited, in tables (delegates) and in the inspector (widgets).
struct ColumnSpec {
    enum class Editor { Text, LongText, Choice, Quarter, Range, ReadOnly, GoalName };
    int column = 0;
    Editor editor = Editor::Text;
    QStringList choices; // Choice
    int minimum = 0, maximum = 0;
    QString suffix; // Range
};

} // namespace Cairn
