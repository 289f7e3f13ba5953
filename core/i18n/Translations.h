#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sifa {

// Loads SifaDesk's own translations (compiled into the core library) and Qt's translations
// for the chosen language. Chinese (zh_CN) is the default; English is the source language.
class Translations {
public:
    static QString defaultLanguage() { return QStringLiteral("zh_CN"); }
    static QStringList available() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
    static QString displayName(const QString &language);  // 简体中文 / English

    // Replaces any translators installed earlier. Returns false if the language is unknown.
    static bool install(const QString &language);
    static QString current();
};

}  // namespace sifa
