#include "ui/FileDialogs.h"

#include "store/OutputFile.h"

#include <QAbstractFileIconProvider>
#include <QCoreApplication>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QSortFilterProxyModel>

namespace vv::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(vv::ui::FileDialogs)
};

// Qt's provider asks QMimeDatabase with MatchDefault, which opens a file whose name does not settle its type.
class IconsByName : public QAbstractFileIconProvider {
public:
    QIcon icon(IconType type) const override { return QAbstractFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QAbstractFileIconProvider::icon(Folder);
        const QMimeType mime = m_mime.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
        const QIcon themed = QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName()));
        return themed.isNull() ? QAbstractFileIconProvider::icon(File) : themed;
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return Text::tr("Folder");
        const QMimeType mime = m_mime.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
        return mime.comment().isEmpty() ? mime.name() : mime.comment();
    }

private:
    QMimeDatabase m_mime;
};

// SQLite's companion files are no one's documents, and opening one to import or replace it would harm the project.
class HideCompanionFiles : public QSortFilterProxyModel {
protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString name = sourceModel()->index(row, 0, parent).data().toString();
        for (const char *suffix : {".veiviser-wal", ".veiviser-shm", ".veiviser-journal"})
            if (name.endsWith(QLatin1String(suffix)))
                return false;
        return true;
    }
};

QStringList run(QFileDialog &dialog)
{
    FileDialogs::makeSafe(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
}

} // namespace

void FileDialogs::makeSafe(QFileDialog &dialog)
{
    static IconsByName icons;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
    dialog.setProxyModel(new HideCompanionFiles);
}

QString FileDialogs::inDocuments(const QString &text, const QString &suffix)
{
    QString base = text.simplified();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    if (base.isEmpty())
        return {};
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(base + suffix);
}

QString FileDialogs::openFile(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    QFileDialog dialog(parent, caption, folder, filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    const QStringList files = run(dialog);
    return files.value(0);
}

QStringList FileDialogs::openFiles(QWidget *parent, const QString &caption, const QString &folder,
                                   const QString &filter)
{
    QFileDialog dialog(parent, caption, folder, filter);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    return run(dialog);
}

QString FileDialogs::saveFile(QWidget *parent, const QString &caption, const QString &suggested,
                              const QString &filter)
{
    QFileDialog dialog(parent, caption, suggested, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (const QFileInfo info(suggested); !suggested.isEmpty() && !info.isDir())
        dialog.selectFile(info.fileName());
    for (;;) {
        const QString file = run(dialog).value(0);
        if (file.isEmpty() || !isProjectFile(file))
            return file;
        QMessageBox::warning(parent, caption,
                             Text::tr("%1 is a Veiviser project, and a project is never replaced. Choose another "
                                      "name.").arg(QFileInfo(file).fileName()));
    }
}

QString FileDialogs::saveFileEndingIn(QWidget *parent, const QString &caption, const QString &suggested,
                                      const QString &filter, const QString &suffix)
{
    const QString file = saveFile(parent, caption, suggested, filter);
    if (file.isEmpty() || file.endsWith(suffix, Qt::CaseInsensitive))
        return file;
    // The dialog asked about the name it returned; the name with the suffix added was not asked about yet.
    const QString withSuffix = file + suffix;
    if (isProjectFile(withSuffix))
        return {};
    if (QFileInfo::exists(withSuffix) &&
        QMessageBox::question(parent, Text::tr("Replace the file?"),
                              Text::tr("%1 exists already. Replace it?").arg(withSuffix),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return {};
    return withSuffix;
}

QString FileDialogs::folder(QWidget *parent, const QString &caption, const QString &folder)
{
    QFileDialog dialog(parent, caption, folder);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return run(dialog).value(0);
}

} // namespace vv::ui
