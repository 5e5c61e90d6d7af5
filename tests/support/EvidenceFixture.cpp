#include "EvidenceFixture.h"

#include "evidence/EvidenceLibrary.h"

#include <QFile>

namespace vv::test {

Result<qint64> importTextEvidence(ProjectStore &store, const QString &path, const QByteArray &text, const QString &title)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(text) != text.size() || !file.flush())
        return Error::runtime(QStringLiteral("%1: cannot write the evidence file: %2").arg(path, file.errorString()),
                              QStringLiteral("Give the test a new file in a writable folder."));
    file.close();
    evidence::ImportRequest request;
    request.paths = {path};
    request.title = title;
    auto imported = evidence::EvidenceLibrary(store).import(request);
    if (!imported)
        return imported.error();
    if (imported->size() != 1)
        return Error::runtime(QStringLiteral("%1: the import made %2 items, not one").arg(path).arg(imported->size()),
                              QStringLiteral("Check the evidence library's import."));
    return imported->front().id;
}

} // namespace vv::test
