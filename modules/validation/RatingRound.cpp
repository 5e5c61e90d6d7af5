#include "validation/RatingRound.h"

#include "core/Environment.h"
#include "core/RegularFile.h"
#include "core/Sha256.h"
#include "core/Version.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "store/Transaction.h"
#include "validation/Statistics.h"
#include "validation/TestSuite.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <set>
#include <tuple>

namespace vv::validation {

namespace {

const QString answerA = QStringLiteral("a");
const QString answerB = QStringLiteral("b");

/// A rubric as read for a round: its text (kept with the round) and what it says.
struct RubricText {
    QString text;
    Rubric rubric;
};

Result<RubricText> readRubric(const QString &fileOrId)
{
    QString path = fileOrId;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    if (!QFileInfo(path).isFile() && idPattern.match(fileOrId).hasMatch())
        path = QDir(Rubric::shippedFolder()).filePath(fileOrId + QStringLiteral(".yaml"));
    if (!QFileInfo(path).isFile())
        return Error::input(RatingRound::tr("there is no rubric file or shipped rubric '%1'").arg(fileOrId),
                            RatingRound::tr("Give a rubric file, or one of basic, domain, use_case, context."));
    auto bytes = readRegularFile(path, Rubric::maxBytes);
    if (!bytes)
        return bytes.error();
    auto rubric = Rubric::parse(*bytes, path);
    if (!rubric)
        return rubric.error();
    return RubricText{QString::fromUtf8(*bytes), std::move(*rubric)};
}

Status checkRaters(const QStringList &raters)
{
    if (raters.size() < 2 || raters.size() > RatingRound::maxRaters)
        return Error::input(RatingRound::tr("a rating round needs 2 to %1 raters").arg(RatingRound::maxRaters),
                            RatingRound::tr("Agreement can only be measured between at least two raters."));
    static const QRegularExpression name(QStringLiteral("^[^,\\x00-\\x1f\\x7f]+$"));
    for (const QString &r : raters) {
        if (r.trimmed() != r || !name.match(r).hasMatch() || r.size() > RatingRound::maxRaterNameLength)
            return Error::input(RatingRound::tr("'%1' is not a usable rater name").arg(r),
                                RatingRound::tr("Use names or initials without commas, up to %1 characters.")
                                    .arg(RatingRound::maxRaterNameLength));
        if (raters.count(r) > 1)
            return Error::input(RatingRound::tr("the rater %1 is named twice").arg(r));
    }
    return {};
}

/// The answered cases of a run: case id -> the model's answer, and the conversation where the run kept it.
struct RunAnswers {
    TestRun run;
    std::map<QString, QString> answers;
    std::map<QString, Json> conversations;
};

Result<RunAnswers> answersOf(TestRunTable &runs, qint64 runId)
{
    auto run = runs.get(runId);
    if (!run)
        return run.error();
    if (run->status == TestRunStatus::Running)
        return Error::input(RatingRound::tr("test run %1 is still running").arg(runId),
                            RatingRound::tr("Rate a run once it has finished."));
    auto cases = runs.allCases(runId);
    if (!cases)
        return cases.error();
    RunAnswers out{std::move(*run), {}, {}};
    for (const CaseResult &c : *cases) {
        const auto output = c.detail.find("output");
        if (c.status == CaseStatus::Errored || output == c.detail.end() || !output->is_string())
            continue;
        out.answers[c.caseId] = QString::fromStdString(output->get<std::string>());
        if (const auto messages = c.detail.find("messages"); messages != c.detail.end() && messages->is_array())
            out.conversations[c.caseId] = *messages;
    }
    return out;
}

QString suiteSha(const TestRun &run)
{
    const Json suite = run.provenance.value("suite", Json::object());
    return suite.is_object() ? QString::fromStdString(suite.value("sha256", std::string())) : QString();
}

// The suite a run ran, for the conversations: the given file (checked against the run's record of its hash), or the
// shipped suite of the recorded file name and hash. Nothing when the run recorded no suite and none was given.
Result<std::optional<TestSuite>> suiteOf(const TestRun &run, const QString &given)
{
    const QString sha = suiteSha(run);
    QString path = given;
    if (path.isEmpty()) {
        const Json suite = run.provenance.value("suite", Json::object());
        const QString name = suite.is_object() ? QString::fromStdString(suite.value("file_name", std::string())) : QString();
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
            return std::optional<TestSuite>();
        path = QDir(dataDirectory()).filePath(QStringLiteral("guidance/suites/") + name);
        if (!QFileInfo(path).isFile())
            return std::optional<TestSuite>();
    }
    auto fileSha = Sha256::hexOfFile(path);
    if (!fileSha)
        return fileSha.error();
    if (!sha.isEmpty() && *fileSha != sha)
        return Error::input(RatingRound::tr("%1 is not the suite test run %2 ran (its SHA-256 differs)").arg(path, QString::number(run.id)),
                            RatingRound::tr("Give the suite file the run ran with --suite."));
    auto suite = TestSuite::load(path);
    if (!suite)
        return suite.error();
    return std::optional<TestSuite>(std::move(*suite));
}

/// Fisher–Yates with the project's seeded generator, so that the same seed gives the same order everywhere.
void shuffle(QStringList &list, RandomStream &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, static_cast<qsizetype>(random.below(static_cast<std::uint64_t>(i) + 1)));
}

/// A rater's own stream: derived from the round's seed and the rater's name, so that adding a rater does not
/// change the others' orders.
std::uint64_t raterSeed(quint64 seed, const QString &rater)
{
    const QByteArray digest = QByteArray::fromHex(Sha256::hex(rater.toUtf8()).left(16).toLatin1());
    std::uint64_t index = 0;
    for (const char byte : digest)
        index = (index << 8) | static_cast<unsigned char>(byte);
    return RandomStream::derive(seed, index);
}

Result<std::vector<RatingItem>> itemsFor(const RunAnswers &a, const std::optional<RunAnswers> &b,
                                         const std::optional<TestSuite> &suite)
{
    std::map<QString, Json> suiteConversations;
    if (suite)
        for (const SuiteCase &c : suite->cases)
            suiteConversations[c.id] = c.messages;
    std::vector<RatingItem> items;
    for (const auto &[caseId, answer] : a.answers) {
        RatingItem item{caseId, Json::array(), answer, std::nullopt};
        if (b) {
            const auto other = b->answers.find(caseId);
            if (other == b->answers.end())
                continue;
            item.answerB = other->second;
        }
        if (const auto s = suiteConversations.find(caseId); s != suiteConversations.end())
            item.conversation = s->second;
        else if (const auto c = a.conversations.find(caseId); c != a.conversations.end())
            item.conversation = c->second;
        else
            return Error::input(RatingRound::tr("the conversation of case %1 is not known").arg(caseId),
                                RatingRound::tr("Give the suite file the run ran with --suite."));
        items.push_back(std::move(item));
    }
    if (items.empty())
        return Error::input(RatingRound::tr("the run has no answered cases to rate"),
                            b ? RatingRound::tr("Two runs must share answered cases.") : QString());
    return items;
}

std::vector<RatingAssignment> assign(const QStringList &raters, const QStringList &cases, quint64 seed, bool twoRuns)
{
    std::vector<RatingAssignment> out;
    for (const QString &rater : raters) {
        RandomStream random(raterSeed(seed, rater));
        QStringList order = cases;
        shuffle(order, random);
        for (qsizetype i = 0; i < order.size(); ++i)
            out.push_back({rater, order[i], static_cast<int>(i + 1),
                           twoRuns && random.below(2) == 1 ? answerB : answerA});
    }
    return out;
}

double median(std::vector<int> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/// One answer on one criterion: case, answer (a or b), criterion.
using AnswerKey = std::tuple<QString, QString, QString>;

/// A round's scores grouped by answer and criterion (rater -> rating), and its adjudicated scores.
struct GroupedScores {
    std::map<AnswerKey, std::map<QString, StoredRating>> given;
    std::map<AnswerKey, FinalScore> adjudicated;
};

Result<GroupedScores> groupedScores(ProjectStore &project, qint64 roundId)
{
    RatingTable table(project);
    auto ratings = table.ratings(roundId);
    if (!ratings)
        return ratings.error();
    auto finals = table.finals(roundId);
    if (!finals)
        return finals.error();
    GroupedScores out;
    for (StoredRating &r : *ratings) {
        const AnswerKey key{r.caseId, r.answer, r.criterion};
        out.given[key][r.rater] = std::move(r);
    }
    for (FinalScore &f : *finals) {
        const AnswerKey key{f.caseId, f.answer, f.criterion};
        out.adjudicated[key] = std::move(f);
    }
    return out;
}

} // namespace

QString RatingRound::unitName(const QString &caseId, const QString &answer)
{
    return answer == answerB ? caseId + QStringLiteral("#b") : caseId;
}

Result<qint64> RatingRound::create(ProjectStore &project, const RatingRoundRequest &request)
{
    VV_TRY(checkRaters(request.raters));
    auto rubric = readRubric(request.rubric);
    if (!rubric)
        return rubric.error();
    TestRunTable runs(project);
    auto a = answersOf(runs, request.runId);
    if (!a)
        return a.error();
    std::optional<RunAnswers> b;
    if (request.runBId) {
        if (*request.runBId == request.runId)
            return Error::input(tr("the two runs of a side-by-side round must differ"));
        auto other = answersOf(runs, *request.runBId);
        if (!other)
            return other.error();
        if (suiteSha(a->run) != suiteSha(other->run))
            return Error::input(tr("test runs %1 and %2 ran different suites").arg(request.runId).arg(*request.runBId));
        b = std::move(*other);
    }
    auto suite = suiteOf(a->run, request.suitePath);
    if (!suite)
        return suite.error();
    auto items = itemsFor(*a, b, *suite);
    if (!items)
        return items.error();
    if (request.sample) {
        if (*request.sample < 1 || *request.sample > static_cast<int>(items->size()))
            return Error::input(tr("the sample must be 1 to %1 cases, the answered cases of the run").arg(items->size()));
        QStringList ids;
        for (const RatingItem &i : *items)
            ids << i.caseId;
        RandomStream random(request.seed);
        shuffle(ids, random);
        const QSet<QString> kept(ids.begin(), ids.begin() + *request.sample);
        std::erase_if(*items, [&](const RatingItem &i) { return !kept.contains(i.caseId); });
    }
    QStringList caseIds;
    for (const RatingItem &i : *items)
        caseIds << i.caseId;
    NewRatingRoundRecord record{request.runId,
                                request.runBId,
                                rubric->rubric.id,
                                rubric->rubric.level,
                                rubric->text,
                                request.sample ? std::optional<qint64>(*request.sample) : std::nullopt,
                                request.seed,
                                std::move(*items),
                                assign(request.raters, caseIds, request.seed, request.runBId.has_value())};
    return RatingTable(project).create(record);
}

Result<RatingRound> RatingRound::open(ProjectStore &project, qint64 roundId)
{
    auto record = RatingTable(project).round(roundId);
    if (!record)
        return record.error();
    auto rubric = Rubric::parse(record->rubricText.toUtf8(), tr("the rubric of rating round %1").arg(roundId));
    if (!rubric)
        return rubric.error();
    return RatingRound(project, std::move(*record), std::move(*rubric));
}

Result<std::vector<RatingItem>> RatingRound::items() const
{
    return RatingTable(*m_project).items(m_record.id);
}

Result<std::vector<RatingAssignment>> RatingRound::assignments(const QString &rater) const
{
    return RatingTable(*m_project).assignments(m_record.id, rater);
}

Result<std::vector<StoredRating>> RatingRound::allRatings() const
{
    return RatingTable(*m_project).ratings(m_record.id);
}

QString RatingRound::conversationText(const Json &conversation, const std::function<QString(const QString &role)> &roleName)
{
    auto text = [](const Json &m, const char *key) {
        const auto v = m.find(key);
        return v != m.end() && v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString();
    };
    QStringList parts;
    if (conversation.is_array())
        for (const Json &m : conversation)
            if (m.is_object())
                parts << (roleName ? roleName(text(m, "role")) : text(m, "role")) + QStringLiteral(": ") + text(m, "content");
    return parts.join(QStringLiteral("\n\n"));
}

QStringList RatingRound::answers() const
{
    return twoRuns() ? QStringList{answerA, answerB} : QStringList{answerA};
}

Result<BlindedCase> RatingRound::blindedView(const QString &rater, int position) const
{
    RatingTable table(*m_project);
    auto assigned = table.assignments(m_record.id, rater);
    if (!assigned)
        return assigned.error();
    if (assigned->empty())
        return Error::input(tr("%1 is not a rater of rating round %2").arg(rater, QString::number(m_record.id)));
    const auto at = std::find_if(assigned->begin(), assigned->end(),
                                 [&](const RatingAssignment &a) { return a.position == position; });
    if (at == assigned->end())
        return Error::input(tr("%1 has cases 1 to %2 to rate, not %3").arg(rater, QString::number(assigned->size()), QString::number(position)));
    auto items = table.items(m_record.id);
    if (!items)
        return items.error();
    const auto item = std::find_if(items->begin(), items->end(), [&](const RatingItem &i) { return i.caseId == at->caseId; });
    if (item == items->end())
        return Error::runtime(tr("rating round %1 has no case %2").arg(m_record.id).arg(at->caseId));
    BlindedCase view;
    view.position = position;
    view.total = static_cast<int>(assigned->size());
    view.caseId = item->caseId;
    view.conversation = item->conversation;
    view.leftAnswer = at->leftAnswer;
    const bool bLeft = at->leftAnswer == answerB;
    view.left = bLeft ? item->answerB.value_or(QString()) : item->answerA;
    if (item->answerB)
        view.right = bLeft ? item->answerA : *item->answerB;
    auto ratings = table.ratings(m_record.id);
    if (!ratings)
        return ratings.error();
    for (const StoredRating &r : *ratings)
        if (r.rater == rater && r.caseId == item->caseId)
            (r.answer == at->leftAnswer ? view.ownScoresLeft : view.ownScoresRight)[r.criterion] = r.score;
    return view;
}

Status RatingRound::checkScore(const StoredRating &r) const
{
    if (m_record.resultRunId)
        return Error::input(tr("rating round %1 is finalized: its result is test run %2").arg(m_record.id).arg(*m_record.resultRunId),
                            tr("Make a new round to rate again."));
    if (!m_record.raters.contains(r.rater))
        return Error::input(tr("%1 is not a rater of rating round %2").arg(r.rater, QString::number(m_record.id)),
                            tr("The round's raters are %1.").arg(m_record.raters.join(QStringLiteral(", "))));
    if (!answers().contains(r.answer))
        return Error::input(twoRuns() ? tr("the answer is a or b, not '%1'").arg(r.answer)
                                      : tr("a round of one run has only answer a, not '%1'").arg(r.answer));
    const RubricCriterion *c = m_rubric.criterion(r.criterion);
    if (!c) {
        QStringList ids;
        for (const RubricCriterion &k : m_rubric.criteria)
            ids << k.id;
        return Error::input(tr("the rubric %1 has no criterion '%2'").arg(m_rubric.id, r.criterion),
                            tr("Its criteria are %1.").arg(ids.join(QStringLiteral(", "))));
    }
    if (!c->level(r.score)) {
        QStringList values;
        for (const RubricLevel &l : c->levels)
            values << QString::number(l.value);
        return Error::input(tr("%1 is not a level of the criterion %2").arg(QString::number(r.score), r.criterion),
                            tr("Its levels are %1.").arg(values.join(QStringLiteral(", "))));
    }
    return {};
}

Status RatingRound::score(const QString &rater, const QString &caseId, const QString &answer,
                          const QString &criterion, int score, const QString &comment)
{
    StoredRating r{rater, caseId, answer, criterion, score, comment, {}, {}};
    VV_TRY(checkScore(r));
    return RatingTable(*m_project).rate(m_record.id, {r});
}

Result<RaterProgress> RatingRound::progress(const QString &rater) const
{
    RatingTable table(*m_project);
    auto assigned = table.assignments(m_record.id, rater);
    if (!assigned)
        return assigned.error();
    if (assigned->empty())
        return Error::input(tr("%1 is not a rater of rating round %2").arg(rater, QString::number(m_record.id)));
    auto ratings = table.ratings(m_record.id);
    if (!ratings)
        return ratings.error();
    std::set<std::tuple<QString, QString, QString>> given; // case, answer, criterion
    for (const StoredRating &r : *ratings)
        if (r.rater == rater)
            given.insert({r.caseId, r.answer, r.criterion});
    RaterProgress p{rater, 0, 0, std::nullopt};
    for (const RatingAssignment &a : *assigned) {
        for (const QString &answer : answers()) {
            ++p.total;
            const bool complete = std::all_of(m_rubric.criteria.begin(), m_rubric.criteria.end(),
                                              [&](const RubricCriterion &c) { return given.count({a.caseId, answer, c.id}) > 0; });
            if (complete)
                ++p.rated;
            else if (!p.nextPosition)
                p.nextPosition = a.position;
        }
    }
    return p;
}

Result<std::vector<Rating>> RatingRound::ratingsFor(const QString &criterion) const
{
    if (!m_rubric.criterion(criterion))
        return Error::input(tr("the rubric %1 has no criterion '%2'").arg(m_rubric.id, criterion));
    auto ratings = RatingTable(*m_project).ratings(m_record.id);
    if (!ratings)
        return ratings.error();
    std::vector<Rating> out;
    for (const StoredRating &r : *ratings)
        if (r.criterion == criterion)
            out.push_back({unitName(r.caseId, r.answer), r.rater, r.score});
    return out;
}

AgreementOptions RatingRound::agreementOptions(const QString &criterion) const
{
    AgreementOptions o;
    o.scale = AgreementScale::Ordinal;
    o.seed = m_record.seed;
    if (const RubricCriterion *c = m_rubric.criterion(criterion)) {
        o.scaleMin = c->minValue();
        o.scaleMax = c->maxValue();
    }
    return o;
}

Result<std::vector<Disagreement>> RatingRound::disagreements(int distance) const
{
    auto grouped = groupedScores(*m_project, m_record.id);
    if (!grouped)
        return grouped.error();
    std::vector<Disagreement> out;
    for (const auto &[key, byRater] : grouped->given) {
        std::map<QString, int> scores;
        for (const auto &[rater, r] : byRater)
            scores[rater] = r.score;
        const auto [lo, hi] = std::minmax_element(scores.begin(), scores.end(),
                                                  [](const auto &x, const auto &y) { return x.second < y.second; });
        if (hi->second - lo->second <= distance)
            continue;
        const auto decided = grouped->adjudicated.find(key);
        out.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), scores,
                       decided == grouped->adjudicated.end() ? std::nullopt : std::optional<FinalScore>(decided->second)});
    }
    return out;
}

