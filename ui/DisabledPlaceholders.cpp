#include "DisabledPlaceholders.h"

#include <QPalette>

QPalette DisabledPlaceholders::muted(const QPalette& palette)
{
    QPalette muted;
    muted.setColor(QPalette::Disabled, QPalette::PlaceholderText,
                   palette.color(QPalette::Disabled, QPalette::Text));
    return muted;
}
