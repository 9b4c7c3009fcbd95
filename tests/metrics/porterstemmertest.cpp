// SPDX-License-Identifier: MIT
#include "metrics/porterstemmer.h"

#include <fstream>
#include <gtest/gtest.h>
#include <string>

using evalbench::PorterStemmer;

TEST(PorterStemmer, HandPickedNltkExtensions)
{
    EXPECT_EQ(PorterStemmer::stemmed("caresses"), "caress");
    EXPECT_EQ(PorterStemmer::stemmed("ponies"), "poni");
    EXPECT_EQ(PorterStemmer::stemmed("dies"), "die"); // NLTK: 4-letter -ies -> -ie
    EXPECT_EQ(PorterStemmer::stemmed("dying"), "die"); // irregular form
    EXPECT_EQ(PorterStemmer::stemmed("skies"), "sky");
    EXPECT_EQ(PorterStemmer::stemmed("happy"), "happi");
    EXPECT_EQ(PorterStemmer::stemmed("enjoy"), "enjoy");
    EXPECT_EQ(PorterStemmer::stemmed("relational"), "relat");
    EXPECT_EQ(PorterStemmer::stemmed("generalizations"), "gener");
    EXPECT_EQ(PorterStemmer::stemmed("controlling"), "control");
    EXPECT_EQ(PorterStemmer::stemmed("running"), "run");
    EXPECT_EQ(PorterStemmer::stemmed("at"), "at"); // two letters are never stemmed
}

TEST(PorterStemmer, MatchesNltkOnDictionaryWords)
{
    std::ifstream in(EVALBENCH_TEST_DATA_DIR "/metrics/porter_stems.tsv");
    ASSERT_TRUE(in.good());
    std::string line;
    size_t checked = 0;
    size_t mismatches = 0;
    while (std::getline(in, line)) {
        const size_t tab = line.find('\t');
        ASSERT_NE(tab, std::string::npos);
        const std::string word = line.substr(0, tab);
        const std::string expected = line.substr(tab + 1);
        const std::string actual = PorterStemmer::stemmed(word);
        if (actual != expected && ++mismatches <= 20)
            ADD_FAILURE() << word << ": expected " << expected << ", got " << actual;
        ++checked;
    }
    EXPECT_GE(checked, 5000u);
    EXPECT_EQ(mismatches, 0u);
}
