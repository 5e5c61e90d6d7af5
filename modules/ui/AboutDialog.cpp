#include "ui/AboutDialog.h"

#include "core/Json.h"
#include "core/OpenSslVersion.h"
#include "core/Version.h"
#include "store/SqliteVersion.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace vv::ui {

QStringList AboutDialog::libraryVersions()
{
    return {
        QStringLiteral("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        QStringLiteral("SQLite %1").arg(sqliteVersion()),
        openSslVersion(),
        QStringLiteral("nlohmann/json %1.%2.%3")
            .arg(NLOHMANN_JSON_VERSION_MAJOR)
            .arg(NLOHMANN_JSON_VERSION_MINOR)
            .arg(NLOHMANN_JSON_VERSION_PATCH),
    };
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Veiviser"));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    QString libs;
    for (const QString &l : libraryVersions())
        libs += QStringLiteral("<li>") + l.toHtmlEscaped() + QStringLiteral("</li>");
    text->setText(QStringLiteral("<h2>Veiviser %1</h2><p>%2</p><p>%3</p><p><b>%4</b></p><ul>%5</ul>")
                      .arg(QStringLiteral(VV_VERSION),
                           tr("A workbench for AI in Norwegian health care: regulatory checklists, validation "
                              "evidence, model-validation tests and signed documentation packages."),
                           tr("Veiviser works offline. It sends nothing anywhere unless you point an evaluation "
                              "engine at a server."),
                           tr("Built with:"), libs));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace vv::ui
