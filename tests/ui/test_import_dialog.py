"""Importera innehållspaket as a user meets it: what the pack is, what changes, and a safe install.

Real packs (the default pack's PDFs and action card) are archived and signed with a fresh key
for each test; the store's data directory and the policy file are temporary. Each test that
changes nothing asserts the data directory is exactly as before.
"""

from __future__ import annotations

import hashlib
import json
import struct
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from drawn import settled_problems
from pages import spoken
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QProgressBar, QTreeWidget

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.fsutil import FileLock
from kvinnofrid_desktop.core.install import archive
from kvinnofrid_desktop.core.install.active import resolve_active
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.install.signing import generate_keypair, sign_pack
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine
from kvinnofrid_desktop.ui.dialogs.import_pack import ImportDialog

DEFAULT = default_pack_dir()
V1, V2 = "2026-12-01", "2026-12-02"  # V1 is installed by the fixture; V2 is newer
PUBLISHER = "Länsstyrelsen Västmanland"
TIMEOUT = 30_000  # ms; an install opens every PDF with QtPdf


# --- building real packs ----------------------------------------------------------------------


def make_pack(root: Path, version: str, *, doc_ids: tuple[str, ...] = ("strategi",
              "pub-skyddat-boende"), files: dict[str, bytes] | None = None,
              card: dict[str, Any] | None = None, extra_docs: tuple[dict[str, Any], ...] = (),
              **manifest_fields: Any) -> Path:
    """A small real pack from the default pack's documents and action card; more documents
    (``extra_docs``, their files in ``files``) and manifest fields (``review_by``) as given."""
    base = json.loads((DEFAULT / "manifest.json").read_text(encoding="utf-8"))
    documents = [d for d in base["documents"] if d["id"] in doc_ids]
    content = {d["file"]: (DEFAULT / d["file"]).read_bytes() for d in documents}
    documents += extra_docs
    content["action_card.json"] = (DEFAULT / "action_card.json").read_bytes() if card is None \
        else json.dumps(card, ensure_ascii=False).encode("utf-8")
    content.update(files or {})
    entries = []
    for rel, data in sorted(content.items()):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
        entries.append({"path": rel, "bytes": len(data),
                        "sha256": hashlib.sha256(data).hexdigest()})
    manifest = {"format": 1, "id": base["id"], "version": version, "publisher": PUBLISHER,
                "created": "2026-11-30T08:00:00Z", "action_card": "action_card.json",
                "documents": documents, "files": entries, **manifest_fields}
    (root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2),
                                        encoding="utf-8")
    return root


def kvpack(tmp: Path, version: str, name: str | None = None, *, key: Path | None = None,
           **kw: Any) -> Path:
    """A ``.kvpack`` of ``make_pack``; signed with ``key`` when one is given."""
    name = name or version
    out = write_archive(make_pack(tmp / f"src-{name}", version, **kw), tmp / f"{name}.kvpack")
    if key is not None:
        sign_pack(out, key)
    return out


def default_card() -> dict[str, Any]:
    return json.loads((DEFAULT / "action_card.json").read_text(encoding="utf-8"))


def snapshot(data: Path) -> dict[str, bytes | None]:
    """Every path under the data directory; the pointer with its contents."""
    return {p.relative_to(data).as_posix(): p.read_bytes() if p.name == "active" else None
            for p in sorted(data.rglob("*"))}


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """V1 installed (unsigned, allowed explicitly); the county's key trusted by the policy."""
    data, policy = tmp_path / "data", tmp_path / "policy.json"
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(data))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(policy))
    key = tmp_path / "lan.key"
    generate_keypair(key, publisher=PUBLISHER)
    policy.write_text(json.dumps({"trusted_keys": ["lan.key.pub"]}), encoding="utf-8")
    PackStore().import_pack(kvpack(tmp_path, V1), allow_unsigned=True)
    return SimpleNamespace(tmp=tmp_path, data=data, policy=policy, key=key,
                           before=snapshot(data))


