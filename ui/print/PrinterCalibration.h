#pragma once

#include "print/FormPrinter.h"

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
    // The largest shift accepted either way: the engine's.
    static constexpr double kLimitMm = PrintJob::kMaxOffsetMm;
};

}  // namespace ui
}  // namespace sifa
