#include "FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace {
std::optional<QString> g_nextFileName;
QString g_nextFilter;
} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    QString fileName;
    if (takeNext(fileName))
        return fileName;
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                    const QString& filter, QString* selectedFilter)
{
    QString fileName;
    if (takeNext(fileName, selectedFilter))
        return fileName;
    return QFileDialog::getSaveFileName(parent, caption, suggestedName, filter, selectedFilter);
}

void FileDialog::setNextFileName(const QString& fileName, const QString& selectedFilter)
{
    g_nextFileName = fileName;
    g_nextFilter = selectedFilter;
}

bool FileDialog::takeNext(QString& fileName, QString* selectedFilter)
{
    if (!g_nextFileName)
        return false;
    fileName = *g_nextFileName;
    g_nextFileName.reset();
    if (selectedFilter && !g_nextFilter.isEmpty())
        *selectedFilter = g_nextFilter;
    g_nextFilter.clear();
    return true;
}
