#pragma once

// A community-correction ledger as an office keeps it, for the import, export and CLI tests:
// six files, one in each state the ledger's columns can give.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace sifa::test::correction {

inline QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

inline QString zhangSanId() { return makeId(QStringLiteral("330225"), QDate(1980, 1, 15), true); }
inline QString liSiId() { return makeId(QStringLiteral("330225"), QDate(1975, 6, 2), false); }
inline QString wangWuId() { return makeId(QStringLiteral("330225"), QDate(1990, 9, 9), true); }
inline QString zhaoLiuId() { return makeId(QStringLiteral("330225"), QDate(1988, 12, 1), false); }
inline QString qianQiId() { return makeId(QStringLiteral("330225"), QDate(1992, 2, 29), true); }
inline QString sunBaId() { return makeId(QStringLiteral("330225"), QDate(2008, 4, 1), true); }  // a minor

inline QStringList header()
{
    return u8("姓名,身份证号,性别,矫正类别,罪名,原判刑罚,判决日期,决定机关,矫正起始日期,矫正终止日期,接收日期,管理类别,"
              "解除日期,解除类型,暂予监外执行情形,入矫宣告日期")
        .split(QLatin1Char(','));
}

// The data rows (header() first when `withHeader`):
//   1 张三 缓刑, received          2 李四 暂予监外执行 (保外就医), received
//   3 王五 假释, released (期满)    4 赵六 管制, under correction (announced)
//   5 钱七 缓刑 by code, terminated (撤销缓刑)   6 孙八 缓刑, a minor awaiting report-in
inline QList<QStringList> goodRows(bool withHeader = true)
{
    QList<QStringList> rows;
    if (withHeader)
        rows << header();
    rows << QStringList{u8("张三"), zhangSanId(), u8("男"), u8("缓刑"), u8("盗窃罪"), u8("有期徒刑一年，缓刑二年"),
                        QStringLiteral("2024-03-01"), u8("象山县人民法院"), QStringLiteral("2024-03-12"),
                        QStringLiteral("2026-03-11"), QStringLiteral("2024-03-15"), u8("普管"), QString(), QString(),
                        QString(), QString()};
    rows << QStringList{u8("李四"), liSiId(), u8("女"), u8("暂予监外执行"), u8("诈骗罪"), u8("有期徒刑三年"),
                        u8("2024年5月10日"), u8("宁波市中级人民法院"), QStringLiteral("2024/5/20"),
                        QStringLiteral("2027-05-19"), QStringLiteral("2024-05-22"), u8("严管"), QString(), QString(),
                        u8("保外就医"), QString()};
    rows << QStringList{u8("王五"), wangWuId(), QString(), u8("假释"), u8("故意伤害罪"), u8("有期徒刑五年"),
                        QStringLiteral("2023-02-01"), u8("宁波市中级人民法院"), QStringLiteral("2023-02-10"),
                        QStringLiteral("2024-08-09"), QStringLiteral("2023-02-14"), u8("宽管"),
                        QStringLiteral("2024-08-09"), u8("期满解除"), QString(), QString()};
    rows << QStringList{u8("赵六"), zhaoLiuId(), u8("女"), u8("管制"), u8("寻衅滋事罪"), u8("管制一年"),
                        QStringLiteral("2025-01-06"), u8("象山县人民法院"), QStringLiteral("2025-01-16"),
                        QStringLiteral("2026-01-15"), QStringLiteral("2025-01-20"), u8("普管"), QString(), QString(),
                        QString(), QStringLiteral("2025-01-25")};
    rows << QStringList{u8("钱七"), qianQiId(), u8("男"), QStringLiteral("02"), u8("危险驾驶罪"),
                        u8("拘役四个月，缓刑六个月"), QStringLiteral("2024-09-02"), u8("象山县人民法院"),
                        QStringLiteral("2024-09-12"), QStringLiteral("2025-03-11"), QStringLiteral("2024-09-14"),
                        u8("严管"), QStringLiteral("2024-12-20"), u8("撤销缓刑"), QString(), QString()};
    rows << QStringList{u8("孙八"), sunBaId(), u8("男"), u8("缓刑"), u8("盗窃罪"), u8("有期徒刑六个月，缓刑一年"),
                        QStringLiteral("2025-06-01"), u8("象山县人民法院"), QStringLiteral("2025-06-11"),
                        QStringLiteral("2026-06-10"), QString(), QString(), QString(), QString(), QString(), QString()};
    return rows;
}

inline void writeCsv(const QString &path, const QList<QStringList> &rows)
{
    const Status s = CsvWriter::write(path, rows);
    REQUIRE(s.ok());
}

// The same ledger as a workbook: dates as Excel dates, ID numbers as text.
inline void writeXlsx(const QString &path, const QList<QStringList> &rows)
{
    QList<QList<QVariant>> cells;
    for (const QStringList &r : rows.mid(1)) {
        QList<QVariant> row;
        for (const QString &v : r) {
            const QDate d = QDate::fromString(v, Qt::ISODate);
            row << (d.isValid() ? QVariant(d) : v.isEmpty() ? QVariant() : QVariant(v));
        }
        cells << row;
    }
    const Status s = XlsxWriter::write(path, QStringLiteral("Ledger"), rows.first(), cells, {1});
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
}

}  // namespace sifa::test::correction
