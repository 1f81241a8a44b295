#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How a CSV file is written: its encoding, its delimiter and whether its first record names the
// columns. The sniffer fills it from the file; the wizard and the CLI let a person override it.
struct CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(CsvFormat)

public:
    // Canonical names, as QStringDecoder (with ICU on Debian) accepts them.
    QString encoding = QStringLiteral("UTF-8");
    QChar delimiter = QLatin1Char(',');
    bool hasHeader = true;

    // The encodings TokenDesk offers and tests; uchardet's answers are mapped onto these.
    static QStringList encodings();
    static QList<QChar> delimiters();
    // "," / ";" / "TAB" / "|": how the CLI and the preview JSON name a delimiter.
    static QString delimiterName(QChar delimiter);
    // Accepts one character, "TAB", "\t", "tab", "comma", "semicolon", "pipe"; a null QChar otherwise.
    static QChar delimiterFromName(const QString& name);
    // The canonical name of an offered encoding, case- and punctuation-insensitive
    // ("utf8", "cp1252", "latin1", "iso8859-7"); empty when not offered.
    static QString canonicalEncoding(const QString& name);
};
