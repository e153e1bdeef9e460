#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace Cairn {

// The plan's logo in Plan Settings: a preview with Choose… and Remove. It holds the logo as a
// data: URL (PlanInfo::logo); a file that is not a PNG or SVG picture is named and changes
// nothing.
class LogoEditor : public QWidget {
    Q_OBJECT

public:
    explicit LogoEditor(const QString &dataUrl, QWidget *parent = nullptr);

    QString dataUrl() const { return m_dataUrl; }
    // Takes a file's picture; returns why it cannot (and keeps the logo as it was), or nothing.
    QString setFile(const QString &path);
    void clear();
    QString problem() const; // what the last file chosen was not, or nothing

    // How Choose… asks for a file (a seam for tests); empty: cancelled.
    using FileChooser = std::function<QString()>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

signals:
    void changed();

private:
    void choose();
    void showLogo();

    QString m_dataUrl;
    QLabel *m_preview;
    QLabel *m_problem;
    QPushButton *m_choose;
    QPushButton *m_remove;
    FileChooser m_chooseFile;
};

} // namespace Cairn