@pytest.fixture
def open_dialog(qtbot) -> Iterator[Callable[..., ImportDialog]]:
    """Open an ImportDialog and wait for its preview; its worker is stopped at the end."""
    opened: list[ImportDialog] = []

    def open_(path: Path, store: PackStore | None = None, **kw: Any) -> ImportDialog:
        dialog = ImportDialog(store or PackStore(), path, **kw)
        qtbot.addWidget(dialog)
        opened.append(dialog)
        dialog.show()
        # The preview, then the check of every file: only then is Installera offered.
        qtbot.waitUntil(lambda: dialog.phase() not in ("reading", "verifying"),
                        timeout=TIMEOUT)
        return dialog

    yield open_
    for dialog in opened:
        dialog.shutdown()


def tree_lines(tree: QTreeWidget) -> list[str]:
    lines = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        lines.append(group.text(0))
        lines += [group.child(j).text(0).strip() for j in range(group.childCount())]
    return lines


def click(qtbot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def assert_unchanged(env: SimpleNamespace) -> None:
    assert snapshot(env.data) == env.before
    assert resolve_active() == (env.data / "packs" / V1, None)


# --- a good pack ------------------------------------------------------------------------------


def test_a_signed_pack_shows_its_publisher_and_changes_and_installs(
        env: SimpleNamespace, open_dialog, qtbot) -> None:
    card = default_card()
    for contact in card["contacts"]:
        if contact["id"] == "arboga-vaxel":
            contact["phone"] = "0589-870 01"
    # Bytes after %%EOF: the same document, a different file – an "updated" document.
    strategi = (DEFAULT / "docs" / "strategi.pdf").read_bytes() + b"\n% ny utgava\n"
    kv = kvpack(env.tmp, V2, key=env.key, doc_ids=("strategi", "pub-samverkansplan"),
                files={"docs/strategi.pdf": strategi}, card=card)
    dialog = open_dialog(kv)

    assert dialog.phase() == "ready"
    assert dialog.signature_text.text() == "Verifierat av Länsstyrelsen Västmanland"
    assert dialog.version_value.text() == f"{V2} (installerat nu: {V1})"
    lines = tree_lines(dialog.changes)
    # This pack has no document for the Samverkansplan tab: said first.
    assert lines[:2] == ["Flikar som blir tomma: paketet har inget dokument för dem (1)",
                         "Samverkansplan"]
    assert lines[2:4] == ["Nya dokument (1)",
                          "Samverkansplan: Våld i nära relation och våld mot djur – sammanfattning"]
    assert "Uppdaterade dokument (1)" in lines and "Borttagna dokument (1)" in lines
    assert "Kvaliteten i skyddat boende – sammanfattning" in lines
    assert any(line.endswith("telefon 0589-870 00 → 0589-870 01") for line in lines)
    assert dialog.trust_box.isHidden() and dialog.downgrade_box.isHidden()
    assert dialog.install_button.isEnabled() and "Klart att installera" in dialog.state_text()
    assert not settled_problems(qtbot, dialog)

    formats: list[str] = []
    dialog.progress.valueChanged.connect(lambda _: formats.append(dialog.progress.format()))
    with qtbot.waitSignal(dialog.installed, timeout=TIMEOUT) as installed:
        click(qtbot, dialog.install_button)
        assert dialog.phase() == "installing" and not dialog.install_button.isEnabled()
    assert installed.args[0] is dialog.result_pack()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_pack().version == V2
    assert dialog.state_text() == f"Installerat: {PUBLISHER} {V2}"
    assert any(f.startswith("docs/") and f.endswith("– %p %") for f in formats)
    assert resolve_active() == (env.data / "packs" / V2, None)


def test_the_preview_says_which_tabs_would_be_empty(env: SimpleNamespace, open_dialog,
                                                    qtbot) -> None:
    kv = kvpack(env.tmp, V2, key=env.key, doc_ids=("pub-skyddat-boende",))
    dialog = open_dialog(kv)
    assert dialog.phase() == "ready"
    lines = tree_lines(dialog.changes)
    assert lines[:3] == ["Flikar som blir tomma: paketet har inget dokument för dem (2)",
                         "Strategi", "Samverkansplan"]
    assert not settled_problems(qtbot, dialog)
    # The command line's preview says it too.
    preview = PackStore().preview_import(kv)  # the policy trusts the key
    assert any(line.startswith("Varning: fliken Strategi blir tom") for line in preview.lines_sv())


def test_an_older_pack_needs_the_downgrade_box(env: SimpleNamespace, open_dialog, qtbot) -> None:
    on_main_thread: list[bool] = []

    def engine() -> QtPdfEngine:
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        return QtPdfEngine()

    dialog = open_dialog(kvpack(env.tmp, "2026-11-30", key=env.key), pdf_engine_factory=engine)
    assert not dialog.downgrade_box.isHidden() and dialog.trust_box.isHidden()
    assert not dialog.install_button.isEnabled()
    click(qtbot, dialog.downgrade_box)
    with qtbot.waitSignal(dialog.installed, timeout=TIMEOUT):
        click(qtbot, dialog.install_button)
    assert resolve_active()[0] == env.data / "packs" / "2026-11-30"
    # The check before Installera and the install each open the PDFs, never on the GUI thread
    # (QPdfDocument objects must not cross threads).
    assert on_main_thread == [False, False]


# --- unsigned packs ---------------------------------------------------------------------------


def test_an_unsigned_pack_needs_the_trust_box_and_works_by_keyboard(
        env: SimpleNamespace, open_dialog, qtbot) -> None:
    dialog = open_dialog(kvpack(env.tmp, V2))
    assert dialog.signature_text.text() == "Osignerat paket"
    assert not dialog.trust_box.isHidden() and not dialog.install_button.isEnabled()
    assert "Bekräfta" in dialog.state_text()
    qtbot.keyClick(dialog.trust_box, Qt.Key.Key_Space)
    assert dialog.trust_box.isChecked() and dialog.install_button.isEnabled()
    with qtbot.waitSignal(dialog.installed, timeout=TIMEOUT):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button: Installera
    assert resolve_active()[0] == env.data / "packs" / V2
    controls = [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QTreeWidget),
                *dialog.findChildren(QProgressBar)]
    assert [c for c in controls if not c.accessibleName()] == []


