#include "app/views/importwizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cairn {

using namespace Interchange;

namespace {
// A page that is complete when a predicate says so (files chosen, the check allows applying).
class Page : public QWizardPage {
public:
    Page(const QString &title, const QString &subtitle, std::function<bool()> complete,
        std::function<void()> enter = {})
        : m_complete(std::move(complete))
        , m_enter(std::move(enter))
    {
        setTitle(title);
        setSubTitle(subtitle);
    }
    bool isComplete() const override { return m_complete(); }
    void initializePage() override
    {
        if (m_enter)
            m_enter();
    }
    void changed() { emit completeChanged(); }

private:
    std::function<bool()> m_complete;
    std::function<void()> m_enter;
};
} // namespace

ImportWizard::ImportWizard(const PlanContent &plan, QWidget *parent)
    : QWizard(parent)
    , m_plan(plan)
{
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    buildFilesPage();
    buildMappingPage();
    buildCheckPage();
    resize(980, 680);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::buildFilesPage()
{
    auto *page = new Page(tr("Files"),
        tr("Choose CSV files: one per table (initiatives.csv, goals.csv, …, as Cairn exports "
           "them), or a spreadsheet's own export."),
        [this] { return !m_files.isEmpty(); });
    m_fileList = new QListWidget(page);
    auto *add = new QPushButton(tr("Add &Files…"), page);
    auto *folder = new QPushButton(tr("Add F&older…"), page);
    auto *remove = new QPushButton(tr("&Remove"), page);
    connect(add, &QPushButton::clicked, this, [this, page] {
        const QStringList chosen = m_chooseFiles
            ? m_chooseFiles()
            : QFileDialog::getOpenFileNames(this, tr("Import CSV"), QString(),
                tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
        setFiles(m_files + chosen);
        page->changed();
    });
    connect(folder, &QPushButton::clicked, this, [this, page] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Import a Folder of CSV Files"));
        if (dir.isEmpty())
            return;
        QStringList found;
        for (const QFileInfo &f :
            QDir(dir).entryInfoList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
            found << f.filePath();
        setFiles(m_files + found);
        page->changed();
    });
    connect(remove, &QPushButton::clicked, this, [this, page] {
        const int row = m_fileList->currentRow();
        if (row < 0)
            return;
        QStringList files = m_files;
        files.removeAt(row);
        setFiles(files);
        page->changed();
    });
    m_byName = new QRadioButton(
        tr("Rows update the item with the same &name; other rows add new items"), page);
    m_byId = new QRadioButton(
        tr("Rows update the item with the same &id; other rows add new items"), page);
    m_byName->setChecked(true);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(folder);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_fileList, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row, 1);
    layout->addWidget(m_byName);
    layout->addWidget(m_byId);
    setPage(FilesPage, page);
}

void ImportWizard::buildMappingPage()
{
    auto *page = new Page(
        tr("Columns"), tr("Check what each file holds and which of its columns fills which field."),
        [] { return true; },
        [this] {
            m_fileCombo->clear();
            for (const QString &f : m_files)
                m_fileCombo->addItem(QFileInfo(f).fileName(), f);
            showFile(0);
        });
    m_fileCombo = new QComboBox(page);
    m_table = new QComboBox(page);
    m_table->setObjectName(QStringLiteral("importTable"));
    for (TableKind t : allTables())
        m_table->addItem(tableTitle(t), int(t));
    m_delimiterCombo = new QComboBox(page);
    m_delimiterCombo->addItem(tr("Detected"), QString());
    m_delimiterCombo->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiterCombo->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_fileInfo = new QLabel(page);
    m_fileInfo->setWordWrap(true);
    m_preview = new QTableWidget(page);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_mapping = new QTableWidget(page);
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    connect(m_fileCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        storeMapping();
        showFile(i);
    });
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] {
        if (m_current < 0 || m_current >= m_files.size())
            return;
        const QString f = m_files[m_current];
        const TableKind t = TableKind(m_table->currentData().toInt());
        if (m_tables.value(f) != t) {
            m_tables.insert(f, t);
            m_mappings.remove(f); // guess again for the other table
            showFile(m_current);
        }
    });
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString d = m_delimiterCombo->currentData().toString();
        m_delimiter = d.isEmpty() ? std::nullopt : std::optional<QChar>(d.front());
        m_mappings.clear();
        showFile(m_current);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), m_fileCombo);
    form->addRow(tr("&Holds:"), m_table);
    form->addRow(tr("&Separator:"), m_delimiterCombo);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileInfo);
    layout->addWidget(new QLabel(tr("First rows:"), page));
    layout->addWidget(m_preview, 2);
    layout->addWidget(new QLabel(tr("Fields:"), page));
    layout->addWidget(m_mapping, 3);
    setPage(MappingPage, page);
}

