#pragma once

#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace vv::ui {

/// The application's file dialogs: Qt's own dialog, made safe to point at a folder that holds an open project.
///
/// Qt's dialog, native or not, reads the first bytes of every file whose type it cannot tell from the name, to pick
/// an icon. Reading means opening and closing, and closing any descriptor of the project file drops all of this
/// process's locks on it (see store/ProjectFilePin.h): a CLI run next to the GUI could then delete the -wal file the
/// GUI still writes to. These dialogs decide icons and types by name alone, hide the project's -wal, -shm and
/// -journal files, and never offer an open project as a file to replace.
namespace FileDialogs {

QString openFile(QWidget *parent, const QString &caption, const QString &folder = {}, const QString &filter = {});
QStringList openFiles(QWidget *parent, const QString &caption, const QString &folder = {}, const QString &filter = {});
/// Asks before replacing an existing file; refuses a Veiviser project (or its -wal/-shm) as the file to write.
QString saveFile(QWidget *parent, const QString &caption, const QString &suggested = {}, const QString &filter = {});
/// saveFile, with suffix (".zip") added to a name that lacks it, asking again before replacing that file.
QString saveFileEndingIn(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                         const QString &suffix);
QString folder(QWidget *parent, const QString &caption, const QString &folder = {});
/// A file path in the user's documents folder named after text (a project's name), with the characters that file
/// systems refuse replaced by '-', and the suffix (".zip") appended.
QString inDocuments(const QString &text, const QString &suffix);
/// Gives a dialog made elsewhere the same policy (Qt's widget dialog, icons by name, companion files hidden).
void makeSafe(QFileDialog &dialog);

} // namespace FileDialogs

} // namespace vv::ui
