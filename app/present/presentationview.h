#pragma once

#include "app/present/slidedeck.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Cairn {

class CaptureLine;
class PlanDocument;

// Presenter mode: the slides full screen on a projector's palette. Arrow keys, Page Up/Down,
// Space and Backspace (what presenter remotes send) move between slides; a click on a bar brings
// its dependency chain forward; B or "." blanks the screen; N opens the capture line; Ctrl+Z
// takes the last change back; Esc leaves.
class PresentationView : public QWidget {
    Q_OBJECT

public:
    explicit PresentationView(
        std::function<PlanDocument *()> document = {}, QWidget *parent = nullptr);
    ~PresentationView() override;

    // The plan as it is now with its schedule; keeps the slide shown (as near as it can).
    void setPlan(const PlanContent &plan, std::shared_ptr<const PlanSchedule> schedule,
        const QStringList &decisions = {}, const QDate &today = {});
    const SlideDeck *deck() const { return m_deck.get(); }
    int current() const { return m_current; }
    void showSlide(int index);
    bool isBlanked() const { return m_blank; }
    const QSet<qint64> &highlighted() const { return m_chain; }
    InitiativeId focus() const { return m_focus; }
    // Highlights an initiative and its dependency chain (nothing: clears).
    void highlight(InitiativeId id);
    CaptureLine *capture() const { return m_capture; }
    void showCapture(bool show);

signals:
    void leaveRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QTransform slideToWidget() const;
    void placeCapture();

    std::function<PlanDocument *()> m_document;
    std::unique_ptr<SlideDeck> m_deck;
    int m_current = 0;
    bool m_blank = false;
    QSet<qint64> m_chain;
    InitiativeId m_focus;
    CaptureLine *m_capture;
};

} // namespace Cairn
