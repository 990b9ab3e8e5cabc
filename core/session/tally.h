#pragma once

#include "core/session/protocol.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace bp::session {

/// The answers of one round: counts per choice, never who gave them.
struct RoundTally {
    int round = 1;
    std::vector<int> counts;
    bool revealed = false;

    int total() const;
};

/// One question and its rounds ("vote again" adds a round and keeps the earlier ones).
struct QuestionTally {
    std::int64_t id = 0;
    std::string text;
    std::vector<std::string> choices;
    std::optional<int> correct;
    std::string why;
    /// The question in the students' languages (see QuestionShown::languages).
    std::map<std::string, Wording> languages;
    std::vector<RoundTally> rounds;
};

/// What answer() did.
enum class AnswerOutcome : std::uint8_t {
    Counted,
    Closed,   ///< no such open round (the host moved on or revealed): not counted
    Answered, ///< this voter already answered this round: not counted
    Invalid,  ///< choice out of range for the question
};

/// The class's questions, rounds and counts. One answer per voter per round; a voter is a key the
/// server chooses (the page's token, else the connection). Voter keys live only while their
/// question is the current one, in memory; the export holds counts only.
class SessionTally {
public:
    /// Opens a new question at round 1 (the previous one stays in the history). Returns its id.
    /// Text and choices are cut to the protocol's caps; 2..kMaxChoices choices. `languages`: the
    /// question in the students' languages (a language whose code is not two lowercase letters or
    /// whose choices are not as many is left out; at most kMaxLanguages).
    std::int64_t openQuestion(std::string text, std::vector<std::string> choices,
                              std::map<std::string, Wording> languages = {});
    /// "Vote again": opens the next round of the current question; false when there is none.
    bool voteAgain();
    /// Reveals the current round: the right choice and one line of why, and the why in each of the
    /// question's languages (`whys`; a language missing there gets `why`). false when no question.
    bool reveal(int correct, std::string why, const std::map<std::string, std::string> &whys = {});
    /// Closes the current question (no round open, nothing shown).
    void close();

    AnswerOutcome answer(const std::string &voter, const Answer &answer);
    /// The choice this voter gave in the current round, if any.
    std::optional<int> choiceOf(const std::string &voter) const;

    /// The current question (open or revealed), or nullptr.
    const QuestionTally *current() const;
    /// What students see of the current question (round, text, choices, and after the reveal the
    /// answer), or nullopt.
    std::optional<QuestionShown> shown() const;
    bool isOpen() const;
    const std::vector<QuestionTally> &questions() const { return m_questions; }

    /// question,round,choice,label,answers,correct — one line per choice of every round; counts only.
    std::string csv() const;

private:
    std::vector<QuestionTally> m_questions;
    bool m_hasCurrent = false;
    std::int64_t m_nextId = 1;
    // voter → choice in the current round
    std::vector<std::pair<std::string, int>> m_voters;
};

} // namespace bp::session