@pytest.mark.parametrize("text_scale", [3.0], indirect=True)
def test_on_a_low_screen_the_preview_scrolls_and_installera_stays_in_view(
        env: SimpleNamespace, open_dialog, qtbot, text_scale) -> None:
    """At 200 % on a 1280 × 720 screen (360 px of free height) the dialog was 425 px high and
    could not be made lower (the list of changes held at eight lines): Installera and Avbryt
    were below the screen's edge. The preview scrolls; the buttons stay in view."""
    from drawn import off_screen_problems, settled_problems

    dialog = open_dialog(kvpack(env.tmp, V2))
    assert dialog.phase() == "ready"
    problems = settled_problems(qtbot, dialog, also=lambda: off_screen_problems(dialog))
    assert not problems, "\n".join(problems)
    assert dialog.body.verticalScrollBar().maximum() > 0  # lower than the preview: it scrolls
    assert dialog.install_button.isVisible()


def test_the_administrator_can_forbid_unsigned_packs(env: SimpleNamespace, open_dialog,
                                                     qtbot) -> None:
    env.policy.write_text(json.dumps({"allow_unsigned": False}), encoding="utf-8")
    dialog = open_dialog(kvpack(env.tmp, V2))
    assert dialog.phase() == "refused" and dialog.trust_box.isHidden()
    assert "administratören tillåter inte osignerade paket" in dialog.state_text()
    assert_unchanged(env)


# --- refusals and failures: nothing changes ---------------------------------------------------


def changed_after_signing(env: SimpleNamespace) -> Path:
    """An archive of a signed pack whose manifest was changed after signing."""
    src = make_pack(env.tmp / "src", V2)
    sign_pack(src, env.key)
    manifest = src / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b"Kvinnofrid", b"Kvinnofrie", 1))
    return write_archive(src, env.tmp / "andrad.kvpack")


