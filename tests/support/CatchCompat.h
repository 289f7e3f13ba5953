#pragma once

// Catch2 v2 (Debian 12) and v3 have different headers; the tests use the common subset.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QString>

#include <ostream>

// Readable QString values in assertion messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}
