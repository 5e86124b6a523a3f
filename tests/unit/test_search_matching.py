"""Swedish-aware matching and ranking of the search index."""

from __future__ import annotations

from pathlib import Path

import pytest

from kvinnofrid_desktop.core.search import (
    IndexEntry,
    SearchIndex,
    build_index,
    group_by_document,
    swedish,
)
from kvinnofrid_desktop.core.search.swedish import PART, ROOT, WORD, root, stem

PAGES = {
    "far": "Min far och mor bor i Sala.",
    "far2": "Det finns en fara för barnet.",
    "får": "Hon får stöd av kommunen.",
    "fåren": "Fåren betar på ängen.",
    "år": "Det tog flera ÅR innan hon berättade.",
    "våld": "Fysiskt våld i nära relationer.",
    "våldet": "Våldet började efter flytten.",
    "våldets": "Våldets konsekvenser för barn är stora.",
    "anmälan": "En anmälan görs till socialtjänsten.",
    "anmälningar": "Anmälningar tas emot dygnet runt.",
    "orosanmälan": "Gör en orosanmälan om du är orolig.",
    "skyddat": "Hon fick plats på ett skyddat boende i länet.",
    "omvänt": "Ett boende som är skyddat finns inte här.",
    "skyddsboende": "Skyddsboende erbjuds av kvinnojouren.",
    "samordnare": "Kommunens kvinnofridssamordnare svarar på frågor.",
    "trasig": "Ring kvinnofrids-\nsamordnaren på dagtid.",
}


def ids(index: SearchIndex, query: str) -> list[str]:
    return [hit.doc_id for hit in index.search(query)]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    path = tmp_path_factory.mktemp("idx") / "search.sqlite"
    build_index(path, [IndexEntry(k, f"Dokument {k}", 2, v) for k, v in PAGES.items()])
    with SearchIndex.open(path) as opened:
        yield opened


def test_case_folds_but_åäö_are_letters(index: SearchIndex) -> None:
    assert set(ids(index, "får")) == {"får", "fåren"}  # "fåren" has the stem "får"
    assert "far" not in ids(index, "FÅR")
    assert set(ids(index, "far")) == {"far", "far2"}  # "fara" by prefix, never "får"
    assert ids(index, "ÅR") == ids(index, "år") == ["år"]


def test_stemmer_facts_the_tests_rely_on() -> None:
    # What Snowball (swedish, snowballstemmer 3.x) really does: light, endings only.
    assert stem("våld") == "våld"
    assert stem("våldet") == stem("våldets") == "våldet"
    assert stem("anmälan") == "anmälan"
    assert stem("anmälningar") == stem("anmälning") == "anmälning"
    assert stem("fåren") == stem("får") == "får"
    # Our root cuts one derivational ending, which joins what the stemmer keeps apart.
    assert root("anmälan") == root("anmälningar") == root("anmälning") == "anmäl"
    assert root("våldet") == "våld"
    assert root("plan") == "plan"  # never below four letters


def test_inflections(index: SearchIndex) -> None:
    assert {"våld", "våldet", "våldets"} <= set(ids(index, "våld"))
    # Not the last word (so no typed prefix): the root still finds the inflected forms.
    assert set(ids(index, "våld barn")) == {"våldets"}
    # One word in any form: "våldets" and "våldet" share the stem "våldet", and the neuter
    # definite "-et" that Snowball keeps is joined to the bare stem ("våld").
    hits = index.search("våldets")
    assert {h.doc_id for h in hits} == {"våld", "våldet", "våldets"}
    assert all(int(h.score) == WORD for h in hits)
    assert set(ids(index, "våld")) >= set(ids(index, "våldet")) == set(ids(index, "våldets"))
    # The stemmer keeps anmälan and anmälningar apart; the root prefix joins them.
    assert "anmälningar" in ids(index, "anmälan")
    assert "anmälan" in ids(index, "anmälningar")


def test_compounds(index: SearchIndex) -> None:
    assert "orosanmälan" in ids(index, "anmälan")
    assert {"skyddat", "omvänt", "skyddsboende"} <= set(ids(index, "boende"))
    assert "samordnare" in ids(index, "samordnare")


def test_prefix_while_typing(index: SearchIndex) -> None:
    assert set(ids(index, "kvinnof")) == {"samordnare", "trasig"}
    assert ids(index, "kv") == []  # prefixes start at three letters: "s*" would match all


def test_line_break_hyphenation_is_joined(index: SearchIndex) -> None:
    assert "trasig" in ids(index, "kvinnofridssamordnaren")


