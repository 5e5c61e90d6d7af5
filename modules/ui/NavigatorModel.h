#pragma once

#include "guidance/GuidanceLibrary.h"
#include "tracking/ProjectProgress.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace vv::ui {

/// The navigator's tree: the project (its overview page), the other pages, then each guidance pack with its
/// sections and requirements, with status icons and counts from the project's progress.
class NavigatorModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Kind { Project, Page, Pack, Section, Requirement };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< Kind as int
        IdRole,            ///< page: its index; pack: id; section: "pack/section"; requirement: URN
        PackRole,          ///< the pack id of packs, sections and requirements
        StatusRole,        ///< requirement: tracking::TrackedStatus as int
        AppliesRole,       ///< requirement: bool
        OpenRole,          ///< requirement: applies and not done
        LacksEvidenceRole, ///< requirement: bool
        NeedsReviewRole,   ///< requirement: bool; pack and section: any of theirs
        StaleEvidenceRole, ///< requirement: bool
        OverdueRole,       ///< requirement: bool
    };

    explicit NavigatorModel(QObject *parent = nullptr);
    ~NavigatorModel() override;

    /// The project's name, shown on the top entry (which stands for the first page added).
    void setProjectTitle(const QString &title);
    /// Adds a page: the first becomes the project entry, the others its children, before the packs.
    void addPage(const QString &title, const QIcon &icon);
    void setPageTitle(int page, const QString &title);
    int pageCount() const { return m_pageCount; }

    /// Shows the packs, sections and requirements of library (nullptr: none).
    void setGuidance(const guidance::GuidanceLibrary *library);
    /// Shows the statuses and counts of progress (nullptr: none known).
    void setProgress(const tracking::ProjectProgress *progress);
    /// After a language or palette change: texts and icons are drawn again.
    void refreshTexts();

    QModelIndex projectIndex() const;
    QModelIndex pageIndex(int page) const;
    QModelIndex packIndex(const QString &packId) const;
    QModelIndex sectionIndex(const QString &packId, const QString &sectionId) const;
    QModelIndex requirementIndex(const QString &urn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    struct Node;

private:
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    void emitChanged(Node *node);

    std::unique_ptr<Node> m_root;
    Node *m_project;
    int m_pageCount = 0;
    const guidance::GuidanceLibrary *m_library = nullptr;
    QString m_projectTitle;
};

/// What the navigator shows of the requirements: all, those that apply, the open ones, those lacking evidence, or
/// those that need review after a pack update. Pages are always shown; packs and sections while any of theirs is.
class NavigatorFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Mode { All, Applicable, Open, LackingEvidence, NeedsReview };
    explicit NavigatorFilter(QObject *parent = nullptr);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Mode m_mode = Mode::All;
};

} // namespace vv::ui
