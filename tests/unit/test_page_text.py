"""A page's indexed text for the text view: looked up in the index, split into headings,
paragraphs and list items."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kvinnofrid_desktop.core import searchable
from kvinnofrid_desktop.core.search import IndexEntry, SearchIndex, build_index, index
from kvinnofrid_desktop.core.search.page_text import (
    HEADING,
    ITEM,
    PARAGRAPH,
    Block,
    page_blocks,
    plain_text,
)
from kvinnofrid_desktop.core.searchable import documents_without_text

# The index keeps the PDF's trailing space on every line.
PAGE = "".join(f"{line} \n" for line in """\
Veterinärer och djurhälsopersonal
Veterinärer och annan djurhälsopersonal är anmälningsskyldiga. De ska anmäla till
Länsstyrelsen om de i sitt arbete har anledning att anta att ett djur inte hålls eller
sköts enligt djurskyddsreglerna.
I länet finns bland annat:
• Kvinnohuset Västerås, i centrala Västerås sedan 1986, som också driver
Tjejjouren
• Brottsofferjouren Västmanland, som omfattar länets alla tio kommuner.
Korsrapportering mellan djurskyddet och
socialtjänsten
Korsrapportering betyder att den som i sitt arbete ser att en människa eller ett djur far
illa för uppgiften vidare.
""".splitlines())
HEADINGS = [("Veterinärer och djurhälsopersonal", 2),
            ("Korsrapportering mellan djurskyddet och socialtjänsten", 2),
            ("En rubrik på en annan sida", 1)]


def test_outline_headings_become_headings_even_over_two_lines() -> None:
    blocks = page_blocks(PAGE, HEADINGS)
    assert [b for b in blocks if b.kind == HEADING] == [
        Block(HEADING, "Veterinärer och djurhälsopersonal", 2),
        Block(HEADING, "Korsrapportering mellan djurskyddet och socialtjänsten", 2)]


def test_printed_lines_are_joined_into_paragraphs_and_list_items() -> None:
    blocks = page_blocks(PAGE, HEADINGS)
    assert [b.kind for b in blocks] == [HEADING, PARAGRAPH, PARAGRAPH, ITEM, ITEM, HEADING,
                                        PARAGRAPH]
    assert blocks[1].text.startswith("Veterinärer och annan djurhälsopersonal är")
    assert blocks[1].text.endswith("enligt djurskyddsreglerna.")
    assert blocks[3].text == ("• Kvinnohuset Västerås, i centrala Västerås sedan 1986, som "
                              "också driver Tjejjouren")


def test_a_paragraph_after_a_list_is_not_part_of_its_last_item() -> None:
    page = ("• Ideella jourer. I länet finns bland annat Kvinnohuset Västerås och Kvinnojouren i\n"
            "Sala, och Brottsofferjouren Västmanland omfattar alla länets tio kommuner.\n"
            "Målet nämner uttryckligen barn. Barn som lever med våld i familjen är en grupp som\n"
            "flera verksamheter möter.\n")
    blocks = page_blocks(page)
    assert [b.kind for b in blocks] == [ITEM, PARAGRAPH]
    assert blocks[1].text.startswith("Målet nämner")


def test_without_an_outline_nothing_is_called_a_heading() -> None:
    assert HEADING not in {b.kind for b in page_blocks(PAGE)}


def test_no_word_is_lost() -> None:
    words = PAGE.split()
    assert plain_text(page_blocks(PAGE, HEADINGS)).split() == words


def test_the_index_gives_a_pages_text(tmp_path: Path) -> None:
    build_index(tmp_path / "s.sqlite", [
        IndexEntry("plan", "Plan", 1, "Första sidan."), IndexEntry("plan", "Plan", 2, PAGE),
        IndexEntry("kort", "Ring 112", 1, "Kortets text.", kind="card", anchor="akut")])
    with SearchIndex.open(tmp_path / "s.sqlite") as index:
        assert index.page_text("plan", 2).startswith("Veterinärer och djurhälsopersonal")
        assert index.page_text("plan", 3) is None
        assert index.page_text("kort", 1) is None  # card entries are not pages
        assert list(index.page_texts("plan")) == [1, 2]
        assert index.page_texts("saknas") == {}


def test_a_document_whose_pages_hold_no_words_is_known_to_be_without_text(
        tmp_path: Path) -> None:
    """A scanned PDF: its pages are in the index, empty (or a stamp, a page number); a short
    document with a few words and a long one with a word on one page are searchable."""
    build_index(tmp_path / "s.sqlite", [
        IndexEntry("skannad", "Rutin hedersvåld", 1, ""),
        IndexEntry("skannad", "Rutin hedersvåld", 2, "  "),
        IndexEntry("skannad", "Rutin hedersvåld", 3, "3 – s."),
        IndexEntry("kort-text", "Bilaga", 1, "Skyddat boende i Västerås."),
        *(IndexEntry("lang", "Rapport", p, "zebrafinkrapport står här" if p == 155 else "")
          for p in range(1, 171)),
        IndexEntry("plan", "Plan", 1, PAGE),
        IndexEntry("kort", "Ring 112", 1, "", kind="card", anchor="akut")])
    with SearchIndex.open(tmp_path / "s.sqlite") as index:
        assert index.documents_without_text() == {"skannad"}
    assert documents_without_text(tmp_path / "s.sqlite") == {"skannad"}
    assert documents_without_text(tmp_path / "saknas.sqlite") == frozenset()


def test_a_file_that_is_no_index_claims_no_document_without_text(tmp_path: Path) -> None:
    (tmp_path / "s.sqlite").write_bytes(b"inte ett index" * 10)
    assert documents_without_text(tmp_path / "s.sqlite") == frozenset()
    # Another SQLite file with an "entries" table is not taken for an index.
    conn = sqlite3.connect(tmp_path / "annan.sqlite")
    conn.execute("CREATE TABLE entries(doc_id, page, kind, text)")
    conn.execute("INSERT INTO entries VALUES ('x', 1, 'page', '')")
    conn.commit()
    conn.close()
    assert documents_without_text(tmp_path / "annan.sqlite") == frozenset()
    assert searchable._APPLICATION_ID == index.APPLICATION_ID  # the same file format


@given(st.text(max_size=500), st.lists(st.tuples(st.text(max_size=40), st.integers(0, 5)),
                                      max_size=4))
def test_blocks_never_raise_and_keep_every_word(text: str,
                                                headings: list[tuple[str, int]]) -> None:
    from kvinnofrid_desktop.core.search.swedish import normalize_text

    blocks = page_blocks(text, headings)
    assert plain_text(blocks).split() == normalize_text(text).split()
