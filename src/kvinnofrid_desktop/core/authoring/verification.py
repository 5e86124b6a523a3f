"""The verification round: one sheet per municipality, sent out, filled in, read back.

The sheet lists every contact the card shows for the municipality (its own and the
county-wide ones) with status and source, and asks the municipality to confirm or correct
each. The CSV is what comes back: Excel in Sweden reads and writes ``;``-separated UTF-8 with a
byte order mark, so that is what is written, and ``;``, ``,`` and tab are all read. A returned
sheet is never applied as it stands: it becomes a list of proposed changes, each checked with
the editor's own field checks, for the coordinator to approve one by one.

Two answers are not taken as written. A new "Öppettider" is the displayed text only: when the
contact has structured hours (what "öppet nu" is computed from), taking the text clears them,
so the card says nothing about open or closed until the coordinator enters them again, instead
of "Öppet nu" above a text that says otherwise; the change says so when listed and when taken.
A "ja" that would make a contact without a source verified is refused ("ange en källa
(webbadress) först"): a source is a web address, and a verified contact without one stops the
build.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kvinnofrid_desktop.core.authoring.source_folder import (
    ROLE_SV,
    FieldError,
    SourceFolder,
    checked_contact_value,
)
from kvinnofrid_desktop.core.card.model import DAYS, MUNICIPALITIES, Interval, month_day
from kvinnofrid_desktop.core.fsutil import write_bytes
from kvinnofrid_desktop.core.install.preview import hours_sv
from kvinnofrid_desktop.core.pack.external import ExternalFileError, printable, read_limited
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

MAX_SHEET_BYTES = 1024 * 1024
# The card's words ("Ej bekräftad – kontrollera innan du ringer"), never "verifierad".
STATUS_SV = {"verified": "bekräftad", "unverified": "ej bekräftad", "missing": "saknas"}
# (column heading, contact key or None); the municipality fills in the last three. Every
# column the cards print beside the number is here ("knappval 9", the note under the row): a
# municipality's "ja" dates the whole contact as checked.
NOTE_HEADING = "Att veta (kortets anteckning)"
COLUMNS = (
    ("id", "id"), ("Kommun", None), ("Roll", "role"), ("Namn", "name"), ("Telefon", "phone"),
    ("Knappval", "dial_note"), ("E-post", "email"), ("Öppettider", "hours_text"),
    (NOTE_HEADING, "note"), ("Status", "status"), ("Källa", "source"),
    ("Kontrollerad", "verified"),
    ("Stämmer (ja/nej)", None), ("Rättelse eller kommentar", None), ("Ifyllt av", None),
)
# What a returned sheet may change. Not the note: it is the coordinator's text about the
# contact, on the sheet to be read; what a municipality writes in it is not taken (its
# corrections go under "Rättelse eller kommentar"). A sheet written before a column was added
# comes back without it, and that field is left as it is.
EDITABLE = ("name", "phone", "dial_note", "email", "hours_text", "source")
CONFIRM, COMMENT, FILLED_BY = "Stämmer (ja/nej)", "Rättelse eller kommentar", "Ifyllt av"
_YES = {"ja", "j", "yes", "x", "stämmer"}
_NO = {"nej", "n", "no", "stämmer inte"}
# Why a "ja" cannot be taken: it would make a contact without a source verified.
NEEDS_SOURCE = ("ange en källa (webbadress) först: kommunens ”ja” gör uppgiften bekräftad, "
                "och en bekräftad uppgift visas bara med sin källa")
# A file the csv module cannot read (a PDF, a workbook saved in another form).
NOT_CSV = ("filen kunde inte läsas som ett kontrollblad: spara den som CSV "
           "(semikolonavgränsad) i Excel")

FIELD_SV = {"name": "namn", "phone": "telefon", "dial_note": "knappval", "email": "e-post",
            "hours_text": "öppettider", "source": "källa"}


def refused_sv(fields: list[str]) -> str:
    """Why a "ja" is not taken when a correction on its row was refused."""
    return (f"en rättelse på raden kunde inte godkännas ({', '.join(fields)}): ett ”ja” skulle "
            "bekräfta den gamla uppgiften; rätta den under Kontakter och bekräfta sedan")


@dataclass(frozen=True)
class SheetRow:
    contact_id: str
    role: str
    name: str
    phone: str
    dial_note: str  # "knappval 9": what to do once the number answers
    email: str
    hours_text: str
    status: str
    source: str
    verified: str
    note: str = ""


def sheet_rows(folder: SourceFolder, municipality: str) -> list[SheetRow]:
    """Every contact the card shows for ``municipality``: its own first, then county-wide."""
    if municipality not in MUNICIPALITIES:
        raise PackError(Problem("card.municipality_unknown", municipality, None,
                                f"okänd kommun '{municipality}'"))
    own = [c for c in folder.contacts() if c.get("scope") == "municipality"
           and c.get("municipality") == municipality]
    county = [c for c in folder.contacts() if c.get("scope") == "county"]
    return [SheetRow(str(c.get("id")), str(c.get("role", "")), str(c.get("name") or ""),
                     str(c.get("phone") or ""), str(c.get("dial_note") or ""),
                     str(c.get("email") or ""),
                     str(c.get("hours_text") or ""), str(c.get("status", "")),
                     str(c.get("source") or ""), str(c.get("verified") or ""),
                     str(c.get("note") or ""))
            for c in own + county]


def sheet_csv(folder: SourceFolder, municipality: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([heading for heading, _key in COLUMNS])
    for row in sheet_rows(folder, municipality):
        values = vars(row)
        writer.writerow([
            municipality if heading == "Kommun" else
            STATUS_SV.get(row.status, row.status) if key == "status" else
            ROLE_SV.get(row.role, row.role) if key == "role" else
            values.get("contact_id" if key == "id" else key, "") if key else ""
            for heading, key in COLUMNS])
    return out.getvalue()


def write_sheet_csv(folder: SourceFolder, municipality: str, out: Path) -> Path:
    # With a byte order mark: without it Excel takes UTF-8 for the local code page (å → Ã¥).
    write_bytes(out, sheet_csv(folder, municipality).encode("utf-8-sig"))
    return out


@dataclass(frozen=True)
class ProposedChange:
    """One change a returned sheet asks for; ``problem`` says why it cannot be taken as is."""

    contact_id: str
    contact_name: str
    field: str  # a contact key, or "verified" for a confirmation
    old: str
    new: str
    problem: str | None = None
    comment: str = ""
    # A new hours text of a contact with structured hours: those hours in words (taking the
    # text clears them).
    clears_hours: str = ""
    # Why a change that can be taken is not ticked beforehand (the municipality wrote in a
    # column that is not read back): "" when it is.
    review: str = ""
    # Where else the contact is shown: "" for a municipality's own, "hela länet" for a county
    # line, "alla kommuner" for a national one. A correction on one municipality's sheet
    # changes it on every municipality's card.
    shared: str = ""

    def describe_sv(self) -> str:
        text = self._describe_sv()
        if self.shared and self.field != "verified":
            text += f" (gäller {self.shared}, inte bara den här kommunen)"
        return text

    def _describe_sv(self) -> str:
        if self.field == "verified":
            return f"{self.contact_name}: bekräftad ({self.new})"
        label = FIELD_SV.get(self.field, self.field)
        # A value that names its field already ("knappval 9") is not named twice.
        if all(v.casefold().startswith(label) for v in (self.old, self.new) if v):
            text = f"{self.contact_name}: {self.old or '–'} → {self.new or '–'}"
        else:
            text = f"{self.contact_name}: {label} {self.old or '–'} → {self.new or '–'}"
        if self.clears_hours:
            text += (f" (tiderna bakom ”öppet nu” ({self.clears_hours}) tas bort; lägg in dem "
                     "igen under Kontakter)")
        return text


@dataclass(frozen=True)
class SheetReading:
    municipality: str | None
    changes: tuple[ProposedChange, ...]
    comments: tuple[tuple[str, str], ...]  # (contact name, what the municipality wrote)
    problems: tuple[str, ...]  # rows that could not be read, in Swedish


def read_sheet(folder: SourceFolder, path: Path, *, today: dt.date | None = None
               ) -> SheetReading:
    """What a returned sheet proposes; PackError when the file is no sheet at all."""
    today = today or dt.date.today()
    try:
        raw = read_limited(path, MAX_SHEET_BYTES)
    except FileNotFoundError:
        raise PackError(Problem("sheet.missing", path.name, None, "filen finns inte")) from None
    except ExternalFileError as exc:
        raise PackError(Problem("sheet.unreadable", path.name, None, f"filen {exc}")) from None
    unreadable = PackError(Problem("sheet.unreadable", path.name, None, NOT_CSV))
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = raw.decode("utf-16")  # Excel's "Unicode-text": UTF-16 with tabs
        else:
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", errors="replace")  # saved by an old Excel
    except UnicodeError:
        raise unreadable from None
    lines = text.splitlines()
    if not lines:
        raise PackError(Problem("sheet.empty", path.name, None, "filen är tom"))
    if "\x00" in text:  # a PDF or another binary file chosen by mistake
        raise unreadable
    delimiter = max((";", ",", "\t"), key=lines[0].count)
    try:
        rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
        headings = {h.strip() for h in next(csv.reader([lines[0]], delimiter=delimiter), [])}
    except csv.Error:
        raise unreadable from None
    if "id" not in headings:
        raise PackError(Problem("sheet.not_sheet", path.name, None,
                                "filen är inget kontrollblad (kolumnen 'id' saknas)"))
    contacts = {c.get("id"): c for c in folder.contacts()}
    changes: list[ProposedChange] = []
    comments: list[tuple[str, str]] = []
    problems: list[str] = []
    municipality = None
    for n, cells in enumerate(rows, 2):
        row = {(k or "").strip(): printable((v or "").strip()) for k, v in cells.items()
               if isinstance(v, str)}
        cid = row.get("id", "")
        if not cid:
            continue
        municipality = municipality or row.get("Kommun") or None
        contact = contacts.get(cid)
        if contact is None:
            problems.append(f"rad {n}: kontakten '{cid}' finns inte i åtgärdskortet")
            continue
        name = str(contact.get("name") or cid)
        taken = dict(contact)  # the contact with the row's acceptable changes
        refused: list[str] = []  # the fields of the row's corrections that cannot be taken
        for key in EDITABLE:
            heading = next(h for h, k in COLUMNS if k == key)
            if heading not in row:
                continue
            new, old = row[heading], str(contact.get(key) or "")
            if key == "dial_note" and new.isascii() and new.isdigit():
                # "9" in Knappval: the card printed a lone "9" under the number.
                new = f"knappval {new}"
            if new == old:
                continue
            problem = None
            try:
                checked_contact_value(contact, key, new, list(contacts.values()), today)
            except FieldError as exc:
                problem = str(exc)
                refused.append(FIELD_SV.get(key, key))
            else:
                taken[key] = new
            clears = hours_words(contact.get("hours")) if key == "hours_text" else ""
            # Who wrote the correction, as beside a "ja": shown only there before.
            changes.append(ProposedChange(cid, name, key, old, new, problem,
                                          comment=row.get(FILLED_BY, ""),
                                          clears_hours=clears, shared=_shared(contact)))
        # The note is not read back, but what the municipality wrote in it is said: "Faxen
        # är nedlagd" was dropped, and its "ja" confirmed the note it said was wrong.
        review = ""
        if NOTE_HEADING in row:
            cell = next((v for k, v in cells.items() if (k or "").strip() == NOTE_HEADING), "")
            note = str(contact.get("note") or "")
            if " ".join(str(cell or "").split()) != " ".join(note.split()):
                review = "kommunen skrev i Att veta, som inte läses in"
                comments.append((name, f"Kommunen skrev i Att veta (läses inte in): "
                                       f"{row[NOTE_HEADING] or '(tömde fältet)'}"))
        written = row.get(CONFIRM, "")
        # "ja." and "Ja!" are the answer the sheet asks for; "jaa" or "ja, men se not" is not
        # taken as a "ja", but listed: it dropped out of sight, and the contact is disputed.
        answer = written.rstrip(".!").strip().casefold()
        if written and answer not in _YES | _NO:
            problems.append(f"rad {n} ({name}): svaret ”{written}” under Stämmer är varken ja "
                            "eller nej, så inget bekräftades; fråga kommunen vad som gäller")
        elif answer in _NO and not any(c.contact_id == cid for c in changes):
            comments.append((name, "kommunen svarade ”nej” men skrev ingen rättelse; fråga "
                                   "kommunen vad som är fel"))
        if answer in _YES:
            by = row.get(FILLED_BY, "")
            # With a correction refused, "ja" would date the old value as confirmed today.
            problem = (refused_sv(refused) if refused
                       else NEEDS_SOURCE if _lacks_source(taken) else None)
            changes.append(ProposedChange(cid, name, "verified", str(contact.get("verified")),
                                          today.isoformat(), problem, comment=by,
                                          review=review))
        if row.get(COMMENT):
            comments.append((name, row[COMMENT]))
    return SheetReading(municipality, tuple(changes), tuple(comments), tuple(problems))


def hours_words(hours: Any) -> str:
    """A contact's structured hours (as the card file has them) in words, "" when unknown."""
    if hours is None:
        return ""
    if hours == "always":
        return hours_sv("always")
    try:
        return hours_sv(tuple(Interval(
            tuple(DAYS.index(d) for d in row["days"]), _minutes(row["open"]),
            _minutes(row["close"]),
            (month_day(row["from"]), month_day(row["to"])) if row.get("from") else None)
            for row in hours))
    except (KeyError, ValueError, TypeError, AttributeError):  # written by hand, wrongly
        return "de som finns"


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _lacks_source(contact: dict[str, Any]) -> bool:
    """Whether a "ja" would leave ``contact`` shown (not missing) without a source: a missing
    entry with a number or an address becomes verified (as ``apply_change`` does)."""
    status = contact.get("status")
    if status == "missing" and (contact.get("phone") or contact.get("email")):
        status = "verified"
    return status != "missing" and not str(contact.get("source") or "").strip()


