#include "app/render/colours.h"
#include "app/report/reportcomposer.h"
#include "app/report/reportflow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace Cairn {

using namespace ReportStyle;

// ---- cover ------------------------------------------------------------------------------------
void ReportComposer::addCover()
{
    m_pages.push_back(
        {ReportOptions::sectionKey(ReportOptions::Cover), [this](QPainter &p, const QRectF &c) {
             const PlanInfo &info = m_plan.info;
             p.save();
             p.fillRect(
                 QRectF(c.left(), c.top(), c.width(), 10), Colours::kind(InitiativeKind::Grow));
             p.fillRect(QRectF(c.left(), c.top() + 10, c.width() * 0.2, 10),
                 Colours::kind(InitiativeKind::Transform));
             qreal y = c.top() + c.height() * 0.16;
             const QFont title = sized(m_font, 36, true);
             const QString name = info.name.isEmpty()
                 ? QCoreApplication::translate("Cairn::Report", "IT roadmap")
                 : info.name;
             const qreal titleH = wrappedHeight(title, c.width() * 0.85, name);
             p.setFont(title);
             p.setPen(kInk);
             p.drawText(QRectF(c.left(), y, c.width() * 0.85, titleH),
                 Qt::TextWordWrap | Qt::AlignLeft, name);
             y += titleH + 16;
             p.setFont(sized(m_font, 20));
             p.setPen(kMuted);
             if (!info.organisation.isEmpty()) {
                 p.drawText(QRectF(c.left(), y, c.width(), 30), Qt::AlignLeft | Qt::AlignVCenter,
                     info.organisation);
                 y += 34;
             }
             p.drawText(QRectF(c.left(), y, c.width(), 30), Qt::AlignLeft | Qt::AlignVCenter,
                 QCoreApplication::translate("Cairn::Report", "IT strategy roadmap, %1 – %2")
                     .arg(quarterText(info.firstQuarter), quarterText(info.lastQuarter())));
             y += 60;

             // Key figures.
             int scheduled = 0;
             for (const InitiativeSchedule &s : m_schedule.initiatives)
                 scheduled += s.start ? 1 : 0;
             qint64 spend = 0;
             for (qint64 v : m_analysis.spend)
                 spend += v;
             int late = 0;
             for (const PlanScheduleProblem &pr : m_schedule.problems)
                 late += pr.kind == PlanScheduleProblem::Kind::DeadlineMissed ? 1 : 0;
             const QList<std::pair<QString, QString>> figures = {
                 {QString::number(m_plan.goals.size()),
                     QCoreApplication::translate("Cairn::Report", "business goals")},
                 {QString::number(scheduled),
                     QCoreApplication::translate("Cairn::Report", "initiatives scheduled")},
                 {Money(spend).formatShort(info.currency, QLocale()),
                     QCoreApplication::translate("Cairn::Report", "planned spend")},
                 {QString::number(m_plan.systems.size()),
                     QCoreApplication::translate("Cairn::Report", "systems in the landscape")},
                 {QString::number(late),
                     QCoreApplication::translate("Cairn::Report", "deadlines at risk")},
             };
             const qreal w = c.width() / figures.size();
             for (int k = 0; k < figures.size(); ++k) {
                 const QRectF box(c.left() + k * w, y, w - 16, 90);
                 p.fillRect(box, kShade);
                 p.setFont(sized(m_font, 28, true));
                 p.setPen(k == 4 && late > 0 ? Colours::late() : kInk);
                 p.drawText(box.adjusted(14, 8, -8, -40), Qt::AlignLeft | Qt::AlignVCenter,
                     figures[k].first);
                 p.setFont(sized(m_font, 13));
                 p.setPen(kMuted);
                 p.drawText(box.adjusted(14, 52, -8, -8), Qt::AlignLeft | Qt::AlignVCenter,
                     figures[k].second);
             }
             y += 130;
             p.setFont(sized(m_font, 13));
             p.setPen(kMuted);
             QStringList lines;
             if (!info.author.isEmpty())
                 lines << QCoreApplication::translate("Cairn::Report", "Prepared by %1")
                              .arg(info.author);
             lines << QLocale().toString(m_options.date, QLocale::LongFormat);
             p.drawText(QRectF(c.left(), c.bottom() - 60, c.width(), 50),
                 Qt::AlignLeft | Qt::AlignBottom, lines.join(QLatin1Char('\n')));
             p.drawText(QRectF(c.left(), c.bottom() - 60, c.width(), 50),
                 Qt::AlignRight | Qt::AlignBottom,
                 QCoreApplication::translate("Cairn::Report", "Made with Cairn"));
             p.restore();
         }});
}

} // namespace Cairn
