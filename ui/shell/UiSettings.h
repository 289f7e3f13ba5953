#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace sifa {
namespace ui {

// This computer's preferences (QSettings): language, the last database, window geometry and
// table column choices. One registry of keys, typed accessors (qBittorrent's SettingValue idea).
// Office-wide settings live in the database (core/settings/DbSettings).
class UiSettings {
public:
    static QString language();
    static void setLanguage(const QString &language);

    static QString lastDatabase();
    static void setLastDatabase(const QString &path);

    static QByteArray windowGeometry(const QString &window);
    static void setWindowGeometry(const QString &window, const QByteArray &geometry);

    static QByteArray tableState(const QString &table);
    static void setTableState(const QString &table, const QByteArray &state);

    // Where SifaDesk keeps its own files on this computer.
    static QString dataDirectory();
    static QString defaultDatabasePath();
    static QString logDirectory();
    static QString codeOverrideDirectory();
    static QString formOverrideDirectory();  // a county's adjusted form templates
    static QString ruleOverrideDirectory();
};

}  // namespace ui
}  // namespace sifa
