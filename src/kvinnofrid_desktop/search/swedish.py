"""Swedish-aware text handling for the search index: normalisation, tokens, stems, query parsing.

Pure Python, no Qt. :meth:`ParsedQuery.fts_levels` gives the FTS5 expressions, ``index.py`` runs
them; :class:`Matcher` finds the same matches in a page text again for snippets.

Matching levels (higher is better). A word ``w`` of a page matches a query term ``t`` at

* ``EXACT``     – ``w == t`` (case-insensitive; å, ä, ö are letters of their own);
* ``INFLECTED`` – same Snowball stem (``fåren`` ~ ``får``, ``våldets`` ~ ``våldet``) or, for the
  last word of the query (3+ letters), ``w`` starts with ``t`` (typing: ``kvinnof``);
* ``PREFIX``    – ``w`` starts with the term's *root*: the stem with one derivational ending
  (-ning, -ing, -an, -et) cut off, so ``anmälan`` finds ``anmälningar`` and ``våld`` finds
  ``våldets`` anywhere in the query;
* ``SUBSTRING`` – the root occurs inside ``w`` (compounds: ``anmälan`` → ``orosanmälan``,
  ``boende`` → ``skyddsboende``). Needs ≥ 3 characters (the trigram tokenizer's minimum).

Every match at one level is also a match at all lower levels, because the Swedish Snowball
stemmer only cuts endings: a stem is a prefix of its word, the root a prefix of the stem. That is
what lets ``index.py`` query level by level and merge without losing hits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

EXACT, INFLECTED, PREFIX, SUBSTRING = 4, 3, 2, 1

# Snippet markers: private-use code points, so they can never occur in indexed text
# (``normalize_text`` strips them) and survive ``html.escape`` untouched.
MARK_START = "\ue000"
MARK_END = "\ue001"

# Long queries are cut: a pasted paragraph would otherwise become an FTS5 expression with
# hundreds of terms, run four times (one per level), taking seconds; no real search needs more.
MAX_QUERY_CHARS = 200
MAX_QUERY_ITEMS = 20
# Raw input is cut before normalisation so a 10 MB paste costs nothing.
_RAW_CUT = MAX_QUERY_CHARS * 4
# Prefix expansion of very short prefixes ("s*") touches most of the vocabulary: slow, useless.
MIN_PREFIX = 3
MIN_ROOT = 3
MIN_SUBSTRING = 3  # the trigram tokenizer cannot match shorter strings
_ROOT_ENDINGS = ("ning", "ing", "an", "et")
_ROOT_KEEP = 4  # never cut a root below this many letters ("plan" stays "plan")

# A token is what FTS5's unicode61 tokenizer keeps: a run of letters and digits.
TOKEN = re.compile(r"[^\W_]+")
# Outside quotes a "word" may join tokens with hyphens: "e-post", "FN-konventionen".
_WORD = re.compile(r"[^\W_]+(?:[-‐‑‒][^\W_]+)*")
_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»"})
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_DROP = re.compile(r"[\ud800-\udfff\ue000\ue001\u00ad\u200b-\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A word broken over two lines by hyphenation in the PDF ("kvinnofrids-\nsamordnare").
_LINE_HYPHEN = re.compile(r"([^\W\d_])-[ \t]*\r?\n[ \t]*([^\W\d_])")

_STEMMER = snowballstemmer.stemmer("swedish")
_TEXT = "{title body}"  # FTS5 column filter: the words as written (not the stems column)


def normalize_text(text: str) -> str:
    """NFKC (ligatures "ﬁ" → "fi", composed å), drop invisible characters, join hyphenated
    line breaks between lower-case letters, turn control characters into spaces."""
    text = unicodedata.normalize("NFKC", _DROP.sub("", text))
    text = _LINE_HYPHEN.sub(_join_hyphen, text)
    return _CONTROL.sub(" ", text)


def _join_hyphen(m: re.Match[str]) -> str:
    a, b = m.group(1), m.group(2)
    return a + b if a.islower() and b.islower() else m.group(0)


def tokens(text: str) -> list[str]:
    """Lower-cased tokens, split the way unicode61 splits them."""
    return TOKEN.findall(text.lower())


def quoted(text: str) -> str:
    """An FTS5 string: whatever it holds is only ever tokenized, never parsed as syntax."""
    return '"' + text.replace('"', '""') + '"'


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Swedish Snowball stem of a lower-case word (cached: the stemmer is pure Python)."""
    result: str = _STEMMER.stemWord(word)
    # Guarantee the prefix property the level scheme relies on, whatever the stemmer does.
    if word.startswith(result):
        return result
    n = 0
    while n < min(len(word), len(result)) and word[n] == result[n]:
        n += 1
    return word[:n] or word


