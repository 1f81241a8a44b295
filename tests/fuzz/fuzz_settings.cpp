// `config set KEY=VALUE` lines and the values the resulting rules then judge: setting never
// crashes, what `config show` prints sets the same definition again, and the validator copes with
// any identifier, pass code, authentication code and custom field name under any rules.
#include "AccessToken.h"
#include "TokenPatch.h"
#include "TokenSettings.h"
#include "TokenValidator.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QStringList lines = text.split(QLatin1Char('\n'));
    TokenSettings settings;
    QStringList values;
    for (const QString& line : lines) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0 && !settings.setKeyValue(line.left(equals), line.mid(equals + 1)).ok())
            values.append(line.mid(equals + 1));
        else if (equals <= 0)
            values.append(line);
    }

    TokenSettings reread;
    for (const QString& line : settings.toKeyValues()) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (!reread.setKeyValue(line.left(equals), line.mid(equals + 1)).ok())
            std::abort();
    }
    if (!(reread == settings))
        std::abort();

    const TokenRules& rules = settings.rulesFor(QString());
    for (const QString& value : values) {
        TokenValidator::validateIdentifier(value, rules);
        TokenValidator::validatePassCode(value, rules);
        TokenValidator::validateAuthenticationCode(value);
        TokenValidator::validateCardMaskedNumber(value);
        TokenValidator::validateCustomFieldName(value);
    }
    return 0;
}
