#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cairn {

// One value of a closed set (a kind, a status, a lifecycle phase...): the stable English key
// that files, spreadsheets and the command line use, the English name that people read (and
// translators translate, context "Cairn::Domain"), and other words for it that spreadsheets use,
// in English, German, French and Spanish.
struct ChoiceOption {
    const char *key;
    const char *name;
    QStringList aliases;
};

// The values of one closed set, in enum order (the index is the enum's value).
using ChoiceTable = QList<ChoiceOption>;

// Each enum of the domain has one table (entities.cpp); nothing else spells its values.
template<class E> const ChoiceTable &choiceTable();

// The translated name of the value at `index`.
QString choiceName(const ChoiceTable &table, int index);
// The stable key of the value at `index` ("in-progress").
QString choiceKey(const ChoiceTable &table, int index);
// The index of the value that `text` names: its key, its English or translated name, or an
// alias, in any case, with spaces, hyphens and underscores taken as the same. Nothing otherwise.
std::optional<int> findChoice(const ChoiceTable &table, QStringView text);
// The translated names, in order (for choosers and messages).
QStringList choiceNames(const ChoiceTable &table);

template<class E> QString toKey(E value)
{
    return choiceKey(choiceTable<E>(), int(value));
}
template<class E> QString displayName(E value)
{
    return choiceName(choiceTable<E>(), int(value));
}
template<class E> int enumCount()
{
    return int(choiceTable<E>().size());
}
template<class E> std::optional<E> enumFromKey(QStringView text)
{
    const auto i = findChoice(choiceTable<E>(), text);
    return i ? std::optional<E>(static_cast<E>(*i)) : std::nullopt;
}

} // namespace Cairn
