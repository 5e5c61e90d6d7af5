#pragma once

#include "store/ProjectStore.h"

#include <vector>

namespace vv {

/// One text a document needs that the guidance questions do not ask (intended purpose, manufacturer, signatory).
struct DocumentDetail {
    QString key;   ///< "group.name", from the templates' detail catalog (templates/details.json)
    QString value;
    QDateTime updatedAt;
    QString updatedBy;
};

/// The texts the documents of a package are filled with, by key. Every change is one audited transaction.
class DocumentDetailTable {
    Q_DECLARE_TR_FUNCTIONS(vv::DocumentDetailTable)
public:
    explicit DocumentDetailTable(ProjectStore &store) : m_store(store) {}

    /// Every detail, ordered by key.
    Result<std::vector<DocumentDetail>> all() const;

    /// Stores (key, value) pairs in one transaction; an empty value removes the detail, an unchanged one is
    /// skipped. Returns how many changed.
    Result<int> set(const std::vector<std::pair<QString, QString>> &values);
    /// The same for one detail inside a transaction the caller commits.
    static Status set(Transaction &tx, const QString &key, const QString &value, bool *changed = nullptr);

private:
    ProjectStore &m_store;
};

} // namespace vv
