#include "core/domain/workshops.h"

#include <QCoreApplication>

namespace Cairn {

template<> const ChoiceTable &choiceTable<WorkshopMoment>()
{
    static const ChoiceTable t = {
        {"start", QT_TRANSLATE_NOOP("Cairn::Domain", "At the start"),
            {QStringLiteral("start"), QStringLiteral("Beginn"), QStringLiteral("début"),
                QStringLiteral("inicio")}},
        {"end", QT_TRANSLATE_NOOP("Cairn::Domain", "At the end"),
            {QStringLiteral("end"), QStringLiteral("Ende"), QStringLiteral("fin"),
                QStringLiteral("final")}},
    };
    return t;
}

template<> const ChoiceTable &choiceTable<VoteDisplay>()
{
    static const ChoiceTable t = {
        {"hidden", QT_TRANSLATE_NOOP("Cairn::Domain", "Hidden until revealed"),
            {QStringLiteral("hidden"), QStringLiteral("verborgen"), QStringLiteral("masqués"),
                QStringLiteral("ocultos")}},
        {"revealed", QT_TRANSLATE_NOOP("Cairn::Domain", "Revealed"),
            {QStringLiteral("shown"), QStringLiteral("aufgedeckt"), QStringLiteral("révélés"),
                QStringLiteral("revelados")}},
    };
    return t;
}

} // namespace Cairn
