#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Regenerates the reference values the metrics tests compare against.

Run with Debian's python3 (python3-nltk installed): /usr/bin/python3 gen_reference.py
Writes, beside this script:
  porter_stems.tsv      word<TAB>stem, NLTK 3.8 PorterStemmer (NLTK_EXTENSIONS), on
                        words of /usr/share/dict/words (package wamerican) if present,
                        else on the words of the texts below
  reference_cases.json  per text pair: expected metric values in both modes

Where the values come from:
  * Porter stems and Levenshtein distances: NLTK itself (PorterStemmer, edit_distance).
  * ROUGE-L ragas_compat: Google rouge_score's tokenize() and _score_lcs() replicated
    line by line (Python str.lower, the same regexes), stemming with NLTK's stemmer.
  * BLEU: sacrebleu 2.x is not installable offline, so tokenizer_13a and
    BLEU.compute_bleu (exp smoothing, effective_order=False, my_log) are replicated
    line by line below. NLTK's sentence_bleu with SmoothingFunction().method3 is the
    same formula except for float summation order and hypotheses under 4 tokens, so
    for hypotheses of >= 4 tokens this script asserts NLTK agrees to 1e-12.
  * EvalBench default modes (CJK-aware tokenisation, SQuAD token F1, whole-text
    BLEU): small replicas of docs/metrics.md.
