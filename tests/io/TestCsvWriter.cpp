#include "CsvReader.h"
#include "CsvWriter.h"

#include <QBuffer>
#include <QTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT

    static QByteArray write(const QList<QStringList>& records, bool neutralise = true)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, QLatin1Char(','), neutralise);
        for (const QStringList& record : records)
            writer.writeRecord(record);
        writer.flush();
        return buffer.data();
    }

    static QList<QStringList> read(const QByteArray& bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvFormat format;
        format.hasHeader = false;
        CsvReader reader(&buffer, format);
        reader.open();
        QList<QStringList> records;
        QStringList fields;
        while (reader.next(fields).value())
            records.append(fields);
        return records;
    }

private Q_SLOTS:
    void quotesOnlyWhenNeeded()
    {
        QCOMPARE(write({ { "plain", "a,b", "say \"hi\"", "two\nlines", "" } }),
                 QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
    }

    void utf8WithoutBom()
    {
        const QByteArray bytes = write({ { QStringLiteral("Αθήνα €") } });
        QCOMPARE(bytes, QStringLiteral("Αθήνα €\r\n").toUtf8());
    }

    void formulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << "=HYPERLINK(\"http://x\")"
                                << "'=HYPERLINK(\"http://x\")";
        QTest::newRow("plus") << "+1+2"
                              << "'+1+2";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("carriage return") << "\r=1"
                                         << "'\r=1";
        QTest::newRow("apostrophe already there") << "'=1"
                                                  << "''=1";
        QTest::newRow("harmless") << "0042"
                                  << "0042";
        // A number is no formula: a spreadsheet reads it as the number it is.
        QTest::newRow("negative number") << "-3.5"
                                         << "-3.5";
        QTest::newRow("signed number with an exponent") << "+1.5e-3"
                                                        << "+1.5e-3";
        QTest::newRow("apostrophe before a number") << "'-3.5"
                                                    << "''-3.5";
        QTest::newRow("minus alone") << "-"
                                     << "'-";
        QTest::newRow("harmless apostrophe") << "'quoted'"
                                             << "'quoted'";
    }

    void formulasAreNeutralised()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::neutralise(cell), written);
        // The round trip of export then import gives the value back.
        QCOMPARE(CsvWriter::unneutralise(written), cell);
        const QList<QStringList> back = read(write({ { cell, QStringLiteral("x") } }));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().first(), written);
        QCOMPARE(CsvWriter::unneutralise(back.first().first()), cell);
    }

    void neutralisationCanBeOff() { QCOMPARE(write({ { "=1" } }, false), QByteArray("=1\r\n")); }

    void roundTripThroughTheReader()
    {
        const QList<QStringList> records = { { "a", "b,c", "\"q\"" }, { "", "line\r\nbreak", "0007" } };
        QCOMPARE(read(write(records, false)), records);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
