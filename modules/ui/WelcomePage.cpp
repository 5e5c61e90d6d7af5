#include "ui/WelcomePage.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vv::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)), m_recentLabel(new QLabel(this)),
      m_new(new QPushButton(this)), m_open(new QPushButton(this)), m_review(new QPushButton(this)), m_recent(new QListWidget(this))
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    m_title->setFont(f);
    m_intro->setWordWrap(true);
    m_recentLabel->setBuddy(m_recent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_review);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(24);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent, 1);

    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(m_review, &QPushButton::clicked, this, &WelcomePage::reviewPackageRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentProjectChosen(item->data(Qt::UserRole).toString()); });
    retranslate();
}

void WelcomePage::setRecentProjects(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &p : paths) {
        auto *item = new QListWidgetItem(QFileInfo(p).fileName() + QStringLiteral("  —  ") + p, m_recent);
        item->setData(Qt::UserRole, p);
        item->setToolTip(p);
    }
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Veiviser"));
    m_intro->setText(tr("Veiviser guides you through the regulatory requirements for AI in Norwegian health care: "
                        "the EU AI Act, the Medical Device Regulation, GDPR with Norwegian health-privacy law, and "
                        "the Directorate of Health's quality framework. Everything is kept in one project file on "
                        "this computer."));
    m_new->setText(tr("&New project…"));
    m_open->setText(tr("&Open project…"));
    m_review->setText(tr("Open a package for &review…"));
    m_review->setToolTip(tr("For regulators and notified bodies: verify a documentation package and review it."));
    m_recentLabel->setText(tr("&Recent projects"));
    m_recent->setAccessibleName(tr("Recent projects"));
}

} // namespace vv::ui