def stems_of(text: str) -> str:
    """The text's tokens replaced by their stems, space-separated (the index's ``stems``)."""
    return " ".join([stem(t) for t in tokens(text)])


@lru_cache(maxsize=4096)
def root(word: str) -> str:
    """The stem with one derivational ending cut: anmälan/anmälningar → anmäl, våldet → våld."""
    base = stem(word)
    for ending in _ROOT_ENDINGS:
        if base.endswith(ending) and len(base) - len(ending) >= _ROOT_KEEP:
            return base[: -len(ending)]
    return base


@dataclass(frozen=True)
class Term:
    """One query word outside quotes."""

    text: str  # lower-cased, as typed
    prefix: bool = False  # the last word of the query: also matches words it begins

    @property
    def stem(self) -> str:
        return stem(self.text)

    @property
    def root(self) -> str | None:
        """Prefix for the PREFIX level, or None when too short to be useful."""
        r = root(self.text)
        return r if len(r) >= MIN_ROOT else None

    @property
    def key(self) -> str | None:
        """Substring for the SUBSTRING level (trigram table), or None when too short."""
        r = root(self.text)
        return r if len(r) >= MIN_SUBSTRING else None

    def level(self, word: str) -> int:
        """How well a lower-case word of a page matches this term (0 = not at all)."""
        if word == self.text:
            return EXACT
        if stem(word) == self.stem or (
            self.prefix and len(self.text) >= MIN_PREFIX and word.startswith(self.text)
        ):
            return INFLECTED
        r = self.root
        if r and word.startswith(r):
            return PREFIX
        k = self.key
        return SUBSTRING if k and k in word else 0

    def fts(self, level: int) -> str:
        """FTS5 expression on the ``words`` table for a match at ``level`` or better
        (SUBSTRING is the trigram table's job: there this gives the PREFIX expression)."""
        if level >= EXACT:
            return f"{_TEXT} : {quoted(self.text)}"
        parts = [f"stems : {quoted(self.stem)}"]  # every exact word also has this stem
        if level <= PREFIX and self.root:
            parts.append(f"{_TEXT} : {quoted(self.root)} *")  # covers the typed prefix too
        elif self.prefix and len(self.text) >= MIN_PREFIX:
            parts.append(f"{_TEXT} : {quoted(self.text)} *")
        return "(" + " OR ".join(parts) + ")"


@dataclass(frozen=True)
class Phrase:
    """Words in quotes (or joined by hyphens): matched exactly and in order at every level."""

    words: tuple[str, ...]
    prefix: bool = False  # an unclosed quote at the end: the last word is a prefix
    display: str = ""  # how to show / highlight it ("e-post", "skyddat boende")

    def fts(self) -> str:
        """FTS5 expression on the ``words`` table, the same at every level."""
        star = " *" if self.prefix and len(self.words[-1]) >= MIN_PREFIX else ""
        return f"{_TEXT} : {quoted(' '.join(self.words))}{star}"


@dataclass(frozen=True)
class ParsedQuery:
    """A search query taken apart. Built only by :func:`parse_query`."""

    terms: tuple[Term, ...] = ()
    phrases: tuple[Phrase, ...] = ()
    truncated: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.phrases

    def fts_levels(self) -> list[tuple[int, str, str]]:
        """(level, ``words`` expression, ``trigrams`` expression), best level first, levels
        that would repeat the one before left out. Only SUBSTRING has a trigram expression; its
        words expression then holds what trigrams can't match (short terms, phrases) or is ""."""
        out: list[tuple[int, str, str]] = []
        phrases = [p.fts() for p in self.phrases]
        for level in (EXACT, INFLECTED, PREFIX):
            expr = " AND ".join([t.fts(level) for t in self.terms] + phrases)
            if not out or expr != out[-1][1]:  # e.g. phrases only: one query for all levels
                out.append((level, expr, ""))
        keys = [t.key for t in self.terms if t.key]
        if keys:
            rest = [t.fts(PREFIX) for t in self.terms if not t.key] + phrases
            out.append((SUBSTRING, " AND ".join(rest), " AND ".join(map(quoted, keys))))
        return out

    def highlight_terms(self) -> list[str]:
        """Words a PDF viewer should look for: terms as typed, phrases whole, no syntax."""
        out = [t.text for t in self.terms] + [p.display for p in self.phrases]
        return list(dict.fromkeys(w for w in out if w))


