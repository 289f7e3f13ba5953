#pragma once

#include <QString>

namespace sifa {

// Sends Qt's log output to a rotating file (sifadesk.log, 4 older generations of at most
// 1 MiB each) in `dir`, as well as to standard error. Messages carry categories and counts,
// never personal data.
void installFileLogging(const QString &dir);

}  // namespace sifa
