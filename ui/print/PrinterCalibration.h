#pragma once

#include <QPointF>
#include <QString>

namespace sifa {
namespace ui {

// 套打 calibration: how far each printer's output lands from where it should, kept on this
// computer per printer (the printers are this computer's). x moves right, y down, millimetres.
class PrinterCalibration {
public:
    static QPointF offset(const QString &printer);
    static void setOffset(const QString &printer, const QPointF &mm);
    // The largest shift accepted either way.
    static constexpr double kLimitMm = 30;
};

}  // namespace ui
}  // namespace sifa
