#include "log/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTextStream>

#include <cstdio>

namespace sifa {

namespace {

constexpr qint64 kMaxBytes = 1 << 20;
constexpr int kGenerations = 4;

QMutex g_mutex;
QString g_path;
QtMessageHandler g_previous = nullptr;

void rotate()
{
    for (int i = kGenerations; i >= 1; --i) {
        const QString from = i == 1 ? g_path : g_path + QStringLiteral(".%1").arg(i - 1);
        const QString to = g_path + QStringLiteral(".%1").arg(i);
        QFile::remove(to);
        QFile::rename(from, to);
    }
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        QFile f(g_path);
        if (f.size() > kMaxBytes)
            rotate();
        if (f.open(QIODevice::Append | QIODevice::Text)) {
            QTextStream out(&f);
            out << QDateTime::currentDateTime().toString(Qt::ISODateWithMs) << ' ' << levelName(type) << ' '
                << (context.category ? context.category : "default") << ": " << message << '\n';
        }
    }
    if (g_previous)
        g_previous(type, context, message);
}

}  // namespace

void installFileLogging(const QString &dir)
{
    QDir().mkpath(dir);
    {
        QMutexLocker lock(&g_mutex);
        g_path = QDir(dir).filePath(QStringLiteral("sifadesk.log"));
    }
    g_previous = qInstallMessageHandler(handler);
}

}  // namespace sifa
