#include "app/cli/output.h"

#include <cstdio>

namespace Cairn::Cli {

void out(const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QString formatTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    auto measure = [&widths](const QStringList &row) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);
    auto line = [&widths](const QStringList &row) {
        QString text;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool last = c + 1 == row.size();
            text += last ? row[c] : row[c].leftJustified(widths[c] + 2);
        }
        return text;
    };
    QStringList lines {line(header)};
    QStringList rule;
    for (qsizetype w : widths)
        rule << QString(w, QLatin1Char('-'));
    lines << line(rule);
    for (const QStringList &row : rows)
        lines << line(row);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Cairn::Cli
