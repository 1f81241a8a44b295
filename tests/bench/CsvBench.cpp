// CsvReader throughput: a generated file of token rows (quoted fields included) read to the end
// with every field converted to QString. Usage: csv_bench [MEGABYTES] [ENCODING]
#include "CsvReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qint64 megabytes = arguments.value(1, QStringLiteral("200")).toLongLong();
    const QString encoding = arguments.value(2, QStringLiteral("UTF-8"));

    QTemporaryFile file;
    if (!file.open())
        return 1;
    QStringEncoder encoder(encoding.toLatin1().constData());
    QString chunk;
    qint64 row = 0;
    while (file.size() < megabytes << 20) {
        chunk.clear();
        for (int i = 0; i < 10000; ++i, ++row)
            chunk += QStringLiteral(
                         "user%1@example.org,%2,4111********%3,\"Müller, \"\"Jr\"\"\",%4.5,2024-01-%5\n")
                         .arg(row)
                         .arg(row, 12, 10, QLatin1Char('0'))
                         .arg(row % 10000, 4, 10, QLatin1Char('0'))
                         .arg(row % 1000)
                         .arg(row % 28 + 1, 2, 10, QLatin1Char('0'));
        file.write(encoder.encode(chunk));
    }
    file.flush();
    file.seek(0);

    CsvFormat format;
    format.encoding = encoding;
    format.hasHeader = false;
    CsvReader reader(&file, format);
    QElapsedTimer timer;
    timer.start();
    if (!reader.open())
        return 1;
    QStringList fields;
    qint64 records = 0;
    qint64 characters = 0;
    for (;;) {
        const Result<bool> next = reader.next(fields);
        if (!next || !next.value())
            break;
        ++records;
        characters += fields.constFirst().size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double mb = double(file.size()) / (1 << 20);
    QTextStream(stdout) << QStringLiteral(
                               "csv_bench: %1 MiB %2, %3 records in %4 s: %5 MiB/s, %6 records/s (%7)\n")
                               .arg(mb, 0, 'f', 1)
                               .arg(encoding)
                               .arg(records)
                               .arg(seconds, 0, 'f', 3)
                               .arg(mb / seconds, 0, 'f', 1)
                               .arg(qRound64(double(records) / seconds))
                               .arg(characters);
    return records == row ? 0 : 1;
}
