#pragma once

#include "packaging/GsprChecklist.h"
#include "store/DocumentDetailTable.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace vv::ui {

/// The GSPR checklist of MDR Annex II 4 as an editable table: one row per point of Annex I, with whether it
/// applies, why not (Bokmål, English), how conformity is shown (Bokmål, English), the standards and the evidence
/// item. Edits stay in the model until changes() is saved; each changed cell is marked.
class GsprModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// What the point lacks comes right after whether it applies, so it is in view without scrolling sideways.
    enum Column { Point, Requirement, Applies, Status, ReasonNb, ReasonEn, MethodNb, MethodEn, Standards, Evidence,
                  ColumnCount };
    /// The value of a cell as stored ("yes", "no", "", an evidence number) rather than as shown.
    static constexpr int StoredRole = Qt::UserRole + 1;
    /// Whether a row still lacks something (bool), for the "only what is missing" filter.
    static constexpr int LackingRole = Qt::UserRole + 2;

    explicit GsprModel(QObject *parent = nullptr);

    /// The points to show, and what the project has stored (details by key); forgets any edits.
    void setCatalog(const packaging::GsprCatalog &catalog);
    void setSaved(const std::map<QString, LocalizedText> &details);
    /// Titles of the project's evidence items, by number, for the Evidence column.
    void setEvidenceTitles(const std::map<qint64, QString> &titles);
    const std::map<qint64, QString> &evidenceTitles() const { return m_evidence; }

    /// Every edited cell as a detail text, ready for DocumentDetailTable::set.
    std::vector<DetailText> changes() const;
    bool hasChanges() const;
    /// The edits became the saved values.
    void markSaved();
    void revert();
    /// The row of a point, or -1.
    int rowOf(const QString &point) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReadOnly(bool readOnly);
    /// The titles and headers in the interface's language again, edits kept.
    void retranslate();

private:
    /// One point: its catalog entry and its cells' texts, saved and as edited.
    struct Row {
        QString point;
        LocalizedText title;
        LocalizedText group;
        QString saved[ColumnCount];
        QString edited[ColumnCount];
    };
    static bool isEditable(int column);
    /// The detail key and language of an editable column.
    static std::pair<QString, QString> keyOf(const QString &point, int column);
    packaging::GsprEntry entryOf(const Row &row) const;
    QString statusText(const Row &row) const;

    std::vector<Row> m_rows;
    std::map<qint64, QString> m_evidence;
    bool m_readOnly = false;
};

} // namespace vv::ui
