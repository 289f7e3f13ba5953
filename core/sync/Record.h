#pragma once

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace sifa {

// One row of a synced table: the field values by logical name, as the change log stores them
// (dates as yyyy-MM-dd text). The case-file tables are wide and the forms, the imports and the
// screens name their fields, so a row is carried as values with typed reads, not one struct per
// table.
struct Record {
    QString uuid;
    QVariantMap fields;
    QString updatedAt;
    QString updatedBy;

    QString text(const QString &field) const { return fields.value(field).toString(); }
    QDate date(const QString &field) const { return QDate::fromString(text(field), Qt::ISODate); }
    int number(const QString &field) const { return fields.value(field).toInt(); }
    bool flag(const QString &field) const { return number(field) != 0; }
};

}  // namespace sifa
