#include "ScreenshotTour.h"

#include "ConfigurationDialog.h"
#include "MainWindow.h"
#include "SecretDialog.h"
#include "TokenEditor.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QTabWidget>
#include <QTimer>

namespace {
// Long enough for the demo data, the first page and the count to arrive on a cold start.
constexpr int settleMs = 2500;

void save(QWidget* widget, const QString& folder, const QString& name)
{
    widget->grab().save(QDir(folder).filePath(name));
}
} // namespace

void ScreenshotTour::shootConfiguration(MainWindow* window, const QString& folder)
{
    window->action(MainWindow::Action::Configure)->trigger();
    QTimer::singleShot(settleMs / 2, window, [window, folder]() {
        auto* dialog = window->findChild<ConfigurationDialog*>();
        auto* tabs = dialog ? dialog->findChild<QTabWidget*>() : nullptr;
        if (tabs) {
            const QStringList names = { QStringLiteral("configure-definition.png"),
                                        QStringLiteral("configure-classifications.png"),
                                        QStringLiteral("configure-directory.png") };
            for (int tab = 0; tab < tabs->count() && tab < names.size(); ++tab) {
                tabs->setCurrentIndex(tab);
                QApplication::processEvents();
                save(dialog, folder, names.at(tab));
            }
        }
        QApplication::quit();
    });
}

void ScreenshotTour::start(MainWindow* window, const QString& folder)
{
    QDir().mkpath(folder);
    window->resize(1360, 820);
    auto shoot = [window, folder]() {
        window->selectRow(4);
        QTimer::singleShot(settleMs, window, [window, folder]() {
            save(window, folder, QStringLiteral("main-window.png"));
            const QList<QPair<int, QString>> tabs
                = { { TokenEditor::GeneralTab, QStringLiteral("editor-general.png") },
                    { TokenEditor::UdfTab, QStringLiteral("editor-udf.png") },
                    { TokenEditor::CustomFieldsTab, QStringLiteral("editor-custom-fields.png") },
                    { TokenEditor::HistoryTab, QStringLiteral("editor-history.png") } };
            for (const auto& [tab, name] : tabs) {
                window->editor()->tabs()->setCurrentIndex(tab);
                QApplication::processEvents();
                save(window->editor(), folder, name);
            }
            window->editor()->tabs()->setCurrentIndex(TokenEditor::GeneralTab);
            auto* dialog = new SecretDialog(
                QObject::tr("One-Time Password"),
                QObject::tr("The one-time password for token AT0000000005. It can be used once."),
                QStringLiteral("042917"), window);
            dialog->setExpiry(QDateTime::currentDateTime().addSecs(583));
            dialog->show();
            QTimer::singleShot(500, dialog, [window, dialog, folder]() {
                save(dialog, folder, QStringLiteral("secret-dialog.png"));
                dialog->close();
                shootConfiguration(window, folder);
            });
        });
    };
    QObject::connect(window, &MainWindow::demoDataAdded, window,
                     [shoot]() { QTimer::singleShot(settleMs, shoot); });
    QObject::connect(window, &MainWindow::storeReady, window, [window, shoot]() {
        QTimer::singleShot(settleMs, window, [window, shoot]() {
            if (window->model()->rowCount() > 0)
                shoot();
        });
    });
}
