#include "packaging/TraceSheet.h"

#include "core/CsvWriter.h"
#include "core/RegularFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <memory>

namespace vv::packaging {

namespace {

QString text(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? fromStd(it->get<std::string>()) : QString();
}

QStringList header(const Json &model)
{
    const Json &t = model.contains("t") ? model["t"] : Json::object();
    return {text(t, "risk_label_requirements"), text(t, "risk_label_ref"),        text(t, "risk_label_region"),
            text(t, "risk_label_control_type"), text(t, "risk_label_verifications"), text(t, "label_evidence"),
            text(t, "risk_label_status")};
}

std::vector<QStringList> rows(const Json &model)
{
    std::vector<QStringList> out;
    if (!model.contains("risk") || !model["risk"].contains("trace"))
        return out;
    const Json &trace = model["risk"]["trace"];
    if (!trace.contains("rows") || !trace["rows"].is_array())
        return out;
    const QString ok = model.contains("t") ? text(model["t"], "risk_trace_ok") : QString();
    for (const Json &r : trace["rows"]) {
        const bool isOk = r.contains("ok") && r["ok"].is_boolean() && r["ok"].get<bool>();
        out.push_back({text(r, "requirements_text"), text(r, "hazard"), text(r, "region_name"), text(r, "control"),
                       text(r, "verification"), text(r, "evidence"), isOk ? ok : text(r, "gaps_text")});
    }
    return out;
}

// A cell of an XLSX sheet holds at most 32,767 characters, and XML 1.0 cannot carry most control characters; the
// texts come from users, so both are made safe here rather than trusted to the writer.
std::string cellText(const QString &value)
{
    QString v;
    v.reserve(value.size());
    for (const QChar c : value)
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n'))
            v += c;
    if (v.size() > 32767)
        v.truncate(32767);
    return v.toStdString();
}

struct WorkbookCloser {
    void operator()(lxw_workbook *w) const
    {
        if (w)
            workbook_close(w);
    }
};

} // namespace

QString TraceSheet::csvPath(const QString &lang)
{
    return QStringLiteral("exports/traceability-matrix.%1.csv").arg(lang);
}

QString TraceSheet::xlsxPath(const QString &lang)
{
    return QStringLiteral("exports/traceability-matrix.%1.xlsx").arg(lang);
}

QByteArray TraceSheet::csv(const Json &model)
{
    QByteArray out = csv::utf8Bom();
    out += csv::record(header(model));
    for (const QStringList &row : rows(model))
        out += csv::record(row);
    return out;
}

Result<QByteArray> TraceSheet::xlsx(const Json &model, const QDateTime &created)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::runtime(tr("could not make a temporary folder for the traceability sheet: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("trace.xlsx"));
    const QByteArray nativePath = QFile::encodeName(path);
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmp.constData());
    std::unique_ptr<lxw_workbook, WorkbookCloser> book(workbook_new_opt(nativePath.constData(), &options));
    if (!book)
        return Error::runtime(tr("could not start the traceability sheet"));
    lxw_doc_properties properties{};
    properties.created = created.isValid() ? time_t(created.toSecsSinceEpoch()) : 0;
    workbook_set_properties(book.get(), &properties);
    lxw_worksheet *sheet = workbook_add_worksheet(book.get(), nullptr);
    lxw_format *bold = workbook_add_format(book.get());
    format_set_bold(bold);
    lxw_format *wrap = workbook_add_format(book.get());
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    const QStringList head = header(model);
    const double widths[] = {34, 10, 22, 24, 40, 10, 40};
    for (int c = 0; c < int(head.size()); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), cellText(head[c]).c_str(), bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[std::min(c, 6)], wrap);
    }
    const std::vector<QStringList> body = rows(model);
    for (std::size_t r = 0; r < body.size(); ++r)
        for (int c = 0; c < int(body[r].size()); ++c)
            worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), cellText(body[r][c]).c_str(), wrap);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(body.size()), lxw_col_t(head.size() - 1));
    const lxw_error closed = workbook_close(book.release());
    if (closed != LXW_NO_ERROR)
        return Error::runtime(tr("could not write the traceability sheet: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
    return readRegularFile(path, 256 * 1024 * 1024);
}

} // namespace vv::packaging
