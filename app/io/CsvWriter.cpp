#include "CsvWriter.h"

#include <QRegularExpression>

namespace {
constexpr qsizetype flushThreshold = 256 * 1024;

bool startsLikeFormula(const QString& cell, qsizetype at)
{
    if (cell.size() <= at)
        return false;
    const QChar c = cell.at(at);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}
} // namespace

CsvWriter::CsvWriter(QIODevice* device, QChar delimiter, bool neutraliseFormulas)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_neutralise(neutraliseFormulas)
{
}

Result<void> CsvWriter::writeByteOrderMark()
{
    if (m_device->write("\xEF\xBB\xBF", 3) != 3)
        return Error(Error::Code::Storage, tr("Cannot write the file: %1").arg(m_device->errorString()),
                     QStringLiteral("file"));
    return {};
}

QString CsvWriter::neutralise(const QString& cell)
{
    // An apostrophe already in front of a formula character gets one more, so unneutralise() can
    // always remove exactly one.
    qsizetype apostrophes = 0;
    while (apostrophes < cell.size() && cell.at(apostrophes) == QLatin1Char('\''))
        ++apostrophes;
    if (!startsLikeFormula(cell, apostrophes))
        return cell;
    // A number is no formula (a negative amount stays a number in the spreadsheet). Matched only
    // here, for the few cells that start like one, so an export of a million rows does not pay.
    static const QRegularExpression number(QStringLiteral("^[+-](\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (apostrophes == 0 && number.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

QString CsvWriter::unneutralise(const QString& cell)
{
    qsizetype apostrophes = 0;
    while (apostrophes < cell.size() && cell.at(apostrophes) == QLatin1Char('\''))
        ++apostrophes;
    if (apostrophes > 0 && startsLikeFormula(cell, apostrophes))
        return cell.mid(1);
    return cell;
}

void CsvWriter::appendField(const QString& field)
{
    const QString cell = m_neutralise ? neutralise(field) : field;
    bool needsQuotes = false;
    for (const QChar c : cell) {
        if (c == m_delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        m_pending.append(cell);
        return;
    }
    m_pending.append(QLatin1Char('"'));
    for (const QChar c : cell) {
        if (c == QLatin1Char('"'))
            m_pending.append(QLatin1Char('"'));
        m_pending.append(c);
    }
    m_pending.append(QLatin1Char('"'));
}

Result<void> CsvWriter::writeRecord(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_pending.append(m_delimiter);
        appendField(fields.at(i));
    }
    m_pending.append(QLatin1String("\r\n"));
    if (m_pending.size() >= flushThreshold)
        return flush();
    return {};
}

Result<void> CsvWriter::flush()
{
    const QByteArray bytes = m_pending.toUtf8();
    m_pending.clear();
    if (m_device->write(bytes) != bytes.size())
        return Error(Error::Code::Storage, tr("Cannot write the file: %1").arg(m_device->errorString()),
                     QStringLiteral("file"));
    return {};
}
