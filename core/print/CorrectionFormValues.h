#pragma once

// The pieces of the 社区矫正 forms' values (private to core/print): the helpers both files use,
// and the copies of a request, a sanction, a month and the pre-sentence assessment
// (CorrectionFormValues.cpp); CorrectionForms.cpp has the subject's values, fill() and job().

#include "correction/CcRecord.h"
#include "print/FormData.h"
#include "util/Result.h"

#include <QDate>
#include <QPair>
#include <QString>

namespace sifa {

class Database;

namespace correction_forms {

const QString &listSeparator();
QString isoDate(const QDate &d);
// Sets the value when it is not blank, trimmed.
void put(FormData &data, const QString &key, const QString &value);
void put(FormData::Item &item, const QString &key, const QString &value);
// A code's name from its table, the code itself when unknown.
QString codeName(const char *table, const QString &code);
QString personName(const Database &db, const QString &username);
QString homeAddress(const QString &division, const QString &address);

// 表扬、训诫、警告 are decided on the approval form; the rest are proposals to another body.
bool onSanctionForm(const QString &kind);

// A request's copy: its values under the form's prefix.
FormData requestCopy(const FormData &base, const CcRecord &r, const QString &prefix);
FormData sanctionCopy(const FormData &base, const CcRecord &x, const CcRecord &subject);
// The first and the last day under correction in the file, the last not after today.
QPair<QDate, QDate> correctionSpan(const CcRecord &s);
FormData monthCopy(const FormData &base, const SubjectFile &file, const QDate &month);
// A pre-sentence assessment's values; subject.* from the record and the person it names.
Result<FormData> assessmentValues(Database &db, const CcRecord &a);

}  // namespace correction_forms
}  // namespace sifa
