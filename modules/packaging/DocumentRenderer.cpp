#include "packaging/DocumentRenderer.h"

#include <kainjow/mustache.hpp>

#include <cmath>
#include <deque>

namespace vv::packaging {

namespace mustache = kainjow::mustache;

namespace {

using Data = mustache::data;

Data toData(const Json &j)
{
    switch (j.type()) {
    case Json::value_t::object: {
        Data d(Data::type::object);
        for (auto it = j.begin(); it != j.end(); ++it)
            d.set(it.key(), toData(it.value()));
        return d;
    }
    case Json::value_t::array: {
        Data d(Data::type::list);
        for (const Json &item : j)
            d.push_back(toData(item));
        return d;
    }
    case Json::value_t::string:
        // An empty text counts as absent, so that {{#owner}}...{{/owner}} is skipped when there is none.
        return j.get_ref<const std::string &>().empty() ? Data(false) : Data(j.get<std::string>());
    case Json::value_t::boolean:
        return Data(j.get<bool>());
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return Data(j.dump());
    case Json::value_t::number_float: {
        const double v = j.get<double>();
        return Data(std::isfinite(v) ? QString::number(v, 'g', 6).toStdString() : std::string());
    }
    default:
        // null: present but empty, so a section over it is skipped and an inverted section shown.
        return Data(false);
    }
}

/// The lookup kainjow does, plus a record of every name that nothing in the context stack has, and partials from
/// the template library instead of the data.
class TrackingContext final : public mustache::basic_context<std::string> {
public:
    TrackingContext(const Data *root, const std::map<QString, QByteArray> &partials) : m_partials(partials)
    {
        push(root);
    }

    void push(const Data *data) override { m_items.insert(m_items.begin(), data); }
    void pop() override { m_items.erase(m_items.begin()); }

    const Data *get(const std::string &name) const override
    {
        if (name == ".")
            return m_items.front();
        const QStringList parts = QString::fromStdString(name).split(QLatin1Char('.'));
        for (const Data *item : m_items) {
            const Data *var = item;
            for (const QString &p : parts) {
                var = var->get(p.toStdString());
                if (!var)
                    break;
            }
            if (var)
                return var;
        }
        missing.insert(QString::fromStdString(name));
        return nullptr;
    }

    const Data *get_partial(const std::string &name) const override
    {
        const auto it = m_partials.find(QString::fromStdString(name));
        if (it == m_partials.end()) {
            missing.insert(QStringLiteral(">") + QString::fromStdString(name));
            return nullptr;
        }
        m_partialData.emplace_back(it->second.toStdString());
        return &m_partialData.back();
    }

    mutable QSet<QString> missing;

private:
    std::vector<const Data *> m_items;
    const std::map<QString, QByteArray> &m_partials;
    mutable std::deque<Data> m_partialData; // stable addresses for the partials handed out
};

} // namespace

Result<QByteArray> DocumentRenderer::renderText(const QByteArray &text, const std::map<QString, QByteArray> &partials,
                                                const Json &data, QSet<QString> *unresolved, const QString &sourceName)
{
    mustache::mustache tmpl(text.toStdString());
    if (!tmpl.is_valid())
        return Error::input(tr("%1: %2").arg(sourceName, QString::fromStdString(tmpl.error_message())),
                            tr("Fix the template's Mustache tags."));
    const Data root = toData(data);
    TrackingContext ctx(&root, partials);
    const std::string out = tmpl.render(ctx);
    if (!tmpl.is_valid())
        return Error::input(tr("%1: %2").arg(sourceName, QString::fromStdString(tmpl.error_message())),
                            tr("Fix the template's Mustache tags."));
    if (unresolved)
        *unresolved += ctx.missing;
    return QByteArray::fromStdString(out);
}

Result<QByteArray> DocumentRenderer::render(const TemplateLibrary &templates, const DocumentTemplate &doc,
                                            const Json &model, QSet<QString> *unresolved)
{
    Json data = model;
    // The stylesheet comes from the library, never from data, and is checked like the templates.
    data["stylesheet_css"] = templates.stylesheet().toStdString();
    return renderText(doc.html, templates.partials(), data, unresolved, doc.templatePath);
}

} // namespace vv::packaging
