#include "core/session/protocol.h"

#include <gtest/gtest.h>

#include <string>

namespace bp::session {
namespace {

std::string refusalOf(const std::string &text)
{
    const StudentParse parsed = parseStudentMessage(text);
    EXPECT_FALSE(parsed.message.has_value()) << text;
    return parsed.error;
}

TEST(SessionProtocol, ReadsTheThreeStudentMessages)
{
    const StudentParse join = parseStudentMessage(
        R"({"v":2,"type":"join","code":"k7p2qx","kind":"follower","voter":"abcdef012345"})");
    ASSERT_TRUE(join.message.has_value()) << join.error;
    const Join &j = std::get<Join>(*join.message);
    EXPECT_EQ(j.code, "k7p2qx");
    EXPECT_EQ(j.kind, StudentKind::Follower);
    EXPECT_EQ(j.voter, "abcdef012345");

    const StudentParse answer =
        parseStudentMessage(R"({"type":"answer","v":2,"question":3,"round":2,"choice":1})");
    ASSERT_TRUE(answer.message.has_value()) << answer.error;
    EXPECT_EQ(std::get<Answer>(*answer.message).question, 3);
    EXPECT_EQ(std::get<Answer>(*answer.message).round, 2);
    EXPECT_EQ(std::get<Answer>(*answer.message).choice, 1);

    const StudentParse leave = parseStudentMessage(R"({"v":2,"type":"leave"})");
    ASSERT_TRUE(leave.message.has_value()) << leave.error;
    EXPECT_TRUE(std::holds_alternative<Leave>(*leave.message));
}

TEST(SessionProtocol, WritersAndReadersAgree)
{
    const Join join{"K7P2QX", StudentKind::Phone, "0123456789ab"};
    const StudentParse parsed = parseStudentMessage(writeJoin(join));
    ASSERT_TRUE(parsed.message.has_value()) << parsed.error;
    EXPECT_EQ(std::get<Join>(*parsed.message).voter, "0123456789ab");
    EXPECT_EQ(writeAnswer({7, 1, 0}), R"({"v":2,"type":"answer","question":7,"round":1,"choice":0})");
    EXPECT_EQ(writeLeave(), R"({"v":2,"type":"leave"})");
}

TEST(SessionProtocol, AStudentMaySendNothingElse)
{
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"question","question":1,"round":1,"text":"x","choices":["a","b"]})"),
              "message: a student may not send \"question\" (only join, answer and leave)");
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"state","seq":1,"payload":"{}"})"),
              "message: a student may not send \"state\" (only join, answer and leave)");
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"reveal"})"),
              "message: a student may not send \"reveal\" (only join, answer and leave)");
}

TEST(SessionProtocol, ValidatesEveryFieldAndNamesIt)
{
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"answer","question":3,"round":1,"choice":7})"),
              "answer.choice: expected a whole number in [0, 3]");
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"answer","question":3,"round":1,"choice":0.5})"),
              "answer.choice: expected a whole number in [0, 3]");
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"answer","question":3,"round":1,"choice":"0"})"),
              "answer.choice: expected a whole number in [0, 3], found a string");
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"answer","question":0,"round":1,"choice":0})"),
              "answer.question: expected a whole number in [1, 1099511627776]");
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"answer","question":3,"choice":0})"), "answer: missing \"round\"");
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"answer","question":3,"round":1,"choice":0,"extra":1})"),
              "answer: unknown member \"extra\"");
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"join","code":"ABC","kind":"teacher"})"),
              "join.kind: expected \"phone\" or \"follower\"");
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"join","code":"ABC","kind":"phone","voter":"short"})"),
              "join.voter: expected 8 to 64 letters, digits, '-' or '_'");
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"join","code":"ABC","kind":"phone","voter":"abc def ghi"})"),
              "join.voter: expected 8 to 64 letters, digits, '-' or '_'");
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"join","code":")" + std::string(33, 'A') + R"(","kind":"phone"})"),
              "join.code: longer than 32 bytes");
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"leave","x":"\u0001\"yz"})"), "leave: unknown member \"x\"");
}

TEST(SessionProtocol, RefusesWhatIsNotAMessage)
{
    EXPECT_EQ(refusalOf("[1,2]"), "message: expected a JSON object, found an array");
    EXPECT_EQ(refusalOf(R"({"type":"leave"})"), "message: missing the protocol version \"v\"");
    EXPECT_EQ(refusalOf(R"({"v":2})"), "message: missing the message \"type\"");
    EXPECT_EQ(refusalOf(R"({"v":2,"type":"leave")"),
              "message:1:22: the document ends inside an object (is the file truncated?)");
    EXPECT_EQ(refusalOf(std::string(2049, ' ')), "message: larger than 2048 bytes");
    // Nesting and the number of values are capped far below the file loaders' limits.
    EXPECT_NE(refusalOf(R"({"v":2,"type":"leave","a":[[[[1]]]]})").find("nested"), std::string::npos);
    const StudentParse version = parseStudentMessage(R"({"v":3,"type":"leave"})");
    EXPECT_FALSE(version.message.has_value());
    EXPECT_EQ(version.refusal, Refusal::Version);
}

