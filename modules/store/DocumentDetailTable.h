#pragma once

#include "core/LocalizedText.h"
#include "store/ProjectStore.h"

#include <vector>

namespace vv {

/// One text a document needs that the guidance questions do not ask (intended purpose, manufacturer, signatory), in
/// Bokmål and English: each document uses its own language's text and marks the other's as untranslated.
struct DocumentDetail {
    QString key;        ///< "group.name", from the templates' detail catalog (templates/details.json)
    LocalizedText text; ///< either may be empty, never both
    QDateTime updatedAt;
    QString updatedBy;
};

/// One change to a detail: its text in one language (an empty text removes that language's text).
struct DetailText {
    QString key;
    QString lang; ///< "nb" or "en"
    QString value;
};

/// The texts the documents of a package are filled with, by key and language. Every change is one audited
/// transaction.
class DocumentDetailTable {
    Q_DECLARE_TR_FUNCTIONS(vv::DocumentDetailTable)
public:
    explicit DocumentDetailTable(ProjectStore &store) : m_store(store) {}

    /// The languages a detail is written in, Bokmål first.
    static const QStringList &languages();

    /// Every detail, ordered by key.
    Result<std::vector<DocumentDetail>> all() const;

    /// Stores the texts in one transaction; an unchanged text is skipped, and a detail whose texts are both empty
    /// is removed. Returns how many texts changed.
    Result<int> set(const std::vector<DetailText> &values);
    /// The same for one text inside a transaction the caller commits.
    static Status set(Transaction &tx, const DetailText &value, bool *changed = nullptr);

private:
    ProjectStore &m_store;
};

} // namespace vv
