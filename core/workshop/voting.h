#pragma once

#include "core/domain/plan.h"
#include "core/edit/editfacade.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace Cairn {

// A dot vote as it stands: each named participant gives up to PlanInfo::dots dots to the
// initiatives taken in (not dropped or done); the totals stay hidden until revealed.
struct VoteTally {
    struct Row {
        InitiativeId id;
        QString name;
        QList<int> dots; // per participant, in the participants' order
        int total = 0;
    };
    QStringList participants;
    QList<int> used; // dots given, per participant
    std::vector<Row> rows; // the plan's order
    int dotsEach = 5;
    bool revealed = false;
    int totalDots = 0;

    int left(int participant) const { return dotsEach - used.value(participant); }
    // The dots of the initiative with the most (0 when nobody voted).
    int most() const;
};

VoteTally tallyVotes(const PlanContent &plan);

// The values the totals give: the initiative with the most dots 100, the others with dots in
// proportion. An initiative without a dot keeps its value (a vote is often over a shortlist);
// none at all when nobody voted.
std::vector<std::pair<InitiativeId, int>> valuesFromVotes(const VoteTally &tally);

// The dot vote's edits, each one undo step through the edit facade. A name is trimmed and must
// be new among the participants (case aside); a participant's dots never exceed what each has.
class VotingEdits {
    Q_DECLARE_TR_FUNCTIONS(Cairn::Voting)

public:
    explicit VotingEdits(EditFacade &edit)
        : m_edit(edit)
    {
    }

    EditResult addParticipant(const QString &name);
    EditResult renameParticipant(const QString &name, const QString &newName);
    // With their votes.
    void removeParticipant(const QString &name);
    // Sets a participant's dots on an initiative (0 takes them all back).
    EditResult setDots(const QString &participant, InitiativeId initiative, int dots);
    // So many dots each (1–50); refused below what someone has already given.
    EditResult setDotsEach(int dots);
    void reveal(bool revealed);
    // Takes every dot back and hides the totals (the participants stay).
    void clearVotes();
    // The totals set the initiatives' values (valuesFromVotes), one step; how many changed.
    int setValuesFromVotes();

private:
    void commit(const PlanContent &after, const QString &text);
    EditFacade &m_edit;
};

} // namespace Cairn
