#include "CsvReader.h"
#include "CsvSniffer.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

// Every record of a file, and the errors met on the way as "LINE: message".
struct ReadAll
{
    QStringList header;
    QList<QStringList> records;
    QList<qint64> lines;
    QStringList errors;
    bool fatal = false;
};

static ReadAll readAll(const QByteArray& bytes, CsvFormat format, CsvReader::Limits limits = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, format, limits);
    ReadAll result;
    const Result<void> opened = reader.open();
    if (!opened) {
        result.errors.append(opened.error().message());
        result.fatal = true;
        return result;
    }
    result.header = reader.header();
    for (;;) {
        QStringList fields;
        const Result<bool> next = reader.next(fields);
        if (!next) {
            result.errors.append(reader.located(next.error()).message());
            if (!reader.canContinue()) {
                result.fatal = true;
                break;
            }
            continue;
        }
        if (!next.value())
            break;
        result.records.append(fields);
        result.lines.append(reader.line());
    }
    return result;
}

static CsvFormat noHeader(QChar delimiter = QLatin1Char(','),
                          const QString& encoding = QStringLiteral("UTF-8"))
{
    CsvFormat format;
    format.hasHeader = false;
    format.delimiter = delimiter;
    format.encoding = encoding;
    return format;
}

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainFields()
    {
        const ReadAll all = readAll("a,b,c\n1,2,3\n", CsvFormat());
        QCOMPARE(all.header, QStringList({ "a", "b", "c" }));
        QCOMPARE(all.records, QList<QStringList>({ { "1", "2", "3" } }));
        QCOMPARE(all.lines, QList<qint64>({ 2 }));
        QVERIFY(all.errors.isEmpty());
    }

    void quotedFields()
    {
        const ReadAll all
            = readAll("\"a,1\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\nnext,x,y,z\n", noHeader());
        QCOMPARE(all.records.size(), 2);
        QCOMPARE(all.records.at(0), QStringList({ "a,1", "say \"hi\"", "two\nlines", "" }));
        QCOMPARE(all.records.at(1), QStringList({ "next", "x", "y", "z" }));
        // The second record starts on line 3: the quoted line break counts.
        QCOMPARE(all.lines, QList<qint64>({ 1, 3 }));
    }

    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n3,4\n");
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n");
        QTest::newRow("CR") << QByteArray("a,b\r1,2\r3,4\r");
        QTest::newRow("no final break") << QByteArray("a,b\n1,2\n3,4");
        QTest::newRow("mixed") << QByteArray("a,b\r\n1,2\r3,4\n");
    }

    void lineEndings()
    {
        QFETCH(QByteArray, bytes);
        const ReadAll all = readAll(bytes, CsvFormat());
        QCOMPARE(all.records, QList<QStringList>({ { "1", "2" }, { "3", "4" } }));
        QCOMPARE(all.lines, QList<qint64>({ 2, 3 }));
    }

    void emptyFields()
    {
        const ReadAll all = readAll(",,\na,,\n,,c", noHeader());
        QCOMPARE(all.records, QList<QStringList>({ { "", "", "" }, { "a", "", "" }, { "", "", "c" } }));
    }

    void quotedLineBreakKindsAreKept()
    {
        const ReadAll all = readAll("\"x\r\ny\",\"p\rq\"\r\n", noHeader());
        QCOMPARE(all.records, QList<QStringList>({ { "x\r\ny", "p\rq" } }));
    }

    void utf8ByteOrderMark()
    {
        const ReadAll all = readAll("\xEF\xBB\xBFidentifier,pin\nανα,0042\n", CsvFormat());
        QCOMPARE(all.header.first(), QStringLiteral("identifier"));
        QCOMPARE(all.records.first(), QStringList({ QStringLiteral("ανα"), QStringLiteral("0042") }));
    }

    void encodings_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        const QString greek = QStringLiteral("identifier;name\nγιώργος;Αθήνα €\n");
        const QString latin = QStringLiteral("identifier;name\nrené;Zoë – café\n");
        QTest::newRow("UTF-8") << "UTF-8" << greek;
        QTest::newRow("UTF-16LE") << "UTF-16LE" << greek;
        QTest::newRow("UTF-16BE") << "UTF-16BE" << greek;
        QTest::newRow("windows-1252") << "windows-1252" << latin;
        QTest::newRow("windows-1253") << "windows-1253" << greek;
        QTest::newRow("ISO-8859-1") << "ISO-8859-1" << QStringLiteral("identifier;name\nrené;Zoë café\n");
        QTest::newRow("ISO-8859-7") << "ISO-8859-7" << QStringLiteral("identifier;name\nγιώργος;Αθήνα\n");
    }

    void encodings()
    {
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QVERIFY(CsvFormat::encodings().contains(encoding));
        QStringEncoder encoder(encoding.toLatin1().constData());
        QVERIFY(encoder.isValid());
        QByteArray bytes = encoder.encode(text);
        QVERIFY(!encoder.hasError());
        if (encoding.startsWith(QLatin1String("UTF-16")))
            bytes.prepend(encoding.endsWith(QLatin1String("LE")) ? "\xFF\xFE" : "\xFE\xFF");

        CsvFormat format;
        format.encoding = encoding;
        format.delimiter = QLatin1Char(';');
        const ReadAll all = readAll(bytes, format);
        QVERIFY2(all.errors.isEmpty(), qPrintable(all.errors.join('\n')));
        const QStringList expected = text.split(QLatin1Char('\n')).at(1).split(QLatin1Char(';'));
        QCOMPARE(all.records, QList<QStringList>({ expected }));
        QCOMPARE(all.header, QStringList({ "identifier", "name" }));
    }

    void detection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF"
                                                 "a,b\n1,2\n")
                                   << "UTF-8";
        QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFE"
                                                    "a\0,\0b\0",
                                                    8)
                                      << "UTF-16LE";
        QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF\0a\0,\0b", 8) << "UTF-16BE";
        // Without a BOM, the zero high bytes of its ASCII characters give UTF-16 away.
        const QString noBom
            = QStringLiteral("authentication_code;udf_string_1\r\n000123;Λεμεσός\r\n000124;Πάφος\r\n");
        QTest::newRow("UTF-16LE without BOM")
            << QByteArray(QStringEncoder(QStringEncoder::Utf16LE).encode(noBom)) << "UTF-16LE";
        QTest::newRow("UTF-16BE without BOM")
            << QByteArray(QStringEncoder(QStringEncoder::Utf16BE).encode(noBom)) << "UTF-16BE";
        QTest::newRow("ASCII") << QByteArray("a,b\n1,2\n") << "UTF-8";
        QStringEncoder utf8(QStringEncoder::Utf8);
        QTest::newRow("UTF-8 Greek") << QByteArray(utf8.encode(QStringLiteral(
            "όνομα,πόλη\nΓιώργος Παπαδόπουλος,Θεσσαλονίκη\nΜαρία Κωνσταντίνου,Αθήνα\nΝίκος Αλεξίου,Πάτρα\n")))
                                     << "UTF-8";
        QStringEncoder greek("ISO-8859-7");
        QTest::newRow("ISO-8859-7 Greek") << QByteArray(greek.encode(QStringLiteral(
            "όνομα,πόλη\nΓιώργος Παπαδόπουλος,Θεσσαλονίκη\nΜαρία Κωνσταντίνου,Αθήνα\nΝίκος Αλεξίου,Πάτρα\n"
            "Ελένη Δημητρίου,Ηράκλειο\nΚώστας Γεωργίου,Λάρισα\n")))
                                          << "ISO-8859-7";
        // Ά (before other capitals, where the letters alone leave uchardet unsure) tells the two
        // Greek code pages apart.
        const QString capitals = QStringLiteral("name|city\nΆΈΉ Ελληνική|Άργος\nΆρης|Ύδρα\n");
        QTest::newRow("windows-1253 by its Ά")
            << QByteArray(QStringEncoder("windows-1253").encode(capitals)) << "windows-1253";
        QTest::newRow("ISO-8859-7 by its Ά")
            << QByteArray(QStringEncoder("ISO-8859-7").encode(capitals)) << "ISO-8859-7 exactly";
        // ISO-8859-7's apostrophe is windows-1253's Ά; inside a word it is no Ά.
        QTest::newRow("ISO-8859-7 with apostrophes")
            << QByteArray(QStringEncoder("ISO-8859-7")
                              .encode(QStringLiteral("name|note\nΆρης|σ\u2019αγαπώ, θ\u2019 αργήσω\n"
                                                     "Νίκος|απ\u2019 όλα\nΜαρία|μ\u2019αρέσει\n")))
            << "ISO-8859-7 exactly";
        // Past the first sample, every byte so far plain ASCII: the end of the file is looked at too.
        QByteArray ascii = "name,note\n";
        for (int i = 0; i < 4000; ++i)
            ascii += "customer " + QByteArray::number(i) + ",plain\n";
        const QString late = QStringLiteral("Jürgen Müller,\u20ac 5 \u2013 \u201cGold\u201d\n");
        QTest::newRow("windows-1252 at the end")
            << ascii + QByteArray(QStringEncoder("windows-1252").encode(late)) << "windows-1252";
        QTest::newRow("UTF-8 at the end") << ascii + QByteArray(utf8.encode(late)) << "UTF-8";
        // Umlauts alone read the same in ISO-8859-1 and windows-1252: the Windows code page is
        // named, since it also reads the € and „“ the next file from the same system may hold.
        QTest::newRow("German without €")
            << QByteArray(QStringEncoder("windows-1252")
                              .encode(QStringLiteral("E-Mail;Kartennummer;Farbe\r\n"
                                                     "jürgen@example.de;4111;Grün\r\n"
                                                     "käthe@example.de;4222;Weiß\r\n"
                                                     "ölaf@example.de;4333;Rosé\r\n")))
            << "windows-1252";
        // Too short for uchardet to name an encoding, but not UTF-8: one accented letter of an
        // 8-bit code page is enough to tell.
        QTest::newRow("short windows-1252")
            << QByteArray("identifier,udf_string_1\r\n,M\xfcller\r\n") << "windows-1252";
        QTest::newRow("short windows-1252, letter last")
            << QByteArray("authentication_code,udf_string_1\nA1,Caf\xe9\n") << "windows-1252";
        // A UTF-8 file with one damaged byte stays UTF-8, so that the damaged line is reported
        // instead of every accented letter read wrongly.
        QTest::newRow("UTF-8 with a damaged byte")
            << QByteArray("name,city\nJ\xc3\xbcrgen,K\xc3\xb6ln\nbroken \xfc byte,Bonn\n") << "UTF-8";
        // A first sample that ends inside a UTF-8 character is still UTF-8.
        QByteArray cut = "name,note\n";
        while (cut.size() < CsvSniffer::sampleSize - 1)
            cut += "row,plain\n";
        cut = cut.left(CsvSniffer::sampleSize - 1) + QByteArray(utf8.encode(QStringLiteral("é"))) + "\n";
        QTest::newRow("UTF-8 cut by the sample") << cut << "UTF-8";
    }

    // What tells a damaged UTF-8 file from an 8-bit one: a whole UTF-8 character beyond ASCII.
    void utf8CharactersAreRecognised()
    {
        QVERIFY(CsvSniffer::holdsUtf8Character("K\xc3\xb6ln"));
        QVERIFY(CsvSniffer::holdsUtf8Character("\xe2\x82\xac 5"));
        QVERIFY(!CsvSniffer::holdsUtf8Character("K\xf6ln"));
        QVERIFY(!CsvSniffer::holdsUtf8Character("plain ASCII"));
        // Cut short at the end of a sample, or a lead byte without its continuation: not whole.
        QVERIFY(!CsvSniffer::holdsUtf8Character("K\xc3"));
        QVERIFY(!CsvSniffer::holdsUtf8Character("\xe2\x82x"));
    }

    void detection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const Result<CsvFormat> format = CsvSniffer::sniff(&buffer);
        QVERIFY(format.ok());
        // uchardet cannot tell ISO-8859-7 from windows-1253 on Greek letters alone; both read it.
        if (encoding == QLatin1String("ISO-8859-7 exactly"))
            QCOMPARE(format->encoding, QStringLiteral("ISO-8859-7"));
        else if (encoding == QLatin1String("ISO-8859-7"))
            QVERIFY(format->encoding == encoding || format->encoding == QLatin1String("windows-1253"));
        else
            QCOMPARE(format->encoding, encoding);
        QCOMPARE(buffer.pos(), qint64(0));
    }

    void delimiterSniffing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QByteArray("identifier,pin,udf_string_1\na,1,\"x;y\"\nb,2,z\n") << ",";
        QTest::newRow("semicolon") << QByteArray("identifier;pin;note\na;1,5;x\nb;2,5;y\n") << ";";
        QTest::newRow("tab") << QByteArray("identifier\tpin\na, b\t1\nc\t2\n") << "\t";
        QTest::newRow("pipe") << QByteArray("identifier|pin|x\na|1|2\nb|3|4\n") << "|";
    }

    void delimiterSniffing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const Result<CsvFormat> format = CsvSniffer::sniff(&buffer);
        QVERIFY(format.ok());
        QCOMPARE(QString(format->delimiter), delimiter);
        QVERIFY(format->hasHeader);
    }

    void headerDetection()
    {
        QVERIFY(CsvSniffer::detectHeader(QStringLiteral("E-mail,PIN\na@b.c,1234\n"), QLatin1Char(',')));
        QVERIFY(CsvSniffer::detectHeader(QStringLiteral("name,amount\nx,12\ny,13\n"), QLatin1Char(',')));
        QVERIFY(!CsvSniffer::detectHeader(QStringLiteral("a@b.c,1234\nc@d.e,5678\n"), QLatin1Char(',')));
        QVERIFY(!CsvSniffer::detectHeader(QStringLiteral("0042,AB12\n0043,AB13\n"), QLatin1Char(',')));
    }

    // A quote never closed takes the rest of the file into its field: that record is refused
    // with its line, its text kept, and the file ends there; the records before it stand.
    void unterminatedQuoteIsOneBadRecordToTheEnd()
    {
        QBuffer buffer;
        buffer.setData("a,b\n1,2\n3,\"open\n4,5\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, CsvFormat());
        QVERIFY(reader.open().ok());
        QStringList fields;
        QVERIFY(reader.next(fields).value());
        const Result<bool> bad = reader.next(fields);
        QVERIFY(!bad);
        QCOMPARE(reader.located(bad.error()).message(),
                 QStringLiteral("Line 3: a quoted field is never closed, so line 4 was read into it"));
        QVERIFY(reader.canContinue());
        QCOMPARE(fields, QStringList({ "3", "open\n4,5\n" }));
        const Result<bool> after = reader.next(fields);
        QVERIFY(after.ok());
        QVERIFY(!after.value());

        // On the last line, it takes in no other line. Otherwise the lines taken in are named,
        // whatever the line breaks, counted from the line the quote opens on (at a line's end,
        // after a field of two lines closed in the same record), so the person knows which rows
        // to look for.
        for (const auto& [bytes, said] :
             { std::pair { QByteArray("a,b\n1,2\n3,\"open\n"),
                           QStringLiteral("Line 3: a quoted field is never closed") },
               std::pair { QByteArray("a,b\r\n1,2\r\n3,\"open\r\n4,5\r\n6,7\r\n\r\n8,9\r\n"),
                           QStringLiteral(
                               "Line 3: a quoted field is never closed, so lines 4 to 7 were read into it") },
               std::pair { QByteArray("a,b,c\n1,2,3\n\"x\ny\",5,\"\n4,5\n6,7\n"),
                           QStringLiteral(
                               "Line 3: a quoted field is never closed, so lines 5 to 6 were read into it") },
               std::pair {
                   QByteArray("a,b\n1,2\n3,\"\n4,5\n"),
                   QStringLiteral("Line 3: a quoted field is never closed, so line 4 was read into it") } }) {
            QBuffer opened;
            opened.setData(bytes);
            opened.open(QIODevice::ReadOnly);
            CsvReader openedReader(&opened, CsvFormat());
            QVERIFY(openedReader.open().ok());
            QVERIFY(openedReader.next(fields).value());
            const Result<bool> unclosed = openedReader.next(fields);
            QVERIFY(!unclosed);
            QCOMPARE(openedReader.located(unclosed.error()).message(), said);
        }
    }

    // The last bytes of a file that stop inside a character are no character at all.
    void aCharacterCutShortAtTheEndIsReported_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-8") << QByteArray("a,b\n1,\xCE\x93\n3,\xCE\x93\xCE") << QStringLiteral("UTF-8");
        static constexpr char oddByte[] = "a\0,\0b\0\n\0001\0,\0\x93\x03\n\0003\0,\0\xB1";
        QTest::newRow("UTF-16LE, an odd byte")
            << QByteArray(oddByte, sizeof(oddByte) - 1) << QStringLiteral("UTF-16LE");
    }

    void aCharacterCutShortAtTheEndIsReported()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        CsvFormat format;
        format.encoding = encoding;
        const ReadAll all = readAll(bytes, format);
        QCOMPARE(all.records, QList<QStringList>({ { "1", QStringLiteral("Γ") } }));
        QCOMPARE(all.errors.size(), 1);
        QVERIFY2(all.errors.first().startsWith(QLatin1String("Line 3: bytes that are not valid ") + encoding),
                 qPrintable(all.errors.first()));
    }

    // UTF-16 carries a character beyond the first 65,536 as a pair of surrogates; one alone is
    // no character. A pair cut by the end of a chunk is still a pair, and so is one that ends it.
    void aSurrogateWithoutItsPairIsReported_data()
    {
        QTest::addColumn<int>("shift");
        QTest::newRow("the pair cut by the chunk's end") << 0;
        QTest::newRow("the pair ending the chunk") << -1;
    }

    void aSurrogateWithoutItsPairIsReported()
    {
        QFETCH(int, shift);
        QString text = QStringLiteral("a,b\n1,x");
        text += QChar(0xD800);
        text += QStringLiteral("y\n2,");
        // The emoji's first surrogate is the last character of the first 1 MiB the reader decodes
        // (shift -1: its second one is).
        text += QString((1 << 19) - 1 - text.size() + shift, QLatin1Char('z'))
            + QStringLiteral("\U0001F600\n");
        const QByteArray bytes(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        CsvFormat format;
        format.encoding = QStringLiteral("UTF-16LE");
        const ReadAll all = readAll(bytes, format);
        QCOMPARE(all.errors.size(), 1);
        QVERIFY2(all.errors.first().startsWith(QLatin1String("Line 2: bytes that are not valid UTF-16LE")),
                 qPrintable(all.errors.first()));
        QCOMPARE(all.records.size(), 1);
        QVERIFY(all.records.first().at(1).endsWith(QStringLiteral("\U0001F600")));
    }

    // Bytes the Windows code pages leave undefined (0x81 in 1252, 0xAA in 1253) are reported,
    // not read as control characters; their defined bytes in the same range read as themselves.
    void bytesAWindowsCodePageLeavesUndefinedAreReported_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("good");
        QTest::newRow("windows-1252") << QByteArray("\x80 \x9F\n\x81x\n") << QStringLiteral("windows-1252")
                                      << QStringLiteral("\u20AC \u0178");
        QTest::newRow("cp1252, as typed") << QByteArray("\x80 \x9F\n\x81x\n") << QStringLiteral("cp1252")
                                          << QStringLiteral("\u20AC \u0178");
        QTest::newRow("windows-1253")
            << QByteArray("\xA2\xEB\n\xCA\xAA\n") << QStringLiteral("windows-1253") << QStringLiteral("Άλ");
    }

    void bytesAWindowsCodePageLeavesUndefinedAreReported()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, good);
        const ReadAll all = readAll(bytes, noHeader(QLatin1Char(','), encoding));
        QCOMPARE(all.records, QList<QStringList>({ { good } }));
        QCOMPARE(all.errors.size(), 1);
        QVERIFY2(all.errors.first().startsWith(QLatin1String("Line 2: bytes that are not valid ") + encoding),
                 qPrintable(all.errors.first()));
    }

    void wrongFieldCountIsSkippedWithItsLine()
    {
        const ReadAll all = readAll("a,b\n1,2\n3,4,5\n6\n7,8\n", CsvFormat());
        QCOMPARE(all.records, QList<QStringList>({ { "1", "2" }, { "7", "8" } }));
        QCOMPARE(all.errors.size(), 2);
        QVERIFY2(all.errors.at(0).startsWith(QLatin1String("Line 3: expected 2 fields, found 3")),
                 qPrintable(all.errors.at(0)));
        QVERIFY(all.errors.at(1).startsWith(QLatin1String("Line 4: expected 2 fields, found 1")));
        QVERIFY(!all.fatal);
    }

    void strayQuotesAreReported()
    {
        const ReadAll all = readAll("a,b\n1,x\"y\n\"p\"q,2\n3,4\n", CsvFormat());
        QCOMPARE(all.records, QList<QStringList>({ { "3", "4" } }));
        QCOMPARE(all.errors.size(), 2);
        QVERIFY(all.errors.at(0).startsWith(QLatin1String("Line 2:")));
        QVERIFY(all.errors.at(1).startsWith(QLatin1String("Line 3:")));
    }

    void invalidBytesAreReportedWithTheirLine()
    {
        const ReadAll all = readAll("a,b\n1,2\n3,\xFF\xFE\x41\n5,6\n", CsvFormat());
        QCOMPARE(all.records, QList<QStringList>({ { "1", "2" }, { "5", "6" } }));
        QCOMPARE(all.errors.size(), 1);
        QVERIFY2(all.errors.first().startsWith(QLatin1String("Line 3: bytes that are not valid UTF-8")),
                 qPrintable(all.errors.first()));
    }

    void unknownEncodingIsRefused()
    {
        const ReadAll all = readAll("a\n", noHeader(QLatin1Char(','), QStringLiteral("no-such-encoding")));
        QVERIFY(all.fatal);
        QVERIFY(all.errors.first().contains(QLatin1String("no-such-encoding")));
    }

    void recordsAcrossChunks()
    {
        // Far more than one 1 MiB chunk, with quoted line breaks and CRLF cut at every position.
        QByteArray bytes;
        for (int i = 0; i < 60000; ++i)
            bytes += "id" + QByteArray::number(i) + ",\"multi\r\nline " + QByteArray::number(i)
                + "\",\"q\"\"\"\r\n";
        const ReadAll all = readAll(bytes, noHeader());
        QVERIFY(all.errors.isEmpty());
        QCOMPARE(all.records.size(), 60000);
        QCOMPARE(all.records.at(45678), QStringList({ "id45678", "multi\r\nline 45678", "q\"" }));
        QCOMPARE(all.lines.at(45678), qint64(45678 * 2 + 1));
    }

    // The bytes read go with the records read, not with what the reader holds ahead of them (a
    // whole 1 MiB chunk): an import's progress bar and time left follow its rows. In UTF-16 too,
    // where a character is two bytes.
    void bytesReadFollowTheRecords_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-8") << QStringLiteral("UTF-8");
        QTest::newRow("UTF-16LE") << QStringLiteral("UTF-16LE");
    }

    void bytesReadFollowTheRecords()
    {
        QFETCH(QString, encoding);
        QString text;
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("code%1,secret%1,\u00e9l\u00e8ve %1\n").arg(i, 5, 10, QLatin1Char('0'));
        QStringEncoder encoder(encoding.toLatin1().constData());
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(bytes.size() > 3 * 20000 * 10);
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvFormat format = noHeader();
        format.encoding = encoding;
        CsvReader reader(&buffer, format);
        QVERIFY(reader.open().ok());
        qint64 previous = 0;
        for (int record = 1; record <= 20000; ++record) {
            QStringList fields;
            QVERIFY(reader.next(fields).value());
            const qint64 expected = qint64(bytes.size()) * record / 20000;
            QVERIFY2(reader.bytesRead() >= previous, qPrintable(QString::number(record)));
            QVERIFY2(qAbs(reader.bytesRead() - expected) <= bytes.size() / 100,
                     qPrintable(QStringLiteral("record %1: %2 bytes read, about %3 expected")
                                    .arg(record)
                                    .arg(reader.bytesRead())
                                    .arg(expected)));
            previous = reader.bytesRead();
        }
        QStringList fields;
        QVERIFY(!reader.next(fields).value());
        QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
    }

    void hugeFieldIsRefusedWithBoundedMemory()
    {
        CsvReader::Limits limits;
        limits.maximumFieldLength = 1000;
        const ReadAll unquoted = readAll("a,b\n1," + QByteArray(5000, 'x') + "\n", CsvFormat(), limits);
        QVERIFY(unquoted.fatal);
        QVERIFY(unquoted.errors.first().contains(QLatin1String("longer than 1000")));
        const ReadAll quoted = readAll("a,b\n1,\"" + QByteArray(5000, 'x') + "\"\n", CsvFormat(), limits);
        QVERIFY(quoted.fatal);
        QVERIFY(quoted.errors.first().startsWith(QLatin1String("Line 2:")));
    }

    void defaultLimitsStopAHostileFile()
    {
        // 3 MiB with no line break and no delimiter: one field, over the 1 Mi-character default.
        const ReadAll noBreaks = readAll(QByteArray(3 << 20, 'z'), noHeader());
        QVERIFY(noBreaks.fatal);
        QVERIFY(noBreaks.errors.first().contains(QLatin1String("longer than")));
        // A million columns.
        QByteArray wide;
        wide.reserve(2 << 20);
        for (int i = 0; i < 1000000; ++i)
            wide += "1,";
        const ReadAll columns = readAll(wide, noHeader());
        QVERIFY(columns.fatal);
        QVERIFY(columns.errors.first().contains(QLatin1String("more than 4096 columns")));
    }

    void blankLinesAreNotRecords()
    {
        const ReadAll all = readAll("a,b\n\n1,2\r\n\r\n3,4\n\n", CsvFormat());
        QCOMPARE(all.records, QList<QStringList>({ { "1", "2" }, { "3", "4" } }));
        QCOMPARE(all.lines, QList<qint64>({ 3, 5 }));
    }

    void leadingZerosStayText()
    {
        const ReadAll all = readAll("pin,code\n0007,00123\n", CsvFormat());
        QCOMPARE(all.records.first(), QStringList({ "0007", "00123" }));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
