#include "sync/Hlc.h"

#include <algorithm>

namespace sifa {

qint64 HybridClock::tick(qint64 nowMs)
{
    const qint64 lastMs = physicalMs(m_last);
    if (nowMs > lastMs)
        m_last = make(nowMs, 0);
    else
        m_last = m_last + 1;  // a logical overflow carries into the millisecond part
    return m_last;
}

qint64 HybridClock::observe(qint64 remote, qint64 nowMs)
{
    const qint64 top = std::max({physicalMs(m_last), physicalMs(remote), nowMs});
    int c = 0;
    if (top == physicalMs(m_last) && top == physicalMs(remote))
        c = std::max(logical(m_last), logical(remote)) + 1;
    else if (top == physicalMs(m_last))
        c = logical(m_last) + 1;
    else if (top == physicalMs(remote))
        c = logical(remote) + 1;
    m_last = (top << 16) + c;
    return m_last;
}

}  // namespace sifa
