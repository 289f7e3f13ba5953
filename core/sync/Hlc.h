#pragma once

#include <QtGlobal>

namespace sifa {

// Hybrid logical clock (Kulkarni et al.): 48 bits of physical milliseconds, 16 bits of logical
// counter. Never goes backwards, even when the wall clock does, and stays close to wall time.
class HybridClock {
public:
    explicit HybridClock(qint64 last = 0) : m_last(last) {}

    // A local event at physical time `nowMs`.
    qint64 tick(qint64 nowMs);
    // A remote timestamp observed at physical time `nowMs` (used by sync).
    qint64 observe(qint64 remote, qint64 nowMs);
    qint64 last() const { return m_last; }

    static qint64 physicalMs(qint64 hlc) { return hlc >> 16; }
    static int logical(qint64 hlc) { return static_cast<int>(hlc & 0xffff); }
    static qint64 make(qint64 ms, int logical) { return (ms << 16) | (logical & 0xffff); }

private:
    qint64 m_last;
};

}  // namespace sifa
