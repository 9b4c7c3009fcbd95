// SPDX-License-Identifier: MIT
#include "metrics/textcache.h"

#include "metrics/squadtokenizer.h"
#include "metrics/unicodetext.h"

namespace evalbench {

namespace {

struct Entry
{
    QString key;
    bool valid = false;
    bool matches(const QString& text) const
    {
        return valid && key.constData() == text.constData() && key.size() == text.size();
    }
    void set(const QString& text)
    {
        key = text;
        valid = true;
    }
};

struct CacheState
{
    Entry pointsKey[2];
    std::u32string points[2];
    Entry squadKey[2];
    TokenList squad[2];
};

CacheState& cacheState()
{
    thread_local CacheState s;
    return s;
}

} // namespace

const std::u32string& TextCache::codePoints(const QString& text, Slot slot)
{
    CacheState& s = cacheState();
    if (!s.pointsKey[slot].matches(text)) {
        unicodetext::toCodePoints(text, s.points[slot]);
        s.pointsKey[slot].set(text);
    }
    return s.points[slot];
}

const TokenList& TextCache::squadTokens(const QString& text, Slot slot)
{
    CacheState& s = cacheState();
    if (!s.squadKey[slot].matches(text)) {
        SquadTokenizer::tokenize(codePoints(text, slot), s.squad[slot]);
        s.squadKey[slot].set(text);
    }
    return s.squad[slot];
}

} // namespace evalbench
