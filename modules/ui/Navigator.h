#pragma once

#include "ui/NavigatorModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;

namespace vv::ui {

class Page;

/// One page entry of the navigator, as a list widget's item would give it.
class NavigatorEntry {
public:
    explicit NavigatorEntry(Page *page) : m_page(page) {}
    QString text() const;
    Page *page() const { return m_page; }

private:
    Page *m_page;
};

/// The navigator on the left of the main window: a filter and the tree of the project's pages, packs, sections and
/// requirements. Choosing an entry (mouse or keyboard) asks the main window to show it.
class Navigator : public QWidget {
    Q_OBJECT
public:
    explicit Navigator(QWidget *parent = nullptr);
    ~Navigator() override;

    NavigatorModel *model() const { return m_model; }
    NavigatorFilter *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QComboBox *filterBox() const { return m_filterBox; }

    void addPage(Page *page);
    /// The page entries in order (the project's overview first).
    int count() const { return int(m_entries.size()); }
    const NavigatorEntry *item(int i) const;

    /// Selects the entry of a source-model index; shows every requirement first when the filter hides it.
    void select(const QModelIndex &sourceIndex);
    /// The source-model index of the current entry.
    QModelIndex current() const;
    void setFilterMode(NavigatorFilter::Mode mode);

Q_SIGNALS:
    /// The current entry changed; index is of the source model.
    void chosen(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    NavigatorModel *m_model;
    NavigatorFilter *m_filter;
    QLabel *m_filterLabel;
    QComboBox *m_filterBox;
    QTreeView *m_view;
    std::vector<std::unique_ptr<NavigatorEntry>> m_entries;
};

} // namespace vv::ui
