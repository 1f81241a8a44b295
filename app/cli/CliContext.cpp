#include "CliContext.h"

#include "LoginName.h"
#include "StoreFactory.h"

#include <QFileInfo>

CliContext::CliContext(StoreUrl url, CliOutput& output)
    : m_url(std::move(url))
    , m_output(output)
{
}

CliContext::~CliContext() = default;

Result<TokenService*> CliContext::service()
{
    if (m_service)
        return m_service.get();
    if (m_openError.isError())
        return m_openError;

    bool isNew = false;
    if (m_url.kind == StoreUrl::Kind::Sqlite)
        isNew = !QFileInfo::exists(m_url.path);

    const StoreUrl url = m_url;
    const QString secret = secretFromEnvironment();
    auto service
        = std::make_unique<TokenService>([url, secret]() { return StoreFactory::create(url, secret); });
    const Result<void> opened = wait(service->open());
    if (!opened) {
        m_openError = opened.error();
        return m_openError;
    }
    // The log information names the person at the terminal, as the operating system knows them.
    service->setActor(LoginName::current(), QString());
    // A path typed wrong would otherwise answer as an empty store, not as a mistake.
    if (isNew)
        m_output.printNotice(tr("%1 did not exist: a new, empty store was made there.").arg(m_url.path));
    m_service = std::move(service);
    return m_service.get();
}

QString CliContext::secretFromEnvironment() const
{
    if (m_url.kind == StoreUrl::Kind::Sqlite)
        return QString();
    if (m_url.usesWebApiKey())
        return qEnvironmentVariable("TOKENDESK_API_KEY");
    return qEnvironmentVariable("TOKENDESK_PASSWORD");
}