def _shared(contact: dict[str, Any]) -> str:
    """Where a contact is shown beyond one municipality's card ("" when it is not)."""
    return {"county": "hela länet", "national": "alla kommuner"}.get(
        str(contact.get("scope") or ""), "")


def apply_change(folder: SourceFolder, change: ProposedChange,
                 today: dt.date | None = None) -> str | None:
    """Take one approved change into the (unsaved) source; FieldError if it is refused. A
    confirmed or corrected entry is dated as checked ``today``. What the coordinator must be
    told beside it (structured hours cleared), or None."""
    if change.problem is not None:
        raise FieldError(change.problem)
    contact: dict[str, Any] = folder.contact(change.contact_id)
    if change.field == "verified":
        if _lacks_source(contact):  # the source was not taken: nothing verified without one
            raise FieldError(NEEDS_SOURCE)
        folder.stamp_verified(change.contact_id, today)
        if contact.get("status") == "missing" and (contact.get("phone") or contact.get("email")):
            # The municipality confirmed a number that was missing: it is now known.
            folder.set_contact_field(change.contact_id, "status", "verified", today)
        return None
    note = None
    if (change.field == "hours_text" and contact.get("hours") is not None
            and change.new != str(contact.get("hours_text") or "")):
        # The text is what the card shows, the structured hours what "öppet nu" is computed
        # from: with only the text new, the card said "Öppet nu" above hours saying otherwise.
        # Unknown is not wrong; the coordinator enters them again from the new text.
        old = hours_words(contact.get("hours"))
        folder.set_contact_field(change.contact_id, change.field, change.new, today)
        folder.set_contact_hours(change.contact_id, None)
        note = (f"{change.contact_name}: öppettiderna bakom ”öppet nu” ({old}) togs bort, "
                "eftersom kommunen ändrade texten; kortet säger inte öppet eller stängt förrän "
                "du lagt in tiderna igen under Kontakter.")
    else:
        folder.set_contact_field(change.contact_id, change.field, change.new, today)
        if change.field == "dial_note" and "knappval" in str(contact.get("note") or ""):
            # The note says why a menu choice may be wrong ("En äldre version … angav
            # knappval 4"): under the new choice it may now say the opposite.
            note = (f"{change.contact_name}: knappvalet är nu ”{change.new or '–'}”; "
                    "anteckningen nämner också ett knappval – läs den under Kontakter och "
                    "ändra den om den inte längre stämmer.")
    # The municipality's answer is the source read today: the corrected entry was checked
    # today, not on the date it had (which would make it look older than it is). Its status
    # is left as it is: a correction is not the municipality's "Stämmer".
    folder.set_contact_field(change.contact_id, "verified",
                             (today or dt.date.today()).isoformat(), today)
    return note
