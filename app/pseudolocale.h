#pragma once

#include <QTranslator>

namespace Cairn {

// A pseudo-locale for finding what a translation would break: every translated string comes back
// 40 % longer, its letters accented and its ends marked (⟦…⟧), so that a clipped label shows its
// cut end and a string that misses tr() stays plain. Placeholders (%1, %n, %L2), markup and
// mnemonics (&File) are kept. Set CAIRN_PSEUDO_LOCALE=1 to run the workspace or a screenshot so.
class PseudoTranslator : public QTranslator {
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
        const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

    static QString lengthen(const QString &text);
};

} // namespace Cairn
