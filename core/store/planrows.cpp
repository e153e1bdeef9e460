#include "core/store/planrows.h"

#include "core/domain/fieldvalue.h"
#include "core/store/planparts.h"
#include "core/store/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <numeric>

namespace Cairn {

namespace {

// ---- how values lie in SQL -------------------------------------------------------------------

// A value as it is stored: quarters as year*10+quarter, choices by key, text never NULL.
QVariant toSql(const FieldSpec &f, const QVariant &v)
{
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Currency:
    case FieldType::Picture: {
        const QString s = v.toString();
        return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
    }
    case FieldType::Quarter:
        return v.isNull() ? QVariant(QMetaType(QMetaType::LongLong))
                          : QVariant(Quarter::fromOrdinal(v.toInt()).storageCode());
    case FieldType::Choice:
        return choiceKey(*f.choices, v.toInt());
    case FieldType::Reference:
        return v.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(v.toLongLong());
    default:
        return QVariant(v.toLongLong());
    }
}

bool isWholeNumber(const QVariant &v)
{
    const int t = v.typeId();
    return t == QMetaType::LongLong || t == QMetaType::Int || t == QMetaType::ULongLong
        || t == QMetaType::UInt;
}

// A stored value read back, checked against the field's type and range: a hostile file gets a
// message, never an unbounded value. `contextOf()` gives what a value out of range is named
// against (the plan's currency; FTE), asked only then.
template<class ContextOf>
std::optional<QVariant> fromSql(
    const FieldSpec &f, const QVariant &v, QString *why, const ContextOf &contextOf)
{
    switch (f.type) {
    case FieldType::Text:
        if (v.toString().size() > kMaxLineLength) {
            *why = rangeProblem(f, v, contextOf());
            return std::nullopt;
        }
        return QVariant(v.toString());
    case FieldType::LongText:
    case FieldType::Currency:
        return QVariant(v.toString());
    case FieldType::Picture:
        // A picture that is not one (a damaged or hostile file) is named, not drawn.
        if (!v.toString().isEmpty() && !pictureFromDataUrl(v.toString(), why))
            return std::nullopt;
        return QVariant(v.toString());
    case FieldType::Quarter: {
        if (v.isNull() && !f.required)
            return QVariant();
        const auto q = isWholeNumber(v) ? Quarter::fromStorageCode(v.toLongLong()) : std::nullopt;
        if (!q) {
            *why = QCoreApplication::translate("Cairn::PlanFile", "“%1” is not a quarter")
                       .arg(v.toString());
            return std::nullopt;
        }
        return QVariant(q->ordinal());
    }
    case FieldType::Choice: {
        const auto i = findChoice(*f.choices, v.toString());
        if (!i) {
            *why = QCoreApplication::translate("Cairn::PlanFile", "“%1” is not a known value")
                       .arg(v.toString());
            return std::nullopt;
        }
        return QVariant(*i);
    }
    case FieldType::Reference:
        if (v.isNull() && !f.required)
            return QVariant();
        if (!isWholeNumber(v)) {
            *why = QCoreApplication::translate("Cairn::PlanFile", "“%1” is not an id")
                       .arg(v.toString());
            return std::nullopt;
        }
        return QVariant(v.toLongLong());
    default: {
        if (!isWholeNumber(v)) {
            *why = QCoreApplication::translate("Cairn::PlanFile", "“%1” is not a whole number")
                       .arg(v.toString());
            return std::nullopt;
        }
        const QVariant n(v.toLongLong());
        if (!f.inRange(n.toLongLong())) {
            *why = rangeProblem(f, n, contextOf());
            return std::nullopt;
        }
        return n;
    }
    }
}

template<class T> std::vector<const Field<T> *> columnsOf(const EntitySchema<T> &s)
{
    std::vector<const Field<T> *> out;
    for (const Field<T> &f : s.fields)
        if (Schema::isColumn(f))
            out.push_back(&f);
    return out;
}

template<class T> QString columnList(const EntitySchema<T> &s)
{
    QStringList names;
    for (const FieldSpec *f : columnsOf(s))
        names << sqlName(f->key);
    return names.join(QStringLiteral(", "));
}

// Puts the rows read from `first` on in the order of their keys (stably), unless they already
// are: a plan file's rows come in the order they were written, so an ORDER BY would make SQLite
// sort what is sorted (about a fifth of the time a table takes to read).
template<class T, class Key>
void putInOrder(std::vector<T> &out, size_t first, const std::vector<Key> &keys)
{
    if (std::is_sorted(keys.begin(), keys.end()))
        return;
    std::vector<size_t> order(keys.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(
        order.begin(), order.end(), [&keys](size_t a, size_t b) { return keys[a] < keys[b]; });
    std::vector<T> sorted;
    sorted.reserve(order.size());
    for (size_t i : order)
        sorted.push_back(std::move(out[first + i]));
    std::move(sorted.begin(), sorted.end(), out.begin() + qsizetype(first));
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// The values of the rows a statement inserts one after the other, bound by name (":v0", ":v1",
// ... as marks() writes them). Qt 6.4 binds a value by position only after formatting that
// position as a name anew (QSqlResultPrivate::fieldSerial): a third of a save's time went there.
class RowBinder {
public:
    explicit RowBinder(QSqlQuery &q)
        : m_q(q)
    {
    }

    static QString marks(qsizetype n)
    {
        QStringList out;
        for (qsizetype i = 0; i < n; ++i)
            out << name(i);
        return out.join(QStringLiteral(", "));
    }

    // The next row's values start at the first mark again.
    void restart() { m_next = 0; }
    void add(const QVariant &value) { m_q.bindValue(name(m_next++), value); }

private:
    static QString name(qsizetype i)
    {
        static const QStringList names = [] {
            QStringList out;
            for (int n = 0; n < 64; ++n)
                out << QStringLiteral(":v%1").arg(n);
            return out;
        }();
        return i < names.size() ? names[i] : QStringLiteral(":v%1").arg(i);
    }

    QSqlQuery &m_q;
    qsizetype m_next = 0;
};

// A cell of a packed row (Schema::PackedLines): tabs part the cells and line breaks the rows,
// so these are written escaped, as PostgreSQL's COPY text does; \N is none.
QString packedCell(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("\\N");
    if (isWholeNumber(v))
        return QString::number(v.toLongLong());
    const QString text = v.toString();
    if (!text.contains(QLatin1Char('\\')) && !text.contains(QLatin1Char('\t'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            out += c;
        }
    }
    return out;
}

// A cell of a line of packed rows: its text as written, and whether an escape is in it.
struct PackedCell {
    QStringView text;
    bool escaped = false;
};

// The cells of one line of packed rows, into `cells`.
void splitCells(QStringView line, std::vector<PackedCell> &cells)
{
    cells.clear();
    const QChar *start = line.data();
    const QChar *const end = start + line.size();
    bool escaped = false;
    for (const QChar *c = start; c != end; ++c) {
        if (*c == u'\t') {
            cells.push_back({QStringView(start, c), escaped});
            start = c + 1;
            escaped = false;
        } else if (*c == u'\\') {
            escaped = true;
        }
    }
    cells.push_back({QStringView(start, end), escaped});
}

// A whole number as QString::number writes it (digits after an optional minus).
std::optional<qlonglong> wholeNumber(QStringView cell)
{
    const bool negative = cell.startsWith(u'-');
    const QStringView digits = cell.mid(negative ? 1 : 0);
    if (digits.isEmpty() || digits.size() > 18) { // (more digits might not fit: the long way)
        bool ok = false;
        const qlonglong n = cell.toLongLong(&ok);
        return ok ? std::optional<qlonglong>(n) : std::nullopt;
    }
    qlonglong n = 0;
    for (const QChar d : digits) {
        if (d < u'0' || d > u'9')
            return std::nullopt;
        n = n * 10 + (d.unicode() - u'0');
    }
    return negative ? -n : n;
}

// A cell read back as the column's SQL value would be: none, a whole number for an integer
// column (text that is not one stays text, for the field's check to name), or text. A choice's
// text is only looked up, never kept: it is not copied out of `cell`, which must outlive it.
QVariant packedValue(const PackedCell &packed, const FieldSpec &f)
{
    const QStringView cell = packed.text;
    if (cell == u"\\N")
        return QVariant();
    if (!Schema::isTextColumn(f))
        if (const auto n = wholeNumber(cell))
            return QVariant(*n);
    if (!packed.escaped)
        return QVariant(f.type == FieldType::Choice ? QString::fromRawData(cell.data(), cell.size())
                                                    : cell.toString());
    QString out;
    out.reserve(cell.size());
    for (qsizetype i = 0; i < cell.size(); ++i) {
        QChar c = cell[i];
        if (c == u'\\' && i + 1 < cell.size()) {
            c = cell[++i];
            if (c == u't')
                c = u'\t';
            else if (c == u'n')
                c = u'\n';
            else if (c == u'r')
                c = u'\r';
        }
        out += c;
    }
    return QVariant(out);
}

// A cell of packed rows read back and checked: what fromSql makes of the cell's SQL value
// (packedValue), with the common cells (a choice's key, a quarter, an id, a number in range,
// text) taken straight from the text, not through two QVariants; anything else, and whatever is
// wrong, the long way (so the message is the one a column's value gets).
template<class ContextOf>
std::optional<QVariant> fromCell(
    const FieldSpec &f, const PackedCell &packed, QString *why, const ContextOf &contextOf)
{
    if (const QStringView cell = packed.text; !packed.escaped) { // (none is written "\\N")
        switch (f.type) {
        case FieldType::Choice:
            if (const auto i = findChoice(*f.choices, cell))
                return QVariant(*i);
            break;
        case FieldType::Quarter:
            if (const auto n = wholeNumber(cell))
                if (const auto q = Quarter::fromStorageCode(*n))
                    return QVariant(q->ordinal());
            break;
        case FieldType::Reference:
            if (const auto n = wholeNumber(cell))
                return QVariant(*n);
            break;
        case FieldType::Integer:
        case FieldType::Money:
        case FieldType::Amount:
            if (const auto n = wholeNumber(cell); n && f.inRange(*n))
                return QVariant(*n);
            break;
        case FieldType::Text:
        case FieldType::LongText:
        case FieldType::Currency:
            if (f.type != FieldType::Text || cell.size() <= kMaxLineLength)
                return QVariant(cell.toString());
            break;
        default:
            break;
        }
    }
    return fromSql(f, packedValue(packed, f), why, contextOf);
}

// Rows with an id of their own (the others are keyed by their leading fields, or by order), as
// the field schema decides for every table (the statements that made the tables did the same).
template<class T> constexpr bool isEntityType = hasOwnId<T>;

// The key fields of a row table (its leading references and quarters).
template<class T> std::vector<const Field<T> *> keyFields(const EntitySchema<T> &s)
{
    std::vector<const Field<T> *> out;
    for (int i = 0; i < Schema::keyFieldCountOf(s); ++i)
        out.push_back(&s.fields[size_t(i)]);
    return out;
}

template<class T> RowKey keyOf(const T &row)
{
    if constexpr (isEntityType<T>) {
        return {tableIndex<T>(), row.id.value, 0};
    } else {
        const auto keys = keyFields(schemaOf<T>());
        RowKey k {tableIndex<T>(), 0, 0};
        if (!keys.empty())
            k.first = keys[0]->get(row).toLongLong();
        if (keys.size() > 1)
            k.second = keys[1]->get(row).toLongLong();
        return k;
    }
}

// The entries an entity keeps in a table of its own (a resource's capacities, an initiative's
// demand), as rows of that table.
std::vector<CapacityEntry> detailRows(const Resource &r)
{
    PlanContent one;
    one.resources.push_back(r);
    return capacityEntries(one);
}
std::vector<DemandEntry> detailRows(const Initiative &i)
{
    PlanContent one;
    one.initiatives.push_back(i);
    return demandEntries(one);
}

template<class S> struct SchemaOwner;
template<class T> struct SchemaOwner<EntitySchema<T>> {
    using type = T;
};

// The reference schedule's rows of initiatives the plan still has, one per initiative (the last
// given wins): a row of one that is gone would break the file's foreign key.
std::vector<ReferenceStart> referenceOf(const PlanContent &plan)
{
    QSet<qint64> initiatives;
    initiatives.reserve(qsizetype(plan.initiatives.size()));
    for (const Initiative &i : plan.initiatives)
        initiatives.insert(i.id.value);
    QHash<qint64, size_t> at;
    std::vector<ReferenceStart> rows;
    for (const ReferenceStart &r : plan.reference) {
        if (!initiatives.contains(r.initiative.value))
            continue;
        const auto it = at.constFind(r.initiative.value);
        if (it != at.cend()) {
            rows[*it] = r;
            continue;
        }
        at.insert(r.initiative.value, rows.size());
        rows.push_back(r);
    }
    return rows;
}

// The votes and efforts of initiatives the plan still has (a row of one deleted stays in memory
// for its undo): a row of one that is gone would break the file's foreign key.
template<class R>
std::vector<R> ofInitiativesThere(const PlanContent &plan, const std::vector<R> &all)
{
    QSet<qint64> initiatives;
    for (const Initiative &i : plan.initiatives)
        initiatives.insert(i.id.value);
    std::vector<R> rows;
    for (const R &r : all)
        if (initiatives.contains(r.initiative.value))
            rows.push_back(r);
    return rows;
}

// Every table's name and key columns, by RowKey::table.
struct TableMeta {
    QString name;
    QStringList keyColumns; // "id" for entities
    QList<bool> keyIsQuarter;
};

const std::vector<TableMeta> &tableMetas()
{
    static const std::vector<TableMeta> metas = [] {
        std::vector<TableMeta> out;
        forEachSchema([&out](const auto &s) {
            TableMeta m {QLatin1String(s.key), {}, {}};
            using T = typename SchemaOwner<std::decay_t<decltype(s)>>::type;
            if constexpr (isEntityType<T>) {
                m.keyColumns << QStringLiteral("id");
                m.keyIsQuarter << false;
            } else if constexpr (!std::is_same_v<T, PlanInfo>) {
                for (const auto *f : keyFields(s)) {
                    m.keyColumns << QLatin1String(f->key);
                    m.keyIsQuarter << (f->type == FieldType::Quarter);
                }
            }
            out.push_back(m);
        });
        return out;
    }();
    return metas;
}

} // namespace

QString tableName(int table)
{
    const auto &metas = tableMetas();
    return table >= 0 && size_t(table) < metas.size() ? metas[size_t(table)].name : QString();
}

QString rowKeyText(const RowKey &key)
{
    QString text = tableName(key.table) + QLatin1Char(':') + QString::number(key.first);
    if (key.second != 0)
        text += QLatin1Char(',') + QString::number(key.second);
    return text;
}

std::optional<RowKey> rowKeyFromText(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const QString name = text.left(colon);
    const auto &metas = tableMetas();
    const auto table = std::find_if(
        metas.begin(), metas.end(), [&](const TableMeta &m) { return m.name == name; });
    if (table == metas.end())
        return std::nullopt;
    const QStringList numbers = text.mid(colon + 1).split(QLatin1Char(','));
    if (numbers.size() > 2)
        return std::nullopt;
    RowKey key {int(table - metas.begin()), 0, 0};
    bool ok = false;
    key.first = numbers[0].toLongLong(&ok);
    if (ok && numbers.size() == 2)
        key.second = numbers[1].toLongLong(&ok);
    return ok ? std::optional<RowKey>(key) : std::nullopt;
}

RowKey rowKey(const EntityValue &entity)
{
    return std::visit([](const auto &e) { return keyOf(e); }, entity);
}

RowKey rowKey(const LinkValue &link)
{
    return std::visit([](const auto &l) { return keyOf(l); }, link);
}

// ---- the statements of one schema's rows -----------------------------------------------------

template<class T> struct RowsOf {
    PlanRows &rows;
    const EntitySchema<T> &s = schemaOf<T>();
    const std::vector<const Field<T> *> columns = columnsOf(s); // the fields stored as columns

    const SqlDialect &d() const { return rows.m_dialect; }

    // "WHERE plan_id = ? AND ..." and its leading bind of the plan's id.
    QString where(const QStringList &more) const
    {
        QStringList all;
        if (d().shared())
            all << d().planCondition();
        all += more;
        return all.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
    }
    void bindPlan(QSqlQuery &q) const
    {
        if (d().shared())
            q.addBindValue(rows.m_planId);
    }
    QStringList keyConditions() const
    {
        QStringList out;
        if constexpr (isEntityType<T>)
            out << QStringLiteral("id = ?");
        else
            for (const auto *f : keyFields(s))
                out << sqlName(f->key) + QStringLiteral(" = ?");
        return out;
    }
    void bindKey(QSqlQuery &q, const T &row) const
    {
        if constexpr (isEntityType<T>)
            q.addBindValue(row.id.value);
        else
            for (const auto *f : keyFields(s))
                q.addBindValue(toSql(*f, f->get(row)));
    }
    bool prepare(QSqlQuery &q, const QString &sql)
    {
        q = QSqlQuery(rows.m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return rows.fail(q.lastError().text());
        return true;
    }

    // Reads the field columns of the current row into `item`, starting at column `first`.
    bool readFields(QSqlQuery &q, int first, T &item, qint64 id)
    {
        int column = first;
        for (const Field<T> *f : columns)
            if (!readField(*f, q.value(column++), item, id))
                return false;
        return true;
    }

    // What a value of `item` is named against: the plan being read (its settings and resources
    // come first), or, for a single row, a plan of defaults.
    FieldContext contextOf(const T &item) const
    {
        static const PlanContent noPlan;
        return fieldContext(rows.m_reading ? *rows.m_reading : noPlan, item);
    }

    // Sets one field of `item` (row `id`) from its stored value, or names what is wrong with it.
    bool readField(const Field<T> &f, const QVariant &stored, T &item, qint64 id)
    {
        QString why;
        const auto value = fromSql(f, stored, &why, [&] { return contextOf(item); });
        return setField(f, value, why, item, id);
    }

    // Sets one field of `item` (row `id`) to its checked value, or names why there is none.
    bool setField(
        const Field<T> &f, const std::optional<QVariant> &value, QString why, T &item, qint64 id)
    {
        if (value) {
            f.set(item, *value);
            return true;
        }
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1); // the message ends with one
        const QString what
            = s.nameField >= 0 ? s.fields[size_t(s.nameField)].labelText() : s.titleText();
        // (no name yet when the name is what cannot be read)
        const QString name
            = s.nameField >= 0 ? s.fields[size_t(s.nameField)].get(item).toString() : QString();
        return rows.fail(name.isEmpty()
                ? QCoreApplication::translate("Cairn::PlanFile", "%1 #%2, %3: %4")
                      .arg(what)
                      .arg(id)
                      .arg(f.labelText(), why)
                : QCoreApplication::translate("Cairn::PlanFile", "%1 #%2 %3, %4: %5")
                      .arg(what)
                      .arg(id)
                      .arg(QStringLiteral("“%1”").arg(name), f.labelText(), why));
    }

    // ---- rows packed by their owner (a file's scenario overrides) ------------------------------

    bool packed() const { return s.packedInFiles && !d().shared(); }

    // "Scenario overrides (Scenario #12): why."
    bool packedFailure(qint64 owner, const QString &why)
    {
        return rows.fail(QCoreApplication::translate("Cairn::PlanFile", "%1 (%2 #%3): %4")
                             .arg(s.titleText(), s.fields.front().labelText())
                             .arg(owner)
                             .arg(why));
    }

    // Each owner's row holds a line naming the columns ("position", then the fields but the
    // owner), then a line per row of cells in that order.
    bool readPacked(std::vector<T> &out, std::optional<qint64> owner)
    {
        const Field<T> &ownerField = s.fields.front();
        QSqlQuery q;
        if (!prepare(q,
                QStringLiteral("SELECT %1, %2 FROM %3%4")
                    .arg(sqlName(ownerField.key), QLatin1String(Schema::PackedLines),
                        d().table(s.key),
                        where(owner ? QStringList {sqlName(ownerField.key) + QStringLiteral(" = ?")}
                                    : QStringList {}))))
            return false;
        if (owner)
            q.addBindValue(*owner);
        if (!rows.exec(q))
            return false;
        const size_t first = out.size();
        std::vector<qint64> order;
        qint64 row = 0;
        std::vector<PackedCell> values; // one line's cells (kept, so that no line allocates)
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString text = q.value(1).toString();
            qsizetype from = 0; // where the next line starts
            const auto nextLine = [&text, &from] {
                const qsizetype end = text.indexOf(QLatin1Char('\n'), from);
                const QStringView line
                    = QStringView(text).mid(from, end < 0 ? text.size() - from : end - from);
                from = end < 0 ? text.size() + 1 : end + 1;
                return line;
            };
            std::vector<const Field<T> *> cells; // by cell; nullptr: the position
            int positionCell = -1;
            splitCells(nextLine(), values);
            for (const PackedCell &cell : values) {
                const QStringView key = cell.text;
                const auto f = std::find_if(columns.begin() + 1, columns.end(),
                    [&](const Field<T> *c) { return key == QLatin1String(c->key); });
                if (key == u"position" && positionCell < 0)
                    positionCell = int(cells.size());
                else if (f == columns.end())
                    return packedFailure(id,
                        QCoreApplication::translate("Cairn::PlanFile", "unknown column “%1”")
                            .arg(key));
                cells.push_back(key == u"position" ? nullptr : *f);
            }
            if (positionCell < 0)
                return packedFailure(id,
                    QCoreApplication::translate("Cairn::PlanFile", "the column “%1” is missing")
                        .arg(QStringLiteral("position")));
            for (int line = 2; from <= text.size(); ++line) {
                splitCells(nextLine(), values);
                if (values.size() != cells.size())
                    return packedFailure(id,
                        QCoreApplication::translate("Cairn::PlanFile",
                            "line %1 has %2 values where the first line names %3")
                            .arg(line)
                            .arg(values.size())
                            .arg(cells.size()));
                T item;
                ownerField.set(item, QVariant(id));
                ++row;
                for (size_t c = 0; c < cells.size(); ++c) {
                    if (!cells[c]) {
                        const auto position = wholeNumber(values[c].text);
                        order.push_back(position.value_or(0));
                        if (!position)
                            return packedFailure(id,
                                QCoreApplication::translate(
                                    "Cairn::PlanFile", "line %1: “%2” is not a position")
                                    .arg(line)
                                    .arg(values[c].text));
                    } else {
                        QString why;
                        const auto value
                            = fromCell(*cells[c], values[c], &why, [&] { return contextOf(item); });
                        if (!setField(*cells[c], value, why, item, row))
                            return false;
                    }
                }
                out.push_back(std::move(item));
            }
        }
        putInOrder(out, first, order);
        return true;
    }

    bool insertPacked(const std::vector<T> &items, const std::vector<qint64> &positions)
    {
        const Field<T> &ownerField = s.fields.front();
        QString header = QStringLiteral("position");
        for (auto f = columns.begin() + 1; f != columns.end(); ++f)
            header += QLatin1Char('\t') + QLatin1String((*f)->key);
        std::vector<qint64> owners; // in the order they come first
        QHash<qint64, QString> texts;
        for (size_t i = 0; i < items.size(); ++i) {
            const qint64 owner = ownerField.get(items[i]).toLongLong();
            auto text = texts.find(owner);
            if (text == texts.end()) {
                owners.push_back(owner);
                text = texts.insert(owner, header);
            }
            *text += QLatin1Char('\n') + QString::number(positions[i]);
            for (auto f = columns.begin() + 1; f != columns.end(); ++f)
                *text += QLatin1Char('\t') + packedCell(toSql(**f, (*f)->get(items[i])));
        }
        QSqlQuery q;
        if (!prepare(q,
                QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)")
                    .arg(d().table(s.key), sqlName(ownerField.key),
                        QLatin1String(Schema::PackedLines))))
            return false;
        for (const qint64 owner : owners) {
            q.addBindValue(owner);
            q.addBindValue(texts.value(owner));
            if (!rows.exec(q))
                return false;
        }
        return true;
    }

    QString versionColumn() const { return d().shared() ? QStringLiteral(", version") : QString(); }

    // Entities, in order; `only` limits them to one id.
    bool readEntities(std::vector<T> &out, RowVersions *versions, std::optional<qint64> only = {})
    {
        QSqlQuery q;
        const int positionAt = int(columns.size()) + 1;
        if (!prepare(q,
                QStringLiteral("SELECT id, %1, position%2 FROM %3%4")
                    .arg(columnList(s), versionColumn(), d().table(s.key),
                        where(only ? QStringList {QStringLiteral("id = ?")} : QStringList {}))))
            return false;
        bindPlan(q);
        if (only)
            q.addBindValue(*only);
        if (!rows.exec(q))
            return false;
        const size_t first = out.size();
        std::vector<std::pair<qint64, qint64>> order; // by position, then id
        while (q.next()) {
            T item;
            item.id.value = q.value(0).toLongLong();
            if (!readFields(q, 1, item, item.id.value))
                return false;
            if (versions && d().shared())
                versions->insert(keyOf(item), q.value(positionAt + 1).toLongLong());
            order.emplace_back(q.value(positionAt).toLongLong(), item.id.value);
            out.push_back(std::move(item));
        }
        putInOrder(out, first, order);
        QHash<qint64, size_t> index;
        index.reserve(qsizetype(out.size()));
        for (size_t i = first; i < out.size(); ++i)
            index.insert(out[i].id.value, i);
        for (const Field<T> &f : s.fields)
            if ((f.type == FieldType::References || f.type == FieldType::Tags)
                && !readList(f, out, index, only))
                return false;
        if constexpr (std::is_same_v<T, Resource> || std::is_same_v<T, Initiative>)
            return readDetails(out, index, only);
        return true;
    }

    bool readList(const Field<T> &f, std::vector<T> &out, const QHash<qint64, size_t> &index,
        std::optional<qint64> only)
    {
        QSqlQuery q;
        if (!prepare(q,
                QStringLiteral("SELECT owner, value FROM %1%2 ORDER BY owner, position")
                    .arg(d().table(Schema::listTable(s.key, f)),
                        where(only ? QStringList {QStringLiteral("owner = ?")} : QStringList {}))))
            return false;
        bindPlan(q);
        if (only)
            q.addBindValue(*only);
        if (!rows.exec(q))
            return false;
        QHash<qint64, QVariantList> lists;
        while (q.next())
            lists[q.value(0).toLongLong()] << q.value(1);
        for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
            if (!index.contains(it.key()))
                continue; // the owner is gone: its rows go with it
            T &owner = out[index.value(it.key())];
            if (f.type == FieldType::Tags) {
                QStringList tags;
                for (const QVariant &v : it.value())
                    tags << v.toString();
                f.set(owner, tags);
            } else {
                QList<qlonglong> ids;
                for (const QVariant &v : it.value())
                    ids << v.toLongLong();
                f.set(owner, QVariant::fromValue(ids));
            }
        }
        return true;
    }

