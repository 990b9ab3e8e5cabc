#include "core/session/protocol.h"

#include "core/formats/error.h"
#include "core/formats/json.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace bp::session {

std::string_view studentKindName(StudentKind kind)
{
    return kind == StudentKind::Follower ? "follower" : "phone";
}

namespace {

struct RefusalName {
    Refusal refusal;
    std::string_view name;
};
constexpr RefusalName kRefusalNames[] = {
    {Refusal::WrongCode, "wrong-code"},     {Refusal::TooManyAttempts, "too-many-attempts"},
    {Refusal::SessionFull, "session-full"}, {Refusal::BadMessage, "bad-message"},
    {Refusal::TooFast, "too-fast"},         {Refusal::Version, "version"},
};

// A message that does not fit: thrown inside the readers below, caught at the top.
struct Bad {
    std::string text;
    Refusal refusal = Refusal::BadMessage;
};

// Student messages are flat: {"v", "type", and a few scalars}.
constexpr JsonLimits kStudentLimits{4, 32};
// Host messages nest a question (with its choices) inside a welcome; a state's payload is a string.
constexpr JsonLimits kHostLimits{6, 256};

class Reader {
public:
    Reader(const JsonValue &object, std::string type) : m_object(object), m_type(std::move(type)) {}

    // Every member must be one of `allowed`: an unknown member is refused, not ignored.
    void onlyMembers(std::initializer_list<std::string_view> allowed) const
    {
        for (const std::string &name : m_object.names()) {
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
                throw Bad{m_type + ": unknown member \"" + clip(name) + "\""};
        }
    }
    const JsonValue &need(std::string_view key) const
    {
        const JsonValue *value = m_object.find(key);
        if (!value)
            throw Bad{m_type + ": missing \"" + std::string(key) + "\""};
        return *value;
    }
    const JsonValue *maybe(std::string_view key) const
    {
        const JsonValue *value = m_object.find(key);
        return value && value->type != JsonValue::Type::Null ? value : nullptr;
    }
    std::int64_t integer(std::string_view key, std::int64_t low, std::int64_t high) const
    {
        return integerOf(need(key), key, low, high);
    }
    std::int64_t integerOf(const JsonValue &value, std::string_view key, std::int64_t low,
                           std::int64_t high) const
    {
        const std::string where = m_type + "." + std::string(key);
        // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "[" + std::to_string(low).
        std::string range = "[";
        range += std::to_string(low);
        range += ", ";
        range += std::to_string(high);
        range += "]";
        if (!value.isNumber())
            throw Bad{where + ": expected a whole number in " + range + ", found " +
                      std::string(jsonTypeName(value.type))};
        const double number = value.number;
        if (!(number >= static_cast<double>(low) && number <= static_cast<double>(high)) ||
            std::floor(number) != number)
            throw Bad{where + ": expected a whole number in " + range};
        return static_cast<std::int64_t>(number);
    }
    std::string string(std::string_view key, std::size_t maxLength) const
    {
        return stringOf(need(key), std::string(key), maxLength);
    }
    std::string stringOf(const JsonValue &value, const std::string &key, std::size_t maxLength) const
    {
        const std::string where = m_type + "." + key;
        if (!value.isString())
            throw Bad{where + ": expected a string, found " + std::string(jsonTypeName(value.type))};
        if (value.text().size() > maxLength)
            throw Bad{where + ": longer than " + std::to_string(maxLength) + " bytes"};
        return value.text();
    }

