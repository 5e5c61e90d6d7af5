#include "validation/RatingCsv.h"

#include "core/CsvScanner.h"
#include "core/CsvWriter.h"
#include "validation/RatingRound.h"

#include <QStringDecoder>

#include <map>
#include <tuple>

namespace vv::validation {

namespace {

const QStringList header = {QStringLiteral("case_id"), QStringLiteral("rater"),    QStringLiteral("criterion"),
                            QStringLiteral("score"),   QStringLiteral("comment"),  QStringLiteral("side"),
                            QStringLiteral("question"), QStringLiteral("answer")};
constexpr int requiredColumns = 5; // case_id, rater, criterion, score, comment: the contract of issue 19

QString sideOf(const RatingAssignment &a, const QString &answer, bool twoRuns)
{
    if (!twoRuns)
        return {};
    return answer == a.leftAnswer ? QStringLiteral("left") : QStringLiteral("right");
}

// CsvWriter puts an apostrophe before text a spreadsheet would run as a formula; a comment read back loses it.
QString withoutFormulaGuard(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (text.size() >= 2 && text.front() == QLatin1Char('\'') && formulaStarts.contains(text.at(1)))
        return text.mid(1);
    return text;
}

} // namespace

Result<QByteArray> RatingCsv::write(const RatingRound &round, const QString &rater)
{
    auto items = round.items();
    if (!items)
        return items.error();
    auto assigned = round.assignments(rater);
    if (!assigned)
        return assigned.error();
    if (assigned->empty())
        return Error::input(tr("%1 is not a rater of rating round %2").arg(rater, QString::number(round.record().id)));
    auto ratings = round.allRatings();
    if (!ratings)
        return ratings.error();
    std::map<std::tuple<QString, QString, QString, QString>, const StoredRating *> given;
    for (const StoredRating &r : *ratings)
        given[{r.rater, r.caseId, r.answer, r.criterion}] = &r;
    std::map<QString, const RatingItem *> byCase;
    for (const RatingItem &i : *items)
        byCase[i.caseId] = &i;
    QByteArray out = csv::utf8Bom() + csv::record(header);
    for (const RatingAssignment &a : *assigned) {
        const RatingItem *item = byCase[a.caseId];
        if (!item)
            continue;
        const QString question = RatingRound::conversationText(item->conversation);
        // The left answer first, as the rater sees them.
        QStringList order = round.answers();
        if (order.size() == 2 && a.leftAnswer == QStringLiteral("b"))
            std::swap(order[0], order[1]);
        for (const QString &answer : order) {
            const QString text = answer == QStringLiteral("b") ? item->answerB.value_or(QString()) : item->answerA;
            for (const RubricCriterion &c : round.rubric().criteria) {
                const auto r = given.find({a.rater, a.caseId, answer, c.id});
                const bool rated = r != given.end();
                out += csv::record({a.caseId, a.rater, c.id, rated ? QString::number(r->second->score) : QString(),
                                    rated ? r->second->comment : QString(), sideOf(a, answer, round.twoRuns()),
                                    question, text});
            }
        }
    }
    return out;
}

namespace {

/// The columns of an import, by name.
struct Columns {
    std::map<QString, int> index;
    int of(const QString &name) const
    {
        const auto i = index.find(name);
        return i == index.end() ? -1 : i->second;
    }
};

QString cell(const std::vector<std::string> &fields, int column)
{
    if (column < 0 || column >= static_cast<int>(fields.size()))
        return {};
    return QString::fromUtf8(fields[static_cast<std::size_t>(column)]).trimmed();
}

} // namespace

Result<std::vector<StoredRating>> RatingCsv::read(const RatingRound &round, const QByteArray &bytes,
                                                  const QString &sourceName, std::vector<Error> &problems)
{
    auto problem = [&](qint64 line, const QString &what, const QString &hint = {}) {
        if (static_cast<int>(problems.size()) < maxProblems)
            problems.push_back(Error::input(what, hint, SourceLocation{sourceName, static_cast<int>(line), 0}));
    };
    if (bytes.size() > maxBytes)
        return Error::input(tr("%1 is larger than %2 MiB").arg(sourceName, QString::number(maxBytes >> 20)));
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)QString(utf8(bytes));
    if (utf8.hasError())
        return Error::input(tr("%1 is not UTF-8 text").arg(sourceName), tr("Save the file as CSV UTF-8."));
    auto assigned = round.assignments();
    if (!assigned)
        return assigned.error();
    std::map<std::pair<QString, QString>, const RatingAssignment *> assignment; // rater, case
    for (const RatingAssignment &a : *assigned)
        assignment[{a.rater, a.caseId}] = &a;