void ImportWizard::buildCheckPage()
{
    auto *page = new Page(
        tr("Check"),
        tr("Nothing has changed yet. Every bad row is listed here; the import is one step you can "
           "undo."),
        [this] { return resultApplies(); },
        [this] {
            storeMapping();
            check();
        });
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_errors = new QListWidget(page);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_applyValid = new QCheckBox(tr("Import the good rows and leave the bad ones out"), page);
    connect(m_applyValid, &QCheckBox::toggled, page, [this, page] {
        check();
        page->changed();
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addWidget(m_applyValid);
    setPage(CheckPage, page);
    setButtonText(QWizard::FinishButton, tr("&Import"));
}

void ImportWizard::setFiles(const QStringList &files)
{
    m_files.clear();
    for (const QString &f : files)
        if (!m_files.contains(f))
            m_files << f;
    refreshFiles();
    m_checked = false;
}

void ImportWizard::refreshFiles()
{
    m_fileList->clear();
    for (const QString &f : std::as_const(m_files)) {
        const FilePreview p = previewFile(f, m_delimiter, 0);
        QString line = QDir::toNativeSeparators(f);
        if (!p.error.isEmpty())
            line += QStringLiteral(" — ") + p.error;
        else if (p.table)
            line += QStringLiteral(" — ") + tableTitle(m_tables.value(f, *p.table));
        else
            line += QStringLiteral(" — ") + tr("table not recognised: choose it on the next page");
        m_fileList->addItem(line);
    }
}

void ImportWizard::showFile(int index)
{
    m_current = index;
    if (index < 0 || index >= m_files.size())
        return;
    const QString f = m_files[index];
    const FilePreview p = previewFile(f, m_delimiter, 8);
    const TableKind table = m_tables.value(f, p.table.value_or(TableKind::Initiatives));
    m_tables.insert(f, table);
    {
        const QSignalBlocker block(m_table);
        m_table->setCurrentIndex(m_table->findData(int(table)));
    }
    QStringList info;
    info << tr("Encoding: %1").arg(p.encoding)
         << tr("separator: %1")
                .arg(p.delimiter == QLatin1Char('\t') ? tr("tab") : QString(p.delimiter));
    info += p.warnings;
    if (!p.error.isEmpty())
        info << p.error;
    m_fileInfo->setText(info.join(QStringLiteral(" · ")));

    m_preview->clear();
    m_preview->setColumnCount(int(p.header.size()));
    m_preview->setHorizontalHeaderLabels(p.header);
    m_preview->setRowCount(int(p.rows.size()));
    for (int r = 0; r < p.rows.size(); ++r)
        for (int c = 0; c < p.rows[r].size() && c < p.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(p.rows[r][c]));
    m_preview->resizeColumnsToContents();

    const QMap<QString, int> mapping
        = m_mappings.contains(f) ? m_mappings.value(f) : guessMapping(table, p.header);
    const QStringList fields = columns(table);
    m_mapping->clearContents(); // and the old choosers with it
    m_mapping->setRowCount(0);
    m_mapping->setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        auto *name = new QTableWidgetItem(columnTitle(table, fields[r]));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, fields[r]);
        m_mapping->setItem(r, 0, name);
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < p.header.size(); ++c)
            combo->addItem(p.header[c], c);
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.value(fields[r], -1))));
        m_mapping->setCellWidget(r, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
}

void ImportWizard::storeMapping()
{
    if (m_current < 0 || m_current >= m_files.size() || m_mapping->rowCount() == 0)
        return;
    QMap<QString, int> map;
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 1));
        const int column = combo ? combo->currentData().toInt() : -1;
        if (column >= 0)
            map.insert(m_mapping->item(r, 0)->data(Qt::UserRole).toString(), column);
    }
    m_mappings.insert(m_files[m_current], map);
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.match = m_byId->isChecked() ? ImportOptions::Match::Id : ImportOptions::Match::Name;
    o.applyValid = m_applyValid->isChecked();
    o.delimiter = m_delimiter;
    o.tables = m_tables;
    o.mappings = m_mappings;
    return o;
}

bool ImportWizard::resultApplies() const
{
    return m_checked && m_result.canApply(options()) && (m_result.rows > 0);
}

void ImportWizard::check()
{
    const ImportOptions o = options();
    std::atomic_bool cancel = false;
    QProgressDialog progress(tr("Reading the files…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    m_result = importFiles(
        m_plan, m_files, o,
        [&](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
            QApplication::processEvents();
            if (progress.wasCanceled())
                cancel = true;
        },
        &cancel);
    progress.reset();
    m_checked = true;
    m_errors->clear();
    for (const RowError &e : m_result.errors)
        m_errors->addItem(e.message());
    for (const QString &w : m_result.warnings)
        m_errors->addItem(tr("Warning: %1").arg(w));
    for (const QString &n : m_result.notes)
        m_errors->addItem(tr("Note: %1").arg(n));
    m_applyValid->setEnabled(!m_result.errors.isEmpty());
    if (!m_result.fatal.isEmpty())
        m_summary->setText(m_result.fatal);
    else if (m_result.cancelled)
        m_summary->setText(tr("Cancelled. Nothing has changed."));
    else if (m_result.errors.isEmpty())
        m_summary->setText(
            tr("%1. Nothing is wrong; Import applies them.").arg(m_result.summary()));
    else
        m_summary->setText(tr("%1. The problems are listed below. Nothing is imported unless you "
                              "choose to leave the bad rows out.")
                               .arg(m_result.summary()));
}

} // namespace Cairn
