#include "app/dialogs/tableexport.h"

#include "app/interaction.h"
#include "core/interchange/exporter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace Cairn {

QString TableExport::run(QWidget *parent, Interaction &interaction, const PlanContent &plan,
    const PlanSchedule *schedule, bool excel)
{
    QString path;
    if (excel) {
        QString suggested = plan.info.name + QStringLiteral(".xlsx");
        suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
        path = QFileDialog::getSaveFileName(
            parent, tr("Export Tables to Excel"), suggested, tr("Excel workbook (*.xlsx)"));
    } else {
        path = QFileDialog::getExistingDirectory(parent, tr("Export Tables as CSV into a Folder"));
    }
    if (path.isEmpty())
        return {};
    QString error;
    QStringList warnings;
    if (excel) {
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".xlsx");
        error = Interchange::writeXlsx(plan, path, &warnings, schedule);
    } else {
        Interchange::writeCsv(plan, QDir(path), &error, schedule);
    }
    if (!error.isEmpty()) {
        interaction.notify(parent, tr("Export failed"), error);
        return {};
    }
    if (!warnings.isEmpty()) {
        interaction.notify(parent, tr("Exported, with warnings"), warnings.join(QLatin1Char('\n')));
        return {};
    }
    return tr("Exported the tables to %1").arg(QDir::toNativeSeparators(path));
}

} // namespace Cairn