    // A resource's capacities, an initiative's demand.
    bool readDetails(
        std::vector<T> &out, const QHash<qint64, size_t> &index, std::optional<qint64> only)
    {
        using Entry = typename decltype(detailRows(std::declval<T>()))::value_type;
        RowsOf<Entry> entries {rows};
        std::vector<Entry> all;
        if (!entries.readRows(all, nullptr, only))
            return false;
        for (const Entry &e : all) {
            if constexpr (std::is_same_v<T, Resource>) {
                if (index.contains(e.resource.value))
                    out[index.value(e.resource.value)].capacities.insert(e.quarter, e.capacity);
            } else {
                if (index.contains(e.initiative.value))
                    out[index.value(e.initiative.value)].demand.insert(e.resource, e.amount);
            }
        }
        return true;
    }

    // Rows in order; `owner` limits them to those whose first field is that id.
    bool readRows(std::vector<T> &out, RowVersions *versions, std::optional<qint64> owner = {})
    {
        if (packed())
            return readPacked(out, owner);
        QSqlQuery q;
        const int positionAt = int(columns.size());
        if (!prepare(q,
                QStringLiteral("SELECT %1, position%2 FROM %3%4")
                    .arg(columnList(s), versionColumn(), d().table(s.key),
                        where(owner ? QStringList {sqlName(s.fields.front().key)
                                  + QStringLiteral(" = ?")}
                                    : QStringList {}))))
            return false;
        bindPlan(q);
        if (owner)
            q.addBindValue(*owner);
        if (!rows.exec(q))
            return false;
        qint64 row = 0;
        const size_t first = out.size();
        std::vector<qint64> order;
        while (q.next()) {
            T item;
            if (!readFields(q, 0, item, ++row))
                return false;
            if (versions && d().shared())
                versions->insert(keyOf(item), q.value(positionAt + 1).toLongLong());
            order.push_back(q.value(positionAt).toLongLong());
            out.push_back(std::move(item));
        }
        putInOrder(out, first, order);
        return true;
    }

