#include "ui/RequirementPicker.h"

#include "evidence/RequirementCatalog.h"
#include "guidance/GuidanceLibrary.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace vv::ui {

namespace {

constexpr int urnRole = Qt::UserRole + 1;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(vv::ui::RequirementPicker)
};

} // namespace

RequirementPicker::RequirementPicker(QLineEdit *edit)
    : QObject(edit), m_edit(edit), m_model(new QStandardItemModel(this)), m_completer(new QCompleter(m_model, this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    edit->setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const QString urn = index.data(urnRole).toString();
        if (!urn.isEmpty())
            Q_EMIT picked(urn);
    });
}

void RequirementPicker::setLibrary(const guidance::GuidanceLibrary *library)
{
    m_library = library;
    m_model->clear();
    if (!library)
        return;
    for (const guidance::Pack &pack : library->packs())
        for (const guidance::Requirement &r : pack.requirements) {
            // The title and the URN in one line, so that either can be searched for.
            auto *item = new QStandardItem(QStringLiteral("%1 — %2").arg(r.title.current(), r.urn));
            item->setData(r.urn, urnRole);
            item->setToolTip(pack.title.current());
            m_model->appendRow(item);
        }
}

Result<QString> RequirementPicker::urnFor(const QString &typed) const
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return Error::input(Text::tr("type a requirement's title or URN first"));
    // A chosen completion: "Title — urn".
    const qsizetype dash = text.lastIndexOf(QStringLiteral(" — "));
    const QString tail = dash >= 0 ? text.mid(dash + 3) : text;
    if (evidence::isRequirementUrn(tail))
        return tail;
    if (!m_library)
        return Error::input(Text::tr("'%1' is not a requirement URN").arg(text));
    QStringList matches;
    QStringList shown;
    for (const guidance::Pack &pack : m_library->packs())
        for (const guidance::Requirement &r : pack.requirements)
            if (r.title.nb.contains(text, Qt::CaseInsensitive) || r.title.en.contains(text, Qt::CaseInsensitive)) {
                matches << r.urn;
                shown << QStringLiteral("%1 (%2)").arg(r.title.current(), r.urn);
            }
    if (matches.size() == 1)
        return matches.front();
    if (matches.isEmpty())
        return Error::input(Text::tr("no requirement's title contains '%1'").arg(text),
                            Text::tr("Type part of a title, such as \"oversight\", and choose from the list."));
    shown = shown.mid(0, 5);
    return Error::input(Text::tr("%n requirements match '%1'", nullptr, int(matches.size())).arg(text),
                        Text::tr("Choose one from the list, or type more of its title. Some of them: %1.")
                            .arg(shown.join(QStringLiteral("; "))));
}

} // namespace vv::ui
