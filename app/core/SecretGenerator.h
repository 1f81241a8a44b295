#pragma once

#include "TokenRules.h"

#include <QString>

// Random values from the operating system's CSPRNG: codes sent to customers and the store's ids.
namespace SecretGenerator {
// 32 upper-case hexadecimal characters, as token ids and generated authentication codes.
QString hexId();
// N decimal digits, leading zeros kept (verification codes, one-time passwords).
QString digits(int count);
// A pass code that meets the rules; 6 alphanumerics when the rules ask for nothing.
QString passCode(const CharacterRules& rules);
// An identifier for AUTO_ALPHANUMERIC generation.
QString alphanumeric(int count);
} // namespace SecretGenerator
