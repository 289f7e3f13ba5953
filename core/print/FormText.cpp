#include "print/FormText.h"

#include "codes/CodeTables.h"

#include <QDate>
#include <QDateTime>

namespace sifa {

namespace {

constexpr QChar kRoom = QChar(0x3000);    // an ideographic space: one character of room
constexpr QChar kJoiner = QChar(0x2060);  // WORD JOINER: no line break here

// `n` characters of room for handwriting, glued together and to what stands on either side: a
// line may not break inside or at the edges of a blank, or the blank's spaces would hang past
// the margin at the end of a line and their underline vanish.
QString roomFor(int n)
{
    QString out(kJoiner);
    for (int i = 0; i < n; ++i) {
        out += kRoom;
        out += kJoiner;
    }
    return n > 0 ? out : QString();
}

constexpr QChar kBox = QChar(0x25A1);     // □ WHITE SQUARE, as the templates write a box
constexpr QChar kTicked = QChar(0x2611);  // ☑ BALLOT BOX WITH CHECK

// The codes a value holds: one code, or a list separated by commas (a checklist's ticks).
QStringList codesOf(const QString &value)
{
    QStringList codes = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &c : codes)
        c = c.trimmed();
    return codes;
}

// Whether a tick box for `code` is ticked by `value`.
bool isTicked(const QString &value, const QString &code)
{
    const QString c = code.trimmed();
    return !c.isEmpty() && codesOf(value).contains(c);
}

// A box and its name glued together, so a checklist breaks between its items, not inside one.
QString tickItem(bool ticked, const QString &name)
{
    QString out(ticked ? kTicked : kBox);
    for (const QChar c : name) {
        out += kJoiner;
        out += c;
    }
    return out;
}

// {key|ticks:TABLE}: the whole code table as a checklist, the value's codes ticked.
QString checklist(const QString &table, const QString &value)
{
    const CodeTable *t = CodeTables::instance().table(table.trimmed());
    if (!t)
        return value;
    const QStringList codes = codesOf(value);
    QStringList items;
    for (const CodeItem &item : t->items)
        items << tickItem(codes.contains(item.code), item.name);
    return items.join(QString(2, kRoom));
}

QString applyFilter(const QString &filter, const QString &value)
{
    if (value.isEmpty() || filter.isEmpty())
        return value;
    if (filter == QLatin1String("date"))
        return FormText::date(value);
    if (filter == QLatin1String("yuan"))
        return FormText::yuan(value);
    if (filter == QLatin1String("yuan-cn"))
        return FormText::yuanCapitals(value);
    if (filter.startsWith(QLatin1String("code:"))) {
        if (const CodeTable *t = CodeTables::instance().table(filter.mid(5)); t && t->contains(value))
            return t->name(value);
        return value;
    }
    return value;
}

// Room for a blank date: "    年  月  日" with each gap underlined.
void blankDate(ExpandedText &out, bool underline)
{
    const QList<QPair<int, QString>> parts{{3, QStringLiteral("年")}, {2, QStringLiteral("月")}, {2, QStringLiteral("日")}};
    for (const auto &[count, unit] : parts) {
        const QString blank = roomFor(count);
        out.data << FormRun{static_cast<int>(out.text.size()), static_cast<int>(blank.size()), underline};
        out.text += blank;
        out.text += unit;
    }
}

}  // namespace

QString FormScope::value(const QString &key) const
{
    if (key == QLatin1String("#"))
        return row > 0 ? QString::number(row) : QString();
    if (item && !as.isEmpty() && key.startsWith(as) && key.size() > as.size() && key.at(as.size()) == QLatin1Char('.'))
        return item->value(key.mid(as.size() + 1));
    return data ? data->value(key) : QString();
}

