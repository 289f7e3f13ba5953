#include "sync/BundleFile.h"

#include <sodium.h>

namespace sifa {

QByteArray escrowKeyId(const QByteArray &escrowPk)
{
    QByteArray out(8, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), 8,
                       reinterpret_cast<const unsigned char *>(escrowPk.constData()),
                       static_cast<unsigned long long>(escrowPk.size()), nullptr, 0);
    return out;
}

}  // namespace sifa
