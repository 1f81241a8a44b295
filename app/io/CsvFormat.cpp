#include "CsvFormat.h"

#include <QHash>

QStringList CsvFormat::encodings()
{
    return { QStringLiteral("UTF-8"),        QStringLiteral("UTF-16LE"),     QStringLiteral("UTF-16BE"),
             QStringLiteral("windows-1252"), QStringLiteral("windows-1253"), QStringLiteral("ISO-8859-1"),
             QStringLiteral("ISO-8859-7") };
}

QList<QChar> CsvFormat::delimiters()
{
    return { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|') };
}

QString CsvFormat::delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return QStringLiteral("TAB");
    return QString(delimiter);
}

QChar CsvFormat::delimiterFromName(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("tab") || lower == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (lower == QLatin1String("comma"))
        return QLatin1Char(',');
    if (lower == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (lower == QLatin1String("pipe"))
        return QLatin1Char('|');
    if (name.size() == 1 && name.at(0) != QLatin1Char('"') && name.at(0) != QLatin1Char('\n')
        && name.at(0) != QLatin1Char('\r'))
        return name.at(0);
    return QChar();
}

QString CsvFormat::canonicalEncoding(const QString& name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    static const QHash<QString, QString> aliases = {
        { QStringLiteral("utf8"), QStringLiteral("UTF-8") },
        { QStringLiteral("ascii"), QStringLiteral("UTF-8") },
        { QStringLiteral("usascii"), QStringLiteral("UTF-8") },
        { QStringLiteral("utf16le"), QStringLiteral("UTF-16LE") },
        { QStringLiteral("utf16be"), QStringLiteral("UTF-16BE") },
        { QStringLiteral("windows1252"), QStringLiteral("windows-1252") },
        { QStringLiteral("cp1252"), QStringLiteral("windows-1252") },
        { QStringLiteral("windows1253"), QStringLiteral("windows-1253") },
        { QStringLiteral("cp1253"), QStringLiteral("windows-1253") },
        { QStringLiteral("iso88591"), QStringLiteral("ISO-8859-1") },
        { QStringLiteral("latin1"), QStringLiteral("ISO-8859-1") },
        { QStringLiteral("iso88597"), QStringLiteral("ISO-8859-7") },
        { QStringLiteral("greek"), QStringLiteral("ISO-8859-7") },
    };
    return aliases.value(key);
}
