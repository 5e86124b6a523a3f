"""A source folder as the editor (Redaktörsläge) sees it: documents and contacts to change.

The same files ``pack build`` reads – ``catalog.toml``, the PDFs and Markdown files, the card
data – and nothing else, so the folder stays something version control can diff:

- ``catalog.toml`` is edited with tomlkit, which keeps comments, order and layout; a field
  changed is the only line that changes.
- the card data stays JSON with the layout it has (two-space indent, keys in their order); a
  key the editor adds goes where the format lists it.
- every save is atomic (``core.fsutil.write_bytes``); until then each change is kept in a
  draft beside the sources (``DRAFT_NAME``), so a crash loses at most the field being typed.

A value that cannot be right is refused at its field (``FieldError``, a Swedish sentence) and
the model is left as it was; what only the whole folder can tell (a contact without a source,
a fallback that is missing itself) is listed by ``core.authoring.checks``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kvinnofrid_desktop.core.authoring.catalog import CATALOG_NAME
from kvinnofrid_desktop.core.card.model import (
    CONTACT_STATUSES,
    DAYS,
    MUNICIPALITIES,
    ROLES,
    SCOPES,
    SUBJECTS,
    check_dial_note,
    check_month_day,
    check_phone,
)
from kvinnofrid_desktop.core.fsutil import reason_sv, write_bytes
from kvinnofrid_desktop.core.pack.manifest import PROVENANCES, TABS
from kvinnofrid_desktop.core.pack.pdf_engine import PdfEngine, PdfReadError
from kvinnofrid_desktop.core.pack.problems import PackError, Problem
from kvinnofrid_desktop.core.pack.schema import identifier, iso_date

DRAFT_NAME = ".redigering-utkast.json"
DRAFT_FORMAT = 1
DOCS_DIR = "docs"
CARD_FILE = "action_card.json"
# The order the card format lists a contact's keys in (docs/action-card-schema.md): a key the
# editor adds goes here, so the file reads like the ones written by hand.
CONTACT_KEYS = ("id", "scope", "municipality", "subjects", "role", "audience", "name", "phone",
                "dial_note", "email", "hours", "hours_confirmed", "hours_text", "status", "note",
                "source", "verified", "fallback", "holiday_hours", "before_holiday_opens",
                "source_date")
DOCUMENT_KEYS = ("id", "title", "tab", "summary", "publisher", "year", "language", "file",
                 "source", "generated", "provenance", "sources", "original")
# Keys a contact must keep even when empty (the format wants null, not absence).
_NULLABLE_CONTACT = ("phone", "email", "hours", "source")
_OPTIONAL_CONTACT = ("note", "fallback", "holiday_hours", "before_holiday_opens",
                     "source_date", "municipality", "hours_confirmed", "dial_note", "audience")

# The roles in Swedish, for names of new entries and for the verification sheet.
ROLE_SV = {
    "report_child": "Orosanmälan barn", "report_adult": "Orosanmälan vuxna",
    "switchboard": "Växel", "out_of_hours": "Socialjour (utanför kontorstid)",
    "animal_welfare": "Djurskydd", "police": "Polis", "health": "Hälso- och sjukvård",
    "support": "Stöd", "emergency": "Nödnummer",
}

_URL_RE = re.compile(r"^https?://[^\s/?#@]+\.[^\s/?#@]+(?:[/?#]\S*)?$", re.IGNORECASE)
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class FieldError(ValueError):
    """A value refused at its field; ``str()`` is the Swedish reason. Nothing was changed."""


# --- value checks the editor applies as a field is left -----------------------------------------


def check_url(value: str) -> str | None:
    """A source: one address, or several separated by " ; " (as the default card writes them)."""
    parts = [p.strip() for p in value.split(";")]
    for part in parts:
        if not _URL_RE.match(part):
            return (f"'{part}' är ingen webbadress; skriv hela adressen, t.ex. "
                    "https://www.sala.se/… (flera adresser skiljs med ' ; ')")
    return None


def check_time(value: str) -> str | None:
    return None if _TIME_RE.match(value) else f"'{value}' är inget klockslag (tt:mm)"


def check_date(value: str, today: dt.date | None = None) -> str | None:
    return iso_date(value, today=today)


def check_hours_row(row: dict[str, Any]) -> str | None:
    """One opening-hours row of the structured editor: days, from–to, and whether it runs past
    midnight, and the part of the year it applies in (``from``/``to``, MM-DD; both empty: all
    year). A range that ends before it starts is a mistake unless it says it ends next day;
    "00:00" as the end is midnight and needs no mark."""
    days = row.get("days") or []
    if not days or any(d not in DAYS for d in days):
        return "välj minst en veckodag"
    for name in ("open", "close"):
        if (msg := check_time(str(row.get(name, "")))) is not None:
            return msg
    season = [str(row.get(name) or "") for name in ("from", "to")]
    if any(season):
        if not all(season):
            return ("ange både första och sista dagen i perioden (MM-DD), eller ingen av dem: "
                    "då gäller tiderna hela året")
        for value in season:
            if (msg := check_month_day(value)) is not None:
                return msg
    if row["close"] != "00:00" and row["close"] <= row["open"] and not row.get("overnight"):
        return (f"tiden slutar {row['close']}, före den börjar {row['open']}; kryssa i "
                "'till nästa dag' om den går över midnatt")
    return None


def slug(text: str) -> str:
    """An id from a name: 'Våld i nära relationer.pdf' → 'vald-i-nara-relationer'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[:60].strip("-") or "dokument"


