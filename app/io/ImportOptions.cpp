#include "ImportOptions.h"

QString ImportOptions::modeName(Mode mode)
{
    return mode == Mode::Atomic ? QStringLiteral("atomic") : QStringLiteral("skip-invalid");
}

Result<ImportOptions::Mode> ImportOptions::modeFromName(const QString& name)
{
    if (name == QLatin1String("atomic"))
        return Mode::Atomic;
    if (name == QLatin1String("skip-invalid"))
        return Mode::SkipInvalid;
    return Error(Error::Code::Usage, tr("--mode is atomic or skip-invalid, not \"%1\"").arg(name),
                 QStringLiteral("mode"));
}

Result<QString> ImportOptions::upsertFieldFromName(const QString& name)
{
    if (name == QLatin1String("authentication_code") || name == QLatin1String("identifier"))
        return name;
    return Error(Error::Code::Usage,
                 tr("--upsert-by is authentication_code or identifier, not \"%1\"").arg(name),
                 QStringLiteral("upsert-by"));
}
