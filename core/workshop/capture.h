#pragma once

#include "core/domain/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cairn {

class EditFacade;

// One word (or pair of words: "3 quarters") of a capture line and what it was taken for.
struct CaptureToken {
    enum class Role { Name, Goal, Kind, Duration, Cost, System, Error };
    Role role = Role::Name;
    QString text; // as typed
    QString meaning; // translated: the goal's or system's name, "3 quarters", "€40,000", "Grow"
};

// An idea called out in a workshop, as typed on one line: a name, and optionally
// "#goal", a kind (run, grow, transform, or the word in the user's language), a duration
// ("3q", "2 quarters", "1y"), a cost ("40k", "€1.2m", "40000€") and "@system". Words that
// are none of these make the name; a word in double quotes is always part of the name.
struct CapturedIdea {
    QString line;
    QString name;
    std::optional<InitiativeKind> kind;
    std::optional<int> duration; // quarters
    std::optional<Money> cost;
    QList<GoalId> goals;
    QList<SystemId> systems;
    QList<CaptureToken> tokens; // in the order typed
    QStringList errors; // translated; each names the word

    bool isEmpty() const { return line.trimmed().isEmpty(); }
    bool ok() const { return errors.isEmpty() && !name.isEmpty(); }
    // The initiative it makes: status Idea, the kind (Grow when none), duration and cost.
    Initiative initiative() const;
};

// Reads one line against the plan's goals and systems (a goal or system is found by its name
// with spaces, hyphens and underscores alike, or by the unique start of its name).
CapturedIdea parseCapture(const QString &line, const PlanContent &plan);

// Adds the idea with its goals and systems as one undo step; returns the new initiative's id,
// or 0 (and changes nothing) when the idea has errors.
qint64 addCapturedIdea(EditFacade &edit, const CapturedIdea &idea);

} // namespace Cairn
