#pragma once

#include <QString>

namespace sifa {

// A time-ordered UUID (version 7, RFC 9562): 48 bits of Unix time in milliseconds, then a
// counter that keeps UUIDs made in the same millisecond in order, then random bits; written
// like any UUID (lower-case, without braces). Rows made in bulk (an import) get these, so that
// their inserts land at the end of every index keyed by uuid instead of all over it.
QString orderedUuid();

}  // namespace sifa
