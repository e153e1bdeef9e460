#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Cairn::Csv {

enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };
QString encodingName(Encoding e);

// Decodes bytes in Windows-1252 (what Excel on Windows writes as "CSV").
QString fromWindows1252(const QByteArray &bytes);

// Guesses the encoding from a file's first bytes: a byte order mark, else UTF-8 if the bytes are
// valid UTF-8, else Windows-1252.
Encoding detectEncoding(const QByteArray &head);

// The delimiter of a file from its first lines: the one of , ; TAB that splits the lines
// (outside quotes) into the same number of fields most consistently.
QChar detectDelimiter(const QString &sample);

struct Record {
    qint64 line = 0; // the line the record starts on, 1-based
    QStringList fields;
};

// An RFC 4180 reader that streams a device: quoted fields with separators, doubled quotes and
// line breaks inside, CRLF or LF, a missing final newline. Memory stays bounded by the longest
// record, so a 100,000-row file is read without holding it.
class Reader {
public:
    struct Options {
        std::optional<QChar> delimiter; // detected when not given
    };
    Reader(QIODevice *device, Options options);
    Reader(QIODevice *device);

    // False at the end or on an error (see error()).
    bool next(Record &record);
    QChar delimiter() const { return m_delimiter; }
    Encoding encoding() const { return m_encoding; }
    QString error() const { return m_error; } // e.g. a quote that is never closed
    QStringList warnings() const { return m_warnings; }
    qint64 bytesRead() const { return m_bytes; }

private:
    bool fill();
    bool readChar(QChar &c);
    void pushBack(QChar c);

    QIODevice *m_device;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
    QString m_buffer;
    qsizetype m_pos = 0;
    std::optional<QChar> m_pushed;
    qint64 m_line = 1;
    qint64 m_bytes = 0;
    bool m_eof = false;
    bool m_started = false;
    QByteArray m_pending; // undecoded bytes (a split UTF-8 or UTF-16 sequence)
    QString m_error;
    QStringList m_warnings;
    Options m_options;
};

// Reads a whole CSV text (for small inputs and tests).
struct Table {
    QChar delimiter;
    Encoding encoding = Encoding::Utf8;
    std::vector<Record> records;
    QString error;
    QStringList warnings;
};
Table parse(const QByteArray &bytes, std::optional<QChar> delimiter = std::nullopt);

// ---- writing ----------------------------------------------------------------------------
// A field as RFC 4180 wants it: quoted when it holds the delimiter, a quote or a line break.
QString quote(const QString &field, QChar delimiter = QLatin1Char(','));
// A text cell that a spreadsheet would run as a formula (it begins with = + - @ TAB or CR) gets
// a leading apostrophe; so does one that already begins with apostrophes before such a
// character, so that unneutralise() restores every text exactly.
QString neutralise(const QString &text);
QString unneutralise(const QString &text);
// One line of fields joined and quoted, ending in CRLF.
QString line(const QStringList &fields, QChar delimiter = QLatin1Char(','));
// The same, appended to out (no line is built apart: an export of many rows copies less).
void appendField(QString &out, const QString &field, QChar delimiter = QLatin1Char(','));

} // namespace Cairn::Csv