def test_a_pack_changed_after_signing_is_refused_with_only_a_close_button(
        env: SimpleNamespace, open_dialog, qtbot) -> None:
    dialog = open_dialog(changed_after_signing(env))

    assert dialog.phase() == "refused"
    assert dialog.signature_text.text() == "Ogiltig signatur – paketet kan ha ändrats"
    text = dialog.state_text()
    assert text.startswith("Paketet kan inte installeras.")
    assert "ändrats efter att det signerades" in text and "(fil: manifest.sig)." in text
    assert text.endswith("Det installerade innehållet är oförändrat.")
    assert dialog.install_button.isHidden() and dialog.changes_box.isHidden()
    assert dialog.cancel_button.text().replace("&", "") == "Stäng"
    click(qtbot, dialog.cancel_button)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert_unchanged(env)


def test_a_retired_key_is_said_without_command_line_options(env: SimpleNamespace,
                                                              open_dialog) -> None:
    """The core's refusal ends "inte heller med --trust-key": a command-line option, not what
    a user of the window can do. The dialog says it plainly, with what to do."""
    from kvinnofrid_desktop.core.pack.problems import Problem

    dialog = open_dialog(changed_after_signing(env))
    said = dialog._reasons([Problem(
        "signature.retired_key", "manifest.sig", None,
        "paketet är signerat med nyckeln abc, som utgivaren har dragit tillbaka. Paket "
        "signerade med den tas aldrig emot, inte heller med --trust-key; hämta ett paket "
        "signerat med utgivarens nya nyckel.")])
    assert "--" not in said
    assert said.startswith("Paketet är signerat med en nyckel som utgivaren har dragit "
                           "tillbaka. Hämta ett nytt paket från utgivaren")


@pytest.mark.parametrize("newer", ["card key", "card format", "manifest key"])
def test_a_pack_from_a_newer_program_says_to_update_the_program_first(
        env: SimpleNamespace, open_dialog, newer: str) -> None:
    """Walk-through (upgrade) defect 3: a signed pack that a newer program built was refused
    with "Okänt fält (stavfel eller nyare format?)" and "Paketet är skadat"; nothing said that
    the program needs an update. It is still refused, and nothing is installed."""
    card, fields = default_card(), {}
    if newer == "card key":
        card["contacts"][0]["languages"] = ["sv", "en"]
    elif newer == "card format":
        card["format"] = 2
    else:
        fields = {"requires": "2.0"}
    src = make_pack(env.tmp / "src", V2, card=card, **fields)
    if not fields:  # this build's signing refuses a manifest it cannot read: left unsigned
        sign_pack(src, env.key)
    archive = env.tmp / "nyare.kvpack"
    with zipfile.ZipFile(archive, "w") as zf:  # as the newer program packs it: manifest first
        for name in ["manifest.json", *(["manifest.sig"] if not fields else []), *sorted(
                p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file()
                and p.name not in ("manifest.json", "manifest.sig"))]:
            zf.write(src / name, name)
    dialog = open_dialog(archive)
    assert dialog.phase() == "refused"
    text = dialog.state_text()
    assert text.startswith("Paketet är gjort för en nyare version av programmet – uppdatera "
                           "programmet först.")
    assert "Installera den nyare versionen av programmet" in text
    assert text.endswith("Det installerade innehållet är oförändrat.")
    for wrong in ("skadat", "stavfel", "Okänt fält", "Hämta en ny kopia"):
        assert wrong not in text
    file = "manifest.json" if newer == "manifest key" else "action_card.json"
    assert f"Filen {file} i paketet" in text
    if newer != "card format":
        assert ("requires" if newer == "manifest key" else ".languages") in text
    assert dialog.signature_text.text() == "Inte installerat – se meddelandet nedan"
    assert dialog.install_button.isHidden()
    dialog.grab().save(str(env.tmp / f"nyare-{newer.replace(' ', '-')}.png"))
    assert_unchanged(env)


