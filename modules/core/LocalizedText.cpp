#include "core/LocalizedText.h"

#include "core/Translation.h"

namespace vv {

QString LocalizedText::in(const QString &lang) const
{
    const QString &preferred = lang == QStringLiteral("en") ? en : nb;
    return preferred.isEmpty() ? (lang == QStringLiteral("en") ? nb : en) : preferred;
}

QString LocalizedText::current() const
{
    return in(Translation::current());
}

Json LocalizedText::toJson() const
{
    return Json{{"nb", toStd(nb)}, {"en", toStd(en)}};
}

} // namespace vv
