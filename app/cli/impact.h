#pragma once

#include "core/domain/plan.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Cairn {
struct PlanSchedule;
}

namespace Cairn::Cli {

// cairn impact FILE --system NAME [--eos QUARTER] [--json] | --initiative NAME [--json]
// Headless: needs no display.
int impactCommand(const QStringList &arguments);

// The options of `cairn export` for the dependency graph: --graph OUT (PNG or SVG by the
// suffix), --focus NAME (only it and its neighbours), --depth N (links away, default 2).
class GraphExportOptions {
public:
    // lupdate files a class's tr() under the class: the runtime asks for the same context.
    static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
    {
        return QCoreApplication::translate(
            "Cairn::Cli::GraphExportOptions", text, disambiguation, n);
    }
    GraphExportOptions();
    void addTo(QCommandLineParser &parser) const;
    bool isSet(const QCommandLineParser &parser) const;
    // The options that name a file to write.
    QList<QCommandLineOption> outputs() const { return {m_graph}; }
    // Checks the values; prints why not.
    bool valid(const QCommandLineParser &parser) const;
    // Writes the graph when asked and says so; the exit code (Ok when not asked).
    int run(const QCommandLineParser &parser, const PlanContent &plan, const PlanSchedule &schedule,
        QSize size) const;

private:
    QCommandLineOption m_graph;
    QCommandLineOption m_focus;
    QCommandLineOption m_depth;
};

// A goal, initiative or system by name: exact (ignoring case), else the only one whose name
// contains the text. Prints why not (none, or which ones match) and returns 0 otherwise.
enum class NameKind { Goal, Initiative, System, Any };
qint64 findByName(const PlanContent &plan, const QString &name, NameKind kind);

} // namespace Cairn::Cli