    static std::string clip(const std::string &text)
    {
        // Names from the network go into messages: short, and printable ASCII only.
        std::string out;
        for (char c : text.substr(0, 24))
            out += (c >= 0x20 && c < 0x7f && c != '"') ? c : '?';
        return out;
    }

private:
    const JsonValue &m_object;
    std::string m_type;
};

// Parses the envelope: a JSON object with "v" (the version) and "type".
JsonValue parseEnvelope(std::string_view text, const JsonLimits &limits, std::string &type)
{
    JsonValue root;
    try {
        root = parseJson(text, "message", limits);
    } catch (const InputError &error) {
        throw Bad{error.what()};
    }
    if (!root.isObject())
        throw Bad{"message: expected a JSON object, found " + std::string(jsonTypeName(root.type))};
    const JsonValue *version = root.find("v");
    if (!version || !version->isNumber())
        throw Bad{"message: missing the protocol version \"v\""};
    if (version->number != kProtocolVersion)
        throw Bad{"message: protocol version not spoken here (this host speaks " +
                      std::to_string(kProtocolVersion) + ")",
                  Refusal::Version};
    const JsonValue *typeValue = root.find("type");
    if (!typeValue || !typeValue->isString())
        throw Bad{"message: missing the message \"type\""};
    type = typeValue->text();
    return root;
}

bool isVoterCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

StudentMessage readStudent(const JsonValue &root, const std::string &type)
{
    const Reader reader(root, type);
    if (type == "join") {
        reader.onlyMembers({"v", "type", "code", "kind", "voter"});
        Join join;
        join.code = reader.string("code", kMaxCodeLength);
        const std::string kind = reader.string("kind", 16);
        if (kind == "phone")
            join.kind = StudentKind::Phone;
        else if (kind == "follower")
            join.kind = StudentKind::Follower;
        else
            throw Bad{"join.kind: expected \"phone\" or \"follower\""};
        if (const JsonValue *voter = reader.maybe("voter")) {
            join.voter = reader.stringOf(*voter, "voter", kMaxVoterLength);
            if (join.voter.size() < kMinVoterLength ||
                !std::all_of(join.voter.begin(), join.voter.end(), isVoterCharacter))
                throw Bad{"join.voter: expected " + std::to_string(kMinVoterLength) + " to " +
                          std::to_string(kMaxVoterLength) + " letters, digits, '-' or '_'"};
        }
        return join;
    }
    if (type == "answer") {
        reader.onlyMembers({"v", "type", "question", "round", "choice"});
        Answer answer;
        answer.question = reader.integer("question", 1, std::int64_t{1} << 40);
        answer.round = static_cast<int>(reader.integer("round", 1, 1000));
        answer.choice = static_cast<int>(reader.integer("choice", 0, kMaxChoices - 1));
        return answer;
    }
    if (type == "leave") {
        reader.onlyMembers({"v", "type"});
        return Leave{};
    }
    throw Bad{"message: a student may not send \"" + Reader::clip(type) + "\" (only join, answer and leave)"};
}

// The choices of a question: 2 to kMaxChoices strings (exactly `count` when count > 0).
std::vector<std::string> readChoices(const Reader &reader, const std::string &type, std::size_t count)
{
    const JsonValue &choices = reader.need("choices");
    if (!choices.isArray() || choices.items.size() < 2 || choices.items.size() > kMaxChoices ||
        (count > 0 && choices.items.size() != count))
        throw Bad{type + ".choices: expected an array of " +
                  (count > 0 ? std::to_string(count) : "2 to " + std::to_string(kMaxChoices)) + " strings"};
    std::vector<std::string> out;
    for (const JsonValue &choice : choices.items)
        out.push_back(reader.stringOf(choice, "choices[]", kMaxChoiceTextLength));
    return out;
}

// {"it":{"text":…,"choices":[…],"why":…}, …}: the question in the students' languages.
std::map<std::string, Wording> readLanguages(const JsonValue &value, const std::string &type,
                                             const QuestionShown &shown, bool withAnswer)
{
    const std::string where = type + ".languages";
    if (!value.isObject() || value.names().size() > kMaxLanguages)
        throw Bad{where + ": expected an object of at most " + std::to_string(kMaxLanguages) + " languages"};
    std::map<std::string, Wording> languages;
    for (const std::string &name : value.names()) {
        if (!isLanguageCode(name))
            throw Bad{where + ": \"" + Reader::clip(name) +
                      "\" is not a language code (two lowercase letters)"};
        const JsonValue &entry = *value.find(name);
        const std::string inner = where + "." + name;
        if (!entry.isObject())
            throw Bad{inner + ": expected an object"};
        const Reader reader(entry, inner);
        if (withAnswer)
            reader.onlyMembers({"text", "choices", "why"});
        else
            reader.onlyMembers({"text", "choices"});
        Wording wording;
        wording.text = reader.string("text", kMaxQuestionTextLength);
        wording.choices = readChoices(reader, inner, shown.choices.size());
        if (withAnswer)
            wording.why = reader.string("why", kMaxWhyLength);
        languages.emplace(name, std::move(wording));
    }
    return languages;
}

QuestionShown readQuestion(const JsonValue &object, const std::string &type, bool withAnswer)
{
    const Reader reader(object, type);
    if (withAnswer)
        reader.onlyMembers(
            {"v", "type", "question", "round", "text", "choices", "correct", "why", "languages"});
    else
        reader.onlyMembers({"v", "type", "question", "round", "text", "choices", "languages"});
    QuestionShown shown;
    shown.question = reader.integer("question", 1, std::int64_t{1} << 40);
    shown.round = static_cast<int>(reader.integer("round", 1, 1000));
    shown.text = reader.string("text", kMaxQuestionTextLength);
    shown.choices = readChoices(reader, type, 0);
    if (withAnswer) {
        shown.correct = static_cast<int>(
            reader.integer("correct", 0, static_cast<std::int64_t>(shown.choices.size()) - 1));
        shown.why = reader.string("why", kMaxWhyLength);
    }
    if (const JsonValue *languages = reader.maybe("languages"))
        shown.languages = readLanguages(*languages, type, shown, withAnswer);
    return shown;
}

HostMessage readHost(const JsonValue &root, const std::string &type, std::size_t size)
{
    const Reader reader(root, type);
    if (type != "state" && size > kMaxHostMessageBytes)
        throw Bad{"message: a \"" + Reader::clip(type) + "\" message is larger than " +
                  std::to_string(kMaxHostMessageBytes) + " bytes"};
    if (type == "welcome") {
        reader.onlyMembers({"v", "type", "kind", "question", "yourChoice"});
        Welcome welcome;
        const std::string kind = reader.string("kind", 16);
        if (kind != "phone" && kind != "follower")
            throw Bad{"welcome.kind: expected \"phone\" or \"follower\""};
        welcome.kind = kind == "follower" ? StudentKind::Follower : StudentKind::Phone;
        if (const JsonValue *question = reader.maybe("question")) {
            if (!question->isObject())
                throw Bad{"welcome.question: expected an object or null"};
            welcome.question = readQuestion(*question, "welcome.question", question->find("correct"));
        }
        if (const JsonValue *choice = reader.maybe("yourChoice"))
            welcome.yourChoice =
                static_cast<int>(reader.integerOf(*choice, "yourChoice", 0, kMaxChoices - 1));
        return welcome;
    }
    if (type == "question")
        return Question{readQuestion(root, type, false)};
    if (type == "reveal")
        return Reveal{readQuestion(root, type, true)};
    if (type == "idle") {
        reader.onlyMembers({"v", "type"});
        return Idle{};
    }
    if (type == "accepted") {
        reader.onlyMembers({"v", "type", "question", "round", "choice"});
        Accepted accepted;
        accepted.answer.question = reader.integer("question", 1, std::int64_t{1} << 40);
        accepted.answer.round = static_cast<int>(reader.integer("round", 1, 1000));
        accepted.answer.choice = static_cast<int>(reader.integer("choice", 0, kMaxChoices - 1));
        return accepted;
    }
    if (type == "ignored") {
        reader.onlyMembers({"v", "type", "question", "round", "reason"});
        Ignored ignored;
        ignored.question = reader.integer("question", 1, std::int64_t{1} << 40);
        ignored.round = static_cast<int>(reader.integer("round", 1, 1000));
        ignored.reason = reader.string("reason", 16);
        if (ignored.reason != "closed" && ignored.reason != "answered")
            throw Bad{"ignored.reason: expected \"closed\" or \"answered\""};
        return ignored;
    }
    if (type == "refused") {
        reader.onlyMembers({"v", "type", "reason", "message"});
        Refused refused;
        const std::optional<Refusal> reason = refusalFromName(reader.string("reason", 32));
        if (!reason)
            throw Bad{"refused.reason: not a reason this protocol knows"};
        refused.reason = *reason;
        refused.message = reader.string("message", 400);
        return refused;
    }
    if (type == "state") {
        reader.onlyMembers({"v", "type", "seq", "payload"});
        State state;
        state.seq = reader.integer("seq", 0, std::int64_t{1} << 52);
        state.payload = reader.string("payload", kMaxStateBytes);
        return state;
    }
    if (type == "stopped") {
        reader.onlyMembers({"v", "type"});
        return Stopped{};
    }
    throw Bad{"message: unknown type \"" + Reader::clip(type) + "\""};
}

std::string header(std::string_view type)
{
    return "{\"v\":" + std::to_string(kProtocolVersion) + ",\"type\":" + jsonQuote(type);
}

// ,"text":…,"choices":[…] and, when revealed, ,"why":…
std::string wordingFields(const std::string &text, const std::vector<std::string> &choices,
                          const std::string *why)
{
    std::string out = ",\"text\":" + jsonQuote(text) + ",\"choices\":[";
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i)
            out += ",";
        out += jsonQuote(choices[i]);
    }
    out += "]";
    if (why)
        out += ",\"why\":" + jsonQuote(*why);
    return out;
}

