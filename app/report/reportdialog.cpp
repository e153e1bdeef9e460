#include "app/report/reportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Cairn {

namespace {
QString sectionName(ReportOptions::Section s)
{
    switch (s) {
    case ReportOptions::Cover:
        return ReportDialog::tr("Cover");
    case ReportOptions::Summary:
        return ReportDialog::tr("Executive summary");
    case ReportOptions::Roadmap:
        return ReportDialog::tr("Roadmap timeline");
    case ReportOptions::Charts:
        return ReportDialog::tr("Charts");
    case ReportOptions::Initiatives:
        return ReportDialog::tr("Table of initiatives");
    case ReportOptions::Systems:
        return ReportDialog::tr("Table of systems");
    case ReportOptions::Legend:
        return ReportDialog::tr("Legend");
    case ReportOptions::Scenarios:
        return ReportDialog::tr("Scenarios compared");
    case ReportOptions::Baseline:
        return ReportDialog::tr("Changes since the baseline");
    case ReportOptions::Workshop:
        return ReportDialog::tr("Workshop record");
    case ReportOptions::AllSections:
        break;
    }
    return {};
}
} // namespace

ReportDialog::ReportDialog(const PlanContent &plan, std::shared_ptr<const PlanSchedule> schedule,
    QWidget *parent, std::optional<ScheduleBound> bound)
    : QDialog(parent)
    , m_plan(plan)
    , m_schedule(std::move(schedule))
    , m_bound(std::move(bound))
    , m_pageSize(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_autoScale(new QRadioButton(tr("As the page's width reads well"), this))
    , m_fitPages(new QRadioButton(tr("Fit into"), this))
    , m_perPage(new QRadioButton(tr("Quarters per page:"), this))
    , m_pagesWide(new QSpinBox(this))
    , m_quartersPerPage(new QSpinBox(this))
    , m_colourBy(new QComboBox(this))
    , m_laneBy(new QComboBox(this))
    , m_pdfA(new QCheckBox(tr("PDF/A-1b for archiving"), this))
    , m_pages(new QLabel(this))
    , m_printer(std::make_unique<QPrinter>(QPrinter::ScreenResolution))
{
    setWindowTitle(tr("Export Roadmap PDF"));
    m_pageSize->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_pageSize->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_pageSize->addItem(tr("Tabloid"), int(QPageSize::Tabloid));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_pagesWide->setRange(1, 20);
    m_pagesWide->setSuffix(tr(" page(s) wide"));
    m_quartersPerPage->setRange(1, 40);
    for (RoadmapDimension d :
        {RoadmapDimension::Kind, RoadmapDimension::Goal, RoadmapDimension::Status,
            RoadmapDimension::Resource, RoadmapDimension::System, RoadmapDimension::Tag})
        m_colourBy->addItem(displayName(d), int(d));
    for (RoadmapDimension d : {RoadmapDimension::Goal, RoadmapDimension::System,
             RoadmapDimension::Kind, RoadmapDimension::Resource, RoadmapDimension::Status,
             RoadmapDimension::Tag, RoadmapDimension::None})
        m_laneBy->addItem(displayName(d), int(d));

    auto *form = new QFormLayout;
    form->addRow(tr("Page &size:"), m_pageSize);
    form->addRow(tr("&Orientation:"), m_orientation);
    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sections);
    for (ReportOptions::Section s : ReportOptions::allSections()) {
        auto *box = new QCheckBox(sectionName(s), sections);
        box->setObjectName(QStringLiteral("section-") + ReportOptions::sectionKey(s));
        sectionLayout->addWidget(box);
        m_sections.append({s, box});
        connect(box, &QCheckBox::toggled, this, &ReportDialog::optionsChanged);
    }
    addScenarioChoices(sectionLayout);
    auto *scale = new QGroupBox(tr("Timeline scale"), this);
    auto *scaleLayout = new QFormLayout(scale);
    scaleLayout->addRow(m_autoScale);
    scaleLayout->addRow(m_fitPages, m_pagesWide);
    scaleLayout->addRow(m_perPage, m_quartersPerPage);
    auto *look = new QFormLayout;
    look->addRow(tr("&Colour by:"), m_colourBy);
    look->addRow(tr("&Lanes by:"), m_laneBy);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(sections);
    left->addWidget(scale);
    left->addLayout(look);
    left->addWidget(m_pdfA);
    left->addStretch(1);
    left->addWidget(m_pages);

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportDialog::paintPreview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton
        = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportPdf"));
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ReportDialog::exportClicked);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::printClicked);
    disconnect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    // Not taller or wider than the screen (the buttons at its foot stay in reach at 1280x720).
    resize(screen() ? QSize(1150, 760).boundedTo(screen()->availableGeometry().size())
                    : QSize(1150, 760));

    // The last options used, or the defaults.
    ReportOptions o;
    const QSettings settings;
    o.pageSize = QPageSize::PageSizeId(
        settings.value(QStringLiteral("report/pageSize"), int(o.pageSize)).toInt());
    o.orientation = QPageLayout::Orientation(
        settings.value(QStringLiteral("report/orientation"), int(o.orientation)).toInt());
    // Sections added since the settings were saved are chosen as the defaults are.
    const unsigned offered
        = settings.value(QStringLiteral("report/sectionsOffered"), 0x7fu).toUInt();
    o.sections = settings.value(QStringLiteral("report/sections"), o.sections).toUInt()
        | (ReportOptions::AllSections & ~offered);
    o.pagesWide = settings.value(QStringLiteral("report/pagesWide"), o.pagesWide).toInt();
    o.quartersPerPage
        = settings.value(QStringLiteral("report/quartersPerPage"), o.quartersPerPage).toInt();
    o.pdfA = settings.value(QStringLiteral("report/pdfA"), false).toBool();
    setOptions(o);
    for (QComboBox *c : {m_pageSize, m_orientation, m_colourBy, m_laneBy})
        connect(c, &QComboBox::currentIndexChanged, this, &ReportDialog::optionsChanged);
    for (QSpinBox *s : {m_pagesWide, m_quartersPerPage})
        connect(s, &QSpinBox::valueChanged, this, &ReportDialog::optionsChanged);
    for (QAbstractButton *b :
        std::initializer_list<QAbstractButton *> {m_autoScale, m_fitPages, m_perPage, m_pdfA})
        connect(b, &QAbstractButton::toggled, this, &ReportDialog::optionsChanged);
    optionsChanged();
}

