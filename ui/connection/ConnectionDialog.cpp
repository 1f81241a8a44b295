#include "ConnectionDialog.h"

#include "ConnectionProfiles.h"
#include "LineEditRoom.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "Preferences.h"
#include "SecretVault.h"
#include "TokenService.h"
#include "WhenFinished.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {
QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& placeholder = QString())
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

ConnectionDialog::ConnectionDialog(ConnectionProfiles& profiles, SecretVault& vault, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_vault(vault)
{
    setWindowTitle(tr("Connections"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profiles"));
    auto* addButton = new QPushButton(tr("&Add"), this);
    auto* removeButton = new QPushButton(tr("&Remove"), this);

    m_name = lineEdit(this, QStringLiteral("name"), tr("e.g. Production CRM.COM"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("SQLite file"));
    m_kind->addItem(tr("PostgreSQL server"));
    m_kind->addItem(tr("CRM.COM server"));

    // One page of fields per kind of store.
    m_pages = new QStackedWidget(this);
    auto* sqlitePage = new QWidget(m_pages);
    auto* sqliteForm = new QFormLayout(sqlitePage);
    sqliteForm->setContentsMargins(0, 0, 0, 0);
    m_sqlitePath = lineEdit(sqlitePage, QStringLiteral("sqlitePath"), StoreUrl::defaultSqlitePath());
    auto* browse = new QPushButton(tr("Browse…"), sqlitePage);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_sqlitePath);
    pathRow->addWidget(browse);
    // A row of a layout gets no buddy by itself, and without one the label shows its "&".
    auto* pathLabel = new QLabel(tr("&File:"), sqlitePage);
    pathLabel->setBuddy(m_sqlitePath);
    sqliteForm->addRow(pathLabel, pathRow);
    m_pages->addWidget(sqlitePage);

    auto* pgPage = new QWidget(m_pages);
    auto* pgForm = new QFormLayout(pgPage);
    pgForm->setContentsMargins(0, 0, 0, 0);
    m_pgHost = lineEdit(pgPage, QStringLiteral("pgHost"), QStringLiteral("localhost"));
    m_pgPort = new QSpinBox(pgPage);
    m_pgPort->setRange(1, 65535);
    m_pgPort->setValue(5432);
    m_pgDatabase = lineEdit(pgPage, QStringLiteral("pgDatabase"), QStringLiteral("tokens"));
    m_pgUser = lineEdit(pgPage, QStringLiteral("pgUser"));
    pgForm->addRow(tr("&Host:"), m_pgHost);
    pgForm->addRow(tr("&Port:"), m_pgPort);
    pgForm->addRow(tr("&Database:"), m_pgDatabase);
    pgForm->addRow(tr("&User:"), m_pgUser);
    m_pages->addWidget(pgPage);

    auto* crmPage = new QWidget(m_pages);
    auto* crmForm = new QFormLayout(crmPage);
    crmForm->setContentsMargins(0, 0, 0, 0);
    m_crmServer = lineEdit(crmPage, QStringLiteral("crmServer"), QStringLiteral("https://crm.example.com"));
    m_crmOrganisation = lineEdit(crmPage, QStringLiteral("crmOrganisation"));
    m_crmUnit = lineEdit(crmPage, QStringLiteral("crmUnit"), tr("optional"));
    m_crmLogin = new QComboBox(crmPage);
    m_crmLogin->addItem(tr("User name and password"));
    m_crmLogin->addItem(tr("Web API key"));
    m_crmUser = lineEdit(crmPage, QStringLiteral("crmUser"));
    m_crmConsumerKey
        = lineEdit(crmPage, QStringLiteral("crmConsumerKey"), tr("optional; for changing pass codes"));
    m_crmConsumerKey->setEchoMode(QLineEdit::Password);
    m_crmTimeout = new QSpinBox(crmPage);
    m_crmTimeout->setRange(1, 600);
    m_crmTimeout->setSuffix(tr(" s"));
    m_crmTimeout->setValue(30);
    m_crmParallel = new QSpinBox(crmPage);
    m_crmParallel->setRange(1, 32);
    m_crmParallel->setValue(6);
    m_crmPinned = lineEdit(crmPage, QStringLiteral("crmPinned"), tr("SHA-256 fingerprint (optional)"));
    m_crmPinned->setToolTip(tr("Only for a certificate you checked with the server's administrator"));
    crmForm->addRow(tr("S&erver:"), m_crmServer);
    crmForm->addRow(tr("&Organisation:"), m_crmOrganisation);
    crmForm->addRow(tr("U&nit:"), m_crmUnit);
    crmForm->addRow(tr("Si&gn in with:"), m_crmLogin);
    crmForm->addRow(tr("&User name:"), m_crmUser);
    crmForm->addRow(tr("Consumer application &key:"), m_crmConsumerKey);
    crmForm->addRow(tr("T&imeout:"), m_crmTimeout);
    crmForm->addRow(tr("Para&llel requests:"), m_crmParallel);
    crmForm->addRow(tr("Trusted certi&ficate:"), m_crmPinned);
    m_pages->addWidget(crmPage);

    m_secret = lineEdit(this, QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel = new QLabel(tr("&Password:"), this);
    m_secretLabel->setBuddy(m_secret);

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Store:"), m_kind);
    form->addRow(m_pages);
    form->addRow(m_secretLabel, m_secret);

    auto* saveButton = new QPushButton(tr("Sa&ve"), this);
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_trustButton = new QPushButton(tr("Trust T&his Certificate…"), this);
    m_trustButton->setObjectName(QStringLiteral("trustCertificate"));
    m_trustButton->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failure = new MessageBar(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);

    auto* left = new QVBoxLayout;
    left->addWidget(m_list);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(addButton);
    listButtons->addWidget(removeButton);
    left->addLayout(listButtons);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    auto* actions = new QHBoxLayout;
    actions->addWidget(saveButton);
    actions->addWidget(m_testButton);
    actions->addWidget(m_trustButton);
    actions->addStretch();
    right->addLayout(actions);
    right->addWidget(m_status);
    right->addWidget(m_failure);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    // One column of labels: the fields of each kind's page start where Name's and Store's do.
    int labelWidth = 0;
    const QList<QFormLayout*> forms = findChildren<QFormLayout*>();
    for (const QFormLayout* each : forms) {
        for (int row = 0; row < each->rowCount(); ++row) {
            if (const QLayoutItem* label = each->itemAt(row, QFormLayout::LabelRole))
                labelWidth = qMax(labelWidth, label->sizeHint().width());
        }
    }
    for (const QFormLayout* each : forms) {
        for (int row = 0; row < each->rowCount(); ++row) {
            if (QLayoutItem* label = each->itemAt(row, QFormLayout::LabelRole); label && label->widget())
                label->widget()->setMinimumWidth(labelWidth);
        }
    }

    // The fields open wide enough to read their grey hints, in every language.
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        if (!edit->placeholderText().isEmpty())
            LineEditRoom::fitPlaceholder(edit);
    }

    connect(addButton, &QPushButton::clicked, this, &ConnectionDialog::addProfile);
    connect(removeButton, &QPushButton::clicked, this, &ConnectionDialog::removeProfile);
    connect(saveButton, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testProfile);
    connect(m_trustButton, &QPushButton::clicked, this, &ConnectionDialog::trustRefusedCertificate);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("SQLite file"), m_sqlitePath->text(),
                                                          tr("SQLite databases (*.sqlite *.db)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_sqlitePath->setText(path);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateKindFields);
    connect(m_crmLogin, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateKindFields);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const std::optional<ConnectionProfile> profile
            = m_profiles.find(m_list->item(row)->data(Qt::UserRole).toString());
        if (profile)
            showProfile(*profile);
    });

    m_secretPrompt = [this](const QString& title, const QString& label) {
        return QInputDialog::getText(this, title, label, QLineEdit::Password);
    };

    reloadList(m_profiles.currentId());
    if (m_list->count() == 0)
        addProfile();
    updateKindFields();
}

ConnectionDialog::~ConnectionDialog() = default;

QString ConnectionDialog::statusText() const
{
    return statusIsError() ? m_failure->text() : m_status->text();
}

QLineEdit* ConnectionDialog::field(const QString& name) const
{
    return findChild<QLineEdit*>(name);
}

bool ConnectionDialog::statusIsError() const
{
    return !m_failure->isHidden();
}

void ConnectionDialog::setStatus(const QString& text, bool error)
{
    // One place says it: a screen reader walking the dialog must not find a failure twice, or a
    // success that a failure has replaced.
    m_status->setText(error ? QString() : text);
    m_status->setVisible(!error);
    if (error)
        m_failure->showMessage(text, MessageBar::Kind::Error);
    else
        m_failure->hide();
}

void ConnectionDialog::reloadList(const QString& selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = -1;
    const QList<ConnectionProfile> profiles = m_profiles.all();
    for (const ConnectionProfile& profile : profiles) {
        auto* item = new QListWidgetItem(profile.name, m_list);
        item->setData(Qt::UserRole, profile.id);
        item->setToolTip(profile.storeUrl);
        if (profile.id == selectId)
            selectRow = m_list->count() - 1;
    }
    if (selectRow < 0 && m_list->count() > 0)
        selectRow = 0;
    if (selectRow >= 0) {
        m_list->setCurrentRow(selectRow);
        if (const auto profile = m_profiles.find(m_list->item(selectRow)->data(Qt::UserRole).toString()))
            showProfile(*profile);
    }
}

void ConnectionDialog::selectProfile(const QString& id)
{
    reloadList(id);
}

void ConnectionDialog::addProfile()
{
    ConnectionProfile blank = ConnectionProfile::create(
        tr("New connection"), QStringLiteral("sqlite:") + StoreUrl::defaultSqlitePath());
    Preferences().applyNetworkDefaults(blank);
    showProfile(blank);
    // Shown only once the person picks CRM.COM, so showProfile() left them as they were.
    m_crmTimeout->setValue(blank.timeoutSeconds);
    m_crmParallel->setValue(blank.maxParallel);
    m_list->clearSelection();
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionDialog::showWhereSecretsAre(const ConnectionProfile& profile)
{
    // Said from where the vault has each secret, not from the profile: a keychain that refused it
    // (its password prompt cancelled, say) keeps nothing.
    const auto where = [this, &profile](const QString& name, const QString& nowhere) {
        switch (m_vault.whereKept(profile.id, name)) {
        case SecretVault::Kept::InKeychain:
            return tr("kept in the keychain; type to change");
        case SecretVault::Kept::ForSession:
            return tr("kept until TokenDesk closes; type to change");
        case SecretVault::Kept::Nowhere:
            break;
        }
        return nowhere;
    };
    m_secret->setPlaceholderText(
        profile.needsSecret() ? where(profile.loginSecretName(), tr("not stored; asked when connecting"))
                              : QString());
    m_crmConsumerKey->setPlaceholderText(
        where(ConnectionProfile::consumerKeySecret(), tr("optional; for changing pass codes")));
    for (QLineEdit* edit : { m_secret, m_crmConsumerKey })
        LineEditRoom::fitPlaceholder(edit);
}

void ConnectionDialog::showProfile(const ConnectionProfile& profile)
{
    m_editingId = profile.id;
    m_name->setText(profile.name);
    m_secret->clear();
    m_crmConsumerKey->clear();
    const Result<StoreUrl> url = profile.url();
    const StoreUrl store = url.ok() ? *url : StoreUrl::defaultSqlite();
    showWhereSecretsAre(profile);
    switch (store.kind) {
    case StoreUrl::Kind::Sqlite:
        m_kind->setCurrentIndex(SqliteKind);
        m_sqlitePath->setText(store.path);
        break;
    case StoreUrl::Kind::Postgres:
        m_kind->setCurrentIndex(PostgresKind);
        m_pgHost->setText(store.host);
        m_pgPort->setValue(store.port);
        m_pgDatabase->setText(store.database);
        m_pgUser->setText(store.user);
        break;
    case StoreUrl::Kind::Crm: {
        m_kind->setCurrentIndex(CrmKind);
        QUrl server;
        server.setScheme(store.scheme);
        server.setHost(store.host);
        server.setPort(store.port);
        if (store.basePath != QLatin1String("/crmapi/rest/v2"))
            server.setPath(store.basePath);
        m_crmServer->setText(server.toString());
        m_crmOrganisation->setText(store.organisation);
        m_crmUnit->setText(store.unit);
        m_crmLogin->setCurrentIndex(store.usesWebApiKey() ? 1 : 0);
        m_crmUser->setText(store.user);
        m_crmTimeout->setValue(profile.timeoutSeconds);
        m_crmParallel->setValue(profile.maxParallel);
        m_crmPinned->setText(QString::fromLatin1(profile.pinnedCertificateSha256.toHex(':').toUpper()));
        break;
    }
    }
    updateKindFields();
}

void ConnectionDialog::updateKindFields()
{
    m_pages->setCurrentIndex(m_kind->currentIndex());
    // The pages are as tall as the one on show: a short one leaves no gap the tallest would fill.
    for (int page = 0; page < m_pages->count(); ++page) {
        const QSizePolicy::Policy policy
            = page == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(page)->setSizePolicy(policy, policy);
    }
    m_pages->adjustSize();
    const bool crm = m_kind->currentIndex() == CrmKind;
    const bool apiKey = crm && m_crmLogin->currentIndex() == 1;
    m_crmUser->setEnabled(!apiKey);
    m_secretLabel->setText(apiKey ? tr("&Web API key:") : tr("&Password:"));
    // A SQLite file has no password.
    m_form->setRowVisible(m_secret, m_kind->currentIndex() != SqliteKind);
}

Result<ConnectionProfile> ConnectionDialog::profileFromForm() const
{
    const std::optional<ConnectionProfile> saved = m_profiles.find(m_editingId);
    ConnectionProfile profile = saved.value_or(ConnectionProfile());
    profile.id = m_editingId;
    profile.name = m_name->text().trimmed();
    switch (m_kind->currentIndex()) {
    case SqliteKind: {
        const QString path = m_sqlitePath->text().trimmed();
        profile.storeUrl
            = QStringLiteral("sqlite:") + (path.isEmpty() ? StoreUrl::defaultSqlitePath() : path);
        break;
    }
    case PostgresKind: {
        QUrl url;
        url.setScheme(QStringLiteral("postgres"));
        url.setUserName(m_pgUser->text().trimmed());
        url.setHost(m_pgHost->text().trimmed().isEmpty() ? QStringLiteral("localhost")
                                                         : m_pgHost->text().trimmed());
        url.setPort(m_pgPort->value());
        url.setPath(QLatin1Char('/') + m_pgDatabase->text().trimmed());
        profile.storeUrl = url.toString();
        break;
    }
    case CrmKind: {
        QString serverText = m_crmServer->text().trimmed();
        if (!serverText.contains(QLatin1String("://")))
            serverText.prepend(QStringLiteral("https://"));
        const QUrl server(serverText, QUrl::StrictMode);
        if (!server.isValid() || server.host().isEmpty()
            || (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http")))
            return Error(Error::Code::Validation,
                         tr("The server must be an address like https://crm.example.com"),
                         QStringLiteral("url"));
        QUrl url;
        url.setScheme(QStringLiteral("crm+") + server.scheme());
        if (m_crmLogin->currentIndex() == 0) {
            if (m_crmUser->text().trimmed().isEmpty())
                return Error(Error::Code::Validation, tr("Enter the CRM.COM user name"),
                             QStringLiteral("user"));
            url.setUserName(m_crmUser->text().trimmed());
        }
        url.setHost(server.host());
        url.setPort(server.port());
        url.setPath(server.path());
        QUrlQuery query;
        if (!m_crmOrganisation->text().trimmed().isEmpty())
            query.addQueryItem(QStringLiteral("organisation"), m_crmOrganisation->text().trimmed());
        if (!m_crmUnit->text().trimmed().isEmpty())
            query.addQueryItem(QStringLiteral("unit"), m_crmUnit->text().trimmed());
        url.setQuery(query);
        profile.storeUrl = url.toString();
        profile.timeoutSeconds = m_crmTimeout->value();
        profile.maxParallel = m_crmParallel->value();
        QString pinned = m_crmPinned->text().trimmed();
        pinned.remove(QLatin1Char(':'));
        profile.pinnedCertificateSha256 = QByteArray::fromHex(pinned.toLatin1());
        if (!pinned.isEmpty() && profile.pinnedCertificateSha256.size() != 32)
            return Error(Error::Code::Validation, tr("A SHA-256 fingerprint has 64 hexadecimal digits"),
                         QStringLiteral("certificate"));
        if (!m_crmConsumerKey->text().isEmpty())
            profile.hasConsumerKey = true;
        break;
    }
    }
    const Result<void> valid = profile.validate();
    if (!valid.ok())
        return valid.error();
    return profile;
}

void ConnectionDialog::saveProfile()
{
    const Result<ConnectionProfile> profile = profileFromForm();
    if (!profile.ok()) {
        setStatus(profile.error().message(), true);
        return;
    }
    const Result<void> stored = m_profiles.save(*profile);
    if (!stored.ok()) {
        setStatus(stored.error().message(), true);
        return;
    }
    const QString id = profile->id;
    setStatus(tr("Saved."), false);
    const auto store = [this, id](const QString& name, QLineEdit* edit) {
        const QString secret = edit->text();
        if (secret.isEmpty())
            return;
        edit->clear();
        whenFinished(m_vault.write(id, name, secret), this, [this, id, name, secret](Result<void> written) {
            if (!written.ok()) {
                // Without a keychain the secret is kept for this session only, and the person is told.
                m_vault.keepForSession(id, name, secret);
                setStatus(written.error().message(), true);
            }
            const std::optional<ConnectionProfile> shown = m_profiles.find(id);
            if (shown && m_editingId == id)
                showWhereSecretsAre(*shown);
        });
    };
    store(profile->loginSecretName(), m_secret);
    store(ConnectionProfile::consumerKeySecret(), m_crmConsumerKey);
    reloadList(id);
    Q_EMIT saved(id);
}

void ConnectionDialog::removeProfile()
{
    if (!m_profiles.find(m_editingId)) {
        reloadList(QString());
        return;
    }
    const QString id = m_editingId;
    m_profiles.remove(id);
    whenFinished(m_vault.removeProfile(id), this, [this](Result<void> removed) {
        if (!removed.ok())
            setStatus(removed.error().message(), true);
    });
    reloadList(QString());
    if (m_list->count() == 0)
        addProfile();
}

void ConnectionDialog::withSecrets(const ConnectionProfile& profile,
                                   std::function<void(Result<QString> secret, QString consumerKey)> next)
{
    const QString typed = m_secret->text();
    const QString typedConsumer = m_crmConsumerKey->text();
    const auto readConsumer = [this, profile, typedConsumer, next](Result<QString> secret) {
        if (!typedConsumer.isEmpty() || !profile.hasConsumerKey) {
            next(secret, typedConsumer);
            return;
        }
        whenFinished(m_vault.read(profile.id, ConnectionProfile::consumerKeySecret()), this,
                     [secret, next](Result<QString> consumer) {
                         next(secret, consumer.ok() ? *consumer : QString());
                     });
    };
    if (!profile.needsSecret() || !typed.isEmpty()) {
        readConsumer(Result<QString>(typed));
        return;
    }
    whenFinished(m_vault.read(profile.id, profile.loginSecretName()), this,
                 [this, profile, readConsumer](Result<QString> secret) {
                     if (secret.ok()) {
                         readConsumer(secret);
                         return;
                     }
                     // No keychain, or nothing stored yet: ask once and keep it in memory for the session.
                     const QString asked = m_secretPrompt(
                         tr("Connect to %1").arg(profile.name),
                         tr("%1\n\nEnter the %2:")
                             .arg(secret.error().message(),
                                  profile.loginSecretName() == ConnectionProfile::apiKeySecret()
                                      ? tr("web API key")
                                      : tr("password")));
                     if (asked.isEmpty()) {
                         readConsumer(secret.error());
                         return;
                     }
                     m_vault.keepForSession(profile.id, profile.loginSecretName(), asked);
                     readConsumer(Result<QString>(asked));
                 });
}

void ConnectionDialog::testProfile()
{
    const Result<ConnectionProfile> profile = profileFromForm();
    if (!profile.ok()) {
        setStatus(profile.error().message(), true);
        Q_EMIT tested(false, profile.error().message());
        return;
    }
    m_testButton->setEnabled(false);
    m_trustButton->setVisible(false);
    setStatus(tr("Connecting…"), false);
    withSecrets(*profile, [this, profile = *profile](Result<QString> secret, QString consumerKey) {
        if (!secret.ok()) {
            m_testButton->setEnabled(true);
            setStatus(secret.error().message(), true);
            Q_EMIT tested(false, secret.error().message());
            return;
        }
        m_testService = std::make_unique<TokenService>(
            [profile, secret = *secret, consumerKey]() { return profile.createStore(secret, consumerKey); });
        whenFinished(m_testService->open(), this, [this, profile](Result<void> opened) {
            m_testButton->setEnabled(true);
            const QString message = opened.ok() ? tr("Connected to %1.").arg(m_testService->description())
                                                : opened.error().message();
            setStatus(message, !opened.ok());
            m_trustButton->setVisible(!opened.ok() && opened.error().field() == QLatin1String("certificate")
                                      && !profile.refusedCertificate().isNull());
            Q_EMIT tested(opened.ok(), message);
        });
    });
}

void ConnectionDialog::trustRefusedCertificate()
{
    const Result<ConnectionProfile> profile = profileFromForm();
    if (!profile.ok()) {
        setStatus(profile.error().message(), true);
        return;
    }
    const QSslCertificate certificate = profile->refusedCertificate();
    if (certificate.isNull())
        return;
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    const QString fingerprint = QString::fromLatin1(digest.toHex(':').toUpper());
    const Result<StoreUrl> url = profile->url();
    const QString details
        = tr("Server: %1\nIssued to: %2\nIssued by: %3\nValid from %4 to %5\nSHA-256: %6")
              .arg(url.ok() ? url->host : QString(), certificate.subjectDisplayName(),
                   certificate.issuerDisplayName(),
                   QLocale().toString(certificate.effectiveDate(), QLocale::ShortFormat),
                   QLocale().toString(certificate.expiryDate(), QLocale::ShortFormat), fingerprint);
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Trust This Certificate?"),
        tr("%1\n\nTrust this certificate only if its SHA-256 fingerprint is the one your CRM.COM "
           "administrator gave you. From then on this connection accepts this certificate and no "
           "other.")
            .arg(details),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_crmPinned->setText(fingerprint);
    // saveProfile() hands typed secrets to the keychain and clears the fields; the test that
    // follows must not wait for the keychain to have them.
    if (!m_secret->text().isEmpty())
        m_vault.keepForSession(profile->id, profile->loginSecretName(), m_secret->text());
    if (!m_crmConsumerKey->text().isEmpty())
        m_vault.keepForSession(profile->id, ConnectionProfile::consumerKeySecret(), m_crmConsumerKey->text());
    saveProfile();
    m_trustButton->setVisible(false);
    testProfile();
}

void ConnectionDialog::choose()
{
    const Result<ConnectionProfile> profile = profileFromForm();
    if (!profile.ok()) {
        setStatus(profile.error().message(), true);
        return;
    }
    const std::optional<ConnectionProfile> stored = m_profiles.find(profile->id);
    if (!stored || !(*stored == *profile) || !m_secret->text().isEmpty()
        || !m_crmConsumerKey->text().isEmpty()) {
        const QString typed = m_secret->text();
        const QString typedConsumer = m_crmConsumerKey->text();
        saveProfile();
        // saveProfile() cleared the fields once it handed the secrets to the vault; the choice
        // still uses what was typed, without waiting for the keychain.
        if (!typed.isEmpty())
            m_vault.keepForSession(profile->id, profile->loginSecretName(), typed);
        if (!typedConsumer.isEmpty())
            m_vault.keepForSession(profile->id, ConnectionProfile::consumerKeySecret(), typedConsumer);
    }
    const std::optional<ConnectionProfile> saved = m_profiles.find(profile->id);
    if (!saved)
        return;
    withSecrets(*saved, [this, chosen = *saved](Result<QString> secret, QString consumerKey) {
        if (!secret.ok()) {
            setStatus(secret.error().message(), true);
            return;
        }
        m_chosen = chosen;
        m_chosenSecret = *secret;
        m_chosenConsumerKey = consumerKey;
        m_profiles.setCurrentId(chosen.id);
        accept();
    });
}
