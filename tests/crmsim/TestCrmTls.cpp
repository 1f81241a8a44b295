#include "ConnectionDialog.h"
#include "ConnectionDialogDriver.h"
#include "ConnectionProfiles.h"
#include "CrmApiTokenStore.h"
#include "CrmSimProcess.h"
#include "MessageBox.h"
#include "SecretVault.h"

#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

// Transport security against tokendesk-crmsim serving https with throw-away self-signed
// certificates: verification is always on, a refused certificate is named by host and SHA-256,
// and a certificate the person chose to trust is the only one that profile accepts.
class TestCrmTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CrmSimProcess> m_sim;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    bool makeCertificate(const QString& name)
    {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        openssl.start(QStringLiteral("openssl"),
                      { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                        QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                        QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
                        QStringLiteral("-out"), path(name + QStringLiteral(".pem")) });
        return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
    }

    QByteArray sha256(const QString& name) const
    {
        QFile file(path(name + QStringLiteral(".pem")));
        if (!file.open(QIODevice::ReadOnly))
            return QByteArray();
        return QSslCertificate(&file, QSsl::Pem).digest(QCryptographicHash::Sha256);
    }

    static QString colonHex(const QByteArray& digest)
    {
        return QString::fromLatin1(digest.toHex(':').toUpper());
    }

    std::unique_ptr<CrmSimProcess> serve(const QString& name)
    {
        auto sim = std::make_unique<CrmSimProcess>(QStringList { QStringLiteral("--tls"),
                                                                 path(name + QStringLiteral(".pem")),
                                                                 path(name + QStringLiteral(".key")) });
        return sim->start() ? std::move(sim) : nullptr;
    }

    static Result<void> openWithPin(const CrmSimProcess& sim, const QByteArray& pin)
    {
        CrmOptions options;
        options.timeoutMs = 15000;
        options.pinnedCertificateSha256 = pin;
        CrmApiTokenStore store(sim.storeUrl(), CrmSimProcess::password(), options);
        return store.open();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ConnectionDialogDriver::isolateSettings(QStringLiteral("tst_crm_tls"));
        QVERIFY(m_dir.isValid());
        QVERIFY2(makeCertificate(QStringLiteral("server")), "openssl could not make a certificate");
        QVERIFY2(makeCertificate(QStringLiteral("other")), "openssl could not make a certificate");
        m_sim = serve(QStringLiteral("server"));
        QVERIFY(m_sim);
        QVERIFY(m_sim->baseUrl().startsWith(QLatin1String("https://")));
    }

    void selfSignedIsRefusedWithHostAndFingerprint()
    {
        const Result<void> opened = openWithPin(*m_sim, QByteArray());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), Error::Code::Network);
        QCOMPARE(opened.error().field(), QStringLiteral("certificate"));
        QVERIFY2(opened.error().message().contains(QLatin1String("127.0.0.1")),
                 qPrintable(opened.error().message()));
        QVERIFY2(opened.error().message().contains(colonHex(sha256(QStringLiteral("server")))),
                 qPrintable(opened.error().message()));
        QVERIFY(m_sim->takeRequests().isEmpty());
    }

    void pinnedCertificateIsAccepted()
    {
        const Result<void> opened = openWithPin(*m_sim, sha256(QStringLiteral("server")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
    }

    void wrongPinIsRefused()
    {
        const QByteArray other = sha256(QStringLiteral("other"));
        const Result<void> opened = openWithPin(*m_sim, other);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().field(), QStringLiteral("certificate"));
        QVERIFY2(opened.error().message().contains(colonHex(sha256(QStringLiteral("server"))))
                     && opened.error().message().contains(colonHex(other)),
                 qPrintable(opened.error().message()));
    }

    void trustedInTheDialogThenOnlyThatCertificate()
    {
        ConnectionProfiles profiles;
        SecretVault vault;
        ConnectionDialog dialog(profiles, vault);
        ConnectionDialogDriver::fillCrmProfile(dialog, QStringLiteral("Self-signed CRM.COM"),
                                               QStringLiteral("https://127.0.0.1:%1").arg(m_sim->port()),
                                               CrmSimProcess::password());

        QSignalSpy tested(&dialog, &ConnectionDialog::tested);
        dialog.testProfile();
        QVERIFY(tested.wait(30000));
        QVERIFY(!tested.takeFirst().at(0).toBool());
        QVERIFY2(dialog.statusText().contains(colonHex(sha256(QStringLiteral("server")))),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.trustButton()->isVisibleTo(&dialog));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.trustButton()->click();
        QVERIFY(MessageBox::lastText().contains(colonHex(sha256(QStringLiteral("server")))));
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.takeFirst().at(0).toBool(), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.trustButton()->isVisibleTo(&dialog));

        QCOMPARE(profiles.all().size(), 1);
        const ConnectionProfile pinned = profiles.all().constFirst();
        QCOMPARE(pinned.pinnedCertificateSha256, sha256(QStringLiteral("server")));

        // Another self-signed server at the same address is refused for this profile.
        m_sim.reset();
        std::unique_ptr<CrmSimProcess> impostor = serve(QStringLiteral("other"));
        QVERIFY(impostor);
        ConnectionProfile moved = pinned;
        moved.storeUrl = impostor->storeUrl().toString();
        QVERIFY(profiles.save(moved).ok());
        CrmApiTokenStore store(impostor->storeUrl(), CrmSimProcess::password(), moved.crmOptions());
        const Result<void> opened = store.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message().contains(QLatin1String("not the one trusted")),
                 qPrintable(opened.error().message()));
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
};

QTEST_MAIN(TestCrmTls)
#include "TestCrmTls.moc"