    // One row by its key, as stored now.
    std::optional<T> readRow(const T &key)
    {
        QSqlQuery q;
        if (!prepare(q,
                QStringLiteral("SELECT %1 FROM %2%3")
                    .arg(columnList(s), d().table(s.key), where(keyConditions()))))
            return std::nullopt;
        bindPlan(q);
        bindKey(q, key);
        if (!rows.exec(q) || !q.next())
            return std::nullopt;
        T item = key;
        if (!readFields(q, 0, item, 0))
            return std::nullopt;
        return item;
    }

    // ---- writing -----------------------------------------------------------------------------

    QString insertColumns(bool withId) const
    {
        return (d().shared() ? QStringLiteral("plan_id, ") : QString())
            + (withId ? QStringLiteral("id, ") : QString()) + columnList(s)
            + QStringLiteral(", position");
    }
    QString insertMarks(bool withId) const
    {
        return RowBinder::marks(
            qsizetype(columns.size()) + (d().shared() ? 1 : 0) + (withId ? 1 : 0) + 1);
    }
    void bindFields(QSqlQuery &q, const T &item) const
    {
        for (const Field<T> *f : columns)
            q.addBindValue(toSql(*f, f->get(item)));
    }

    // Every row of the table (of the plan, on a server).
    bool clear()
    {
        QSqlQuery q;
        if (!prepare(q, QStringLiteral("DELETE FROM %1%2").arg(d().table(s.key), where({}))))
            return false;
        bindPlan(q);
        return rows.exec(q);
    }

