"""The warnings of a source folder: what does not stop a build but should be seen before a
pack is published (a scanned PDF no search finds anything in, two documents of one title, an
official document without its year, a contact not checked for a year).

One list, made here: the editor shows it at the fields (``checks.check_source``), ``pack
build`` prints it and Publicera lists it, so the three never disagree about what is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from kvinnofrid_desktop.core.authoring.catalog import CATALOG_NAME
from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder
from kvinnofrid_desktop.core.card.now import STALE_AFTER_DAYS
from kvinnofrid_desktop.core.pack.manifest import DOCUMENT_TABS, empty_tab_warning_sv
from kvinnofrid_desktop.core.pack.problems import Problem

# A page with fewer letters and digits than this has nothing a search could find: a scan (an
# image, no text layer), a blank page, a page number alone.
MIN_PAGE_CHARS = 10
_WORD_CHAR = re.compile(r"\w")

# (pages without text, pages) of a document's PDF; None when not known (not a PDF, unreadable).
TextCount = tuple[int, int]


def textless_pages(texts: Sequence[str]) -> int:
    """How many of a PDF's page texts have (almost) nothing to search in."""
    return sum(1 for text in texts if len(_WORD_CHAR.findall(text)) < MIN_PAGE_CHARS)


def text_warning_sv(title: str, textless: int, pages: int) -> str | None:
    """What to say of a document whose pages have no text (a scanned document), or None.

    A warning, not an error: a scanned routine is still worth shipping, to be read; but the
    search finds nothing in it, and the coordinator may have a version with text."""
    if pages < 1 or textless < 1:
        return None
    if textless == pages:
        return (f"'{title}' har ingen text som går att söka i (inskannad?). Sökningen hittar "
                "inget i den; lägg helst till en PDF med text")
    if pages >= 2 and 2 * textless >= pages:
        return (f"'{title}': {textless} av {pages} sidor har ingen text som går att söka i "
                "(inskannade?). Sökningen hittar inget på dem; lägg helst till en PDF med text")
    return None


def source_warnings(folder: SourceFolder, *, today: dt.date | None = None,
                    text_of: Callable[[int, dict[str, Any]], TextCount | None] | None = None
                    ) -> list[Problem]:
    """Every warning of the folder's state, in the order of the files.

    ``text_of(index, document)``: the text count of a document's PDF, when known (the editor
    reads each file once; the build has the texts it indexes)."""
    today = today or dt.date.today()
    docs = folder.documents()
    found: list[Problem] = []
    first_of_title: dict[str, int] = {}
    for i, doc in enumerate(docs):
        where = f"document[{i + 1}]"
        title = str(doc.get("title") or doc.get("id") or "")
        counts = text_of(i, doc) if text_of is not None else None
        if counts is not None and (msg := text_warning_sv(title, *counts)) is not None:
            found.append(Problem("document.no_text", CATALOG_NAME, f"{where}.file", msg))
        if isinstance(doc.get("summary"), str) and not doc["summary"].strip():
            found.append(Problem("document.no_summary", CATALOG_NAME, f"{where}.summary",
                                 f"'{title}' har ingen sammanfattning; Publikationer visar "
                                 "den tom"))
        provenance = doc.get("provenance", "official" if doc.get("file") else "compiled")
        if provenance == "official" and doc.get("year") is None:
            found.append(Problem("document.no_year", CATALOG_NAME, f"{where}.year",
                                 f"'{title}': året saknas; skriv vilket år dokumentet gavs ut "
                                 "(det står ofta på första sidan)"))
        # The same title twice: Publikationer, the search's hits and the open documents' tabs
        # show two entries nobody can tell apart.
        key = " ".join(title.split()).casefold()
        if key and key in first_of_title:
            first = first_of_title[key]
            found.append(Problem(
                "document.duplicate_title", CATALOG_NAME, f"{where}.title",
                f"'{title}' är också titeln på dokument {first + 1} i listan (id "
                f"{docs[first].get('id')}); ge dem olika titlar, annars går de inte att skilja "
                "åt i Publikationer och bland sökträffarna"))
        elif key:
            first_of_title[key] = i
    tabs = {d.get("tab") for d in docs}
    for tab in DOCUMENT_TABS:
        if tab not in tabs:
            found.append(Problem("document.empty_tab", CATALOG_NAME, None,
                                 empty_tab_warning_sv(tab).removeprefix("Varning: ")))
    card_file = folder.card_rel or "action_card.json"
    for i, c in enumerate(folder.contacts()):
        phone = c.get("phone")
        if c.get("status") == "missing" and isinstance(phone, str) and phone.strip():
            # The card shows a missing contact's fallbacks, never its number.
            found.append(Problem("contact.hidden_number", card_file, f"contacts[{i}].status",
                                 f"{c.get('name') or c.get('id')}: numret {phone.strip()} "
                                 "visas inte, eftersom status är 'uppgift saknas'; välj "
                                 "kontrollerad eller ej bekräftad"))
        verified = c.get("verified")
        if c.get("status") != "missing" and isinstance(verified, str):
            try:
                age = (today - dt.date.fromisoformat(verified)).days
            except ValueError:
                continue
            if age > STALE_AFTER_DAYS:
                found.append(Problem("contact.stale", card_file, f"contacts[{i}].verified",
                                     f"{c.get('name') or c.get('id')}: kontrollerades "
                                     f"{verified}, för mer än ett år sedan"))
    return found
