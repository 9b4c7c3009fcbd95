// SPDX-License-Identifier: MIT
#include "metrics/porterstemmer.h"

#include <array>
#include <string_view>
#include <utility>

namespace evalbench {

namespace {

using std::string;
using std::string_view;

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// NLTK _is_consonant: 'y' is a consonant at the start or after a vowel.
bool isConsonant(string_view w, size_t i)
{
    size_t start = i;
    while (start > 0 && w[start] == 'y')
        --start;
    // w[start] is the first of a run of y's ending at i, or a non-y letter.
    bool consonant;
    if (w[start] == 'y')
        consonant = true; // a run of y's from position 0: y at 0 is a consonant
    else
        consonant = !isVowel(w[start]);
    for (size_t k = start + 1; k <= i; ++k)
        consonant = !consonant; // each following y flips
    return consonant;
}

// The number of "vc" pairs in the consonant/vowel pattern (Porter's m).
int measure(string_view w)
{
    int m = 0;
    bool prevConsonant = true;
    bool prevIsVowelSeen = false;
    for (size_t i = 0; i < w.size(); ++i) {
        const char c = w[i];
        bool consonant;
        if (isVowel(c))
            consonant = false;
        else if (c == 'y')
            consonant = (i == 0) ? true : !prevConsonant;
        else
            consonant = true;
        if (consonant && prevIsVowelSeen && !prevConsonant)
            ++m;
        prevConsonant = consonant;
        prevIsVowelSeen = prevIsVowelSeen || !consonant;
    }
    return m;
}

bool containsVowel(string_view w)
{
    for (size_t i = 0; i < w.size(); ++i)
        if (!isConsonant(w, i))
            return true;
    return false;
}

bool endsDoubleConsonant(string_view w)
{
    return w.size() >= 2 && w[w.size() - 1] == w[w.size() - 2] && isConsonant(w, w.size() - 1);
}

bool endsCvc(string_view w)
{
    const size_t n = w.size();
    if (n >= 3 && isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && w[n - 1] != 'w'
        && w[n - 1] != 'x' && w[n - 1] != 'y')
        return true;
    return n == 2 && !isConsonant(w, 0) && isConsonant(w, 1);
}

bool endsWith(string_view w, string_view suffix)
{
    return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

void replaceSuffix(string& w, size_t suffixLength, string_view replacement)
{
    w.resize(w.size() - suffixLength);
    w.append(replacement);
}

enum class Condition
{
    None,
    MeasureAbove0,
    MeasureAbove1,
    IonStem,
    LogiStem
};

struct Rule
{
    string_view suffix;
    string_view replacement;
    Condition condition;
};

bool holds(Condition condition, string_view word, string_view stem)
{
    switch (condition) {
    case Condition::None:
        return true;
    case Condition::MeasureAbove0:
        return measure(stem) > 0;
    case Condition::MeasureAbove1:
        return measure(stem) > 1;
    case Condition::IonStem:
        return measure(stem) > 1 && (stem.back() == 's' || stem.back() == 't');
    case Condition::LogiStem:
        return measure(word.substr(0, word.size() - 3)) > 0;
    }
    return false;
}

// NLTK _apply_rule_list without the "*d" rule: the first rule whose suffix matches
// decides; if its condition fails the word is left alone.
template <size_t N> void applyRules(string& w, const std::array<Rule, N>& rules)
{
    for (const Rule& rule : rules) {
        if (!endsWith(w, rule.suffix))
            continue;
        const string_view stem = string_view(w).substr(0, w.size() - rule.suffix.size());
        if (holds(rule.condition, w, stem))
            replaceSuffix(w, rule.suffix.size(), rule.replacement);
        return;
    }
}

void step1a(string& w)
{
    if (endsWith(w, "ies") && w.size() == 4) {
        replaceSuffix(w, 3, "ie");
        return;
    }
    static constexpr std::array<Rule, 4> rules { { { "sses", "ss", Condition::None }, { "ies", "i", Condition::None },
        { "ss", "ss", Condition::None }, { "s", "", Condition::None } } };
    applyRules(w, rules);
}

void step1b(string& w)
{
    if (endsWith(w, "ied")) {
        replaceSuffix(w, 3, w.size() == 4 ? "ie" : "i");
        return;
    }
    if (endsWith(w, "eed")) {
        if (measure(string_view(w).substr(0, w.size() - 3)) > 0)
            w.pop_back();
        return;
    }
    bool succeeded = false;
    for (string_view suffix : { string_view("ed"), string_view("ing") }) {
        if (endsWith(w, suffix) && containsVowel(string_view(w).substr(0, w.size() - suffix.size()))) {
            w.resize(w.size() - suffix.size());
            succeeded = true;
            break;
        }
    }
    if (!succeeded)
        return;
    // The rule list applied to the intermediate stem.
    if (endsWith(w, "at") || endsWith(w, "bl") || endsWith(w, "iz")) {
        w.push_back('e');
        return;
    }
    if (endsDoubleConsonant(w)) {
        const char last = w.back();
        if (last != 'l' && last != 's' && last != 'z')
            w.pop_back();
        return;
    }
    if (measure(w) == 1 && endsCvc(w))
        w.push_back('e');
}

void step1c(string& w)
{
    if (endsWith(w, "y") && w.size() - 1 > 1 && isConsonant(w, w.size() - 2))
        w.back() = 'i';
}

void step2(string& w)
{
    if (endsWith(w, "alli") && measure(string_view(w).substr(0, w.size() - 4)) > 0) {
        replaceSuffix(w, 4, "al");
        step2(w);
        return;
    }
    using C = Condition;
    static constexpr std::array<Rule, 22> rules { { { "ational", "ate", C::MeasureAbove0 },
        { "tional", "tion", C::MeasureAbove0 }, { "enci", "ence", C::MeasureAbove0 },
        { "anci", "ance", C::MeasureAbove0 }, { "izer", "ize", C::MeasureAbove0 }, { "bli", "ble", C::MeasureAbove0 },
        { "alli", "al", C::MeasureAbove0 }, { "entli", "ent", C::MeasureAbove0 }, { "eli", "e", C::MeasureAbove0 },
        { "ousli", "ous", C::MeasureAbove0 }, { "ization", "ize", C::MeasureAbove0 },
        { "ation", "ate", C::MeasureAbove0 }, { "ator", "ate", C::MeasureAbove0 }, { "alism", "al", C::MeasureAbove0 },
        { "iveness", "ive", C::MeasureAbove0 }, { "fulness", "ful", C::MeasureAbove0 },
        { "ousness", "ous", C::MeasureAbove0 }, { "aliti", "al", C::MeasureAbove0 },
        { "iviti", "ive", C::MeasureAbove0 }, { "biliti", "ble", C::MeasureAbove0 },
        { "fulli", "ful", C::MeasureAbove0 }, { "logi", "log", C::LogiStem } } };
    applyRules(w, rules);
}

void step3(string& w)
{
    using C = Condition;
    static constexpr std::array<Rule, 7> rules { { { "icate", "ic", C::MeasureAbove0 },
        { "ative", "", C::MeasureAbove0 }, { "alize", "al", C::MeasureAbove0 }, { "iciti", "ic", C::MeasureAbove0 },
        { "ical", "ic", C::MeasureAbove0 }, { "ful", "", C::MeasureAbove0 }, { "ness", "", C::MeasureAbove0 } } };
    applyRules(w, rules);
}

void step4(string& w)
{
    using C = Condition;
    static constexpr std::array<Rule, 19> rules { { { "al", "", C::MeasureAbove1 }, { "ance", "", C::MeasureAbove1 },
        { "ence", "", C::MeasureAbove1 }, { "er", "", C::MeasureAbove1 }, { "ic", "", C::MeasureAbove1 },
        { "able", "", C::MeasureAbove1 }, { "ible", "", C::MeasureAbove1 }, { "ant", "", C::MeasureAbove1 },
        { "ement", "", C::MeasureAbove1 }, { "ment", "", C::MeasureAbove1 }, { "ent", "", C::MeasureAbove1 },
        { "ion", "", C::IonStem }, { "ou", "", C::MeasureAbove1 }, { "ism", "", C::MeasureAbove1 },
        { "ate", "", C::MeasureAbove1 }, { "iti", "", C::MeasureAbove1 }, { "ous", "", C::MeasureAbove1 },
        { "ive", "", C::MeasureAbove1 }, { "ize", "", C::MeasureAbove1 } } };
    applyRules(w, rules);
}

void step5a(string& w)
{
    if (!endsWith(w, "e"))
        return;
    const string_view stem = string_view(w).substr(0, w.size() - 1);
    const int m = measure(stem);
    if (m > 1 || (m == 1 && !endsCvc(stem)))
        w.pop_back();
}

void step5b(string& w)
{
    if (endsWith(w, "ll") && measure(string_view(w).substr(0, w.size() - 1)) > 1)
        w.pop_back();
}

// NLTK_EXTENSIONS irregular forms.
bool irregular(string& w)
{
    static constexpr std::array<std::pair<string_view, string_view>, 17> pool { {
        { "sky", "sky" },
        { "skies", "sky" },
        { "dying", "die" },
        { "lying", "lie" },
        { "tying", "tie" },
        { "news", "news" },
        { "innings", "inning" },
        { "inning", "inning" },
        { "outings", "outing" },
        { "outing", "outing" },
        { "cannings", "canning" },
        { "canning", "canning" },
        { "howe", "howe" },
        { "proceed", "proceed" },
        { "exceed", "exceed" },
        { "succeed", "succeed" },
    } };
    for (const auto& [form, stem] : pool) {
        if (w == form) {
            w = stem;
            return true;
        }
    }
    return false;
}

} // namespace

void PorterStemmer::stem(std::string& word)
{
    if (irregular(word) || word.size() <= 2)
        return;
    step1a(word);
    step1b(word);
    step1c(word);
    step2(word);
    step3(word);
    step4(word);
    step5a(word);
    step5b(word);
}

} // namespace evalbench