Status RatingRound::setFinal(const QString &caseId, const QString &answer, const QString &criterion, int score,
                             const QString &decidedBy)
{
    if (!m_record.raters.isEmpty())
        VV_TRY(checkScore({m_record.raters.front(), caseId, answer, criterion, score, {}, {}, {}}));
    return RatingTable(*m_project).setFinal(m_record.id, {caseId, answer, criterion, score, decidedBy, {}});
}

Result<std::vector<FinalScore>> RatingRound::finalScores() const
{
    auto grouped = groupedScores(*m_project, m_record.id);
    if (!grouped)
        return grouped.error();
    std::map<AnswerKey, FinalScore> finals = std::move(grouped->adjudicated);
    for (const auto &[key, byRater] : grouped->given) {
        // Agreement decides only when every rater of the round has scored the answer, all alike.
        if (finals.count(key) || static_cast<qsizetype>(byRater.size()) < m_record.raters.size())
            continue;
        const int first = byRater.begin()->second.score;
        const bool same = std::all_of(byRater.begin(), byRater.end(), [&](const auto &r) { return r.second.score == first; });
        if (!same)
            continue;
        QDateTime last;
        for (const auto &[rater, r] : byRater)
            last = std::max(last, r.ratedAt);
        finals[key] = {std::get<0>(key), std::get<1>(key), std::get<2>(key), first, QStringLiteral("agreement"), last};
    }
    std::vector<FinalScore> out;
    for (auto &[key, f] : finals)
        out.push_back(std::move(f));
    return out;
}

