#pragma once

#include <QColor>

// The theme's own colours leaned towards a meaning (a problem, an error, a notice), so tinted
// boxes and fields stay readable in light and dark themes alike.
class Tint
{
public:
    static QColor warning(const QColor& base);
    static QColor error(const QColor& base);
    static QColor information(const QColor& base);

private:
    static QColor mixed(const QColor& base, const QColor& tint, double amount);
};
