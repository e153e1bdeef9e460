#include "core/store/sampleplan.h"

#include "core/interchange/planjson.h"

#include <QFile>

static void initSampleResources()
{
    Q_INIT_RESOURCE(cairn_sample);
}

namespace Cairn {

PlanContent samplePlan()
{
    initSampleResources();
    QFile file(QStringLiteral(":/cairn/sample/brightwater.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The sample plan is missing from the build");
    const PlanJsonResult result = readPlanJson(file.readAll());
    if (!result.content)
        qFatal("The bundled sample plan is invalid: %s", qPrintable(result.error));
    return *result.content;
}

} // namespace Cairn
