#pragma once

// A resettlement ledger as an office keeps it, for the import, export and CLI tests: six files,
// one in each state the ledger's columns can give.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace sifa::test::placement {

inline QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

inline QString zhangSanId() { return makeId(QStringLiteral("330225"), QDate(1980, 1, 15), true, 31); }
inline QString liSiId() { return makeId(QStringLiteral("330225"), QDate(1975, 6, 2), false, 32); }
inline QString wangWuId() { return makeId(QStringLiteral("330225"), QDate(1990, 9, 9), true, 33); }
inline QString zhaoLiuId() { return makeId(QStringLiteral("330225"), QDate(1988, 12, 1), true, 35); }
inline QString qianQiId() { return makeId(QStringLiteral("330225"), QDate(1972, 2, 29), true, 37); }
inline QString sunBaId() { return makeId(QStringLiteral("330225"), QDate(1985, 4, 1), true, 39); }

inline QStringList header()
{
    return u8("姓名,身份证号,性别,人员来源,释放日期,释放单位,罪名,原判刑期,衔接方式,衔接日期,衔接状态,是否三无,帮教类别,"
              "安置方式,安置日期,帮教期满日期,解除日期,解除原因")
        .split(QLatin1Char(','));
}

// The data rows (header() first when `withHeader`):
//   1 张三 escorted, a key person placed in an enterprise     2 李四 from community correction, general
//   3 王五 not handed over                                    4 赵六 whereabouts unknown, 三无
//   5 钱七 ended at the period's end (farmland placement)     6 孙八 ended, re-offended
inline QList<QStringList> goodRows(bool withHeader = true)
{
    QList<QStringList> rows;
    if (withHeader)
        rows << header();
    rows << QStringList{u8("张三"), zhangSanId(), u8("男"), u8("刑满释放"), QStringLiteral("2025-03-10"),
                        u8("浙江省乔司监狱"), u8("盗窃罪"), u8("有期徒刑二年"), u8("必接必送"), QStringLiteral("2025-03-10"),
                        u8("已衔接"), u8("否"), u8("重点"), u8("企业/经济实体吸纳就业"), QStringLiteral("2025-04-20"),
                        QString(), QString(), QString()};
    rows << QStringList{u8("李四"), liSiId(), u8("女"), u8("解除社区矫正"), u8("2025年6月1日"), u8("象山县社区矫正管理局"),
                        u8("诈骗罪"), u8("有期徒刑三年，缓刑三年"), u8("家属接回"), QStringLiteral("2025/6/2"), QString(),
                        u8("否"), u8("一般"), QString(), QString(), QString(), QString(), QString()};
    rows << QStringList{u8("王五"), wangWuId(), u8("男"), u8("刑满释放"), QStringLiteral("2026-10-20"),
                        u8("浙江省第二监狱"), u8("故意伤害罪"), u8("有期徒刑三年"), QString(), QString(), u8("未衔接"),
                        u8("否"), QString(), QString(), QString(), QString(), QString(), QString()};
    rows << QStringList{u8("赵六"), zhaoLiuId(), QString(), u8("刑释"), QStringLiteral("2026-08-01"), u8("浙江省第四监狱"),
                        u8("抢劫罪"), u8("有期徒刑五年"), QString(), QString(), u8("下落不明"), u8("是"), QString(),
                        QString(), QString(), QString(), QString(), QString()};
    rows << QStringList{u8("钱七"), qianQiId(), u8("男"), u8("刑满释放"), QStringLiteral("2019-01-10"),
                        u8("浙江省第二监狱"), u8("非法捕捞水产品罪"), u8("有期徒刑一年"), u8("自行返回"),
                        QStringLiteral("2019-01-12"), u8("已衔接"), u8("否"), u8("一般"), u8("落实责任田"),
                        QStringLiteral("2019-03-01"), QStringLiteral("2024-01-10"), QStringLiteral("2024-01-15"),
                        u8("期满解除")};
    rows << QStringList{u8("孙八"), sunBaId(), u8("男"), u8("刑满释放"), QStringLiteral("2022-05-05"),
                        u8("浙江省乔司监狱"), u8("盗窃罪"), u8("有期徒刑一年六个月"), u8("自行返回"),
                        QStringLiteral("2022-05-06"), u8("已衔接"), u8("否"), u8("一般"), u8("从事个体经营"),
                        QStringLiteral("2022-07-01"), QString(), QStringLiteral("2024-11-11"), u8("重新犯罪")};
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

}  // namespace sifa::test::placement