def test_a_screen_reader_reads_each_value_with_its_field(env: SimpleNamespace, open_dialog,
                                                         announced: list[str]) -> None:
    """The values were named "Utgivare", "Version", "Skapat", "Orsak": a label with a name
    is read by that name alone, so the publisher, the version installed now and the reason
    for the refusal were never read."""
    dialog = open_dialog(kvpack(env.tmp, V2, key=env.key))
    assert spoken(dialog.publisher_value) == f"Utgivare: {PUBLISHER}"
    assert spoken(dialog.version_value) == f"Version: {V2} (installerat nu: {V1})"
    assert spoken(dialog.created_value) == f"Skapat: {dialog.created_value.text()}"
    assert dialog.created_value.text()
    assert spoken(dialog.signature_text) == f"Signatur: Verifierat av {PUBLISHER}"
    assert spoken(dialog.status) == "Klart att installera."

    refused = open_dialog(changed_after_signing(env))
    assert refused.phase() == "refused"
    assert spoken(refused.message_title) == "Paketet kan inte installeras."
    assert "ändrats efter att det signerades" in spoken(refused.message_body)
    assert spoken(refused.message_body) == refused.message_body.text()


def test_with_the_trust_file_damaged_the_signature_is_not_called_verified(
        env: SimpleNamespace, open_dialog) -> None:
    """trust.json unreadable: every import is refused, since a key may have been retired. The
    dialog still showed "Verifierat av Länsstyrelsen Västmanland" above that refusal."""
    (env.data / "trust.json").write_text("{trasig", encoding="utf-8")
    env.before = snapshot(env.data)
    dialog = open_dialog(kvpack(env.tmp, V2, key=env.key))

    assert dialog.phase() == "refused"
    assert dialog.signature_text.text() == ("Signaturen kan inte bedömas – listan över "
                                            "tillbakadragna nycklar kan inte läsas")
    assert "Verifierat" not in dialog.signature_icon.accessibleName()
    assert dialog.install_button.isHidden()
    assert_unchanged(env)


def test_a_file_that_is_no_pack_is_refused(env: SimpleNamespace, open_dialog) -> None:
    bad = env.tmp / "semester.kvpack"
    bad.write_bytes(b"%PDF-1.7 inget arkiv\n" * 40)
    dialog = open_dialog(bad)
    assert dialog.phase() == "refused" and dialog.facts.isHidden()
    assert "Filen är inget innehållspaket" in dialog.state_text()
    assert "fil:" not in dialog.state_text()  # the archive's name is shown once, above
    assert_unchanged(env)


def rezip(kv: Path, out: Path, *, drop: str = "",
          add: tuple[str, bytes] | None = None) -> Path:
    """``kv``'s members again, ``drop`` left out and ``add`` added at the end."""
    with zipfile.ZipFile(kv) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != drop:
                dst.writestr(info.filename, src.read(info))
        if add is not None:
            dst.writestr(*add)
    return out


def _damaged_directory(env: SimpleNamespace) -> Path:
    data = bytearray(kvpack(env.tmp, V2).read_bytes())
    at = data.rfind(b"PK\x05\x06")
    (offset,) = struct.unpack_from("<I", data, at + 16)
    data[offset:offset + 4] = b"XXXX"  # zipfile: "Bad magic number for central directory"
    (env.tmp / "trasig.kvpack").write_bytes(bytes(data))
    return env.tmp / "trasig.kvpack"


def _folder(env: SimpleNamespace) -> Path:
    (env.tmp / "paket.kvpack").mkdir()
    return env.tmp / "paket.kvpack"


