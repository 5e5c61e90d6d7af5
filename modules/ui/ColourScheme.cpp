#include "ui/ColourScheme.h"
#include "ui/StatusStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace vv::ui {

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), dim(0x8a, 0x8d, 0x93);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9a, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dim);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

bool applyColourScheme(const QString &name)
{
    if (name.isEmpty() || name == QStringLiteral("system"))
        return true;
    if (name != QStringLiteral("dark") && name != QStringLiteral("light"))
        return false;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(name == QStringLiteral("dark") ? darkPalette() : QApplication::style()->standardPalette());
    return true;
}

void showCheckBoxesOnBase(QAbstractItemView *view)
{
    // Back to the owner's colours first, so that the test below reads them and not the last call's.
    view->setPalette(QPalette());
    const QPalette inherited = view->palette();
    if (!isDark(inherited))
        return;
    // Fusion's outline is the window colour darkened by 140 %: a window as light as the dim text, lightened by as
    // much, draws the outline in the dim text's colour. Only that role is the view's own; the rest it inherits.
    QPalette own;
    own.setColor(QPalette::Window, inherited.color(QPalette::PlaceholderText).lighter(140));
    view->setPalette(own);
}

static double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace vv::ui
