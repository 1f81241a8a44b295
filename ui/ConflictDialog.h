#pragma once

#include "AccessToken.h"
#include "TokenPatch.h"

#include <QDialog>

class QTreeWidget;

// Shown when a save hits CONFLICT: someone else changed the token since it was loaded. Lists the
// fields of the save with the value being saved and the value now in the store, and lets the
// person reload (drop their edits) or overwrite (save their values over the new version).
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        Reload = 1,
        Overwrite = 2,
    };

    ConflictDialog(const TokenPatch& mine, const AccessToken& theirs, QWidget* parent = nullptr);

    // One row per field of the save: name, the value being saved, the value in the store.
    QList<QStringList> rows() const;

public Q_SLOTS:
    void reload();
    void overwrite();

private:
    QTreeWidget* m_fields;
};
