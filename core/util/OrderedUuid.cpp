#include "util/OrderedUuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace sifa {

QString orderedUuid()
{
    // Per thread: the last millisecond used and the counter within it.
    thread_local qint64 lastMs = 0;
    thread_local quint32 counter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms <= lastMs) {
        ms = lastMs;
        if (++counter > 0xFFF) {  // 4096 in one millisecond: borrow the next one
            ++ms;
            counter = 0;
        }
    } else {
        counter = QRandomGenerator::system()->bounded(0x800u);  // leaves room to count up
    }
    lastMs = ms;
    const quint64 random = QRandomGenerator::system()->generate64();
    const uint high = static_cast<uint>(ms >> 16);
    const ushort mid = static_cast<ushort>(ms & 0xFFFF);
    const ushort versioned = static_cast<ushort>(0x7000 | (counter & 0xFFF));
    const uchar variant = static_cast<uchar>(0x80 | ((random >> 56) & 0x3F));
    const QUuid uuid(high, mid, versioned, variant, static_cast<uchar>(random >> 48), static_cast<uchar>(random >> 40),
                     static_cast<uchar>(random >> 32), static_cast<uchar>(random >> 24), static_cast<uchar>(random >> 16),
                     static_cast<uchar>(random >> 8), static_cast<uchar>(random));
    return uuid.toString(QUuid::WithoutBraces);
}

}  // namespace sifa
