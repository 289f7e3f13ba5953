// Reading one row of a resettlement ledger: the values, the codes and the row's own checks.
#include "placement/PlacementImport.h"

#include "codes/CodeTables.h"
#include "io/ImportSupport.h"
#include "mediation/LedgerColumns.h"
#include "mediation/LedgerSheet.h"
#include "mediation/LedgerValues.h"
#include "people/PersonService.h"

#include <QHash>

#include <array>

namespace sifa {

namespace {

using F = PlacementField;

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

// A value as written, folded (NFKC) and without any whitespace.
QString compact(const QString &text)
{
    QString out;
    const QString f = LedgerValues::folded(text);
    for (QChar c : f) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// Short forms offices write for the codes, by table: (alias, code).
const QHash<QString, QList<QPair<const char *, const char *>>> &aliases()
{
    static const QHash<QString, QList<QPair<const char *, const char *>>> table{
        {QStringLiteral("placement_source"),
         {{"刑释", "prison"}, {"刑释人员", "prison"}, {"刑满释放人员", "prison"}, {"释放", "prison"},
          {"解矫", "correction"}, {"解矫人员", "correction"}, {"解除矫正", "correction"},
          {"社区矫正", "correction"}, {"解除社区矫正人员", "correction"}, {"社区矫正期满", "correction"},
          {"解除劳教", "labour_camp"}, {"劳教", "labour_camp"}}},
        {QStringLiteral("handover_mode"),
         {{"接送", "escort"}, {"必接", "escort"}, {"司法所接回", "escort"}, {"监狱接回", "escort"},
          {"亲属接回", "family"}, {"家人接回", "family"}, {"家属", "family"}, {"自行回归", "self"},
          {"自行报到", "self"}, {"自返", "self"}, {"自行", "self"}}},
        {QStringLiteral("handover_status"),
         {{"衔接", "done"}, {"已接回", "done"}, {"是", "done"}, {"否", "pending"}, {"未接回", "pending"},
          {"失联", "unknown"}, {"去向不明", "unknown"}}},
        {QStringLiteral("placement_category"),
         {{"重点", "key"}, {"重点帮教", "key"}, {"重点人员", "key"}, {"一般", "general"}, {"一般帮教", "general"},
          {"一般人员", "general"}}},
        {QStringLiteral("placement_mode"),
         {{"责任田", "01"}, {"土地承包", "01"}, {"公益性岗位", "02"}, {"公益岗位", "02"}, {"创业", "03"},
          {"个体经营", "04"}, {"个体", "04"}, {"企业吸纳就业", "05"}, {"企业就业", "05"},
          {"经济实体吸纳就业", "05"}, {"企业/经济实体吸纳", "05"}, {"其它", "06"}}},
        {QStringLiteral("placement_end_type"),
         {{"期满", "expired"}, {"帮教期满", "expired"}, {"期满解除帮教", "expired"}, {"再犯罪", "reoffended"},
          {"重新违法犯罪", "reoffended"}, {"又犯罪", "reoffended"}, {"外迁", "moved"}, {"迁居", "moved"},
          {"迁出本地", "moved"}}},
        {QStringLiteral("sex"), {{"男性", "1"}, {"女性", "2"}}},
    };
    return table;
}

void addIssue(QList<PlacementIssue> *issues, const PlacementHeader &header, int n, F field, const QString &reason)
{
    const PlacementColumn *c = header.column(field);
    issues->append(PlacementIssue{n, c ? c->index : -1,
                                  c ? c->header.trimmed() : PlacementColumns::canonical(field), reason});
}

struct Reader {
    const LedgerSheet &sheet;
    int row;
    const PlacementHeader &header;
    const QDate &today;
    int n;
    QList<PlacementIssue> *issues;
    std::array<int, 32> columns{};

    Reader(const LedgerSheet &s, int r, const PlacementHeader &h, const QDate &t, QList<PlacementIssue> *i)
        : sheet(s), row(r), header(h), today(t), n(r - h.row), issues(i)
    {
        columns.fill(-1);
        for (const PlacementColumn &c : h.columns)
            columns[static_cast<size_t>(c.field)] = c.index;
    }

    LedgerCell cell(F f) const
    {
        const int c = columns[static_cast<size_t>(f)];
        return c < 0 ? LedgerCell() : sheet.cell(row, c);
    }
    QString text(F f) const { return cell(f).text.trimmed(); }
    QString what(F f) const
    {
        const PlacementColumn *c = header.column(f);
        return c ? c->header.trimmed() : PlacementColumns::canonical(f);
    }
    void problem(F f, const QString &reason) { addIssue(issues, header, n, f, reason); }

    // Nothing when the value cannot be read (the problem is reported); an invalid date when the
    // cell is empty. `past`: the date of something that happened, so not after today.
    std::optional<QDate> date(F f, bool past)
    {
        QString problemText;
        const std::optional<QDate> d = LedgerValues::date(cell(f), what(f), &problemText);
        if (!d) {
            problem(f, problemText);
            return std::nullopt;
        }
        if (past && d->isValid() && *d > today) {
            problem(f, PlacementImport::tr("The %1 (%2) lies in the future.").arg(what(f), dateText(*d)));
            return std::nullopt;
        }
        return d;
    }

    // Nothing when the value is not one of the table's; an empty string when the cell is empty.
    std::optional<QString> code(F f, const char *tableId)
    {
        const QString t = text(f);
        if (t.isEmpty())
            return QString();
        const QString table = QString::fromLatin1(tableId);
        if (std::optional<QString> c = PlacementImport::code(table, t))
            return c;
        problem(f, PlacementImport::tr("\"%1\" is not one of %2.").arg(t, import_support::choicesOf(table)));
        return std::nullopt;
    }
};

}  // namespace

QString PlacementIssue::text() const
{
    if (header.isEmpty())
        return QStringLiteral("row %1: %2").arg(row).arg(reason);
    if (column < 0)
        return QStringLiteral("row %1, %2: %3").arg(QString::number(row), header, reason);
    return QStringLiteral("row %1, %2 (column %3): %4")
        .arg(QString::number(row), header, LedgerHeader::columnName(column), reason);
}

std::optional<QString> PlacementImport::code(const QString &tableId, const QString &text)
{
    const QString t = compact(text);
    const CodeTable *table = CodeTables::instance().table(tableId);
    if (t.isEmpty() || !table)
        return std::nullopt;
    // 1 → 01 for the two-digit placement modes.
    const QString padded = t.size() == 1 && t.at(0).isDigit() ? QLatin1Char('0') + t : t;
    for (const CodeItem &item : table->items) {
        if (item.code == t || item.code == padded || item.name == t || compact(item.name) == t
            || (!item.nameEn.isEmpty() && item.nameEn.compare(t, Qt::CaseInsensitive) == 0))
            return item.code;
    }
    for (const auto &[alias, code] : aliases().value(tableId)) {
        if (t == u8(alias) && table->contains(QString::fromLatin1(code)))
            return QString::fromLatin1(code);
    }
    // 解除劳教（历史） as 解除劳教(历史): the name without its bracketed note.
    for (const CodeItem &item : table->items) {
        const QString bare = compact(item.name).section(QLatin1Char('('), 0, 0);
        if (!bare.isEmpty() && bare == t.section(QLatin1Char('('), 0, 0))
            return item.code;
    }
    return std::nullopt;
}

std::optional<bool> PlacementImport::yesNo(const QString &text)
{
    const QString t = compact(text).toLower();
    if (t.isEmpty())
        return false;
    static const QStringList yes{u8("是"), u8("三无"), u8("√"), u8("有"), QStringLiteral("1"), QStringLiteral("y"),
                                 QStringLiteral("yes"), QStringLiteral("true")};
    static const QStringList no{u8("否"), u8("不是"), u8("非三无"), u8("×"), u8("无"), QStringLiteral("0"),
                                QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("false")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

QString PlacementImport::word(const QString &tableId, const QString &code)
{
    return import_support::word(tableId, code);
}

PlacementRecord PlacementImport::read(const LedgerSheet &sheet, int row, const PlacementHeader &header,
                                      const QDate &today, QList<PlacementIssue> *issues)
{
    Reader r(sheet, row, header, today, issues);
    PlacementRecord rec;

    // --- the person
    const QString name = PersonService::normalizeName(r.text(F::Name));
    if (name.isEmpty())
        r.problem(F::Name, tr("The name is empty."));
    const LedgerCell idCell = r.cell(F::IdNumber);
    QString id;
    bool idReadable = false;
    if (idCell.kind == LedgerCell::Kind::Number) {
        r.problem(F::IdNumber, tr("The ID number %1 is stored as a number, so Excel has already replaced its last "
                                  "digits with zeros. Format the column as text in Excel, type the numbers again and "
                                  "import the file again.")
                                   .arg(idCell.text));
    } else {
        id = compact(idCell.text).toUpper();
        if (id.isEmpty())
            r.problem(F::IdNumber, tr("The ID number is empty; a resettlement file belongs to an identified person."));
        else if (LedgerValues::isScientific(id))
            r.problem(F::IdNumber, tr("The ID number reads \"%1\": Excel turned it into a number and destroyed its "
                                      "last digits. Format the column as text in Excel, type the numbers again and "
                                      "import the file again.")
                                       .arg(id));
        else
            idReadable = true;
    }
    QString sex;
    if (const QString s = r.text(F::Sex); !s.isEmpty()) {
        if (std::optional<QString> c = code(QStringLiteral("sex"), s))
            sex = *c;
        else
            r.problem(F::Sex, tr("\"%1\" is not a sex: write 男 or 女.").arg(s));
    }
    Person person;
    person.name = name;
    person.idNumber = id;
    person.sex = sex;
    rec.person = PersonService::normalized(person, today);
    if (idReadable) {
        for (const Error &e : PersonService::validate(rec.person, today)) {
            if (e.field == QLatin1String("name") && name.isEmpty())
                continue;  // said above
            r.problem(PlacementColumns::fromCoreField(e.field).value_or(F::IdNumber), e.message);
        }
    }

    // --- the release
    std::optional<QString> source = r.code(F::Source, "placement_source");
    if (source && source->isEmpty()) {
        if (header.has(F::Source))
            r.problem(F::Source, tr("Where the person comes from is empty: write 刑满释放 or 解除社区矫正."));
        else
            source = QStringLiteral("prison");
    }
    const std::optional<QDate> release = r.date(F::ReleaseDate, true);
    if (release && !release->isValid())
        r.problem(F::ReleaseDate, tr("The release date (%1) is empty; the assistance period runs from it.")
                                      .arg(r.what(F::ReleaseDate)));
    const QDate released = release.value_or(QDate());
    const std::optional<QDate> assistEnd = r.date(F::AssistEnd, false);
    if (assistEnd && assistEnd->isValid() && released.isValid() && *assistEnd <= released)
        r.problem(F::AssistEnd, tr("The assistance period ends (%1) before the release (%2).")
                                    .arg(dateText(*assistEnd), dateText(released)));

    // --- the hand-over
    const std::optional<QString> mode = r.code(F::HandoverMode, "handover_mode");
    const std::optional<QDate> handoverDate = r.date(F::HandoverDate, true);
    std::optional<QString> handover = r.code(F::HandoverStatus, "handover_status");
    if (handoverDate && handoverDate->isValid() && released.isValid() && *handoverDate < released.addDays(-1))
        r.problem(F::HandoverDate, tr("The hand-over (%1) is dated before the release (%2).")
                                       .arg(dateText(*handoverDate), dateText(released)));
    if (handover && handoverDate && mode) {
        const bool dated = handoverDate->isValid();
        if (handover->isEmpty())
            handover = dated ? QStringLiteral("done") : QStringLiteral("pending");
        if (*handover == QLatin1String("done") && !dated)
            r.problem(F::HandoverDate, tr("A person handed over (已衔接) needs the date of the hand-over (衔接日期)."));
        if (*handover != QLatin1String("done") && (dated || !mode->isEmpty()))
            r.problem(F::HandoverStatus, tr("%1 says %2, but a hand-over is recorded (衔接方式 or 衔接日期): write "
                                            "已衔接, or leave the hand-over empty.")
                                             .arg(r.what(F::HandoverStatus),
                                                  word(QStringLiteral("handover_status"), *handover)));
    }

    // --- 三无, the category, the placement
    bool sanwu = false;
    if (const QString t = r.text(F::Sanwu); !t.isEmpty()) {
        if (std::optional<bool> b = yesNo(t))
            sanwu = *b;
        else
            r.problem(F::Sanwu, tr("\"%1\" is neither 是 nor 否.").arg(t));
    }
    const std::optional<QString> category = r.code(F::Category, "placement_category");
    const std::optional<QString> placementMode = r.code(F::PlacementMode, "placement_mode");
    const std::optional<QDate> placed = r.date(F::PlacementDate, true);
    if (placementMode && placed) {
        if (!placementMode->isEmpty() && !placed->isValid())
            r.problem(F::PlacementDate, tr("A placement (安置方式) needs its date (安置日期)."));
        if (placementMode->isEmpty() && placed->isValid())
            r.problem(F::PlacementMode, tr("安置日期 is filled in but 安置方式 is empty: write how the person was "
                                           "placed (%1).")
                                            .arg(import_support::choicesOf(QStringLiteral("placement_mode"))));
    }
    if (placed && placed->isValid() && released.isValid() && *placed < released)
        r.problem(F::PlacementDate, tr("The placement (%1) is dated before the release (%2).")
                                        .arg(dateText(*placed), dateText(released)));

    // --- the end
    const std::optional<QDate> endDate = r.date(F::EndDate, true);
    const std::optional<QString> endType = r.code(F::EndType, "placement_end_type");
    if (endType && endDate) {
        if (!endType->isEmpty() && !endDate->isValid())
            r.problem(F::EndDate, tr("A file that has ended needs the date it ended (解除日期)."));
        if (endType->isEmpty() && endDate->isValid())
            r.problem(F::EndType, tr("解除日期 is filled in but 解除原因 is empty: write 期满解除, 重新犯罪, 死亡 or 迁出."));
        if (endDate->isValid() && released.isValid() && *endDate < released)
            r.problem(F::EndDate, tr("The assistance ends (%1) before the release (%2).")
                                      .arg(dateText(*endDate), dateText(released)));
        if (*endType == QLatin1String("expired") && endDate->isValid() && assistEnd && assistEnd->isValid()
            && *endDate < *assistEnd)
            r.problem(F::EndDate, tr("The file ends as completed (期满解除) on %1, before its period ends (%2).")
                                      .arg(dateText(*endDate), dateText(*assistEnd)));
        if (placed && placed->isValid() && endDate->isValid() && *placed > *endDate)
            r.problem(F::PlacementDate, tr("The placement (%1) is dated after the file ended (%2).")
                                            .arg(dateText(*placed), dateText(*endDate)));
    }

    // --- what registerFromLedger receives (empty values left out)
    QVariantMap &f = rec.fields;
    auto put = [&f](const char *key, const QString &value) {
        if (!value.isEmpty())
            f.insert(QString::fromLatin1(key), value);
    };
    put("source_type", source.value_or(QString()));
    put("release_date", dateText(released));
    put("releasing_org", r.text(F::ReleasingOrg).simplified());
    put("charge", r.text(F::Charge).simplified());
    put("original_sentence", r.text(F::Sentence).simplified());
    put("handover_mode", mode.value_or(QString()));
    put("handover_date", dateText(handoverDate.value_or(QDate())));
    put("handover_status", handover.value_or(QString()));
    put("assist_end_date", dateText(assistEnd.value_or(QDate())));
    put("end_type", endType.value_or(QString()));
    put("end_date", dateText(endDate.value_or(QDate())));
    for (const char *flag : {"no_home", "no_job", "no_family"})
        f.insert(QString::fromLatin1(flag), sanwu ? 1 : 0);
    rec.status = endType.value_or(QString()).isEmpty() ? QStringLiteral("assisting") : *endType;

    if (placementMode && !placementMode->isEmpty() && placed && placed->isValid())
        rec.placement = QVariantMap{{QStringLiteral("mode"), *placementMode},
                                    {QStringLiteral("placed_date"), dateText(*placed)}};
    if (category && !category->isEmpty()) {
        const QDate on = handoverDate && handoverDate->isValid() ? *handoverDate : released;
        rec.review = QVariantMap{{QStringLiteral("category"), *category},
                                 {QStringLiteral("review_date"), dateText(on)},
                                 //: The reason of a risk assessment recorded from an imported ledger (台账导入).
                                 {QStringLiteral("reason"), tr("Ledger import")}};
    }
    return rec;
}

}  // namespace sifa
