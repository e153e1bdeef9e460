#pragma once

#include "core/domain/fields.h"

#include <QLocale>

namespace Cairn {

// A field's value as text: plain and exact for files and spreadsheets, worded for people, and
// read back from what a person or a spreadsheet wrote. The field schema says what a value is;
// these say how it is written.

// What a value is read or written against: the plan (its currency, fiscal year and the names
// that references point at) and, for an amount, the kind of resource it is of.
struct FieldContext {
    const PlanContent &plan;
    ResourceKind amountKind = ResourceKind::Budget;
    const NameIndex *names = nullptr; // for whole tables: names by id without a search each
};

// The kind of resource the amounts in `item` are of: a resource's own kind, or the kind of the
// resource the row names (`kindOf(id)` says it); a budget's for every other row.
template<class T, class KindOf> ResourceKind amountKindOf(const T &item, KindOf kindOf)
{
    if constexpr (std::is_same_v<T, Resource>) {
        return item.kind;
    } else {
        for (const Field<T> &f : schemaOf<T>().fields)
            if (f.type == FieldType::Reference && f.target == EntityKind::Resource)
                return kindOf(f.get(item).toLongLong());
        return ResourceKind::Budget;
    }
}
// What a value of `item`, a row of `plan`, is read or written against.
template<class T> FieldContext fieldContext(const PlanContent &plan, const T &item)
{
    return {plan, amountKindOf(item, [&plan](qint64 id) {
                const Resource *r = plan.resource(ResourceId {id});
                return r ? r->kind : ResourceKind::Budget;
            })};
}

// Plain, exact text, as CSV and Excel cells carry it: quarters as "2027 Q3" (or "Q3 FY2027"),
// money as "1250000.50", FTE as "1.5", choices by key, references by name, tags joined by ", ",
// other lists by "; ". Reads back exactly with parseCell.
QString cellText(const FieldSpec &field, const QVariant &value, const FieldContext &context);
// A list of names in one cell: joined by "; ", or one per line when a name holds a ";" itself
// (a system called "Foo; Bar" is one name, not two); read back by splitNames.
QString joinNames(const QStringList &names);
QStringList splitNames(const QString &cell);
// Words for people, in the user's locale: "€1,250,000", "In progress", "1.5 FTE".
QString displayText(const FieldSpec &field, const QVariant &value, const FieldContext &context);

struct CellValue {
    QVariant value;
    QString error; // translated: what the text is and what it should be
    bool empty = false; // the text was empty (see FieldSpec::emptyClears)
    bool ok() const { return error.isEmpty(); }
};
// Reads a cell: lenient where the meaning is clear ("Q3 2027", "2027-08-15", "1.250.000,50 €",
// "In Arbeit"), never guessing. References are found by name in the context's plan.
CellValue parseCell(const FieldSpec &field, const QString &text, const FieldContext &context);

// Why a value is not allowed in a field, in one sentence that names it ("9 is not from 1 to 5.");
// empty when it is. Money and amounts are named as entered, in the plan's currency or in FTE,
// not in their minor units.
QString rangeProblem(const FieldSpec &field, const QVariant &value, const FieldContext &context);

// Pictures kept in a plan (a client's logo): a PNG or SVG file's bytes as a data: URL,
// "data:image/png;base64,..." or "data:image/svg+xml;base64,...", at most kMaxPictureBytes.
inline constexpr qsizetype kMaxPictureBytes = 1024 * 1024;
enum class PictureFormat { Png, Svg };
struct PictureData {
    PictureFormat format = PictureFormat::Png;
    QByteArray bytes;
};
// The picture in a data: URL, or why it is not one (translated, one sentence) in `why`.
std::optional<PictureData> pictureFromDataUrl(const QString &dataUrl, QString *why = nullptr);
// A file's bytes as a data: URL, by what they are (a PNG's signature, an SVG's <svg> element),
// not by the file's name; nothing, and why, when they are neither or too large.
std::optional<QString> pictureDataUrl(const QByteArray &bytes, QString *why = nullptr);

// Quarters as people write them: "2027 Q3", "Q3 2027", "2027-Q3", "Q3 FY2027", or a date
// (2027-08-15, 15.08.2027). Slashed dates are refused: 03/04/2027 is March in one country and
// April in another.
std::optional<Quarter> parseQuarterText(const QString &text, int fiscalStartMonth);

} // namespace Cairn