@pytest.mark.parametrize(("build", "says", "new_copy"), [
    (lambda env: rezip(kvpack(env.tmp, V2), env.tmp / "saknas.kvpack",
                       drop="action_card.json"),
     "Filen action_card.json saknas i paketet", True),
    (lambda env: rezip(kvpack(env.tmp, V2), env.tmp / "ut.kvpack",
                       add=("../utanfor.txt", b"x")),
     "Paketet innehåller något som ett innehållspaket aldrig innehåller (../utanfor.txt), så "
     "filen är skadad eller inget riktigt innehållspaket", True),
    (lambda env: kvpack(env.tmp, V2, files={"data/noll.bin": bytes(3_000_000)}),
     "kB till 3,0 MB, mycket mer än något innehållspaket", True),  # the packed size: zlib's
    (_damaged_directory, "Filen är skadad: förteckningen över vad den innehåller kan inte "
     "läsas", True),
    (_folder, "Det här är en mapp, inte ett innehållspaket. Ett innehållspaket är en enda fil "
     "vars namn slutar på .kvpack: välj den i stället", False),
], ids=["missing file", "path out of the pack", "zip bomb", "damaged directory", "a folder"])
def test_a_refused_archive_is_said_plainly_with_what_to_do(
        env: SimpleNamespace, open_dialog, build: Callable[[SimpleNamespace], Path], says: str,
        new_copy: bool) -> None:
    """The core's words are for the command line: "sökvägen '../evil.txt' innehåller '..'",
    "Packas upp från 305761 till 314572800 byte", "(Bad magic number for central directory)",
    "gör ett arkiv av den med 'kvinnofrid-desktop pack archive'"; a missing file got no advice."""
    dialog = open_dialog(build(env))
    assert dialog.phase() == "refused"
    text = dialog.state_text()
    assert says in text
    assert ("Hämta en ny kopia av paketet från utgivaren." in text) == new_copy
    for developer_words in ("innehåller '..'", " byte", "zip-bomb", "Bad magic", "pack archive",
                            "kvinnofrid-desktop", "manifestet", "arkivet"):
        assert developer_words not in text
    assert text.endswith("Det installerade innehållet är oförändrat.")
    assert_unchanged(env)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_an_empty_manifest_names_what_is_missing(env: SimpleNamespace, open_dialog,
                                                 language: str) -> None:
    """A manifest.json of "{}" was refused with "Saknas (fil: manifest.json)." three times
    (in English "…(in detail, in Swedish: saknas) (file: manifest.json).") and "… och 4
    problem till": nobody could tell what was missing."""
    from language import interface_language

    empty = env.tmp / "tom.kvpack"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("manifest.json", "{}")
    with interface_language(language):
        dialog = open_dialog(empty)
        assert dialog.phase() == "refused"
        lines = [line for line in dialog.message_body.text().splitlines() if line]
    assert len(lines) == len(set(lines)), lines  # no line said twice
    said = "\n".join(lines)
    # Every missing field is named, in plain words with the field the file lacks.
    for field in ("format", "id", "version", "publisher", "created", "files", "documents"):
        assert field in said, field
    assert "manifest.json" in said
    assert not said.startswith("Saknas") and "in Swedish: saknas" not in said
    assert "problem till" not in said and "more problem" not in said
    if language == "sv":
        assert lines[0] == ("Uppgifterna formatversion (format), id, version, utgivare "
                            "(publisher), datum då paketet gjordes (created), lista över "
                            "filer (files) och lista över dokument (documents) saknas "
                            "(fil: manifest.json).")
    assert_unchanged(env)


def flip_byte(kv: Path, member: str, offset: int = 200) -> None:
    """Flip one bit of a byte inside ``member``'s data in the archive ``kv``: the manifest and
    its signature stay intact, as on a USB stick that lost one bit."""
    data = bytearray(kv.read_bytes())
    with zipfile.ZipFile(kv) as zf:
        header = zf.getinfo(member).header_offset
    name_length, extra_length = struct.unpack_from("<2H", data, header + 26)
    data[header + 30 + name_length + extra_length + offset] ^= 0x01
    kv.write_bytes(bytes(data))


def visible_texts(dialog: ImportDialog) -> list[str]:
    """Every text the user can see in the dialog: labels, and the icons' spoken names."""
    return [t for label in dialog.findChildren(QLabel) if label.isVisible()
            for t in (label.text(), label.accessibleName()) if t]


SEARCH_INDEX = hashlib.sha256(b"sokindex").digest() * 2048  # 64 kB that deflate cannot shrink


