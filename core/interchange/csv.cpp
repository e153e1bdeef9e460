#include "core/interchange/csv.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

#include <array>
#include <map>

namespace Cairn::Csv {

namespace {
constexpr qint64 kChunk = 64 * 1024;

const std::array<char16_t, 32> kWindows1252High
    = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool isTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// The number of fields of each of the first lines when split by a delimiter (outside quotes).
std::vector<int> fieldCounts(const QString &sample, QChar delimiter)
{
    std::vector<int> counts;
    int fields = 1;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < sample.size() && counts.size() < 30; ++i) {
        const QChar c = sample[i];
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == delimiter)
            ++fields;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (any || fields > 1)
                counts.push_back(fields);
            fields = 1;
            any = false;
            if (c == QLatin1Char('\r') && i + 1 < sample.size()
                && sample[i + 1] == QLatin1Char('\n'))
                ++i;
            continue;
        }
        any = true;
    }
    if (any || fields > 1)
        counts.push_back(fields);
    return counts;
}
} // namespace

QString encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QString fromWindows1252(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        out += (b >= 0x80 && b <= 0x9F) ? QChar(kWindows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

Encoding detectEncoding(const QByteArray &head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8Bom;
    if (head.startsWith("\xFF\xFE"))
        return Encoding::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return Encoding::Utf16BE;
    QStringDecoder utf8(QStringDecoder::Utf8); // stateful: a sequence cut at the end is no error
    const QString decoded = utf8.decode(head);
    Q_UNUSED(decoded);
    return utf8.hasError() ? Encoding::Windows1252 : Encoding::Utf8;
}

QChar detectDelimiter(const QString &sample)
{
    QChar best = QLatin1Char(',');
    double bestScore = -1;
    for (QChar d : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const std::vector<int> counts = fieldCounts(sample, d);
        if (counts.empty())
            continue;
        // Most lines with the same number of fields, and more than one field.
        std::map<int, int> frequency;
        for (int n : counts)
            ++frequency[n];
        int mode = 1, modeCount = 0;
        for (const auto &[n, count] : frequency)
            if (count > modeCount || (count == modeCount && n > mode)) {
                mode = n;
                modeCount = count;
            }
        if (mode < 2)
            continue;
        const double score = double(modeCount) / double(counts.size()) * 1000 + mode;
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

Reader::Reader(QIODevice *device, Options options)
    : m_device(device)
    , m_options(options)
{
}

Reader::Reader(QIODevice *device)
    : Reader(device, Options {})
{
}

bool Reader::fill()
{
    if (m_eof)
        return false;
    const QByteArray bytes = m_device->read(kChunk);
    m_bytes += bytes.size();
    const bool last = bytes.isEmpty() || m_device->atEnd();
    QString decoded;
    if (m_encoding == Encoding::Windows1252) {
        decoded = fromWindows1252(bytes);
    } else {
        // Keep a decoder across chunks: a character split between two reads stays whole.
        m_pending += bytes;
        QStringDecoder::Encoding e = QStringDecoder::Utf8;
        if (m_encoding == Encoding::Utf16LE)
            e = QStringDecoder::Utf16LE;
        else if (m_encoding == Encoding::Utf16BE)
            e = QStringDecoder::Utf16BE;
        // Decode all complete characters; leave an incomplete tail for the next read.
        qsizetype cut = m_pending.size();
        if (!last) {
            if (e == QStringDecoder::Utf8) {
                qsizetype i = cut - 1;
                int back = 0;
                while (i >= 0 && back < 4
                    && (static_cast<unsigned char>(m_pending[i]) & 0xC0) == 0x80) {
                    --i;
                    ++back;
                }
                if (i >= 0) {
                    const auto lead = static_cast<unsigned char>(m_pending[i]);
                    const int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
                    if (need > back + 1)
                        cut = i;
                }
            } else {
                cut -= cut % 2;
                // Do not split a surrogate pair.
                if (cut >= 2) {
                    const auto hi = e == QStringDecoder::Utf16LE
                        ? static_cast<unsigned char>(m_pending[cut - 1])
                        : static_cast<unsigned char>(m_pending[cut - 2]);
                    if (hi >= 0xD8 && hi <= 0xDB)
                        cut -= 2;
                }
            }
        }
        QStringDecoder decoder(e, QStringDecoder::Flag::Stateless);
        decoded = decoder.decode(m_pending.left(cut));
        m_pending.remove(0, cut);
        if (!m_started && !decoded.isEmpty() && decoded.front() == QChar(0xFEFF))
            decoded.remove(0, 1); // the byte order mark never leaks into the first header
    }
    // Text must be valid Unicode: a lone UTF-16 surrogate (a damaged file) becomes U+FFFD, as an
    // invalid UTF-8 sequence does, so that what is read can be written again.
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        const QChar c = decoded[i];
        if (c.isHighSurrogate() && i + 1 < decoded.size() && decoded[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            decoded[i] = QChar::ReplacementCharacter;
    }
    m_started = true;
    m_buffer = m_buffer.mid(m_pos) + decoded;
    m_pos = 0;
    if (last)
        m_eof = true;
    return !decoded.isEmpty() || !m_eof;
}

bool Reader::readChar(QChar &c)
{
    if (m_pushed) {
        c = *m_pushed;
        m_pushed.reset();
        return true;
    }
    while (m_pos >= m_buffer.size()) {
        if (!fill() && m_pos >= m_buffer.size())
            return false;
    }
    c = m_buffer[m_pos++];
    return true;
}

void Reader::pushBack(QChar c)
{
    m_pushed = c;
}

bool Reader::next(Record &record)
{
    if (!m_started && m_buffer.isEmpty()) {
        const QByteArray head = m_device->peek(kChunk);
        m_encoding = detectEncoding(head);
        if (m_encoding == Encoding::Windows1252)
            m_warnings << QCoreApplication::translate("Cairn::Interchange",
                "The file is not UTF-8; it was read as Windows-1252. Check letters such as ä, é "
                "and ñ.");
        QString sample;
        if (m_encoding == Encoding::Windows1252)
            sample = fromWindows1252(head);
        else if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE)
            sample = QStringDecoder(
                m_encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE)
                         .decode(head);
        else
            sample = QStringDecoder(QStringDecoder::Utf8).decode(head);
        m_delimiter = m_options.delimiter.value_or(detectDelimiter(sample));
    }
    if (!m_error.isEmpty())
        return false;
    record.fields.clear();
    record.line = m_line;
    QString field;
    bool inQuotes = false;
    bool quotedField = false;
    bool any = false;
    qint64 quoteLine = 0;
    QChar c;
    for (;;) {
        if (!readChar(c)) {
            if (inQuotes) {
                m_error = QCoreApplication::translate("Cairn::Interchange",
                    "Line %1: the quoted field that starts there is never closed.")
                              .arg(quoteLine);
                return false;
            }
            if (!any)
                return false;
            record.fields << field;
            return true;
        }
        any = true;
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                QChar d;
                if (readChar(d)) {
                    if (d == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        continue;
                    }
                    pushBack(d);
                }
                inQuotes = false;
                continue;
            }
            if (c == QLatin1Char('\n'))
                ++m_line;
            field += c;
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !quotedField) {
            inQuotes = true;
            quotedField = true;
            quoteLine = m_line;
            continue;
        }
        if (c == m_delimiter) {
            record.fields << field;
            field.clear();
            quotedField = false;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r')) {
                QChar d;
                if (readChar(d) && d != QLatin1Char('\n'))
                    pushBack(d);
            }
            ++m_line;
            record.fields << field;
            return true;
        }
        field += c;
    }
}

Table parse(const QByteArray &bytes, std::optional<QChar> delimiter)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer, Reader::Options {delimiter});
    Table t;
    Record r;
    while (reader.next(r))
        t.records.push_back(r);
    t.delimiter = reader.delimiter();
    t.encoding = reader.encoding();
    t.error = reader.error();
    t.warnings = reader.warnings();
    return t;
}

QString quote(const QString &field, QChar delimiter)
{
    QString quoted;
    appendField(quoted, field, delimiter);
    return quoted;
}

QString neutralise(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == QLatin1Char('\''))
        ++i;
    if (i < text.size() && isTrigger(text[i]))
        return QLatin1Char('\'') + text;
    return text;
}

QString unneutralise(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == QLatin1Char('\''))
        ++i;
    if (i > 0 && i < text.size() && isTrigger(text[i]))
        return text.mid(1);
    return text;
}

void appendField(QString &out, const QString &field, QChar delimiter)
{
    bool needs = false;
    for (const QChar c : field)
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r')) {
            needs = true;
            break;
        }
    if (!needs) {
        out += field;
        return;
    }
    out += QLatin1Char('"');
    for (const QChar c : field) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
}

QString line(const QStringList &fields, QChar delimiter)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += delimiter;
        appendField(out, fields[i], delimiter);
    }
    out += QStringLiteral("\r\n");
    return out;
}

} // namespace Cairn::Csv