    bool insert(const std::vector<T> &items, qint64 firstPosition, qint64 step)
    {
        std::vector<qint64> positions;
        positions.reserve(items.size());
        for (size_t i = 0; i < items.size(); ++i)
            positions.push_back(firstPosition + qint64(i) * step);
        return insertAt(items, positions);
    }

    // Inserts `items` with their positions through one prepared statement per table: the
    // details of every item (demand, capacities) go together, not one statement per owner.
    bool insertAt(const std::vector<T> &items, const std::vector<qint64> &positions)
    {
        constexpr bool entity = isEntityType<T>;
        if (packed())
            return insertPacked(items, positions);
        QSqlQuery q;
        if (!prepare(q,
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(d().table(s.key), insertColumns(entity), insertMarks(entity))))
            return false;
        RowBinder bind(q);
        for (size_t i = 0; i < items.size(); ++i) {
            bind.restart();
            if (d().shared())
                bind.add(rows.m_planId);
            if constexpr (entity)
                bind.add(items[i].id.value);
            for (const Field<T> *f : columns)
                bind.add(toSql(*f, f->get(items[i])));
            bind.add(positions[i]);
            if (!rows.exec(q))
                return false;
        }
        if constexpr (entity) {
            for (const Field<T> &f : s.fields)
                if ((f.type == FieldType::References || f.type == FieldType::Tags)
                    && !insertList(f, items))
                    return false;
            if constexpr (std::is_same_v<T, Resource> || std::is_same_v<T, Initiative>)
                return insertDetails(items);
        }
        return true;
    }

