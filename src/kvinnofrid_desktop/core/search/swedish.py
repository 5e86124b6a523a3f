"""Swedish-aware text handling for the search index: normalisation, tokens, stems, query parsing.

Pure Python, no Qt. :meth:`ParsedQuery.fts_levels` gives the FTS5 expressions, ``index.py`` runs
them; :class:`Matcher` finds the same matches in a page text again for snippets.

Matching levels (higher is better). A word ``w`` of a page matches a query term ``t`` at

* ``WORD``  – the same word in any inflection: ``w == t``, the same Snowball stem (``fåren`` ~
  ``får``, ``socialjouren`` ~ ``socialjour``), a synonym of the pack's list (``bevittna`` ~
  ``lever med våld``) or, for the last word of the query (3+ letters), ``w`` starts with ``t``
  (typing: ``kvinnof``). The exact form is not a level of its own: ``socialjour`` and
  ``socialjouren`` ask the same question;
* ``ROOT``  – ``w`` starts with the term's *root*: the stem with one derivational ending
  (-ning, -ing, -an, -et) cut off, so ``anmälan`` finds ``anmälningar`` and ``våld`` finds
  ``våldets`` anywhere in the query;
* ``PART``  – the root occurs inside ``w`` (compounds: ``anmälan`` → ``orosanmälan``,
  ``boende`` → ``skyddsboende``). Needs ≥ 3 characters (the trigram tokenizer's minimum);
* ``TYPO``  – one edit away from an indexed word (``kvinofridslinjen``); only tried by the index
  when the levels above find little, and only for words of six letters or more.

Every match at one level is also a match at all lower levels, because the Swedish Snowball
stemmer only cuts endings: a stem is a prefix of its word, the root a prefix of the stem. That is
what lets ``index.py`` query level by level and merge without losing hits.

Words inside a web address are not the page's words (``url_spans``): the index leaves them out
and snippets never mark them.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

WORD, ROOT, PART, TYPO = 3, 2, 1, 0
# The names of the first version's levels; EXACT and INFLECTED are now one level.
EXACT = INFLECTED = WORD
PREFIX, SUBSTRING = ROOT, PART

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
# A genitive "s" after a colon or an apostrophe ("NCK:s rapport", "women's shelter") is part of
# the word before it, not a word: as a term it matched and marked every lone "s" of a page, and
# "women's shelter" fell back to searching "'s". Quotes keep it ("\"NCK:s\"" is the phrase).
_GENITIVE = re.compile(r"(?<=[^\W_])[:'’ʼ´`]s(?![^\W_])", re.IGNORECASE)
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
# U+FFFD (a glyph the PDF's font could not map) and U+FFFF show as boxes: dropped.
_DROP = re.compile(r"[\ud800-\udfff\ue000\ue001\u00ad\u200b-\u200d\u2060\ufeff\ufffd\uffff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Private-use glyphs (symbol-font bullets) show as boxes: a space, like any separator.
_PRIVATE = re.compile(r"[\ue002-\uf8ff\U000f0000-\U0010ffff]")
# PDFium (QtPdf) reports a hyphen it put at a line break as U+FFFE, the line break removed.
_PDF_HYPHEN = re.compile(r"(\S*)\ufffe[ \t]*(?:\r?\n[ \t]*)?(\S?)")
# A word broken over two lines by hyphenation in the PDF ("kvinnofrids-\nsamordnare").
_LINE_HYPHEN = re.compile(r"([^\W\d_])-[ \t]*\r?\n[ \t]*([^\W\d_])")

_STEMMER = snowballstemmer.stemmer("swedish")
_TEXT = "{title body}"  # FTS5 column filter: the words as written (not the stems column)


def normalize_text(text: str) -> str:
    """NFKC (ligatures "ﬁ" → "fi", composed å), drop invisible characters, join hyphenated
    line breaks between lower-case letters, turn control characters into spaces."""
    text = unicodedata.normalize("NFKC", _DROP.sub("", text))
    if "\ufffe" in text:
        text = _PDF_HYPHEN.sub(_join_pdf_hyphen, text).replace("\ufffe", "")
    text = _LINE_HYPHEN.sub(_join_hyphen, text)
    return _PRIVATE.sub(" ", _CONTROL.sub(" ", text))


def _join_pdf_hyphen(m: re.Match[str]) -> str:
    """"kvinnofrids\ufffesamordnare" → joined; "day-to\ufffeday", "FN\ufffekonventionen" keep
    a hyphen (the word already had one, or it is not a break between lower-case letters)."""
    before, after = m.group(1), m.group(2)
    if before[-1:].islower() and after.islower() and "-" not in before:
        return before + after
    return before + "-" + after if before and after else before + after


def _join_hyphen(m: re.Match[str]) -> str:
    a, b = m.group(1), m.group(2)
    return a + b if a.islower() and b.islower() else m.group(0)


def tokens(text: str) -> list[str]:
    """Lower-cased tokens, split the way unicode61 splits them."""
    return TOKEN.findall(text.lower())


# A number written in groups ("021-39 20 66", "114 14", "0771-900 800"): digit groups apart by
# one space or hyphen (a non-breaking one is a space or U+2010 after NFKC).
_GROUPED_NUMBER = re.compile(r"(?<![\w.,:])\d{1,4}(?:[ \-\u2010\u2011]\d{1,4})+(?![\w.,:]?\d)")
MIN_NUMBER_DIGITS = 5  # "11414" as typed; shorter numbers are written whole ("112", "1177")
MAX_NUMBER_DIGITS = 15
_NUMBER_GAP = r"[ \-\u2010\u2011]?"  # what may stand between two digits of a number


def grouped_numbers(text: str) -> list[str]:
    """The numbers of ``text`` written in groups, each as one run of digits ("021-39 20 66" →
    "0213920066"): the index holds them so that a number typed without spaces or dashes, as
    it is dialled, finds the text that writes it the way it is read."""
    out = []
    for m in _GROUPED_NUMBER.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if MIN_NUMBER_DIGITS <= len(digits) <= MAX_NUMBER_DIGITS:
            out.append(digits)
    return list(dict.fromkeys(out))


def is_number(word: str) -> bool:
    """A query word that is a number typed whole, which a text may write in groups."""
    return word.isascii() and word.isdigit() and \
        MIN_NUMBER_DIGITS <= len(word) <= MAX_NUMBER_DIGITS


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


# ----------------------------------------------------------------------------- verb forms

# Strong and irregular verbs of the domain, each with the forms people type and the texts
# write. Snowball only cuts endings, so "slog", "slagna" and "slå" got three unrelated stems
# and "slagna" found nothing; "ströp" was not "strypt", "våldtogs" not "våldtagen". A query
# word that is one of these forms also matches the others as words (not by their stems:
# "våldta" stems to "våld", "bita" to "bit", both other words), and its synonyms are looked up
# by every form. The passive (-s) of each form is a form too ("slogs", "ströps").
_VERB_FORMS = """
slå slår slog slagit slagen slaget slagna
strypa stryper ströp strypt strypte strypta
våldta våldtar våldtog våldtagit våldtagen våldtaget våldtagna
bita biter bet bitit biten bitet bitna
slita sliter slet slitit sliten slitet slitna
bo bor bodde bott boende boendet boenden boendena
"""
_PASSIVE = "s"


def _verb_table(text: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in text.strip().splitlines():
        forms = line.split()
        family = tuple(dict.fromkeys(forms + [f + _PASSIVE for f in forms]))
        for form in family:
            table.setdefault(form, family)
    return table


VERB_FORMS = _verb_table(_VERB_FORMS)


def verb_forms(word: str) -> tuple[str, ...]:
    """Every form of the domain verb ``word`` is a form of ("slagna" → "slå", "slog", …),
    ``word`` among them; () for any other word."""
    return VERB_FORMS.get(word, ())


# ----------------------------------------------------------------------------- web addresses

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'»«]*", re.IGNORECASE)
_URL_TRAIL = ".,;:)]}!?"
_NEXT_TOKEN = re.compile(r"[ \t]*\r?\n[ \t]*(\S+)")


def _continues_url(token: str) -> bool:
    """Whether the first token of the next line continues a web address broken at line end:
    "-av-djur/anmal.html", "kvinnojourensala.se/", "9/ett-kraftfullt…" — never "kontrollerad"."""
    token = token.rstrip(_URL_TRAIL)
    return bool(token) and (token[0] == "-" or any(c in token for c in "/=?&%#_")
                            or re.search(r"\.[^\W\d_]", token) is not None)


def url_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every web address in ``text``, with its continuation lines when the PDF
    broke it over several lines."""
    spans: list[tuple[int, int]] = []
    if "://" not in text and "www." not in text.lower():
        return spans  # most pages: no regex scan at all
    for m in _URL.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue  # "www." inside an address already taken
        end = m.end()
        while True:
            nxt = _NEXT_TOKEN.match(text, end)
            if nxt is None or not _continues_url(nxt.group(1)):
                break
            end = nxt.end(1)
            if end < len(text) and text[end] not in "\r\n":
                break  # more text on that line: the address ended with this token
        while end > m.start() and text[end - 1] in _URL_TRAIL:
            end -= 1
        spans.append((m.start(), end))
    return spans