@pytest.mark.parametrize(("member", "says"), [
    ("docs/strategi.pdf", "Dokumentet ”Strategi för myndighetssamverkan om mäns våld mot "
     "kvinnor och våld i nära relationer – sammanställning” (filen docs/strategi.pdf) är "
     "skadat"),
    ("search.sqlite", "Filen search.sqlite i paketet är skadad"),
])
def test_an_archive_with_a_damaged_file_is_refused_before_installera(
        env: SimpleNamespace, open_dialog, qtbot, member: str, says: str) -> None:
    """One flipped byte in a PDF or the search index: the dialog said "Verifierat … Klart att
    installera" and failed only after Installera. Now every file is checked first (as `pack
    verify` checks it) and the damaged one is named before Installera is offered."""
    kv = kvpack(env.tmp, V2, key=env.key, files={"search.sqlite": SEARCH_INDEX})
    flip_byte(kv, member)
    dialog = open_dialog(kv)

    assert dialog.phase() == "refused"
    text = dialog.state_text()
    assert text.startswith("Paketet är skadat och kan inte installeras.")
    assert says in text and "Hämta en ny kopia av paketet från utgivaren." in text
    assert text.endswith("Det installerade innehållet är oförändrat.")
    assert not dialog.install_button.isEnabled() and dialog.install_button.isHidden()
    assert not [t for t in visible_texts(dialog) if "Verifierat" in t or "Klart att" in t]
    assert dialog.signature_text.text() == "Ej verifierat – paketet är skadat"
    assert dialog.cancel_button.text().replace("&", "") == "Stäng"
    assert not settled_problems(qtbot, dialog)
    assert_unchanged(env)


def test_installera_waits_for_the_check_of_every_file(
        env: SimpleNamespace, open_dialog, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """While the files are checked the progress shows which one, and Installera is not
    offered; a sound pack then says "Klart att installera"."""
    kv = kvpack(env.tmp, V2, key=env.key)
    gate = threading.Event()
    real = archive.write_chunk

    def held(fh: Any, data: bytes) -> None:  # the check's unpacking waits here
        gate.wait(TIMEOUT / 1000)
        real(fh, data)

    monkeypatch.setattr(archive, "write_chunk", held)
    dialog = ImportDialog(PackStore(), kv)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        qtbot.waitUntil(lambda: dialog.phase() == "verifying", timeout=TIMEOUT)
        assert dialog.progress.isVisible() and "Kontrollerar" in dialog.state_text()
        assert not dialog.install_button.isEnabled()
        click(qtbot, dialog.install_button)
        assert dialog.phase() == "verifying"
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.phase() == "ready", timeout=TIMEOUT)
    assert dialog.install_button.isEnabled() and "Klart att installera" in dialog.state_text()
    assert dialog.progress.isHidden()
    dialog.shutdown()
    assert_unchanged(env)


def test_after_a_failed_install_verifierat_is_not_shown_beside_the_failure(
        env: SimpleNamespace, open_dialog, qtbot) -> None:
    """The file changes after the check (the USB stick is pulled and put back with another
    copy): the install fails, and the green "Verifierat av …" no longer stands beside it."""
    kv = kvpack(env.tmp, V2, key=env.key)
    dialog = open_dialog(kv)
    assert dialog.phase() == "ready"
    assert dialog.signature_text.text().startswith("Verifierat av")  # the check passed
    flip_byte(kv, "docs/strategi.pdf")
    click(qtbot, dialog.install_button)
    qtbot.waitUntil(lambda: dialog.phase() == "failed", timeout=TIMEOUT)
    text = dialog.state_text()
    assert text.startswith("Installationen misslyckades.")
    assert "(filen docs/strategi.pdf) är skadat" in text or \
        "Filen docs/strategi.pdf i paketet är skadad" in text
    assert "oförändrat" in text
    assert not [t for t in visible_texts(dialog) if "Verifierat" in t]
    assert dialog.signature_text.text() == "Ej verifierat – paketet är skadat"
    assert dialog.isVisible() and dialog.install_button.isHidden()
    assert not dialog.install_button.isEnabled()
    assert_unchanged(env)


