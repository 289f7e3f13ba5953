#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace sifa {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> list;
    return list;
}

QString g_current;

}  // namespace

QString Translations::displayName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

bool Translations::install(const QString &language)
{
    if (!available().contains(language))
        return false;
    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    const QLocale locale(language == QLatin1String("en") ? QStringLiteral("en_US") : language);
    QLocale::setDefault(locale);
    g_current = language;
    // English is the source language; its file holds the plural forms ("1 person", "2 people").
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/sifadesk_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(own.get());
        installed().push_back(std::move(own));
    }
    if (language == QLatin1String("en"))
        return true;
    for (const QString &qt : {QStringLiteral("qtbase"), QStringLiteral("qt")}) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(locale, qt, QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(t.get());
            installed().push_back(std::move(t));
            break;
        }
    }
    return true;
}

QString Translations::current()
{
    return g_current.isEmpty() ? defaultLanguage() : g_current;
}

}  // namespace sifa
