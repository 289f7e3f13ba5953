#pragma once

#include "people/Person.h"
#include "security/Session.h"

#include <QDialog>
#include <QMap>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class CodeComboBox;
class DivisionPicker;

// Entering or changing one person. The ID number is checked as it is typed and fills birth
// date, sex and the household registration county; saving goes through PersonService, whose
// messages are shown next to the field they are about. A duplicate ID number offers the
// person already in the index instead.
class PersonDialog : public QDialog {
    Q_OBJECT
public:
    // The dialog ends with this code when the user chose to open the existing person.
    static constexpr int OpenExisting = 2;

    PersonDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    void setPerson(const Person &person);  // an existing person (edit)
    Person person() const;
    QString savedUuid() const { return m_savedUuid; }
    QString existingUuid() const { return m_existingUuid; }
    void setReadOnly(bool readOnly);

    QWidget *fieldWidget(const QString &field) const { return m_fields.value(field); }

public Q_SLOTS:
    void save();

private:
    void checkIdNumber();
    void updateAge();
    void showError(const Error &error);
    void clearErrors();
    bool confirmNoSimilar(const Person &p);

    Database &m_db;
    Session m_session;
    Person m_original;
    bool m_editing = false;
    QString m_savedUuid;
    QString m_existingUuid;

    QLineEdit *m_name;
    QLineEdit *m_alias;
    CodeComboBox *m_idType;
    QLineEdit *m_idNumber;
    QLabel *m_idStatus;
    CodeComboBox *m_sex;
    QDateEdit *m_birth;
    QLabel *m_age;
    CodeComboBox *m_ethnicity;
    CodeComboBox *m_education;
    CodeComboBox *m_marital;
    CodeComboBox *m_political;
    QLineEdit *m_occupation;
    QLineEdit *m_employer;
    QLineEdit *m_phone;
    DivisionPicker *m_hukou;
    QLineEdit *m_hukouAddress;
    DivisionPicker *m_residence;
    QLineEdit *m_residenceAddress;
    QPlainTextEdit *m_note;
    QLabel *m_error;
    QLabel *m_history;
    QWidget *m_saveButton = nullptr;
    QMap<QString, QWidget *> m_fields;
};

}  // namespace ui
}  // namespace sifa
