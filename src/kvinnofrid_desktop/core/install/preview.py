"""What an import would change: documents new, updated or removed; contacts added, removed or
changed (phone, dial note, status, date checked, and what decides "öppet nu": the opening
hours, holiday hours, the later opening before a holiday, whether the hours are confirmed; and
the displayed hours text, name, e-mail, source) – compared with the active pack, before
anything is installed."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kvinnofrid_desktop.core.card.model import (
    ActionCard,
    Contact,
    Interval,
    load_action_card,
    parse_action_card_bytes,
)
from kvinnofrid_desktop.core.card.now import WEEKDAYS_SV
from kvinnofrid_desktop.core.pack.manifest import empty_tab_warning_sv
from kvinnofrid_desktop.core.pack.problems import PackError

if TYPE_CHECKING:
    from kvinnofrid_desktop.core.install.archive import PackHead
    from kvinnofrid_desktop.core.install.signing import SignatureState
    from kvinnofrid_desktop.core.pack.manifest import Manifest
    from kvinnofrid_desktop.core.pack.pack import Pack
    from kvinnofrid_desktop.core.pack.problems import Problem

_STATUS_SV = {"verified": "verifierad", "unverified": "ej verifierad", "missing": "saknas"}
_MONTHS_SV = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
SHOWN_TEXT = 60  # characters of a changed text shown on the contact's line, then "…"


@dataclass(frozen=True)
class DocumentChange:
    doc_id: str
    title: str
    change: str  # "new", "updated" (its file's SHA-256 differs) or "removed"


@dataclass(frozen=True)
class ContactChange:
    contact_id: str
    name: str
    change: str  # "added", "removed" or "changed"
    details: tuple[str, ...] = ()  # for "changed": "telefon 021-10 00 00 → 021-10 00 01", …
    municipality: str | None = None  # a municipality's own contact: its municipality

    @property
    def label(self) -> str:
        """The contact as a reader tells it from the others: "Köping, Socialjour" (ten
        municipalities have a "Socialjour"); a name that begins with the municipality's
        ("Köpings kommun, växel") as it is."""
        name = self.name or self.contact_id
        if self.municipality and not name.startswith(self.municipality):
            return f"{self.municipality}, {name}"
        return name


@dataclass(frozen=True)
class ImportPreview:
    """What an import would change; ``refusal`` says why it would be refused, if it would."""

    pack_id: str
    version: str
    publisher: str
    created: str
    signature: SignatureState
    active_version: str
    documents: tuple[DocumentChange, ...]
    contacts: tuple[ContactChange, ...]
    refusal: Problem | None
    # What the pack's key rotation (keys/rotation.json) would change: keys learned, retired.
    trust_changes: tuple[str, ...] = ()
    # Strategi/Samverkansplan would be empty: the pack has no document for them.
    empty_tabs: tuple[str, ...] = ()
    # The publisher's "what's new" for this version (the manifest's ``news``).
    news: str | None = None
    # New or updated documents whose PDF has no text to search (scanned), by the pack's index.
    textless: tuple[DocumentChange, ...] = ()

    def signature_judged(self) -> bool:
        """Whether the signature's state may be shown as it is: with trust.json unreadable
        a key may have been retired, so "verifierat av …" above the refusal misled."""
        return self.refusal is None or self.refusal.code != "trust.damaged"

    def lines_sv(self, limit: int = 20) -> list[str]:
        """A summary, then at most ``limit`` document and ``limit`` contact lines."""
        def count(items: tuple[DocumentChange, ...] | tuple[ContactChange, ...], kind: str) -> int:
            return sum(1 for i in items if i.change == kind)

        d, c = self.documents, self.contacts
        signature = self.signature.label_sv() if self.signature_judged() else \
            "signaturen kan inte bedömas här: listan över tillbakadragna nycklar kan inte läsas"
        lines = [f"Paket: {self.pack_id} {self.version} från {self.publisher} "
                 f"({signature}); aktivt nu: {self.active_version}",
                 f"Dokument – nya: {count(d, 'new')}, uppdaterade: {count(d, 'updated')}, "
                 f"borttagna: {count(d, 'removed')}. Kontakter – nya: {count(c, 'added')}, "
                 f"ändrade: {count(c, 'changed')}, borttagna: {count(c, 'removed')}.",
                 *([f"Nytt i den här versionen: {self.news}"] if self.news else []),
                 *(["Går inte att söka i (PDF:en har ingen text, inskannad?): "
                    + ", ".join(x.title for x in self.textless)] if self.textless else []),
                 *self.trust_changes,
                 *(empty_tab_warning_sv(tab) for tab in self.empty_tabs)]
        labels = {"new": "Nytt", "updated": "Uppdaterat", "removed": "Borttaget"}
        doc_lines = [f"{labels[x.change]} dokument: {x.title} ({x.doc_id})" for x in d]
        contact_lines = [f"Kontakt {x.label} ({x.contact_id}): "
                         + {"added": "ny", "removed": "borttagen"}.get(x.change,
                                                                     "; ".join(x.details))
                         for x in c]
        for part in (doc_lines, contact_lines):
            lines += part[:limit]
            if len(part) > limit:
                lines.append(f"… och {len(part) - limit} till")
        if self.refusal is not None:
            lines.append(f"Kan inte installeras: {self.refusal}")
        return lines


def build_preview(active: Pack, head: PackHead, state: SignatureState,
                  refusal: Problem | None, *, trust_changes: tuple[str, ...] = (),
                  textless: frozenset[str] = frozenset()) -> ImportPreview:
    """Compare the pack in ``head`` (read with its action card) with the ``active`` pack;
    ``textless``: the ids of the pack's documents that have no text (``core.searchable``)."""
    old, new = active.manifest, head.manifest
    docs = document_changes(old, new)
    old_card = None
    if old.action_card:
        with contextlib.suppress(PackError):
            old_card = load_action_card(active.path_of(old.action_card))
    new_card = parse_action_card_bytes(head.card, file=new.action_card or "action_card.json") \
        if head.card is not None else None
    return ImportPreview(new.id, new.version, new.publisher, new.created, state, old.version,
                         tuple(docs), tuple(contact_changes(old_card, new_card)), refusal,
                         trust_changes, tuple(new.empty_document_tabs()), new.news,
                         tuple(d for d in docs if d.change != "removed" and d.doc_id in textless))


