// TableTextDelegate: the token table's cells look as QStyledItemDelegate paints them (text,
// elision, alignment, selection and foreground colours) while their laid-out text is reused.

#include "TableTextDelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace {
// Light text on the selection colour is blended a little differently by QPainter's two text
// paths, by less than this per colour channel; a glyph out of place or in another colour differs by
// far more.
constexpr int blendTolerance = 40;

bool looksAlike(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return false;
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    for (int row = 0; row < x.height(); ++row) {
        for (int column = 0; column < x.width(); ++column) {
            const QRgb p = x.pixel(column, row);
            const QRgb q = y.pixel(column, row);
            if (std::abs(qRed(p) - qRed(q)) > blendTolerance
                || std::abs(qGreen(p) - qGreen(q)) > blendTolerance
                || std::abs(qBlue(p) - qBlue(q)) > blendTolerance)
                return false;
        }
    }
    return true;
}
} // namespace

class TestTableTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsCellsAsTheStyleDoes();
    void changedTextAndFontAreRedrawn();
    void iconCellsAreLeftToTheStyle();
    void rightToLeftCellsOrderTheirTextAsTheStyleDoes();

private:
    static QStandardItemModel* makeModel(QObject* parent);
    // A view set up as the token table is, showing model.
    static void setUp(QTableView& view, QAbstractItemModel* model);
    // The view's viewport as painted with the default delegate and with TableTextDelegate.
    static std::pair<QImage, QImage> paintBoth(QAbstractItemModel* model,
                                               Qt::LayoutDirection direction = Qt::LeftToRight);
};

QStandardItemModel* TestTableTextDelegate::makeModel(QObject* parent)
{
    auto* model = new QStandardItemModel(4, 3, parent);
    model->setItem(0, 0, new QStandardItem(QStringLiteral("AT0000000001")));
    model->setItem(0, 1,
                   new QStandardItem(QStringLiteral("a text far too long for its narrow column, elided")));
    auto* number = new QStandardItem(QStringLiteral("1,234.50"));
    number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    model->setItem(0, 2, number);
    auto* red = new QStandardItem(QStringLiteral("Blocked"));
    red->setForeground(Qt::red);
    model->setItem(1, 0, red);
    model->setItem(1, 1, new QStandardItem(QStringLiteral("Effective")));
    model->setItem(2, 0, new QStandardItem(QStringLiteral("Effective")));
    model->setItem(2, 2, new QStandardItem(QStringLiteral("Ελληνικά και Deutsch: Größe")));
    model->setItem(3, 1, new QStandardItem(QStringLiteral("1 Jan 2025, 00:00")));
    return model;
}

void TestTableTextDelegate::setUp(QTableView& view, QAbstractItemModel* model)
{
    view.setModel(model);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.verticalHeader()->hide();
    view.horizontalHeader()->resizeSection(1, 90);
    view.resize(400, 200);
    view.selectRow(2);
    view.show();
    QTest::qWait(0);
}

std::pair<QImage, QImage> TestTableTextDelegate::paintBoth(QAbstractItemModel* model,
                                                           Qt::LayoutDirection direction)
{
    QTableView view;
    view.setLayoutDirection(direction);
    setUp(view, model);
    const QImage styled = view.viewport()->grab().toImage();
    view.setItemDelegate(new TableTextDelegate(&view));
    return { styled, view.viewport()->grab().toImage() };
}

void TestTableTextDelegate::drawsCellsAsTheStyleDoes()
{
    QStandardItemModel* model = makeModel(this);
    const auto [styled, cached] = paintBoth(model);
    QVERIFY(looksAlike(cached, styled));
}

// In a right-to-left window (Arabic, Hebrew) a cell's neutral characters take the window's
// direction: "AT0000000001!" reads "!AT0000000001".
void TestTableTextDelegate::rightToLeftCellsOrderTheirTextAsTheStyleDoes()
{
    auto* model = new QStandardItemModel(2, 2, this);
    model->setItem(0, 0, new QStandardItem(QStringLiteral("AT0000000001!")));
    model->setItem(0, 1, new QStandardItem(QStringLiteral("(12) shop")));
    model->setItem(1, 0, new QStandardItem(QStringLiteral("1,234.50-")));
    const auto [styled, cached] = paintBoth(model, Qt::RightToLeft);
    QVERIFY(looksAlike(cached, styled));
}

void TestTableTextDelegate::changedTextAndFontAreRedrawn()
{
    QStandardItemModel* model = makeModel(this);
    QTableView view;
    setUp(view, model);
    QAbstractItemDelegate* styledDelegate = view.itemDelegate();
    auto* cachedDelegate = new TableTextDelegate(&view);
    view.setItemDelegate(cachedDelegate);
    const QImage before = view.viewport()->grab().toImage();
    auto paintedAlike = [&]() {
        view.setItemDelegate(cachedDelegate);
        const QImage cached = view.viewport()->grab().toImage();
        view.setItemDelegate(styledDelegate);
        return looksAlike(cached, view.viewport()->grab().toImage());
    };

    model->item(1, 1)->setText(QStringLiteral("Suspended"));
    QVERIFY(paintedAlike());
    QFont larger = view.font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    view.setFont(larger);
    QVERIFY(paintedAlike());
    view.setItemDelegate(cachedDelegate);
    QVERIFY(!looksAlike(view.viewport()->grab().toImage(), before));
}

void TestTableTextDelegate::iconCellsAreLeftToTheStyle()
{
    QStandardItemModel* model = makeModel(this);
    QPixmap icon(12, 12);
    icon.fill(Qt::blue);
    model->item(0, 0)->setIcon(icon);
    model->item(1, 1)->setCheckable(true);
    model->item(1, 1)->setCheckState(Qt::Checked);
    const auto [styled, cached] = paintBoth(model);
    QVERIFY(looksAlike(cached, styled));
}

QTEST_MAIN(TestTableTextDelegate)
#include "TestTableTextDelegate.moc"