def test_phrase_matches_only_the_phrase(index: SearchIndex) -> None:
    assert ids(index, '"skyddat boende"') == ["skyddat"]
    assert ids(index, '"SKYDDAT   Boende"') == ["skyddat"]
    assert ids(index, '"skyddat boe') == ["skyddat"]  # unclosed quote: last word is a prefix
    assert ids(index, '"våld"') == ["våld"]  # a quoted word is exact: no stems, no prefixes


def test_several_words_must_all_match(index: SearchIndex) -> None:
    hits = index.search("boende skyddat")
    assert {h.doc_id for h in hits if h.score >= WORD} == {"skyddat", "omvänt"}
    assert hits[-1].doc_id == "skyddsboende"  # both words in one compound: lowest level
    assert ids(index, "boende kvinnojouren") == ["skyddsboende"]
    assert ids(index, "orosanmälan zebra") == []


def test_ranking_word_then_root_then_compound(tmp_path: Path) -> None:
    path = tmp_path / "rank.sqlite"
    texts = {  # the substring page mentions the word most often: bm25 alone would put it first
        "substring": "Orosanmälan. Orosanmälan. Orosanmälan igen.",
        "prefix": "Anmälningar om barn.",
        "exact": "Anmälan om barn görs skriftligt, och mycket annat står här också.",
    }
    build_index(path, [IndexEntry(k, k, 1, v) for k, v in texts.items()])
    with SearchIndex.open(path) as index:
        hits = index.search("anmälan")
        assert [h.doc_id for h in hits] == ["exact", "prefix", "substring"]
        assert [int(h.score) for h in hits] == [WORD, ROOT, PART]
        assert hits[0].score > hits[1].score > hits[2].score


def test_bm25_orders_within_a_level(tmp_path: Path) -> None:
    path = tmp_path / "bm25.sqlite"
    build_index(path, [
        IndexEntry("once", "a", 1, "Våld nämns en gång här bland många andra ord i texten."),
        IndexEntry("often", "b", 1, "Våld, våld och åter våld."),
    ])
    with SearchIndex.open(path) as index:
        assert ids(index, "våld")[0] == "often"


def test_snippets_mark_what_matched(index: SearchIndex) -> None:
    hit = index.search("anmälan")[0]
    assert hit.snippet_plain() == "En «anmälan» görs till socialtjänsten."
    assert hit.snippet_html() == "En <b>anmälan</b> görs till socialtjänsten."
    assert hit.matched == ("anmälan",)
    compound = next(h for h in index.search("anmälan") if h.doc_id == "orosanmälan")
    assert compound.snippet_plain("[", "]") == "Gör en [orosanmälan] om du är orolig."
    assert compound.matched == ("orosanmälan",)