def document_changes(old: Manifest, new: Manifest) -> list[DocumentChange]:
    """Documents new, updated (their file's SHA-256 differs) and removed."""
    old_docs = {d.id: d for d in old.documents}
    new_ids = {d.id for d in new.documents}
    docs = [DocumentChange(d.id, d.title, "new" if d.id not in old_docs else "updated")
            for d in new.documents
            if d.id not in old_docs or _sha(new, d.file) != _sha(old, old_docs[d.id].file)]
    docs += [DocumentChange(d.id, d.title, "removed") for d in old.documents
             if d.id not in new_ids]
    return docs


def contact_changes(old: ActionCard | None, new: ActionCard | None) -> list[ContactChange]:
    """Contacts added, removed, and changed (``contact_details``)."""
    before = {c.id: c for c in old.contacts} if old else {}
    after = {c.id: c for c in new.contacts} if new else {}
    changes = [ContactChange(c.id, c.name, "added", municipality=c.municipality)
               for i, c in after.items() if i not in before]
    changes += [ContactChange(c.id, c.name, "removed", municipality=c.municipality)
                for i, c in before.items() if i not in after]
    for cid, c in after.items():
        if (o := before.get(cid)) is not None and (details := contact_details(o, c)):
            changes.append(ContactChange(cid, c.name, "changed", tuple(details),
                                         municipality=c.municipality))
    return changes


