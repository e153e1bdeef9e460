#include "app/present/scoringview.h"

#include "app/render/colours.h"
#include "core/session/plandocument.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

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
    setMinimumSize(360, 300);
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
            m_dots.push_back({s.id, i->name, Colours::kind(i->kind), s.effort, i->value});
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

std::optional<QPointF> ValueEffortMatrix::dotOf(InitiativeId id) const
{
    for (const Dot &d : m_dots)
        if (d.id == id)
            return pointOf(d.effort, d.value);
    return std::nullopt;
}

int ValueEffortMatrix::dotAt(QPointF p) const
{
    // The topmost (last drawn) dot within reach.
    for (int i = int(m_dots.size()) - 1; i >= 0; --i)
        if (QLineF(p, pointOf(m_dots[size_t(i)].effort, m_dots[size_t(i)].value)).length() <= 9)
            return i;
    return -1;
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
        tr("Effort (from cost and FTE) →"));
    p.save();
    p.translate(r.left() - 34, r.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-r.height() / 2, -10, r.height(), 20), Qt::AlignCenter, tr("Value →"));
    p.restore();
    const QFontMetricsF fm(font());
    for (size_t i = 0; i < m_dots.size(); ++i) {
        const Dot &d = m_dots[i];
        const int value = int(i) == m_dragging ? m_dragValue : d.value;
        const QPointF c = pointOf(d.effort, value);
        p.setPen(QPen(pal.base().color(), 1.5));
        p.setBrush(d.colour);
        p.drawEllipse(c, 7, 7);
        p.setPen(pal.text().color());
        const QString label = fm.elidedText(d.name, Qt::ElideRight, 130);
        const bool left = c.x() + 12 + fm.horizontalAdvance(label) > r.right();
        p.drawText(left ? QPointF(c.x() - 10 - fm.horizontalAdvance(label), c.y() + 4)
                        : QPointF(c.x() + 10, c.y() + 4),
            label);
    }
}

void ValueEffortMatrix::mousePressEvent(QMouseEvent *event)
{
    m_dragging = dotAt(event->position());
    if (m_dragging >= 0) {
        m_dragValue = m_dots[size_t(m_dragging)].value;
        emit selected(m_dots[size_t(m_dragging)].id);
    }
}

void ValueEffortMatrix::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging < 0) {
        const int at = dotAt(event->position());
        setToolTip(at >= 0 ? tr("%1: value %2, effort %3 — drag up or down to change its value")
                                 .arg(m_dots[size_t(at)].name)
                                 .arg(m_dots[size_t(at)].value)
                                 .arg(m_dots[size_t(at)].effort)
                           : QString());
        return;
    }
    m_dragValue = valueAt(event->position().y());
    update();
}

void ValueEffortMatrix::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging < 0)
        return;
    const Dot d = m_dots[size_t(m_dragging)];
    const int value = valueAt(event->position().y());
    m_dragging = -1;
    update();
    if (value != d.value)
        emit valueDropped(d.id, value);
}

// ---- the page ----------------------------------------------------------------------------------

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
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_note->setWordWrap(true);
    m_note->setText(tr("Goal score: each goal served, its weight × the contribution's strength, "
                       "against the best initiative. Effort: cost and FTE-quarters against the "
                       "largest. Nothing changes the values until you choose to."));
    auto *split = new QSplitter(this);
    split->addWidget(m_matrix);
    auto *side = new QWidget(split);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_table, 1);
    sideLayout->addWidget(m_note);
    sideLayout->addWidget(m_apply);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    connect(m_apply, &QPushButton::clicked, this, &ScoringView::applyGoalScores);
    connect(m_matrix, &ValueEffortMatrix::valueDropped, this, [this](InitiativeId id, int value) {
        if (PlanDocument *doc = m_document(); doc && !doc->isReadOnly())
            setValues(doc->edit(), {{id, value}}, tr("Set value of an initiative"));
    });
    connect(m_matrix, &ValueEffortMatrix::selected, this,
        [this](InitiativeId id) { emit initiativeSelected(id.value); });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit initiativeSelected(index.data(Qt::UserRole).toLongLong());
    });
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