TEST(SessionProtocol, HostMessagesRoundTrip)
{
    QuestionShown question{4, 2, "Which output δ is larger?", {"δ₁", "δ₂"}, std::nullopt, "", {}};
    const HostParse asked = parseHostMessage(writeQuestion(question));
    ASSERT_TRUE(asked.message.has_value()) << asked.error;
    EXPECT_EQ(std::get<Question>(*asked.message).shown.text, "Which output δ is larger?");
    EXPECT_EQ(std::get<Question>(*asked.message).shown.choices[1], "δ₂");
    EXPECT_FALSE(std::get<Question>(*asked.message).shown.correct.has_value());

    question.correct = 1;
    question.why = "δ₂ = (a₂ − t₂) σ′(z₂) is the larger: a₂ is further from its target.";
    const HostParse revealed = parseHostMessage(writeReveal(question));
    ASSERT_TRUE(revealed.message.has_value()) << revealed.error;
    EXPECT_EQ(std::get<Reveal>(*revealed.message).shown.correct, 1);
    EXPECT_EQ(std::get<Reveal>(*revealed.message).shown.why, question.why);

    const HostParse welcome = parseHostMessage(writeWelcome({StudentKind::Phone, question, 0}));
    ASSERT_TRUE(welcome.message.has_value()) << welcome.error;
    EXPECT_EQ(std::get<Welcome>(*welcome.message).question->correct, 1);
    EXPECT_EQ(std::get<Welcome>(*welcome.message).yourChoice, 0);

    const std::string payload = R"({"network":{"layers":[2,2]},"quote":"\"","line":"a\nb"})";
    const HostParse state = parseHostMessage(writeState(12, payload));
    ASSERT_TRUE(state.message.has_value()) << state.error;
    EXPECT_EQ(std::get<State>(*state.message).payload, payload);
    EXPECT_EQ(std::get<State>(*state.message).seq, 12);

    const HostParse refused = parseHostMessage(writeRefused(Refusal::SessionFull, "the session is full"));
    ASSERT_TRUE(refused.message.has_value()) << refused.error;
    EXPECT_EQ(std::get<Refused>(*refused.message).reason, Refusal::SessionFull);
    EXPECT_TRUE(parseHostMessage(writeStopped()).message.has_value());
    EXPECT_TRUE(parseHostMessage(writeIdle()).message.has_value());
    EXPECT_TRUE(parseHostMessage(writeAccepted({1, 1, 1})).message.has_value());
    EXPECT_TRUE(parseHostMessage(writeIgnored({1, 1, "closed"})).message.has_value());
}

TEST(SessionProtocol, AQuestionTravelsInTheStudentsLanguages)
{
    QuestionShown question{7,
                           1,
                           "Will w²₁₃ go up or down?",
                           {"up", "down"},
                           std::nullopt,
                           "",
                           {{"it", {"w²₁₃ salirà o scenderà?", {"su", "giù"}, ""}}}};
    const std::string written = writeQuestion(question);
    EXPECT_EQ(written.substr(written.find(",\"languages\"")),
              R"(,"languages":{"it":{"text":"w²₁₃ salirà o scenderà?","choices":["su","giù"]}}})");
    const HostParse asked = parseHostMessage(written);
    ASSERT_TRUE(asked.message.has_value()) << asked.error;
    EXPECT_EQ(std::get<Question>(*asked.message).shown.languages, question.languages);

    question.correct = 0;
    question.why = "w²₁₃ goes up: Δw = +0.0123";
    question.languages["it"].why = "w²₁₃ sale: Δw = +0.0123";
    const HostParse revealed = parseHostMessage(writeReveal(question));
    ASSERT_TRUE(revealed.message.has_value()) << revealed.error;
    EXPECT_EQ(std::get<Reveal>(*revealed.message).shown.languages.at("it").why, "w²₁₃ sale: Δw = +0.0123");
    const HostParse welcome = parseHostMessage(writeWelcome({StudentKind::Phone, question, std::nullopt}));
    ASSERT_TRUE(welcome.message.has_value()) << welcome.error;
    EXPECT_EQ(std::get<Welcome>(*welcome.message).question->languages, question.languages);

    // Each language is checked as the host's own wording is, and named in the refusal.
    const std::string head =
        R"({"v":2,"type":"question","question":1,"round":1,"text":"q","choices":["a","b"],)";
    EXPECT_EQ(parseHostMessage(head + R"("languages":{"ITA":{"text":"q","choices":["a","b"]}}})").error,
              "question.languages: \"ITA\" is not a language code (two lowercase letters)");
    EXPECT_EQ(parseHostMessage(head + R"("languages":{"it":{"text":"q","choices":["a","b","c"]}}})").error,
              "question.languages.it.choices: expected an array of 2 strings");
    EXPECT_EQ(
        parseHostMessage(head + R"("languages":{"it":{"text":"q","choices":["a","b"],"why":"w"}}})").error,
        "question.languages.it: unknown member \"why\"");
    EXPECT_EQ(parseHostMessage(head + R"("languages":{"it":{"text":7,"choices":["a","b"]}}})").error,
              "question.languages.it.text: expected a string, found a number");
    EXPECT_EQ(parseHostMessage(head + R"("languages":["it"]})").error,
              "question.languages: expected an object of at most 4 languages");
}

TEST(SessionProtocol, AFollowerValidatesTheHostToo)
{
    EXPECT_EQ(
        parseHostMessage(
            R"({"v":2,"type":"reveal","question":1,"round":1,"text":"q","choices":["a","b"],"correct":2,"why":""})")
            .error,
        "reveal.correct: expected a whole number in [0, 1]");
    EXPECT_EQ(
        parseHostMessage(R"({"v":2,"type":"question","question":1,"round":1,"text":"q","choices":["a"]})")
            .error,
        "question.choices: expected an array of 2 to 4 strings");
    EXPECT_EQ(parseHostMessage(R"({"v":2,"type":"join","code":"x","kind":"phone"})").error,
              "message: unknown type \"join\"");
    EXPECT_EQ(parseHostMessage(R"({"v":2,"type":"state","seq":1,"payload":{}})").error,
              "state.payload: expected a string, found an object");
}

} // namespace
} // namespace bp::session