    // The detail rows of `owners`, each owner's numbered from 0 as they are read back.
    bool insertDetails(const std::vector<T> &owners)
    {
        using Entry = typename decltype(detailRows(std::declval<T>()))::value_type;
        const qint64 step = d().shared() ? PlanRows::kPositionStep : 1;
        std::vector<Entry> entries;
        std::vector<qint64> positions;
        for (const T &owner : owners) {
            qint64 position = 0;
            for (Entry &e : detailRows(owner)) {
                entries.push_back(std::move(e));
                positions.push_back(position);
                position += step;
            }
        }
        return RowsOf<Entry> {rows}.insertAt(entries, positions);
    }

    bool insertList(const Field<T> &f, const std::vector<T> &items)
    {
        QSqlQuery q;
        if (!prepare(q,
                QStringLiteral("INSERT INTO %1 (%2owner, value, position) VALUES (%3)")
                    .arg(d().table(Schema::listTable(s.key, f)),
                        d().shared() ? QStringLiteral("plan_id, ") : QString(),
                        RowBinder::marks(d().shared() ? 4 : 3))))
            return false;
        RowBinder bind(q);
        for (const T &item : items) {
            const QVariant v = f.get(item);
            QVariantList values;
            if (f.type == FieldType::Tags)
                values = QVariant(v.toStringList()).toList();
            else
                for (qlonglong id : v.value<QList<qlonglong>>())
                    values << id;
            for (qsizetype i = 0; i < values.size(); ++i) {
                bind.restart();
                if (d().shared())
                    bind.add(rows.m_planId);
                bind.add(item.id.value);
                bind.add(values[i]);
                bind.add(i);
                if (!rows.exec(q))
                    return false;
            }
        }
        return true;
    }

    bool removeWhere(
        const QString &table, const QStringList &conditions, const QVariantList &values)
    {
        QSqlQuery q;
        if (!prepare(q, QStringLiteral("DELETE FROM %1%2").arg(table, where(conditions))))
            return false;
        bindPlan(q);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return rows.exec(q);
    }

