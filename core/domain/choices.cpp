#include "core/domain/choices.h"

#include <QCoreApplication>

namespace Cairn {

namespace {
// Case, spaces, hyphens, underscores and dashes do not tell two words apart.
QString folded(QStringView text)
{
    QString s = text.trimmed().toString().toCaseFolded();
    for (QChar &c : s)
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QChar(0x2013))
            c = QLatin1Char(' ');
    return s.simplified();
}
} // namespace

QString choiceName(const ChoiceTable &table, int index)
{
    if (index < 0 || index >= table.size())
        return {};
    return QCoreApplication::translate("Cairn::Domain", table.at(index).name);
}

QString choiceKey(const ChoiceTable &table, int index)
{
    if (index < 0 || index >= table.size())
        return {};
    return QString::fromLatin1(table.at(index).key);
}

std::optional<int> findChoice(const ChoiceTable &table, QStringView text)
{
    // Cairn's own files write the key: found without folding or translating anything.
    // (the first letter tried before the whole key: no key's length is counted for nothing)
    for (int i = 0; i < table.size(); ++i) {
        const char *key = table.at(i).key;
        if ((text.isEmpty() || text.front().unicode() == uchar(key[0]))
            && text == QLatin1String(key))
            return i;
    }
    const QString t = folded(text);
    if (t.isEmpty())
        return std::nullopt;
    for (int i = 0; i < table.size(); ++i) {
        const ChoiceOption &o = table.at(i);
        if (t == folded(QString::fromLatin1(o.key)) || t == folded(QString::fromUtf8(o.name))
            || t == folded(choiceName(table, i)))
            return i;
    }
    for (int i = 0; i < table.size(); ++i)
        for (const QString &alias : table.at(i).aliases)
            if (t == folded(alias))
                return i;
    return std::nullopt;
}

QStringList choiceNames(const ChoiceTable &table)
{
    QStringList names;
    for (int i = 0; i < table.size(); ++i)
        names << choiceName(table, i);
    return names;
}

} // namespace Cairn
