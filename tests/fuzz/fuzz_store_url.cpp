// Store URLs as a person types them: parse never crashes, and a URL that parses prints as text
// that parses back to the same store.
#include "StoreUrl.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
void fail(const char* what, const QString& text, const QString& printed)
{
    std::fprintf(stderr, "%s\n  input:   %s\n  printed: %s\n", what, qPrintable(text), qPrintable(printed));
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<StoreUrl> url = StoreUrl::parse(text);
    if (!url.ok())
        return 0;
    url->apiBase();
    const QString printed = url->toString();
    const Result<StoreUrl> again = StoreUrl::parse(printed);
    if (!again.ok())
        fail(qPrintable(QStringLiteral("the printed URL does not parse: ") + again.error().message()), text,
             printed);
    if (again->toString() != printed)
        fail("printing the reparsed URL gives other text", text, again->toString());
    if (again->kind != url->kind || again->host != url->host || again->port != url->port
        || again->user != url->user || again->path != url->path || again->database != url->database)
        fail("the printed URL names another store", text, printed);
    if (again->scheme != url->scheme || again->organisation != url->organisation || again->unit != url->unit
        || again->basePath != url->basePath)
        fail("the printed URL names another CRM.COM organisation, unit or base", text, printed);
    return 0;
}
