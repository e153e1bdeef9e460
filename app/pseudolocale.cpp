#include "app/pseudolocale.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace Cairn {

namespace {
QChar accented(QChar c)
{
    static const QHash<QChar, QChar> kAccents = {{u'a', u'á'}, {u'e', u'é'}, {u'i', u'í'},
        {u'o', u'ö'}, {u'u', u'ü'}, {u'A', u'Å'}, {u'E', u'É'}, {u'I', u'Î'}, {u'O', u'Ö'},
        {u'U', u'Û'}, {u'c', u'ç'}, {u'n', u'ñ'}, {u'y', u'ÿ'}};
    return kAccents.value(c, c);
}
} // namespace

QString PseudoTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    Q_UNUSED(context);
    Q_UNUSED(disambiguation);
    Q_UNUSED(n);
    if (!sourceText || !*sourceText)
        return {};
    return lengthen(QString::fromUtf8(sourceText));
}

QString PseudoTranslator::lengthen(const QString &text)
{
    // What must stay as it is: placeholders, markup and entities, and a mnemonic's letter.
    static const QRegularExpression kept(QStringLiteral("%L?\\d+|%n|<[^>]*>|&[a-zA-Z]+;|&&|&\\w"));
    QString out;
    int letters = 0;
    qsizetype at = 0;
    for (auto m = kept.globalMatch(text); m.hasNext();) {
        const auto match = m.next();
        for (; at < match.capturedStart(); ++at) {
            out += accented(text[at]);
            letters += text[at].isLetterOrNumber() ? 1 : 0;
        }
        out += match.captured();
        at = match.capturedEnd();
    }
    for (; at < text.size(); ++at) {
        out += accented(text[at]);
        letters += text[at].isLetterOrNumber() ? 1 : 0;
    }
    // 40 % more, counted on the whole text so that short words grow as much as long ones.
    const int extra = std::max(letters > 0 ? 1 : 0, int(std::ceil(text.size() * 0.4)) - 2);
    return QStringLiteral("⟦") + out + QString(extra, u'~') + QStringLiteral("⟧");
}

} // namespace Cairn