def without_urls(text: str) -> str:
    """``text`` with its web addresses blanked out (same length, line breaks kept)."""
    spans = url_spans(text)
    if not spans:
        return text
    parts, pos = [], 0
    for start, end in spans:
        parts += [text[pos:start], re.sub(r"[^\r\n]", " ", text[start:end])]
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


_SOURCE_LINE = re.compile(
    r"^\W*(?:kontrollerad|läst|lästa|hämtad|hämtat|besökt|accessed|retrieved)\b.*\d{4}",
    re.IGNORECASE)


def source_share(text: str) -> float:
    """How much of a page is a source list (0–1): lines with a web address, "kontrollerad
    2026-11-26" lines, and the title line above an address."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return 0.0
    with_url = {i for i, line in enumerate(lines) if url_spans(line)}
    blanked = [without_urls(line) for line in lines]
    count = 0
    for i, line in enumerate(lines):
        if i in with_url or _SOURCE_LINE.match(line) or (i + 1) in with_url:
            count += 1
        elif i - 1 in with_url and len(tokens(blanked[i])) <= 2:
            count += 1  # the rest of an address broken over lines
    return count / len(lines)


# ----------------------------------------------------------------------------- queries

# Words that carry no question of their own; left out of a query that has other words
# ("barn som bevittnar våld" asks for barn + bevittnar + våld; "han slår henne" for slår: no
# page says "henne", and every word of a query must match; "vart ringer jag" for ringer).
# Kept inside quotes. "får" (as in "barnet får stryk") too: alone it still finds the sheep.
# Not "dom", also a court's judgment.
_STOPWORDS = """
alla allt att av blev bli blir de dej dem den denna deras dess det detta dig din ditt du där då
efter ej eller en er ett fick från får fått för ha hade han hans har hen henne hennes hon honom
hos hur här i icke ingen inom inte jag ju kan kunde man med mej mellan men mig min mina mitt mot
mycket ni nu när någon något några någonstans ingenstans och om oss på sedan sej sig sin sina
sitt själv ska skall
skulle som så till under upp ut utan vad var vara varit vart vem vi vid vilka vilken vilket vår åt
än är över
"""
# Words that say when or how much, and what one must or wants: "hon blev slagen igår" found
# nothing and offered "ingår"; "måste jag anmäla" found Lex Maja by "måste".
_WHEN_AND_MUST = """
alltid bara behöver bör borde brukar fortfarande ibland idag igår ikväll imorgon inatt jätte
måste nyss ofta också redan snart väldigt vill
"""
# Words that ask for a number: "Bris nummer" found the table headers "Vad Vem Nummer Tider".
_ASKING_FOR_A_NUMBER = """
mobil mobilnummer nr nummer numret numren ring ringa tel telefon telefonnummer tfn
"""
# Words that ask when a contact answers: "öppettider socialjouren" needed a page with the word
# "öppettider" and led with a plan's sentence saying the card has them; the card's contacts
# give the hours themselves ("mån–tors 16.30–00.00") without that word.
_ASKING_FOR_HOURS = """
öppet öppettid öppettider stänger stängt telefontid telefontider tider
"""
# Verbs that say that something is needed, exists or applies without saying what: when no page
# has every word, they are left out before a word with content ("tolk behövs" kept "behövs",
# the word on more pages, and lost the interpreter).
_VAGUE = """
behövs behövas behövdes behövts finns finnas fanns funnits gäller gälla gällde gällt
"""
VAGUE = frozenset(_VAGUE.split())
# What a word said alone is about, by its root: a report of concern ("orosanmälan") is about a
# child in Swedish usage (the card's step "Gör en orosanmälan" stands under Barn), and
# "orosanmälan sala" led with Sala's adults' unit, another number. Among entries the query
# names alike, the one that also names this goes first; "orosanmälan vuxna" still finds the
# adults' (the children's does not name "vuxna"). A protected housing is an adult's (the card's
# step "… även för skyddat boende" stands under Vuxna): "skyddat boende hund" is about an adult
# and an animal, and leads with the Vuxna step on the animals (VOOV's foster homes). Two words
# are keyed by their roots apart by a space.
_SENSES = {"orosanmäl": ("barn",), "skydd boend": ("vuxna",), "skyddsboend": ("vuxna",)}


def senses(item: Term | Phrase) -> tuple[str, ...]:
    """The words a query word or expression is about when said alone (``_SENSES``), by the
    word or a one-word synonym ("orosanmälning", "anmäla oro"), or by two words of an
    expression ("skyddat boende" in "skyddat boende hund"); () for most words."""
    own = [item.text] if isinstance(item, Term) else []
    keys = [root(w) for w in (*own, *(a[0] for a in item.alts if len(a) == 1))]
    if isinstance(item, Phrase):
        keys += [f"{root(a)} {root(b)}" for a, b in itertools.pairwise(item.words)]
    return next((_SENSES[k] for k in keys if k in _SENSES), ())
STOPWORDS = frozenset(
    (_STOPWORDS + _WHEN_AND_MUST + _ASKING_FOR_A_NUMBER + _ASKING_FOR_HOURS).split())
# What a query asks of a contact when it holds such a word beside others (ParsedQuery.asks).
ASKS_NUMBER, ASKS_HOURS = "number", "hours"
_ASKING = {**dict.fromkeys(_ASKING_FOR_A_NUMBER.split(), ASKS_NUMBER),
           **dict.fromkeys(_ASKING_FOR_HOURS.split(), ASKS_HOURS)}
# Place names: matched as a word (and its genitive, "Salas"), never by stem, root or inside
# another word: "sala" found "Uppsala" and "salen", and "skyddat boende sala" led with pages
# about Uppsala. The county's ten municipalities, the county, and the places the texts name.
_PLACES = """
arboga fagersta hallstahammar kungsör köping norberg sala skinnskatteberg surahammar västerås
västmanland gävleborg uppsala stockholm örebro
"""
PLACE_NAMES = frozenset(_PLACES.split())
_FOLD = str.maketrans("åäö", "aao")
# The place names typed without å, ä, ö ("kungsor", "vasteras"): always the place. "kungsor"
# is also in info@kungsor.se, so by counts (``respellings``) it stayed a word of its own.
_PLACES_FOLDED = {p.translate(_FOLD): p for p in PLACE_NAMES}
MIN_PLACE_TYPO = 6  # letters of a word that may be a misspelt place ("salla" is not Sala)


def place_meant(word: str, *, known: bool) -> str | None:
    """The place name that ``word`` (lower case) stands for, or None: the name typed without
    å, ä, ö ("kungsor"), in the genitive ("salas", "köpings": the place rules then apply), or,
    for a word of six letters or more the texts do not have (``known`` False), one edit from
    the name written either way ("kopping": it matched "kopplar", and no Köping entry came)."""
    if word in PLACE_NAMES:
        return None
    folded = word.translate(_FOLD)
    if folded in _PLACES_FOLDED:
        return _PLACES_FOLDED[folded]
    if folded.endswith("s") and folded[:-1] in _PLACES_FOLDED:
        return _PLACES_FOLDED[folded[:-1]]
    if known or len(word) < MIN_PLACE_TYPO or not word.isalpha():
        return None
    near = sorted(p for f, p in _PLACES_FOLDED.items() if distance(folded, f, 1) <= 1)
    return near[0] if len(near) == 1 else None
MIN_ABBREVIATION, MAX_ABBREVIATION = 2, 5
_DEFINITE_MIN = 3  # "hot"/"hotet", never "et" on two letters
_NEAR = 4  # words of a several-word synonym may stand this far apart ("lever med våld")


def _alt_fts(words: tuple[str, ...]) -> str:
    """FTS5 expression for a synonym: its stems, several words near each other."""
    stems = [quoted(stem(w)) for w in words]
    if len(stems) == 1:
        return f"stems : {stems[0]}"
    return f"stems : NEAR({' '.join(stems)}, {_NEAR})"


def near_expression(words: tuple[str, ...]) -> str:
    """FTS5 expression: these words' stems near each other (on the ``words`` table)."""
    return _alt_fts(words)


