#include "app/views/roadmappage.h"

#include "app/render/picture.h"
#include "app/render/roadmapimage.h"
#include "core/domain/plan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cairn {

namespace {
void addDimensions(QComboBox *combo, std::initializer_list<RoadmapDimension> dimensions)
{
    for (RoadmapDimension d : dimensions)
        combo->addItem(displayName(d), toKey(d));
}
} // namespace

RoadmapPage::RoadmapPage(Plan &plan, EditFacade *edit, QWidget *parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_view(new RoadmapView(plan, edit, this))
    , m_colour(new QComboBox(this))
    , m_lanes(new QComboBox(this))
    , m_arrows(new QComboBox(this))
    , m_capacity(new QCheckBox(tr("Capacity"), this))
{
    m_colour->setObjectName(QStringLiteral("roadmapColour"));
    m_lanes->setObjectName(QStringLiteral("roadmapLanes"));
    addDimensions(m_colour,
        {RoadmapDimension::Kind, RoadmapDimension::Goal, RoadmapDimension::Status,
            RoadmapDimension::Resource, RoadmapDimension::System, RoadmapDimension::Tag});
    addDimensions(m_lanes,
        {RoadmapDimension::Goal, RoadmapDimension::System, RoadmapDimension::Kind,
            RoadmapDimension::Resource, RoadmapDimension::Status, RoadmapDimension::Tag,
            RoadmapDimension::None});
    m_arrows->addItem(tr("All dependencies"), int(ArrowMode::All));
    m_arrows->addItem(tr("Selection's dependencies"), int(ArrowMode::Selection));
    m_arrows->addItem(tr("No dependencies"), int(ArrowMode::None));
    m_capacity->setToolTip(
        tr("Show demand against capacity per resource and quarter under the timeline"));

    // A tool bar: what does not fit a narrow window (or a longer language) goes under its "»"
    // instead of pushing the inspector off the window.
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("roadmapBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setContentsMargins(4, 0, 4, 0);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        l->setContentsMargins(4, 0, 2, 0);
        return l;
    };
    bar->addWidget(label(tr("&Colour by:"), m_colour));
    bar->addWidget(m_colour);
    bar->addWidget(label(tr("&Lanes by:"), m_lanes));
    bar->addWidget(m_lanes);
    bar->addWidget(label(tr("&Arrows:"), m_arrows));
    bar->addWidget(m_arrows);
    bar->addWidget(m_capacity);
    auto *stretch = new QWidget(this);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(stretch);
    auto button = [this, bar](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(tr("Years"), tr("Zoom out to whole years"), [this] { m_view->setQuarterWidth(48); });
    button(tr("Quarters"), tr("Zoom in to quarters"), [this] { m_view->setQuarterWidth(150); });
    button(QStringLiteral("−"), tr("Zoom out (Ctrl+−)"), [this] { m_view->zoomOut(); });
    button(QStringLiteral("+"), tr("Zoom in (Ctrl++)"), [this] { m_view->zoomIn(); });
    button(tr("Fit"), tr("Fit the whole plan to the window (Ctrl+0)"),
        [this] { m_view->fitToWindow(); });
    button(tr("Export Image…"), tr("Save the roadmap as PNG or SVG"), [this] {
        exportClicked();
    })->setObjectName(QStringLiteral("roadmapExport"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);

    // The user's last choices, for every plan.
    const QSettings settings;
    auto restore = [&settings](QComboBox *combo, const QString &key) {
        const int i = combo->findData(settings.value(key));
        if (i >= 0)
            combo->setCurrentIndex(i);
    };
    restore(m_colour, QStringLiteral("roadmap/colourBy"));
    restore(m_lanes, QStringLiteral("roadmap/lanesBy"));
    restore(m_arrows, QStringLiteral("roadmap/arrows"));
    m_capacity->setChecked(settings.value(QStringLiteral("roadmap/capacity"), true).toBool());
    auto dimension = [](QComboBox *combo) {
        return roadmapDimensionFromKey(combo->currentData().toString())
            .value_or(RoadmapDimension::Kind);
    };
    m_view->setColourBy(dimension(m_colour));
    m_view->setLaneBy(dimension(m_lanes));
    m_view->setArrowMode(ArrowMode(m_arrows->currentData().toInt()));
    m_view->setShowCapacity(m_capacity->isChecked());
    connect(m_colour, &QComboBox::currentIndexChanged, this, [this, dimension] {
        m_view->setColourBy(dimension(m_colour));
        saveSettings();
    });
    connect(m_lanes, &QComboBox::currentIndexChanged, this, [this, dimension] {
        m_view->setLaneBy(dimension(m_lanes));
        saveSettings();
    });
    connect(m_arrows, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setArrowMode(ArrowMode(m_arrows->currentData().toInt()));
        saveSettings();
    });
    connect(m_capacity, &QCheckBox::toggled, this, [this](bool on) {
        m_view->setShowCapacity(on);
        saveSettings();
    });
}

void RoadmapPage::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("roadmap/colourBy"), m_colour->currentData());
    settings.setValue(QStringLiteral("roadmap/lanesBy"), m_lanes->currentData());
    settings.setValue(QStringLiteral("roadmap/arrows"), m_arrows->currentData());
    settings.setValue(QStringLiteral("roadmap/capacity"), m_capacity->isChecked());
}

QString RoadmapPage::exportImage(const QString &path) const
{
    if (!m_view->schedule())
        return tr("The plan is still being scheduled; try again in a moment.");
    RoadmapOptions options = m_view->options();
    options.font = RoadmapSheet::exportFont();
    options.quarterWidth = 150;
    const RoadmapSheet sheet(m_plan.content(), *m_view->schedule(), options);
    return Picture::formatOf(path) == Picture::Format::Svg ? sheet.writeSvg(path)
                                                           : sheet.writePng(path);
}

void RoadmapPage::exportClicked()
{
    QString suggested = (m_plan.info().name.isEmpty() ? tr("roadmap") : m_plan.info().name)
        + QStringLiteral(".png");
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString path;
    if (m_chooseFile)
        path = m_chooseFile(suggested);
    else
        path = QFileDialog::getSaveFileName(this, tr("Export Roadmap Image"), suggested,
            tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    const QString error = exportImage(path);
    if (error.isEmpty())
        emit exported(tr("Exported the roadmap to %1").arg(QDir::toNativeSeparators(path)));
    else
        emit failed(error);
}

} // namespace Cairn
