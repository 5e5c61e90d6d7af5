#include "ui/GsprModel.h"

#include <QFont>

namespace vv::ui {

using packaging::GsprChecklist;
using Field = GsprChecklist::Field;

GsprModel::GsprModel(QObject *parent) : QAbstractTableModel(parent) {}

void GsprModel::setCatalog(const packaging::GsprCatalog &catalog)
{
    beginResetModel();
    m_rows.clear();
    for (const packaging::GsprGroup &g : catalog.groups)
        for (const packaging::GsprPoint &p : g.points) {
            Row r;
            r.point = p.point;
            r.title = p.title;
            r.group = g.title;
            m_rows.push_back(r);
        }
    endResetModel();
}

std::pair<QString, QString> GsprModel::keyOf(const QString &point, int column)
{
    const QString nb = QStringLiteral("nb"), en = QStringLiteral("en");
    switch (column) {
    case Applies: return {GsprChecklist::key(point, Field::Applies), nb};
    case ReasonNb: return {GsprChecklist::key(point, Field::Reason), nb};
    case ReasonEn: return {GsprChecklist::key(point, Field::Reason), en};
    case MethodNb: return {GsprChecklist::key(point, Field::Method), nb};
    case MethodEn: return {GsprChecklist::key(point, Field::Method), en};
    case Standards: return {GsprChecklist::key(point, Field::Standards), nb};
    case Evidence: return {GsprChecklist::key(point, Field::Evidence), nb};
    default: return {};
    }
}

bool GsprModel::isEditable(int column)
{
    return column != Point && column != Requirement && column != Status && column >= 0 && column < ColumnCount;
}

void GsprModel::setSaved(const std::map<QString, LocalizedText> &details)
{
    for (Row &r : m_rows) {
        const packaging::GsprEntry e = GsprChecklist::entry(details, r.point);
        r.saved[Applies] = e.applies;
        r.saved[ReasonNb] = e.reason.nb;
        r.saved[ReasonEn] = e.reason.en;
        r.saved[MethodNb] = e.method.nb;
        r.saved[MethodEn] = e.method.en;
        r.saved[Standards] = e.standards;
        r.saved[Evidence] = e.evidence;
        for (int c = 0; c < ColumnCount; ++c)
            r.edited[c] = r.saved[c];
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void GsprModel::setEvidenceTitles(const std::map<qint64, QString> &titles)
{
    m_evidence = titles;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Evidence), index(rowCount() - 1, Evidence));
}

std::vector<DetailText> GsprModel::changes() const
{
    std::vector<DetailText> out;
    for (const Row &r : m_rows)
        for (int c = 0; c < ColumnCount; ++c)
            if (isEditable(c) && r.edited[c] != r.saved[c]) {
                const auto [key, lang] = keyOf(r.point, c);
                out.push_back({key, lang, r.edited[c]});
            }
    return out;
}

bool GsprModel::hasChanges() const
{
    return !changes().empty();
}

void GsprModel::markSaved()
{
    for (Row &r : m_rows)
        for (int c = 0; c < ColumnCount; ++c)
            r.saved[c] = r.edited[c];
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void GsprModel::revert()
{
    for (Row &r : m_rows)
        for (int c = 0; c < ColumnCount; ++c)
            r.edited[c] = r.saved[c];
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GsprModel::rowOf(const QString &point) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].point == point)
            return int(i);
    return -1;
}

int GsprModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GsprModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

packaging::GsprEntry GsprModel::entryOf(const Row &r) const
{
    packaging::GsprEntry e;
    e.point = r.point;
    e.applies = r.edited[Applies].trimmed();
    e.reason = {r.edited[ReasonNb].trimmed(), r.edited[ReasonEn].trimmed()};
    e.method = {r.edited[MethodNb].trimmed(), r.edited[MethodEn].trimmed()};
    e.standards = r.edited[Standards].trimmed();
    e.evidence = r.edited[Evidence].trimmed();
    return e;
}

QString GsprModel::statusText(const Row &r) const
{
    QStringList lacking;
    for (Field f : GsprChecklist::lacking(entryOf(r)))
        switch (f) {
        case Field::Applies: lacking << tr("whether it applies"); break;
        case Field::Reason: lacking << tr("the reason"); break;
        case Field::Method: lacking << tr("the method"); break;
        case Field::Evidence: lacking << tr("the evidence"); break;
        case Field::Standards: break;
        }
    return lacking.isEmpty() ? tr("Complete") : tr("Lacks %1").arg(lacking.join(QStringLiteral(", ")));
}

QVariant GsprModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const int c = index.column();
    if (role == LackingRole)
        return !GsprChecklist::lacking(entryOf(r)).empty();
    if (role == StoredRole)
        return isEditable(c) ? QVariant(r.edited[c]) : QVariant(r.point);
    if (role == Qt::ToolTipRole) {
        if (c == Requirement || c == Point)
            return QStringLiteral("%1\n%2").arg(r.group.current(), r.title.current());
        if (isEditable(c) && r.edited[c] != r.saved[c])
            return tr("Changed, not saved");
        return {};
    }
    if (role == Qt::FontRole && isEditable(c) && r.edited[c] != r.saved[c]) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (c) {
    case Point: return r.point;
    case Requirement: return r.title.current();
    case Applies:
        if (role == Qt::EditRole)
            return r.edited[c];
        return r.edited[c] == QStringLiteral("yes") ? tr("Yes") : r.edited[c] == QStringLiteral("no") ? tr("No") : tr("Not decided");
    case Evidence: {
        if (role == Qt::EditRole || r.edited[c].isEmpty())
            return r.edited[c];
        const auto it = m_evidence.find(r.edited[c].toLongLong());
        return it == m_evidence.end() ? tr("#%1 (not in the project)").arg(r.edited[c])
                                      : QStringLiteral("#%1 %2").arg(r.edited[c], it->second);
    }
    case Status: return statusText(r);
    default: return r.edited[c];
    }
}

bool GsprModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !isEditable(index.column()) || m_readOnly)
        return false;
    Row &r = m_rows[std::size_t(index.row())];
    const QString v = value.toString();
    if (index.column() == Applies && !v.isEmpty() && v != QStringLiteral("yes") && v != QStringLiteral("no"))
        return false;
    if (r.edited[index.column()] == v)
        return true;
    r.edited[index.column()] = v;
    // The status follows every cell of the row.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags GsprModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(index.column()) && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant GsprModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Point: return tr("Point");
    case Requirement: return tr("Requirement (MDR Annex I)");
    case Applies: return tr("Applies");
    case ReasonNb: return tr("Why not (Bokmål)");
    case ReasonEn: return tr("Why not (English)");
    case MethodNb: return tr("How conformity is shown (Bokmål)");
    case MethodEn: return tr("How conformity is shown (English)");
    case Standards: return tr("Standards");
    case Evidence: return tr("Controlled document");
    case Status: return tr("Status");
    default: return {};
    }
}

void GsprModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void GsprModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

} // namespace vv::ui
