"""Bookmarks ("Mina sidor"): found again by their page's text after a pack update, said to be
lost when the text is gone, and written to and read from a small JSON file."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kvinnofrid_desktop.core import bookmarks as bm
from kvinnofrid_desktop.core.pack.external import ExternalFileError
from kvinnofrid_desktop.core.search import IndexEntry, SearchIndex, build_index

INTRO = ("Den regionala strategin beskriver hur kommunerna i Västmanland samverkar mot våld i "
         "nära relationer och vilka mål som gäller för perioden.")
SCHOOLS = ("Mål 2: Förbättrad upptäckt av våld och starkare skydd och stöd. Skolan ska utbilda "
           "personalen om tecken på våld och om skyldigheten att göra en orosanmälan till "
           "socialtjänsten när ett barn far illa.")
ANIMALS = ("Djurskyddet och socialtjänsten rapporterar till varandra när djur och barn far illa "
           "i samma hushåll; länsstyrelsens djurskyddshandläggare gör orosanmälan.")
SOURCES = "Källor: Jämställdhetsmyndigheten, Länsstyrelsen Västmanland, NCK, Se Sambandet."
NEW_PAGE = ("Nytt avsnitt om äldre personer som utsätts för våld och hur hemtjänsten kan "
            "upptäcka det och vem som ska kontaktas.")


def make(page: int, text: str, heading: str = "", version: str = "2026-11-20") -> bm.Bookmark:
    return bm.new_bookmark(name=heading or f"Sida {page}", pack_id="test.pack",
                           version=version, doc_id="strategi", page=page, heading=heading,
                           page_text=text)


def test_a_bookmark_keeps_no_text_of_its_page() -> None:
    mark = make(2, SCHOOLS, "Mål 2")
    assert len(mark.fingerprint) == bm.SAMPLE
    dumped = bm.dumps([mark])
    assert "Skolan" not in dumped and "orosanmälan" not in dumped
    assert json.loads(dumped)["bookmarks"][0]["heading"] == "Mål 2"


def test_a_page_moved_by_a_new_page_before_it_is_found_on_its_new_number() -> None:
    mark = make(2, SCHOOLS, "Mål 2")
    new_version = {1: INTRO, 2: NEW_PAGE, 3: SCHOOLS, 4: ANIMALS}
    placed = bm.reanchor(mark, "2027-03-01", new_version)
    assert (placed.page, placed.version, placed.lost) == (3, "2027-03-01", False)
    assert placed.name == "Mål 2"


def test_an_edited_page_is_still_found() -> None:
    mark = make(3, ANIMALS)
    edited = ANIMALS.replace("i samma hushåll", "i ett och samma hushåll") + " Se även kapitel 5."
    placed = bm.reanchor(mark, "2027-03-01", {1: INTRO, 2: SCHOOLS, 3: SOURCES, 4: edited})
    assert placed.page == 4 and not placed.lost


def test_a_removed_page_makes_the_bookmark_say_so_instead_of_opening_another_page() -> None:
    mark = make(3, ANIMALS)
    placed = bm.reanchor(mark, "2027-03-01", {1: INTRO, 2: SCHOOLS, 3: NEW_PAGE})
    assert placed.lost and placed.lost_in == "2027-03-01"
    assert (placed.page, placed.version, placed.fingerprint) == (3, "2026-11-20",
                                                                 mark.fingerprint)
    # ... and it is looked for again in the next version, where the page is back.
    assert bm.needs_reanchor(placed, "test.pack", "2027-06-01")
    back = bm.reanchor(placed, "2027-06-01", {1: INTRO, 2: ANIMALS})
    assert (back.page, back.lost) == (2, False)


def test_of_two_equal_pages_the_one_nearest_the_old_number_wins() -> None:
    mark = make(5, SOURCES)
    pages = {1: SOURCES, 2: INTRO, 3: SCHOOLS, 6: SOURCES}
    assert bm.find_page(mark, pages) == 6


def test_the_heading_on_a_page_helps_a_heavily_edited_page() -> None:
    mark = make(2, SCHOOLS, "Mål 2: Förbättrad upptäckt av våld och starkare skydd och stöd")
    rewritten = ("Mål 2: Förbättrad upptäckt av våld och starkare skydd och stöd. Förskolan och "
                 "fritidshemmen ingår nu också; personalen utbildas varje år av samordnaren om "
                 "hur en orosanmälan görs.")  # a third of the old page's shingles
    assert bm.find_page(mark, {1: INTRO, 2: NEW_PAGE, 3: rewritten}) == 3
    no_heading = bm.replace(mark, heading="")
    assert bm.find_page(no_heading, {1: INTRO, 2: NEW_PAGE, 3: rewritten}) is None


def test_reanchor_all_places_only_this_packs_bookmarks_and_reads_each_document_once() -> None:
    marks = [make(2, SCHOOLS), make(3, ANIMALS),
             bm.replace(make(1, INTRO), pack_id="other.pack"),
             make(1, INTRO, version="2027-03-01")]
    asked: list[str] = []

    def pages_of(doc_id: str) -> dict[int, str]:
        asked.append(doc_id)
        return {1: INTRO, 2: NEW_PAGE, 3: SCHOOLS, 4: ANIMALS}

    placed = bm.reanchor_all(marks, "test.pack", "2027-03-01", pages_of)
    assert [b.page for b in placed] == [3, 4, 1, 1]
    assert placed[2] is marks[2] and placed[3] is marks[3]
    assert asked == ["strategi"]


def test_a_document_missing_from_the_new_version_loses_its_bookmarks() -> None:
    placed = bm.reanchor_all([make(2, SCHOOLS)], "test.pack", "2027-03-01", lambda _d: {})
    assert placed[0].lost


def test_reanchoring_through_the_search_index_of_two_pack_versions(tmp_path: Path) -> None:
    old = [IndexEntry("strategi", "Strategi", n, t) for n, t in
           enumerate([INTRO, SCHOOLS, ANIMALS, SOURCES], 1)]
    new = [IndexEntry("strategi", "Strategi", n, t) for n, t in
           enumerate([INTRO, NEW_PAGE, SCHOOLS, SOURCES], 1)]
    build_index(tmp_path / "old.sqlite", old)
    build_index(tmp_path / "new.sqlite", new)
    with SearchIndex.open(tmp_path / "old.sqlite") as index:
        marks = [make(p, index.page_text("strategi", p) or "") for p in (2, 3)]
    with SearchIndex.open(tmp_path / "new.sqlite") as index:
        placed = bm.reanchor_all(marks, "test.pack", "2027-03-01", index.page_texts)
    assert [(b.page, b.lost) for b in placed] == [(3, False), (3, True)]


def test_the_file_round_trips_and_stays_small() -> None:
    marks = [make(2, SCHOOLS, "Mål 2"), bm.replace(make(3, ANIMALS), lost_in="2027-03-01")]
    dumped = bm.dumps(marks)
    assert len(dumped.encode()) < 1200
    read = bm.loads(dumped)
    assert read.bookmarks == marks and read.skipped == 0


def test_a_bad_entry_is_skipped_and_counted_the_others_are_read() -> None:
    good = json.loads(bm.dumps([make(2, SCHOOLS, "Mål 2")]))["bookmarks"][0]
    entries = [good, {**good, "page": 0}, {**good, "fingerprint": "zz"}, {**good, "name": ""},
               "text", {**good, "page": True}, {**good, "pack": None}]
    read = bm.loads(json.dumps({"format": bm.FORMAT, "format_version": 1,
                                "bookmarks": entries}))
    assert len(read.bookmarks) == 1 and read.skipped == 6 and len(read.reasons) == 6


@pytest.mark.parametrize("raw", [
    b"not json", b"[]", b'{"format": "other"}',
    json.dumps({"format": bm.FORMAT, "format_version": 99, "bookmarks": []}).encode(),
    json.dumps({"format": bm.FORMAT, "format_version": 1}).encode(),
    b"\xff\xfe",
])
def test_a_file_that_is_not_a_bookmarks_file_is_refused_with_a_reason(raw: bytes) -> None:
    with pytest.raises(ExternalFileError) as info:
        bm.loads(raw)
    assert str(info.value)


def test_names_are_one_line_without_control_characters() -> None:
    mark = make(1, INTRO).renamed("Rad ett\nrad två\x1b[2J" + "x" * 500)
    assert "\n" not in mark.name and "\x1b" not in mark.name
    assert len(mark.name) == bm.MAX_NAME
    assert make(1, INTRO).renamed("   ").name == "Sida 1"  # an empty name keeps the old one


def test_merge_adds_what_is_new_only() -> None:
    a, b = make(2, SCHOOLS, "Mål 2"), make(3, ANIMALS)
    merged, added = bm.merge([a], [a, b, b])
    assert merged == [a, b] and added == 1


@given(st.text(max_size=400), st.dictionaries(st.integers(1, 50), st.text(max_size=200),
                                              max_size=6))
def test_reanchoring_never_raises(text: str, pages: dict[int, str]) -> None:
    placed = bm.reanchor(make(1, text), "v2", pages)
    assert placed.lost or placed.page in pages


@given(st.binary(max_size=300))
def test_reading_any_bytes_gives_bookmarks_or_a_reason(raw: bytes) -> None:
    with contextlib.suppress(ExternalFileError):
        bm.loads(raw)


# ----------------------------------------------------------------------------- the stored list

NEWER = json.dumps({"format": bm.FORMAT, "format_version": bm.FORMAT_VERSION + 1,
                    "bookmarks": [{"name": "Från en nyare version", "shape": "ny"}]})


def test_a_stored_list_from_a_newer_program_is_said_to_be_newer_and_needs_no_copy() -> None:
    """Read as "unreadable", it was replaced by the next Ctrl+D: the user's pages were gone."""
    stored = bm.read_stored(NEWER)
    assert stored.is_newer and not stored.needs_copy and stored.bookmarks == []
    assert "nyare version" in str(stored.problem)


