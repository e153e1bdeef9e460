#include "app/present/scoringview.h"

#include "app/render/colours.h"
#include "core/domain/wording.h"
#include "core/session/plandocument.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

#include <numeric>

namespace Cairn {

// ---- the table ---------------------------------------------------------------------------------

void ScoreTableModel::setPlan(const PlanContent &plan)
{
    beginResetModel();
    m_scores = scoreInitiatives(plan);
    m_rows.clear();
    QHash<qint64, const Initiative *> byId;
    for (const Initiative &i : plan.initiatives)
        byId.insert(i.id.value, &i);
    for (const InitiativeScore &s : m_scores) {
        const Initiative *i = byId.value(s.id.value);
        m_rows.push_back({i->name, i->kind, i->value});
    }
    endResetModel();
}

int ScoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const InitiativeScore &s = m_scores[size_t(index.row())];
    if (role == Qt::UserRole)
        return s.id.value;
    if (role == Qt::TextAlignmentRole && index.column() >= GoalScore)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == Kind)
        return Colours::kind(r.kind);
    if (index.column() == Effort && s.effortSet && role == Qt::ToolTipRole)
        return tr("Set by hand in the matrix (a right click on its dot takes it back)");
    if (index.column() == Effort && s.effortSet && role == Qt::FontRole) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Kind:
        return displayName(r.kind);
    case GoalScore:
        return s.goalScore;
    case Effort:
        return s.effort;
    case Value:
        return r.value;
    default:
        return {};
    }
}

QVariant ScoreTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Initiative");
    case Kind:
        return tr("Kind");
    case GoalScore:
        return tr("Goal score");
    case Effort:
        return tr("Effort");
    case Value:
        return tr("Value");
    default:
        return {};
    }
}

// ---- the matrix --------------------------------------------------------------------------------

ValueEffortMatrix::ValueEffortMatrix(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("valueEffortMatrix"));
    // Small enough that, in a dock on a 1280×720 projector, the table below keeps its rows.
    setMinimumSize(240, 160);
    setMouseTracking(true);
}

void ValueEffortMatrix::setPlan(const PlanContent &plan, const std::vector<InitiativeScore> &scores)
{
    QHash<qint64, const Initiative *> byId;
    for (const Initiative &i : plan.initiatives)
        byId.insert(i.id.value, &i);
    m_dots.clear();
    for (const InitiativeScore &s : scores)
        if (const Initiative *i = byId.value(s.id.value))
            m_dots.push_back(
                {s.id, i->name, Colours::kind(i->kind), s.effort, i->value, s.effortSet});
    m_dragging = -1;
    update();
}

QRectF ValueEffortMatrix::plotRect() const
{
    return QRectF(56, 16, width() - 72, height() - 64);
}

QPointF ValueEffortMatrix::pointOf(int effort, int value) const
{
    const QRectF r = plotRect();
    return {r.left() + r.width() * effort / 100.0, r.bottom() - r.height() * value / 100.0};
}

int ValueEffortMatrix::valueAt(qreal y) const
{
    const QRectF r = plotRect();
    return std::clamp(int(std::lround(100.0 * (r.bottom() - y) / r.height())), 0, 100);
}

int ValueEffortMatrix::effortAt(qreal x) const
{
    const QRectF r = plotRect();
    return std::clamp(int(std::lround(100.0 * (x - r.left()) / r.width())), 0, 100);
}

int ValueEffortMatrix::dragEffort(qreal x) const
{
    // A drag up or down wobbles sideways a little: that keeps the effort.
    return std::abs(x - m_pressX) < 4 ? m_dots[size_t(m_dragging)].effort : effortAt(x);
}

int ValueEffortMatrix::dragValue(qreal y) const
{
    // And a drag sideways wobbles up or down (or lands a pixel off in a short matrix): that keeps
    // the value.
    return std::abs(y - m_pressY) < 4 ? m_dots[size_t(m_dragging)].value : valueAt(y);
}

std::optional<QPointF> ValueEffortMatrix::dotOf(InitiativeId id) const
{
    for (const Dot &d : m_dots)
        if (d.id == id)
            return pointOf(d.effort, d.value);
    return std::nullopt;
}

