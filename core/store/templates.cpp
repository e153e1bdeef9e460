#include "core/store/templates.h"

#include "core/domain/fields.h"
#include "core/interchange/planjson.h"

#include <QCoreApplication>
#include <QFile>

static void initTemplateResources()
{
    Q_INIT_RESOURCE(cairn_templates);
}

namespace Cairn {

namespace {
struct TemplateText {
    const char *key;
    const char *title;
    const char *description;
};

const TemplateText kTemplates[] = {
    {"small-business", QT_TRANSLATE_NOOP("Cairn::Template", "Small business"),
        QT_TRANSLATE_NOOP("Cairn::Template",
            "About 15 people, an office and a workshop, IT looked after by the office manager and "
            "an outside partner: backups, new PCs and a firewall before end of support, "
            "multi-factor sign-in, files in the cloud.")},
    {"retailer", QT_TRANSLATE_NOOP("Cairn::Template", "Retailer"),
        QT_TRANSLATE_NOOP("Cairn::Template",
            "Three stores, a webshop and a warehouse: tills, payment terminals and the webshop "
            "upgraded before end of support, a safer store network, click & collect and one stock "
            "across stores and webshop.")},
    {"professional-services", QT_TRANSLATE_NOOP("Cairn::Template", "Professional-services firm"),
        QT_TRANSLATE_NOOP("Cairn::Template",
            "About 40 accountants, lawyers or consultants in two offices: client data protected, "
            "laptops, practice management and the phone system renewed, documents in the cloud "
            "and a client portal.")},
};

template<class T> void shiftRows(std::vector<T> &rows, int quarters)
{
    for (T &row : rows)
        for (const Field<T> &f : schemaOf<T>().fields)
            if (f.type == FieldType::Quarter)
                if (const QVariant v = f.get(row); !v.isNull())
                    f.set(row, v.toInt() + quarters);
}
QString translated(const QString &text)
{
    return text.isEmpty()
        ? text
        : QCoreApplication::translate("Cairn::Template", text.toUtf8().constData());
}

// Names, notes, descriptions and tags in the user's language; the rows' links are ids by now.
template<class T> void translateRows(std::vector<T> &rows)
{
    for (T &row : rows)
        for (const Field<T> &f : schemaOf<T>().fields) {
            if (f.type == FieldType::Text || f.type == FieldType::LongText) {
                f.set(row, translated(f.get(row).toString()));
            } else if (f.type == FieldType::Tags) {
                QStringList tags = f.get(row).toStringList();
                for (QString &tag : tags)
                    tag = translated(tag);
                f.set(row, tags);
            }
        }
}

void translatePlan(PlanContent &plan)
{
    std::vector<PlanInfo> info {plan.info};
    translateRows(info);
    plan.info = info.front();
    translateRows(plan.goals);
    translateRows(plan.systems);
    translateRows(plan.resources);
    translateRows(plan.initiatives);
    translateRows(plan.milestones);
}
} // namespace

QList<PlanTemplate> planTemplates()
{
    QList<PlanTemplate> list;
    for (const TemplateText &t : kTemplates)
        list << PlanTemplate {QString::fromLatin1(t.key),
            QCoreApplication::translate("Cairn::Template", t.title),
            QCoreApplication::translate("Cairn::Template", t.description)};
    return list;
}

void shiftPlan(PlanContent &plan, int quarters)
{
    std::vector<PlanInfo> info {plan.info};
    shiftRows(info, quarters);
    plan.info = info.front();
    shiftRows(plan.goals, quarters);
    shiftRows(plan.systems, quarters);
    shiftRows(plan.resources, quarters);
    shiftRows(plan.initiatives, quarters);
    shiftRows(plan.milestones, quarters);
    for (Resource &r : plan.resources) {
        QMap<Quarter, qint64> moved;
        for (auto it = r.capacities.cbegin(); it != r.capacities.cend(); ++it)
            moved.insert(it.key() + quarters, it.value());
        r.capacities = moved;
    }
}

std::optional<PlanContent> templatePlan(const QString &key, Quarter firstQuarter)
{
    const auto known = std::find_if(std::begin(kTemplates), std::end(kTemplates),
        [&key](const TemplateText &t) { return key == QLatin1String(t.key); });
    if (known == std::end(kTemplates))
        return std::nullopt;
    initTemplateResources();
    QFile file(QStringLiteral(":/cairn/templates/%1.json").arg(key));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The template %s is missing from the build", qPrintable(key));
    PlanJsonResult result = readPlanJson(file.readAll());
    if (!result.content)
        qFatal("The bundled template %s is invalid: %s", qPrintable(key), qPrintable(result.error));
    PlanContent plan = std::move(*result.content);
    shiftPlan(plan, firstQuarter - plan.info.firstQuarter);
    translatePlan(plan);
    return plan;
}

} // namespace Cairn
