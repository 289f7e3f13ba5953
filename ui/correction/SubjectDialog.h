#pragma once

#include "correction/CcRecord.h"
#include "security/Session.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class CodeComboBox;
class DateField;
class TagPicker;

// 登记矫正对象: opening a file from the judgment (the person, the judgment and the correction
// period), or correcting a file's data (without the person, who is changed in the people
// index, and without the steps of the workflow). Saving goes through CorrectionService; a
// refusal is shown in the dialog and the field it names gets the focus.
class SubjectDialog : public QDialog {
    Q_OBJECT
public:
    SubjectDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    void setFile(const SubjectFile &file); // correcting an existing file
    QString savedUuid() const { return m_savedUuid; }
    QString errorText() const;
    QWidget *fieldWidget(const QString &field) const { return m_fields.value(field); }

    Person person() const;
    QVariantMap subjectFields() const;

public Q_SLOTS:
    void save();

private:
    QGroupBox *buildPersonBox();
    QGroupBox *buildJudgmentBox();
    QGroupBox *buildCorrectionBox();
    void checkIdNumber();
    void updateType();
    void updatePeriod();
    void showError(const Error &error);
    template <typename W> W *field(const QString &name, W *widget);
    QString value(const QString &field) const;

    Database &m_db;
    Session m_session;
    QString m_uuid; // set when correcting
    QVariantMap m_original;
    QString m_savedUuid;
    QMap<QString, QWidget *> m_fields;

    QLabel *m_intro = nullptr;
    QGridLayout *m_grid = nullptr;
    QGroupBox *m_personBox = nullptr;
    QLabel *m_idStatus = nullptr;
    QLabel *m_periodLength = nullptr;
    QLabel *m_gradeLabel = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ui
} // namespace sifa