Result<QStringList> RatingRound::missingFinals() const
{
    auto items = RatingTable(*m_project).items(m_record.id);
    if (!items)
        return items.error();
    auto finals = finalScores();
    if (!finals)
        return finals.error();
    std::set<std::tuple<QString, QString, QString>> have;
    for (const FinalScore &f : *finals)
        have.insert({f.caseId, f.answer, f.criterion});
    QStringList missing;
    for (const RatingItem &i : *items)
        for (const QString &answer : answers())
            for (const RubricCriterion &c : m_rubric.criteria)
                if (!have.count({i.caseId, answer, c.id}))
                    missing << unitName(i.caseId, answer) + QLatin1Char(':') + c.id;
    return missing;
}

Result<std::vector<CriterionResult>> RatingRound::result(const QString &answer, int passAt) const
{
    auto finals = finalScores();
    if (!finals)
        return finals.error();
    std::vector<CriterionResult> out;
    for (const RubricCriterion &c : m_rubric.criteria) {
        // "Acceptable" on a harm criterion is no harm; on a scale, the given level (capped at the scale's top).
        const int pass = c.type == RubricCriterion::Type::Harm ? c.maxValue() : std::min(passAt, c.maxValue());
        std::vector<int> scores;
        for (const FinalScore &f : *finals)
            if (f.criterion == c.id && f.answer == answer)
                scores.push_back(f.score);
        CriterionResult r{c.id, static_cast<int>(scores.size()), 0, 0, pass, 0};
        if (!scores.empty()) {
            double sum = 0;
            int atOrAbove = 0;
            for (int s : scores) {
                sum += s;
                atOrAbove += s >= pass ? 1 : 0;
            }
            r.mean = sum / static_cast<double>(scores.size());
            r.median = median(scores);
            r.shareAtOrAbove = atOrAbove / static_cast<double>(scores.size());
        }
        out.push_back(r);
    }
    return out;
}

