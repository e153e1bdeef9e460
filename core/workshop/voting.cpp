#include "core/workshop/voting.h"

#include "core/domain/wording.h"
#include "core/workshop/scoring.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace Cairn {

namespace {

bool takenIn(const Initiative &i)
{
    return i.status != InitiativeStatus::Dropped && i.status != InitiativeStatus::Done;
}

int indexOfName(const std::vector<Participant> &people, const QString &name)
{
    const QString folded = name.trimmed().toCaseFolded();
    for (size_t i = 0; i < people.size(); ++i)
        if (people[i].name.trimmed().toCaseFolded() == folded)
            return int(i);
    return -1;
}

} // namespace

int VoteTally::most() const
{
    int m = 0;
    for (const Row &r : rows)
        m = std::max(m, r.total);
    return m;
}

VoteTally tallyVotes(const PlanContent &plan)
{
    VoteTally t;
    t.dotsEach = std::max(1, plan.info.dots);
    t.revealed = plan.info.votes == VoteDisplay::Revealed;
    QHash<QString, int> person;
    for (const Participant &p : plan.participants) {
        person.insert(p.name, int(t.participants.size()));
        t.participants << p.name;
    }
    t.used = QList<int>(t.participants.size(), 0);
    QHash<qint64, size_t> row;
    for (const Initiative &i : plan.initiatives) {
        if (!takenIn(i))
            continue;
        row.insert(i.id.value, t.rows.size());
        t.rows.push_back({i.id, i.name, QList<int>(t.participants.size(), 0), 0});
    }
    for (const Vote &v : plan.votes) {
        const auto p = person.constFind(v.participant);
        const auto r = row.constFind(v.initiative.value);
        if (p == person.cend() || r == row.cend() || v.dots <= 0)
            continue;
        VoteTally::Row &at = t.rows[*r];
        at.dots[*p] += v.dots;
        at.total += v.dots;
        t.used[*p] += v.dots;
        t.totalDots += v.dots;
    }
    return t;
}

std::vector<std::pair<InitiativeId, int>> valuesFromVotes(const VoteTally &tally)
{
    std::vector<std::pair<InitiativeId, int>> values;
    const int most = tally.most();
    if (most <= 0)
        return values;
    for (const VoteTally::Row &r : tally.rows)
        if (r.total > 0)
            values.emplace_back(r.id, int(std::lround(100.0 * r.total / most)));
    return values;
}

void VotingEdits::commit(const PlanContent &after, const QString &text)
{
    m_edit.replaceContent(after, text);
}

EditResult VotingEdits::addParticipant(const QString &name)
{
    const QString n = name.trimmed();
    const PlanContent &now = m_edit.plan().content();
    if (n.isEmpty())
        return {false, tr("A participant needs a name.")};
    if (indexOfName(now.participants, n) >= 0)
        return {false, tr("%1 takes part already.").arg(quoted(n))};
    PlanContent after = now;
    after.participants.push_back({n});
    commit(after, tr("Add participant %1").arg(quoted(n)));
    return {};
}

EditResult VotingEdits::renameParticipant(const QString &name, const QString &newName)
{
    const QString n = newName.trimmed();
    const PlanContent &now = m_edit.plan().content();
    const int at = indexOfName(now.participants, name);
    if (at < 0)
        return {false, tr("%1 does not take part.").arg(quoted(name))};
    if (n.isEmpty())
        return {false, tr("A participant needs a name.")};
    const int other = indexOfName(now.participants, n);
    if (other >= 0 && other != at)
        return {false, tr("%1 takes part already.").arg(quoted(n))};
    if (now.participants[size_t(at)].name == n)
        return {};
    PlanContent after = now;
    const QString old = after.participants[size_t(at)].name;
    after.participants[size_t(at)].name = n;
    for (Vote &v : after.votes)
        if (v.participant == old)
            v.participant = n;
    commit(after, tr("Rename participant %1 to %2").arg(quoted(old), quoted(n)));
    return {};
}

void VotingEdits::removeParticipant(const QString &name)
{
    const PlanContent &now = m_edit.plan().content();
    const int at = indexOfName(now.participants, name);
    if (at < 0)
        return;
    PlanContent after = now;
    const QString old = after.participants[size_t(at)].name;
    after.participants.erase(after.participants.begin() + at);
    std::erase_if(after.votes, [&old](const Vote &v) { return v.participant == old; });
    commit(after, tr("Remove participant %1").arg(quoted(old)));
}

EditResult VotingEdits::setDots(const QString &participant, InitiativeId initiative, int dots)
{
    const PlanContent &now = m_edit.plan().content();
    const int at = indexOfName(now.participants, participant);
    if (at < 0)
        return {false, tr("%1 does not take part.").arg(quoted(participant))};
    const Initiative *i = now.initiative(initiative);
    if (!i || !takenIn(*i))
        return {false, tr("That initiative is not open to the vote.")};
    const QString name = now.participants[size_t(at)].name;
    dots = std::max(0, dots);
    int others = 0, before = 0;
    for (const Vote &v : now.votes) {
        if (v.participant != name)
            continue;
        if (v.initiative == initiative)
            before += v.dots;
        else if (const Initiative *o = now.initiative(v.initiative); o && takenIn(*o))
            others += v.dots;
    }
    if (dots == before)
        return {};
    const int each = std::max(1, now.info.dots);
    if (others + dots > each)
        return {false,
            tr("%1 has %2 dots to give and has given %3 elsewhere.")
                .arg(quoted(name))
                .arg(each)
                .arg(others)};
    PlanContent after = now;
    std::erase_if(after.votes,
        [&](const Vote &v) { return v.participant == name && v.initiative == initiative; });
    if (dots > 0)
        after.votes.push_back({name, initiative, dots});
    commit(after,
        dots > before ? tr("%1 gives %2 a dot").arg(quoted(name), quoted(i->name))
                      : tr("%1 takes a dot back from %2").arg(quoted(name), quoted(i->name)));
    return {};
}

EditResult VotingEdits::setDotsEach(int dots)
{
    const PlanContent &now = m_edit.plan().content();
    const VoteTally t = tallyVotes(now);
    const int given = t.used.isEmpty() ? 0 : *std::max_element(t.used.begin(), t.used.end());
    if (dots < 1 || dots > 50)
        return {false, tr("Each participant has between 1 and 50 dots.")};
    if (dots < given)
        return {false, tr("Someone has given %1 dots already; take dots back first.").arg(given)};
    if (dots == now.info.dots)
        return {};
    PlanContent after = now;
    after.info.dots = dots;
    commit(after, tr("%1 dots per participant").arg(dots));
    return {};
}

void VotingEdits::reveal(bool revealed)
{
    const PlanContent &now = m_edit.plan().content();
    const VoteDisplay want = revealed ? VoteDisplay::Revealed : VoteDisplay::Hidden;
    if (now.info.votes == want)
        return;
    PlanContent after = now;
    after.info.votes = want;
    commit(after, revealed ? tr("Reveal the vote") : tr("Hide the vote's totals"));
}

void VotingEdits::clearVotes()
{
    const PlanContent &now = m_edit.plan().content();
    if (now.votes.empty() && now.info.votes == VoteDisplay::Hidden)
        return;
    PlanContent after = now;
    after.votes.clear();
    after.info.votes = VoteDisplay::Hidden;
    commit(after, tr("Start a new vote"));
}

int VotingEdits::setValuesFromVotes()
{
    return setValues(m_edit, valuesFromVotes(tallyVotes(m_edit.plan().content())),
        tr("Set values from the vote"));
}

} // namespace Cairn
