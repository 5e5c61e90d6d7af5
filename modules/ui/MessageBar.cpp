#include "ui/MessageBar.h"

#include "core/Error.h"

#include <QMessageBox>

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace vv::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_action(new QPushButton(this)), m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Close message"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_action->hide();
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        if (m_run)
            m_run();
    });
    hide();
}

void MessageBar::show(Kind kind, const QString &message, const QString &actionText, std::function<void()> action)
{
    // Errors are built from parts that start in lower case ("cannot read …"); on screen they are sentences.
    QString text = message;
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    m_run = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_run);
    QPalette pal = palette();
    const QColor base = kind == Kind::Error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x19, 0x76, 0xd2);
    // Tint from the palette's own window colour so light and dark themes both stay readable.
    const QColor window = parentWidget() ? parentWidget()->palette().color(QPalette::Window) : pal.color(QPalette::Window);
    QColor tint = window.lightness() > 128 ? base.lighter(185) : base.darker(250);
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
    m_text->setText(text);
    setAccessibleName(kind == Kind::Error ? tr("Error") : tr("Message"));
    setAccessibleDescription(text);
    QWidget::show();
    QAccessibleEvent ev(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&ev);
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

bool askToReapply(QWidget *parent, const Error &conflict, const QString &question)
{
    return QMessageBox::question(parent, MessageBar::tr("Changed by someone else"),
                                 conflict.what() + QStringLiteral(".\n\n") + question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

} // namespace vv::ui
