#pragma once

class QPalette;

// Qt draws placeholders and hints (QPalette::PlaceholderText) in one colour whether their field
// is enabled or not, so a disabled form's placeholders read as if it could be typed in. Muted, the
// disabled ones take the disabled text colour, as the form's labels do.
class DisabledPlaceholders
{
public:
    // palette with only the disabled placeholder colour set, for QApplication::setPalette (the
    // other roles keep following the platform's theme).
    static QPalette muted(const QPalette& palette);
};