    // Only the columns that differ; the row is always touched (a server bumps its version).
    bool update(const T &before, const T &after)
    {
        const quint64 bits = changedFields(before, after);
        QStringList sets;
        QVariantList values;
        for (const Field<T> *f : columns) {
            if (!(bits & f->bit) || (!isEntityType<T> && isKey(f)))
                continue;
            sets << sqlName(f->key) + QStringLiteral(" = ?");
            values << toSql(*f, f->get(after));
        }
        if (sets.isEmpty())
            sets << QStringLiteral("position = position");
        QSqlQuery q;
        if (!prepare(q,
                QStringLiteral("UPDATE %1 SET %2%3")
                    .arg(
                        d().table(s.key), sets.join(QStringLiteral(", ")), where(keyConditions()))))
            return false;
        for (const QVariant &v : values)
            q.addBindValue(v);
        bindPlan(q);
        bindKey(q, after);
        if (!rows.exec(q))
            return false;
        if constexpr (isEntityType<T>) {
            for (const Field<T> &f : s.fields) {
                if (!(bits & f.bit))
                    continue;
                if (f.type == FieldType::References || f.type == FieldType::Tags) {
                    if (!removeWhere(d().table(Schema::listTable(s.key, f)),
                            {QStringLiteral("owner = ?")}, {after.id.value})
                        || !insertList(f, {after}))
                        return false;
                } else if (f.type == FieldType::Details) {
                    if (!replaceDetails(after))
                        return false;
                }
            }
        }
        return true;
    }
    bool isKey(const Field<T> *f) const
    {
        for (const auto *k : keyFields(s))
            if (k == f)
                return true;
        return false;
    }
    bool replaceDetails(const T &item)
    {
        if constexpr (std::is_same_v<T, Resource> || std::is_same_v<T, Initiative>) {
            using Entry = typename decltype(detailRows(std::declval<T>()))::value_type;
            const EntitySchema<Entry> &entries = schemaOf<Entry>();
            const int affected = rows.m_affected;
            if (!removeWhere(d().table(entries.key),
                    {sqlName(entries.fields.front().key) + QStringLiteral(" = ?")},
                    {item.id.value}))
                return false;
            const bool ok = insertDetails({item});
            rows.m_affected = affected;
            return ok;
        }
        return true;
    }

    bool remove(const T &key)
    {
        QSqlQuery q;
        if (!prepare(q,
                QStringLiteral("DELETE FROM %1%2").arg(d().table(s.key), where(keyConditions()))))
            return false;
        bindPlan(q);
        bindKey(q, key);
        return rows.exec(q);
    }
};

// ---- PlanRows --------------------------------------------------------------------------------

PlanRows::PlanRows(QSqlDatabase &db, SqlDialect dialect, qint64 planId)
    : m_db(db)
    , m_dialect(dialect)
    , m_planId(planId)
{
}

bool PlanRows::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = what;
    return false;
}

bool PlanRows::exec(QSqlQuery &q)
{
    if (!q.exec())
        return fail(q.lastError().text());
    m_affected = q.numRowsAffected();
    return true;
}

std::optional<PlanInfo> PlanRows::readInfo()
{
    RowsOf<PlanInfo> info {*this};
    QSqlQuery q;
    const QString where = m_dialect.shared() ? QStringLiteral(" WHERE plan_id = ?")
                                             : QStringLiteral(" WHERE id = 1");
    if (!info.prepare(q,
            QStringLiteral("SELECT %1 FROM %2%3")
                .arg(columnList(info.s), m_dialect.table("plan"), where)))
        return std::nullopt;
    info.bindPlan(q);
    if (!exec(q))
        return std::nullopt;
    if (!q.next()) {
        fail(QCoreApplication::translate("Cairn::PlanFile", "the plan's settings are missing"));
        return std::nullopt;
    }
    PlanInfo out;
    if (!info.readFields(q, 0, out, 1))
        return std::nullopt;
    return out;
}

bool PlanRows::read(PlanContent &plan, RowVersions *versions)
{
    m_reading = &plan;
    const auto done = qScopeGuard([this] { m_reading = nullptr; });
    RowsOf<PlanInfo> info {*this};
    QSqlQuery q;
    const QString where = m_dialect.shared() ? QStringLiteral(" WHERE plan_id = ?")
                                             : QStringLiteral(" WHERE id = 1");
    if (!info.prepare(q,
            QStringLiteral("SELECT %1, next_id%2 FROM %3%4")
                .arg(columnList(info.s), info.versionColumn(), m_dialect.table("plan"), where)))
        return false;
    info.bindPlan(q);
    if (!exec(q))
        return false;
    if (!q.next())
        return fail(
            QCoreApplication::translate("Cairn::PlanFile", "the plan's settings are missing"));
    if (!info.readFields(q, 0, plan.info, 1))
        return false;
    const int columns = int(columnsOf(info.s).size());
    plan.nextId = q.value(columns).toLongLong();
    if (versions && m_dialect.shared())
        versions->insert(RowKey {0, 0, 0}, q.value(columns + 1).toLongLong());

    return RowsOf<Goal> {*this}.readEntities(plan.goals, versions)
        && RowsOf<System> {*this}.readEntities(plan.systems, versions)
        && RowsOf<Resource> {*this}.readEntities(plan.resources, versions)
        && RowsOf<Initiative> {*this}.readEntities(plan.initiatives, versions)
        && RowsOf<Milestone> {*this}.readEntities(plan.milestones, versions)
        && RowsOf<GoalContribution> {*this}.readRows(plan.contributions, versions)
        && RowsOf<SystemImpact> {*this}.readRows(plan.impacts, versions)
        && RowsOf<Dependency> {*this}.readRows(plan.dependencies, versions)
        && RowsOf<ReferenceStart> {*this}.readRows(plan.reference, versions)
        && RowsOf<Scenario> {*this}.readEntities(plan.scenarios, versions)
        && RowsOf<ScenarioOverride> {*this}.readRows(plan.overrides, versions)
        && RowsOf<Baseline> {*this}.readEntities(plan.baselines, versions)
        && RowsOf<BaselineEntry> {*this}.readRows(plan.baselineEntries, versions)
        && RowsOf<WorkshopSession> {*this}.readEntities(plan.workshops, versions)
        && RowsOf<WorkshopEntry> {*this}.readRows(plan.workshopEntries, versions)
        && RowsOf<Decision> {*this}.readRows(plan.decisions, versions)
        && RowsOf<Participant> {*this}.readRows(plan.participants, versions)
        && RowsOf<Vote> {*this}.readRows(plan.votes, versions)
        && RowsOf<EffortEntry> {*this}.readRows(plan.efforts, versions);
}