def pdf_problem(path: Path, name: str, engine: PdfEngine) -> Problem | None:
    """Why the PDF at ``path`` cannot go into a pack (empty, no PDF, locked), or None.
    ``name`` is how the problem names it."""
    try:
        if path.stat().st_size == 0:  # the engine calls it "skadad eller ingen PDF"
            return Problem("pdf.zero_bytes", name, None,
                           "filen är tom (0 byte); kopiera PDF-filen på nytt från originalet")
        engine.page_count(path)
    except PdfReadError as exc:
        return Problem(exc.code, name, None, exc.message)
    except OSError:
        return Problem("file.missing", name, None, f"filen '{name}' finns inte")
    return None


@dataclass(frozen=True)
class PdfInfo:
    """What a PDF says about itself (its document information), cleaned: None where it says
    nothing usable."""

    title: str | None = None
    author: str | None = None
    year: int | None = None


# A title that is a file name ("Microsoft Word - rutin.docx", "Dokument1.pdf") or a
# placeholder says nothing the file's own name does not.
_FILE_TITLE_RE = re.compile(r"\.(pdf|docx?|odt|rtf|xlsx?|pptx?|indd|txt)\s*$", re.IGNORECASE)
_PLACEHOLDER_TITLES = {"untitled", "namnlös", "namnlöst", "dokument", "document", "title",
                       "titel"}


def pdf_info(title: str | None, author: str | None, year: int | None,
             today: dt.date | None = None) -> PdfInfo:
    """A PDF's metadata as ``add_pdf`` takes it: placeholders and file names are no title, a
    year not between 1900 and this year is no year."""
    title = " ".join((title or "").split())
    if _FILE_TITLE_RE.search(title) or title.casefold() in _PLACEHOLDER_TITLES:
        title = ""
    author = " ".join((author or "").split())
    this_year = (today or dt.date.today()).year
    return PdfInfo(title or None, author or None,
                   year if year is not None and 1900 <= year <= this_year else None)


# --- the model ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    """Unsaved changes found beside the sources (the editor stopped without saving)."""

    path: Path
    saved_at: str
    catalog_text: str
    card_text: str | None
    based_on_current: bool  # the files on disk are still the ones the draft started from


def _sha(text: str | None) -> str | None:
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


