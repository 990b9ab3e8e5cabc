#include "core/session/accept_language.h"

#include <gtest/gtest.h>

#include <string>

namespace bp::session {
namespace {

std::string pick(std::string_view header)
{
    return std::string(preferredLanguage(header, {"en", "it"}));
}

TEST(PreferredLanguage, TakesTheBrowsersLanguageByItsPrimaryTag)
{
    EXPECT_EQ(pick("it"), "it");
    EXPECT_EQ(pick("it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7"), "it");
    EXPECT_EQ(pick("IT-ch"), "it");
    EXPECT_EQ(pick("en-GB,en;q=0.9"), "en");
    EXPECT_EQ(pick("de-DE,de;q=0.9,it;q=0.8,en;q=0.7"), "it") << "the first offered one the browser names";
    EXPECT_EQ(pick("item"), "en") << "a tag is not a prefix of another";
}

TEST(PreferredLanguage, RespectsTheQValuesNotOnlyTheOrder)
{
    EXPECT_EQ(pick("en;q=0.5, it;q=0.9"), "it");
    EXPECT_EQ(pick("it;q=0.5, en;q=0.9"), "en");
    EXPECT_EQ(pick("it;q=0.8, en;q=0.8"), "it") << "the earlier on a tie";
    EXPECT_EQ(pick("en;q=0.8, it;q=0.800"), "en");
    EXPECT_EQ(pick("it-IT;q=0.2, en;q=0.5, it;q=0.9"), "it") << "the best range naming the language";
    EXPECT_EQ(pick("it;Q=1, en;q=0.999"), "it");
}

TEST(PreferredLanguage, QZeroRefusesAndTheStarStandsForTheRest)
{
    EXPECT_EQ(pick("en;q=0, it;q=0.1"), "it");
    EXPECT_EQ(pick("en;q=0, *;q=0.5"), "it");
    EXPECT_EQ(pick("*"), "en");
    EXPECT_EQ(pick("*;q=0.5, it"), "it");
    EXPECT_EQ(pick("it;q=0.4, *"), "en");
    EXPECT_EQ(pick("it;q=0"), "en") << "nothing acceptable: the default";
}

TEST(PreferredLanguage, AnUnreadableOrMissingHeaderGivesTheDefault)
{
    EXPECT_EQ(pick(""), "en");
    EXPECT_EQ(pick(" , ;,"), "en");
    EXPECT_EQ(pick("it;q=2"), "en");
    EXPECT_EQ(pick("it;q=0.12345"), "en");
    EXPECT_EQ(pick("it;q=-1"), "en");
    EXPECT_EQ(pick("it;level=1"), "en");
    EXPECT_EQ(pick("de, it;q=abc, en;q=0.3"), "en") << "a range with a broken q is skipped, not the rest";
    // A huge header is read only so far: an "it" beyond the cap is not seen.
    EXPECT_EQ(pick(std::string(kMaxAcceptLanguageBytes, ' ') + ",it"), "en");
    EXPECT_EQ(pick(std::string(kMaxAcceptLanguageBytes - 10, ' ') + ",it"), "it");
    EXPECT_EQ(std::string(preferredLanguage("it", {})), "");
}

} // namespace
} // namespace bp::session
