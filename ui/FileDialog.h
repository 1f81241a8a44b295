#pragma once

#include <QString>

class QWidget;

// File choosers go through here so a test can set the next file name instead of clicking through a
// native dialog (KeePassXC's FileDialog seam).
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter);
    // selectedFilter, when given, starts as the filter shown first and returns the one chosen.
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                   const QString& filter, QString* selectedFilter = nullptr);
    // The next call returns this name without showing a dialog; an empty name means "cancelled".
    // A save dialog's chosen filter is then selectedFilter, when one is given.
    static void setNextFileName(const QString& fileName, const QString& selectedFilter = QString());

private:
    static bool takeNext(QString& fileName, QString* selectedFilter = nullptr);
};
