#include "LineEditRoom.h"

#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QToolButton>

namespace LineEditRoom {

int textRoom(const QLineEdit* edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth
        = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    // QLineEdit keeps a margin of 2 pixels on each side of the text inside its contents.
    constexpr int textMargin = 2;
    int room = edit->style()
                   ->subElementRect(QStyle::SE_LineEditContents, &option, edit)
                   .marginsRemoved(edit->textMargins())
                   .width()
        - 2 * textMargin;
    // A button at an end (the eye of a pass code, a clear button) takes the place of text: its
    // width, which QLineEdit makes 6 more than its icon, and a gap of a quarter of the icon.
    for (const QToolButton* button :
         edit->findChildren<QToolButton*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (button->isVisibleTo(edit) && !button->isWindow())
            room -= button->width() + (button->width() - 6) / 4;
    }
    return room;
}

int widthFor(const QLineEdit* edit, const QString& text)
{
    return edit->fontMetrics().horizontalAdvance(text) + edit->width() - textRoom(edit);
}

void fitPlaceholder(QLineEdit* edit)
{
    // A path in a long home folder would make the window wider than a laptop's screen.
    constexpr int mostCharacters = 60;
    edit->setMinimumWidth(qMin(widthFor(edit, edit->placeholderText()),
                               edit->fontMetrics().averageCharWidth() * mostCharacters));
}

} // namespace LineEditRoom