def test_cancel_during_the_install_leaves_the_store_unchanged(
        env: SimpleNamespace, open_dialog, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    kv = kvpack(env.tmp, V2, key=env.key)
    dialog = open_dialog(kv)  # before the patch: signing and the check unpack, too
    gate = threading.Event()
    real = archive.write_chunk

    def held(fh: Any, data: bytes) -> None:  # the worker waits here until the user cancelled
        gate.wait(TIMEOUT / 1000)
        real(fh, data)

    monkeypatch.setattr(archive, "write_chunk", held)
    click(qtbot, dialog.install_button)
    assert dialog.phase() == "installing"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc is "Avbryt", as the button is
    assert dialog.isVisible() and "Avbryter" in dialog.state_text()
    assert not dialog.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: dialog.phase() == "cancelled", timeout=TIMEOUT)
    assert dialog.state_text() == ("Installationen avbröts.\n"
                                   "Det installerade innehållet är oförändrat.")
    assert dialog.result_pack() is None
    assert_unchanged(env)


def test_another_importer_holding_the_lock_is_reported_as_busy(
        env: SimpleNamespace, open_dialog, qtbot) -> None:
    other = FileLock(env.data / "lock")
    other.acquire(timeout=0)  # "another program" installing right now
    try:
        dialog = open_dialog(kvpack(env.tmp, V2, key=env.key), PackStore(lock_timeout=0))
        click(qtbot, dialog.install_button)
        qtbot.waitUntil(lambda: dialog.phase() == "failed", timeout=TIMEOUT)
    finally:
        other.release()
    assert dialog.state_text().startswith(
        "Ett annat program installerar ett innehållspaket just nu. Försök igen om en stund.")
    # Nothing is wrong with the pack, but it was not installed: no green "Verifierat" beside it.
    assert not [t for t in visible_texts(dialog) if "Verifierat" in t]
    assert dialog.signature_text.text() == "Inte installerat – se meddelandet nedan"
    assert_unchanged(env)


def test_the_preview_shows_what_is_new_and_which_documents_cannot_be_searched(
        env: SimpleNamespace, open_dialog, qtbot, scanned_pack: Path) -> None:
    """The pack's news was printed by `pack import` but never shown here; a scanned PDF was
    listed as an ordinary new document, though the search will never find its words."""
    scanned = json.loads((scanned_pack / "manifest.json").read_text(encoding="utf-8"))
    doc = next(d for d in scanned["documents"] if d["id"] == "inskannad")
    news = "Nya rutiner från kommunerna. " * 30  # longer than the box: it scrolls
    kv = kvpack(env.tmp, V2, key=env.key, extra_docs=(doc,), news=news.strip(),
                search_index="search.sqlite",
                files={f: (scanned_pack / f).read_bytes()
                       for f in ("docs/inskannad.pdf", "search.sqlite")})
    dialog = open_dialog(kv)
    assert dialog.phase() == "ready"
    assert dialog.news_value.text() == news.strip() and dialog.news_scroll.isVisible()
    assert spoken(dialog.news_value) == f"Vad är nytt: {news.strip()}"
    # Wrapped to the dialog's width, never cut at its edge; the box scrolls to the rest.
    assert dialog.news_value.width() <= dialog.news_scroll.viewport().width()
    assert dialog.news_scroll.height() < dialog.news_value.heightForWidth(
        dialog.news_value.width())
    lines = tree_lines(dialog.changes)
    group = "Dokument som inte går att söka i (PDF:en har ingen text, inskannad?) (1)"
    assert lines[lines.index(group) + 1] == "Rutin vid hedersrelaterat våld Köping"
    assert "Strategi för samverkan" not in lines[lines.index(group):]
    assert not settled_problems(qtbot, dialog)
    assert "Går inte att söka i (PDF:en har ingen text, inskannad?): Rutin vid " \
        "hedersrelaterat våld Köping" in PackStore().preview_import(kv).lines_sv()


def test_a_pack_without_news_shows_no_empty_row(env: SimpleNamespace, open_dialog) -> None:
    dialog = open_dialog(kvpack(env.tmp, V2, key=env.key))
    assert dialog.phase() == "ready" and not dialog.news_scroll.isVisible()
