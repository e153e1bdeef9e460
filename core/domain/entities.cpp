#include "core/domain/entities.h"

#include <QCoreApplication>

namespace Cairn {

// The names are translated in context "Cairn::Domain"; the aliases are what spreadsheets in
// English, German, French and Spanish write for the same value (the translated names of the
// interface's own languages are recognised too, through the translations).
template<> const ChoiceTable &choiceTable<InitiativeKind>()
{
    static const ChoiceTable t = {
        {"run", QT_TRANSLATE_NOOP("Cairn::Domain", "Run"),
            {QStringLiteral("Betrieb"), QStringLiteral("Maintenir"), QStringLiteral("Mantener"),
                QStringLiteral("keep the lights on")}},
        {"grow", QT_TRANSLATE_NOOP("Cairn::Domain", "Grow"),
            {QStringLiteral("Wachsen"), QStringLiteral("Wachstum"), QStringLiteral("Développer"),
                QStringLiteral("Crecer"), QStringLiteral("Crecimiento"),
                QStringLiteral("improve")}},
        {"transform", QT_TRANSLATE_NOOP("Cairn::Domain", "Transform"),
            {QStringLiteral("Transformieren"), QStringLiteral("Transformation"),
                QStringLiteral("Transformer"), QStringLiteral("Transformar"),
                QStringLiteral("Transformación")}},
    };
    return t;
}

template<> const ChoiceTable &choiceTable<InitiativeStatus>()
{
    static const ChoiceTable t = {
        {"idea", QT_TRANSLATE_NOOP("Cairn::Domain", "Idea"),
            {QStringLiteral("Idee"), QStringLiteral("Idée")}},
        {"proposed", QT_TRANSLATE_NOOP("Cairn::Domain", "Proposed"),
            {QStringLiteral("Vorgeschlagen"), QStringLiteral("Proposée"), QStringLiteral("Proposé"),
                QStringLiteral("Propuesta"), QStringLiteral("Propuesto")}},
        {"approved", QT_TRANSLATE_NOOP("Cairn::Domain", "Approved"),
            {QStringLiteral("Genehmigt"), QStringLiteral("Approuvée"), QStringLiteral("Approuvé"),
                QStringLiteral("Aprobada"), QStringLiteral("Aprobado")}},
        {"in-progress", QT_TRANSLATE_NOOP("Cairn::Domain", "In progress"),
            {QStringLiteral("In Arbeit"), QStringLiteral("Laufend"), QStringLiteral("En cours"),
                QStringLiteral("En curso"), QStringLiteral("started"), QStringLiteral("ongoing")}},
        {"done", QT_TRANSLATE_NOOP("Cairn::Domain", "Done"),
            {QStringLiteral("Erledigt"), QStringLiteral("Abgeschlossen"),
                QStringLiteral("Terminée"), QStringLiteral("Terminé"), QStringLiteral("Terminada"),
                QStringLiteral("Terminado"), QStringLiteral("completed"),
                QStringLiteral("finished")}},
        {"dropped", QT_TRANSLATE_NOOP("Cairn::Domain", "Dropped"),
            {QStringLiteral("Verworfen"), QStringLiteral("Abandonnée"), QStringLiteral("Abandonné"),
                QStringLiteral("Descartada"), QStringLiteral("Descartado"),
                QStringLiteral("cancelled"), QStringLiteral("canceled")}},
    };
    return t;
}

template<> const ChoiceTable &choiceTable<LifecyclePhase>()
{
    static const ChoiceTable t = {
        {"plan", QT_TRANSLATE_NOOP("Cairn::Domain", "Plan"),
            {QStringLiteral("Planung"), QStringLiteral("Planification"),
                QStringLiteral("Planificación"), QStringLiteral("planned")}},
        {"phase-in", QT_TRANSLATE_NOOP("Cairn::Domain", "Phase-in"),
            {QStringLiteral("Einführung"), QStringLiteral("Mise en service"),
                QStringLiteral("Implantación")}},
        {"active", QT_TRANSLATE_NOOP("Cairn::Domain", "Active"),
            {QStringLiteral("Aktiv"), QStringLiteral("Actif"), QStringLiteral("Activo"),
                QStringLiteral("in use")}},
        {"phase-out", QT_TRANSLATE_NOOP("Cairn::Domain", "Phase-out"),
            {QStringLiteral("Auslauf"), QStringLiteral("Auslaufend"),
                QStringLiteral("Retrait progressif"), QStringLiteral("Retirada progresiva")}},
        {"retired", QT_TRANSLATE_NOOP("Cairn::Domain", "Retired"),
            {QStringLiteral("Abgeschaltet"), QStringLiteral("Außer Betrieb"),
                QStringLiteral("Retiré"), QStringLiteral("Retirado")}},
    };
    return t;
}

template<> const ChoiceTable &choiceTable<TimeDisposition>()
{
    static const ChoiceTable t = {
        {"tolerate", QT_TRANSLATE_NOOP("Cairn::Domain", "Tolerate"),
            {QStringLiteral("Tolerieren"), QStringLiteral("Tolérer"), QStringLiteral("Tolerar")}},
        {"invest", QT_TRANSLATE_NOOP("Cairn::Domain", "Invest"),
            {QStringLiteral("Investieren"), QStringLiteral("Investir"),
                QStringLiteral("Invertir")}},
        {"migrate", QT_TRANSLATE_NOOP("Cairn::Domain", "Migrate"),
            {QStringLiteral("Migrieren"), QStringLiteral("Migrer"), QStringLiteral("Migrar")}},
        {"eliminate", QT_TRANSLATE_NOOP("Cairn::Domain", "Eliminate"),
            {QStringLiteral("Eliminieren"), QStringLiteral("Éliminer"),
                QStringLiteral("Eliminar")}},
    };
    return t;
}

template<> const ChoiceTable &choiceTable<ResourceKind>()
{
    static const ChoiceTable t = {
        {"budget", QT_TRANSLATE_NOOP("Cairn::Domain", "Budget"),
            {QStringLiteral("Presupuesto"), QStringLiteral("money")}},
        {"team", QT_TRANSLATE_NOOP("Cairn::Domain", "Team"),
            {QStringLiteral("Équipe"), QStringLiteral("Equipe"), QStringLiteral("Equipo"),
                QStringLiteral("staff")}},
        {"partner", QT_TRANSLATE_NOOP("Cairn::Domain", "External partner"),
            {QStringLiteral("Partner"), QStringLiteral("Externer Partner"),
                QStringLiteral("Partenaire"), QStringLiteral("Partenaire externe"),
                QStringLiteral("Socio externo"), QStringLiteral("Proveedor")}},
    };
    return t;
}

template<> const ChoiceTable &choiceTable<SystemEffect>()
{
    static const ChoiceTable t = {
        {"upgrades", QT_TRANSLATE_NOOP("Cairn::Domain", "Upgrades"),
            {QStringLiteral("Upgrade"), QStringLiteral("Aktualisiert"),
                QStringLiteral("Met à niveau"), QStringLiteral("Actualiza")}},
        {"replaces", QT_TRANSLATE_NOOP("Cairn::Domain", "Replaces"),
            {QStringLiteral("Replace"), QStringLiteral("Ersetzt"), QStringLiteral("Remplace"),
                QStringLiteral("Sustituye")}},
        {"retires", QT_TRANSLATE_NOOP("Cairn::Domain", "Retires"),
            {QStringLiteral("Retire"), QStringLiteral("Schaltet ab"), QStringLiteral("Retira")}},
        {"introduces", QT_TRANSLATE_NOOP("Cairn::Domain", "Introduces"),
            {QStringLiteral("Introduce"), QStringLiteral("Führt ein"),
                QStringLiteral("Introduit")}},
    };
    return t;
}

template<> const ChoiceTable &choiceTable<DependencyType>()
{
    static const ChoiceTable t = {
        {"finish-to-start", QT_TRANSLATE_NOOP("Cairn::Domain", "Finish to start"),
            {QStringLiteral("FS"), QStringLiteral("Ende–Anfang"), QStringLiteral("Ende-Anfang"),
                QStringLiteral("EA"), QStringLiteral("Fin à début"), QStringLiteral("FD"),
                QStringLiteral("Fin a inicio"), QStringLiteral("FC")}},
        {"start-to-start", QT_TRANSLATE_NOOP("Cairn::Domain", "Start to start"),
            {QStringLiteral("SS"), QStringLiteral("Anfang–Anfang"), QStringLiteral("Anfang-Anfang"),
                QStringLiteral("AA"), QStringLiteral("Début à début"), QStringLiteral("DD"),
                QStringLiteral("Inicio a inicio"), QStringLiteral("CC")}},
    };
    return t;
}

template<> const ChoiceTable &choiceTable<SchedulingMode>()
{
    static const ChoiceTable t = {
        {"replan", QT_TRANSLATE_NOOP("Cairn::Domain", "Re-plan calmly after each change"),
            {QStringLiteral("Re-plan"), QStringLiteral("Replan"), QStringLiteral("Neu planen"),
                QStringLiteral("Replanifier"), QStringLiteral("Replanificar")}},
        {"keep", QT_TRANSLATE_NOOP("Cairn::Domain", "Keep the schedule"),
            {QStringLiteral("Keep"), QStringLiteral("Zeitplan beibehalten"),
                QStringLiteral("Beibehalten"), QStringLiteral("Conserver le planning"),
                QStringLiteral("Conserver"), QStringLiteral("Mantener el plan"),
                QStringLiteral("Mantener")}},
    };
    return t;
}

} // namespace Cairn
