#pragma once

#include "correction/CcRecord.h"
#include "widgets/FormDialog.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sifa {
class Database;
}

class QComboBox;
class QTableWidget;
class QWidget;

namespace sifa {
namespace ui {

// Small pieces shared by the 社区矫正 screens: code names, record tables, dates and HTML rows.
class CorrectionUi {
    Q_DECLARE_TR_FUNCTIONS(CorrectionUi)
public:
    // The name of `code` in the code table `table` in the UI language (the code itself if the
    // table does not list it; empty for an empty code).
    static QString codeName(const QString &table, const QString &code);
    // The codes of a table as choices for a form; with `empty` a first "(not given)" choice.
    static FormDialog::Items codeItems(const QString &table, bool empty = false);
    // The names of comma-separated tag codes, joined with 、; `brief`: without the set's name
    // (独居 for 五独：独居), for a list column.
    static QString tagNames(const QString &tags, bool brief = false);
    // A code's name without its explanation in brackets: 外出 for 外出（离开所居住的市、县）.
    static QString shortName(const QString &table, const QString &code);
    // The display name of the user an officer field names (the field itself if no user has it).
    static QString officerName(const Database &db, const QString &officer);
    // Time spent: 40 分钟, 2 小时, 1 小时 30 分钟.
    static QString duration(int minutes);
    static QString date(const QDate &d);                       // yyyy-MM-dd, empty when invalid
    static QString period(const QDate &from, const QDate &to); // 2026-01-05 至 2027-01-04
    static QString statusColour(const QString &status);

    // A choice the officer may also type over (role, relation …); read back with typed().
    static QComboBox *addEditable(FormDialog &form, const QString &key, const QString &label,
                                  const QStringList &choices, const QString &current);
    static QString typed(const FormDialog &form, const QString &key);

    // A read-only table of records, one selected row at a time.
    static QTableWidget *recordTable(QWidget *parent, const QString &name, const QStringList &headers);
    // Fills `table` with one row per record (the record's uuid in the first cell's user data).
    static void fill(QTableWidget *table, const QList<CcRecord> &records,
                     const std::function<QStringList(const CcRecord &)> &cells);
    // Fits the columns to their contents; the last takes the remaining width.
    static void fitColumns(QTableWidget *table);
    // The record of the selected row, or nullptr.
    static const CcRecord *selected(const QTableWidget *table, const QList<CcRecord> &records);

    // HTML: a labelled row (nothing when the value is empty), a table of rows, a heading.
    static QString esc(const QString &s);
    static QString row(const QString &label, const QString &value);
    static QString table(const QString &rows);
    static QString heading(const QString &text);
};

} // namespace ui
} // namespace sifa
