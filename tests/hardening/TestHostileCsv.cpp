// Hostile CSV files at their real size, streamed from a generator so that the test itself holds
// none of them: a 100 MB field, a million columns, 100 MB without a line break. Each ends in an
// error naming the line, after the reader has read little more than its limits allow.
#include "CsvReader.h"

#include <QtTest>
#include <functional>

namespace {
// A read-only device of `size` bytes: a prefix, then `fill` repeated.
class GeneratedFile : public QIODevice
{
public:
    GeneratedFile(QByteArray prefix, QByteArray fill, qint64 size)
        : m_prefix(std::move(prefix))
        , m_fill(std::move(fill))
        , m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_done >= m_size && QIODevice::atEnd(); }
    qint64 bytesAvailable() const override { return m_size - m_done + QIODevice::bytesAvailable(); }
    qint64 produced() const { return m_done; }

protected:
    qint64 readData(char* data, qint64 maximum) override
    {
        const qint64 count = qMin(maximum, m_size - m_done);
        for (qint64 i = 0; i < count; ++i) {
            const qint64 at = m_done + i;
            data[i]
                = at < m_prefix.size() ? m_prefix.at(at) : m_fill.at((at - m_prefix.size()) % m_fill.size());
        }
        m_done += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_prefix;
    QByteArray m_fill;
    qint64 m_size;
    qint64 m_done = 0;
};

struct Outcome
{
    QString error;
    qint64 line = 0;
    int records = 0;
};

Outcome readUntilFatal(GeneratedFile& file, bool hasHeader)
{
    CsvFormat format;
    format.hasHeader = hasHeader;
    CsvReader reader(&file, format);
    Outcome outcome;
    const Result<void> opened = reader.open();
    if (!opened.ok()) {
        outcome.error = opened.error().message();
        outcome.line = reader.line();
        return outcome;
    }
    QStringList fields;
    for (;;) {
        const Result<bool> next = reader.next(fields);
        if (!next.ok()) {
            outcome.error = reader.located(next.error()).message();
            outcome.line = reader.line();
            if (!reader.canContinue())
                return outcome;
            continue;
        }
        if (!*next)
            return outcome;
        ++outcome.records;
    }
}

constexpr qint64 hundredMegabytes = 100 * 1000 * 1000;
} // namespace

class TestHostileCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hundredMegabyteField()
    {
        GeneratedFile file("identifier,udf_string_1\nann,ok\nbob,\"", "x", hundredMegabytes);
        const Outcome outcome = readUntilFatal(file, true);
        QVERIFY2(outcome.error.startsWith(QLatin1String("Line 3:")), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QLatin1String("longer than")), qPrintable(outcome.error));
        QCOMPARE(outcome.records, 1);
        QVERIFY2(file.produced() < 4 * CsvReader::Limits().maximumRecordLength,
                 qPrintable(QString::number(file.produced())));
    }

    void millionColumns()
    {
        GeneratedFile file("", "1,", 2 * 1000 * 1000);
        const Outcome outcome = readUntilFatal(file, false);
        QVERIFY2(outcome.error.startsWith(QLatin1String("Line 1:")), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QLatin1String("more than 4096 columns")), qPrintable(outcome.error));
        QVERIFY(file.produced() < 2 * 1000 * 1000);
    }

    void noLineBreaks()
    {
        GeneratedFile file("", "abcdefgh;", hundredMegabytes);
        const Outcome outcome = readUntilFatal(file, true);
        QVERIFY2(outcome.error.startsWith(QLatin1String("Line 1:")), qPrintable(outcome.error));
        QVERIFY2(file.produced() < 4 * CsvReader::Limits().maximumRecordLength,
                 qPrintable(QString::number(file.produced())));
    }
};

QTEST_GUILESS_MAIN(TestHostileCsv)
#include "TestHostileCsv.moc"