def contact_details(o: Contact, c: Contact) -> list[str]:
    """What changed in a contact, in words a coordinator reads, one short part per field:
    "öppettider ändrade (mån–fre 17.00–08.00 → mån–fre 20.00–06.00)"."""
    details = []
    if o.name != c.name:
        details.append(f"namn {_short(o.name)} → {_short(c.name)}")
    if o.phone != c.phone:
        details.append(f"telefon {o.phone or '–'} → {c.phone or '–'}")
    if o.dial_note != c.dial_note:  # the choice that reaches the service ("knappval 9")
        details.append(f"knappval {o.dial_note or '–'} → {c.dial_note or '–'}")
    if o.email != c.email:
        details.append(f"e-post {o.email or '–'} → {c.email or '–'}")
    # What decides "öppet nu": the hours, holiday hours, the later opening before a holiday,
    # and whether the hours are confirmed.
    if o.hours != c.hours:
        details.append(f"öppettider ändrade ({hours_sv(o.hours)} → {hours_sv(c.hours)})")
    if o.holiday_hours != c.holiday_hours:
        details.append(f"helgdagstider ändrade ({_spans_sv(o.holiday_hours)} → "
                       f"{_spans_sv(c.holiday_hours)})")
    if o.before_holiday_opens != c.before_holiday_opens:
        details.append(f"dag före helgdag öppnar {_clock(o.before_holiday_opens)} → "
                       f"{_clock(c.before_holiday_opens)}")
    if o.hours_confirmed != c.hours_confirmed:
        said = {True: "bekräftade", False: "inte bekräftade"}
        details.append(f"tiderna {said[o.hours_confirmed]} → {said[c.hours_confirmed]}")
    if o.hours_text != c.hours_text:
        details.append(f"öppettider (text) ändrade (”{_short(o.hours_text)}” → "
                       f"”{_short(c.hours_text)}”)")
    if o.status != c.status:
        details.append(f"status {_STATUS_SV[o.status]} → {_STATUS_SV[c.status]}")
    if o.source != c.source:
        details.append(f"källa ändrad ({_short(o.source or '–')} → {_short(c.source or '–')})")
    if o.verified != c.verified:
        details.append(f"kontrollerad {o.verified} → {c.verified}")
    return details


def hours_sv(hours: tuple[Interval, ...] | str | None) -> str:
    """Structured hours as read: "mån–fre 08.00–16.30, lör 10.00–14.00 (1 nov–28 feb)",
    "dygnet runt", or "okända"."""
    if hours == "always":
        return "dygnet runt"
    if not isinstance(hours, tuple) or not hours:
        return "okända"
    parts = []
    for interval in hours:
        text = f"{_days_sv(interval.days)} {_clock(interval.open)}–{_clock(interval.close)}"
        if interval.season is not None:
            (m1, d1), (m2, d2) = interval.season
            text += f" ({d1} {_MONTHS_SV[m1 - 1]}–{d2} {_MONTHS_SV[m2 - 1]})"
        parts.append(text)
    return ", ".join(parts)


def _days_sv(days: tuple[int, ...]) -> str:
    """(0, 1, 2, 3, 4) → "mån–fre"; (0, 2) → "mån, ons"; runs of three or more with a dash."""
    runs: list[list[int]] = []
    for day in sorted(set(days)):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    said = []
    for run in runs:
        if len(run) >= 3:
            said.append(f"{WEEKDAYS_SV[run[0]]}–{WEEKDAYS_SV[run[-1]]}")
        else:
            said += [WEEKDAYS_SV[d] for d in run]
    return ", ".join(said)


def _spans_sv(spans: tuple[tuple[int, int], ...]) -> str:
    return ", ".join(f"{_clock(a)}–{_clock(b)}" for a, b in spans) or "stängt"


def _clock(minutes: int | None) -> str:
    if minutes is None:
        return "–"
    return f"{minutes // 60 % 24:02d}.{minutes % 60:02d}"


def _short(text: str) -> str:
    """A changed text on one line, cut at ``SHOWN_TEXT`` characters: the list stays short."""
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_TEXT else text[:SHOWN_TEXT - 1].rstrip() + "…"


def _sha(manifest: Manifest, path: str) -> str | None:
    entry = manifest.file_entry(path)
    return entry.sha256 if entry else None
