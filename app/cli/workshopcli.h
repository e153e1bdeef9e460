#pragma once

#include "app/report/reportcomposer.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace Cairn::Cli {

// cairn export FILE --workshop-record OUT [--workshop NAME]: a workshop's record on its own, as a
// PDF, Markdown (.md) or CSV (.csv) by OUT's suffix; the latest workshop unless one is named.
class WorkshopExportOptions {
public:
    WorkshopExportOptions();
    void addTo(QCommandLineParser &parser) const;
    bool isSet(const QCommandLineParser &parser) const;
    // The options that name a file to write.
    QList<QCommandLineOption> outputs() const { return {m_record}; }
    // Writes the record when asked for; prints what it wrote or why not, returns the exit code.
    int run(const QCommandLineParser &parser, const PlanContent &plan, const PlanSchedule &schedule,
        const ReportOptions &report) const;

private:
    QCommandLineOption m_record;
    QCommandLineOption m_workshop;
};

} // namespace Cairn::Cli
