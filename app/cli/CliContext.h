#pragma once

#include "CliOutput.h"
#include "Result.h"
#include "StoreUrl.h"
#include "TokenService.h"

#include <QCoreApplication>
#include <QFuture>
#include <memory>

// What a command works with: the output, and the store behind TokenService, opened on first use
// so that `--help` and usage errors never touch a store.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(StoreUrl url, CliOutput& output);
    ~CliContext();

    CliOutput& output() { return m_output; }
    const StoreUrl& storeUrl() const { return m_url; }

    // The opened service, or why the store could not be opened.
    Result<TokenService*> service();

    // The CLI has nothing else to do while a call runs, so it simply waits for it.
    template<typename T> static T wait(QFuture<T> future)
    {
        future.waitForFinished();
        return future.result();
    }

private:
    // The database password or CRM.COM credential, from the environment only: a secret on the
    // command line would end up in shell history and in `ps`.
    QString secretFromEnvironment() const;

    StoreUrl m_url;
    CliOutput& m_output;
    std::unique_ptr<TokenService> m_service;
    Error m_openError;
};