@pytest.mark.parametrize("raw", [
    bm.dumps([make(2, SCHOOLS, "Mål 2")])[:-40],  # cut off (a full disk, a crash)
    '{"format": "kvinnofrid-bookmarks", "bookmarks": []}',  # no version: damaged, not newer
    '{"format": "kvinnofrid-bookmarks", "format_version": "2", "bookmarks": []}',
    "\x00\x00\x00",
], ids=["cut-off", "no-version", "version-as-text", "nul-bytes"])
def test_a_damaged_stored_list_needs_a_copy_and_is_not_taken_for_a_newer_one(raw: str) -> None:
    stored = bm.read_stored(raw)
    assert stored.problem is not None and not stored.is_newer and stored.needs_copy


def test_a_stored_list_with_a_bad_entry_needs_a_copy_of_the_whole_list() -> None:
    good = json.loads(bm.dumps([make(2, SCHOOLS, "Mål 2")]))["bookmarks"][0]
    raw = json.dumps({"format": bm.FORMAT, "format_version": 1,
                      "bookmarks": [good, {**good, "page": "tre"}]})
    stored = bm.read_stored(raw)
    assert len(stored.bookmarks) == 1 and stored.skipped == 1 and stored.needs_copy
    assert not bm.read_stored(bm.dumps([make(2, SCHOOLS)])).needs_copy


