#pragma once

#include "app/render/colours.h"
#include "app/render/roadmaplayout.h"

#include <QSet>
#include <QSizeF>

#include <memory>
#include <vector>

class QPainter;

namespace Cairn {

// The projector's colours: light type on a dark ground, strong lines, no pale tints that a
// projector washes out.
Theme projectorTheme();

// A heading and its lines, flowed into columns on the text slides.
struct SlideBlock {
    QString heading;
    QColor swatch; // invalid: none
    QStringList lines;
};

// One slide: the roadmap (or a group of its lanes), Run/Grow/Transform, capacity, goals and
// their initiatives, key risks, decisions.
struct Slide {
    enum class Kind { Roadmap, Balance, Capacity, Goals, Risks, Decisions };
    Kind kind = Kind::Roadmap;
    QString title;
    QString subtitle;
    std::shared_ptr<const RoadmapLayout> roadmap; // roadmap slides
    QPointF roadmapOrigin; // where the roadmap's composition begins, in slide coordinates
    qreal roadmapScale = 1;
    std::vector<std::vector<SlideBlock>> columns; // text slides: the blocks of each column
};

// The presenter's slides of a plan and its schedule, laid out once on a 16:9 sheet of
// SlideDeck::size() (1280 × 720; a screen or a PDF page scales it), with body type at 1/36 of
// the height. The roadmap takes as few slides as it can: all its lanes on one, or else groups of
// lanes, each showing the whole horizon.
class SlideDeck {
public:
    static QSizeF size() { return {1280, 720}; }
    static qreal bodyPixels() { return 20; } // 720 / 36
    // The slide's title as its top line shows it: whole unless it needs the subtitle's room too.
    static QString fittedTitle(const Slide &s);

    SlideDeck(const PlanContent &plan, std::shared_ptr<const PlanSchedule> schedule,
        const QStringList &decisions = {}, const QDate &today = {});
    ~SlideDeck();

    int count() const { return int(m_slides.size()); }
    const Slide &slide(int index) const { return m_slides.at(size_t(index)); }

    // Paints slide `index` into the rectangle (0, 0, size()). `chain`: initiatives to bring
    // forward (the rest fade), `focus` the one clicked. `hints`: the keys, on screen only.
    void paint(QPainter &p, int index, const QSet<qint64> &chain = {}, InitiativeId focus = {},
        bool hints = false) const;

    // The initiative under a point of slide `index` (slide coordinates), if any.
    InitiativeId initiativeAt(int index, QPointF point) const;
    // The initiative and everything it waits for or that waits for it, transitively.
    QSet<qint64> chainOf(InitiativeId id) const;

private:
    void addRoadmap(const QDate &today);
    void addBalance();
    void addCapacity();
    void addGoals();
    void addRisks();
    void addDecisions(const QStringList &decisions);
    void addTextSlides(
        Slide::Kind kind, const QString &title, const std::vector<SlideBlock> &blocks, int columns);
    void paintRoadmap(
        QPainter &p, const Slide &s, const QSet<qint64> &chain, InitiativeId focus) const;
    void paintRoadmapLegend(QPainter &p, const RoadmapLayout &l) const;
    void paintBalance(QPainter &p, const QRectF &area) const;
    void paintCapacity(QPainter &p, const QRectF &area) const;
    void paintBlocks(QPainter &p, const Slide &s, const QRectF &area) const;
    void paintFrame(QPainter &p, const Slide &s, int index, bool hints) const;

    PlanContent m_plan;
    std::shared_ptr<const PlanSchedule> m_schedule;
    PlanAnalysis m_analysis;
    QList<PlanScheduleProblem> m_problems;
    Theme m_theme;
    std::vector<Slide> m_slides;
};

} // namespace Cairn
