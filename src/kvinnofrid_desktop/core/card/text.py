"""The action card as text: Markdown for its printable PDF, and entries for the search index.

Both come from the same ``ActionCard`` data, so the PDF, the search hits and the native view can
never disagree about a number.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from kvinnofrid_desktop.core.card.model import MUNICIPALITIES, ActionCard, Contact, dialled
from kvinnofrid_desktop.core.card.now import WEEKDAYS_SV, jour_coverage, old_source_year

ROLE_LABELS_SV = {
    "report_child": "Orosanmälan om barn",
    "report_adult": "Orosanmälan om vuxna",
    "switchboard": "Växel",
    # No times in the label: the jour is not open all night (Västerås's closes at 00.00 or
    # 01.00), and its hours are said with it wherever it is shown.
    "out_of_hours": "Socialjour (utanför kontorstid)",
    "animal_welfare": "Djurskydd",
    "police": "Polisen",
    "health": "Hälso- och sjukvård",
    "support": "Stöd",
    "emergency": "Nödnummer",
}
SOCIAL_SERVICES_ROLES = ("report_child", "report_adult", "out_of_hours")
SCOPE_HEADINGS_SV = {"county": "Länet", "national": "Nationella nummer och stödlinjer"}
STATUS_LABELS_SV = {
    "verified": "bekräftad",
    "unverified": "ej bekräftad – kontrollera",
    "missing": "uppgift saknas",
}


def pack_label_sv(pack_id: str, version: str) -> str:
    """The pack as the printed card's footer names it: "innehållspaketet se.… 2026-11-26". In
    Swedish in either interface language, as the rest of the printed card."""
    return f"innehållspaketet {pack_id} {version}"


def checked_text_sv(card: ActionCard, date: Callable[[str], str] = str) -> str:
    """'2026-12-04', or 'mellan 2026-11-26 och 2026-12-04' when the card's parts were checked
    on different days (to follow 'kontrollerades'); ``date`` keeps each date whole."""
    oldest, newest = card.checked_range()
    return date(newest) if oldest == newest else f"mellan {date(oldest)} och {date(newest)}"


@dataclass(frozen=True)
class CardEntry:
    """One searchable piece of the card; ``anchor`` is the id the native view can jump to."""

    anchor: str
    title: str
    text: str
    # Where the entry appears in the card PDF: text on the page, or a heading alone on a line.
    locate: str = ""
    heading: bool = False
    # Search weight within a match level (search.IndexEntry.weight): SIDE_STEP_WEIGHT, and
    # WEIGHTS_BY_STATUS for contacts.
    weight: float = 1.0
    # Words it is found by that it does not show (search.IndexEntry.keywords): sign_keywords.
    keywords: str = ""


def sign_keywords(subject_title: str) -> str:
    """What a subject's signs are, as the card heads them ("Tecken att vara uppmärksam på"
    under "Barn"): a sign's own line never says "tecken", and "tecken barn våld" found only
    pages about the card. Not "far illa" too: every sign then matched "barn far illa", which
    changed the order of that expression's other hits ("vem ringer jag om ett barn far illa")."""
    return f"tecken: {subject_title.lower()}"


SIDE_STEP_WEIGHT = 0.4  # a subject's step about another subject ("Barn i hemmet" under Djur)
WEIGHTS_BY_STATUS = {"verified": 1.0, "unverified": 0.9, "missing": 0.7}


def is_side_step(subject_id: str, step_id: str, subject_ids: tuple[str, ...]) -> bool:
    """A step that points to another subject's matter: its id continues the subject's id with
    another subject's ("djur-barn-i-hemmet", "vuxna-djur"). The card's main entry for that
    matter is in the other subject, and search ranks it first."""
    rest = step_id.removeprefix(f"{subject_id}-")
    return rest != step_id and any(rest == other or rest.startswith(f"{other}-")
                                   for other in subject_ids if other != subject_id)