def _alt_stems(alts: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """Stems that mark a synonym's match in a snippet (its words but the stopwords)."""
    return frozenset(stem(w) for alt in alts for w in alt if w not in STOPWORDS)


@lru_cache(maxsize=4096)
def definite_forms(base: str) -> tuple[str, ...]:
    """A stem and its neuter definite form's stem (``barn`` ~ ``barnet``, ``våldet`` ~
    ``våld``): the Swedish Snowball stemmer leaves "-et" on. Only for stems of 3+ letters."""
    if base.endswith("et") and len(base) >= _DEFINITE_MIN + 2:
        return (base, base[:-2])
    if len(base) >= _DEFINITE_MIN and not base.endswith("et"):
        return (base, base + "et")
    return (base,)


@dataclass(frozen=True)
class Term:
    """One query word outside quotes, with its synonyms from the pack's list."""

    text: str  # lower-cased, as typed
    prefix: bool = False  # the last word of the query: also matches words it begins
    alts: tuple[tuple[str, ...], ...] = ()  # synonyms: each one word or several
    # A number typed in groups ("021 392066"), ``text`` their digits: also matched by the
    # groups as typed, each anywhere on the page.
    groups: tuple[str, ...] = ()
    # An abbreviation typed in capitals ("LVM", "BRÅ"): matched as a whole word only, in its
    # inflections, never as the beginning or a part of another word, nor one edit away.
    whole: bool = False
    # Whether it may match inside another word (PART): not when no word of the texts has it
    # as a compound's part ("sova" is in "barnhälsovård" only across "hälso" + "vård").
    inside: bool = True

    @property
    def place(self) -> bool:
        """A place name (``PLACE_NAMES``): matched as written or in the genitive only."""
        return self.text in PLACE_NAMES

    @property
    def stem(self) -> str:
        return stem(self.text)

    @property
    def stems(self) -> tuple[str, ...]:
        """The stem, and the neuter definite form's: Snowball keeps "barnet", "våldet" apart
        from "barn", "våld"; here they are one word. A place: its name and genitive."""
        if self.place:
            return tuple(dict.fromkeys((self.text, self.text.rstrip("s") + "s")))
        return definite_forms(self.stem)

    @property
    def forms(self) -> tuple[str, ...]:
        """The other forms of a domain verb (``verb_forms``): matched as words."""
        return tuple(f for f in verb_forms(self.text) if f != self.text)

    @property
    def root(self) -> str | None:
        """Prefix for the ROOT level, or None when too short to be useful."""
        r = root(self.text)
        return r if len(r) >= MIN_ROOT and not self.place and not self.whole else None

    @property
    def key(self) -> str | None:
        """Substring for the PART level (trigram table), or None when too short or when the
        term has synonyms (the trigram table can't say "this substring or that word")."""
        r = root(self.text)
        return r if len(r) >= MIN_SUBSTRING and not self.alts and not self.place \
            and not self.whole and self.inside else None

    def level(self, word: str) -> int:
        """How well a lower-case word of a page matches this term (-1 = not at all)."""
        if self.place:
            return WORD if word in self.stems else -1
        if word == self.text or stem(word) in self.stems or word in self.forms or (
            self.prefix and len(self.text) >= MIN_PREFIX and word.startswith(self.text)
        ):
            return WORD
        if self.alts and stem(word) in _alt_stems(self.alts):
            return WORD
        r = self.root
        if r and word.startswith(r):
            return ROOT
        if self.whole or not self.inside:
            return -1
        r = root(self.text)
        return PART if len(r) >= MIN_SUBSTRING and r in word else -1

    def fts(self, level: int) -> str:
        """FTS5 expression on the ``words`` table for a match at ``level`` or better
        (PART is the trigram table's job: there this gives the ROOT expression)."""
        if self.place:  # the words as written, never their stems ("sala": "sal", "salen")
            return "(" + " OR ".join(f"{_TEXT} : {quoted(w)}" for w in self.stems) + ")"
        # Every form of the word has one of these stems; a title's words weigh more.
        parts = [f"{column} : {quoted(s)}" for s in self.stems for column in ("stems", "title")]
        parts += [f"{_TEXT} : {quoted(f)}" for f in self.forms]
        if level <= ROOT and self.root:
            parts.append(f"{_TEXT} : {quoted(self.root)} *")  # covers the typed prefix too
        elif self.prefix and len(self.text) >= MIN_PREFIX:
            parts.append(f"{_TEXT} : {quoted(self.text)} *")
        parts += [_alt_fts(alt) for alt in self.alts]
        if self.groups:
            parts.append("(" + " AND ".join(Term(g).fts(WORD) for g in self.groups) + ")")
        return "(" + " OR ".join(parts) + ")"


@dataclass(frozen=True)
class Phrase:
    """Words in quotes (or joined by hyphens): matched exactly and in order at every level.
    ``loose``: several query words that are a synonym's expression ("anmäla oro"): matched by
    their stems near each other, or by one of the synonyms."""

    words: tuple[str, ...]
    prefix: bool = False  # an unclosed quote at the end: the last word is a prefix
    display: str = ""  # how to show / highlight it ("e-post", "skyddat boende")
    alts: tuple[tuple[str, ...], ...] = ()
    loose: bool = False

    def fts(self) -> str:
        """FTS5 expression on the ``words`` table, the same at every level."""
        if self.loose:
            own = _alt_fts(self.words)
        else:
            star = " *" if self.prefix and len(self.words[-1]) >= MIN_PREFIX else ""
            own = f"{_TEXT} : {quoted(' '.join(self.words))}{star}"
        if not self.alts:
            return own
        return "(" + " OR ".join([own] + [_alt_fts(alt) for alt in self.alts]) + ")"


@dataclass(frozen=True)
class ParsedQuery:
    """A search query taken apart. Built only by :func:`parse_query`."""

    terms: tuple[Term, ...] = ()
    phrases: tuple[Phrase, ...] = ()
    truncated: bool = False
    # What the query asks of a contact by the words left out beside the others (ASKS_NUMBER,
    # ASKS_HOURS): "öppettider socialjouren" searches "socialjouren", the entries with hours first.
    asks: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.phrases

    def fts_levels(self) -> list[tuple[int, str, str]]:
        """(level, ``words`` expression, ``trigrams`` expression), best level first, levels
        that would repeat the one before left out. Only PART has a trigram expression; its
        words expression then holds what trigrams can't match (short terms, phrases) or is ""."""
        out: list[tuple[int, str, str]] = []
        phrases = [p.fts() for p in self.phrases]
        for level in (WORD, ROOT):
            expr = " AND ".join([t.fts(level) for t in self.terms] + phrases)
            if not out or expr != out[-1][1]:  # e.g. phrases only: one query for all levels
                out.append((level, expr, ""))
        keys = [t.key for t in self.terms if t.key]
        if keys:
            rest = [t.fts(ROOT) for t in self.terms if not t.key] + phrases
            out.append((PART, " AND ".join(rest), " AND ".join(map(quoted, keys))))
        return out

    def highlight_terms(self) -> list[str]:
        """Words a PDF viewer should look for: terms as typed, phrases whole, no syntax. Not a
        single letter: the viewer finds it inside every word ("s" lit up a whole page)."""
        out = [t.text for t in self.terms] + [p.display for p in self.phrases]
        return list(dict.fromkeys(w for w in out if w and not (len(w) == 1 and w.isalpha())))

    def completed(self, text: str) -> ParsedQuery:
        """The query with the term ``text`` no longer matched as a typed prefix."""
        terms = tuple(dataclasses.replace(t, prefix=False) if t.text == text else t
                      for t in self.terms)
        return dataclasses.replace(self, terms=terms)

    def led_by_common_synonyms(self, stem_counts: dict[str, int]) -> ParsedQuery:
        """The query with each word that has synonyms led by the most common one-word member
        of its group when the word typed is much rarer (RESPELL_RATIO): the word typed is then
        one of its synonyms. Only the leading word is also looked for in titles, so a rare
        spelling ranked the group's pages by the few that use it ("orosanmälning" put the
        card's "Gör en orosanmälan" eighth). Only a member that begins as the word typed
        (another form or a short form: "socjour", "soc"): a group that is a meaning ("slår",
        "misshandel") keeps the word typed first, or "misshandel" in an animal card's title
        would lead "han slår henne"."""
        terms = []
        for t in self.terms:
            own = stem_counts.get(stem(t.text), 0)
            singles = [alt[0] for alt in t.alts
                       if len(alt) == 1 and alt[0][:_SAME_START] == t.text[:_SAME_START]]
            best = max(singles, key=lambda w: stem_counts.get(stem(w), 0), default=None)
            if best is None or own * RESPELL_RATIO >= stem_counts.get(stem(best), 0):
                terms.append(t)
                continue
            alts = ((t.text,), *(a for a in t.alts if a != (best,)))
            terms.append(Term(best, False, alts))
        return dataclasses.replace(self, terms=tuple(terms))

    def replaced(self, words: dict[str, tuple[str, ...]]) -> ParsedQuery:
        """The query with some terms matched by other words instead (typo corrections):
        ``words`` maps a term's text to the indexed words it stands for."""
        terms = []
        for t in self.terms:
            if t.text in words:
                first, *rest = words[t.text]
                terms.append(Term(first, False, tuple((w,) for w in rest) + t.alts))
            else:
                terms.append(t)
        return dataclasses.replace(self, terms=tuple(terms))


EMPTY_QUERY = ParsedQuery()


def parse_query(query: str, synonyms: object = None) -> ParsedQuery:
    """Take a query apart into terms and phrases. Pure; never raises; ``EMPTY_QUERY`` when
    nothing searchable is left. FTS5 syntax is never interpreted: it is only split away.
    ``synonyms`` (a :class:`~.synonyms.Synonyms`) adds each word's or expression's synonyms."""
    try:
        return _parse(query, synonyms)
    except Exception:  # the contract is "never raises"; an odd input just finds nothing
        return EMPTY_QUERY


def _parse(query: str, synonyms: object = None) -> ParsedQuery:
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
        for word in _WORD.findall(without_genitive(segment)):
            if word in _OPERATORS:
                continue  # "våld OR hot": operators would only ever require the word "or"
            parts = tokens(word)
            if len(parts) == 1:
                items.append(Term(parts[0], whole=is_abbreviation(word)))
            else:
                items.append(Phrase(tuple(parts), display=word.lower()))
            last_outside = True
    if len(items) > MAX_QUERY_ITEMS:
        items, truncated = items[:MAX_QUERY_ITEMS], True
    if items and last_outside:
        last = items[-1]
        items[-1] = (Term(last.text, prefix=not last.whole, whole=last.whole)
                     if isinstance(last, Term)
                     else Phrase(last.words, prefix=True, display=last.display))
    if len(segments) == 1:  # no quotes
        items = _joined_number(items)
    if synonyms:
        items = _with_synonyms(items, synonyms)
    asks: tuple[str, ...] = ()
    if any(isinstance(x, Phrase) or x.text not in STOPWORDS or x.alts for x in items):
        left_out = [x.text for x in items if isinstance(x, Term) and x.text in STOPWORDS
                    and not x.alts]
        asks = tuple(sorted({_ASKING[w] for w in left_out if w in _ASKING}))
        items = [x for x in items if isinstance(x, Phrase) or x.text not in STOPWORDS or x.alts]
    terms: dict[str, Term] = {}
    phrases: dict[tuple[str, ...], Phrase] = {}
    for item in items:
        if isinstance(item, Term):
            seen = terms.get(item.text)
            terms[item.text] = dataclasses.replace(
                item, prefix=item.prefix or bool(seen and seen.prefix))
        else:
            phrases.setdefault(item.words, item)
    return ParsedQuery(tuple(terms.values()), tuple(phrases.values()), truncated, asks)


# Small words that are Swedish and no English word ("man", "under", "till", "i" are both).
_SWEDISH_ONLY_WORDS = """
att och hon han inte jag det som för av har kan vad hur ska vill eller hennes hans ett min mitt
"""
_SWEDISH_ONLY = frozenset(_SWEDISH_ONLY_WORDS.split())


def looks_swedish(query: str) -> bool:
    """Whether ``query`` is written in Swedish, by its letters å, ä, ö or its small words: the
    English window told someone who had searched "hon är rädd att gå hem" to search with
    Swedish words."""
    folded = query.casefold()
    return any(c in "åäö" for c in folded) or \
        any(word in _SWEDISH_ONLY for word in re.findall(r"\w+", folded))


def is_abbreviation(word: str) -> bool:
    """A word typed in capitals, two to five letters ("LVM", "BRÅ", "RFSU"): an abbreviation.
    Matched by its beginning or inside other words it found "självmordstankar" for "LVM" and
    "brådskande" for "BRÅ", and "Menade du ”rfsl”?" for "RFSU"."""
    return MIN_ABBREVIATION <= len(word) <= MAX_ABBREVIATION and word.isalpha() \
        and word.isupper()


def without_genitive(text: str) -> str:
    """``text`` without the genitive "s" written after a colon or an apostrophe ("NCK:s" →
    "NCK", "women's" → "women")."""
    return _GENITIVE.sub("", text)


def _joined_number(items: list[Term | Phrase]) -> list[Term | Phrase]:
    """A query of digit groups only ("021 392066", "0224-18289") as one number, which the
    texts may group otherwise ("021-39 20 66"; the index holds its digits, ``grouped_numbers``).
    Its groups as typed still match, as before ("2017 2020"), and in an index built without
    those digits."""
    groups = [w for x in items for w in ((x.text,) if isinstance(x, Term) else x.words)]
    joined = "".join(groups)
    if len(groups) < 2 or not is_number(joined):
        return items
    return [Term(joined, prefix=items[-1].prefix, groups=tuple(groups))]


def _with_synonyms(items: list[Term | Phrase], synonyms: object) -> list[Term | Phrase]:
    """Attach synonyms: to a word, to a hyphenated word ("soc-jouren"), or to several query
    words that are an expression of the list ("anmäla oro", longest first), also in another
    order and without its stopwords ("barn oro": "oro för barn")."""
    longest = max(1, getattr(synonyms, "longest", 1))
    alternatives = synonyms.alternatives  # type: ignore[attr-defined]
    any_order = getattr(synonyms, "alternatives_any_order", None)
    out: list[Term | Phrase] = []
    i = 0
    while i < len(items):
        item = items[i]
        if isinstance(item, Phrase):
            alts = alternatives(tuple(stem(w) for w in item.words))
            out.append(Phrase(item.words, item.prefix, item.display, alts) if alts else item)
            i += 1
            continue
        for n in range(min(longest, len(items) - i), 1, -1):
            span = items[i:i + n]
            if all(isinstance(x, Term) for x in span):
                words = tuple(x.text for x in span)  # type: ignore[union-attr]
                alts = alternatives(tuple(stem(w) for w in words))
                if not alts and words[0] not in STOPWORDS and words[-1] not in STOPWORDS:
                    alts = any_order(words) if any_order else ()
                if alts:
                    out.append(Phrase(words, display=" ".join(words), alts=alts, loose=True))
                    i += n
                    break
        else:
            # Any form of a domain verb is the word of the list: "slagna" has "slagen"'s.
            forms = verb_forms(item.text) or (item.text,)
            alts = tuple(dict.fromkeys(
                alt for key in dict.fromkeys(stem(f) for f in forms)
                for alt in alternatives((key,)) if alt != (item.text,)))
            out.append(dataclasses.replace(item, alts=alts) if alts else item)
            i += 1
    return out


# ----------------------------------------------------------------------------- snippets

SNIPPET_CHARS = 200
_LEAD_CHARS = 60  # context shown before the first match
_MAX_MARKS = 400  # a page with more matches gets its first ones marked; enough for a snippet
_SPACE = re.compile(r"\s+")
_WORD_REST = re.compile(r"[^\W_]*")


class Matcher:
    """Finds and marks a query's matches in a page text, the way the index matched them."""

    def __init__(self, pq: ParsedQuery) -> None:
        # Loose phrases ("anmäla oro") and synonyms mark their words one by one.
        extra = [Term(w) for p in pq.phrases if p.loose for w in p.words if w not in STOPWORDS]
        extra += [Term(p.words[0], alts=p.alts) for p in pq.phrases if p.alts]
        # A number's groups as typed are not marked one by one ("20" in every date): the
        # number is, as the text writes it (``_number_regex``).
        own = tuple(Term(t.text, t.prefix) if t.groups else t for t in pq.terms)
        extra += [Term(g) for t in pq.terms for g in t.groups]
        self.terms = own + tuple(extra)
        self._phrases = [_phrase_regex(p) for p in pq.phrases if not p.loose]
        self._phrases += [_number_regex(t.text) for t in pq.terms if is_number(t.text)]
        self._levels: dict[str, tuple[int, str]] = {}  # word -> (best level, term); pages repeat
        self._regexes: dict[int, re.Pattern[str] | None] = {}

    def _needles(self, min_level: int) -> re.Pattern[str] | None:
        """A regex (on lower-cased text) finding a part of every word matching at ``min_level``
        or better: its stem (every form of the word, a typed prefix too) or its root, a verb's
        other forms, and the stems of synonyms. It runs in C; only what it finds is widened to
        the whole word and checked in Python (``Term.level``)."""
        if min_level not in self._regexes:
            if min_level >= WORD:
                needles = {s for t in self.terms for s in t.stems}
            else:
                needles = {root(t.text) for t in self.terms}
            needles |= {f for t in self.terms for f in t.forms}  # other forms of a verb
            needles |= {s for t in self.terms for s in _alt_stems(t.alts)}
            needles.discard("")
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
        urls = url_spans(low)
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
        found.sort(key=lambda mark: (mark[0], -mark[1]))  # the longer of two at one place
        out: list[tuple[int, int, str]] = []
        for mark in found:
            if urls and any(start <= mark[0] < end for start, end in urls):
                continue  # a word inside a web address is not the page's word
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


def _number_regex(digits: str) -> tuple[re.Pattern[str], str]:
    """A number typed whole as the text may write it: "11414" finds "114 14" and "114-14"."""
    body = _NUMBER_GAP.join(digits)
    return re.compile(body + r"(?!\d)"), digits  # start checked by the caller


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


# ----------------------------------------------------------------------------- typos

_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöéü"
MAX_TYPO_WORDS = 3  # indexed words one query word may stand for


def _edits1(word: str) -> set[str]:
    """Every string one edit from ``word``: a letter deleted, swapped with the next, replaced
    or inserted (Damerau–Levenshtein distance 1)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    out.discard(word)
    return out


def one_edit(word: str, vocabulary: dict[str, int]) -> tuple[str, ...]:
    """Indexed words one edit from ``word``, the most common first (at most MAX_TYPO_WORDS)."""
    near = [w for w in _edits1(word) if w in vocabulary]
    near.sort(key=lambda w: (-vocabulary[w], w))
    return tuple(near[:MAX_TYPO_WORDS])


def distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance between ``a`` and ``b``, or ``limit + 1`` when it is
    larger than ``limit`` (stops early)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def nearest(word: str, vocabulary: dict[str, int], limit: int) -> str | None:
    """The indexed word closest to ``word`` (at most ``limit`` edits; the more common one of
    equally close words), or None. Words starting with another letter are not considered: a
    first letter is rarely mistyped, and it keeps this fast on a large vocabulary."""
    best: tuple[int, int, str] | None = None
    for candidate, count in vocabulary.items():
        if candidate[:1] != word[:1] or abs(len(candidate) - len(word)) > limit:
            continue
        d = distance(word, candidate, limit)
        if d <= limit and (best is None or (d, -count, candidate) < best):
            best = (d, -count, candidate)
    return best[2] if best else None


# --- words typed without å, ä, ö ----------------------------------------------------------------

_WITH_LETTERS = {"a": "aåä", "o": "oö"}
MAX_SPELLINGS = 512  # a word with more ways to add the letters is left as typed
MIN_RESPELL = 3  # "a" is not taken for "å"
MIN_PREFIX_RESPELL = 4  # "nar" may become "narkotika" as well as "nära"
_SAME_START = 3  # letters a synonym shares with the word typed to lead its group
RESPELL_RATIO = 4  # the typed form must be this many times rarer than the spelling it stands for


def spellings_with_letters(word: str) -> list[str]:
    """Every way to write ``word`` with å or ä for an a and ö for an o ("vald": "våld",
    "väld", …), ``word`` itself left out; [] for a word with too many ways."""
    pools = [_WITH_LETTERS.get(c, c) for c in word]
    if math.prod(len(p) for p in pools) > MAX_SPELLINGS:
        return []
    return ["".join(letters) for letters in itertools.product(*pools)][1:]


def respelled_prefix(prefix: str, begins: Callable[[str], int]) -> str | None:
    """The spelling with å, ä, ö of a word still being typed ("orosanmal" → "orosanmäl"), when
    the index's words begin with it much more often (``begins``: how many entries hold a word
    that begins so) than with what was typed; None otherwise. Without it the letters typed
    so far found only web addresses until the word was complete."""
    if not (prefix.isascii() and prefix.isalpha()) or len(prefix) < MIN_PREFIX_RESPELL \
            or prefix in STOPWORDS:
        return None
    found = [(begins(s), s) for s in spellings_with_letters(prefix)]
    count, spelled = max(found, default=(0, ""), key=lambda f: f[0])
    if count and begins(prefix) * RESPELL_RATIO < count:
        return spelled
    return None


def respellings(words: Iterable[str], stem_counts: dict[str, int]) -> dict[str, str]:
    """Query word → the word it stands for, for words typed without å, ä, ö on a keyboard
    without them or in a hurry ("orosanmalan", "vald", "stangt"): the spelling whose stem the
    index holds most often, when the typed word's own stem is much rarer (a web address, a
    file name). A plain word that is common itself ("far" in "barn som far illa", beside
    "får") and a stopword ("man", not "mån") are words of their own and stay."""
    out: dict[str, str] = {}
    for word in words:
        if not (word.isascii() and word.isalpha()) or word in STOPWORDS or word in out:
            continue
        found = [(stem_counts.get(stem(s), 0), s) for s in spellings_with_letters(word)]
        count, spelled = max(found, default=(0, ""), key=lambda f: f[0])
        if not count or (len(word) < MIN_RESPELL and spelled not in STOPWORDS):
            continue  # "ar" is "är"; "a" is not "å"
        if stem_counts.get(stem(word), 0) * RESPELL_RATIO < count:
            out[word] = spelled
    return out
