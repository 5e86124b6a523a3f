"""Queries as a social worker types them: past and passive forms of strong verbs, a sentence,
a phone number without spaces, a question for opening hours. Found in a user walk-through,
where each of these gave no hits or led with the wrong entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.search import IndexEntry, SearchIndex, build_index

PAGES = {
    "slog": "Han slog henne i ansiktet flera gånger.",
    "strypt": "Hon berättade att hon blivit strypt av sin partner.",
    "våldtogs": "Hon våldtogs av en bekant efter festen.",
    "våld": "Våld i nära relationer drabbar många.",
    "boende": "Socialtjänsten ordnar ett skyddat boende.",
    "socialjour-nummer": "Kvällar och helger: ring socialjouren på 021-39 20 66.",
    "polisen": "Brott som inte är akuta anmäls till polisen på 114 14.",
    "datum": "Sidan kontrollerad 2026-11-26.",
    "perioder": "Strategin gällde 2017 och följdes upp med en ny plan 2020.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    path = tmp_path_factory.mktemp("idx") / "search.sqlite"
    build_index(path, [IndexEntry(k, f"Dokument {k}", 2, v) for k, v in PAGES.items()])
    with SearchIndex.open(path) as opened:
        yield opened


def ids(index: SearchIndex, query: str) -> list[str]:
    return [hit.doc_id for hit in index.search(query)]


@pytest.mark.parametrize(("query", "page"), [
    ("slagna", "slog"),  # participle → past tense
    ("slagen", "slog"),
    ("ströp", "strypt"),  # past tense → participle
    ("våldtagen", "våldtogs"),  # participle → passive past in the text
])
def test_a_strong_verb_s_forms_find_each_other(index: SearchIndex, query: str, page: str) -> None:
    assert ids(index, query)[:1] == [page]


def test_a_verb_form_finds_its_forms_not_the_word_its_stem_shares(index: SearchIndex) -> None:
    # Snowball stems "våldta" to "våld": a form of the verb must not find every page on violence.
    assert ids(index, "våldtagna") == ["våldtogs"]


def test_the_matched_form_is_marked_in_the_snippet(index: SearchIndex) -> None:
    hit = index.search("slagna")[0]
    assert "«slog»" in hit.snippet_plain()


def test_a_sentence_finds_its_content_words(index: SearchIndex) -> None:
    # "ingenstans" is no content word, and "bo" is the verb of "boende".
    answer = index.answer("hon har ingenstans att bo")
    assert [h.doc_id for h in answer.hits][:1] == ["boende"]


@pytest.mark.parametrize(("query", "page", "written"), [
    ("021392066", "socialjour-nummer", "021-39 20 66"),
    ("11414", "polisen", "114 14"),
])
def test_a_number_typed_whole_finds_it_written_in_groups(index: SearchIndex, query: str,
                                                          page: str, written: str) -> None:
    hits = index.search(query)
    assert [h.doc_id for h in hits] == [page]
    assert f"«{written}»" in hits[0].snippet_plain()
    assert ids(index, written)[:1] == [page]  # as it is written, as before


def test_a_number_typed_in_other_groups_finds_it(index: SearchIndex) -> None:
    for query, page in (("021 392066", "socialjour-nummer"), ("0213-92066", "socialjour-nummer"),
                        ("1141 4", "polisen")):
        assert ids(index, query)[:1] == [page], query
        assert "«" in index.search(query)[0].snippet_plain(), query  # the number is marked
    # Groups that are no one number are still found each on its own, as before.
    assert ids(index, "2017 2020") == ["perioder"]


def test_a_telephone_number_no_text_has_finds_nothing(tmp_path: Path) -> None:
    """"021 39 20 00" is no number of the texts: its groups, each somewhere in the socialjour's
    number and opening hours, must not make it look found."""
    path = tmp_path / "search.sqlite"
    build_index(path, [IndexEntry("kort", "Åtgärdskort – Västerås: Socialjouren", 3,
                                  "Västerås · Socialjouren · 021-39 20 66 · mån–tors "
                                  "16.30–00.00, fre 16.30–01.00", kind="card", anchor="jour")])
    with SearchIndex.open(path) as index:
        for query in ("021 39 20 00", "021-39 20 00", "0213920000"):
            answer = index.answer(query)
            assert (answer.hits, answer.suggestion, answer.fewer) == ([], None, False), query
        assert [h.anchor for h in index.search("021 39 20 66")] == ["jour"]
        assert [h.anchor for h in index.search("021-39")] == ["jour"]  # typing on


def test_hours_asked_of_a_contact_lead_with_the_entry_giving_them(tmp_path: Path) -> None:
    entries = [
        IndexEntry("plan", "Samverkansplan", 1,
                   "Kontaktuppgifter per kommun, med öppettider och socialjour, finns i kortet."),
        IndexEntry("kort", "Åtgärdskort – Barn: Utanför kontorstid: socialjouren", 2,
                   "Utanför kontorstid: socialjouren. Kvällar och helger tar socialjouren emot "
                   "brådskande ärenden.", kind="card", anchor="barn-socialjour"),
        IndexEntry("kort", "Åtgärdskort – Västerås: Socialjouren", 3,
                   "Västerås · Socialjouren · 021-39 20 66 · mån–tors 16.30–00.00, "
                   "fre 16.30–01.00", kind="card", anchor="vasteras-socialjour"),
    ]
    path = tmp_path / "search.sqlite"
    build_index(path, entries)
    with SearchIndex.open(path) as idx:
        for query in ("öppettider socialjouren", "när har socialjouren öppet"):
            assert [h.anchor for h in idx.search(query)][:1] == ["vasteras-socialjour"], query


# ----------------------------------------------------------------------------- the shipped pack

@pytest.fixture(scope="module")
def pack_index():
    pack = Pack.open(default_pack_dir())
    assert pack.manifest.search_index
    with SearchIndex.open(pack.path_of(pack.manifest.search_index)) as idx:
        yield idx


def _texts(hits: list) -> list[str]:
    return [(h.title + " " + h.snippet_plain("", "")).casefold() for h in hits]


@pytest.mark.parametrize(("query", "says"), [
    ("slagna", "fysiskt"),  # the card's "Fysiskt och sexuellt våld"
    ("ströp", "strypmärken"),  # the card's sign "Strypmärken, brännskador …"
    ("våldtogs", "sexuellt"),
    ("utnyttjad", "sexuellt"),
    ("hon har ingenstans att bo", "skyddat boende"),
])
def test_everyday_words_find_what_the_card_and_documents_say(pack_index: SearchIndex,
                                                            query: str, says: str) -> None:
    answer = pack_index.answer(query, limit=5)
    assert any(says in text for text in _texts(answer.hits[:3])), (query, _texts(answer.hits))


@pytest.mark.parametrize(("query", "anchors", "written"), [
    ("021392066", {"vasteras-socialjour", "sala-socialjour", "hallstahammar-socialjour",
                   "socialjour-vastmanland", "barn-socialjour", "vuxna-socialjour"},
     "021-39 20 66"),
    ("11414", {"polisen-114", "vuxna-polisanmalan", "djur-polisen"}, "114 14"),
    ("116111", {"bris"}, "116 111"),
])
def test_a_card_number_typed_without_spaces_finds_its_entry(
        pack_index: SearchIndex, query: str, anchors: set[str], written: str) -> None:
    hits = pack_index.search(query, limit=5)
    assert hits and hits[0].kind == "card" and hits[0].anchor in anchors, \
        [(h.kind, h.anchor) for h in hits]
    assert f"«{written}»" in hits[0].snippet_plain()


def test_opening_hours_of_the_socialjour_lead_with_its_contact_entry(
        pack_index: SearchIndex) -> None:
    # The contacts that give the hours, not the plan's sentence saying the card has them.
    pack = Pack.open(default_pack_dir())
    card = json.loads(pack.path_of(pack.manifest.action_card).read_text(encoding="utf-8"))
    with_hours = {c["id"] for c in card["contacts"]
                  if c["role"] == "out_of_hours" and c["hours"]}
    assert with_hours
    # The card's socialjour steps give the hours too (they said "kvällar, nätter och helger").
    with_hours |= {t["id"] for s in card["subjects"] for t in s["steps"]
                   if "socialjour" in t["id"] and "16.30–00.00" in t["text"]}
    hits = pack_index.search("öppettider socialjouren", limit=5)
    assert hits[0].kind == "card" and hits[0].anchor in with_hours, \
        [(h.doc_id, h.page, h.anchor) for h in hits]
