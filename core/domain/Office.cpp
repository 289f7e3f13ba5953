#include "domain/Office.h"

#include "codes/Divisions.h"
#include "security/AuditLog.h"
#include "security/Users.h"
#include "settings/DbSettings.h"
#include "storage/Database.h"
#include "sync/Replica.h"

#include <QRegularExpression>

namespace sifa {

namespace {
const QString kCode = QStringLiteral("office_code");
const QString kName = QStringLiteral("office_name");
const QString kMode = QStringLiteral("office_mode");
const QString kCounty = QStringLiteral("county_code");
const QString kDivision = QStringLiteral("division_name");
}  // namespace

QString Office::modeId(OfficeMode mode)
{
    return mode == OfficeMode::County ? QStringLiteral("county") : QStringLiteral("township");
}

std::optional<OfficeMode> Office::modeFromId(const QString &id)
{
    if (id == QLatin1String("township"))
        return OfficeMode::Township;
    if (id == QLatin1String("county"))
        return OfficeMode::County;
    return std::nullopt;
}

Status Office::validateCode(OfficeMode mode, const QString &code, QStringList *notices)
{
    const Divisions &d = Divisions::instance();
    if (mode == OfficeMode::County) {
        static const QRegularExpression six(QStringLiteral("^\\d{6}$"));
        if (!six.match(code).hasMatch()) {
            return Status::failure(ErrorCode::InvalidInput,
                                   tr("A county bureau's code has 6 digits (GB/T 2260), e.g. 330225."),
                                   QStringLiteral("code"));
        }
        if (!d.contains(code)) {
            return Status::failure(ErrorCode::InvalidInput,
                                   tr("%1 is not a county code in the division table.").arg(code), QStringLiteral("code"));
        }
        return {};
    }
    static const QRegularExpression nine(QStringLiteral("^\\d{9}$"));
    if (!nine.match(code).hasMatch()) {
        return Status::failure(ErrorCode::InvalidInput,
                               tr("A township office's code has 9 digits: the 6-digit county code (GB/T 2260) "
                                  "followed by the 3-digit township code (GB/T 10114), e.g. 330225101."),
                               QStringLiteral("code"));
    }
    if (!d.contains(code.left(6))) {
        return Status::failure(ErrorCode::InvalidInput,
                               tr("The first six digits, %1, are not a county code in the division table.")
                                   .arg(code.left(6)),
                               QStringLiteral("code"));
    }
    if (!d.contains(code) && notices) {
        *notices << tr("The township code %1 is not in the division table shipped with this version; check it "
                       "before going on.")
                        .arg(code);
    }
    return {};
}

Status Office::validate(const OfficeSetup &setup, QStringList *notices)
{
    if (Status s = validateCode(setup.mode, setup.code.trimmed(), notices); !s.ok())
        return s;
    const QString name = setup.name.trimmed();
    if (name.size() < 2 || name.size() > 50) {
        return Status::failure(ErrorCode::InvalidInput, tr("Enter the office's name (2 to 50 characters)."),
                               QStringLiteral("name"));
    }
    if (Status s = Users::validateUsername(setup.adminUser); !s.ok())
        return s;
    return {};
}

Result<std::unique_ptr<Database>> Office::createDatabase(const QString &path, const OfficeSetup &setup)
{
    if (Status s = validate(setup); !s.ok())
        return s.error();
    const QString code = setup.code.trimmed();
    const Divisions &d = Divisions::instance();
    const QString countyCode = code.left(6);
    return Database::create(path, [&](Database &db) -> Status {
        const QString division = d.fullName(code).isEmpty() ? d.fullName(countyCode) : d.fullName(code);
        for (const auto &[key, value] : {std::pair{kCode, code}, std::pair{kName, setup.name.trimmed()},
                                         std::pair{kMode, modeId(setup.mode)}, std::pair{kCounty, countyCode},
                                         std::pair{kDivision, division}}) {
            if (Status s = db.setMeta(key, value); !s.ok())
                return s;
        }
        if (Status s = Replica::initialize(db); !s.ok())
            return s;
        const QString abbreviation = defaultAbbreviation(d.name(code).isEmpty() ? d.name(countyCode) : d.name(code));
        if (Status s = DbSettings::setInitial(db, DbSettings::OfficeAbbreviation.def, abbreviation); !s.ok())
            return s;
        if (Status s = Users::createFirstAdmin(db, setup.adminUser, setup.adminDisplayName, setup.adminPassword);
            !s.ok())
            return s;
        return AuditLog::append(db, Actor{QStringLiteral("system"), QStringLiteral("system")},
                                QStringLiteral("office.setup"), QStringLiteral("office"), code,
                                QStringLiteral("mode: ") + modeId(setup.mode));
    });
}

OfficeInfo Office::info(const Database &db)
{
    OfficeInfo info;
    info.code = db.meta(kCode);
    info.name = db.meta(kName);
    info.mode = modeFromId(db.meta(kMode)).value_or(OfficeMode::Township);
    info.countyCode = db.meta(kCounty);
    info.divisionName = db.meta(kDivision);
    return info;
}

QString Office::defaultAbbreviation(const QString &divisionName)
{
    QString n = divisionName;
    for (const QString &suffix : {QStringLiteral("街道"), QStringLiteral("镇"), QStringLiteral("乡"),
                                  QStringLiteral("县"), QStringLiteral("区"), QStringLiteral("市")}) {
        if (n.endsWith(suffix) && n.size() > suffix.size() + 1) {
            n.chop(suffix.size());
            break;
        }
    }
    return n;
}

QString Office::countyCorrectionAgency(const Database &db)
{
    const QString set = DbSettings::get(db, DbSettings::CountyCorrectionAgency);
    return set.isEmpty() ? defaultCountyCorrectionAgency(db) : set;
}

QString Office::defaultCountyCorrectionAgency(const Database &db)
{
    const OfficeInfo office = info(db);
    const QString county = office.countyCode.isEmpty() ? office.code.left(6) : office.countyCode;
    const QString name = Divisions::instance().name(county);
    if (name.isEmpty())
        return QString();
    //: The county agency named on the correction forms; %1 the county (象山县): 象山县社区矫正管理局
    return tr("%1 Community Correction Bureau").arg(name);
}

}  // namespace sifa
