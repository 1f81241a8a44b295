// Token references from the command line: parse never crashes, and a reference that parses prints
// as text that names the same token.
#include "TokenRef.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<TokenRef> ref = TokenRef::parse(text);
    if (!ref.ok())
        return 0;
    const Result<TokenRef> again = TokenRef::parse(ref->toString());
    if (!again.ok() || again->kind() != ref->kind() || again->value() != ref->value())
        std::abort();
    return 0;
}
