#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QTest>
#include <QWidget>

// With TOKENDESK_SCREENSHOTS set to a folder, a test saves what it shows there as <name>.png:
// the README's pictures of dialogs that only a test brings up in a known state. A failed save is
// recorded in the running test, as QVERIFY does.
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("TOKENDESK_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    // Layouts and resizes queued for later are done first.
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}
