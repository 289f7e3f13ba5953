#pragma once

#include "security/Session.h"
#include "sync/Record.h"

#include <QMap>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;

namespace sifa {
namespace ui {

// The data of a resettlement file a clerk types (domain README §4.5): the release and the
// period, the offence and the sentence, the person in prison and now. Shared by registering a
// file and correcting one (PlacementService::update); the steps (hand-over, category, end) are
// not here. Each field's widget is named by the field (for tests).
class FileFields : public QWidget {
    Q_OBJECT
public:
    explicit FileFields(const Session &session, QWidget *parent = nullptr);

    void setRecord(const Record &subject);
    // Every field's value as stored (dates yyyy-MM-dd, flags 0/1, codes).
    QVariantMap values() const;
    // What differs from the record set last.
    QVariantMap changes() const;
    QString value(const QString &field) const;
    void setValue(const QString &field, const QString &value);
    QWidget *fieldWidget(const QString &field) const { return m_fields.value(field); }
    // Fills an empty period end from the rules when the source or release date change.
    void updatePeriodHint();

private:
    void addLine(QFormLayout *form, const QString &field, const QString &label);
    void addDate(QFormLayout *form, const QString &field, const QString &label, bool notInFuture);
    void addCode(QFormLayout *form, const QString &field, const QString &label, const QString &table, bool empty);
    void addCheck(QFormLayout *form, const QString &field, const QString &label);
    void addText(QFormLayout *form, const QString &field, const QString &label, int lines);
    void addChoice(QFormLayout *form, const QString &field, const QString &label, const QStringList &choices);

    QMap<QString, QWidget *> m_fields;
    QVariantMap m_original;
};

} // namespace ui
} // namespace sifa
