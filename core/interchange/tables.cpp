#include "core/interchange/tables.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>

namespace Cairn::Interchange {

namespace {

// The schedule's figures that the initiatives table carries for reading, never for import.
const char *const kDerived[][2] = {
    {"start", QT_TRANSLATE_NOOP("Cairn::Interchange", "Scheduled start")},
    {"finish", QT_TRANSLATE_NOOP("Cairn::Interchange", "Scheduled finish")},
    {"late", QT_TRANSLATE_NOOP("Cairn::Interchange", "Late")},
    {"slack", QT_TRANSLATE_NOOP("Cairn::Interchange", "Slack (quarters)")},
    {"why", QT_TRANSLATE_NOOP("Cairn::Interchange", "Why")},
};

QString folded(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-/]+"));
    QString s = text.trimmed().toCaseFolded();
    s.replace(separators, QStringLiteral(" "));
    s.remove(QLatin1Char('"'));
    return s.trimmed();
}

template<class T> TableSpec specOf(TableKind kind, const EntitySchema<T> &s)
{
    TableSpec t {kind, s.kind, QString::fromLatin1(s.plural), {}, s.title, {}, {}};
    t.sheet = QString::fromUtf8(s.title).left(31);
    if (kind == TableKind::Plan) {
        t.keyValue = true;
        t.columns = {Column {QStringLiteral("field")}, Column {QStringLiteral("value")}};
        t.required = {QStringLiteral("field")};
        return t;
    }
    const bool entity = s.ownId;
    if (entity)
        t.columns << Column {QStringLiteral("id")};
    for (const Field<T> &f : s.fields) {
        if (f.type == FieldType::Details)
            continue;
        t.columns << Column {f.keyText(), &f};
        // An entity needs what names it (a milestone: its quarter too); a link its two ends.
        if (f.required
            && (entity || f.type == FieldType::Reference || f.type == FieldType::Amount
                || f.type == FieldType::Quarter))
            t.required << f.keyText();
    }
    if (kind == TableKind::Initiatives)
        for (const auto &d : kDerived)
            t.columns << Column {QString::fromLatin1(d[0]), nullptr, true};
    return t;
}

QList<TableSpec> buildSpecs()
{
    QList<TableSpec> specs;
    int kind = 0;
    forEachSchema([&](const auto &schema) { specs << specOf(TableKind(kind++), schema); });
    return specs;
}

// Header words for the id and the plan table's own columns.
QStringList extraWords(const QString &key)
{
    if (key == QLatin1String("id"))
        return {QStringLiteral("nr"), QStringLiteral("no"), QStringLiteral("#")};
    if (key == QLatin1String("field"))
        return {QStringLiteral("setting"), QStringLiteral("feld"), QStringLiteral("champ"),
            QStringLiteral("campo"), QStringLiteral("key")};
    if (key == QLatin1String("value"))
        return {QStringLiteral("wert"), QStringLiteral("valeur"), QStringLiteral("valor")};
    return {};
}

bool names(const FieldSpec &f, const QString &foldedHeader)
{
    if (foldedHeader == folded(f.keyText()))
        return true;
    for (const QString &l : labelInEveryLanguage("Cairn::Field", f.label))
        if (foldedHeader == folded(l))
            return true;
    for (const QString &a : f.aliases)
        if (foldedHeader == folded(a))
            return true;
    return false;
}

} // namespace

QString Column::title() const
{
    if (field)
        return field->labelText();
    for (const auto &d : kDerived)
        if (key == QLatin1String(d[0]))
            return QCoreApplication::translate("Cairn::Interchange", d[1]);
    if (key == QLatin1String("id"))
        return QCoreApplication::translate("Cairn::Interchange", "Id");
    if (key == QLatin1String("field"))
        return QCoreApplication::translate("Cairn::Interchange", "Setting");
    return QCoreApplication::translate("Cairn::Interchange", "Value");
}

CellType Column::cellType() const
{
    if (!field)
        return key == QLatin1String("id") || key == QLatin1String("slack")    ? CellType::Integer
            : key == QLatin1String("start") || key == QLatin1String("finish") ? CellType::Quarter
                                                                              : CellType::Text;
    // An override's item is written by name (by id only when the name is not unique).
    if (field == schemaOf<ScenarioOverride>().field(u"target"))
        return CellType::Text;
    switch (field->type) {
    case FieldType::Integer:
        return CellType::Integer;
    case FieldType::Money:
    case FieldType::Amount:
        return CellType::Amount;
    case FieldType::Quarter:
        return CellType::Quarter;
    case FieldType::Choice:
    case FieldType::Currency:
        return CellType::Choice;
    default:
        return CellType::Text;
    }
}

