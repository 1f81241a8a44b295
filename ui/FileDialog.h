#pragma once

#include <QString>

class QWidget;

// File choosers go through here so a test can set the next file name instead of clicking through a
// native dialog (KeePassXC's FileDialog seam).
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                   const QString& filter);
    // The next call returns this name without showing a dialog; an empty name means "cancelled".
    static void setNextFileName(const QString& fileName);

private:
    static bool takeNext(QString& fileName);
};