Result<qint64> RatingRound::recordResult(int passAt)
{
    if (m_record.resultRunId)
        return Error::input(tr("rating round %1 is already finalized as test run %2").arg(m_record.id).arg(*m_record.resultRunId));
    auto missing = missingFinals();
    if (!missing)
        return missing.error();
    if (!missing->isEmpty())
        return Error::input(tr("rating round %1 still lacks %2 final scores, the first %3")
                                .arg(m_record.id).arg(missing->size()).arg(missing->front()),
                            tr("'ratings adjudicate' lists the disagreements; --set records a final score."));
    std::vector<RunMetric> metrics;
    Json criteria = Json::array();
    for (const QString &answer : answers()) {
        const qint64 runId = answer == answerB ? *m_record.runBId : m_record.runId;
        auto results = result(answer, passAt);
        if (!results)
            return results.error();
        const QString prefix = twoRuns() ? QStringLiteral("run %1 ").arg(runId) : QString();
        for (const CriterionResult &r : *results) {
            metrics.push_back({prefix + r.criterion + QStringLiteral(" mean"), r.mean, {}, {}});
            metrics.push_back({prefix + r.criterion + QStringLiteral(" median"), r.median, {}, {}});
            metrics.push_back({prefix + r.criterion + QStringLiteral(" share at or above %1").arg(r.passAt),
                               r.shareAtOrAbove, {}, {}});
            criteria.push_back(Json{{"run_id", runId}, {"criterion", toStd(r.criterion)}, {"n", r.n},
                                    {"mean", r.mean}, {"median", r.median}, {"pass_at", r.passAt},
                                    {"share_at_or_above", r.shareAtOrAbove}});
        }
    }
    Json agreement = Json::object();
    for (const RubricCriterion &c : m_rubric.criteria) {
        auto ratings = ratingsFor(c.id);
        if (!ratings)
            return ratings.error();
        auto measured = measureAgreement(*ratings, agreementOptions(c.id));
        agreement[toStd(c.id)] = measured ? measured->toJson() : Json{{"error", toStd(measured.error().what())}};
    }
    NewTestRun run;
    run.engineId = QStringLiteral("clinician-ratings");
    run.engineVersion = QStringLiteral(VV_VERSION);
    run.kind = QStringLiteral("human-rating");
    run.title = tr("Clinicians' ratings, round %1 of test run %2 (%3)").arg(m_record.id).arg(m_record.runId).arg(m_rubric.id);
    run.provenance = Json{{"rating_round", m_record.id},
                          {"run_id", m_record.runId},
                          {"run_b_id", m_record.runBId ? Json(*m_record.runBId) : Json(nullptr)},
                          {"rubric", {{"id", toStd(m_rubric.id)}, {"level", toStd(m_rubric.level)},
                                      {"sha256", toStd(m_record.rubricSha256)}}},
                          {"raters", m_record.raters.size()},
                          {"sample_size", m_record.sampleSize ? Json(*m_record.sampleSize) : Json(nullptr)},
                          {"seed", m_record.seed},
                          {"pass_at", passAt}};
    auto supports = TestSuite::requirementsForLevel(m_rubric.level);
    if (!supports)
        return supports.error();
    run.supports = *supports;
    const Json document{{"criteria", criteria}, {"agreement", agreement}};
    // The result run and the round's link to it are one transaction: a crash or a refused link (someone finalized
    // the round meanwhile) leaves neither a run without its round nor a round pointing at no run.
    auto tx = m_project->begin();
    if (!tx)
        return tx.error();
    auto runId = TestRunTable::record(*tx, run, metrics, document);
    if (!runId)
        return runId.error();
    VV_TRY(RatingTable::setResultRun(*tx, m_record.id, *runId));
    VV_TRY(tx->commit());
    m_record.resultRunId = *runId;
    return *runId;
}

} // namespace vv::validation
