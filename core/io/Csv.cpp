#include "io/Csv.h"

namespace sifa {

namespace {

constexpr QChar kQuote = QLatin1Char('"');
constexpr QChar kCr = QLatin1Char('\r');
constexpr QChar kLf = QLatin1Char('\n');

qsizetype skipBom(const QString &text)
{
    return text.startsWith(QChar(0xFEFF)) ? 1 : 0;
}

}  // namespace

QChar Csv::detectDelimiter(const QString &text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    int counts[] = {0, 0, 0};
    bool quoted = false;
    for (qsizetype i = skipBom(text); i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == kQuote) {
            quoted = !quoted;  // a doubled quote toggles twice
        } else if (!quoted && (c == kCr || c == kLf)) {
            break;
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k) {
                if (c == candidates[k])
                    ++counts[k];
            }
        }
    }
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

QList<QStringList> Csv::parse(const QString &text, QChar delimiter)
{
    QList<QStringList> rows;
    parseRows(text, [&rows](const QStringList &row) { rows << row; }, delimiter);
    return rows;
}

void Csv::parseRows(const QString &text, const std::function<void(const QStringList &)> &onRow, QChar delimiter)
{
    if (delimiter.isNull())
        delimiter = detectDelimiter(text);
    QStringList row;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool fieldStart = true;   // nothing read yet for the current field
    bool rowPending = false;  // the current row has something (a field or a delimiter)

    const auto endField = [&]() {
        row << field;
        field.clear();
        fieldStart = true;
    };
    const auto endRow = [&]() {
        endField();
        onRow(row);
        row.clear();
        rowPending = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = skipBom(text); i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != kQuote) {
                field += c;
            } else if (i + 1 < n && text.at(i + 1) == kQuote) {
                field += kQuote;
                ++i;
            } else {
                quoted = false;
            }
            continue;
        }
        if (c == delimiter) {
            endField();
            rowPending = true;
        } else if (c == kCr || c == kLf) {
            if (c == kCr && i + 1 < n && text.at(i + 1) == kLf)
                ++i;
            endRow();
        } else if (c == kQuote && fieldStart) {
            quoted = true;
            fieldStart = false;
            rowPending = true;
        } else {
            field += c;
            fieldStart = false;
            rowPending = true;
        }
    }
    if (rowPending || quoted)
        endRow();
}

QString Csv::format(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            const QString &f = row.at(i);
            const bool needsQuotes = f.contains(QLatin1Char(',')) || f.contains(kQuote) || f.contains(kCr)
                                     || f.contains(kLf);
            if (!needsQuotes) {
                out += f;
                continue;
            }
            out += kQuote;
            for (const QChar c : f) {
                if (c == kQuote)
                    out += kQuote;
                out += c;
            }
            out += kQuote;
        }
        out += QLatin1String("\r\n");
    }
    return out;
}

}  // namespace sifa
