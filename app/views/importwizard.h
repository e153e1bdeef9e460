#pragma once

#include "core/interchange/importer.h"

#include <QWizard>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QTableWidget;

namespace Cairn {

// File > Import CSV: pick files, preview their first rows and how their columns map (guessed
// from the headers, adjustable), see every bad row before anything changes, then confirm. The
// result is applied by the caller as one undo step.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    ImportWizard(const PlanContent &plan, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFiles(const QStringList &files);
    QStringList files() const { return m_files; }
    Interchange::ImportOptions options() const;
    // The checked import (after the check page); what the caller applies.
    const Interchange::ImportResult &result() const { return m_result; }
    bool resultApplies() const;

    // Seams for tests: how files are chosen.
    using FileChooser = std::function<QStringList()>;
    void setFileChooser(FileChooser chooser) { m_chooseFiles = std::move(chooser); }

    enum PageId { FilesPage, MappingPage, CheckPage };
    // Runs the check (a dry import) now; the check page does it when shown.
    void check();
    QListWidget *errorList() const { return m_errors; }
    QCheckBox *applyValidBox() const { return m_applyValid; }
    QComboBox *tableCombo() const { return m_table; }
    QTableWidget *mappingTable() const { return m_mapping; }

private:
    void buildFilesPage();
    void buildMappingPage();
    void buildCheckPage();
    void showFile(int index);
    void storeMapping();
    void refreshFiles();

    const PlanContent &m_plan;
    QStringList m_files;
    QMap<QString, Interchange::TableKind> m_tables;
    QMap<QString, QMap<QString, int>> m_mappings;
    std::optional<QChar> m_delimiter;
    Interchange::ImportResult m_result;
    bool m_checked = false;
    int m_current = -1;

    QListWidget *m_fileList = nullptr;
    QRadioButton *m_byName = nullptr;
    QRadioButton *m_byId = nullptr;
    QComboBox *m_fileCombo = nullptr;
    QComboBox *m_table = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QLabel *m_fileInfo = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_errors = nullptr;
    QCheckBox *m_applyValid = nullptr;
    FileChooser m_chooseFiles;
};

} // namespace Cairn