    const char *p = bytes.constData();
    const char *end = p + bytes.size();
    if (bytes.startsWith(csv::utf8Bom()))
        p += csv::utf8Bom().size();
    const char *headerEnd = csv::recordEnd(p, end, true);
    const char delimiter = csv::detectDelimiter(std::string_view(p, static_cast<std::size_t>(headerEnd - p)));
    std::vector<std::string> fields;
    qint64 line = 1;
    qint64 extraLines = 0;
    if (p == end || csv::splitRecord(std::string_view(p, static_cast<std::size_t>(headerEnd - p)), delimiter ? delimiter : ',',
                                     fields, true, 64, &extraLines) != csv::Problem::None) {
        problem(1, tr("the first line must be the header case_id,rater,criterion,score,comment"));
        return problems.front();
    }
    Columns columns;
    for (std::size_t i = 0; i < fields.size(); ++i)
        columns.index.emplace(QString::fromUtf8(fields[i]).trimmed().toLower(), static_cast<int>(i));
    for (int i = 0; i < requiredColumns; ++i)
        if (columns.of(header[i]) < 0)
            problem(1, tr("the header has no column %1").arg(header[i]),
                    tr("The columns are case_id,rater,criterion,score,comment (and side in a two-run round)."));
    if (!problems.empty())
        return problems.front();

    std::vector<StoredRating> out;
    std::map<std::tuple<QString, QString, QString, QString>, qint64> seen; // rater, case, answer, criterion -> line
    line += 1 + extraLines;
    for (p = headerEnd; p < end;) {
        const char *next = csv::recordEnd(p, end, true);
        extraLines = 0;
        const qint64 here = line;
        const auto split = csv::splitRecord(std::string_view(p, static_cast<std::size_t>(next - p)),
                                            delimiter ? delimiter : ',', fields, true, 64, &extraLines);
        p = next;
        line += 1 + extraLines;
        if (split != csv::Problem::None) {
            problem(here, tr("a quoted field is not closed, or text follows its closing quote"));
            break; // what follows cannot be split reliably
        }
        if (fields.size() == 1 && fields[0].empty())
            continue; // a blank line
        StoredRating r;
        r.caseId = cell(fields, columns.of(QStringLiteral("case_id")));
        r.rater = cell(fields, columns.of(QStringLiteral("rater")));
        r.criterion = cell(fields, columns.of(QStringLiteral("criterion")));
        const QString score = cell(fields, columns.of(QStringLiteral("score")));
        r.comment = withoutFormulaGuard(cell(fields, columns.of(QStringLiteral("comment"))));
        const QString side = cell(fields, columns.of(QStringLiteral("side"))).toLower();
        if (score.isEmpty())
            continue; // not rated yet
        const auto a = assignment.find({r.rater, r.caseId});
        if (a == assignment.end()) {
            const bool knownRater = round.record().raters.contains(r.rater);
            problem(here, knownRater ? tr("case '%1' is not in rating round %2").arg(r.caseId, QString::number(round.record().id))
                                     : tr("'%1' is not a rater of rating round %2").arg(r.rater, QString::number(round.record().id)));
            continue;
        }
        if (round.twoRuns() && side != QStringLiteral("left") && side != QStringLiteral("right")) {
            problem(here, tr("the side must be left or right, not '%1'").arg(side));
            continue;
        }
        if (!round.twoRuns() && !side.isEmpty() && side != QStringLiteral("left")) {
            problem(here, tr("a round of one run has no side '%1'").arg(side));
            continue;
        }
        const QString &left = a->second->leftAnswer;
        r.answer = side == QStringLiteral("right") ? (left == QStringLiteral("a") ? QStringLiteral("b") : QStringLiteral("a")) : left;
        bool number = false;
        r.score = score.toInt(&number);
        if (!number) {
            problem(here, tr("the score '%1' is not a whole number").arg(score));
            continue;
        }
        if (auto s = round.checkScore(r); !s) {
            problem(here, s.error().what(), s.error().hint());
            continue;
        }
        if (r.comment.toUtf8().size() > RatingTable::maxCommentBytes) {
            problem(here, tr("the comment is longer than %1 bytes").arg(RatingTable::maxCommentBytes));
            continue;
        }
        const auto [at, added] = seen.emplace(std::make_tuple(r.rater, r.caseId, r.answer, r.criterion), here);
        if (!added) {
            problem(here, tr("%1's score for case %2 on %3 is also on line %4").arg(r.rater, r.caseId, r.criterion, QString::number(at->second)));
            continue;
        }
        out.push_back(std::move(r));
    }
    if (!problems.empty())
        return problems.front();
    return out;
}

} // namespace vv::validation