def test_snippet_html_escapes_text(tmp_path: Path) -> None:
    path = tmp_path / "html.sqlite"
    build_index(path, [IndexEntry("d", "t", 1, "<script>alert(1)</script> & våld")])
    with SearchIndex.open(path) as index:
        assert index.search("våld")[0].snippet_html() == (
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; <b>våld</b>")


def test_long_page_snippet_is_short_and_centred(tmp_path: Path) -> None:
    text = "inledning " * 100 + "här står orosanmälan mitt i texten " + "avslutning " * 100
    path = tmp_path / "long.sqlite"
    build_index(path, [IndexEntry("d", "t", 1, text)])
    with SearchIndex.open(path) as index:
        snippet = index.search("orosanmälan")[0].snippet_plain()
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "«orosanmälan»" in snippet and len(snippet) <= 210


def test_highlight_terms(index: SearchIndex) -> None:
    assert index.highlight_terms('Kvinnof AND "skyddat boende" e-post*') == [
        "kvinnof", "skyddat boende", "e-post"]
    assert index.highlight_terms("NEAR(våld hot)") == ["våld", "hot"]
    assert index.highlight_terms('"" ( ) *') == []


def test_unicode_normalisation(tmp_path: Path) -> None:
    path = tmp_path / "nfd.sqlite"
    build_index(path, [IndexEntry("d", "t", 1, "Va\u030ald och o\u0308vergrepp, ﬁnansiering.")])
    with SearchIndex.open(path) as index:
        assert ids(index, "våld") == ["d"]
        assert ids(index, "O\u0308VERGREPP") == ["d"]
        assert ids(index, "finansiering") == ["d"]


def test_card_entries_and_titles(tmp_path: Path) -> None:
    path = tmp_path / "card.sqlite"
    build_index(path, [
        IndexEntry("plan", "Handlingsplan mot våld", 1, "Inledning."),
        IndexEntry("plan", "Handlingsplan mot våld", 2, "Rutiner för socialtjänsten."),
        IndexEntry("kort", "Orosanmälan – barn", 3, "Ring socialtjänsten i Sala.",
                   kind="card", anchor="sala-orosanmalan-barn"),
    ])
    with SearchIndex.open(path) as index:
        # The title is indexed on page 1 only, so it doesn't make every page match.
        assert [(h.doc_id, h.page) for h in index.search("handlingsplan")] == [("plan", 1)]
        card = index.search("orosanmälan barn")
        assert [(h.kind, h.anchor, h.page, h.title) for h in card] == [
            ("card", "sala-orosanmalan-barn", 3, "Orosanmälan – barn")]


def test_a_card_steps_snippet_does_not_repeat_its_heading(tmp_path: Path) -> None:
    # A step's text opens with its heading (so it is searched); the panel shows the heading
    # beside the snippet, which therefore starts after it.
    path = tmp_path / "step.sqlite"
    step = "Gör en orosanmälan"
    build_index(path, [
        IndexEntry("kort", f"Åtgärdskort – Barn: {step}", 2,
                   f"{step}. Anmäl till socialtjänsten där barnet bor.", kind="card",
                   anchor="barn-anmalan"),
        IndexEntry("kort", "Åtgärdskort – Barn: Beteende", 2, "Gör sig illa, drar sig undan.",
                   kind="card", anchor="barn-tecken"),
    ])
    with SearchIndex.open(path) as index:
        by_body = index.search("socialtjänsten")[0]
        assert by_body.heading == f"Barn: {step}"  # the subject: the text does not say it
        assert by_body.snippet_plain() == "Anmäl till «socialtjänsten» där barnet bor."
        # Found by its heading only: the snippet is the start of what the step says.
        by_heading = index.search("orosanmälan")[0]
        assert by_heading.snippet_plain() == "Anmäl till socialtjänsten där barnet bor."
        assert by_heading.matched == ("orosanmälan",)  # still known, for a viewer
        # A sign's text does not open with its group's heading: kept whole.
        sign = index.search("undan")[0]
        assert (sign.heading, sign.snippet_plain()) == ("Barn: Beteende",
                                                        "Gör sig illa, drar sig «undan».")


def test_group_by_document_keeps_rank_order(index: SearchIndex) -> None:
    hits = index.search("våld")
    groups = group_by_document(hits)
    assert [g[0] for g in groups] == list(dict.fromkeys(h.doc_id for h in hits))
    assert all(h.doc_id == doc for doc, _title, doc_hits in groups for h in doc_hits)
    assert sum(len(g[2]) for g in groups) == len(hits)
    assert group_by_document([]) == []


def test_limit(index: SearchIndex) -> None:
    assert len(index.search("boende", limit=2)) == 2
    assert index.search("boende", limit=0) == []
    assert index.search("boende", limit=-5) == []


def test_marks_stay_aligned_when_lower_case_is_longer(tmp_path: Path) -> None:
    # "İ".lower() is two characters; offsets into the lowered text must still fit the original.
    path = tmp_path / "i.sqlite"
    build_index(path, [IndexEntry("d", "t", 1, "İİİ İstanbul: våld och skyddat boende")])
    with SearchIndex.open(path) as index:
        assert index.search("våld")[0].snippet_plain() == "İİİ İstanbul: «våld» och skyddat boende"
        phrase = index.search('"skyddat boende"')[0]
        assert phrase.snippet_plain() == "İİİ İstanbul: våld och «skyddat boende»"
        assert phrase.matched == ("skyddat boende",)


def test_inflected_forms_are_marked_even_on_an_exact_hit(tmp_path: Path) -> None:
    # "barn" matches exactly in the card title only; the body's "Barnet" is still marked.
    path = tmp_path / "mark.sqlite"
    build_index(path, [IndexEntry("kort", "Barn", 1, "Barnet berättar om våld och orosanmälan.",
                                  kind="card", anchor="barn-1")])
    with SearchIndex.open(path) as index:
        hit = index.search("våld barn")[0]
        assert int(hit.score) == WORD
        assert hit.snippet_plain() == "«Barnet» berättar om «våld» och orosanmälan."


@pytest.mark.parametrize(("query", "swedish_words"), [
    ("hon är rädd att gå hem", True), ("hon har ett blåmärke", True), ("rädd", True),
    ("vad gör jag", True), ("bruises", False), ("restraining order", False),
    ("man under till", False), ("I am afraid to go home", False)])
def test_a_query_in_swedish_is_told_apart_from_one_in_english(query: str,
                                                              swedish_words: bool) -> None:
    """The English window said "search with Swedish words" to someone who had."""
    assert swedish.looks_swedish(query) is swedish_words