ExpandedText FormText::expand(const QString &text, const FormScope &scope, bool blank)
{
    ExpandedText out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            out.text += text.mid(i);
            break;
        }
        out.text += text.mid(i, open - i);
        // {key|filter:room} — the room is the last ":N" when N is a number; a tick box
        // ({key|check:CODE}) has no room, and its code may be a number.
        QString spec = text.mid(open + 1, close - open - 1).trimmed();
        int room = 0;
        bool underline = false;
        const bool tickBox = spec.contains(QLatin1String("|check:"));
        if (const qsizetype colon = spec.lastIndexOf(QLatin1Char(':')); colon > 0 && !tickBox) {
            bool ok = false;
            const int n = spec.mid(colon + 1).toInt(&ok);
            if (ok) {
                room = n;
                underline = true;
                spec.truncate(colon);
            }
        }
        QString key = spec;
        QString filter;
        if (const qsizetype bar = spec.indexOf(QLatin1Char('|')); bar > 0) {
            key = spec.left(bar).trimmed();
            filter = spec.mid(bar + 1).trimmed();
        }
        // A blank form still names the office that prints it.
        const bool keep = key.startsWith(QLatin1String("office."));
        if (tickBox) {
            // Ticked: printed (套打 too, over the paper's box). Not ticked: the form's own box.
            const bool ticked = !blank && isTicked(scope.value(key), filter.mid(6));
            if (ticked)
                out.data << FormRun{static_cast<int>(out.text.size()), 1, false};
            out.text += ticked ? kTicked : kBox;
            i = close + 1;
            continue;
        }
        QString value;
        if (filter.startsWith(QLatin1String("ticks:")))
            value = checklist(filter.mid(6), blank ? QString() : scope.value(key));
        else if (!blank || keep)
            value = applyFilter(filter, scope.value(key));
        if (value.isEmpty() && filter == QLatin1String("date") && scope.dateRoom) {
            blankDate(out, true);
        } else {
            QString shown = value;
            if (shown.size() < room) {
                // Centre the value in its room, as a clerk writes on the line.
                const qsizetype pad = room - shown.size();
                shown = roomFor(static_cast<int>(pad / 2)) + shown + roomFor(static_cast<int>(pad - pad / 2));
            }
            if (!shown.isEmpty())
                out.data << FormRun{static_cast<int>(out.text.size()), static_cast<int>(shown.size()), underline};
            out.text += shown;
        }
        i = close + 1;
    }
    return out;
}

QString FormText::date(const QString &iso)
{
    const QString trimmed = iso.trimmed();
    if (trimmed.size() > 10) {
        const QDateTime t = QDateTime::fromString(trimmed.left(16), QStringLiteral("yyyy-MM-dd HH:mm"));
        if (t.isValid()) {
            return tr("%1年%2月%3日%4时%5分")
                .arg(t.date().year())
                .arg(t.date().month())
                .arg(t.date().day())
                .arg(t.time().hour())
                .arg(t.time().minute(), 2, 10, QLatin1Char('0'));
        }
    }
    const QDate d = QDate::fromString(trimmed.left(10), Qt::ISODate);
    if (!d.isValid())
        return iso;
    return tr("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString FormText::yuan(const QString &fen)
{
    bool ok = false;
    const qint64 n = fen.toLongLong(&ok);
    if (!ok)
        return fen;
    const qint64 whole = qAbs(n) / 100;
    QString digits = QString::number(whole);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, QLatin1Char(','));
    return (n < 0 ? QStringLiteral("-") : QString()) + digits + QLatin1Char('.')
           + QStringLiteral("%1").arg(qAbs(n) % 100, 2, 10, QLatin1Char('0'));
}

QString FormText::yuanCapitals(const QString &fen)
{
    bool ok = false;
    qint64 n = fen.toLongLong(&ok);
    if (!ok || n < 0)
        return fen;
    static const QString digit = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    static const QString unit = QStringLiteral("元拾佰仟万拾佰仟亿拾佰仟万");
    const qint64 jiao = (n / 10) % 10;
    const qint64 fenPart = n % 10;
    qint64 yuanPart = n / 100;
    QString out;
    if (yuanPart == 0) {
        out = QString();
    } else {
        // Digit by digit from the lowest; zeros collapse to one 零, 万/亿 always kept.
        QString s;
        int pos = 0;
        bool zero = false;
        while (yuanPart > 0 && pos < unit.size()) {
            const int d = static_cast<int>(yuanPart % 10);
            const bool section = pos == 4 || pos == 8;
            if (d == 0) {
                if (!zero && !s.isEmpty() && pos != 0)
                    s.prepend(digit.at(0));
                if (section || pos == 0)
                    s.prepend(unit.at(pos));
                zero = true;
            } else {
                s.prepend(QString(digit.at(d)) + unit.at(pos));
                zero = false;
            }
            yuanPart /= 10;
            ++pos;
        }
        s.replace(QStringLiteral("亿万"), QStringLiteral("亿"));
        out = s;
    }
    if (jiao == 0 && fenPart == 0)
        return (out.isEmpty() ? QStringLiteral("零元") : out) + QStringLiteral("整");
    if (jiao > 0)
        out += QString(digit.at(jiao)) + QStringLiteral("角");
    else if (!out.isEmpty())
        out += digit.at(0);
    if (fenPart > 0)
        out += QString(digit.at(fenPart)) + QStringLiteral("分");
    else
        out += QStringLiteral("整");
    return out;
}

}  // namespace sifa
