#pragma once

#include <QCoreApplication>
#include <QMessageBox>

// Every question and notice the application asks goes through here, so a test can pre-answer
// the next one instead of blocking on a modal box (KeePassXC's MessageBox seam).
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget* parent, const QString& title, const QString& text,
                        const QString& details = QString());
    static void information(QWidget* parent, const QString& title, const QString& text,
                            const QString& details = QString());

    // The next box is not shown and returns this answer (NoButton: show boxes again).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The title and text of the last box shown or pre-answered, for tests to check what a person
    // would read.
    static QString lastTitle();
    static QString lastText();
    static QString lastDetails();
    static QMessageBox::StandardButton lastDefaultButton();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, const QString& details,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};
