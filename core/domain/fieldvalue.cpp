#include "core/domain/fieldvalue.h"

#include "core/domain/amount.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Cairn {

namespace {

qint64 power10(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

// Plain decimals with a point and no grouping: they read back exactly in any locale.
QString decimalText(qint64 minor, int digits)
{
    const qint64 per = power10(digits);
    const bool negative = minor < 0;
    const quint64 a = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString s = QString::number(a / quint64(per));
    if (digits > 0 && a % quint64(per) != 0)
        s += QLatin1Char('.')
            + QStringLiteral("%1").arg(a % quint64(per), digits, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + s : s;
}

int amountDigits(const FieldContext &c, FieldType type)
{
    if (type == FieldType::Amount && c.amountKind != ResourceKind::Budget)
        return 2; // hundredths of an FTE
    return c.plan.info.currency.minorDigits();
}

QString nameOf(const FieldContext &c, EntityKind kind, qint64 id)
{
    if (c.names) {
        const auto it = c.names->constFind(id);
        return it != c.names->cend() && it->first == kind ? it->second : QString();
    }
    return entityName(c.plan, kind, id);
}

// Where the <svg> element of an SVG document begins, after a byte order mark, white space, an XML
// declaration, comments and a document type; -1 when the text is not an SVG document.
qsizetype svgStart(const QByteArray &bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype limit = std::min<qsizetype>(bytes.size(), 64 * 1024);
    while (i < limit) {
        const char c = bytes[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++i;
            continue;
        }
        if (c != '<')
            return -1;
        if (bytes.mid(i, 4) == "<svg")
            return i;
        const char *close = bytes.mid(i, 4) == "<!--" ? "-->" : ">";
        if (bytes.mid(i, 2) != "<?" && bytes.mid(i, 2) != "<!")
            return -1;
        const qsizetype end = bytes.indexOf(close, i);
        if (end < 0)
            return -1;
        i = end + qsizetype(qstrlen(close));
    }
    return -1;
}

QString notAPicture()
{
    return QCoreApplication::translate(
        "Cairn::Field", "it is not a PNG or SVG picture (written as a data: URL).");
}

CellValue failed(const QString &error)
{
    CellValue c;
    c.error = error;
    return c;
}

CellValue valueOf(QVariant v)
{
    CellValue c;
    c.value = std::move(v);
    return c;
}

// Money in Cairn's own form first (plain digits, a point, at most the currency's decimals): exact
// even where the lenient reading must refuse, such as 12.345 dinars of 1,000 fils.
std::optional<qint64> parseMoneyText(const QString &t, const Currency &currency)
{
    static const QRegularExpression plain(QStringLiteral(R"(^(\d{1,15})(?:\.(\d+))?$)"));
    const int digits = currency.minorDigits();
    if (const auto m = plain.match(t); m.hasMatch() && m.captured(2).size() <= digits) {
        const QString fraction = m.captured(2).leftJustified(digits, QLatin1Char('0'));
        return m.captured(1).toLongLong() * currency.minorPerMajor()
            + (digits > 0 ? fraction.toLongLong() : 0);
    }
    const auto money = Money::parse(t, currency);
    return money ? std::optional(money->minorUnits()) : std::nullopt;
}

CellValue parseNumber(const FieldSpec &f, const QString &t, const FieldContext &c)
{
    const bool money = f.type == FieldType::Money
        || (f.type == FieldType::Amount && c.amountKind == ResourceKind::Budget);
    std::optional<qint64> n;
    if (f.type == FieldType::Integer) {
        bool ok = false;
        qint64 v = t.toLongLong(&ok);
        if (!ok) { // "3 q", "80 %"
            QString s = t;
            if (f.unit)
                s.remove(f.unitText().trimmed(), Qt::CaseInsensitive);
            s.remove(QLatin1Char('%'));
            v = s.trimmed().toLongLong(&ok);
        }
        if (ok)
            n = v;
    } else {
        n = money ? parseMoneyText(t, c.plan.info.currency) : parseFte(t);
    }
    if (!n) { // worded only when needed: most cells are fine
        if (f.type == FieldType::Integer)
            return failed(QCoreApplication::translate(
                "Cairn::Field", "“%1” is not a whole number from %2 to %3.")
                              .arg(t)
                              .arg(f.minimum)
                              .arg(f.maximum));
        return failed(money
                ? QCoreApplication::translate("Cairn::Field", "“%1” is not an amount of money.")
                      .arg(t)
                : QCoreApplication::translate("Cairn::Field", "“%1” is not a number of FTE.")
                      .arg(t));
    }
    const QVariant v = QVariant::fromValue(qlonglong(*n));
    if (const QString problem = rangeProblem(f, v, c); !problem.isEmpty())
        return failed(problem);
    return valueOf(v);
}

CellValue parseReferences(const FieldSpec &f, const QString &t, const FieldContext &c)
{
    const QStringList names = f.type == FieldType::Reference ? QStringList {t} : splitNames(t);
    QList<qlonglong> ids;
    for (const QString &name : names) {
        const QList<qint64> found = entitiesNamed(c.plan, f.target, name);
        if (found.isEmpty())
            return failed(QCoreApplication::translate(
                "Cairn::Field", "there is nothing called “%1” to refer to.")
                              .arg(name.trimmed()));
        if (found.size() > 1)
            return failed(
                QCoreApplication::translate("Cairn::Field", "more than one item is called “%1”.")
                    .arg(name.trimmed()));
        ids << found.first();
    }
    if (f.type == FieldType::Reference)
        return valueOf(QVariant(ids.first()));
    return valueOf(QVariant::fromValue(ids));
}

QStringList splitTags(const QString &t)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList tags;
    for (const QString &part : t.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

} // namespace

std::optional<Quarter> parseQuarterText(const QString &text, int fiscalStartMonth)
{
    const QString t = text.trimmed();
    if (auto q = Quarter::parse(t))
        return q;
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("d.M.yyyy"));
    if (d.isValid())
        return Quarter::fromDate(d, fiscalStartMonth);
    return std::nullopt;
}

std::optional<PictureData> pictureFromDataUrl(const QString &dataUrl, QString *why)
{
    auto fail = [why](const QString &message) -> std::optional<PictureData> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    static const QLatin1String png("data:image/png;base64,");
    static const QLatin1String svg("data:image/svg+xml;base64,");
    const bool isPng = dataUrl.startsWith(png);
    if (!isPng && !dataUrl.startsWith(svg))
        return fail(notAPicture());
    if (dataUrl.size() > (kMaxPictureBytes / 3 + 1) * 4 + svg.size())
        return fail(QCoreApplication::translate(
            "Cairn::Field", "the picture is larger than 1 MB; a logo needs far less."));
    const auto decoded
        = QByteArray::fromBase64Encoding(dataUrl.mid(isPng ? png.size() : svg.size()).toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(notAPicture());
    PictureData p {isPng ? PictureFormat::Png : PictureFormat::Svg, *decoded};
    const bool fits = isPng ? p.bytes.startsWith("\x89PNG\r\n\x1A\n") : svgStart(p.bytes) >= 0;
    if (!fits)
        return fail(notAPicture());
    return p;
}

std::optional<QString> pictureDataUrl(const QByteArray &bytes, QString *why)
{
    const bool png = bytes.startsWith("\x89PNG\r\n\x1A\n");
    if (!png && svgStart(bytes) < 0) {
        if (why)
            *why = QCoreApplication::translate("Cairn::Field", "it is not a PNG or SVG picture.");
        return std::nullopt;
    }
    if (bytes.size() > kMaxPictureBytes) {
        if (why)
            *why = QCoreApplication::translate(
                "Cairn::Field", "the picture is larger than 1 MB; a logo needs far less.");
        return std::nullopt;
    }
    return (png ? QStringLiteral("data:image/png;base64,")
                : QStringLiteral("data:image/svg+xml;base64,"))
        + QString::fromLatin1(bytes.toBase64());
}

QString joinNames(const QStringList &names)
{
    const bool own = std::any_of(names.cbegin(), names.cend(),
        [](const QString &n) { return n.contains(QLatin1Char(';')); });
    return names.join(own ? QStringLiteral("\n") : QStringLiteral("; "));
}

QStringList splitNames(const QString &cell)
{
    const QStringList parts = cell.contains(QLatin1Char('\n')) ? cell.split(QLatin1Char('\n'))
                                                               : cell.split(QLatin1Char(';'));
    QStringList names;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            names << p.trimmed();
    return names;
}

QString rangeProblem(const FieldSpec &f, const QVariant &v, const FieldContext &c)
{
    if (f.type == FieldType::Text) {
        const qsizetype length = v.toString().size();
        if (length <= kMaxLineLength)
            return {};
        return QCoreApplication::translate(
            "Cairn::Field", "%1 characters long; one line holds at most %2.")
            .arg(QLocale().toString(length), QLocale().toString(kMaxLineLength));
    }
    if (!f.isNumeric() || !v.isValid())
        return {};
    const qint64 n = v.toLongLong();
    if (f.inRange(n))
        return {};
    if (f.type == FieldType::Integer)
        return QCoreApplication::translate("Cairn::Field", "%1 is not from %2 to %3.")
            .arg(QLocale().toString(n))
            .arg(f.minimum)
            .arg(f.maximum);
    // As entered: -100000 hundredths of a euro are -1,000.
    QString shown = QLocale().toString(n);
    if (f.type == FieldType::Money || f.type == FieldType::Amount) {
        const int digits = amountDigits(c, f.type);
        const qint64 per = power10(digits);
        shown = n % per == 0 ? QLocale().toString(n / per)
                             : QLocale().toString(double(n) / double(per), 'f', digits);
    }
    if (n < f.minimum)
        return QCoreApplication::translate("Cairn::Field", "%1 is less than 0.").arg(shown);
    return QCoreApplication::translate("Cairn::Field", "%1 is more than Cairn can add up.")
        .arg(shown);
}

QString cellText(const FieldSpec &f, const QVariant &v, const FieldContext &c)
{
    if (v.isNull() && f.type != FieldType::Text && f.type != FieldType::LongText)
        return {};
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Currency:
        return v.toString();
    case FieldType::Integer:
        return QString::number(v.toLongLong());
    case FieldType::Money:
    case FieldType::Amount:
        return decimalText(v.toLongLong(), amountDigits(c, f.type));
    case FieldType::Quarter:
        return Quarter::fromOrdinal(v.toInt()).label(c.plan.info.quarterStyle());
    case FieldType::Choice:
        return f.choices ? choiceKey(*f.choices, v.toInt()) : QString();
    case FieldType::Reference:
        return nameOf(c, f.target, v.toLongLong());
    case FieldType::References: {
        QStringList names;
        for (qlonglong id : v.value<QList<qlonglong>>())
            names << nameOf(c, f.target, id);
        return joinNames(names);
    }
    case FieldType::Tags:
        return v.toStringList().join(QStringLiteral(", "));
    case FieldType::Picture:
        return v.toString();
    case FieldType::Details:
        return {};
    }
    return {};
}

QString displayText(const FieldSpec &f, const QVariant &v, const FieldContext &c)
{
    if (v.isNull() && f.type != FieldType::Text && f.type != FieldType::LongText)
        return {};
    switch (f.type) {
    case FieldType::Integer:
        return QLocale().toString(v.toLongLong());
    case FieldType::Money:
        return Money(v.toLongLong()).format(c.plan.info.currency, QLocale());
    case FieldType::Amount: {
        Resource r;
        r.kind = c.amountKind;
        return formatAmount(c.plan, r, v.toLongLong());
    }
    case FieldType::Choice:
        return f.choices ? choiceName(*f.choices, v.toInt()) : QString();
    case FieldType::References: {
        QStringList names;
        for (qlonglong id : v.value<QList<qlonglong>>())
            names << nameOf(c, f.target, id);
        return names.join(QStringLiteral(", "));
    }
    case FieldType::Picture: {
        const auto picture = pictureFromDataUrl(v.toString());
        if (!picture)
            return {};
        const QString size = QLocale().formattedDataSize(picture->bytes.size(), 0);
        return picture->format == PictureFormat::Png
            ? QCoreApplication::translate("Cairn::Field", "PNG picture, %1").arg(size)
            : QCoreApplication::translate("Cairn::Field", "SVG picture, %1").arg(size);
    }
    default:
        return cellText(f, v, c);
    }
}

CellValue parseCell(const FieldSpec &f, const QString &text, const FieldContext &c)
{
    const QString t = text.trimmed();
    if (t.isEmpty() && f.type != FieldType::Text && f.type != FieldType::LongText) {
        if (f.required)
            return failed(QCoreApplication::translate("Cairn::Field", "empty; it is needed."));
        CellValue empty;
        empty.empty = true;
        if (f.type == FieldType::References)
            empty.value = QVariant::fromValue(QList<qlonglong>());
        else if (f.type == FieldType::Tags)
            empty.value = QStringList();
        return empty;
    }
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
        if (f.required && t.isEmpty())
            return failed(QCoreApplication::translate("Cairn::Field", "empty; it is needed."));
        if (const QString problem = rangeProblem(f, t, c); !problem.isEmpty())
            return failed(problem);
        return valueOf(f.type == FieldType::Text ? QVariant(t) : QVariant(text));
    case FieldType::Integer:
    case FieldType::Money:
    case FieldType::Amount:
        return parseNumber(f, t, c);
    case FieldType::Quarter:
        if (const auto q = parseQuarterText(t, c.plan.info.fiscalYearStartMonth))
            return valueOf(QVariant(q->ordinal()));
        return failed(QCoreApplication::translate("Cairn::Field",
            "“%1” is not a quarter (write 2027 Q3, Q3 2027, 2027-Q3 or a date such "
            "as 2027-08-15).")
                          .arg(t));
    case FieldType::Choice:
        if (const auto i = findChoice(*f.choices, t))
            return valueOf(QVariant(*i));
        return failed(QCoreApplication::translate("Cairn::Field", "“%1” is not one of %2.")
                          .arg(t, choiceNames(*f.choices).join(QStringLiteral(", "))));
    case FieldType::Reference:
    case FieldType::References:
        return parseReferences(f, t, c);
    case FieldType::Tags:
        return valueOf(QVariant(splitTags(t)));
    case FieldType::Picture: {
        QString why;
        if (!pictureFromDataUrl(t, &why))
            return failed(why);
        return valueOf(QVariant(t));
    }
    case FieldType::Currency:
        if (Currency::isValidCode(t.toUpper()))
            return valueOf(QVariant(t.toUpper()));
        return failed(
            QCoreApplication::translate("Cairn::Field", "“%1” is not a currency code such as EUR.")
                .arg(t));
    case FieldType::Details:
        break;
    }
    return failed(QCoreApplication::translate("Cairn::Field", "this column cannot be read."));
}

} // namespace Cairn
