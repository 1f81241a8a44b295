#include "LastConnection.h"

#include "ConnectionProfiles.h"

#include <QEventLoop>
#include <QTimer>

namespace {
// How long the keychain may take before the dialog shows what it is waiting for.
constexpr int keychainPatienceMs = 1500;
} // namespace

std::optional<LastConnection::Choice> LastConnection::resume(ConnectionProfiles& profiles, SecretVault& vault,
                                                             const ConnectionDialog::SecretPrompt& prompt)
{
    const std::optional<ConnectionProfile> last = profiles.find(profiles.currentId());
    if (!last)
        return std::nullopt;
    if (!last->needsSecret() && !last->hasConsumerKey)
        return Choice { *last, QString(), QString() };

    ConnectionDialog dialog(profiles, vault);
    if (prompt)
        dialog.setSecretPrompt(prompt);
    dialog.selectProfile(last->id);
    // Choosing reads the keychain first: the dialog is shown only if that does not answer.
    QEventLoop reading;
    QObject::connect(&dialog, &QDialog::finished, &reading, &QEventLoop::quit);
    QTimer::singleShot(keychainPatienceMs, &reading, &QEventLoop::quit);
    QTimer::singleShot(0, &dialog, &ConnectionDialog::choose);
    reading.exec();
    if (dialog.result() != QDialog::Accepted && dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Choice { dialog.chosenProfile(), dialog.chosenSecret(), dialog.chosenConsumerKey() };
}