QString TableSpec::titleText() const
{
    return QCoreApplication::translate("Cairn::Field", title);
}

const Column *TableSpec::column(QStringView key) const
{
    for (const Column &c : columns)
        if (c.key == key)
            return &c;
    return nullptr;
}

const QList<TableSpec> &tableSpecs()
{
    static const QList<TableSpec> specs = buildSpecs();
    return specs;
}

const TableSpec &tableSpec(TableKind kind)
{
    return tableSpecs().at(int(kind));
}

QList<TableKind> allTables()
{
    QList<TableKind> out;
    for (const TableSpec &s : tableSpecs())
        out << s.kind;
    return out;
}

QString fileName(TableKind kind)
{
    return tableSpec(kind).stem + QStringLiteral(".csv");
}
QString sheetName(TableKind kind)
{
    return tableSpec(kind).sheet;
}
QString tableTitle(TableKind kind)
{
    return tableSpec(kind).titleText();
}

QStringList columns(TableKind kind)
{
    QStringList keys;
    for (const Column &c : tableSpec(kind).columns)
        keys << c.key;
    return keys;
}

QString columnTitle(TableKind kind, const QString &key)
{
    const Column *c = tableSpec(kind).column(key);
    return c ? c->title() : key;
}

QString columnForHeader(TableKind kind, const QString &header)
{
    const QString h = folded(header);
    if (h.isEmpty())
        return {};
    const TableSpec &spec = tableSpec(kind);
    // Keys first, then labels and words: "start" is a derived column's key before it is a word
    // for an initiative's earliest start.
    for (const Column &c : spec.columns)
        if (h == folded(c.key))
            return c.key;
    for (const Column &c : spec.columns) {
        if (c.field ? names(*c.field, h)
                    : (h == folded(c.title()) || extraWords(c.key).contains(h)))
            return c.key;
    }
    return {};
}

const FieldSpec *planSetting(const QString &text)
{
    const QString h = folded(text);
    for (const Field<PlanInfo> &f : schemaOf<PlanInfo>().fields)
        if (names(f, h))
            return &f;
    return nullptr;
}

QMap<QString, int> guessMapping(TableKind kind, const QStringList &header)
{
    QMap<QString, int> map;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = columnForHeader(kind, header[i]);
        if (!key.isEmpty() && !map.contains(key))
            map.insert(key, i);
    }
    return map;
}

std::optional<TableKind> guessTable(const QString &path, const QStringList &header)
{
    const QString base = QFileInfo(path).completeBaseName().toLower();
    for (const TableSpec &s : tableSpecs())
        if (base == s.stem || base == s.stem.chopped(1))
            return s.kind;
    // "plan-initiatives.csv"; the longest stem first ("baseline_initiatives" is not initiatives).
    const TableSpec *bySuffix = nullptr;
    for (const TableSpec &s : tableSpecs())
        if ((base.endsWith(QLatin1Char('_') + s.stem) || base.endsWith(QLatin1Char('-') + s.stem))
            && (!bySuffix || s.stem.size() > bySuffix->stem.size()))
            bySuffix = &s;
    if (bySuffix)
        return bySuffix->kind;
    // By the columns: the table whose columns the header matches best, all required ones found.
    std::optional<TableKind> best;
    int bestScore = 1;
    for (const TableSpec &s : tableSpecs()) {
        const QMap<QString, int> m = guessMapping(s.kind, header);
        bool required = true;
        for (const QString &r : s.required)
            required = required && m.contains(r);
        if (!required)
            continue;
        int exact = 0;
        for (const QString &h : header)
            exact += s.column(folded(h)) ? 1 : 0;
        const int score = exact * 10 + int(m.size());
        if (score > bestScore) {
            bestScore = score;
            best = s.kind;
        }
    }
    return best;
}

QStringList labelInEveryLanguage(const char *context, const char *source)
{
    // The translations Cairn ships, loaded once; a label is known in all of them whatever the
    // language of the interface.
    static const std::vector<std::unique_ptr<QTranslator>> translators = [] {
        std::vector<std::unique_ptr<QTranslator>> list;
        for (const char *lang : {"de", "fr", "es"}) {
            auto t = std::make_unique<QTranslator>();
            if (t->load(QStringLiteral(":/i18n/cairn_%1.qm").arg(QLatin1String(lang))))
                list.push_back(std::move(t));
        }
        return list;
    }();
    QStringList out {QString::fromUtf8(source), QCoreApplication::translate(context, source)};
    for (const auto &t : translators) {
        const QString s = t->translate(context, source);
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

} // namespace Cairn::Interchange
