#pragma once

// Norwegian identity numbers made with the algorithm, for the tests of the PII guard and the no_identity_numbers
// grader. Header-only.

#include "core/IdentityNumbers.h"

#include <QByteArray>
#include <QString>

namespace vv::test {

/// DDMMYY, the individual number and the control digits the algorithm gives them; successive individual numbers
/// are tried when one control digit would be 10 (no number is issued then).
inline QByteArray identityNumber(int dd, int mm, int yy, int individual)
{
    for (int ind = individual; ind < individual + 40; ++ind) {
        const QByteArray nine = QString::asprintf("%02d%02d%02d%03d", dd, mm, yy, ind).toLatin1();
        if (const auto c = identityControlDigits(nine))
            return nine + QByteArray::number(c->first) + QByteArray::number(c->second);
    }
    return {};
}

/// A fødselsnummer for 12 March 1984.
inline QByteArray sampleFodselsnummer()
{
    return identityNumber(12, 3, 84, 123);
}

} // namespace vv::test