"""
import json
import math
import os
import random
import re
import string
import unicodedata
from collections import Counter

from nltk.metrics.distance import edit_distance
from nltk.stem.porter import PorterStemmer
from nltk.translate.bleu_score import SmoothingFunction, sentence_bleu

HERE = os.path.dirname(os.path.abspath(__file__))
STEMMER = PorterStemmer()  # NLTK_EXTENSIONS is the default mode


# --- shared character classes (docs/metrics.md) ------------------------------------
def is_cjk(ch):
    c = ord(ch)
    return (0x3040 <= c <= 0x30FF or 0x31F0 <= c <= 0x31FF or 0x3400 <= c <= 0x4DBF
            or 0x4E00 <= c <= 0x9FFF or 0xAC00 <= c <= 0xD7A3 or 0xF900 <= c <= 0xFAFF
            or 0xFF66 <= c <= 0xFF9F or 0x20000 <= c <= 0x323AF or 0x2F800 <= c <= 0x2FA1F)


def is_punct(ch):
    c = ord(ch)
    if c < 0x80:
        return ch in string.punctuation
    if (0xFF01 <= c <= 0xFF0F or 0xFF1A <= c <= 0xFF20 or 0xFF3B <= c <= 0xFF40
            or 0xFF5B <= c <= 0xFF65):
        return True
    return unicodedata.category(ch).startswith("P")


def is_word_char(ch):
    return unicodedata.category(ch)[0] in "LNM"


def simple_lower(ch):
    low = ch.lower()
    return low if len(low) == 1 else ch.lower()[0]


# --- rouge_score (ragas_compat) -------------------------------------------------
def rouge_tokens_compat(text):
    text = text.lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    tokens = re.split(r"\s+", text)
    tokens = [STEMMER.stem(x) if len(x) > 3 else x for x in tokens]
    return [x for x in tokens if re.match(r"^[a-z0-9]+$", x)]


def rouge_tokens_default(text):
    tokens, cur = [], []

    def flush():
        if cur:
            tok = "".join(cur)
            if len(tok) > 3 and all(c.isascii() and c.isalpha() for c in tok):
                tok = STEMMER.stem(tok)
            tokens.append(tok)
            cur.clear()

    for ch in text:
        if is_cjk(ch) and is_word_char(ch):
            flush()
            tokens.append(ch)
        elif is_word_char(ch):
            cur.append(simple_lower(ch))
        else:
            flush()
    flush()
    return tokens


def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            table[i][j] = table[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(table[i - 1][j], table[i][j - 1])
    return table[-1][-1]


def rouge_l(target, prediction):
    if not target or not prediction:
        return 0.0
    n = lcs(target, prediction)
    p, r = n / len(prediction), n / len(target)
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


# --- sacrebleu 13a + BLEU replica ------------------------------------------------
REGEXES_13A = [
    (re.compile(r"([\{-\~\[-\` -\&\(-\+\:-\@\/])"), r" \1 "),
    (re.compile(r"([^0-9])([\.,])"), r"\1 \2 "),
    (re.compile(r"([\.,])([^0-9])"), r" \1 \2"),
    (re.compile(r"([0-9])(-)"), r"\1 \2 "),
]


def tokenize_13a(line):
    line = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ")
    if "&" in line:
        line = line.replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    line = f" {line} "
    for regex, repl in REGEXES_13A:
        line = regex.sub(repl, line)
    return " ".join(line.split())


def split_cjk(tokens):
    out = []
    for tok in tokens:
        cur = ""
        for ch in tok:
            if is_cjk(ch):
                if cur:
                    out.append(cur)
                    cur = ""
                out.append(ch)
            else:
                cur += ch
        if cur:
            out.append(cur)
    return out


def ngrams(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def my_log(num):
    return -9999999999 if num == 0.0 else math.log(num)


def sacrebleu_segment(hyp_tokens, refs_tokens):
    """BLEU.corpus_score for one segment; returns score / 100 as RAGAS does."""
    ref_max = Counter()
    for ref in refs_tokens:
        for n in range(1, 5):
            for gram, count in ngrams(ref, n).items():
                ref_max[gram] = max(ref_max[gram], count)
    hyp_len = len(hyp_tokens)
    ref_len, closest_diff = -1, -1
    for length in (len(r) for r in refs_tokens):
        diff = abs(hyp_len - length)
        if closest_diff == -1 or diff < closest_diff:
            closest_diff, ref_len = diff, length
        elif diff == closest_diff and length < ref_len:
            ref_len = length
    correct, total = [0] * 4, [0] * 4
    for n in range(1, 5):
        for gram, count in ngrams(hyp_tokens, n).items():
            correct[n - 1] += min(count, ref_max[gram])
        total[n - 1] = max(0, hyp_len - n + 1)
    if hyp_len < ref_len:
        bp = math.exp(1 - ref_len / hyp_len) if hyp_len > 0 else 0.0
    else:
        bp = 1.0
    precisions = [0.0] * 4
    if not any(correct):
        return 0.0
    smooth = 1.0
    for n in range(1, 5):
        if total[n - 1] == 0:
            break
        if correct[n - 1] == 0:
            smooth *= 2
            precisions[n - 1] = 100.0 / (smooth * total[n - 1])
        else:
            precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1]
    score = bp * math.exp(sum([my_log(p) for p in precisions[:4]]) / 4)
    if hyp_len >= 4:
        nltk = sentence_bleu(refs_tokens, hyp_tokens, smoothing_function=SmoothingFunction().method3)
        assert abs(nltk - score / 100) < 1e-12, (hyp_tokens, refs_tokens, nltk, score / 100)
    return score / 100


def bleu_compat(reference, response):
    refs = [s for s in reference.split(". ") if s != ""]
    if not refs:
        return None  # sacrebleu raises: RAGAS reports NaN
    hyp = response.split(". ")[0]
    return sacrebleu_segment(tokenize_13a(hyp.rstrip()).split(), [tokenize_13a(r.rstrip()).split() for r in refs])


def bleu_default(reference, response):
    ref = split_cjk(tokenize_13a(reference.rstrip()).split())
    if not ref:
        return None
    return sacrebleu_segment(split_cjk(tokenize_13a(response.rstrip()).split()), [ref])


# --- SQuAD (CJK-aware) -----------------------------------------------------------
def squad_tokens(text):
    tokens, cur = [], []

    def flush():
        if cur:
            tok = "".join(cur)
            if tok not in ("a", "an", "the"):
                tokens.append(tok)
            cur.clear()

    for ch in text:
        if is_punct(ch):
            continue
        if ch.isspace():
            flush()
        elif is_cjk(ch):
            flush()
            tokens.append(ch)
        else:
            cur.append(simple_lower(ch))
    flush()
    return tokens


def token_f1(truth, answer):
    a, t = squad_tokens(answer), squad_tokens(truth)
    if not a or not t:
        return float(a == t)
    common = sum((Counter(a) & Counter(t)).values())
    if common == 0:
        return 0.0
    p, r = common / len(a), common / len(t)
    return (2 * p * r) / (p + r)


def levenshtein_similarity(a, b):
    longest = max(len(a), len(b))
    return 1.0 if longest == 0 else 1.0 - edit_distance(a, b) / longest


# --- cases -------------------------------------------------------------------------
FIXED_PAIRS = [
    ("The Eiffel Tower is located in Paris.", "The Eiffel Tower is located in India."),
    ("The cat sat on the mat.", "the cat is on the mat"),
    ("The cat sat on the mat. It was a sunny day.", "The cat sat on the mat. Dogs barked."),
    ("kitten", "sitting"),
    ("", ""),
    ("", "something"),
    ("something", ""),
    ("   ", "  "),
    ("北京是中国的首都。", "北京是中国的首都。"),
    ("北京是中国的首都。", "中国的首都是北京"),
    ("東京は日本の首都です", "東京は日本の首都だ"),
    ("서울은 한국의 수도입니다", "서울은 한국의 수도"),
    ("The capital is 北京 (Beijing).", "the capital is 北京, Beijing"),
    ("𠀀𠀁 are extension-B ideographs 😀", "𠀀 are extension B ideographs 😀😀"),
    ("Emoji 👍🏽 test 🎉!", "emoji 👍 test 🎉"),
    ("İstanbul KELVIN K sign", "i̇stanbul kelvin k sign"),
    ("Prices rose 3.5% to $1,234.56 in 2023-2024.", "prices rose 3.5 % to $ 1,234.56 in 2023 - 2024 ."),
    ("a.b,c 1.2 x,y. 3-4 -5 e-mail", "a . b , c 1.2 x , y . 3 - 4 -5 e-mail"),
    ("Tom &amp; Jerry &quot;quoted&quot; &lt;tag&gt; <skipped> line-\nbreak\nnext", "Tom & Jerry \"quoted\" <tag> linebreak next"),
    ("Running runners ran; the generalizations are relational.", "run runner ran generalization relate"),
    ("Café naïve résumé Ærøskøbing", "cafe naive resume aeroskobing"),
    ("Ünïcödé Straße", "ünïcödé strasse"),
    ("An apple a day, the doctor away!", "apple day doctor away"),
    ("Hello,world", "hello world"),
    ("Don't stop-believing.", "dont stopbelieving"),
    ("हिन्दी भाषा", "हिन्दी भाषा"),
    ("The quick brown fox. Jumps over. The lazy dog", "The quick brown fox jumps. Over the lazy dog."),
    ("yes. ", "yes. "),
    (". . .", "..."),
    ("1990s skies dying innings happily", "1990 sky die inning happi"),
]

WORDS = ("the a an of to in is was are be retrieval augmented generation model answer question context "
         "paris london tower river city population capital museum history built century engineer "
         "running studies studied generalization relational happiness argued agreed controlling "
         "evaluation metric score precision recall documents passages hopeful goodness").split()


def random_pairs(rng, count):
    pairs = []
    for _ in range(count):
        a = [rng.choice(WORDS) for _ in range(rng.randint(0, 25))]
        b = list(a)
        for _ in range(rng.randint(0, 6)):
            op = rng.randint(0, 2)
            if op == 0 and b:
                del b[rng.randrange(len(b))]
            elif op == 1:
                b.insert(rng.randint(0, len(b)), rng.choice(WORDS))
            elif b:
                b[rng.randrange(len(b))] = rng.choice(WORDS)
        punct = [".", ",", "!", "?", ". ", ";"]
        sa = " ".join(w + (rng.choice(punct) if rng.random() < 0.2 else "") for w in a)
        sb = " ".join(w + (rng.choice(punct) if rng.random() < 0.2 else "") for w in b)
        if rng.random() < 0.3:
            sa = sa.capitalize()
        pairs.append((sb, sa))
    return pairs


def case(truth, answer):
    return {
        "ground_truth": truth,
        "answer": answer,
        "exact_match_default": float(squad_tokens(answer) == squad_tokens(truth)),
        "exact_match_compat": float(answer == truth),
        "token_f1": token_f1(truth, answer),
        "rouge_l_compat": rouge_l(rouge_tokens_compat(truth), rouge_tokens_compat(answer)),
        "rouge_l_default": rouge_l(rouge_tokens_default(truth), rouge_tokens_default(answer)),
        "bleu_compat": bleu_compat(truth, answer),
        "bleu_default": bleu_default(truth, answer),
        "string_similarity": levenshtein_similarity(answer, truth),
        "tokens_13a": tokenize_13a(answer.rstrip()).split(),
        "tokens_rouge_compat": rouge_tokens_compat(answer),
        "tokens_rouge_default": rouge_tokens_default(answer),
        "tokens_squad": squad_tokens(answer),
    }


def levenshtein_cases(rng):
    """Long strings (multi-word bit vectors) with NLTK's edit distance."""
    alphabet = "abcdefghij 北京東京😀"
    cases = []
    for length in (1, 63, 64, 65, 127, 128, 129, 200, 300):
        a = "".join(rng.choice(alphabet) for _ in range(length))
        b = list(a)
        for _ in range(rng.randint(1, max(1, length // 4))):
            i = rng.randrange(len(b)) if b else 0
            op = rng.randint(0, 2)
            if op == 0 and b:
                del b[i]
            elif op == 1:
                b.insert(i, rng.choice(alphabet))
            elif b:
                b[i] = rng.choice(alphabet)
        b = "".join(b)
        cases.append({"a": a, "b": b, "distance": edit_distance(a, b)})
    return cases


def porter_words(texts):
    words = set()
    dict_path = "/usr/share/dict/words"
    if os.path.exists(dict_path):
        with open(dict_path, encoding="utf-8") as f:
            all_words = sorted({w.strip().lower() for w in f if w.strip().isascii() and w.strip().isalpha()})
        words.update(all_words[::12])  # every 12th word: about 6,000 words across the alphabet
    for text in texts:
        words.update(t for t in re.sub(r"[^a-z0-9]+", " ", text.lower()).split())
    words.update(["sky", "skies", "dying", "lying", "tying", "news", "innings", "outing", "cannings", "howe",
                  "proceed", "exceed", "succeed", "flies", "dies", "spied", "died", "happy", "enjoy", "syzygy",
                  "yyyy", "toy", "conditional", "rationally", "vietnamization", "hopefulness", "archaeology",
                  "geology", "controlling", "falling", "hissing", "fizzed", "filing", "agreed", "feed", "bled",
                  "sing", "1990s", "abc123", "4567", "covid19s", "allied", "analogously", "formaliti"])
    return sorted(words)


def main():
    rng = random.Random(20240611)
    pairs = FIXED_PAIRS + random_pairs(rng, 120)
    cases = [case(t, a) for t, a in pairs]
    with open(os.path.join(HERE, "reference_cases.json"), "w", encoding="utf-8") as f:
        json.dump({"generated_by": "tests/data/metrics/gen_reference.py", "text_cases": cases,
                   "levenshtein_cases": levenshtein_cases(rng)}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    texts = [t for pair in pairs for t in pair]
    with open(os.path.join(HERE, "porter_stems.tsv"), "w", encoding="utf-8") as f:
        for word in porter_words(texts):
            f.write(f"{word}\t{STEMMER.stem(word)}\n")


if __name__ == "__main__":
    main()
