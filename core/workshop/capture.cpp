#include "core/workshop/capture.h"

#include "core/domain/wording.h"
#include "core/edit/editfacade.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Cairn {

namespace {

// A message marked with QT_TRANSLATE_NOOP in context Cairn::Capture.
QString translated(const char *text)
{
    return QCoreApplication::translate("Cairn::Capture", text);
}

// Names compared as people type them: case, spaces, hyphens and underscores alike.
QString folded(QStringView text)
{
    QString out;
    for (QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toCaseFolded();
    return out;
}

// The kind words: the keys, the English names and their translation in the user's language,
// and the verbs in German, French and Spanish. Nouns ("Transformation", "Wachstum") are not
// taken, since they start names too often.
std::optional<InitiativeKind> kindWord(QStringView word)
{
    static const QList<QStringList> verbs = {
        {QStringLiteral("betrieb"), QStringLiteral("maintenir"), QStringLiteral("mantener")},
        {QStringLiteral("wachsen"), QStringLiteral("développer"), QStringLiteral("developper"),
            QStringLiteral("crecer")},
        {QStringLiteral("transformieren"), QStringLiteral("transformer"),
            QStringLiteral("transformar")},
    };
    const QString w = folded(word);
    if (w.isEmpty())
        return std::nullopt;
    const ChoiceTable &table = choiceTable<InitiativeKind>();
    for (int i = 0; i < table.size(); ++i) {
        if (w == folded(QString::fromLatin1(table.at(i).key)) || w == folded(choiceName(table, i)))
            return InitiativeKind(i);
        for (const QString &v : verbs.at(i))
            if (w == folded(v))
                return InitiativeKind(i);
    }
    return std::nullopt;
}

// Units of a duration: quarters, or years of four quarters.
std::optional<int> durationUnit(QStringView unit)
{
    static const QStringList quarters = {QStringLiteral("q"), QStringLiteral("qs"),
        QStringLiteral("qtr"), QStringLiteral("qtrs"), QStringLiteral("quarter"),
        QStringLiteral("quarters"), QStringLiteral("quartal"), QStringLiteral("quartale"),
        QStringLiteral("trim"), QStringLiteral("trimestre"), QStringLiteral("trimestres")};
    static const QStringList years = {QStringLiteral("y"), QStringLiteral("yr"),
        QStringLiteral("yrs"), QStringLiteral("year"), QStringLiteral("years"), QStringLiteral("j"),
        QStringLiteral("jahr"), QStringLiteral("jahre"), QStringLiteral("an"),
        QStringLiteral("ans"), QStringLiteral("año"), QStringLiteral("años")};
    const QString u = unit.toString().toLower();
    if (quarters.contains(u))
        return 1;
    if (years.contains(u))
        return 4;
    return std::nullopt;
}

// "40k", "€1.2m", "40000€", "$500", "1,5mio": a currency sign or a multiplier is needed, so that
// the number in "Windows 11 rollout" stays in the name.
struct CostRead {
    bool isCost = false;
    std::optional<Money> money; // none: the error says why
    QString error;
};

CostRead costWord(const QString &word, const Currency &currency)
{
    static const QRegularExpression re(
        QStringLiteral("^([€$£])?(\\d{1,12})(?:[.,](\\d{1,3}))?(k|m|mio|mn|tsd)?([€$£])?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(word);
    const QString mult = m.captured(4).toLower();
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(5).isEmpty() && mult.isEmpty()))
        return {}; // a bare number: part of the name
    qint64 factor = 1;
    if (mult == QLatin1String("k") || mult == QLatin1String("tsd"))
        factor = 1000;
    else if (!mult.isEmpty())
        factor = 1000000;
    const QString fraction = m.captured(3);
    qint64 scale = 1;
    for (int i = 0; i < fraction.size(); ++i)
        scale *= 10;
    const qint64 whole = m.captured(2).toLongLong();
    if (whole > qint64(1000000000000) / factor)
        return {true, {},
            QCoreApplication::translate(
                "Cairn::Capture", "“%1” is more money than a plan can hold.")
                .arg(word)};
    // (whole + fraction / scale) × factor major units, in minor units, without floating point
    const qint64 scaled = (whole * scale + (fraction.isEmpty() ? 0 : fraction.toLongLong()))
        * factor * currency.minorPerMajor();
    if (scaled % scale != 0)
        return {true, {},
            QCoreApplication::translate("Cairn::Capture", "“%1” has more decimals than %2 has.")
                .arg(word, currency.code)};
    return {true, Money(scaled / scale), {}};
}

template<class T> QList<const T *> matching(const std::vector<T> &items, const QString &key)
{
    QList<const T *> exact, starts, contains;
    for (const T &item : items) {
        const QString n = folded(item.name);
        if (n == key)
            exact << &item;
        else if (n.startsWith(key))
            starts << &item;
        else if (n.contains(key))
            contains << &item;
    }
    if (!exact.isEmpty())
        return exact;
    return starts.isEmpty() ? contains : starts;
}

QString namesOf(const auto &list)
{
    QStringList names;
    for (const auto *item : list)
        names << quoted(item->name);
    return QLocale().createSeparatedList(names);
}

class Reader {
public:
    Reader(const QString &line, const PlanContent &plan)
        : m_plan(plan)
    {
        m_idea.line = line;
    }

    CapturedIdea read();

private:
    void word(const QString &w, const QString &next, bool *usedNext);
    template<class T, class Id>
    void reference(const QString &w, const std::vector<T> &items, QList<Id> &into,
        CaptureToken::Role role, const char *none, const char *several, const char *empty);
    void add(CaptureToken::Role role, const QString &text, const QString &meaning)
    {
        m_idea.tokens << CaptureToken {role, text, meaning};
    }
    void error(const QString &text, const QString &message)
    {
        add(CaptureToken::Role::Error, text, message);
        m_idea.errors << message;
    }

    const PlanContent &m_plan;
    CapturedIdea m_idea;
    QStringList m_name;
};

QStringList splitWords(const QString &line)
{
    // Words, with "quoted words" kept together (quotes included, to tell them apart).
    QStringList words;
    QString current;
    bool inQuotes = false;
    for (QChar c : line) {
        if (c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D)) {
            inQuotes = !inQuotes;
            current += QLatin1Char('"');
        } else if (c.isSpace() && !inQuotes) {
            if (!current.isEmpty())
                words << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

CapturedIdea Reader::read()
{
    const QStringList words = splitWords(m_idea.line);
    for (int i = 0; i < words.size(); ++i) {
        bool usedNext = false;
        word(words.at(i), i + 1 < words.size() ? words.at(i + 1) : QString(), &usedNext);
        if (usedNext)
            ++i;
    }
    m_idea.name = m_name.join(QLatin1Char(' ')).trimmed();
    if (m_idea.name.isEmpty() && !m_idea.isEmpty())
        m_idea.errors.prepend(QCoreApplication::translate("Cairn::Capture",
            "The idea needs a name: type some words that are not #goal, "
            "@system, a kind, a duration or a cost."));
    return m_idea;
}

void Reader::word(const QString &w, const QString &next, bool *usedNext)
{
    using Role = CaptureToken::Role;
    if (w.startsWith(QLatin1Char('"'))) {
        QString literal = w;
        literal.remove(QLatin1Char('"'));
        if (!literal.isEmpty()) {
            m_name << literal;
            add(Role::Name, w, literal);
        }
        return;
    }
    if (w.startsWith(QLatin1Char('#'))) {
        reference(w, m_plan.goals, m_idea.goals, Role::Goal,
            QT_TRANSLATE_NOOP("Cairn::Capture", "No goal matches “%1”."),
            QT_TRANSLATE_NOOP(
                "Cairn::Capture", "“%1” could be the goal %2: type more of its name."),
            QT_TRANSLATE_NOOP("Cairn::Capture", "Type a goal's name after #."));
        return;
    }
    if (w.startsWith(QLatin1Char('@'))) {
        reference(w, m_plan.systems, m_idea.systems, Role::System,
            QT_TRANSLATE_NOOP("Cairn::Capture", "No system matches “%1”."),
            QT_TRANSLATE_NOOP(
                "Cairn::Capture", "“%1” could be the system %2: type more of its name."),
            QT_TRANSLATE_NOOP("Cairn::Capture", "Type a system's name after @."));
        return;
    }
    if (const auto kind = kindWord(w)) {
        if (m_idea.kind && *m_idea.kind != *kind) {
            error(w,
                QCoreApplication::translate("Cairn::Capture",
                    "“%1” is a second kind after %2; put it in quotes to keep it in the name.")
                    .arg(w, displayName(*m_idea.kind)));
            return;
        }
        m_idea.kind = kind;
        add(Role::Kind, w, displayName(*kind));
        return;
    }
    static const QRegularExpression durationRe(QStringLiteral("^(\\d{1,4})([^\\d\\s]*)$"));
    if (const auto m = durationRe.match(w); m.hasMatch()) {
        std::optional<int> unit = durationUnit(m.captured(2));
        QString text = w;
        if (m.captured(2).isEmpty() && !next.isEmpty()) {
            unit = durationUnit(next);
            if (unit) {
                *usedNext = true;
                text = w + QLatin1Char(' ') + next;
            }
        }
        if (unit) {
            const int quarters = m.captured(1).toInt() * *unit;
            if (quarters < 1 || quarters > 40)
                error(text,
                    QCoreApplication::translate(
                        "Cairn::Capture", "“%1”: a duration is 1 to 40 quarters.")
                        .arg(text));
            else if (m_idea.duration)
                error(text,
                    QCoreApplication::translate("Cairn::Capture", "“%1” is a second duration.")
                        .arg(text));
            else {
                m_idea.duration = quarters;
                add(Role::Duration, text,
                    QCoreApplication::translate(
                        "Cairn::Capture", "%n quarter(s)", nullptr, quarters));
            }
            return;
        }
    }
    if (const CostRead cost = costWord(w, m_plan.info.currency); cost.isCost) {
        if (!cost.money)
            error(w, cost.error);
        else if (m_idea.cost)
            error(
                w, QCoreApplication::translate("Cairn::Capture", "“%1” is a second cost.").arg(w));
        else {
            m_idea.cost = cost.money;
            add(Role::Cost, w, cost.money->format(m_plan.info.currency, QLocale()));
        }
        return;
    }
    m_name << w;
    add(Role::Name, w, w);
}

template<class T, class Id>
void Reader::reference(const QString &w, const std::vector<T> &items, QList<Id> &into,
    CaptureToken::Role role, const char *none, const char *several, const char *empty)
{
    const QString key = folded(QStringView(w).mid(1));
    if (key.isEmpty()) {
        error(w, translated(empty));
        return;
    }
    const QList<const T *> found = matching(items, key);
    if (found.isEmpty())
        error(w, translated(none).arg(w));
    else if (found.size() > 1)
        error(w, translated(several).arg(w, namesOf(found)));
    else if (!into.contains(found.first()->id)) {
        into << found.first()->id;
        add(role, w, found.first()->name);
    }
}

} // namespace

Initiative CapturedIdea::initiative() const
{
    Initiative i;
    i.name = name;
    i.status = InitiativeStatus::Idea;
    i.kind = kind.value_or(InitiativeKind::Grow);
    i.duration = duration.value_or(1);
    i.cost = cost.value_or(Money());
    return i;
}

CapturedIdea parseCapture(const QString &line, const PlanContent &plan)
{
    return Reader(line, plan).read();
}

qint64 addCapturedIdea(EditFacade &edit, const CapturedIdea &idea)
{
    if (!idea.ok())
        return 0;
    edit.beginMacro(
        QCoreApplication::translate("Cairn::Capture", "Capture %1").arg(quoted(idea.name)));
    const qint64 id = edit.add(idea.initiative());
    for (GoalId g : idea.goals)
        edit.setLink(GoalContribution {InitiativeId {id}, g, 3});
    for (SystemId s : idea.systems)
        edit.setLink(SystemImpact {InitiativeId {id}, s, SystemEffect::Upgrades});
    edit.endMacro();
    return id;
}

} // namespace Cairn
