#include "shell/UiSettings.h"

#include "i18n/Translations.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace sifa {
namespace ui {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kLastDatabase = QStringLiteral("ui/lastDatabase");
const QString kGeometry = QStringLiteral("geometry/%1");
const QString kTable = QStringLiteral("tables/%1");

QVariant read(const QString &key, const QVariant &fallback = QVariant())
{
    return QSettings().value(key, fallback);
}

void write(const QString &key, const QVariant &value)
{
    QSettings s;
    s.setValue(key, value);
}

}  // namespace

QString UiSettings::language()
{
    const QString l = read(kLanguage, Translations::defaultLanguage()).toString();
    return Translations::available().contains(l) ? l : Translations::defaultLanguage();
}

void UiSettings::setLanguage(const QString &language)
{
    write(kLanguage, language);
}

QString UiSettings::lastDatabase()
{
    return read(kLastDatabase).toString();
}

void UiSettings::setLastDatabase(const QString &path)
{
    write(kLastDatabase, path);
}

QByteArray UiSettings::windowGeometry(const QString &window)
{
    return read(kGeometry.arg(window)).toByteArray();
}

void UiSettings::setWindowGeometry(const QString &window, const QByteArray &geometry)
{
    write(kGeometry.arg(window), geometry);
}

QByteArray UiSettings::tableState(const QString &table)
{
    return read(kTable.arg(table)).toByteArray();
}

void UiSettings::setTableState(const QString &table, const QByteArray &state)
{
    write(kTable.arg(table), state);
}

QString UiSettings::dataDirectory()
{
    // <data>/SifaDesk (the organisation and application names are the same word).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("SifaDesk"));
}

QString UiSettings::defaultDatabasePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("sifadesk.sqlite"));
}

QString UiSettings::logDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("logs"));
}

QString UiSettings::ruleOverrideDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("rules"));
}

QString UiSettings::formOverrideDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("forms"));
}

QString UiSettings::codeOverrideDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("codes"));
}

}  // namespace ui
}  // namespace sifa
