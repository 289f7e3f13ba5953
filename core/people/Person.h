#pragma once

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace sifa {

// A natural person in the shared people index (domain README §1.1). Mediation parties,
// correction subjects and resettlement subjects all point at one of these.
struct Person {
    QString uuid;
    QString officeCode;
    QString name;
    QString alias;
    QString sex = QStringLiteral("0");  // GB/T 2261.1
    QString ethnicity;                  // GB/T 3304
    QString idType = QStringLiteral("1");
    QString idNumber;
    QDate birthDate;
    QString education;
    QString maritalStatus;
    QString politicalStatus;
    QString occupation;
    QString employer;
    QString phone;
    QString hukouDivision;
    QString hukouAddress;
    QString residenceDivision;
    QString residenceAddress;
    QString note;

    // Written by the change log's projection.
    QString createdAt;
    QString createdBy;
    QString updatedAt;
    QString updatedBy;
    bool deleted = false;

    // Field values by logical name, as the change log stores them.
    QVariantMap fields() const;
};

// One row of the people ledger.
struct PersonListItem {
    QString uuid;
    QString name;
    QString sex;
    QString idType;
    QString idNumber;
    QDate birthDate;
    QString phone;
    QString residenceDivision;
    QString residenceAddress;
    QString updatedAt;
    bool deleted = false;
};

struct PersonQuery {
    QString text;  // name, pinyin initials, ID number or phone; empty for all
    bool includeDeleted = false;
    int limit = 500;
    int offset = 0;
    bool revealIdNumbers = false;  // the caller will show full ID numbers: audited
};

}  // namespace sifa
