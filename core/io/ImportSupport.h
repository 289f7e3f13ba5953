#pragma once

// What the ledger imports (人民调解, 社区矫正, 安置帮教) share: progress in steps of rows, which
// errors of the core are a bad row, and the names a code table offers.

#include "util/Result.h"

#include <QString>

#include <functional>

namespace sifa {

// The progress callback (done, total → false to cancel) in units of rows: called every
// hundredth of the work (every unit of a small file, every 500 of a big one) and at the end.
class ImportProgress {
public:
    ImportProgress(const std::function<bool(qint64, qint64)> &callback, qint64 total)
        : m_callback(callback), m_total(total)
    {
    }
    // Counts `n` more units; false once the caller cancelled.
    bool advance(qint64 n = 1);
    bool cancelled() const { return m_cancelled; }
    qint64 done() const { return m_done; }

private:
    const std::function<bool(qint64, qint64)> &m_callback;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_reported = -1;
    bool m_cancelled = false;
};

namespace import_support {

// The errors of the core that concern the data (a bad row), as against the store's (the whole
// import fails).
bool isRowError(ErrorCode code);
// The names of a code table's entries, joined with 、 (for "use one of: …").
QString choicesOf(const QString &tableId);
// A code's name in its table, or the code itself when the table does not name it.
QString word(const QString &tableId, const QString &code);

}  // namespace import_support
}  // namespace sifa