def missing_text(contact: Contact, card: ActionCard, number: Callable[[str], str] = str,
                 name: Callable[[str], str] = str) -> str:
    """A missing contact on paper: its fallbacks, and 112 for emergencies only (never as the
    number for the missing service). ``number`` formats a phone number (non-breaking, bold),
    ``name`` a contact's name (escaped for HTML)."""
    fallbacks = [f for ref in contact.fallback if (f := card.contact(ref)) is not None]

    def offered(f: Contact) -> str:
        said = f"{name(f.name)} {dialled(f, number, name) or number(f.email or '')}"
        # Paper has no clock: in the socialjour's place a switchboard answers in office hours
        # only, when no jour is needed ("Köpings kommun, växel" read as the jour at 22.00).
        if contact.role == "out_of_hours" and f.role == "switchboard":
            said += " (bara under kontorstid)"
        return said

    via = ", ".join(offered(f) for f in fallbacks
                    if f.role != "emergency" and (f.phone or f.email))
    text = "Uppgift saknas." + (f" Använd i stället: {via}." if via else "")
    return text + f" Vid akut fara: {number('112')}."


def contact_line(contact: Contact, card: ActionCard) -> str:
    """A one-line description of how to reach a contact, including its fallback when missing."""
    if contact.status == "missing":
        return missing_text(contact, card)
    parts = [p for p in (dialled(contact), contact.email) if p]
    return " · ".join(parts)


def clock_sv(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}.{minutes % 60:02d}"


def days_sv(days: tuple[int, ...]) -> str:
    """(0, 1, 2, 3) → "mån–tors"; (0, 2) → "mån, ons"."""
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ", ".join(f"{WEEKDAYS_SV[r[0]]}–{WEEKDAYS_SV[r[-1]]}" if len(r) >= 3
                     else ", ".join(WEEKDAYS_SV[d] for d in r) for r in runs)


def jour_hours_sv(contact: Contact) -> str:
    """A jour's hours for paper, from its structured hours: "mån–tors 16.30–00.00, fre
    16.30–01.00, lör 15.00–01.00, sön och helgdag 15.00–00.00; utanför jourtiden: ring 112".

    Paper has no "now", so it says when the jour answers and what applies outside that: "ring
    112" where the contact's own text says so, else 112 for emergencies only. Without hours in
    the data it says only what the sources say of every jour, "utanför kontorstid". Seasonal
    hours are not shortened here (none of the county's jours has them): their text is kept."""
    if contact.hours == "always":
        return "dygnet runt"
    if not isinstance(contact.hours, tuple) or not contact.hours:
        return "utanför kontorstid"
    if any(i.season is not None for i in contact.hours):
        return contact.hours_text
    parts = []
    holiday = list(contact.holiday_hours)
    for interval in contact.hours:
        days = days_sv(interval.days)
        span = (interval.open, interval.close)
        if interval.days == (6,) and holiday == [span]:  # Sunday's hours, holidays too
            days, holiday = "sön och helgdag", []
        parts.append(f"{days} {clock_sv(span[0])}–{clock_sv(span[1])}")
    parts += [f"helgdag {clock_sv(o)}–{clock_sv(c)}" for o, c in holiday]
    text = ", ".join(parts)
    if contact.before_holiday_opens is not None:
        text += f"; dag före helgdag från {clock_sv(contact.before_holiday_opens)}"
    if "utanför jourtiden: ring 112" in contact.hours_text.casefold():
        return text + "; utanför jourtiden: ring 112"
    return text + "; utanför jourtiden: vid akut fara 112"