EMPTY_QUERY = ParsedQuery()


def parse_query(query: str) -> ParsedQuery:
    """Take a query apart into terms and phrases. Pure; never raises; ``EMPTY_QUERY`` when
    nothing searchable is left. FTS5 syntax is never interpreted: it is only split away."""
    try:
        return _parse(query)
    except Exception:  # the contract is "never raises"; an odd input just finds nothing
        return EMPTY_QUERY


def _parse(query: str) -> ParsedQuery:
    if not isinstance(query, str):
        return EMPTY_QUERY
    text = normalize_text(query[:_RAW_CUT]).translate(_QUOTES)
    truncated = len(query) > _RAW_CUT or len(text) > MAX_QUERY_CHARS
    text = text[:MAX_QUERY_CHARS]
    segments = text.split('"')
    closed = len(segments) % 2 == 1  # an odd number of quote marks leaves the last one open
    items: list[Term | Phrase] = []
    last_outside = False
    for i, segment in enumerate(segments):
        if i % 2:  # inside quotes
            words = tuple(tokens(segment))
            if words:
                open_end = not closed and i == len(segments) - 1
                items.append(Phrase(words, prefix=open_end, display=" ".join(words)))
                last_outside = False
            continue
        for word in _WORD.findall(segment):
            if word in _OPERATORS:
                continue  # "våld OR hot": operators would only ever require the word "or"
            parts = tokens(word)
            if len(parts) == 1:
                items.append(Term(parts[0]))
            else:
                items.append(Phrase(tuple(parts), display=word.lower()))
            last_outside = True
    if len(items) > MAX_QUERY_ITEMS:
        items, truncated = items[:MAX_QUERY_ITEMS], True
    if items and last_outside:
        last = items[-1]
        items[-1] = (Term(last.text, prefix=True) if isinstance(last, Term)
                     else Phrase(last.words, prefix=True, display=last.display))
    terms: dict[str, Term] = {}
    phrases: dict[tuple[str, ...], Phrase] = {}
    for item in items:
        if isinstance(item, Term):
            seen = terms.get(item.text)
            terms[item.text] = Term(item.text, item.prefix or bool(seen and seen.prefix))
        else:
            phrases.setdefault(item.words, item)
    return ParsedQuery(tuple(terms.values()), tuple(phrases.values()), truncated)


# ----------------------------------------------------------------------------- snippets

SNIPPET_CHARS = 200
_LEAD_CHARS = 60  # context shown before the first match
_MAX_MARKS = 400  # a page with more matches gets its first ones marked; enough for a snippet
_SPACE = re.compile(r"\s+")
_WORD_REST = re.compile(r"[^\W_]*")


