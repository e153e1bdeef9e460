#include "app/charts/chartsview.h"

#include "app/render/picture.h"
#include "app/render/roadmapimage.h"
#include "core/domain/plan.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QScatterSeries>
#include <QScrollArea>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace Cairn {

ChartsView::ChartsView(const Plan &plan, QWidget *parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_resource(new QComboBox(this))
{
    m_resource->setObjectName(QStringLiteral("chartsResource"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    auto *label = new QLabel(tr("&Resource for demand against capacity:"), this);
    label->setBuddy(m_resource);
    bar->addWidget(label);
    bar->addWidget(m_resource);
    bar->addStretch(1);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    int n = 0;
    for (Charts::Kind kind : Charts::kAll) {
        auto *panel = new QWidget(this);
        auto *v = new QVBoxLayout(panel);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(0);
        auto *chartView = new QChartView(panel);
        chartView->setObjectName(QStringLiteral("chart-") + Charts::key(kind));
        chartView->setRenderHint(QPainter::Antialiasing);
        chartView->setMinimumHeight(340);
        chartView->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto *copy = new QAction(tr("Copy Chart"), chartView);
        auto *save = new QAction(tr("Save Chart as PNG or SVG…"), chartView);
        connect(copy, &QAction::triggered, this, [this, kind] { copyChart(kind); });
        connect(save, &QAction::triggered, this, [this, kind] { saveClicked(kind); });
        chartView->addAction(copy);
        chartView->addAction(save);
        auto *buttons = new QHBoxLayout;
        buttons->setContentsMargins(0, 0, 4, 0);
        buttons->addStretch(1);
        for (QAction *a : {copy, save}) {
            auto *b = new QToolButton(panel);
            b->setDefaultAction(a);
            b->setAutoRaise(true);
            buttons->addWidget(b);
        }
        v->addWidget(chartView, 1);
        v->addLayout(buttons);
        grid->addWidget(panel, n / 2, n % 2);
        m_views.emplace_back(kind, chartView);
        ++n;
    }
    auto *content = new QWidget(this);
    content->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    connect(m_resource, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
}

ChartsView::~ChartsView()
{
    for (auto &[kind, view] : m_views)
        delete view->chart();
}

void ChartsView::setSchedule(std::shared_ptr<const PlanSchedule> schedule)
{
    m_schedule = std::move(schedule);
    m_analysis
        .reset(); // computed when a chart is wanted, not for every schedule behind a hidden tab
    if (!m_schedule)
        return;
    rebuildResources();
    rebuild();
}

const PlanAnalysis *ChartsView::analysis() const
{
    if (!m_analysis && m_schedule)
        m_analysis = std::make_unique<PlanAnalysis>(analysePlan(m_plan.content(), *m_schedule));
    return m_analysis.get();
}

void ChartsView::rebuildResources()
{
    const QSignalBlocker block(m_resource);
    const QVariant current = m_resource->currentData();
    m_resource->clear();
    // The analysis has a load per plan resource, in the plan's order.
    const std::vector<Resource> &resources = m_plan.resources();
    for (const Resource &r : resources)
        m_resource->addItem(r.name, r.id.value);
    // Teams first: the first team is the usual question.
    int preferred = m_resource->findData(current);
    if (preferred < 0)
        for (size_t k = 0; k < resources.size() && preferred < 0; ++k)
            if (resources[k].kind != ResourceKind::Budget)
                preferred = int(k);
    m_resource->setCurrentIndex(std::max(0, preferred));
}

QChart *ChartsView::makeChart(Charts::Kind kind, bool forPrint) const
{
    const PlanAnalysis *a = analysis();
    if (!a)
        return nullptr;
    QFont font = forPrint ? RoadmapSheet::exportFont(13) : this->font();
    if (!forPrint)
        font.setPixelSize(std::max(11, QFontInfo(this->font()).pixelSize()));
    const bool dark = !forPrint && palette().color(QPalette::Base).lightness() < 128;
    const Charts::Context context {
        m_plan.content(), *a, dark, font, std::max(0, m_resource->currentIndex())};
    return Charts::make(kind, context);
}

void ChartsView::rebuild()
{
    if (!m_schedule)
        return;
    if (!isVisible()) {
        m_stale = true; // charts are built when the tab is shown, not for every edit behind it
        return;
    }
    m_stale = false;
    for (auto &[kind, view] : m_views) {
        QChart *old = view->chart();
        QChart *chart = makeChart(kind, false);
        view->setChart(chart);
        delete old;
        if (kind == Charts::Kind::Portfolio)
            connectPortfolio(chart);
    }
}

void ChartsView::connectPortfolio(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(series);
        if (!scatter)
            continue;
        auto indexOf = [scatter](const QPointF &p) {
            const QList<QPointF> points = scatter->points();
            int best = -1;
            qreal distance = 0;
            for (int k = 0; k < points.size(); ++k) {
                const qreal d = std::hypot(points[k].x() - p.x(), points[k].y() - p.y());
                if (best < 0 || d < distance) {
                    best = k;
                    distance = d;
                }
            }
            return best;
        };
        connect(
            scatter, &QScatterSeries::clicked, this, [this, scatter, indexOf](const QPointF &p) {
                if (const qint64 id = Charts::initiativeAt(scatter, indexOf(p)))
                    emit initiativeSelected(id);
            });
        connect(scatter, &QScatterSeries::hovered, this,
            [this, scatter, indexOf](const QPointF &p, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const Initiative *i
                    = m_plan.initiative(InitiativeId {Charts::initiativeAt(scatter, indexOf(p))});
                if (!i)
                    return;
                QToolTip::showText(QCursor::pos(),
                    tr("<b>%1</b><br>Value %2 · cost %3 · risk %4 · confidence %5 %")
                        .arg(i->name.toHtmlEscaped())
                        .arg(i->value)
                        .arg(i->cost.format(m_plan.info().currency, QLocale()))
                        .arg(i->risk)
                        .arg(i->confidence));
            });
    }
}

QChartView *ChartsView::chartView(Charts::Kind kind) const
{
    for (const auto &[k, view] : m_views)
        if (k == kind)
            return view;
    return nullptr;
}

QString ChartsView::saveChart(Charts::Kind kind, const QString &path) const
{
    std::unique_ptr<QChart> chart(makeChart(kind, true));
    if (!chart)
        return tr("The plan is still being scheduled; try again in a moment.");
    return Charts::save(chart.get(), QSize(960, 560), path);
}

void ChartsView::copyChart(Charts::Kind kind) const
{
    std::unique_ptr<QChart> chart(makeChart(kind, true));
    if (!chart)
        return;
    QGuiApplication::clipboard()->setImage(Picture::image(QSize(960, 560), 2,
        [&](QPainter &p) { Charts::render(chart.get(), p, QRectF(0, 0, 960, 560)); }));
}

void ChartsView::saveClicked(Charts::Kind kind)
{
    const QString suggested
        = Charts::fileBase(
              kind, kind == Charts::Kind::Demand ? m_resource->currentText() : QString())
        + QStringLiteral(".png");
    QString path = m_chooseFile ? m_chooseFile(suggested)
                                : QFileDialog::getSaveFileName(this, tr("Save Chart"), suggested,
                                    tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    const QString error = saveChart(kind, path);
    if (error.isEmpty())
        emit exported(tr("Saved the chart to %1").arg(QDir::toNativeSeparators(path)));
    else
        emit failed(error);
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void ChartsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace Cairn