bool PlanRows::write(const PlanContent &plan)
{
    RowsOf<PlanInfo> info {*this};
    QSqlQuery q;
    const QString key = m_dialect.shared() ? QStringLiteral("plan_id") : QStringLiteral("id");
    if (!info.prepare(q,
            QStringLiteral("INSERT INTO %1 (%2, %3, next_id) VALUES (?, %4, ?)")
                .arg(m_dialect.table("plan"), key, columnList(info.s),
                    placeholders(qsizetype(columnsOf(info.s).size())))))
        return false;
    q.addBindValue(m_dialect.shared() ? m_planId : 1);
    info.bindFields(q, plan.info);
    q.addBindValue(plan.nextId);
    if (!exec(q))
        return false;
    const qint64 step = m_dialect.shared() ? kPositionStep : 1;
    // Entities with their lists and entries, then the links between them.
    return RowsOf<Goal> {*this}.insert(plan.goals, 0, step)
        && RowsOf<System> {*this}.insert(plan.systems, 0, step)
        && RowsOf<Resource> {*this}.insert(plan.resources, 0, step)
        && RowsOf<Initiative> {*this}.insert(plan.initiatives, 0, step)
        && RowsOf<Milestone> {*this}.insert(plan.milestones, 0, step)
        && RowsOf<GoalContribution> {*this}.insert(plan.contributions, 0, step)
        && RowsOf<SystemImpact> {*this}.insert(plan.impacts, 0, step)
        && RowsOf<Dependency> {*this}.insert(plan.dependencies, 0, step)
        && RowsOf<ReferenceStart> {*this}.insert(referenceOf(plan), 0, step)
        && RowsOf<Scenario> {*this}.insert(plan.scenarios, 0, step)
        && RowsOf<ScenarioOverride> {*this}.insert(plan.overrides, 0, step)
        && RowsOf<Baseline> {*this}.insert(plan.baselines, 0, step)
        && RowsOf<BaselineEntry> {*this}.insert(plan.baselineEntries, 0, step)
        && RowsOf<WorkshopSession> {*this}.insert(plan.workshops, 0, step)
        && RowsOf<WorkshopEntry> {*this}.insert(plan.workshopEntries, 0, step)
        && RowsOf<Decision> {*this}.insert(plan.decisions, 0, step)
        && RowsOf<Participant> {*this}.insert(plan.participants, 0, step)
        && RowsOf<Vote> {*this}.insert(ofInitiativesThere(plan, plan.votes), 0, step)
        && RowsOf<EffortEntry> {*this}.insert(ofInitiativesThere(plan, plan.efforts), 0, step);
}

std::optional<EntityValue> PlanRows::readEntity(EntityKind kind, qint64 id)
{
    auto one = [&](auto tag) -> std::optional<EntityValue> {
        using T = decltype(tag);
        std::vector<T> out;
        if (!RowsOf<T> {*this}.readEntities(out, nullptr, id) || out.empty())
            return std::nullopt;
        return out.front();
    };
    switch (kind) {
    case EntityKind::Goal:
        return one(Goal {});
    case EntityKind::System:
        return one(System {});
    case EntityKind::Resource:
        return one(Resource {});
    case EntityKind::Initiative:
        return one(Initiative {});
    case EntityKind::Milestone:
        return one(Milestone {});
    default:
        return std::nullopt;
    }
}

std::optional<LinkValue> PlanRows::readLink(const LinkValue &key)
{
    return std::visit(
        [this](const auto &l) -> std::optional<LinkValue> {
            using T = std::decay_t<decltype(l)>;
            if (auto row = RowsOf<T> {*this}.readRow(l))
                return LinkValue(*row);
            return std::nullopt;
        },
        key);
}

std::optional<PlanRows::RowState> PlanRows::rowState(const RowKey &key, bool lock)
{
    const auto &metas = tableMetas();
    if (!m_dialect.shared() || key.table < 0 || size_t(key.table) >= metas.size())
        return std::nullopt;
    const TableMeta &m = metas[size_t(key.table)];
    QStringList conditions {QStringLiteral("plan_id = ?")};
    QVariantList values {m_planId};
    const qint64 parts[2] = {key.first, key.second};
    for (qsizetype i = 0; i < m.keyColumns.size() && i < 2; ++i) {
        conditions << sqlName(m.keyColumns[i]) + QStringLiteral(" = ?");
        values << (m.keyIsQuarter[i] ? Quarter::fromOrdinal(int(parts[i])).storageCode()
                                     : parts[i]);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT version, changed_by, changed_at FROM %1 WHERE %2%3")
                       .arg(m_dialect.table(m.name), conditions.join(QStringLiteral(" AND ")),
                           lock ? QStringLiteral(" FOR UPDATE") : QString()))) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return RowState {q.value(0).toLongLong(), q.value(1).toString(),
        q.value(2).toDateTime().toUTC().toString(Qt::ISODate)};
}

std::optional<qint64> PlanRows::positionBetween(
    const std::optional<RowKey> &before, const std::optional<RowKey> &after, int table)
{
    auto positionOf = [this](const RowKey &key) -> std::optional<qint64> {
        const TableMeta &m = tableMetas()[size_t(key.table)];
        QStringList conditions {QStringLiteral("plan_id = ?")};
        QVariantList values {m_planId};
        const qint64 parts[2] = {key.first, key.second};
        for (qsizetype i = 0; i < m.keyColumns.size() && i < 2; ++i) {
            conditions << sqlName(m.keyColumns[i]) + QStringLiteral(" = ?");
            values << (m.keyIsQuarter[i] ? Quarter::fromOrdinal(int(parts[i])).storageCode()
                                         : parts[i]);
        }
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral("SELECT position FROM %1 WHERE %2")
                           .arg(m_dialect.table(m.name), conditions.join(QStringLiteral(" AND ")))))
            return std::nullopt;
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!exec(q) || !q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    };
    const auto low = before ? positionOf(*before) : std::nullopt;
    const auto high = after ? positionOf(*after) : std::nullopt;
    if (low && high)
        return *high - *low > 1 ? *low + (*high - *low) / 2 : *low;
    if (low)
        return *low + kPositionStep;
    if (high)
        return *high - kPositionStep;
    // Neither neighbour is stored: after the last row of the table.
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM %1 WHERE plan_id = ?")
                       .arg(m_dialect.table(tableName(table)))))
        return std::nullopt;
    q.addBindValue(m_planId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong() + kPositionStep;
}

namespace {
// One row of whichever kind the value holds (an EntityValue or a LinkValue).
template<class Value> bool insertRow(PlanRows &rows, const Value &value, qint64 position)
{
    return std::visit(
        [&](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            return RowsOf<T> {rows}.insert({v}, position, 1);
        },
        value);
}

template<class Value> bool updateRow(PlanRows &rows, const Value &before, const Value &after)
{
    return std::visit(
        [&](const auto &a) {
            using T = std::decay_t<decltype(a)>;
            return RowsOf<T> {rows}.update(std::get<T>(before), a);
        },
        after);
}
} // namespace

bool PlanRows::insertEntity(const EntityValue &entity, qint64 position)
{
    return insertRow(*this, entity, position);
}

bool PlanRows::updateEntity(const EntityValue &before, const EntityValue &after)
{
    if (before.index() != after.index())
        return fail(QStringLiteral("an entity cannot change its kind"));
    return updateRow(*this, before, after);
}