ReportDialog::~ReportDialog() = default;

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    o.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    o.sections = 0;
    for (const auto &[section, box] : m_sections)
        if (box->isChecked())
            o.sections |= section;
    o.pagesWide = m_fitPages->isChecked() ? m_pagesWide->value() : 0;
    o.quartersPerPage = m_perPage->isChecked() ? m_quartersPerPage->value() : 0;
    o.colourBy = RoadmapDimension(m_colourBy->currentData().toInt());
    o.laneBy = RoadmapDimension(m_laneBy->currentData().toInt());
    o.pdfA = m_pdfA->isChecked();
    o.date = QDate::currentDate();
    o.bound = m_bound;
    readScenarioChoices(o);
    return o;
}

void ReportDialog::addScenarioChoices(QVBoxLayout *sections)
{
    // Beside their sections: the futures compared on a line under "Scenarios compared", the
    // baseline on the line of "Changes since the baseline".
    const auto addFutures = [this](QComboBox *combo, bool none) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        if (none)
            combo->addItem(tr("(none)"), qint64(-1));
        combo->addItem(
            m_plan.info.name.isEmpty() ? tr("The base plan") : m_plan.info.name, qint64(0));
        combo->setItemData(combo->count() - 1, tr("The base plan"), Qt::ToolTipRole);
        for (const Scenario &sc : m_plan.scenarios)
            combo->addItem(sc.name, sc.id.value);
    };
    auto *futures = new QHBoxLayout;
    futures->setContentsMargins(20, 0, 0, 0);
    for (int k = 0; k < 3; ++k) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("compare%1").arg(k + 1));
        addFutures(combo, k == 2);
        // The base plan against the first scenarios.
        combo->setCurrentIndex(
            k == 2 ? (m_plan.scenarios.size() > 1 ? 3 : 0) : std::min<int>(k, combo->count() - 1));
        if (k > 0)
            futures->addWidget(new QLabel(k == 1 ? tr("with") : tr("and"), this));
        futures->addWidget(combo, 1);
        combo->setEnabled(!m_plan.scenarios.empty());
        m_compare << combo;
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportDialog::optionsChanged);
    }
    m_baseline = new QComboBox(this);
    m_baseline->setObjectName(QStringLiteral("baseline"));
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_baseline->setMinimumContentsLength(6);
    for (const Baseline &b : m_plan.baselines)
        m_baseline->addItem(tr("%1 (%2)").arg(b.name, b.created.left(10)), b.id.value);
    m_baseline->setCurrentIndex(m_baseline->count() - 1); // the latest
    m_baseline->setEnabled(!m_plan.baselines.empty());
    connect(m_baseline, &QComboBox::currentIndexChanged, this, &ReportDialog::optionsChanged);
    for (const auto &[section, check] : m_sections) {
        if (section == ReportOptions::Scenarios) {
            sections->insertLayout(sections->indexOf(check) + 1, futures);
            if (m_plan.scenarios.empty()) {
                check->setEnabled(false);
                check->setToolTip(tr("The plan has no scenarios."));
            }
        } else if (section == ReportOptions::Baseline) {
            auto *row = new QHBoxLayout;
            const int at = sections->indexOf(check);
            sections->removeWidget(check);
            row->addWidget(check);
            row->addWidget(m_baseline, 1);
            sections->insertLayout(at, row);
            if (m_plan.baselines.empty()) {
                check->setEnabled(false);
                check->setToolTip(tr("The plan has no baselines."));
            }
        }
        if (section == ReportOptions::Workshop && m_plan.workshops.empty()) {
            check->setEnabled(false);
            check->setToolTip(tr("The plan has no workshop yet (Start Workshop marks one)."));
        } else if (section == ReportOptions::Workshop) {
            check->setToolTip(tr("What changed in the latest workshop, %1, and the decisions "
                                 "noted")
                                  .arg(m_plan.workshops.back().name));
        }
    }
}

