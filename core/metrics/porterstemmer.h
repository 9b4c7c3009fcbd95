// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace evalbench {

// NLTK's PorterStemmer in its default NLTK_EXTENSIONS mode (nltk 3.8), ported rule
// by rule so that ROUGE-L matches Google's rouge_score. Input is a lower-case
// ASCII word; the stem replaces it in place (no allocation once `word` has grown).
class PorterStemmer
{
public:
    static void stem(std::string& word);
    static std::string stemmed(std::string word)
    {
        stem(word);
        return word;
    }
};

} // namespace evalbench