int ValueEffortMatrix::dotAt(QPointF p) const
{
    // The dot whose centre is nearest, within reach; of dots drawn on the same spot, the topmost
    // (last drawn). In a crowded or short matrix a click on a dot's centre takes that dot, not a
    // neighbour drawn over it.
    int best = -1;
    qreal bestDistance = 9;
    for (int i = int(m_dots.size()) - 1; i >= 0; --i) {
        const qreal d
            = QLineF(p, pointOf(m_dots[size_t(i)].effort, m_dots[size_t(i)].value)).length();
        if (d < bestDistance || (best < 0 && d <= bestDistance)) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

void ValueEffortMatrix::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.base());
    const QRectF r = plotRect();
    const QPointF mid = pointOf(50, 50);
    QColor band = pal.text().color();
    band.setAlpha(14);
    p.fillRect(QRectF(r.left(), r.top(), mid.x() - r.left(), mid.y() - r.top()), band);
    p.setPen(QPen(pal.mid().color(), 1));
    p.drawRect(r);
    p.drawLine(QPointF(mid.x(), r.top()), QPointF(mid.x(), r.bottom()));
    p.drawLine(QPointF(r.left(), mid.y()), QPointF(r.right(), mid.y()));
    p.setPen(pal.placeholderText().color());
    const qreal pad = 6;
    p.drawText(QRectF(r.left() + pad, r.top() + pad, r.width() / 2 - 2 * pad, 20), Qt::AlignLeft,
        tr("Quick wins"));
    p.drawText(QRectF(mid.x() + pad, r.top() + pad, r.width() / 2 - 2 * pad, 20), Qt::AlignRight,
        tr("Big bets"));
    p.drawText(QRectF(r.left() + pad, r.bottom() - 24, r.width() / 2 - 2 * pad, 20), Qt::AlignLeft,
        tr("Fill-ins"));
    p.drawText(QRectF(mid.x() + pad, r.bottom() - 24, r.width() / 2 - 2 * pad, 20), Qt::AlignRight,
        tr("Reconsider"));
    p.setPen(pal.text().color());
    p.drawText(QRectF(r.left(), r.bottom() + 6, r.width(), 20), Qt::AlignCenter,
        tr("Effort (from cost and FTE, or dragged) →"));
    p.save();
    p.translate(r.left() - 34, r.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-r.height() / 2, -10, r.height(), 20), Qt::AlignCenter, tr("Value →"));
    p.restore();
    const QFontMetricsF fm(font());
    std::vector<QPointF> at(m_dots.size());
    for (size_t i = 0; i < m_dots.size(); ++i) {
        const Dot &d = m_dots[i];
        const bool dragged = int(i) == m_dragging;
        at[i] = pointOf(dragged ? m_dragEffort : d.effort, dragged ? m_dragValue : d.value);
        // An effort set by hand has a ring in the text colour.
        p.setPen(d.effortSet ? QPen(pal.text().color(), 2) : QPen(pal.base().color(), 1.5));
        p.setBrush(d.colour);
        p.drawEllipse(at[i], 7, 7);
    }
    // Labels where they do not run over one another (the one dragged first); the others are
    // named by their tooltip and in the table.
    std::vector<size_t> order(m_dots.size());
    std::iota(order.begin(), order.end(), size_t(0));
    if (m_dragging >= 0)
        std::swap(order[0], order[size_t(m_dragging)]);
    std::vector<QRectF> taken;
    p.setPen(pal.text().color());
    for (size_t i : order) {
        const QPointF c = at[i];
        const QString label = fm.elidedText(m_dots[i].name, Qt::ElideRight, 130);
        const qreal w = fm.horizontalAdvance(label);
        const bool left = c.x() + 12 + w > r.right();
        const QRectF box(
            left ? c.x() - 10 - w : c.x() + 10, c.y() + 4 - fm.ascent(), w, fm.height());
        if (std::any_of(
                taken.begin(), taken.end(), [&box](const QRectF &t) { return t.intersects(box); }))
            continue;
        taken.push_back(box);
        p.drawText(QPointF(box.left(), c.y() + 4), label);
    }
}

void ValueEffortMatrix::mousePressEvent(QMouseEvent *event)
{
    const int at = dotAt(event->position());
    if (at >= 0 && event->button() == Qt::RightButton) {
        if (m_dots[size_t(at)].effortSet)
            emit effortReset(m_dots[size_t(at)].id);
        return;
    }
    m_dragging = at;
    if (m_dragging >= 0) {
        m_dragValue = m_dots[size_t(m_dragging)].value;
        m_dragEffort = m_dots[size_t(m_dragging)].effort;
        m_pressX = event->position().x();
        m_pressY = event->position().y();
        emit selected(m_dots[size_t(m_dragging)].id);
    }
}

void ValueEffortMatrix::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging < 0) {
        const int at = dotAt(event->position());
        if (at < 0) {
            setToolTip(QString());
            return;
        }
        const Dot &d = m_dots[size_t(at)];
        setToolTip(d.effortSet
                ? tr("%1: value %2, effort %3 (set by hand; a right click takes it back to the "
                     "one from cost and FTE)")
                      .arg(d.name)
                      .arg(d.value)
                      .arg(d.effort)
                : tr("%1: value %2, effort %3 — drag up or down to change its value, left or "
                     "right its effort")
                      .arg(d.name)
                      .arg(d.value)
                      .arg(d.effort));
        return;
    }
    m_dragValue = dragValue(event->position().y());
    m_dragEffort = dragEffort(event->position().x());
    update();
}

