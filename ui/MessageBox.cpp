#include "MessageBox.h"

#include <QAbstractButton>

namespace {
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QString g_lastTitle;
QString g_lastText;
QString g_lastDetails;
QMessageBox::StandardButton g_lastDefaultButton = QMessageBox::NoButton;
} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, QString(), buttons, defaultButton);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    show(parent, QMessageBox::Warning, title, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text,
                             const QString& details)
{
    show(parent, QMessageBox::Information, title, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastTitle()
{
    return g_lastTitle;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

QString MessageBox::lastDetails()
{
    return g_lastDetails;
}

QMessageBox::StandardButton MessageBox::lastDefaultButton()
{
    return g_lastDefaultButton;
}

QMessageBox::StandardButton MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                             const QString& text, const QString& details,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    g_lastTitle = title;
    g_lastText = text;
    g_lastDetails = details;
    g_lastDefaultButton = defaultButton;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    // Qt gives Yes and No their access keys but not Save and Discard, which the keyboard then
    // reaches only by Tab.
    if (QAbstractButton* save = box.button(QMessageBox::Save))
        save->setText(tr("&Save"));
    if (QAbstractButton* discard = box.button(QMessageBox::Discard))
        discard->setText(tr("&Discard"));
    if (!details.isEmpty())
        box.setDetailedText(details);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}
