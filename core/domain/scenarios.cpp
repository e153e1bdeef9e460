#include "core/domain/scenarios.h"

#include <QCoreApplication>

namespace Cairn {

// The keys are the field schema's entity keys, as the overrides table names them.
template<> const ChoiceTable &choiceTable<ScenarioTarget>()
{
    static const ChoiceTable t = {
        {"plan", QT_TRANSLATE_NOOP("Cairn::Domain", "Plan settings"),
            {QStringLiteral("Plan"), QStringLiteral("Einstellungen")}},
        {"goal", QT_TRANSLATE_NOOP("Cairn::Domain", "Goal"),
            {QStringLiteral("Ziel"), QStringLiteral("Objectif"), QStringLiteral("Objetivo")}},
        {"system", QT_TRANSLATE_NOOP("Cairn::Domain", "System"),
            {QStringLiteral("Système"), QStringLiteral("Sistema")}},
        {"resource", QT_TRANSLATE_NOOP("Cairn::Domain", "Resource"),
            {QStringLiteral("Ressource"), QStringLiteral("Recurso")}},
        {"initiative", QT_TRANSLATE_NOOP("Cairn::Domain", "Initiative"),
            {QStringLiteral("Vorhaben"), QStringLiteral("Projet"), QStringLiteral("Iniciativa")}},
        {"milestone", QT_TRANSLATE_NOOP("Cairn::Domain", "Milestone"),
            {QStringLiteral("Meilenstein"), QStringLiteral("Jalon"), QStringLiteral("Hito")}},
    };
    return t;
}

template<> const ChoiceTable &choiceTable<OverrideChange>()
{
    static const ChoiceTable t = {
        {"set", QT_TRANSLATE_NOOP("Cairn::Domain", "Set to"),
            {QStringLiteral("set"), QStringLiteral("setzen"), QStringLiteral("fixer"),
                QStringLiteral("fijar")}},
        {"percent", QT_TRANSLATE_NOOP("Cairn::Domain", "Change by %"),
            {QStringLiteral("%"), QStringLiteral("prozent"), QStringLiteral("pourcentage"),
                QStringLiteral("porcentaje")}},
        {"exclude", QT_TRANSLATE_NOOP("Cairn::Domain", "Leave out"),
            {QStringLiteral("weglassen"), QStringLiteral("exclure"), QStringLiteral("excluir")}},
        {"include", QT_TRANSLATE_NOOP("Cairn::Domain", "Take in"),
            {QStringLiteral("aufnehmen"), QStringLiteral("inclure"), QStringLiteral("incluir")}},
    };
    return t;
}

} // namespace Cairn