def test_keep_copy_saves_the_bytes_once_and_never_over_another_copy(tmp_path: Path) -> None:
    first, second = '{"format": "kvinnofrid-bo', b"\xff\xfe trasig"
    path = bm.keep_copy(first, tmp_path / "config")
    assert path == tmp_path / "config" / "mina-sidor.trasig.json"
    assert path.read_bytes() == first.encode()
    assert bm.keep_copy(first, tmp_path / "config") == path  # the same list: one copy
    other = bm.keep_copy(second, tmp_path / "config")
    assert other.name == "mina-sidor.trasig-2.json" and other.read_bytes() == second
    assert path.read_bytes() == first.encode()


def test_keep_copy_raises_when_it_cannot_write(tmp_path: Path) -> None:
    (tmp_path / "fil").write_text("en fil där mappen skulle vara")
    with pytest.raises(OSError):
        bm.keep_copy("trasig", tmp_path / "fil")


def test_the_reasons_say_mina_sidor_not_bokmarken() -> None:
    """The window shows the core's Swedish reason: "är ingen fil med bokmärken" beside "Mina
    sidor importerades inte"."""
    for raw in (b'{"format": "other"}', json.dumps({"format": bm.FORMAT,
                                                    "format_version": 1}).encode()):
        with pytest.raises(ExternalFileError) as info:
            bm.loads(raw)
        assert "Mina sidor" in str(info.value) and "bokmärk" not in str(info.value)
