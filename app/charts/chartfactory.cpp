#include "app/charts/chartfactory.h"

#include "app/render/colours.h"
#include "app/render/picture.h"
#include "app/render/roadmaplayout.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>
#include <memory>
#include <numeric>

namespace Cairn::Charts {

namespace {

const char kIdsProperty[] = "cairnInitiativeIds";

QString kindName(int k)
{
    return displayName(InitiativeKind(k));
}

struct Style {
    QColor text, muted, grid, background;
};

Style styleOf(const Context &c)
{
    const Theme t = c.dark ? Theme::fromPalette([] {
        QPalette p;
        p.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        return p;
    }())
                           : Theme::print();
    return {t.text, t.mutedText, t.grid, t.background};
}

QChart *base(const Context &c, const QString &title)
{
    auto *chart = new QChart;
    chart->setTheme(c.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const Style s = styleOf(c);
    chart->setBackgroundBrush(s.background);
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont titleFont = scaledFont(c.font, 1.25);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(s.text);
    chart->setTitle(title);
    chart->legend()->setFont(c.font);
    chart->legend()->setLabelColor(s.text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void styleAxis(QAbstractAxis *axis, const Context &c, const QString &title = {})
{
    const Style s = styleOf(c);
    axis->setLabelsFont(scaledFont(c.font, 0.92));
    axis->setLabelsColor(s.text);
    axis->setGridLineColor(s.grid);
    axis->setLinePenColor(s.muted);
    if (!title.isEmpty()) {
        QFont f = scaledFont(c.font, 0.92);
        axis->setTitleFont(f);
        axis->setTitleBrush(s.muted);
        axis->setTitleText(title);
    }
}

QStringList quarterLabels(const Context &c)
{
    // "Q1" over its year on two lines: short enough for a dozen quarters on a narrow chart.
    QStringList labels;
    const bool fiscal = c.plan.info.quarterStyle() == QuarterStyle::Fiscal;
    for (int q = 0; q < c.analysis.quarters; ++q) {
        const Quarter quarter = c.analysis.quarter(q);
        const QString year = QStringLiteral("%1").arg(
            ((quarter.year() % 100) + 100) % 100, 2, 10, QLatin1Char('0'));
        labels << QStringLiteral("Q%1<br>%2%3")
                      .arg(quarter.quarter())
                      .arg(fiscal ? QStringLiteral("FY") : QStringLiteral("’"), year);
    }
    return labels;
}

QBarCategoryAxis *quarterAxis(QChart *chart, const Context &c)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(quarterLabels(c));
    styleAxis(axis, c);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *valueAxis(
    QChart *chart, const Context &c, const QString &title, double max, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max : 1);
    axis->setLabelFormat(format);
    styleAxis(axis, c, title);
    axis->applyNiceNumbers();
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

// Amounts of a resource on an axis: FTE for teams and partners, money for a budget.
struct Amounts {
    double divisor = 100;
    QString unit;
};

Amounts amountsFor(const Context &c, const ResourceLoad &load, qint64 largest)
{
    if (load.kind == ResourceKind::Budget) {
        const MoneyScale m = moneyScale(largest, c.plan.info.currency);
        return {m.divisor, m.unit};
    }
    return {100, QCoreApplication::translate("Cairn::Charts", "FTE")};
}

QChart *demand(const Context &c)
{
    if (c.analysis.loads.empty()) {
        QChart *chart
            = base(c, QCoreApplication::translate("Cairn::Charts", "Demand against capacity"));
        return chart;
    }
    const ResourceLoad &load
        = c.analysis
              .loads[size_t(std::clamp<int>(c.resource, 0, int(c.analysis.loads.size()) - 1))];
    QChart *chart = base(c,
        QCoreApplication::translate("Cairn::Charts", "Demand against capacity: %1").arg(load.name));
    qint64 largest = 0;
    for (int q = 0; q < c.analysis.quarters; ++q)
        largest = std::max({largest, load.demand[size_t(q)], load.capacity[size_t(q)]});
    const Amounts a = amountsFor(c, load, largest);
    auto *bars = new QStackedBarSeries;
    for (int k = 0; k < kKindCount; ++k) {
        auto *set = new QBarSet(kindName(k));
        set->setColor(Colours::kind(InitiativeKind(k)));
        set->setBorderColor(Colours::kind(InitiativeKind(k)));
        for (int q = 0; q < c.analysis.quarters; ++q)
            set->append(double(load.demandByKind[size_t(k)][size_t(q)]) / a.divisor);
        bars->append(set);
    }
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    auto *capacity = new QLineSeries;
    capacity->setName(QCoreApplication::translate("Cairn::Charts", "Capacity"));
    QPen pen(styleOf(c).text, 2.2);
    capacity->setPen(pen);
    for (int q = 0; q < c.analysis.quarters; ++q) {
        const double v = double(load.capacity[size_t(q)]) / a.divisor;
        capacity->append(q - 0.5, v);
        capacity->append(q + 0.5, v);
    }
    chart->addSeries(capacity);
    auto *over = new QScatterSeries;
    over->setName(QCoreApplication::translate("Cairn::Charts", "Over capacity"));
    over->setColor(Colours::late());
    over->setBorderColor(Colours::late());
    over->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    over->setMarkerSize(12);
    for (int q = 0; q < c.analysis.quarters; ++q)
        if (load.overloaded(q))
            over->append(q, double(load.demand[size_t(q)]) / a.divisor);
    chart->addSeries(over);
    QBarCategoryAxis *x = quarterAxis(chart, c);
    const QString unit = load.kind == ResourceKind::Budget
        ? QCoreApplication::translate("Cairn::Charts", "%1 per quarter").arg(a.unit)
        : QCoreApplication::translate("Cairn::Charts", "FTE per quarter");
    QValueAxis *y
        = valueAxis(chart, c, unit, double(largest) / a.divisor * 1.12, QStringLiteral("%.3g"));
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(bars),
             static_cast<QAbstractSeries *>(capacity), static_cast<QAbstractSeries *>(over)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (over->count() == 0)
        chart->legend()->markers(over).value(0)->setVisible(false);
    return chart;
}

QChart *kindShare(const Context &c)
{
    QChart *chart = base(c,
        QCoreApplication::translate(
            "Cairn::Charts", "Run, Grow, Transform: share of spend per year"));
    // Years, with each kind's share in whole percent, and the year's total under its name.
    QMap<int, std::array<qint64, kKindCount>> years;
    for (int q = 0; q < c.analysis.quarters; ++q) {
        auto &y = years[c.analysis.quarter(q).year()];
        for (int k = 0; k < kKindCount; ++k)
            y[size_t(k)] += c.analysis.spendByKind[size_t(k)][size_t(q)];
    }
    auto *series = new QStackedBarSeries;
    std::array<QBarSet *, kKindCount> sets {};
    for (int k = 0; k < kKindCount; ++k) {
        sets[size_t(k)] = new QBarSet(kindName(k));
        sets[size_t(k)]->setColor(Colours::kind(InitiativeKind(k)));
        sets[size_t(k)]->setBorderColor(Colours::kind(InitiativeKind(k)));
        sets[size_t(k)]->setLabelColor(Colours::textOn(Colours::kind(InitiativeKind(k))));
        sets[size_t(k)]->setLabelFont(scaledFont(c.font, 0.92));
    }
    QStringList categories;
    const QLocale locale;
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        const qint64 total = std::accumulate(it->begin(), it->end(), qint64(0));
        const QString year = c.plan.info.quarterStyle() == QuarterStyle::Fiscal
            ? QStringLiteral("FY%1").arg(it.key())
            : QString::number(it.key());
        categories << QStringLiteral("%1 (%2)").arg(
            year, Money(total).formatShort(c.plan.info.currency, locale));
        for (int k = 0; k < kKindCount; ++k)
            sets[size_t(k)]->append(
                total > 0 ? std::round(100.0 * double((*it)[size_t(k)]) / double(total)) : 0.0);
    }
    for (QBarSet *s : sets)
        series->append(s);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, c);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d %"));
    styleAxis(y, c, QCoreApplication::translate("Cairn::Charts", "Share of the year's spend"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *goalSpend(const Context &c)
{
    QChart *chart = base(c, QCoreApplication::translate("Cairn::Charts", "Spend per goal"));
    std::vector<const GoalSpend *> goals;
    qint64 largest = 0;
    for (const GoalSpend &g : c.analysis.spendByGoal) {
        goals.push_back(&g);
        largest = std::max(largest, g.total);
    }
    // Largest at the top: a horizontal axis lists its first category at the bottom.
    std::stable_sort(goals.begin(), goals.end(),
        [](const GoalSpend *a, const GoalSpend *b) { return a->total < b->total; });
    const MoneyScale m = moneyScale(largest, c.plan.info.currency);
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    const QFontMetricsF fm(scaledFont(c.font, 0.92));
    for (size_t n = 0; n < goals.size(); ++n) {
        const GoalSpend &g = *goals[n];
        int index = -1;
        for (size_t k = 0; k < c.plan.goals.size(); ++k)
            if (g.goal && c.plan.goals[k].id == *g.goal)
                index = int(k);
        const QString name
            = g.goal ? g.name : QCoreApplication::translate("Cairn::Charts", "No goal");
        categories << fm.elidedText(name, Qt::ElideRight, 260);
        // One set per goal, so that each bar takes its goal's colour from the roadmap.
        auto *set = new QBarSet(name);
        const QColor colour = index >= 0 ? Colours::category(index) : Colours::neutral();
        set->setColor(colour);
        set->setBorderColor(colour);
        set->setLabelColor(Colours::textOn(colour));
        set->setLabelFont(scaledFont(c.font, 0.92));
        for (size_t k = 0; k < goals.size(); ++k)
            set->append(k == n ? double(g.total) / m.divisor : 0.0);
        series->append(set);
    }
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    styleAxis(y, c);
    chart->addAxis(y, Qt::AlignLeft);
    auto *x = new QValueAxis;
    x->setRange(
        0, std::max(1.0, double(largest) / m.divisor * 1.08)); // an empty plan still has a scale
    x->setLabelFormat(QStringLiteral("%.3g"));
    styleAxis(x, c, QCoreApplication::translate("Cairn::Charts", "Planned spend (%1)").arg(m.unit));
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

QChart *support(const Context &c)
{
    QChart *chart
        = base(c, QCoreApplication::translate("Cairn::Charts", "Systems out of vendor support"));
    auto *asIs = new QBarSet(QCoreApplication::translate("Cairn::Charts", "As things stand"));
    auto *withPlan
        = new QBarSet(QCoreApplication::translate("Cairn::Charts", "With the plan carried out"));
    asIs->setColor(Colours::endOfSupport().lighter(150));
    asIs->setBorderColor(Colours::endOfSupport().lighter(150));
    withPlan->setColor(Colours::endOfSupport());
    withPlan->setBorderColor(Colours::endOfSupport());
    size_t largest = 0;
    for (int q = 0; q < c.analysis.quarters; ++q) {
        asIs->append(double(c.analysis.support.asIs[size_t(q)].size()));
        withPlan->append(double(c.analysis.support.withPlan[size_t(q)].size()));
        largest = std::max(largest, c.analysis.support.asIs[size_t(q)].size());
    }
    auto *series = new QBarSeries;
    series->append(asIs);
    series->append(withPlan);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    QBarCategoryAxis *x = quarterAxis(chart, c);
    auto *y = new QValueAxis;
    const int top = std::max<int>(4, int(largest) + 1);
    y->setRange(0, top);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(top <= 10 ? 1 : std::ceil(top / 8.0));
    y->setLabelFormat(QStringLiteral("%d"));
    styleAxis(y, c, QCoreApplication::translate("Cairn::Charts", "Systems"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *runCost(const Context &c)
{
    QChart *chart
        = base(c, QCoreApplication::translate("Cairn::Charts", "Run cost of the system landscape"));
    qint64 largest = 0;
    for (int q = 0; q < c.analysis.quarters; ++q)
        largest = std::max(
            {largest, c.analysis.runCostAsIs[size_t(q)], c.analysis.runCostWithPlan[size_t(q)]});
    const MoneyScale m = moneyScale(largest, c.plan.info.currency);
    auto line = [&](const QString &name, const std::vector<qint64> &values, const QColor &colour,
                    Qt::PenStyle style) {
        auto *s = new QLineSeries;
        s->setName(name);
        s->setPen(QPen(colour, 2.4, style));
        for (int q = 0; q < c.analysis.quarters; ++q)
            s->append(q, double(values[size_t(q)]) / m.divisor);
        chart->addSeries(s);
        return s;
    };
    QLineSeries *asIs = line(QCoreApplication::translate("Cairn::Charts", "As things stand"),
        c.analysis.runCostAsIs, Colours::neutral(), Qt::DashLine);
    QLineSeries *withPlan
        = line(QCoreApplication::translate("Cairn::Charts", "With the plan carried out"),
            c.analysis.runCostWithPlan, Colours::kind(InitiativeKind::Grow), Qt::SolidLine);
    QBarCategoryAxis *x = quarterAxis(chart, c);
    QValueAxis *y = valueAxis(chart, c,
        QCoreApplication::translate("Cairn::Charts", "%1 per quarter").arg(m.unit),
        double(largest) / m.divisor * 1.12, QStringLiteral("%.3g"));
    for (QLineSeries *s : {asIs, withPlan}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

QChart *portfolio(const Context &c)
{
    QChart *chart = base(c,
        QCoreApplication::translate(
            "Cairn::Charts", "Portfolio: value against cost (bubble size: risk 1–5)"));
    qint64 largest = 0;
    for (const PortfolioEntry &e : c.analysis.portfolio)
        largest = std::max(largest, e.cost);
    const MoneyScale m = moneyScale(largest, c.plan.info.currency);
    std::array<bool, kKindCount> named {};
    std::vector<QScatterSeries *> all;
    for (int k = 0; k < kKindCount; ++k) {
        for (int risk = 1; risk <= 5; ++risk) {
            QVariantList ids;
            auto *s = new QScatterSeries;
            const QColor colour = Colours::kind(InitiativeKind(k));
            QColor fill = colour;
            fill.setAlpha(190);
            s->setColor(fill);
            s->setBorderColor(colour.darker(130));
            s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            s->setMarkerSize(10 + 5 * risk);
            for (const PortfolioEntry &e : c.analysis.portfolio) {
                if (int(e.kind) != k || std::clamp(e.risk, 1, 5) != risk)
                    continue;
                s->append(double(e.cost) / m.divisor, e.value);
                ids << e.initiative.value;
            }
            if (ids.isEmpty()) {
                delete s;
                continue;
            }
            s->setProperty(kIdsProperty, ids);
            s->setName(kindName(k));
            chart->addSeries(s);
            all.push_back(s);
            // One legend entry per kind.
            if (named[size_t(k)])
                chart->legend()->markers(s).value(0)->setVisible(false);
            named[size_t(k)] = true;
        }
    }
    auto *x = new QValueAxis;
    x->setRange(0, std::max(1.0, double(largest) / m.divisor * 1.1));
    x->setLabelFormat(QStringLiteral("%.3g"));
    styleAxis(x, c, QCoreApplication::translate("Cairn::Charts", "One-off cost (%1)").arg(m.unit));
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, 105);
    y->setTickCount(8);
    y->setLabelFormat(QStringLiteral("%d"));
    styleAxis(y, c, QCoreApplication::translate("Cairn::Charts", "Value score (0–100)"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries *s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}
} // namespace

QString title(Kind kind)
{
    switch (kind) {
    case Kind::Demand:
        return QCoreApplication::translate("Cairn::Charts", "Demand against capacity");
    case Kind::KindShare:
        return QCoreApplication::translate("Cairn::Charts", "Run, Grow, Transform");
    case Kind::GoalSpend:
        return QCoreApplication::translate("Cairn::Charts", "Spend per goal");
    case Kind::Support:
        return QCoreApplication::translate("Cairn::Charts", "Systems out of support");
    case Kind::RunCost:
        return QCoreApplication::translate("Cairn::Charts", "Run cost");
    case Kind::Portfolio:
        return QCoreApplication::translate("Cairn::Charts", "Portfolio");
    }
    return {};
}

QString key(Kind kind)
{
    switch (kind) {
    case Kind::Demand:
        return QStringLiteral("demand");
    case Kind::KindShare:
        return QStringLiteral("run-grow-transform");
    case Kind::GoalSpend:
        return QStringLiteral("spend-per-goal");
    case Kind::Support:
        return QStringLiteral("out-of-support");
    case Kind::RunCost:
        return QStringLiteral("run-cost");
    case Kind::Portfolio:
        return QStringLiteral("portfolio");
    }
    return {};
}

QString fileBase(Kind kind, const QString &resourceName)
{
    if (kind != Kind::Demand)
        return key(kind);
    // Accents folded ("Équipe" → "equipe"), anything else that is not a letter or a digit ends a
    // word; a name with no such letters at all keeps the bare key.
    QStringList words;
    QString word;
    for (const QChar c : resourceName.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isMark())
            continue;
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words.isEmpty() ? key(kind) : key(kind) + QLatin1Char('-') + words.join(u'-');
}

QStringList saveAll(const PlanContent &plan, const PlanAnalysis &analysis, const QDir &dir,
    const QSize &size, const QFont &font, QString *error)
{
    QStringList files;
    QSet<QString> used;
    for (Kind kind : kAll) {
        const int resources = kind == Kind::Demand ? int(analysis.loads.size()) : 1;
        for (int r = 0; r < resources; ++r) {
            std::unique_ptr<QChart> chart(make(kind, {plan, analysis, false, font, r}));
            const QString named
                = fileBase(kind, kind == Kind::Demand ? analysis.loads[size_t(r)].name : QString());
            QString base = named;
            for (int n = 2; used.contains(base.toLower()); ++n)
                base = QStringLiteral("%1-%2").arg(named).arg(n);
            used.insert(base.toLower());
            for (const QString &suffix : {QStringLiteral(".png"), QStringLiteral(".svg")}) {
                const QString path = dir.filePath(base + suffix);
                *error = save(chart.get(), size, path);
                if (!error->isEmpty())
                    return files;
                files << path;
            }
        }
    }
    return files;
}

MoneyScale moneyScale(qint64 largestMinorUnits, const Currency &currency)
{
    const double major = double(largestMinorUnits) / double(currency.minorPerMajor());
    const QString symbol = currency.symbol();
    if (major >= 2e6)
        return {1e6 * double(currency.minorPerMajor()),
            QCoreApplication::translate("Cairn::Charts", "%1 millions").arg(symbol)};
    if (major >= 2e3)
        return {1e3 * double(currency.minorPerMajor()),
            QCoreApplication::translate("Cairn::Charts", "%1 thousands").arg(symbol)};
    return {double(currency.minorPerMajor()), symbol};
}

QChart *make(Kind kind, const Context &context)
{
    switch (kind) {
    case Kind::Demand:
        return demand(context);
    case Kind::KindShare:
        return kindShare(context);
    case Kind::GoalSpend:
        return goalSpend(context);
    case Kind::Support:
        return support(context);
    case Kind::RunCost:
        return runCost(context);
    case Kind::Portfolio:
        return portfolio(context);
    }
    return nullptr;
}

qint64 initiativeAt(const QObject *series, int pointIndex)
{
    const QVariantList ids = series ? series->property(kIdsProperty).toList() : QVariantList();
    return pointIndex >= 0 && pointIndex < ids.size() ? ids[pointIndex].toLongLong() : 0;
}

void render(QChart *chart, QPainter &painter, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    scene.setSceneRect(QRectF(QPointF(0, 0), target.size()));
    scene.render(&painter, target, scene.sceneRect());
    scene.removeItem(chart);
}

void draw(Kind kind, const Context &context, QPainter &painter, const QRectF &target)
{
    std::unique_ptr<QChart> chart(make(kind, context));
    render(chart.get(), painter, target);
}

QString save(QChart *chart, const QSize &size, const QString &path)
{
    // PNG at twice the size: crisp on slides.
    return Picture::save(path, Picture::formatOf(path), size, chart->title(), 2,
        [&](QPainter &p) { render(chart, p, QRectF(QPointF(0, 0), size)); });
}

} // namespace Cairn::Charts