void ValueEffortMatrix::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging < 0)
        return;
    const Dot d = m_dots[size_t(m_dragging)];
    const int value = dragValue(event->position().y());
    const int effort = dragEffort(event->position().x());
    m_dragging = -1;
    update();
    if (value != d.value || effort != d.effort)
        emit dropped(d.id, value, effort);
}

// ---- the page ----------------------------------------------------------------------------------

namespace {
constexpr int kTableRowsAlwaysShown = 4;
// Below this height the page has no room for the note under the table: it moves to the tooltips
// of the table and the button.
constexpr int kNoteShownFromHeight = 520;
} // namespace

ScoringView::ScoringView(std::function<PlanDocument *()> document, QWidget *parent)
    : QWidget(parent)
    , m_document(std::move(document))
    , m_matrix(new ValueEffortMatrix(this))
    , m_model(new ScoreTableModel(this))
    , m_table(new QTableView(this))
    , m_apply(new QPushButton(tr("Set Values from Goal Scores"), this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("scoringView"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The figures as wide as they need, the name the rest (the dock is narrow).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_note->setWordWrap(true);
    m_note->setText(tr(
        "Goal score: each goal served, its weight × the contribution's strength, "
        "against the best initiative. Effort: cost and FTE-quarters against the "
        "largest, unless dragged (in italics). Nothing changes the values until you choose to."));
    m_table->horizontalHeader()->setToolTip(m_note->text());
    m_apply->setToolTip(m_note->text());
    // The matrix above the table: the dock is tall and narrow beside the workspace.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_matrix);
    auto *side = new QWidget(split);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_table, 1);
    sideLayout->addWidget(m_note);
    sideLayout->addWidget(m_apply);
    split->addWidget(side);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    // The table always shows a few initiatives: at 1280×720 the dock is short, and a table of one
    // row cannot be read or compared.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
        + kTableRowsAlwaysShown * m_table->verticalHeader()->defaultSectionSize()
        + 2 * m_table->frameWidth());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    connect(m_apply, &QPushButton::clicked, this, &ScoringView::applyGoalScores);
    connect(m_matrix, &ValueEffortMatrix::dropped, this, &ScoringView::moveInMatrix);
    connect(m_matrix, &ValueEffortMatrix::effortReset, this, [this](InitiativeId id) {
        if (PlanDocument *doc = m_document(); doc && !doc->isReadOnly())
            setEffort(doc->edit(), id, std::nullopt, tr("Effort from cost and FTE again"));
    });
    connect(m_matrix, &ValueEffortMatrix::selected, this,
        [this](InitiativeId id) { emit initiativeSelected(id.value); });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit initiativeSelected(index.data(Qt::UserRole).toLongLong());
    });
}

void ScoringView::resizeEvent(QResizeEvent *event)
{
    m_note->setVisible(height() >= kNoteShownFromHeight);
    QWidget::resizeEvent(event);
}

void ScoringView::refresh()
{
    PlanDocument *doc = m_document();
    if (!doc)
        return;
    const PlanContent &plan = doc->plan().content();
    m_model->setPlan(plan);
    m_matrix->setPlan(plan, m_model->scores());
    m_apply->setEnabled(!doc->isReadOnly() && !m_model->scores().empty());
}

void ScoringView::moveInMatrix(InitiativeId id, int value, int effort)
{
    PlanDocument *doc = m_document();
    if (!doc || doc->isReadOnly())
        return;
    const auto score = std::find_if(m_model->scores().begin(), m_model->scores().end(),
        [id](const InitiativeScore &s) { return s.id == id; });
    const Initiative *i = doc->plan().initiative(id);
    if (!i || score == m_model->scores().end())
        return;
    const bool newValue = value != i->value, newEffort = effort != score->effort;
    if (!newValue && !newEffort)
        return;
    // One undo step, whichever of the two changed.
    doc->edit().beginMacro(newEffort ? tr("Move %1 in the matrix").arg(quoted(i->name))
                                     : tr("Set value of an initiative"));
    if (newValue)
        setValues(doc->edit(), {{id, value}}, tr("Set value of an initiative"));
    if (newEffort)
        setEffort(doc->edit(), id, effort, tr("Set effort of an initiative"));
    doc->edit().endMacro();
}

int ScoringView::applyGoalScores()
{
    PlanDocument *doc = m_document();
    if (!doc || doc->isReadOnly())
        return 0;
    std::vector<std::pair<InitiativeId, int>> values;
    for (const InitiativeScore &s : scoreInitiatives(doc->plan().content()))
        values.emplace_back(s.id, s.goalScore);
    return setValues(doc->edit(), values, tr("Set values from goal scores"));
}

} // namespace Cairn
