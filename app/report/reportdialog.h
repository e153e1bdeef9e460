#pragma once

#include "app/report/reportcomposer.h"

#include <QDialog>

#include <functional>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QRadioButton;
class QSpinBox;
class QVBoxLayout;

namespace Cairn {

// File > Export Roadmap PDF: the report's options beside a live preview of its pages; exports
// the PDF or prints it, both through the same ReportComposer.
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    // `bound`: the schedule's, when known (the summary says how near the best possible it is).
    ReportDialog(const PlanContent &plan, std::shared_ptr<const PlanSchedule> schedule,
        QWidget *parent = nullptr, std::optional<ScheduleBound> bound = {});
    ~ReportDialog() override;

    ReportOptions options() const;
    void setOptions(const ReportOptions &options);
    int pageCount() const;
    QPrintPreviewWidget *preview() const { return m_preview; }

    // Writes the PDF; returns an error message or nothing.
    QString exportTo(const QString &path);
    using FileChooser = std::function<QString(const QString &suggested)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

signals:
    void exported(const QString &message);

private:
    void optionsChanged();
    void paintPreview(QPrinter *printer);
    void exportClicked();
    void printClicked();
    void saveSettings() const;
    // "Scenarios compared" and "Changes since the baseline": which futures and which baseline
    // (their sections are offered only when the plan has scenarios, or baselines).
    void addScenarioChoices(QVBoxLayout *sections);
    void readScenarioChoices(ReportOptions &o) const;

    const PlanContent &m_plan;
    std::shared_ptr<const PlanSchedule> m_schedule;
    std::optional<ScheduleBound> m_bound;
    std::unique_ptr<ReportComposer> m_composer;
    QComboBox *m_pageSize;
    QComboBox *m_orientation;
    QList<std::pair<ReportOptions::Section, QCheckBox *>> m_sections;
    QRadioButton *m_autoScale;
    QRadioButton *m_fitPages;
    QRadioButton *m_perPage;
    QSpinBox *m_pagesWide;
    QSpinBox *m_quartersPerPage;
    QComboBox *m_colourBy;
    QComboBox *m_laneBy;
    QCheckBox *m_pdfA;
    QList<QComboBox *> m_compare; // two or three futures: the base plan (0) or a scenario's id
    QComboBox *m_baseline = nullptr;
    QLabel *m_pages;
    QPrintPreviewWidget *m_preview;
    std::unique_ptr<QPrinter> m_printer;
    FileChooser m_chooseFile;
};

} // namespace Cairn