class SourceFolder:
    """The catalog and the card of one source folder, edited in memory, saved on request."""

    def __init__(self, root: Path, catalog_text: str, card_rel: str | None,
                 card_text: str | None) -> None:
        import tomlkit

        self.root = root
        self.card_rel = card_rel
        self._saved_catalog = catalog_text
        self._saved_card = card_text
        try:
            self.catalog = tomlkit.parse(catalog_text)
        except Exception as exc:  # tomlkit raises its own ParseError subclasses
            raise PackError(Problem("catalog.syntax", CATALOG_NAME, None,
                                    f"felaktig TOML: {exc}")) from None
        self.card: dict[str, Any] | None = None
        if card_text is not None:
            try:
                card = json.loads(card_text)
            except ValueError as exc:
                raise PackError(Problem("card.not_json", card_rel or CARD_FILE, None,
                                        f"filen är inte giltig JSON ({exc})")) from None
            if not isinstance(card, dict) or not isinstance(card.get("contacts"), list):
                raise PackError(Problem("card.invalid", card_rel or CARD_FILE, None,
                                        "filen är inget åtgärdskort"))
            self.card = card

    # --- opening and saving -------------------------------------------------------------------

    @classmethod
    def open(cls, root: Path) -> SourceFolder:
        """Read ``root/catalog.toml`` and the card it names; PackError when they can't be read."""
        root = Path(root)
        catalog_text = _read_text(root / CATALOG_NAME, CATALOG_NAME, "catalog.missing")
        import tomlkit

        try:
            pack = tomlkit.parse(catalog_text).get("pack", {})
        except Exception as exc:
            raise PackError(Problem("catalog.syntax", CATALOG_NAME, None,
                                    f"felaktig TOML: {exc}")) from None
        card_rel = pack.get("action_card") if hasattr(pack, "get") else None
        card_text = None
        if isinstance(card_rel, str):
            card_rel = str(card_rel)
            card_text = _read_text(root / card_rel, card_rel, "file.missing")
        else:
            card_rel = None
        return cls(root, catalog_text, card_rel, card_text)

    def catalog_text(self) -> str:
        import tomlkit

        return tomlkit.dumps(self.catalog)

    def card_text(self) -> str | None:
        if self.card is None:
            return None
        return json.dumps(self.card, ensure_ascii=False, indent=2) + "\n"

    @property
    def dirty(self) -> bool:
        return (self.catalog_text() != self._saved_catalog
                or self.card_text() != self._saved_card)

    def save(self) -> None:
        """Write what changed, each file atomically; then the draft is no longer needed."""
        catalog, card = self.catalog_text(), self.card_text()
        if card is not None and card != self._saved_card:
            assert self.card_rel is not None
            write_bytes(self.root / self.card_rel, card.encode("utf-8"))
            self._saved_card = card
        if catalog != self._saved_catalog:
            write_bytes(self.root / CATALOG_NAME, catalog.encode("utf-8"))
            self._saved_catalog = catalog
        self.discard_draft()

    def revert(self) -> None:
        """Forget every unsaved change."""
        fresh = SourceFolder(self.root, self._saved_catalog, self.card_rel, self._saved_card)
        self.catalog, self.card = fresh.catalog, fresh.card

    # --- the draft ----------------------------------------------------------------------------

    @property
    def draft_path(self) -> Path:
        return self.root / DRAFT_NAME

    def write_draft(self, now: dt.datetime | None = None) -> None:
        """Keep the unsaved state beside the sources (or remove the draft when nothing is
        unsaved); called after every change, so a crash loses at most the field being typed."""
        if not self.dirty:
            self.discard_draft()
            return
        when = (now or dt.datetime.now()).replace(microsecond=0).isoformat()
        data = {"format": DRAFT_FORMAT, "saved_at": when,
                "catalog": self.catalog_text(), "card": self.card_text(),
                "based_on": {"catalog": _sha(self._saved_catalog),
                             "card": _sha(self._saved_card)}}
        write_bytes(self.draft_path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n")
                     .encode("utf-8"))

    def discard_draft(self) -> None:
        self.draft_path.unlink(missing_ok=True)

    def find_draft(self) -> Draft | None:
        """The draft a previous session left, when it holds something other than the files."""
        try:
            data = json.loads(self.draft_path.read_text(encoding="utf-8"))
            if data.get("format") != DRAFT_FORMAT or not isinstance(data.get("catalog"), str):
                return None
            card = data.get("card")
            if card is not None and not isinstance(card, str):
                return None
        except (OSError, ValueError, AttributeError):
            return None
        if data["catalog"] == self._saved_catalog and card == self._saved_card:
            return None
        based = data.get("based_on") or {}
        return Draft(self.draft_path, str(data.get("saved_at", "")), data["catalog"], card,
                     based.get("catalog") == _sha(self._saved_catalog)
                     and based.get("card") == _sha(self._saved_card))

    def restore_draft(self, draft: Draft) -> None:
        """Take the draft's catalog and card as the unsaved state."""
        restored = SourceFolder(self.root, draft.catalog_text, self.card_rel,
                                draft.card_text if self.card_rel else None)
        self.catalog, self.card = restored.catalog, restored.card

    # --- the pack -----------------------------------------------------------------------------

    def pack_field(self, name: str) -> Any:
        value = self.catalog.get("pack", {}).get(name)
        return _plain(value)

    def set_pack_field(self, name: str, value: str | None) -> None:
        if name == "version" and (value is None or not re.match(
                r"^\d{4}-\d{2}-\d{2}(\.\d{1,3})?$", value)):
            raise FieldError("versionen ska vara ett datum, ÅÅÅÅ-MM-DD (eventuellt .N)")
        if name == "version":
            assert value is not None
            if (msg := iso_date(value[:10], allow_future=True)) is not None:
                raise FieldError(msg)
        if name in ("publisher", "id") and not (value or "").strip():
            raise FieldError("får inte vara tomt")
        pack = self.catalog["pack"]
        if value is None or (name not in ("publisher", "id", "version") and value == ""):
            if name in pack:
                del pack[name]
        else:
            pack[name] = value

    # --- documents ----------------------------------------------------------------------------

    def _documents(self) -> Any:
        return self.catalog.get("document")

    def documents(self) -> list[dict[str, Any]]:
        """Every ``[[document]]`` as plain data, in catalog order."""
        docs = self._documents()
        return [_plain(d) for d in docs] if docs is not None else []

    def document_path(self, index: int) -> Path | None:
        """The document's PDF (``file``) or Markdown (``source``) in the folder."""
        doc = self.documents()[index]
        name = doc.get("file") or doc.get("source")
        return self.root / name if name else None

    def set_document_field(self, index: int, name: str, value: Any) -> None:
        """Change one field of a document; FieldError (nothing changed) for a bad value."""
        docs = self.documents()
        if name == "id":
            if (msg := identifier(str(value))) is not None:
                raise FieldError(f"id {msg}")
            other = next((d for i, d in enumerate(docs) if i != index and d.get("id") == value),
                         None)
            if other is not None:
                raise FieldError(f"id '{value}' används redan av dokumentet "
                                 f"'{other.get('title', '')}'")
        elif name in ("title", "publisher"):
            if not str(value or "").strip():
                raise FieldError("får inte vara tomt")
        elif name == "tab" and value not in TABS:
            raise FieldError(f"okänd flik '{value}'")
        elif name == "provenance" and value not in PROVENANCES:
            raise FieldError(f"okänt ursprung '{value}'")
        elif name == "year" and value is not None and (
                not isinstance(value, int) or isinstance(value, bool)
                or not 1900 <= value <= 2100):
            raise FieldError("året ska vara ett årtal, t.ex. 2019")
        elif name not in ("summary", "language", "title", "publisher", "year", "tab",
                          "provenance"):
            raise FieldError(f"fältet '{name}' kan inte ändras här")
        table = self._documents()[index]
        if value is None or (name == "summary" and value is None):
            if name in table:
                del table[name]
        else:
            _put(table, name, value, DOCUMENT_KEYS)

    def set_document_sources(self, index: int, sources: list[dict[str, str]],
                             today: dt.date | None = None) -> None:
        """Replace the document's list of sources (title, url, checked)."""
        import tomlkit

        for n, source in enumerate(sources, 1):
            if not source.get("title", "").strip():
                raise FieldError(f"källa {n}: titeln får inte vara tom")
            if (msg := check_url(source.get("url", ""))) is not None:
                raise FieldError(f"källa {n}: {msg}")
            if (msg := check_date(source.get("checked", ""), today)) is not None:
                raise FieldError(f"källa {n}: {msg}")
        table = self._documents()[index]
        if not sources:
            if "sources" in table:
                del table["sources"]
            return
        aot = tomlkit.aot()
        for source in sources:
            item = tomlkit.table()
            for key in ("title", "url", "checked"):
                item[key] = source[key]
            aot.append(item)
        if "original" in table:
            # TOML puts a sub-table after the array of tables; keep them in that order.
            original = table["original"]
            del table["original"]
            table["sources"] = aot
            table["original"] = original
        else:
            table["sources"] = aot

    def set_document_original(self, index: int, original: dict[str, Any] | None) -> None:
        """Set (or remove, with None) the official original a compiled document stands in for."""
        import tomlkit

        table = self._documents()[index]
        if original is None:
            if "original" in table:
                del table["original"]
            return
        values = {k: v for k, v in original.items() if v not in (None, "")}
        for key in ("title", "publisher"):
            if not str(values.get(key, "")).strip():
                raise FieldError(f"originalets {'titel' if key == 'title' else 'utgivare'} "
                                 "får inte vara tom")
        if "url" in values and (msg := check_url(str(values["url"]))) is not None:
            raise FieldError(msg)
        if "pages" in values and (not isinstance(values["pages"], int) or values["pages"] < 1):
            raise FieldError("originalets sidantal ska vara minst 1")
        current = table.get("original")
        if current is None:
            current = tomlkit.table()
            table["original"] = current
        for key in ("title", "publisher", "year", "pages", "diary_number", "url"):
            if key in values:
                current[key] = values[key]
            elif key in current:
                del current[key]

    def add_pdf(self, pdf: Path, *, engine: PdfEngine, tab: str = "publication",
                info: PdfInfo | None = None) -> int:
        """Copy a PDF into ``docs/`` and add a document for it; its index.

        The PDF is opened with the program's engine first: one that cannot be opened or is
        password-protected is refused (PackError with its reason) and nothing is copied.

        ``info`` is what the PDF says about itself (read by the caller's PDF library): its
        title, author and year are taken when it has them. An official document is someone
        else's: without an author the publisher stays empty, and without a year the year is
        left out, for the coordinator to fill in (the checks ask for both) – never the pack's
        own publisher and this year, which would present the document as ours."""
        import tomlkit

        pdf = Path(pdf)
        if (problem := pdf_problem(pdf, pdf.name, engine)) is not None:
            raise PackError(problem)
        info = info or PdfInfo()
        taken = {d.get("id") for d in self.documents()}
        base = slug(pdf.stem)
        doc_id, n = base, 2
        target = self.root / DOCS_DIR / f"{doc_id}.pdf"
        while doc_id in taken or target.exists():
            doc_id, n = f"{base}-{n}", n + 1
            target = self.root / DOCS_DIR / f"{doc_id}.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, target)
        table = tomlkit.table()
        table.trivia.indent = "\n"  # a blank line before [[document]], as written by hand
        table["id"] = doc_id
        table["title"] = info.title or pdf.stem.replace("_", " ").strip() or doc_id
        table["tab"] = tab
        table["summary"] = ""
        table["publisher"] = info.author or ""
        if info.year is not None:
            table["year"] = info.year
        table["file"] = f"{DOCS_DIR}/{doc_id}.pdf"
        table["provenance"] = "official"
        docs = self._documents()
        if docs is None:
            aot = tomlkit.aot()
            aot.append(table)
            self.catalog["document"] = aot
        else:
            docs.append(table)
        return len(self.documents()) - 1

    def move_document(self, index: int, to: int) -> None:
        docs = self._documents()
        if not 0 <= to < len(docs) or to == index:
            return
        table = docs[index]
        del docs[index]
        docs.insert(to, table)

    def remove_document(self, index: int) -> None:
        """Take the document out of the catalog; its file stays in the folder (nothing is
        deleted that the coordinator might want back)."""
        del self._documents()[index]

    # --- contacts -----------------------------------------------------------------------------

    def contacts(self) -> list[dict[str, Any]]:
        return list(self.card["contacts"]) if self.card is not None else []

    def contact(self, contact_id: str) -> dict[str, Any]:
        found = next((c for c in self.contacts() if c.get("id") == contact_id), None)
        if found is None:
            raise KeyError(contact_id)
        return found

    def contact_index(self, contact_id: str) -> int:
        return next(i for i, c in enumerate(self.contacts()) if c.get("id") == contact_id)

    def set_contact_field(self, contact_id: str, name: str, value: Any,
                          today: dt.date | None = None) -> None:
        """Change one field of a contact; FieldError (nothing changed) for a bad value."""
        contact = self.contact(contact_id)
        value = checked_contact_value(contact, name, value, self.contacts(), today)
        if value is None and name in _OPTIONAL_CONTACT:
            contact.pop(name, None)
        else:
            _put(contact, name, value, CONTACT_KEYS)
        if name == "status" and value == "missing" and not contact.get("fallback"):
            # A missing entry must name what the card offers instead (the card refuses it
            # otherwise): the same start a new entry gets, for the coordinator to change.
            fallback = self.default_fallback(contact.get("municipality"), contact.get("role"),
                                             contact_id)
            if fallback:
                _put(contact, "fallback", fallback, CONTACT_KEYS)

    def default_fallback(self, municipality: str | None, role: Any,
                         contact_id: str | None = None) -> list[str]:
        """What a missing entry offers at first, as the county's card does: the
        municipality's switchboard (when it has a number), then 112."""
        contacts = self.contacts()
        fallback = [str(c["id"]) for c in contacts if c.get("role") == "switchboard"
                    and municipality is not None and c.get("municipality") == municipality
                    and c.get("phone") and c.get("status") != "missing"
                    and role != "switchboard" and c.get("id") != contact_id][:1]
        taken = {c.get("id") for c in contacts}
        return fallback + [f for f in ("nod-112",) if f in taken and f != contact_id]

    def set_contact_hours(self, contact_id: str, hours: str | list[dict[str, Any]] | None,
                          holiday_hours: list[dict[str, Any]] | None = None,
                          before_holiday_opens: str | None = None, *,
                          confirmed: bool = True) -> None:
        """The structured opening hours: "always", None (unknown) or rows of the editor
        (days, open, close, overnight, and ``from``/``to`` for a row that applies only in a
        part of the year; empty or absent: all year); holiday hours (open, close) and the
        later opening on the day before a public holiday. ``confirmed`` False: the hours are
        recorded but not confirmed (``"hours_confirmed": false``; the card then says
        "troligen"); confirmed hours leave the key out, as every card written before it."""
        contact = self.contact(contact_id)
        if not confirmed and hours is None:
            raise FieldError("okända tider kan inte vara obekräftade: välj Tider eller "
                             "Dygnet runt, eller kryssa ur 'Tiderna är inte bekräftade'")
        if isinstance(hours, list):
            rows = []
            for n, row in enumerate(hours, 1):
                if (msg := check_hours_row(row)) is not None:
                    raise FieldError(f"rad {n}: {msg}")
                days = sorted(set(row["days"]), key=DAYS.index)
                stored = {"days": days, "open": row["open"], "close": row["close"]}
                if row.get("from") or row.get("to"):  # a season; both, as checked above
                    stored.update({"from": row["from"], "to": row["to"]})
                rows.append(stored)
            value: Any = rows
        elif hours in (None, "always"):
            value = hours
        else:
            raise FieldError("öppettiderna ska vara tider, 'dygnet runt' eller okända")
        spans = []
        for n, span in enumerate(holiday_hours or [], 1):
            for name in ("open", "close"):
                if (msg := check_time(str(span.get(name, "")))) is not None:
                    raise FieldError(f"helgdag, rad {n}: {msg}")
            spans.append({"open": span["open"], "close": span["close"]})
        if before_holiday_opens and (msg := check_time(before_holiday_opens)) is not None:
            raise FieldError(f"dag före helgdag: {msg}")
        _put(contact, "hours", value, CONTACT_KEYS)
        if confirmed:
            contact.pop("hours_confirmed", None)
        else:
            _put(contact, "hours_confirmed", False, CONTACT_KEYS)
        if spans:
            _put(contact, "holiday_hours", spans, CONTACT_KEYS)
        else:
            contact.pop("holiday_hours", None)
        if before_holiday_opens:
            _put(contact, "before_holiday_opens", before_holiday_opens, CONTACT_KEYS)
        else:
            contact.pop("before_holiday_opens", None)

    def stamp_verified(self, contact_id: str, today: dt.date | None = None) -> None:
        """"Kontrollerad i dag": the verified date becomes today; an unverified entry the
        coordinator has just checked becomes verified (a missing one stays missing: then the
        date says when it was looked for)."""
        contact = self.contact(contact_id)
        contact["verified"] = (today or dt.date.today()).isoformat()
        if contact.get("status") == "unverified":
            contact["status"] = "verified"

    def add_contact(self, municipality: str | None, role: str,
                    today: dt.date | None = None) -> str:
        """A new, missing entry for ``municipality`` (None: county-wide) and ``role``; its id."""
        if municipality is not None and municipality not in MUNICIPALITIES:
            raise FieldError(f"okänd kommun '{municipality}' (länets kommuner: "
                             f"{', '.join(MUNICIPALITIES)})")
        if role not in ROLES:
            raise FieldError(f"okänd roll '{role}'")
        if self.card is None:
            raise FieldError("källmappen har inget åtgärdskort")
        taken = {c.get("id") for c in self.contacts()}
        base = slug(f"{municipality or 'lanet'} {role.replace('_', ' ')}")
        contact_id, n = base, 2
        while contact_id in taken:
            contact_id, n = f"{base}-{n}", n + 1
        contact: dict[str, Any] = {"id": contact_id}
        if municipality is not None:
            contact.update(scope="municipality", municipality=municipality)
        else:
            contact["scope"] = "county"
        contact.update(subjects=list(ROLE_SUBJECTS[role]), role=role,
                       name=f"{ROLE_SV[role]} – {municipality or 'länet'}", phone=None, email=None,
                       hours=None, hours_text="", status="missing", source=None,
                       verified=(today or dt.date.today()).isoformat())
        # While its number is missing the card offers the fallback instead.
        fallback = self.default_fallback(municipality, role)
        if fallback:
            contact["fallback"] = fallback
        self.card["contacts"].append(contact)
        return contact_id

    def remove_contact(self, contact_id: str) -> int:
        """Remove the contact and every mention of it (the steps' contacts, the other contacts'
        fallbacks): a mention of a removed contact is an error the editor has no field for.
        Returns how many mentions were removed."""
        assert self.card is not None
        self.card["contacts"] = [c for c in self.contacts() if c.get("id") != contact_id]
        removed = 0
        for holder, key in self._mentions():
            ids = holder.get(key)
            if isinstance(ids, list) and contact_id in ids:
                holder[key] = [x for x in ids if x != contact_id]
                removed += 1
        return removed

    def mentions_of(self, contact_id: str) -> int:
        """How many steps and fallback lists name the contact."""
        return sum(1 for holder, key in self._mentions()
                   if isinstance(holder.get(key), list) and contact_id in holder[key])

    def _mentions(self) -> list[tuple[dict[str, Any], str]]:
        card = self.card or {}
        steps = [(step, "contacts") for subject in card.get("subjects") or []
                 if isinstance(subject, dict)
                 for step in subject.get("steps") or [] if isinstance(step, dict)]
        return steps + [(c, "fallback") for c in self.contacts() if isinstance(c, dict)]


