#include "ui/EvidenceModel.h"

#include "ui/Labels.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace vv::ui {

EvidenceModel::EvidenceModel(QObject *parent) : QAbstractTableModel(parent) {}

Status EvidenceModel::reload(const evidence::EvidenceLibrary &library)
{
    auto statuses = library.statuses();
    if (!statuses)
        return statuses.error();
    beginResetModel();
    m_rows = std::move(*statuses);
    endResetModel();
    return {};
}

void EvidenceModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const evidence::EvidenceStatus *EvidenceModel::statusAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int EvidenceModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].item.id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString EvidenceModel::attentionText(const evidence::EvidenceStatus &s)
{
    QStringList parts;
    if (s.piiFlagged)
        parts << (s.clearedForPackage ? tr("Identity numbers (confirmed)") : tr("Identity numbers"));
    if (s.staleness.expired)
        parts << tr("Expired");
    if (s.staleness.olderSystemVersion)
        parts << tr("Older system version");
    return parts.join(QStringLiteral(", "));
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    const auto *s = index.isValid() ? statusAt(index.row()) : nullptr;
    if (!s || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const EvidenceItem &e = s->item;
    const bool attention = (s->piiFlagged && !s->clearedForPackage) || s->staleness.isStale();
    if (role == IdRole)
        return e.id;
    if (role == NeedsAttentionRole)
        return attention;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title: return e.title;
        case Kind: return evidenceKindLabel(e.kind);
        case State: return reviewStateLabel(e.reviewState);
        case Size: return QLocale().formattedDataSize(e.size);
        case Requirements: {
            // Titles can hold commas; a semicolon keeps them apart.
            QStringList titles;
            for (const QString &urn : s->links)
                titles << requirementTitle(urn);
            return titles.join(QStringLiteral("; "));
        }
        case Attention: return attentionText(*s);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Title)
            return tr("%1 (imported from %2)").arg(e.title, e.source);
        if (index.column() == Requirements && !s->links.isEmpty()) {
            QStringList lines;
            for (const QString &urn : s->links) {
                const QString title = requirementTitle(urn);
                lines << (title == urn ? urn : tr("%1 (%2)").arg(title, urn));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Attention && s->piiFlagged && !s->clearedForPackage)
            return tr("Holds %n identity number(s); it cannot go into a package until someone confirms it.", nullptr,
                      static_cast<int>(e.piiFindings));
    }
    if (role == Qt::DecorationRole && index.column() == Attention && attention)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Title");
    case Kind: return tr("Kind");
    case State: return tr("Review");
    case Size: return tr("Size");
    case Requirements: return tr("Requirements");
    case Attention: return tr("Needs attention");
    }
    return {};
}

CsvTableModel::CsvTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CsvTableModel::setPreview(evidence::CsvPreview preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    endResetModel();
}

int CsvTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_preview.rows.size());
}

int CsvTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_preview.header.size());
}

QVariant CsvTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole) || index.row() >= rowCount()
        || index.column() >= columnCount())
        return {};
    return m_preview.rows[static_cast<std::size_t>(index.row())].value(index.column());
}

QVariant CsvTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < columnCount() ? QVariant(m_preview.header[section]) : QVariant();
}

} // namespace vv::ui