class Matcher:
    """Finds and marks a query's matches in a page text, the way the index matched them."""

    def __init__(self, pq: ParsedQuery) -> None:
        self.terms = pq.terms
        self._phrases = [_phrase_regex(p) for p in pq.phrases]
        self._levels: dict[str, tuple[int, str]] = {}  # word -> (best level, term); pages repeat
        self._regexes: dict[int, re.Pattern[str] | None] = {}

    def _needles(self, min_level: int) -> re.Pattern[str] | None:
        """A regex (on lower-cased text) finding a part of every word matching at ``min_level``
        or better: the word itself, its stem, or its root. It runs in C; only what it finds is
        widened to the whole word and checked in Python (``Term.level``)."""
        if min_level not in self._regexes:
            if min_level >= EXACT:
                needles = {t.text for t in self.terms}
            elif min_level == INFLECTED:
                needles = {t.stem for t in self.terms}
            else:
                needles = {root(t.text) for t in self.terms}
            alternatives = "|".join(map(re.escape, sorted(needles, key=len, reverse=True)))
            self._regexes[min_level] = re.compile(alternatives) if needles else None
        return self._regexes[min_level]

    def _level(self, word: str) -> tuple[int, str]:
        found = self._levels.get(word)
        if found is None:
            found = self._levels[word] = max((t.level(word), t.text) for t in self.terms)
        return found

    def marks(self, text: str, min_level: int) -> list[tuple[int, int, str]]:
        """(start, end, key) of every match at ``min_level`` or better, sorted, no overlaps.
        ``key`` names what matched (term or phrase), so a snippet can prefer variety."""
        return self._marks(_lower(text), min_level)

    def _marks(self, low: str, min_level: int) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        for regex, key in self._phrases:
            found.extend((m.start(), m.end(), key) for m in regex.finditer(low)
                         if m.start() == 0 or not low[m.start() - 1].isalnum())
        needles = self._needles(min_level)
        word_end = -1
        for m in needles.finditer(low) if needles else ():
            if m.start() < word_end:
                continue  # a second needle inside a word already looked at
            start = m.start()
            while start > 0 and low[start - 1].isalnum():  # isalnum() is [^\W_]
                start -= 1
            word_end = _WORD_REST.match(low, m.end()).end()  # type: ignore[union-attr]
            level, key = self._level(low[start:word_end])
            if level >= min_level:
                found.append((start, word_end, key))
                if len(found) >= _MAX_MARKS:
                    break
        found.sort()
        out: list[tuple[int, int, str]] = []
        for mark in found:
            if not out or mark[0] >= out[-1][1]:
                out.append(mark)
        return out

    def snippet(self, text: str, min_level: int) -> tuple[str, tuple[str, ...]]:
        """(snippet with MARK_START/MARK_END, the distinct matched words in lower case)."""
        low = _lower(text)
        marks = self._marks(low, min_level)
        matched = tuple(" ".join(w.split()) for w in dict.fromkeys(low[s:e] for s, e, _ in marks))
        if not marks:  # matched in the title only
            return _excerpt(text, 0, []), matched
        # The window (from a match on) with the most different query words, then most matches.
        best_start, best_score = marks[0][0], (0, 0)
        reach = SNIPPET_CHARS - _LEAD_CHARS
        for i, (start, _, _) in enumerate(marks[:64]):
            keys, j = set(), i
            while j < len(marks) and marks[j][1] <= start + reach:
                keys.add(marks[j][2])
                j += 1
            if (len(keys), j - i) > best_score:
                best_start, best_score = start, (len(keys), j - i)
        return _excerpt(text, best_start, marks), matched


def _lower(text: str) -> str:
    """Lower case with the same length, so offsets found in it hold in ``text``."""
    low = text.lower()
    if len(low) != len(text):  # a few letters grow when lowered ("İ" → "i̇"): keep those
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def _phrase_regex(phrase: Phrase) -> tuple[re.Pattern[str], str]:
    *head, last = (re.escape(w) for w in phrase.words)
    tail = last + (r"[^\W_]*" if phrase.prefix else "")
    body = r"[\W_]+".join([*head, tail])
    return re.compile(body + r"(?![^\W_])"), phrase.display  # start checked by the caller


def _excerpt(text: str, focus: int, marks: list[tuple[int, int, str]]) -> str:
    """About SNIPPET_CHARS of ``text`` around ``focus``, cut at spaces, matches marked."""
    lo = max(0, focus - _LEAD_CHARS)
    if lo > 0:
        space = _SPACE.search(text, lo, focus)
        lo = space.end() if space else focus
    hi = min(len(text), lo + SNIPPET_CHARS)
    if hi < len(text):
        cut = max(text.rfind(" ", lo, hi), text.rfind("\n", lo, hi))
        hi = cut if cut > focus else hi
    parts, pos = [], lo
    for start, end, _ in marks:
        if start >= lo and end <= hi:
            parts += [text[pos:start], MARK_START, text[start:end], MARK_END]
            pos = end
    parts.append(text[pos:hi])
    out = _SPACE.sub(" ", "".join(parts)).strip()
    return ("… " if lo > 0 else "") + out + (" …" if hi < len(text) else "")
