#include "ui/Navigator.h"

#include "ui/ChildSignals.h"
#include "ui/Page.h"
#include "ui/StatusStyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace vv::ui {

namespace {

/// Measures an entry at the width its row has, so that a long name wraps onto more lines instead of being cut off.
/// (QTreeView asks the delegate for a row's height without telling it the column's width.)
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        QStyleOptionViewItem opt(option);
        const int width = m_view->header()->sectionSize(0) - depth * m_view->indentation();
        opt.rect = QRect(0, 0, std::max(width, 40), std::max(option.rect.height(), 1)); // the style wraps in a valid rect
        opt.features |= QStyleOptionViewItem::WrapText;
        return QStyledItemDelegate::sizeHint(opt, index);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        opt.features |= QStyleOptionViewItem::WrapText;
        QStyledItemDelegate::paint(painter, opt, index);
    }

private:
    QTreeView *m_view;
};

} // namespace

QString NavigatorEntry::text() const
{
    return m_page->pageTitle();
}

Navigator::Navigator(QWidget *parent)
    : QWidget(parent), m_model(new NavigatorModel(this)), m_filter(new NavigatorFilter(this)),
      m_filterLabel(new QLabel(this)), m_filterBox(new QComboBox(this)), m_view(new QTreeView(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    // Long pack and requirement names wrap instead of being cut off; the tooltip holds the full name as well.
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    // A wider or narrower navigator changes how many lines a name needs: measure the rows again.
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, m_view, &QTreeView::doItemsLayout);
    connect(m_view->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
    m_view->setIconSize(statusIconSize());
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(true);
    m_view->setIndentation(14);
    m_filterLabel->setBuddy(m_filterBox);
    for (int i = 0; i <= int(NavigatorFilter::Mode::NeedsReview); ++i)
        m_filterBox->addItem(QString(), i);
    m_filterBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filterBox->setMinimumContentsLength(12);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(6, 6, 6, 0);
    row->addWidget(m_filterLabel);
    row->addWidget(m_filterBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_filterBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setFilterMode(static_cast<NavigatorFilter::Mode>(m_filterBox->itemData(i).toInt())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT chosen(m_filter->mapToSource(current));
            });
    // New packs and pages show expanded to the pack level; sections stay folded until opened.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            m_view->expand(m_filter->index(0, 0));
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { m_view->expand(m_filter->index(0, 0)); });
    retranslate();
}

Navigator::~Navigator()
{
    disconnectChildren(this);
}

void Navigator::addPage(Page *page)
{
    m_entries.push_back(std::make_unique<NavigatorEntry>(page));
    // Every entry has an icon, so that the titles line up.
    const QIcon icon = page->pageIcon();
    m_model->addPage(page->pageTitle(), icon.isNull() ? style()->standardIcon(QStyle::SP_FileIcon) : icon);
    m_view->expand(m_filter->index(0, 0));
}

const NavigatorEntry *Navigator::item(int i) const
{
    return i >= 0 && i < count() ? m_entries[std::size_t(i)].get() : nullptr;
}

void Navigator::setFilterMode(NavigatorFilter::Mode mode)
{
    const QModelIndex keep = current();
    m_filter->setMode(mode);
    const int box = m_filterBox->findData(int(mode));
    if (box != m_filterBox->currentIndex())
        m_filterBox->setCurrentIndex(box);
    m_view->expand(m_filter->index(0, 0));
    // With a narrowing filter, open every pack and section so that what it found is in view.
    if (mode != NavigatorFilter::Mode::All)
        m_view->expandRecursively(m_filter->index(0, 0));
    if (keep.isValid() && m_filter->mapFromSource(keep).isValid()) {
        const QSignalBlocker block(m_view->selectionModel());
        m_view->setCurrentIndex(m_filter->mapFromSource(keep));
    }
}

void Navigator::select(const QModelIndex &sourceIndex)
{
    if (!sourceIndex.isValid())
        return;
    QModelIndex proxy = m_filter->mapFromSource(sourceIndex);
    if (!proxy.isValid()) {
        setFilterMode(NavigatorFilter::Mode::All);
        proxy = m_filter->mapFromSource(sourceIndex);
    }
    for (QModelIndex p = proxy.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(proxy);
    m_view->scrollTo(proxy);
}

QModelIndex Navigator::current() const
{
    return m_filter->mapToSource(m_view->currentIndex());
}

void Navigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        m_model->refreshTexts();
    QWidget::changeEvent(event);
}

void Navigator::retranslate()
{
    m_filterLabel->setText(tr("Show:"));
    const QString texts[] = {tr("Everything"), tr("Requirements that apply"), tr("Open requirements"),
                             tr("Lacking evidence"), tr("Needs review after a pack update")};
    for (int i = 0; i < m_filterBox->count(); ++i)
        m_filterBox->setItemText(i, texts[m_filterBox->itemData(i).toInt()]);
    m_filterBox->setAccessibleName(tr("Show in the navigator"));
    m_view->setAccessibleName(tr("Navigator"));
    m_view->setAccessibleDescription(tr("The project, its pages, and the requirements of each guidance pack"));
    for (int i = 0; i < count(); ++i)
        m_model->setPageTitle(i, m_entries[std::size_t(i)]->text());
    m_model->refreshTexts();
}

} // namespace vv::ui
