#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace sifa {

class Database;

enum class OfficeMode { Township, County };

struct OfficeInfo {
    QString code;        // 9 digits (township) or 6 digits (county)
    QString name;        // 石浦镇司法所 / 象山县司法局
    OfficeMode mode = OfficeMode::Township;
    QString countyCode;  // 6 digits
    QString divisionName;  // 浙江省宁波市象山县石浦镇
    bool isCounty() const { return mode == OfficeMode::County; }
};

struct OfficeSetup {
    QString code;
    QString name;
    OfficeMode mode = OfficeMode::Township;
    QString adminUser;
    QString adminDisplayName;
    QString adminPassword;
};

// Setting up an office database (the first-run wizard and `sifa init` both call this) and
// reading who this database belongs to.
class Office {
    Q_DECLARE_TR_FUNCTIONS(Office)
public:
    static QString modeId(OfficeMode mode);
    static std::optional<OfficeMode> modeFromId(const QString &id);

    // Checks the office code against GB/T 2260 + GB/T 10114 and the rest of the set-up.
    // `notices` receives warnings that do not block (e.g. a township missing from the table).
    static Status validate(const OfficeSetup &setup, QStringList *notices = nullptr);
    static Status validateCode(OfficeMode mode, const QString &code, QStringList *notices = nullptr);

    // Creates the database at `path` with the office, this installation's replica identity and
    // the first administrator, all or nothing.
    static Result<std::unique_ptr<Database>> createDatabase(const QString &path, const OfficeSetup &setup);

    static OfficeInfo info(const Database &db);
    // The county correction agency that entrusts the office: the office setting
    // DbSettings::CountyCorrectionAgency, else defaultCountyCorrectionAgency().
    static QString countyCorrectionAgency(const Database &db);
    // 象山县社区矫正管理局, from the office's county; empty when the county is unknown.
    static QString defaultCountyCorrectionAgency(const Database &db);
    // 石浦镇 → 石浦: the default abbreviation used in document numbers.
    static QString defaultAbbreviation(const QString &divisionName);
};

}  // namespace sifa
