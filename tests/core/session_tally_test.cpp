#include "core/session/tally.h"

#include <gtest/gtest.h>

namespace bp::session {
namespace {

TEST(SessionTally, CountsOneAnswerPerVoterPerRound)
{
    SessionTally tally;
    const std::int64_t id = tally.openQuestion("Will w₁₂ go up or down?", {"up", "down"});
    EXPECT_EQ(tally.answer("ann", {id, 1, 0}), AnswerOutcome::Counted);
    EXPECT_EQ(tally.answer("bob", {id, 1, 1}), AnswerOutcome::Counted);
    EXPECT_EQ(tally.answer("cat", {id, 1, 1}), AnswerOutcome::Counted);
    // Ann again (a reload of her page): not counted, her first answer stands.
    EXPECT_EQ(tally.answer("ann", {id, 1, 1}), AnswerOutcome::Answered);
    EXPECT_EQ(tally.choiceOf("ann"), 0);
    // A round that is not open, or a choice the question has not.
    EXPECT_EQ(tally.answer("dan", {id, 2, 0}), AnswerOutcome::Closed);
    EXPECT_EQ(tally.answer("dan", {id + 1, 1, 0}), AnswerOutcome::Closed);
    EXPECT_EQ(tally.answer("dan", {id, 1, 2}), AnswerOutcome::Invalid);
    ASSERT_EQ(tally.current()->rounds.size(), 1u);
    EXPECT_EQ(tally.current()->rounds[0].counts, (std::vector<int>{1, 2}));
    EXPECT_EQ(tally.current()->rounds[0].total(), 3);
}

TEST(SessionTally, VoteAgainKeepsTheFirstRound)
{
    SessionTally tally;
    const std::int64_t id = tally.openQuestion("q", {"up", "down"});
    tally.answer("ann", {id, 1, 0});
    tally.answer("bob", {id, 1, 0});
    EXPECT_TRUE(tally.voteAgain());
    // Round 1 is closed now; everyone may answer round 2 once.
    EXPECT_EQ(tally.answer("ann", {id, 1, 1}), AnswerOutcome::Closed);
    EXPECT_EQ(tally.answer("ann", {id, 2, 1}), AnswerOutcome::Counted);
    EXPECT_EQ(tally.answer("bob", {id, 2, 1}), AnswerOutcome::Counted);
    EXPECT_TRUE(tally.reveal(1, "the gradient is negative"));
    EXPECT_EQ(tally.answer("cat", {id, 2, 1}), AnswerOutcome::Closed);
    const QuestionTally &question = *tally.current();
    ASSERT_EQ(question.rounds.size(), 2u);
    EXPECT_EQ(question.rounds[0].counts, (std::vector<int>{2, 0}));
    EXPECT_EQ(question.rounds[1].counts, (std::vector<int>{0, 2}));
    EXPECT_FALSE(question.rounds[0].revealed);
    EXPECT_TRUE(question.rounds[1].revealed);
    EXPECT_EQ(tally.shown()->correct, 1);
}

TEST(SessionTally, ExportsCountsOnlyAsCsv)
{
    SessionTally tally;
    const std::int64_t first = tally.openQuestion("Larger δ, \"output 1\" or 2?", {"δ₁", "δ₂"});
    tally.answer("ann", {first, 1, 1});
    tally.reveal(1, "why");
    tally.openQuestion("w up?", {"up", "down"});
    EXPECT_EQ(tally.csv(), "question,text,round,choice,label,answers,correct\n"
                           "1,\"Larger δ, \"\"output 1\"\" or 2?\",1,1,δ₁,0,no\n"
                           "1,\"Larger δ, \"\"output 1\"\" or 2?\",1,2,δ₂,1,yes\n"
                           "2,w up?,1,1,up,0,\n"
                           "2,w up?,1,2,down,0,\n");
    EXPECT_EQ(tally.csv().find("ann"), std::string::npos);
}

TEST(SessionTally, KeepsTheQuestionInTheStudentsLanguagesAndTheirWhy)
{
    SessionTally tally;
    tally.openQuestion("Will w₁₂ go up or down?", {"up", "down"},
                       {{"it", {"w₁₂ salirà o scenderà?", {"su", "giù"}, ""}},
                        {"en", {"Will w₁₂ go up or down?", {"up", "down"}, ""}},
                        {"ITA", {"?", {"su", "giù"}, ""}},
                        {"de", {"Steigt w₁₂?", {"ja", "nein", "vielleicht"}, ""}}});
    std::optional<QuestionShown> shown = tally.shown();
    ASSERT_TRUE(shown.has_value());
    // A code that is not two lowercase letters, or choices of another count, are left out.
    ASSERT_EQ(shown->languages.size(), 2u);
    EXPECT_EQ(shown->languages.at("it").choices, (std::vector<std::string>{"su", "giù"}));
    EXPECT_EQ(shown->languages.at("it").why, "");
    ASSERT_TRUE(tally.reveal(0, "w₁₂ goes up", {{"it", "w₁₂ sale"}}));
    shown = tally.shown();
    EXPECT_EQ(shown->languages.at("it").why, "w₁₂ sale");
    EXPECT_EQ(shown->languages.at("en").why, "w₁₂ goes up")
        << "a language without its own why gets the host's";
    ASSERT_TRUE(tally.voteAgain());
    EXPECT_EQ(tally.shown()->languages.at("it").why, "");
    EXPECT_EQ(tally.shown()->languages.at("it").text, "w₁₂ salirà o scenderà?");
}

TEST(SessionTally, CutsLongTextAtACharacterBoundary)
{
    SessionTally tally;
    std::string text;
    for (int i = 0; i < 600; ++i)
        text += "δ"; // two bytes each: 1200 bytes
    tally.openQuestion(text, {"a", "b", "c", "d", "e"});
    EXPECT_EQ(tally.current()->text.size(), kMaxQuestionTextLength);
    EXPECT_EQ(tally.current()->choices.size(), 4u);
    tally.close();
    EXPECT_EQ(tally.current(), nullptr);
    EXPECT_FALSE(tally.voteAgain());
    EXPECT_FALSE(tally.reveal(0, ""));
}

} // namespace
} // namespace bp::session
