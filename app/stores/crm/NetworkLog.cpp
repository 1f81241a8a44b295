#include "NetworkLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QThread>
#include <QUrlQuery>

namespace {
const QString redacted = QStringLiteral("***");
constexpr int maxBodyBytes = 16 * 1024;

QJsonValue redactValue(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (NetworkLog::isSecretKey(it.key()) && !it.value().isNull())
                it.value() = redacted;
            else
                it.value() = redactValue(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redactValue(*it);
        return array;
    }
    return value;
}
} // namespace

NetworkLog::NetworkLog(int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(capacity)
{
}

NetworkLog& NetworkLog::shared()
{
    static NetworkLog* log = [] {
        auto* created = new NetworkLog();
        // Whatever thread asks first, the model belongs to the application's main thread.
        if (QCoreApplication::instance())
            created->moveToThread(QCoreApplication::instance()->thread());
        return created;
    }();
    return *log;
}

bool NetworkLog::isSecretKey(const QString& key)
{
    const QString k = key.toLower();
    return k == QLatin1String("token") || k.contains(QLatin1String("password"))
        || k.contains(QLatin1String("pass_code")) || k.contains(QLatin1String("verification_code"))
        || k.contains(QLatin1String("api_key")) || k.contains(QLatin1String("secret"))
        || k == QLatin1String("key") || k.endsWith(QLatin1String("_key"));
}

QByteArray NetworkLog::redactBody(const QByteArray& body)
{
    if (body.isEmpty())
        return body;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray lower = body.toLower();
        for (const char* word : { "token", "pass", "code", "key", "secret" }) {
            if (lower.contains(word))
                return QByteArrayLiteral("(not JSON; withheld because it may hold a secret)");
        }
        return body.left(maxBodyBytes);
    }
    QJsonDocument clean;
    if (document.isObject())
        clean = QJsonDocument(redactValue(document.object()).toObject());
    else
        clean = QJsonDocument(redactValue(document.array()).toArray());
    return clean.toJson(QJsonDocument::Compact).left(maxBodyBytes);
}

QUrl NetworkLog::redactUrl(const QUrl& url)
{
    QUrl clean = url;
    clean.setUserInfo(QString());
    QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    QUrlQuery cleanQuery;
    for (const auto& item : items) {
        // An identifier parameter carries "field=value": the field decides whether it is secret.
        const QString field = item.second.section(QLatin1Char('='), 0, 0);
        const bool secret
            = isSecretKey(item.first) || (item.second.contains(QLatin1Char('=')) && isSecretKey(field));
        cleanQuery.addQueryItem(item.first, secret ? redacted : item.second);
    }
    clean.setQuery(cleanQuery);
    return clean;
}

void NetworkLog::record(Entry entry)
{
    entry.url = redactUrl(entry.url);
    entry.requestBody = redactBody(entry.requestBody);
    entry.responseBody = redactBody(entry.responseBody);
    if (QThread::currentThread() == thread())
        append(entry);
    else
        QMetaObject::invokeMethod(
            this, [this, entry]() { append(entry); }, Qt::QueuedConnection);
}

// The mutex guards only the list itself: views call back into rowCount() and data() from the
// model's signals, on this same thread.
void NetworkLog::append(const Entry& entry)
{
    if (rowCount() >= m_capacity) {
        beginRemoveRows(QModelIndex(), 0, 0);
        {
            QMutexLocker lock(&m_mutex);
            m_entries.removeFirst();
        }
        endRemoveRows();
    }
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    {
        QMutexLocker lock(&m_mutex);
        m_entries.append(entry);
    }
    endInsertRows();
}

QList<NetworkLog::Entry> NetworkLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void NetworkLog::clear()
{
    beginResetModel();
    {
        QMutexLocker lock(&m_mutex);
        m_entries.clear();
    }
    endResetModel();
}

int NetworkLog::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

int NetworkLog::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkLog::data(const QModelIndex& index, int role) const
{
    QMutexLocker lock(&m_mutex);
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const Entry& entry = m_entries.at(index.row());
    if (role == RequestBodyRole)
        return QString::fromUtf8(entry.requestBody);
    if (role == ResponseBodyRole)
        return QString::fromUtf8(entry.responseBody);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case TimeColumn:
        return entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case MethodColumn:
        return entry.method;
    case PathColumn:
        return role == Qt::ToolTipRole ? entry.url.toString() : entry.url.path();
    case StatusColumn:
        return entry.httpStatus == 0 ? QVariant() : QVariant(entry.httpStatus);
    case ElapsedColumn:
        return tr("%1 ms").arg(entry.elapsedMs);
    case ErrorColumn:
        return entry.error;
    default:
        return QVariant();
    }
}

QVariant NetworkLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("HTTP");
    case ElapsedColumn:
        return tr("Elapsed");
    case ErrorColumn:
        return tr("Error");
    default:
        return QVariant();
    }
}
