#include "core/session/tally.h"

#include "core/formats/number_format.h"

#include <algorithm>

namespace bp::session {

namespace {

// Cuts text to at most maxBytes without splitting a UTF-8 character.
std::string cutUtf8(std::string text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return text;
    std::size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    text.resize(end);
    return text;
}

// A CSV field: quoted when it holds a comma, a quote or a line break.
std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace

int RoundTally::total() const
{
    int sum = 0;
    for (int count : counts)
        sum += count;
    return sum;
}

std::int64_t SessionTally::openQuestion(std::string text, std::vector<std::string> choices,
                                        std::map<std::string, Wording> languages)
{
    if (choices.size() > static_cast<std::size_t>(kMaxChoices))
        choices.resize(kMaxChoices);
    while (choices.size() < 2)
        choices.push_back(choices.empty() ? "A" : "B");
    QuestionTally question;
    question.id = m_nextId++;
    question.text = cutUtf8(std::move(text), kMaxQuestionTextLength);
    for (std::string &choice : choices)
        question.choices.push_back(cutUtf8(std::move(choice), kMaxChoiceTextLength));
    for (auto &[language, wording] : languages) {
        if (!isLanguageCode(language) || wording.choices.size() != question.choices.size() ||
            question.languages.size() >= kMaxLanguages)
            continue;
        Wording &kept = question.languages[language];
        kept.text = cutUtf8(std::move(wording.text), kMaxQuestionTextLength);
        for (std::string &choice : wording.choices)
            kept.choices.push_back(cutUtf8(std::move(choice), kMaxChoiceTextLength));
    }
    question.rounds.push_back(RoundTally{1, std::vector<int>(question.choices.size(), 0), false});
    m_questions.push_back(std::move(question));
    m_hasCurrent = true;
    m_voters.clear();
    return m_questions.back().id;
}

bool SessionTally::voteAgain()
{
    if (!m_hasCurrent || m_questions.back().rounds.size() >= 1000)
        return false;
    QuestionTally &question = m_questions.back();
    const int next = question.rounds.back().round + 1;
    question.rounds.push_back(RoundTally{next, std::vector<int>(question.choices.size(), 0), false});
    question.correct.reset();
    question.why.clear();
    for (auto &[language, wording] : question.languages)
        wording.why.clear();
    m_voters.clear();
    return true;
}

bool SessionTally::reveal(int correct, std::string why, const std::map<std::string, std::string> &whys)
{
    if (!m_hasCurrent)
        return false;
    QuestionTally &question = m_questions.back();
    if (correct < 0 || correct >= static_cast<int>(question.choices.size()))
        return false;
    question.correct = correct;
    question.why = cutUtf8(std::move(why), kMaxWhyLength);
    for (auto &[language, wording] : question.languages) {
        const auto found = whys.find(language);
        wording.why = found != whys.end() ? cutUtf8(found->second, kMaxWhyLength) : question.why;
    }
    question.rounds.back().revealed = true;
    return true;
}

void SessionTally::close()
{
    m_hasCurrent = false;
    m_voters.clear();
}

AnswerOutcome SessionTally::answer(const std::string &voter, const Answer &answer)
{
    if (!isOpen())
        return AnswerOutcome::Closed;
    QuestionTally &question = m_questions.back();
    RoundTally &round = question.rounds.back();
    if (answer.question != question.id || answer.round != round.round)
        return AnswerOutcome::Closed;
    if (answer.choice < 0 || answer.choice >= static_cast<int>(round.counts.size()))
        return AnswerOutcome::Invalid;
    if (choiceOf(voter))
        return AnswerOutcome::Answered;
    m_voters.emplace_back(voter, answer.choice);
    ++round.counts[static_cast<std::size_t>(answer.choice)];
    return AnswerOutcome::Counted;
}

std::optional<int> SessionTally::choiceOf(const std::string &voter) const
{
    for (const auto &[key, choice] : m_voters) {
        if (key == voter)
            return choice;
    }
    return std::nullopt;
}

const QuestionTally *SessionTally::current() const
{
    return m_hasCurrent ? &m_questions.back() : nullptr;
}

bool SessionTally::isOpen() const
{
    return m_hasCurrent && !m_questions.back().rounds.back().revealed;
}

std::optional<QuestionShown> SessionTally::shown() const
{
    const QuestionTally *question = current();
    if (!question)
        return std::nullopt;
    QuestionShown shown;
    shown.question = question->id;
    shown.round = question->rounds.back().round;
    shown.text = question->text;
    shown.choices = question->choices;
    shown.languages = question->languages;
    if (question->rounds.back().revealed) {
        shown.correct = question->correct;
        shown.why = question->why;
    }
    return shown;
}

std::string SessionTally::csv() const
{
    std::string out = "question,text,round,choice,label,answers,correct\n";
    for (const QuestionTally &question : m_questions) {
        for (const RoundTally &round : question.rounds) {
            for (std::size_t choice = 0; choice < round.counts.size(); ++choice) {
                const bool isCorrect =
                    round.revealed && question.correct && *question.correct == static_cast<int>(choice);
                // Numbers through formatNumber like every file the app writes (never the locale's).
                out += formatNumber(static_cast<double>(question.id)) + "," + csvField(question.text) + "," +
                       formatNumber(round.round) + "," + formatNumber(static_cast<double>(choice + 1)) + "," +
                       csvField(question.choices[choice]) + "," + formatNumber(round.counts[choice]) + "," +
                       (round.revealed ? (isCorrect ? "yes" : "no") : "") + "\n";
            }
        }
    }
    return out;
}

} // namespace bp::session
