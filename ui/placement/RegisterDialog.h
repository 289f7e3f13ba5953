#pragma once

#include "people/Person.h"
#include "security/Session.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class CodeComboBox;
class DateField;
class FileFields;

// 建档: opening a resettlement file for a person picked from the people index or entered new,
// with the release (source, date, prison, offence) and the hand-over when it has been done
// already (an older release entered late). Saving goes through PlacementService::registerSubject.
class RegisterDialog : public QDialog {
    Q_OBJECT
public:
    RegisterDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    QString savedUuid() const { return m_savedUuid; }
    QString errorText() const;
    FileFields *fields() const { return m_fields; }
    QLineEdit *personSearch() const { return m_search; }
    QListWidget *personMatches() const { return m_matches; }
    QGroupBox *handoverBox() const { return m_handover; }
    // The person from the people index the file is opened for (empty: a new person).
    QString personUuid() const { return m_personUuid; }
    Person person() const;
    QVariantMap fileFields() const;

public Q_SLOTS:
    void save();

private:
    QGroupBox *buildPersonBox();
    QGroupBox *buildHandoverBox();
    void searchPeople();
    void pickPerson();

    Database &m_db;
    Session m_session;
    QString m_savedUuid;
    QString m_personUuid;
    QLineEdit *m_search = nullptr;
    QListWidget *m_matches = nullptr;
    QLabel *m_picked = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_idNumber = nullptr;
    CodeComboBox *m_sex = nullptr;
    DateField *m_birth = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_hukou = nullptr;
    QLineEdit *m_residence = nullptr;
    FileFields *m_fields = nullptr;
    QGroupBox *m_handover = nullptr;
    QComboBox *m_mode = nullptr;
    DateField *m_handoverDate = nullptr;
    QLineEdit *m_handoverPlace = nullptr;
    QLineEdit *m_handoverStaff = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ui
} // namespace sifa