# Where a new contact shows on the card, by its role, as the default card has them; the
# editor's "Visas under" changes it.
ROLE_SUBJECTS: dict[str, tuple[str, ...]] = {
    "report_child": ("barn",), "report_adult": ("vuxna",), "animal_welfare": ("djur",),
    "switchboard": SUBJECTS, "emergency": SUBJECTS, "police": SUBJECTS,
    "out_of_hours": ("barn", "vuxna"), "health": ("barn", "vuxna"), "support": ("barn", "vuxna"),
}


def checked_contact_value(contact: dict[str, Any], name: str, value: Any,
                           contacts: list[dict[str, Any]], today: dt.date | None) -> Any:
    """``value`` as stored, or FieldError: the editor's field checks for a contact."""
    text = value.strip() if isinstance(value, str) else value
    if name in ("phone", "email", "source", "note", "source_date", "dial_note") and text == "":
        text = None
    if name == "phone" and text is not None and (msg := check_phone(text)) is not None:
        raise FieldError(msg)
    if name == "dial_note" and text is not None:
        if (msg := check_dial_note(text)) is not None:
            raise FieldError(msg)
        if not contact.get("phone"):
            raise FieldError("ett knappval hör till ett telefonnummer: skriv numret först")
    if name == "email" and text is not None and not _EMAIL_RE.match(text):
        raise FieldError(f"'{text}' är ingen e-postadress")
    if name == "source" and text is not None and (msg := check_url(text)) is not None:
        raise FieldError(msg)
    if (name in ("verified", "source_date") and text is not None
            and (msg := check_date(str(text), today)) is not None):
        raise FieldError(msg)
    if name == "verified" and text is None:
        raise FieldError("datumet får inte vara tomt")
    if name == "municipality":
        if text not in MUNICIPALITIES:
            raise FieldError(f"okänd kommun '{text}' (länets kommuner: "
                             f"{', '.join(MUNICIPALITIES)})")
        if contact.get("scope") != "municipality":
            raise FieldError("bara en kommunal kontakt har en kommun")
    if name == "status" and text not in CONTACT_STATUSES:
        raise FieldError(f"okänd status '{text}'")
    if name == "role" and text not in ROLES:
        raise FieldError(f"okänd roll '{text}'")
    if name == "scope" and text not in SCOPES:
        raise FieldError(f"okänd omfattning '{text}'")
    if name == "name" and not (text or "").strip():
        raise FieldError("namnet får inte vara tomt")
    if name == "subjects":
        if not isinstance(text, list) or any(s not in SUBJECTS for s in text):
            raise FieldError("ämnen ska vara några av barn, vuxna, djur")
        if not text:  # the card reads no subjects as all three: say which instead
            raise FieldError("kontakten måste visas under minst ett av barn, vuxna och djur")
        text = [s for s in SUBJECTS if s in text]
    if name == "fallback":
        ids = [f for f in (text or []) if f]
        known = {c.get("id") for c in contacts}
        unknown = [f for f in ids if f not in known]
        if unknown:
            raise FieldError(f"kontakten '{unknown[0]}' finns inte")
        if contact.get("id") in ids:
            raise FieldError("en kontakt kan inte vara sin egen reserv")
        if len(set(ids)) != len(ids):
            raise FieldError("en reservkontakt står två gånger")
        missing = [f for f in ids if any(c.get("id") == f and c.get("status") == "missing"
                                         for c in contacts)]
        if missing:  # the card would offer a number it does not have
            raise FieldError(f"reservkontakten '{missing[0]}' saknar själv uppgifter")
        text = ids or None
    if name not in CONTACT_KEYS or name in ("id", "hours", "hours_confirmed", "holiday_hours",
                                            "before_holiday_opens"):
        raise FieldError(f"fältet '{name}' kan inte ändras här")
    if name in ("hours_text",) and text is None:
        text = ""
    return text


def _put(mapping: Any, name: str, value: Any, order: Iterable[str]) -> None:
    """Set ``name``; a key not there yet goes after the nearest key that precedes it in
    ``order`` (dicts and tomlkit tables keep insertion order)."""
    if name in mapping:
        mapping[name] = value
        return
    order = list(order)
    if isinstance(mapping, dict) and name in order:
        before = set(order[:order.index(name)])
        items = list(mapping.items())
        at = max((i + 1 for i, (k, _v) in enumerate(items) if k in before), default=0)
        items.insert(at, (name, value))
        mapping.clear()
        mapping.update(items)
        return
    mapping[name] = value


def _plain(value: Any) -> Any:
    return value.unwrap() if hasattr(value, "unwrap") else value


def _read_text(path: Path, name: str, missing_code: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackError(Problem(missing_code, name, None,
                                f"filen {name} finns inte i källmappen")) from None
    except UnicodeDecodeError:
        raise PackError(Problem("file.not_utf8", name, None,
                                "filen är inte UTF-8-kodad")) from None
    except OSError as exc:
        raise PackError(Problem("file.unreadable", name, None,
                                f"filen kan inte läsas ({reason_sv(exc)})")) from None
