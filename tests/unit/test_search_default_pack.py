"""What a new user types first gets the right answer first, in the shipped default pack."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.search.index import SearchIndex


@pytest.fixture(scope="module")
def index():
    pack = Pack.open(default_pack_dir())
    assert pack.manifest.search_index
    with SearchIndex.open(pack.path_of(pack.manifest.search_index)) as idx:
        yield idx


@pytest.mark.parametrize(
    ("query", "doc_id", "anchor_or_page"),
    [
        ("Sala socialjour", "atgardskort", "sala-socialjour"),
        ("kvinnofridssamordnare 2019", "pub-kvinnofridssamordnare-2019", None),
        ("djurskydd", "atgardskort", None),
        ("korsrapportering", None, None),
    ],
)
def test_first_hit_is_the_right_document(index, query: str, doc_id: str | None,
                                         anchor_or_page: str | None) -> None:
    hits = index.search(query, limit=5)
    assert hits, query
    if doc_id:
        assert hits[0].doc_id == doc_id, [(h.doc_id, h.anchor) for h in hits]
    if anchor_or_page:
        assert hits[0].anchor == anchor_or_page


def test_orosanmalan_leads_to_how_to_report(index) -> None:
    hits = index.search("orosanmälan", limit=5)
    assert any(h.anchor == "barn-orosanmalan" for h in hits[:3]), [h.anchor for h in hits]


def test_the_strategy_answers_training_for_schools(index) -> None:
    hits = index.search("skola utbildning", limit=3)
    assert hits[0].doc_id == "strategi"
    assert "utbildning" in hits[0].snippet_plain().lower()


def test_a_compound_finds_the_whole_word(index) -> None:
    hits = index.search("anmälan", limit=20)
    assert any("orosanmälan" in h.snippet_plain().lower() for h in hits)


def test_card_snippets_read_as_the_card_does(index) -> None:
    """A contact's snippet keeps its fields apart, and a step's does not open with the heading
    shown beside it (both read as one run-on sentence before)."""
    contact = next(h for h in index.search("Sala socialjour", limit=5)
                   if h.anchor == "sala-socialjour")
    assert contact.snippet_plain("", "").startswith(
        "Sala · Socialjour (utanför kontorstid) · socialtjänsten i Sala · "), contact.snippet
    assert "021-39 20 66 · " in contact.snippet_plain("", "")
    assert contact.heading == "Socialjouren i Västmanland"  # its text names Sala already
    step = next(h for h in index.search("orosanmälan", limit=5) if h.anchor == "barn-orosanmalan")
    # The subject goes before a step's heading: "Djur: Barn i hemmet: orosanmälan …" is not
    # the children's step.
    assert step.heading == "Barn: Gör en orosanmälan till socialtjänsten"
    assert not step.snippet_plain("", "").startswith("Gör en orosanmälan"), step.snippet
    # A sign whose text opens with a longer word ("Barnet berättar …") still shows its
    # subject: the heading read "Barnet berättar", under no subject.
    sign = next(h for h in index.search("barnet berättar", limit=5) if h.kind == "card")
    assert sign.heading.startswith("Barn: "), sign.heading


def test_the_judged_relevance_set_passes(index) -> None:
    """benchmarks/bench_relevance.py's judged queries (≈ 0.2 s): success@3 ≥ 0.95 and
    success@1 ≥ 0.80 on the shipped pack, once it is built with weights and synonyms."""
    if "weights" not in index.meta.get("features", ""):
        pytest.skip("the shipped pack's index predates weights and synonyms: rebuild it "
                    "(kvinnofrid-desktop pack build resources/content-src resources/packs/default)")
    bench = Path(__file__).resolve().parents[2] / "benchmarks"
    sys.path.insert(0, str(bench))
    try:
        import bench_relevance
    finally:
        sys.path.remove(str(bench))
    figures = bench_relevance.figures(
        bench_relevance.evaluate(index, bench_relevance.load_queries()))
    assert figures.success_at_3 >= 0.95 and figures.success_at_1 >= 0.80, figures


@pytest.mark.parametrize(("query", "anchors_first", "entries_for"), [
    ("mamma har blåmärken", {"barn-fysiska-skador-1", "vuxna-skador-1"}, "har blåmärken"),
    ("barnet är rädd för pappa", {"barn-beteende-1"}, "barnet är rädd för"),
    # Found by leaving out "slår" (only a page has the rest), then the entry for fewer still.
    ("barnet berättar att pappa slår mamma", {"barn-berattar-1"}, "barnet berättar att")])
def test_words_spread_over_the_card_s_entries_find_the_entries_first(
        index: SearchIndex, query: str, anchors_first: set[str], entries_for: str) -> None:
    """Only the card's printed pages held every word (each in another entry): that page was
    the one hit. The entries for fewer of the words lead; the pages follow."""
    answer = index.answer(query, limit=10)
    assert answer.entries_for == entries_for
    shown = [h.anchor or f"{h.doc_id}:{h.page}" for h in answer.hits]
    assert anchors_first & set(shown[:2]), shown
    entries = [h.kind == "card" for h in answer.hits]
    assert entries == sorted(entries, reverse=True)  # the entries, then the pages
    assert "atgardskort:1" in shown


@pytest.mark.parametrize("query", ["nationella strategin mål", "länsstyrelsens roll"])
def test_pages_of_the_other_documents_stand_as_found(index: SearchIndex, query: str) -> None:
    answer = index.answer(query, limit=10)
    assert answer.hits and answer.entries_for == ""
    assert answer.hits == index.search(query, limit=10)


EVERYDAY = ["orosanmälan", "socialjour", "polisen", "våld", "orosanmälan vuxen", "anmälan",
            "kvinnojour", "hedersrelaterat våld", "djur", "jour", "mottagning", "stöd", "barn",
            "arboga kvinnojour", "köping djurskydd", "pappa slår", "hund", "salas socialtjänst"]


@pytest.mark.parametrize("query", EVERYDAY)
def test_a_shorter_list_is_the_first_hits_of_a_longer_one(index: SearchIndex,
                                                          query: str) -> None:
    """The order did not depend on the words alone: 'search orosanmälan' (10 hits) missed
    "Västerås: Mottagning barn och ungdom", which the window's panel (60) showed 4th, and with
    --limit 3 a lower score ranked above a higher one."""
    def found(limit: int) -> list[tuple[str, int, str, float]]:
        return [(h.doc_id, h.page, h.anchor, h.score) for h in index.answer(query, limit).hits]

    longest = found(200)
    for limit in (1, 2, 3, 5, 10, 20, 60):
        assert found(limit) == longest[:limit], limit
    assert [h.title for h in index.search(query, 10)] == \
        [h.title for h in index.search(query, 200)[:10]]


def test_the_command_lines_top_ten_for_orosanmalan_is_the_windows(index: SearchIndex) -> None:
    from kvinnofrid_desktop.core.search.index import ANSWER_DEPTH
    from kvinnofrid_desktop.ui.search.panel import RESULT_LIMIT

    assert RESULT_LIMIT == ANSWER_DEPTH  # the panel's list is what the answer is cut from
    titles = [h.title for h in index.answer("orosanmälan", 10).hits]
    assert "Åtgärdskort – Västerås: Mottagning barn och ungdom" in titles[:4]