std::string questionFields(const QuestionShown &question, bool withAnswer)
{
    const bool revealed = withAnswer && question.correct;
    std::string out = ",\"question\":" + std::to_string(question.question) +
                      ",\"round\":" + std::to_string(question.round) +
                      wordingFields(question.text, question.choices, nullptr);
    if (revealed)
        out += ",\"correct\":" + std::to_string(*question.correct) + ",\"why\":" + jsonQuote(question.why);
    if (!question.languages.empty()) {
        out += ",\"languages\":{";
        bool first = true;
        // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "," + jsonQuote(…).
        for (const auto &[language, wording] : question.languages) {
            if (!first)
                out += ",";
            out += jsonQuote(language);
            out += ":{";
            out += wordingFields(wording.text, wording.choices, revealed ? &wording.why : nullptr).substr(1);
            out += "}";
            first = false;
        }
        out += "}";
    }
    return out;
}

} // namespace

bool isLanguageCode(std::string_view name)
{
    return name.size() == 2 &&
           std::all_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string_view refusalName(Refusal refusal)
{
    for (const RefusalName &entry : kRefusalNames) {
        if (entry.refusal == refusal)
            return entry.name;
    }
    return "bad-message";
}

std::optional<Refusal> refusalFromName(std::string_view name)
{
    for (const RefusalName &entry : kRefusalNames) {
        if (entry.name == name)
            return entry.refusal;
    }
    return std::nullopt;
}

StudentParse parseStudentMessage(std::string_view text)
{
    StudentParse result;
    if (text.size() > kMaxStudentMessageBytes) {
        result.error = "message: larger than " + std::to_string(kMaxStudentMessageBytes) + " bytes";
        return result;
    }
    try {
        std::string type;
        const JsonValue root = parseEnvelope(text, kStudentLimits, type);
        result.message = readStudent(root, type);
    } catch (const Bad &bad) {
        result.refusal = bad.refusal;
        result.error = bad.text;
    }
    return result;
}

HostParse parseHostMessage(std::string_view text)
{
    HostParse result;
    // The state's payload is escaped inside a string: allow for the envelope and the escapes.
    if (text.size() > 2 * kMaxStateBytes + 256) {
        result.error = "message: larger than the state cap";
        return result;
    }
    try {
        std::string type;
        const JsonValue root = parseEnvelope(text, kHostLimits, type);
        result.message = readHost(root, type, text.size());
    } catch (const Bad &bad) {
        result.error = bad.text;
    }
    return result;
}

std::string writeJoin(const Join &join)
{
    std::string out = header("join") + ",\"code\":" + jsonQuote(join.code) +
                      ",\"kind\":" + jsonQuote(studentKindName(join.kind));
    if (!join.voter.empty())
        out += ",\"voter\":" + jsonQuote(join.voter);
    return out + "}";
}

std::string writeAnswer(const Answer &answer)
{
    return header("answer") + ",\"question\":" + std::to_string(answer.question) +
           ",\"round\":" + std::to_string(answer.round) + ",\"choice\":" + std::to_string(answer.choice) +
           "}";
}

std::string writeLeave()
{
    return header("leave") + "}";
}

std::string writeWelcome(const Welcome &welcome)
{
    std::string out =
        header("welcome") + ",\"kind\":" + jsonQuote(studentKindName(welcome.kind)) + ",\"question\":";
    if (welcome.question)
        out += "{" + questionFields(*welcome.question, true).substr(1) + "}";
    else
        out += "null";
    out +=
        ",\"yourChoice\":" + (welcome.yourChoice ? std::to_string(*welcome.yourChoice) : std::string("null"));
    return out + "}";
}

std::string writeQuestion(const QuestionShown &question)
{
    return header("question") + questionFields(question, false) + "}";
}

std::string writeReveal(const QuestionShown &question)
{
    return header("reveal") + questionFields(question, true) + "}";
}

std::string writeIdle()
{
    return header("idle") + "}";
}

std::string writeAccepted(const Answer &answer)
{
    return header("accepted") + ",\"question\":" + std::to_string(answer.question) +
           ",\"round\":" + std::to_string(answer.round) + ",\"choice\":" + std::to_string(answer.choice) +
           "}";
}

std::string writeIgnored(const Ignored &ignored)
{
    return header("ignored") + ",\"question\":" + std::to_string(ignored.question) +
           ",\"round\":" + std::to_string(ignored.round) + ",\"reason\":" + jsonQuote(ignored.reason) + "}";
}

std::string writeRefused(Refusal reason, std::string_view message)
{
    return header("refused") + ",\"reason\":" + jsonQuote(refusalName(reason)) +
           ",\"message\":" + jsonQuote(message.substr(0, 300)) + "}";
}

bool stateFits(std::string_view payload)
{
    return payload.size() <= kMaxStateBytes;
}

std::string writeState(std::int64_t seq, std::string_view payload)
{
    return header("state") + ",\"seq\":" + std::to_string(seq) + ",\"payload\":" + jsonQuote(payload) + "}";
}

std::string writeStopped()
{
    return header("stopped") + "}";
}

} // namespace bp::session
