#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace bp::session {

/// The class session's wire protocol (docs/class-session.md): one JSON object per WebSocket text
/// message, {"v": 1, "type": "...", ...}. Pure logic, no sockets: the server and the client in
/// app/class/ and the fuzzer (fuzz/fuzz_session.cpp) share it.
inline constexpr int kProtocolVersion = 2;

/// Caps. A student's message is a few hundred bytes; anything larger is refused before parsing.
inline constexpr std::size_t kMaxStudentMessageBytes = 2048;
/// The host's messages other than "state" (questions, reveals) stay small too.
inline constexpr std::size_t kMaxHostMessageBytes = 16 * 1024;
/// A "state" message carries the lecturer's screen (classui's JSON, opaque here) as a string.
inline constexpr std::size_t kMaxStateBytes = 4 * 1024 * 1024;
inline constexpr std::size_t kMaxCodeLength = 32;
inline constexpr std::size_t kMinVoterLength = 8;
inline constexpr std::size_t kMaxVoterLength = 64;
inline constexpr std::size_t kMaxQuestionTextLength = 1000;
inline constexpr std::size_t kMaxChoiceTextLength = 80;
inline constexpr std::size_t kMaxWhyLength = 1000;
inline constexpr int kMaxChoices = 4;
/// A question travels in at most this many students' languages besides the host's own.
inline constexpr std::size_t kMaxLanguages = 4;

/// Who is on the other end: a phone (the page, votes only) or a follower (the app, state + votes).
enum class StudentKind : std::uint8_t { Phone, Follower };
std::string_view studentKindName(StudentKind kind);

/// Why the host refused a connection or a message. The wire names are in refusalName().
enum class Refusal : std::uint8_t {
    WrongCode,       ///< the code did not match (never says which part)
    TooManyAttempts, ///< this address gave wrong codes too often: wait
    SessionFull,     ///< the connection cap is reached
    BadMessage,      ///< not JSON, wrong fields, too large, or a kind a student may not send
    TooFast,         ///< over the per-connection rate limit
    Version,         ///< a protocol version this host does not speak
};
std::string_view refusalName(Refusal refusal);
std::optional<Refusal> refusalFromName(std::string_view name);

// Student → host. A student may send exactly these three, and join only first.

/// {"v":2,"type":"join","code":"K7P2QX","kind":"phone","voter":"a1b2c3d4e5f6"}
/// voter (optional): a random token the page keeps for the tab, so a reload does not vote twice.
struct Join {
    std::string code;
    StudentKind kind = StudentKind::Phone;
    std::string voter;
};
/// {"v":2,"type":"answer","question":3,"round":1,"choice":0}
struct Answer {
    std::int64_t question = 0;
    int round = 0;
    int choice = 0;
};
/// {"v":2,"type":"leave"}
struct Leave {};

using StudentMessage = std::variant<Join, Answer, Leave>;

/// A student message, or the reason it is refused (Refusal::BadMessage or Version) with a clear
/// text naming the field ("answer.choice: expected a whole number in [0, 3], found 7").
struct StudentParse {
    std::optional<StudentMessage> message;
    Refusal refusal = Refusal::BadMessage;
    std::string error;
};
/// Validates field by field: size cap first, then JSON (shallow limits), version, type, then every
/// member (unknown members are refused too). Never throws.
StudentParse parseStudentMessage(std::string_view text);

std::string writeJoin(const Join &join);
std::string writeAnswer(const Answer &answer);
std::string writeLeave();

// Host → student.

/// {"v":2,"type":"welcome","kind":"phone","question":{...} or null,"yourChoice":0 or null}
/// sent after a good join; carries the open question (if any) and this voter's answer in its round.
/// A question in one language: its text, its choices (as many as the question has) and, after the
/// reveal, its line of why.
struct Wording {
    std::string text;
    std::vector<std::string> choices;
    std::string why;

    bool operator==(const Wording &) const = default;
};
/// Two lowercase letters ("en", "it"): a key of QuestionShown::languages.
bool isLanguageCode(std::string_view name);

struct QuestionShown {
    std::int64_t question = 0;
    int round = 0;
    std::string text;
    std::vector<std::string> choices;
    /// Filled after the reveal: the right choice and one line of why.
    std::optional<int> correct;
    std::string why;
    /// The same question in the students' languages, by language code ("en", "it": two lowercase
    /// letters), for a page whose browser speaks one of them; text, choices and why above are the
    /// host's own. {"languages":{"it":{"text":"…","choices":["su","giù"],"why":"…"}}}, the why
    /// only after the reveal; omitted when empty.
    std::map<std::string, Wording> languages;
};
struct Welcome {
    StudentKind kind = StudentKind::Phone;
    std::optional<QuestionShown> question;
    std::optional<int> yourChoice;
};
/// {"v":2,"type":"question","question":3,"round":1,"text":"...","choices":["up","down"]}
/// (a new question or round; a reveal is the same shape with "correct" and "why").
/// {"v":2,"type":"reveal","question":3,"round":1,"text":...,"choices":[...],"correct":0,"why":"..."}
struct Question {
    QuestionShown shown;
};
struct Reveal {
    QuestionShown shown;
};
/// {"v":2,"type":"idle"}: no question open (the host closed it).
struct Idle {};
/// {"v":2,"type":"accepted","question":3,"round":1,"choice":0}: the answer was counted.
/// {"v":2,"type":"ignored","question":3,"round":1,"reason":"closed"|"answered"}: not counted, the
/// connection stays (the round closed while it travelled, or this voter answered already).
struct Accepted {
    Answer answer;
};
struct Ignored {
    std::int64_t question = 0;
    int round = 0;
    std::string reason;
};
/// {"v":2,"type":"refused","reason":"wrong-code","message":"..."}: the host closes the connection.
struct Refused {
    Refusal reason = Refusal::BadMessage;
    std::string message;
};
/// {"v":2,"type":"state","seq":12,"payload":"<JSON text>"}: to followers only; the payload is the
/// lecturer's screen as classui writes it, forwarded as a string (capped, never parsed here).
struct State {
    std::int64_t seq = 0;
    std::string payload;
};
/// {"v":2,"type":"stopped"}: the host ended the session.
struct Stopped {};

using HostMessage = std::variant<Welcome, Question, Reveal, Idle, Accepted, Ignored, Refused, State, Stopped>;

struct HostParse {
    std::optional<HostMessage> message;
    std::string error;
};
/// Validates a host message as strictly as the host validates students (a follower must not trust
/// the network either). Never throws.
HostParse parseHostMessage(std::string_view text);

std::string writeWelcome(const Welcome &welcome);
std::string writeQuestion(const QuestionShown &question);
std::string writeReveal(const QuestionShown &question);
std::string writeIdle();
std::string writeAccepted(const Answer &answer);
std::string writeIgnored(const Ignored &ignored);
std::string writeRefused(Refusal reason, std::string_view message);
/// payload must be at most kMaxStateBytes (the caller checks; see stateFits).
std::string writeState(std::int64_t seq, std::string_view payload);
bool stateFits(std::string_view payload);
std::string writeStopped();

} // namespace bp::session
