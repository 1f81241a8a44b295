#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace {
QIcon tinted(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon();
    const QByteArray svg = file.readAll();
    const QPalette palette = QApplication::palette();
    QIcon icon;
    // A disabled icon in the grey of disabled text: the style's own greying leaves a line icon
    // nearly as dark as an enabled one, beside a label that is plainly off.
    for (const QIcon::Mode mode : { QIcon::Normal, QIcon::Disabled }) {
        const QColor color = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                           QPalette::WindowText);
        QSvgRenderer renderer(QByteArray(svg).replace("currentColor", color.name().toLatin1()));
        for (int size : { 16, 20, 22, 24, 32, 48, 64 }) {
            for (qreal ratio : { 1.0, 2.0 }) {
                QPixmap pixmap(QSize(size, size) * ratio);
                pixmap.fill(Qt::transparent);
                QPainter painter(&pixmap);
                renderer.render(&painter);
                painter.end();
                pixmap.setDevicePixelRatio(ratio);
                icon.addPixmap(pixmap, mode);
            }
        }
    }
    return icon;
}
} // namespace

QIcon Icons::get(const QString& name)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    // Cached per palette text colour, so switching to a dark palette loads fresh tints.
    static QHash<QString, QIcon> cache;
    const QPalette palette = QApplication::palette();
    const QString key = name + palette.color(QPalette::Active, QPalette::WindowText).name()
        + palette.color(QPalette::Disabled, QPalette::WindowText).name();
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, tinted(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

QIcon Icons::application()
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48, 64, 128, 256 }) {
        const QString png = QStringLiteral(":/icons/app/org.example.TokenDesk-%1.png").arg(size);
        if (QFile::exists(png))
            icon.addFile(png, QSize(size, size));
    }
    if (icon.isNull())
        icon = QIcon(QStringLiteral(":/icons/app/org.example.TokenDesk.svg"));
    return icon;
}
