#include "Tint.h"

QColor Tint::warning(const QColor& base)
{
    return mixed(base, QColor(0xd9, 0x7a, 0x00), 0.25);
}

QColor Tint::error(const QColor& base)
{
    return mixed(base, QColor(0xda, 0x44, 0x53), 0.3);
}

QColor Tint::information(const QColor& base)
{
    return mixed(base, QColor(0x3d, 0xae, 0xe9), 0.3);
}

QColor Tint::mixed(const QColor& base, const QColor& tint, double amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                            base.greenF() * (1 - amount) + tint.greenF() * amount,
                            base.blueF() * (1 - amount) + tint.blueF() * amount);
}
