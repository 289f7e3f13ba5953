#include "print/PrinterCalibration.h"

#include <QSettings>

namespace sifa {
namespace ui {

namespace {

QString key(const QString &printer)
{
    QString name = printer;
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("print/offset/") + (name.isEmpty() ? QStringLiteral("default") : name);
}

}  // namespace

QPointF PrinterCalibration::offset(const QString &printer)
{
    const QPointF p = QSettings().value(key(printer), QPointF()).toPointF();
    return QPointF(qBound(-kLimitMm, p.x(), kLimitMm), qBound(-kLimitMm, p.y(), kLimitMm));
}

void PrinterCalibration::setOffset(const QString &printer, const QPointF &mm)
{
    QSettings().setValue(key(printer), QPointF(qBound(-kLimitMm, mm.x(), kLimitMm), qBound(-kLimitMm, mm.y(), kLimitMm)));
}

}  // namespace ui
}  // namespace sifa
