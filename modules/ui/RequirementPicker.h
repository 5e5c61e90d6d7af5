#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QObject>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace vv::guidance {
class GuidanceLibrary;
}

namespace vv::ui {

/// Lets a user name a requirement by its title, in their language, where a URN is asked for: the field completes
/// titles ("Human" offers "Human oversight (Art. 14)"), and a typed title or part of one is resolved to its URN.
/// A URN typed in full is taken as it is.
class RequirementPicker : public QObject {
    Q_OBJECT
public:
    explicit RequirementPicker(QLineEdit *edit);

    /// Fills the completions from the packs (titles in the current language); nullptr empties them.
    void setLibrary(const guidance::GuidanceLibrary *library);
    /// The URN the field's text names: a URN as typed, or the one requirement whose title (in either language)
    /// contains the text. Several or no matches are input errors that name the candidates.
    Result<QString> urnFor(const QString &text) const;
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    /// A completion was chosen; its URN.
    void picked(const QString &urn);

private:
    QLineEdit *m_edit;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    const guidance::GuidanceLibrary *m_library = nullptr;
};

} // namespace vv::ui
