"""What an import would change: documents new, updated or removed; contacts added, removed or
changed (phone, status) – compared with the active pack, before anything is installed."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kvinnofrid_desktop.core.card.model import (
    ActionCard,
    load_action_card,
    parse_action_card_bytes,
)
from kvinnofrid_desktop.core.pack.manifest import empty_tab_warning_sv
from kvinnofrid_desktop.core.pack.problems import PackError

if TYPE_CHECKING:
    from kvinnofrid_desktop.core.install.archive import PackHead
    from kvinnofrid_desktop.core.install.signing import SignatureState
    from kvinnofrid_desktop.core.pack.manifest import Manifest
    from kvinnofrid_desktop.core.pack.pack import Pack
    from kvinnofrid_desktop.core.pack.problems import Problem

_STATUS_SV = {"verified": "verifierad", "unverified": "ej verifierad", "missing": "saknas"}


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
                 *self.trust_changes,
                 *(empty_tab_warning_sv(tab) for tab in self.empty_tabs)]
        labels = {"new": "Nytt", "updated": "Uppdaterat", "removed": "Borttaget"}
        doc_lines = [f"{labels[x.change]} dokument: {x.title} ({x.doc_id})" for x in d]
        contact_lines = [f"Kontakt {x.name} ({x.contact_id}): "
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
                  refusal: Problem | None, *, trust_changes: tuple[str, ...] = ()
                  ) -> ImportPreview:
    """Compare the pack in ``head`` (read with its action card) with the ``active`` pack."""
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
                         trust_changes, tuple(new.empty_document_tabs()), new.news)


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
    """Contacts added, removed, and changed in phone number, dial note or status."""
    before = {c.id: c for c in old.contacts} if old else {}
    after = {c.id: c for c in new.contacts} if new else {}
    changes = [ContactChange(c.id, c.name, "added") for i, c in after.items() if i not in before]
    changes += [ContactChange(c.id, c.name, "removed") for i, c in before.items()
                if i not in after]
    for cid, c in after.items():
        if (o := before.get(cid)) is None:
            continue
        details = []
        if o.phone != c.phone:
            details.append(f"telefon {o.phone or '–'} → {c.phone or '–'}")
        if o.dial_note != c.dial_note:  # the choice that reaches the service ("knappval 9")
            details.append(f"knappval {o.dial_note or '–'} → {c.dial_note or '–'}")
        if o.status != c.status:
            details.append(f"status {_STATUS_SV[o.status]} → {_STATUS_SV[c.status]}")
        if o.verified != c.verified:
            details.append(f"kontrollerad {o.verified} → {c.verified}")
        if details:
            changes.append(ContactChange(cid, c.name, "changed", tuple(details)))
    return changes


def _sha(manifest: Manifest, path: str) -> str | None:
    entry = manifest.file_entry(path)
    return entry.sha256 if entry else None
