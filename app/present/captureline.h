#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace Cairn {

class PlanDocument;

// Quick capture: ideas typed as fast as they are called out, one per line. While typing, a
// preview says how the line is understood (name, #goal, kind, duration, cost, @system); Enter
// adds it as an initiative with status Idea, one undo step. A line that cannot be read stays in
// the field with the reason shown, so that nothing typed is lost.
class CaptureLine : public QWidget {
    Q_OBJECT

public:
    // `document` gives the plan to add to (the window's current one); `large`: projector type.
    CaptureLine(std::function<PlanDocument *()> document, bool large, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QLabel *preview() const { return m_preview; }
    int captured() const { return m_count; } // ideas added through this line
    // Adds the line's idea; false (the line kept, the reason shown) when it cannot.
    bool submit();
    void refreshPreview();

signals:
    void ideaAdded(qint64 id, const QString &name);
    void closeRequested(); // Esc

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The preview, and the same in its tooltip (beside the line it may be cut).
    void showPreview(const QString &html);

    std::function<PlanDocument *()> m_document;
    QLineEdit *m_edit;
    QLabel *m_preview;
    int m_count = 0;
    QString m_last; // what the last idea added was called
};

} // namespace Cairn
