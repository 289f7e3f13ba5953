#include "correction/CorrectionUi.h"

#include "codes/CodeTables.h"
#include "security/Users.h"
#include "util/Time.h"

#include <QComboBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>

namespace sifa {
namespace ui {

QString CorrectionUi::codeName(const QString &table, const QString &code)
{
    if (code.isEmpty())
        return QString();
    const CodeTable *t = CodeTables::instance().table(table);
    return t && t->contains(code) ? t->displayName(code) : code;
}

FormDialog::Items CorrectionUi::codeItems(const QString &table, bool empty)
{
    FormDialog::Items items;
    if (empty)
        items << qMakePair(QString(), tr("(not given)"));
    if (const CodeTable *t = CodeTables::instance().table(table)) {
        for (const CodeItem &item : t->items)
            items << qMakePair(item.code, t->displayName(item.code));
    }
    return items;
}

QString CorrectionUi::tagNames(const QString &tags, bool brief)
{
    QStringList names;
    for (const QString &t : tags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString name = codeName(QStringLiteral("correction_tag"), t.trimmed());
        if (brief) {
            const qsizetype colon = name.indexOf(QRegularExpression(QStringLiteral("[:：]")));
            if (colon > 0)
                name = name.mid(colon + 1).trimmed();
        }
        names << name;
    }
    return names.join(QStringLiteral("、"));
}

QString CorrectionUi::shortName(const QString &table, const QString &code)
{
    const QString name = codeName(table, code);
    const qsizetype bracket = name.indexOf(QRegularExpression(QStringLiteral("[（(]")));
    return bracket > 0 ? name.left(bracket).trimmed() : name;
}

QString CorrectionUi::officerName(const Database &db, const QString &officer)
{
    if (officer.isEmpty())
        return officer;
    const Result<UserInfo> user = Users::find(db, officer);
    return user && !user->displayName.isEmpty() ? user->displayName : officer;
}

QString CorrectionUi::duration(int minutes)
{
    if (minutes <= 0)
        return QString();
    if (minutes < 60)
        return tr("%n min", nullptr, minutes);
    if (minutes % 60 == 0)
        return tr("%n h", nullptr, minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString CorrectionUi::date(const QDate &d)
{
    return d.isValid() ? toStoredDate(d) : QString();
}

QString CorrectionUi::period(const QDate &from, const QDate &to)
{
    if (!from.isValid() && !to.isValid())
        return QString();
    return tr("%1 to %2").arg(date(from), date(to));
}

QString CorrectionUi::statusColour(const QString &status)
{
    if (status == QLatin1String("under_correction"))
        return QStringLiteral("#1565c0");
    if (status == QLatin1String("awaiting_report") || status == QLatin1String("received"))
        return QStringLiteral("#e67e22");
    if (status == QLatin1String("released"))
        return QStringLiteral("#2e7d32");
    if (status == QLatin1String("terminated"))
        return QStringLiteral("#8d6e63");
    return QStringLiteral("#616161");
}

QComboBox *CorrectionUi::addEditable(FormDialog &form, const QString &key, const QString &label,
                                     const QStringList &choices, const QString &current)
{
    QComboBox *c = form.addChoice(key, label, {});
    c->setEditable(true);
    c->setInsertPolicy(QComboBox::NoInsert);
    c->addItems(choices);
    c->setCurrentText(current);
    return c;
}

QString CorrectionUi::typed(const FormDialog &form, const QString &key)
{
    auto *c = qobject_cast<QComboBox *>(form.field(key));
    return c ? c->currentText().trimmed() : QString();
}

QTableWidget *CorrectionUi::recordTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setHighlightSections(false);
    t->setWordWrap(false);
    return t;
}

void CorrectionUi::fill(QTableWidget *table, const QList<CcRecord> &records,
                        const std::function<QStringList(const CcRecord &)> &cells)
{
    const QString current = table->currentRow() >= 0 && table->item(table->currentRow(), 0)
                                ? table->item(table->currentRow(), 0)->data(Qt::UserRole).toString()
                                : QString();
    table->clearContents();
    table->setRowCount(static_cast<int>(records.size()));
    int select = -1;
    for (int r = 0; r < records.size(); ++r) {
        const QStringList values = cells(records.at(r));
        for (int c = 0; c < values.size() && c < table->columnCount(); ++c) {
            QString shown = values.at(c);
            auto *item = new QTableWidgetItem(shown.replace(QLatin1Char('\n'), QLatin1Char(' ')));
            if (values.at(c).size() > 20)
                item->setToolTip(values.at(c));
            table->setItem(r, c, item);
        }
        if (!table->item(r, 0))
            table->setItem(r, 0, new QTableWidgetItem);
        table->item(r, 0)->setData(Qt::UserRole, records.at(r).uuid);
        if (records.at(r).uuid == current)
            select = r;
    }
    fitColumns(table);
    if (select >= 0)
        table->selectRow(select);
}

void CorrectionUi::fitColumns(QTableWidget *table)
{
    // Every column but the last (which takes the rest) fits its contents, within reason: a long
    // text column must not push the others out of sight.
    const int cap = table->fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 16;
    for (int c = 0; c + 1 < table->columnCount(); ++c) {
        table->resizeColumnToContents(c);
        if (table->columnWidth(c) > cap)
            table->setColumnWidth(c, cap);
    }
}

const CcRecord *CorrectionUi::selected(const QTableWidget *table, const QList<CcRecord> &records)
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0))
        return nullptr;
    const QString uuid = table->item(row, 0)->data(Qt::UserRole).toString();
    for (const CcRecord &r : records) {
        if (r.uuid == uuid)
            return &r;
    }
    return nullptr;
}

QString CorrectionUi::esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString CorrectionUi::row(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return QString();
    return QStringLiteral("<tr><td style='color:#555; padding-right:14px; white-space:nowrap' valign='top'>%1</td>"
                          "<td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString CorrectionUi::table(const QString &rows)
{
    return QStringLiteral("<table cellspacing='0' cellpadding='3'>%1</table>").arg(rows);
}

QString CorrectionUi::heading(const QString &text)
{
    return QStringLiteral("<h3 style='margin-top:14px'>%1</h3>").arg(esc(text));
}

} // namespace ui
} // namespace sifa