bool PlanRows::deleteEntity(EntityKind kind, qint64 id)
{
    auto one = [&](auto tag) {
        using T = decltype(tag);
        T key;
        key.id.value = id;
        return RowsOf<T> {*this}.remove(key);
    };
    switch (kind) {
    case EntityKind::Goal:
        return one(Goal {});
    case EntityKind::System:
        return one(System {});
    case EntityKind::Resource:
        return one(Resource {});
    case EntityKind::Initiative:
        return one(Initiative {});
    case EntityKind::Milestone:
        return one(Milestone {});
    default:
        return fail(QStringLiteral("not an entity"));
    }
}

bool PlanRows::insertLink(const LinkValue &link, qint64 position)
{
    return insertRow(*this, link, position);
}

bool PlanRows::updateLink(const LinkValue &before, const LinkValue &after)
{
    if (before.index() != after.index())
        return fail(QStringLiteral("a link cannot change its kind"));
    return updateRow(*this, before, after);
}

bool PlanRows::deleteLink(const LinkValue &link)
{
    return std::visit(
        [&](const auto &l) {
            using T = std::decay_t<decltype(l)>;
            return RowsOf<T> {*this}.remove(l);
        },
        link);
}

bool PlanRows::updateInfo(const PlanInfo &before, const PlanInfo &after)
{
    RowsOf<PlanInfo> info {*this};
    const quint64 bits = changedFields(before, after);
    QStringList sets;
    QVariantList values;
    for (const Field<PlanInfo> *f : columnsOf(info.s)) {
        if (!(bits & f->bit))
            continue;
        sets << sqlName(f->key) + QStringLiteral(" = ?");
        values << toSql(*f, f->get(after));
    }
    if (sets.isEmpty())
        sets << QStringLiteral("next_id = next_id");
    QSqlQuery q;
    const QString where = m_dialect.shared() ? QStringLiteral(" WHERE plan_id = ?")
                                             : QStringLiteral(" WHERE id = 1");
    if (!info.prepare(q,
            QStringLiteral("UPDATE %1 SET %2%3")
                .arg(m_dialect.table("plan"), sets.join(QStringLiteral(", ")), where)))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    info.bindPlan(q);
    return exec(q);
}

bool PlanRows::setNextId(qint64 next)
{
    QSqlQuery q(m_db);
    const QString where = m_dialect.shared() ? QStringLiteral(" WHERE plan_id = ?")
                                             : QStringLiteral(" WHERE id = 1");
    if (!q.prepare(QStringLiteral("UPDATE %1 SET next_id = ?%2 AND next_id < ?")
                       .arg(m_dialect.table("plan"), where)))
        return fail(q.lastError().text());
    q.addBindValue(next);
    if (m_dialect.shared())
        q.addBindValue(m_planId);
    q.addBindValue(next);
    return exec(q);
}

// ---- the parts a step changes whole ----------------------------------------------------------

std::vector<PlanPart> partsOf(const PlanChanges &changes)
{
    std::vector<PlanPart> out;
    if (changes.changesReference())
        out.push_back(PlanPart::Reference);
    if (changes.changesScenarios())
        out.push_back(PlanPart::Scenarios);
    if (changes.changesWorkshop())
        out.push_back(PlanPart::Workshop);
    return out;
}

void copyPart(PlanContent &into, const PlanContent &from, PlanPart part)
{
    switch (part) {
    case PlanPart::Reference:
        into.reference = from.reference;
        break;
    case PlanPart::Scenarios:
        into.scenarios = from.scenarios;
        into.overrides = from.overrides;
        into.baselines = from.baselines;
        into.baselineEntries = from.baselineEntries;
        break;
    case PlanPart::Workshop:
        into.workshops = from.workshops;
        into.workshopEntries = from.workshopEntries;
        into.decisions = from.decisions;
        into.participants = from.participants;
        into.votes = from.votes;
        into.efforts = from.efforts;
        break;
    }
}

bool writePart(PlanRows &rows, PlanPart part, const PlanContent &plan)
{
    const qint64 step = PlanRows::kPositionStep;
    switch (part) {
    case PlanPart::Reference:
        return RowsOf<ReferenceStart> {rows}.clear()
            && RowsOf<ReferenceStart> {rows}.insert(referenceOf(plan), 0, step);
    case PlanPart::Scenarios:
        return RowsOf<ScenarioOverride> {rows}.clear() && RowsOf<Scenario> {rows}.clear()
            && RowsOf<BaselineEntry> {rows}.clear() && RowsOf<Baseline> {rows}.clear()
            && RowsOf<Scenario> {rows}.insert(plan.scenarios, 0, step)
            && RowsOf<ScenarioOverride> {rows}.insert(plan.overrides, 0, step)
            && RowsOf<Baseline> {rows}.insert(plan.baselines, 0, step)
            && RowsOf<BaselineEntry> {rows}.insert(plan.baselineEntries, 0, step);
    case PlanPart::Workshop:
        return RowsOf<Decision> {rows}.clear() && RowsOf<WorkshopEntry> {rows}.clear()
            && RowsOf<WorkshopSession> {rows}.clear() && RowsOf<EffortEntry> {rows}.clear()
            && RowsOf<Vote> {rows}.clear() && RowsOf<Participant> {rows}.clear()
            && RowsOf<WorkshopSession> {rows}.insert(plan.workshops, 0, step)
            && RowsOf<WorkshopEntry> {rows}.insert(plan.workshopEntries, 0, step)
            && RowsOf<Decision> {rows}.insert(plan.decisions, 0, step)
            && RowsOf<Participant> {rows}.insert(plan.participants, 0, step)
            && RowsOf<Vote> {rows}.insert(ofInitiativesThere(plan, plan.votes), 0, step)
            && RowsOf<EffortEntry> {rows}.insert(ofInitiativesThere(plan, plan.efforts), 0, step);
    }
    return false;
}

bool readPart(PlanRows &rows, PlanPart part, PlanContent &plan)
{
    PlanContent read;
    bool ok = false;
    switch (part) {
    case PlanPart::Reference:
        ok = RowsOf<ReferenceStart> {rows}.readRows(read.reference, nullptr);
        break;
    case PlanPart::Scenarios:
        ok = RowsOf<Scenario> {rows}.readEntities(read.scenarios, nullptr)
            && RowsOf<ScenarioOverride> {rows}.readRows(read.overrides, nullptr)
            && RowsOf<Baseline> {rows}.readEntities(read.baselines, nullptr)
            && RowsOf<BaselineEntry> {rows}.readRows(read.baselineEntries, nullptr);
        break;
    case PlanPart::Workshop:
        ok = RowsOf<WorkshopSession> {rows}.readEntities(read.workshops, nullptr)
            && RowsOf<WorkshopEntry> {rows}.readRows(read.workshopEntries, nullptr)
            && RowsOf<Decision> {rows}.readRows(read.decisions, nullptr)
            && RowsOf<Participant> {rows}.readRows(read.participants, nullptr)
            && RowsOf<Vote> {rows}.readRows(read.votes, nullptr)
            && RowsOf<EffortEntry> {rows}.readRows(read.efforts, nullptr);
        break;
    }
    if (ok)
        copyPart(plan, read, part);
    return ok;
}

} // namespace Cairn
