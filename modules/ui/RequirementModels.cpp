#include "ui/RequirementModels.h"

#include "ui/EvidenceModel.h"
#include "ui/Labels.h"
#include "ui/StatusStyle.h"

#include <QApplication>
#include <QLocale>

namespace vv::ui {

using tracking::Deadline;

// ---- requirements ----

RequirementTableModel::RequirementTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RequirementTableModel::setRequirements(std::vector<tracking::RequirementProgress> rows,
                                            const guidance::GuidanceLibrary *library)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_library = library;
    endResetModel();
}

void RequirementTableModel::clear()
{
    setRequirements({}, nullptr);
}

QString RequirementTableModel::urnAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].urn : QString();
}

void RequirementTableModel::retranslate()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RequirementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequirementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequirementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const tracking::RequirementProgress &r = m_rows[std::size_t(index.row())];
    const guidance::Requirement *req = m_library ? m_library->requirement(r.urn) : nullptr;
    if (role == UrnRole)
        return r.urn;
    switch (index.column()) {
    case Title:
        if (role == Qt::DisplayRole)
            return req ? req->title.current() : r.urn;
        if (role == Qt::ToolTipRole)
            return r.urn;
        if (role == Qt::DecorationRole)
            return requirementIcon(r.status, {r.lacksEvidence(), r.staleEvidence > 0, r.needsReview()},
                                   QApplication::palette());
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return r.needsReview() ? tr("%1 (needs review)").arg(statusLabel(r.status)) : statusLabel(r.status);
        break;
    case Owner:
        if (role == Qt::DisplayRole)
            return r.state ? r.state->owner : QString();
        break;
    case Due:
        if (role == Qt::DisplayRole) {
            if (!r.dueDate()) // without the team's date, a coming date of application is what makes it due
                return r.deadline == Deadline::None || !r.appliesFrom()
                           ? QString() : tr("%1 (starts to apply)").arg(dateText(*r.appliesFrom()));
            const QString date = dateText(*r.dueDate());
            return r.deadline == Deadline::Overdue ? tr("%1 (overdue)").arg(date) : date;
        }
        if (role == Qt::ForegroundRole && r.deadline == Deadline::Overdue)
            return overdueColor();
        break;
    case AppliesFrom:
        if (role == Qt::DisplayRole) {
            const auto &from = r.applicability.appliesFrom;
            if (!from)
                return tr("not yet known");
            return from->confirmed ? dateText(from->eu) : tr("%1 (not confirmed)").arg(dateText(from->eu));
        }
        if (role == Qt::ToolTipRole)
            return r.applicability.appliesFrom ? r.applicability.appliesFrom->text(&dateText)
                                               : tr("It depends on answers not yet given.");
        break;
    case Evidence:
        if (role == Qt::DisplayRole) {
            if (r.lacksEvidence())
                return tr("none yet");
            if (r.crosswalkEvidence > 0)
                return tr("%1 (+%2 through the crosswalk)").arg(r.directEvidence).arg(r.crosswalkEvidence);
            return QString::number(r.directEvidence);
        }
        break;
    default: break;
    }
    return {};
}

QVariant RequirementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Requirement");
    case Status: return tr("Status");
    case Owner: return tr("Owner");
    case Due: return tr("Due");
    case AppliesFrom: return tr("Applies from");
    case Evidence: return tr("Evidence");
    default: return {};
    }
}

// ---- evidence ----

EvidenceListModel::EvidenceListModel(QObject *parent) : QAbstractTableModel(parent) {}

void EvidenceListModel::setItems(std::vector<evidence::EvidenceStatus> items, const guidance::GuidanceLibrary *library)
{
    beginResetModel();
    m_items = std::move(items);
    m_library = library;
    endResetModel();
}

void EvidenceListModel::clear()
{
    setItems({}, nullptr);
}

qint64 EvidenceListModel::idAt(int row) const
{
    const auto *s = itemAt(row);
    return s ? s->item.id : 0;
}

const evidence::EvidenceStatus *EvidenceListModel::itemAt(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? &m_items[std::size_t(row)] : nullptr;
}

void EvidenceListModel::retranslate()
{
    if (!m_items.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int EvidenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EvidenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const evidence::EvidenceStatus &s = m_items[std::size_t(index.row())];
    if (role == IdRole)
        return s.item.id;
    if (role == ViaCrosswalkRole)
        return !s.viaCrosswalk.isEmpty();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Title: return s.item.title;
    case Kind: return evidenceKindLabel(s.item.kind);
    case Counts: {
        if (s.viaCrosswalk.isEmpty())
            return s.links.isEmpty() ? QString() : tr("linked directly");
        const guidance::Requirement *r = m_library ? m_library->requirement(s.viaCrosswalk) : nullptr;
        return tr("through the crosswalk, from “%1”").arg(r ? r->title.current() : s.viaCrosswalk);
    }
    case Attention: return EvidenceModel::attentionText(s);
    default: return {};
    }
}

QVariant EvidenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Title");
    case Kind: return tr("Kind");
    case Counts: return tr("How it counts");
    case Attention: return tr("Needs attention");
    default: return {};
    }
}

} // namespace vv::ui
