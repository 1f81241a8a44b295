#pragma once

#include "AccessToken.h"
#include "TokenPatch.h"

#include <QDialog>

class QTreeWidget;

// Shown when a save hits CONFLICT: someone else changed the token since it was loaded. Lists each
// field either side changed: as it was when the person opened the token, their edit, and the value
// now in the store. The person overwrites (their fields are saved over the new version; the other
// changes stay), reloads (their edits are dropped), or cancels (the edits stay, unsaved).
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        Cancel = QDialog::Rejected,
        Reload = 2,
        Overwrite = 3,
    };

    ConflictDialog(const TokenPatch& mine, const AccessToken& opened, const AccessToken& theirs,
                   QWidget* parent = nullptr);

    // One row per field changed on either side: name, value when opened, the person's value, the
    // value in the store.
    QList<QStringList> rows() const;

public Q_SLOTS:
    void reload();
    void overwrite();

private:
    void addRow(const QString& field, const QString& opened, const QString& mine, const QString& theirs);

    QTreeWidget* m_fields;
};
