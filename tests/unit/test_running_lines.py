"""Running headers and footers are left out of the search index (core/authoring/running_lines.py):
the footer "Sida 5 av 10 Samverkansplan: våld i nära relation och våld mot djur" matched "våld" on
every page and made snippets that said nothing of the page."""

from __future__ import annotations

import sqlite3

from kvinnofrid_desktop.core.authoring.running_lines import without_running_lines
from kvinnofrid_desktop.core.bundled import default_pack_dir

FOOTER = "Sida {n} av 4 Plan: våld i nära relation"


def pages(*bodies: str) -> list[str]:
    return [f"Rubrik {n}\n{body}\n{FOOTER.format(n=n)}" for n, body in enumerate(bodies, 1)]


def test_a_footer_on_every_page_goes_and_the_page_s_own_lines_stay() -> None:
    out = without_running_lines(pages("Om våld mot äldre.", "Polisen.", "Djuren.", "Källor."))
    assert out[0] == "Rubrik 1\nOm våld mot äldre."
    assert all("Sida" not in page for page in out)
    assert [page.split("\n")[0] for page in out] == ["Rubrik 1", "Rubrik 2", "Rubrik 3",
                                                    "Rubrik 4"]  # numbered headings stay


def test_a_sentence_repeated_in_the_body_stays() -> None:
    same = "Ring 112 vid akut fara.\nMer text här.\nOch en rad till.\nSista raden."
    out = without_running_lines([f"Rubrik {n}\n{same}\nSlut {n}x" for n in range(4)])
    assert all("Mer text här." in page and "Och en rad till." in page for page in out)


def test_a_document_of_nothing_but_repeated_lines_keeps_them() -> None:
    """A short notice on each page was stripped whole, and the document called a scan with
    nothing to search; a blank page that has only the footer still loses it."""
    notice = ["Ring socialjouren i Västerås 021-39 10 00 dygnet runt."] * 4
    assert without_running_lines(notice) == notice
    footer = "Sida {n} av 4 Samverkansplan om våld i nära relation"
    bodies = ["Skyddat boende.", "Orosanmälan om barn.", "Våld mot djur."]
    out = without_running_lines([f"{body}\n{footer.format(n=n)}" for n, body in enumerate(bodies)]
                                + [footer.format(n=4)])
    assert out == [*bodies, ""]


def test_short_documents_keep_everything() -> None:
    two = pages("a", "b")[:2]
    assert without_running_lines(two) == two


def test_the_default_pack_indexes_its_pages_without_their_footers() -> None:
    with sqlite3.connect(default_pack_dir() / "search.sqlite") as conn:
        rows = conn.execute("SELECT doc_id, page, text FROM entries WHERE kind = 'page' AND "
                            "doc_id = 'samverkansplan'").fetchall()
    assert len(rows) >= 3
    for _doc, page, text in rows:
        assert f"Sida {page} av" not in text, page
