#pragma once

#include "AccessToken.h"
#include "Result.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <functional>

class QProgressDialog;
class QWidget;

// Runs one operation over many tokens, one after the other, behind a progress dialog with
// Cancel, and reports each failed token and why. Each token's change is atomic in the store, so a
// failed token is left as it was; cancelling stops before the next token.
class BulkActionRunner : public QObject
{
    Q_OBJECT

public:
    using Operation = std::function<QFuture<Result<AccessToken>>(const AccessToken&)>;

    struct Failure
    {
        QString number;
        QString message;
    };

    BulkActionRunner(const QString& title, const QList<AccessToken>& tokens, Operation operation,
                     QWidget* parent);

    void start();
    void cancel();

    int succeeded() const { return m_succeeded; }
    QList<Failure> failures() const { return m_failures; }
    bool wasCancelled() const { return m_cancelled; }
    // "3 tokens changed, 1 failed" and one line per failed token.
    QString summary() const;
    QString details() const;

Q_SIGNALS:
    void finished();

private:
    void runNext();

    QString m_title;
    QList<AccessToken> m_tokens;
    Operation m_operation;
    QPointer<QProgressDialog> m_progress;
    int m_next = 0;
    int m_succeeded = 0;
    bool m_cancelled = false;
    QList<Failure> m_failures;
};