def _md_escape(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ").strip()


NBSP = "\u00a0"
NB_HYPHEN = "\u2011"  # the PDF writer breaks lines after an ordinary hyphen


def unbroken(text: str) -> str:
    """A phone number or "kontrollerad 2026-11-26" that a line or a table cell never splits."""
    return text.replace(" ", NBSP).replace("-", NB_HYPHEN)


# A Swedish phone number as free text writes it ("021-39 20 66", "116 111", "114 14"): the
# card's steps and notes and the compilations' text. One matcher for the printed card and the
# built PDFs, so that neither shows "021-39 20" at a line's end and "66" on the next.
PHONE_NUMBER = re.compile(r"(?<![\w\-])(?:0\d{1,3}-\d{2,3}(?: \d{2,3}){0,3}"
                          r"|11[36] \d{3}|11[34] \d{2})"
                          r"(?![\w\-]|[.,:]\d)")  # not the "07" of a time after it


def unbroken_numbers(text: str, number: Callable[[str], str] = unbroken,
                     rest: Callable[[str], str] = str) -> str:
    """``text`` with every phone number in it kept whole by ``number`` (no-break characters;
    the printed card wraps it in a no-wrap span instead, so it copies as typed), and the text
    between the numbers passed through ``rest`` (escaped for HTML)."""
    out, start = [], 0
    for match in PHONE_NUMBER.finditer(text):
        out += [rest(text[start:match.start()]), number(match.group(0))]
        start = match.end()
    return "".join([*out, rest(text[start:])])


# The municipalities as they name themselves: "Köpings kommun" (the genitive where the name
# takes one), "Västerås stad"; "Köping kommun" on a printout beside "Köpings kommun, växel".
OFFICIAL_NAMES = {
    "Arboga": "Arboga kommun", "Fagersta": "Fagersta kommun",
    "Hallstahammar": "Hallstahammars kommun", "Kungsör": "Kungsörs kommun",
    "Köping": "Köpings kommun", "Norberg": "Norbergs kommun", "Sala": "Sala kommun",
    "Skinnskatteberg": "Skinnskattebergs kommun", "Surahammar": "Surahammars kommun",
    "Västerås": "Västerås stad",
}


def municipality_name(municipality: str) -> str:
    """The municipality as it names itself: "Köpings kommun", "Västerås stad"."""
    return OFFICIAL_NAMES.get(municipality, f"{municipality} kommun")


def as_sentence(title: str) -> str:
    """A step title followed by its text: a full stop only where the title has no ending."""
    return title if title.endswith((".", "?", "!", ":")) else title + "."


def urgent_title(title: str) -> str:
    """The urgent step's title, marked once: "Akut fara: ring 112", not "AKUT: Akut fara…"."""
    return title if title.casefold().startswith("akut") else f"Akut: {title}"


def _status_cell(c: Contact, card: ActionCard) -> str:
    # The word and its date may wrap between them in a narrow cell; neither breaks inside.
    if c.status == "verified":
        text = f"kontrollerad {unbroken(c.verified)}"
    elif c.status == "unverified":
        text = f"ej bekräftad – kontrollera ({unbroken(c.verified)})"
    else:
        return STATUS_LABELS_SV["missing"]
    if c.scope == "county" and c.role == "out_of_hours":
        covered = jour_coverage(card, c)
        text += f"; bara för {', '.join(covered)}" if covered else "; ej bekräftad för någon kommun"
    year = old_source_year(c, dt.date.fromisoformat(card.checked))
    return text + (f"; källan är från {year}" if year is not None else "")


def card_markdown(card: ActionCard) -> str:
    """The whole card as Markdown for the printable PDF."""
    out: list[str] = [f"# {card.title}", ""]
    out.append(
        "Tecken på att barn, vuxna eller djur far illa, vad du gör och vem du kontaktar i "
        f"Västmanlands län. Uppgifterna kontrollerades {checked_text_sv(card, unbroken)}; varje "
        "kontakt anger sin källa. Vid akut fara: ring 112."
    )
    out.append("")
    for subject in card.subjects:
        out += [f"## {subject.title}", "", "### Tecken att vara uppmärksam på", ""]
        for group in subject.sign_groups:
            out.append(f"**{group.title}**")
            out.append("")
            for sign in group.signs:
                mark = " (ej bekräftad)" if sign.status == "unverified" else ""
                out.append(f"- {sign.text}{mark}")
            out.append("")
        out += ["### Gör så här", ""]
        for n, step in enumerate(subject.steps, 1):
            title = urgent_title(step.title) if step.urgent else step.title
            out.append(f"{n}. **{as_sentence(title)}** {step.text}")
        out.append("")
    out += ["## Kontakter per kommun", ""]
    for municipality in MUNICIPALITIES:
        here = [c for c in card.contacts
                if c.scope == "municipality" and c.municipality == municipality]
        out += [f"### {municipality}", "", _contact_table_header()]
        out += [_contact_row(c, card) for c in here]
        out += ["", *_contact_notes(here)]
    for scope, heading in SCOPE_HEADINGS_SV.items():
        here = [c for c in card.contacts if c.scope == scope]
        out += [f"## {heading}", "", _contact_table_header()]
        out += [_contact_row(c, card) for c in here]
        out += ["", *_contact_notes(here)]
    out += ["## Källor för kontaktuppgifterna", ""]
    for c in card.contacts:
        if c.source:
            out.append(f"- {c.name} ({c.id}): {c.source}, kontrollerad {unbroken(c.verified)}")
    out.append("")
    return "\n".join(out)


def _contact_notes(contacts: list[Contact]) -> list[str]:
    """The contacts' notes below their table: a second number, where a number comes from, why
    a choice in a switchboard's menu may be wrong. A table cell is too narrow for them, and the
    card on paper must not say less than the card on screen."""
    notes = [f"- **{c.name}:** {c.note}" for c in contacts if c.note]
    return ["**Att veta om kontakterna ovan**", "", *notes, ""] if notes else []


def _contact_table_header() -> str:
    return "| Vad | Vem | Nummer | Tider |\n|---|---|---|---|"


def _contact_row(c: Contact, card: ActionCard) -> str:
    # The status sits under the name: a column of its own was too narrow for "kontrollerad".
    if c.status == "missing":
        number = missing_text(c, card, unbroken)
    else:
        number = " · ".join(p for p in (dialled(c, unbroken), unbroken(c.email or "")) if p)
    cells = [ROLE_LABELS_SV[c.role], f"{c.name} ({_status_cell(c, card)})", number,
             c.hours_text or "–"]
    return "| " + " | ".join(_md_escape(x) for x in cells) + " |"


def card_entries(card: ActionCard) -> list[CardEntry]:
    """Everything on the card a user might search for, one entry per sign, step and contact."""
    entries: list[CardEntry] = []
    subject_ids = tuple(s.id for s in card.subjects)
    for subject in card.subjects:
        for group in subject.sign_groups:
            for sign in group.signs:
                entries.append(CardEntry(
                    sign.id, f"Åtgärdskort – {subject.title}: {group.title}", sign.text,
                    locate=" ".join(sign.text.split()[:4]),
                    keywords=sign_keywords(subject.title)))
        for step in subject.steps:
            side = is_side_step(subject.id, step.id, subject_ids)
            entries.append(CardEntry(
                step.id, f"Åtgärdskort – {subject.title}: {step.title}",
                f"{step.title}. {step.text}", locate=step.title,
                weight=SIDE_STEP_WEIGHT if side else 1.0))
    for c in card.contacts:
        place = c.municipality or ("Västmanlands län" if c.scope == "county" else "Nationellt")
        # A municipality's report and out-of-hours numbers are its social services, whatever
        # the unit's own name ("Vuxenenhetens mottagning"): "socialtjänsten Sala" finds them.
        agency = f"socialtjänsten i {place}" if c.scope == "municipality" and \
            c.role in SOCIAL_SERVICES_ROLES else ""
        # Fields apart by " · ": a snippet of them read as one run-on sentence. (Searching
        # ignores the dot; a phrase still matches across it.)
        text = " · ".join(x for x in (
            place, ROLE_LABELS_SV[c.role], agency, c.name, contact_line(c, card),
            c.hours_text, c.note) if x)
        section = c.municipality or SCOPE_HEADINGS_SV[c.scope]
        # A contact without a number is still found, below the same contact with one.
        entries.append(CardEntry(c.id, f"Åtgärdskort – {place}: {c.name}", text,
                                 locate=section, heading=True,
                                 weight=WEIGHTS_BY_STATUS.get(c.status, 1.0)))
    return entries
