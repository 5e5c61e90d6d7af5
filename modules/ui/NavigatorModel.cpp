#include "ui/NavigatorModel.h"

#include "ui/StatusStyle.h"

#include <QApplication>
#include <QPalette>

namespace vv::ui {

using namespace vv::guidance;
using tracking::TrackedStatus;

struct NavigatorModel::Node {
    Kind kind = Kind::Page;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    int page = -1;   // Project and Page
    QString title;   // Page
    QIcon icon;      // Page
    QString packId, sectionId, urn;

    // From the project's progress.
    bool known = false;
    TrackedStatus status = TrackedStatus::Undetermined;
    bool lacksEvidence = false, staleEvidence = false, needsReview = false, overdue = false;
    int directEvidence = 0, crosswalkEvidence = 0;
    tracking::StatusCounts counts; // packs and sections
    int reviewCount = 0;

    int row() const
    {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return -1;
    }
    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

NavigatorModel::NavigatorModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    auto project = std::make_unique<Node>();
    project->kind = Kind::Project;
    m_project = m_root->add(std::move(project));
}

NavigatorModel::~NavigatorModel() = default;

NavigatorModel::Node *NavigatorModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigatorModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

void NavigatorModel::setProjectTitle(const QString &title)
{
    m_projectTitle = title;
    emitChanged(m_project);
}

void NavigatorModel::addPage(const QString &title, const QIcon &icon)
{
    if (m_pageCount == 0) {
        m_project->page = 0;
        m_project->title = title;
        m_project->icon = icon;
        m_pageCount = 1;
        emitChanged(m_project);
        return;
    }
    // Pages come before the packs.
    const int row = m_pageCount - 1;
    beginInsertRows(indexOf(m_project), row, row);
    auto node = std::make_unique<Node>();
    node->kind = Kind::Page;
    node->parent = m_project;
    node->page = m_pageCount;
    node->title = title;
    node->icon = icon;
    m_project->children.insert(m_project->children.begin() + row, std::move(node));
    ++m_pageCount;
    endInsertRows();
}

void NavigatorModel::setPageTitle(int page, const QString &title)
{
    if (page == 0) {
        m_project->title = title;
        emitChanged(m_project);
        return;
    }
    if (page < 0 || page >= m_pageCount)
        return;
    Node *node = m_project->children[std::size_t(page - 1)].get();
    node->title = title;
    emitChanged(node);
}

void NavigatorModel::setGuidance(const GuidanceLibrary *library)
{
    const int pages = m_pageCount > 0 ? m_pageCount - 1 : 0;
    const int packs = int(m_project->children.size()) - pages;
    if (packs > 0) {
        beginRemoveRows(indexOf(m_project), pages, pages + packs - 1);
        m_project->children.erase(m_project->children.begin() + pages, m_project->children.end());
        endRemoveRows();
    }
    m_library = library;
    if (!library)
        return;

    std::vector<std::unique_ptr<Node>> packNodes;
    for (const Pack &pack : library->packs()) {
        if (pack.requirements.empty())
            continue;
        auto packNode = std::make_unique<Node>();
        packNode->kind = Kind::Pack;
        packNode->packId = pack.id;
        // Sections in the pack's order, then the requirements that have none.
        for (const Section &section : pack.sections) {
            auto sectionNode = std::make_unique<Node>();
            sectionNode->kind = Kind::Section;
            sectionNode->packId = pack.id;
            sectionNode->sectionId = section.id;
            for (const Requirement &r : pack.requirements) {
                if (r.section.id != section.id)
                    continue;
                auto req = std::make_unique<Node>();
                req->kind = Kind::Requirement;
                req->packId = pack.id;
                req->sectionId = section.id;
                req->urn = r.urn;
                sectionNode->add(std::move(req));
            }
            if (!sectionNode->children.empty())
                packNode->add(std::move(sectionNode));
        }
        for (const Requirement &r : pack.requirements) {
            if (!r.section.id.isEmpty() && pack.section(r.section.id))
                continue;
            auto req = std::make_unique<Node>();
            req->kind = Kind::Requirement;
            req->packId = pack.id;
            req->urn = r.urn;
            packNode->add(std::move(req));
        }
        packNodes.push_back(std::move(packNode));
    }
    if (packNodes.empty())
        return;
    beginInsertRows(indexOf(m_project), pages, pages + int(packNodes.size()) - 1);
    for (auto &node : packNodes)
        m_project->add(std::move(node));
    endInsertRows();
}

void NavigatorModel::setProgress(const tracking::ProjectProgress *progress)
{
    for (auto &packPtr : m_project->children) {
        Node *pack = packPtr.get();
        if (pack->kind != Kind::Pack)
            continue;
        pack->counts = {};
        pack->reviewCount = 0;
        pack->known = progress != nullptr;
        const auto update = [&](Node *req) {
            const tracking::RequirementProgress *r = progress ? progress->requirement(req->urn) : nullptr;
            req->known = r != nullptr;
            req->status = r ? r->status : TrackedStatus::Undetermined;
            req->lacksEvidence = r && r->lacksEvidence();
            req->staleEvidence = r && r->staleEvidence > 0;
            req->needsReview = r && r->needsReview();
            req->overdue = r && r->deadline == tracking::Deadline::Overdue;
            req->directEvidence = r ? r->directEvidence : 0;
            req->crosswalkEvidence = r ? r->crosswalkEvidence : 0;
            if (r) {
                pack->counts.add(r->status);
                pack->reviewCount += r->needsReview() ? 1 : 0;
            }
        };
        for (auto &childPtr : pack->children) {
            Node *child = childPtr.get();
            if (child->kind == Kind::Requirement) {
                update(child);
                continue;
            }
            child->counts = {};
            child->reviewCount = 0;
            child->known = progress != nullptr;
            const tracking::StatusCounts packBefore = pack->counts;
            const int reviewBefore = pack->reviewCount;
            for (auto &req : child->children)
                update(req.get());
            for (int s = 0; s < tracking::trackedStatusCount; ++s)
                child->counts.byStatus[std::size_t(s)] = pack->counts.byStatus[std::size_t(s)] - packBefore.byStatus[std::size_t(s)];
            child->reviewCount = pack->reviewCount - reviewBefore;
            if (!child->children.empty())
                Q_EMIT dataChanged(indexOf(child->children.front().get()), indexOf(child->children.back().get()));
        }
        if (!pack->children.empty())
            Q_EMIT dataChanged(indexOf(pack->children.front().get()), indexOf(pack->children.back().get()));
        emitChanged(pack);
    }
}

void NavigatorModel::refreshTexts()
{
    const std::function<void(Node *)> walk = [&](Node *node) {
        if (!node->children.empty())
            Q_EMIT dataChanged(indexOf(node->children.front().get()), indexOf(node->children.back().get()));
        for (auto &c : node->children)
            walk(c.get());
    };
    walk(m_root.get());
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
}

void NavigatorModel::emitChanged(Node *node)
{
    const QModelIndex i = indexOf(node);
    Q_EMIT dataChanged(i, i);
}

QModelIndex NavigatorModel::projectIndex() const
{
    return indexOf(m_project);
}

QModelIndex NavigatorModel::pageIndex(int page) const
{
    if (page == 0)
        return projectIndex();
    if (page < 0 || page >= m_pageCount)
        return {};
    return indexOf(m_project->children[std::size_t(page - 1)].get());
}

QModelIndex NavigatorModel::packIndex(const QString &packId) const
{
    for (auto &c : m_project->children)
        if (c->kind == Kind::Pack && c->packId == packId)
            return indexOf(c.get());
    return {};
}

QModelIndex NavigatorModel::sectionIndex(const QString &packId, const QString &sectionId) const
{
    const Node *pack = nodeOf(packIndex(packId));
    if (pack == m_root.get())
        return {};
    for (auto &c : pack->children)
        if (c->kind == Kind::Section && c->sectionId == sectionId)
            return indexOf(c.get());
    return {};
}

QModelIndex NavigatorModel::requirementIndex(const QString &urn) const
{
    for (auto &pack : m_project->children) {
        for (auto &c : pack->children) {
            if (c->kind == Kind::Requirement && c->urn == urn)
                return indexOf(c.get());
            for (auto &r : c->children)
                if (r->urn == urn)
                    return indexOf(r.get());
        }
    }
    return {};
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeOf(parent);
    return createIndex(row, column, p->children[std::size_t(row)].get());
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Project");
    return {};
}

static QString countsText(const tracking::StatusCounts &c)
{
    return NavigatorModel::tr("%1 of %2").arg(c.done()).arg(c.applicable());
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    const Pack *pack = m_library && !n->packId.isEmpty() ? m_library->pack(n->packId) : nullptr;
    const Section *section = pack && !n->sectionId.isEmpty() ? pack->section(n->sectionId) : nullptr;
    const Requirement *req = m_library && !n->urn.isEmpty() ? m_library->requirement(n->urn) : nullptr;
    const QPalette palette = QApplication::palette();

    const auto name = [&]() -> QString {
        switch (n->kind) {
        case Kind::Project: return m_projectTitle.isEmpty() ? n->title : m_projectTitle;
        case Kind::Page: return n->title;
        case Kind::Pack: return pack ? pack->title.current() : n->packId;
        case Kind::Section: return section ? section->title.current() : n->sectionId;
        case Kind::Requirement: return req ? req->title.current() : n->urn;
        }
        return {};
    };
    const auto description = [&]() -> QString {
        switch (n->kind) {
        case Kind::Project: return n->title;
        case Kind::Page: return {};
        case Kind::Pack:
        case Kind::Section: {
            if (!n->known)
                return {};
            QString text = tr("%n of %1 requirement(s) that apply are done", nullptr, n->counts.done())
                               .arg(n->counts.applicable());
            if (const int unknown = n->counts.count(TrackedStatus::Undetermined); unknown > 0)
                text += QStringLiteral("; ") + tr("%n not yet known", nullptr, unknown);
            if (n->reviewCount > 0)
                text += QStringLiteral("; ") + tr("%n need(s) review after a pack update", nullptr, n->reviewCount);
            return text;
        }
        case Kind::Requirement: {
            QStringList parts{statusLabel(n->status)};
            if (n->lacksEvidence)
                parts << tr("no evidence yet");
            else if (n->directEvidence + n->crosswalkEvidence > 0)
                parts << tr("%n evidence item(s)", nullptr, n->directEvidence + n->crosswalkEvidence);
            if (n->staleEvidence)
                parts << tr("stale evidence");
            if (n->overdue)
                parts << tr("overdue");
            if (n->needsReview)
                parts << tr("needs review after a pack update");
            return parts.join(QStringLiteral(", "));
        }
        }
        return {};
    };

    switch (role) {
    case Qt::DisplayRole:
        if ((n->kind == Kind::Pack || n->kind == Kind::Section) && n->known && n->counts.applicable() > 0)
            return QStringLiteral("%1  (%2)").arg(name(), countsText(n->counts));
        return name();
    case Qt::ToolTipRole: {
        const QString d = description();
        if (n->kind == Kind::Requirement)
            return QStringLiteral("%1\n%2\n%3").arg(name(), n->urn, d);
        return d.isEmpty() ? name() : QStringLiteral("%1\n%2").arg(name(), d);
    }
    case Qt::AccessibleTextRole: return name();
    case Qt::AccessibleDescriptionRole: return description();
    case Qt::DecorationRole:
        switch (n->kind) {
        case Kind::Project: return QIcon(QStringLiteral(":/icons/veiviser.svg"));
        case Kind::Page: return n->icon;
        case Kind::Pack:
        case Kind::Section:
            return progressIcon(n->known ? n->counts.done() : 0, n->known ? n->counts.applicable() : 0,
                                n->reviewCount > 0, palette);
        case Kind::Requirement:
            return requirementIcon(n->status, {n->lacksEvidence, n->staleEvidence, n->needsReview}, palette);
        }
        return {};
    case Qt::ForegroundRole:
        if (n->kind == Kind::Requirement && n->known && n->status == TrackedStatus::DoesNotApply)
            return palette.brush(QPalette::Disabled, QPalette::Text);
        return {};
    case KindRole: return int(n->kind);
    case IdRole:
        switch (n->kind) {
        case Kind::Project:
        case Kind::Page: return n->page;
        case Kind::Pack: return n->packId;
        case Kind::Section: return QString(n->packId + QLatin1Char('/') + n->sectionId);
        case Kind::Requirement: return n->urn;
        }
        return {};
    case PackRole: return n->packId.isEmpty() ? QVariant() : QVariant(n->packId);
    case StatusRole: return n->kind == Kind::Requirement ? QVariant(int(n->status)) : QVariant();
    case AppliesRole:
        return n->kind == Kind::Requirement
                   ? QVariant(n->known && n->status != TrackedStatus::DoesNotApply && n->status != TrackedStatus::Undetermined)
                   : QVariant();
    case OpenRole:
        return n->kind == Kind::Requirement
                   ? QVariant(n->status == TrackedStatus::NotStarted || n->status == TrackedStatus::InProgress)
                   : QVariant();
    case LacksEvidenceRole: return n->kind == Kind::Requirement ? QVariant(n->lacksEvidence) : QVariant();
    case NeedsReviewRole:
        return n->kind == Kind::Requirement ? QVariant(n->needsReview)
               : (n->kind == Kind::Pack || n->kind == Kind::Section) ? QVariant(n->reviewCount > 0)
                                                                      : QVariant();
    case StaleEvidenceRole: return n->kind == Kind::Requirement ? QVariant(n->staleEvidence) : QVariant();
    case OverdueRole: return n->kind == Kind::Requirement ? QVariant(n->overdue) : QVariant();
    default: return {};
    }
}

// ---- the filter ----

NavigatorFilter::NavigatorFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void NavigatorFilter::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    invalidateFilter();
}

bool NavigatorFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    using Kind = NavigatorModel::Kind;
    const auto kind = static_cast<Kind>(i.data(NavigatorModel::KindRole).toInt());
    switch (kind) {
    case Kind::Project:
    case Kind::Page: return true;
    case Kind::Pack:
    case Kind::Section: return m_mode == Mode::All; // otherwise shown while one of theirs is
    case Kind::Requirement: break;
    }
    switch (m_mode) {
    case Mode::All: return true;
    case Mode::Applicable: return i.data(NavigatorModel::AppliesRole).toBool();
    case Mode::Open: return i.data(NavigatorModel::OpenRole).toBool();
    case Mode::LackingEvidence: return i.data(NavigatorModel::LacksEvidenceRole).toBool();
    case Mode::NeedsReview: return i.data(NavigatorModel::NeedsReviewRole).toBool();
    }
    return true;
}

} // namespace vv::ui