void ReportDialog::readScenarioChoices(ReportOptions &o) const
{
    // A section chosen without a second future or a baseline makes no pages.
    o.compare.clear();
    o.baseline.reset();
    for (QComboBox *c : m_compare) {
        const qint64 id = c->currentData().toLongLong();
        if (id < 0)
            continue;
        const std::optional<ScenarioId> side
            = id > 0 ? std::optional(ScenarioId {id}) : std::nullopt;
        if (std::find(o.compare.begin(), o.compare.end(), side) == o.compare.end())
            o.compare.push_back(side);
    }
    if (m_baseline && m_baseline->currentIndex() >= 0)
        o.baseline = BaselineId {m_baseline->currentData().toLongLong()};
}

void ReportDialog::setOptions(const ReportOptions &o)
{
    const QSignalBlocker b1(m_pageSize), b2(m_orientation), b3(m_colourBy), b4(m_laneBy);
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(o.pageSize))));
    m_orientation->setCurrentIndex(std::max(0, m_orientation->findData(int(o.orientation))));
    m_colourBy->setCurrentIndex(std::max(0, m_colourBy->findData(int(o.colourBy))));
    m_laneBy->setCurrentIndex(std::max(0, m_laneBy->findData(int(o.laneBy))));
    for (const auto &[section, box] : m_sections) {
        const QSignalBlocker block(box);
        box->setChecked(o.sections & section);
    }
    const QSignalBlocker b5(m_pagesWide), b6(m_quartersPerPage), b7(m_fitPages), b8(m_perPage),
        b9(m_pdfA), b10(m_autoScale);
    m_pagesWide->setValue(o.pagesWide > 0 ? o.pagesWide : 2);
    m_quartersPerPage->setValue(o.quartersPerPage > 0 ? o.quartersPerPage : 6);
    m_perPage->setChecked(o.quartersPerPage > 0);
    m_fitPages->setChecked(o.quartersPerPage <= 0 && o.pagesWide > 0);
    m_autoScale->setChecked(o.quartersPerPage <= 0 && o.pagesWide <= 0);
    m_pdfA->setChecked(o.pdfA);
    if (m_composer) // after construction: show the new options at once
        optionsChanged();
}

int ReportDialog::pageCount() const
{
    return m_composer ? m_composer->pageCount() : 0;
}

void ReportDialog::optionsChanged()
{
    m_pagesWide->setEnabled(m_fitPages->isChecked());
    m_quartersPerPage->setEnabled(m_perPage->isChecked());
    m_composer = std::make_unique<ReportComposer>(m_plan, *m_schedule, options());
    m_printer->setFullPage(true);
    m_printer->setPageLayout(m_composer->pageLayout());
    m_pages->setText(m_composer->pageCount() > 0
            ? tr("%n page(s)", nullptr, m_composer->pageCount())
            : tr("Choose at least one section."));
    if (auto *exportButton = findChild<QPushButton *>(QStringLiteral("exportPdf")))
        exportButton->setEnabled(m_composer->pageCount() > 0);
    m_preview->updatePreview();
    saveSettings();
}

void ReportDialog::paintPreview(QPrinter *printer)
{
    if (m_composer && m_composer->pageCount() > 0)
        m_composer->paint(printer);
}

QString ReportDialog::exportTo(const QString &path)
{
    if (!m_composer || m_composer->pageCount() == 0)
        return tr("Choose at least one section.");
    return m_composer->writePdf(path);
}

void ReportDialog::exportClicked()
{
    QString suggested
        = (m_plan.info.name.isEmpty() ? tr("roadmap") : m_plan.info.name) + QStringLiteral(".pdf");
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString path = m_chooseFile ? m_chooseFile(suggested)
                                : QFileDialog::getSaveFileName(this, tr("Export Roadmap PDF"),
                                    suggested, tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const QString error = exportTo(path);
    if (!error.isEmpty()) {
        m_pages->setText(error);
        return;
    }
    emit exported(tr("Exported the roadmap report (%n page(s)) to %1", nullptr, pageCount())
                      .arg(QDir::toNativeSeparators(path)));
    accept();
}

void ReportDialog::printClicked()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageLayout(m_composer->pageLayout());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_composer->paint(&printer);
}

void ReportDialog::saveSettings() const
{
    QSettings settings;
    const ReportOptions o = options();
    settings.setValue(QStringLiteral("report/pageSize"), int(o.pageSize));
    settings.setValue(QStringLiteral("report/orientation"), int(o.orientation));
    settings.setValue(QStringLiteral("report/sections"), o.sections);
    settings.setValue(
        QStringLiteral("report/sectionsOffered"), unsigned(ReportOptions::AllSections));
    settings.setValue(QStringLiteral("report/pagesWide"), o.pagesWide);
    settings.setValue(QStringLiteral("report/quartersPerPage"), o.quartersPerPage);
    settings.setValue(QStringLiteral("report/pdfA"), o.pdfA);
}

} // namespace Cairn
