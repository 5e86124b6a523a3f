"""The verification round and publishing from the editor's core (issue 20), without a window.

Publishing runs the real ``pack build``, ``pack sign`` and ``pack archive`` code and the
result is read back by the store's import preview, as every workstation will read it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
from pathlib import Path

import pytest

from kvinnofrid_desktop.core.authoring.new_source import create_from_pack
from kvinnofrid_desktop.core.authoring.publish import (
    NotSaved,
    build,
    check_version,
    default_version,
    new_release,
    newest_version,
    pack_diff,
    record_release,
    sign_and_archive,
    snapshot,
)
from kvinnofrid_desktop.core.authoring.source_folder import FieldError, SourceFolder
from kvinnofrid_desktop.core.authoring.verification import (
    CONFIRM,
    apply_change,
    read_sheet,
    sheet_csv,
    sheet_rows,
    write_sheet_csv,
)
from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.install.signing import generate_keypair, load_public_key
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.problems import PackError
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

# The PDF engine needs a Qt application; made as the suite's QApplication (a bare
# QCoreApplication here would stop every later widget test).
pytestmark = pytest.mark.usefixtures("qapp")

TODAY = dt.date(2026, 12, 4)


@pytest.fixture
def folder(tmp_path: Path) -> SourceFolder:
    return SourceFolder.open(create_from_pack(default_pack_dir(), tmp_path / "src"))


def rows_of(text: str, delimiter: str = ";") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def test_the_sheet_lists_the_municipalitys_contacts_and_the_county_ones(
        folder: SourceFolder) -> None:
    ids = [r.contact_id for r in sheet_rows(folder, "Fagersta")]
    assert ids[:4] == ["fagersta-orosanmalan-barn", "fagersta-orosanmalan-vuxna",
                       "fagersta-vaxel", "fagersta-socialjour"]
    assert "socialjour-vastmanland" in ids and "sala-vaxel" not in ids
    assert "nod-112" not in ids  # national lines need no municipality to confirm them
    rows = rows_of(sheet_csv(folder, "Fagersta"))
    vaxel = next(r for r in rows if r["id"] == "fagersta-vaxel")
    assert (vaxel["Kommun"], vaxel["Telefon"], vaxel["Status"], vaxel["Roll"]) == \
        ("Fagersta", "0223-440 00", "bekräftad", "Växel")  # the card's word
    assert vaxel[CONFIRM] == ""
    with pytest.raises(PackError):
        sheet_rows(folder, "Uppsala")


def fill_in(path: Path, answers: dict[str, dict[str, str]], delimiter: str = ";") -> None:
    """What a municipality does with the sheet in Excel: fill in cells, save as CSV."""
    rows = rows_of(path.read_text(encoding="utf-8-sig"))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    for row in rows:
        row.update(answers.get(row["id"], {}))
        writer.writerow(row)
    path.write_text(out.getvalue(), encoding="utf-8-sig")


@pytest.mark.parametrize("delimiter", [";", ","])
def test_a_returned_sheet_becomes_changes_to_approve(folder: SourceFolder, tmp_path: Path,
                                                     delimiter: str) -> None:
    sheet = write_sheet_csv(folder, "Fagersta", tmp_path / "fagersta.csv")
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel's UTF-8 mark
    fill_in(sheet, {
        "fagersta-vaxel": {"Telefon": "0223-441 00", CONFIRM: "ja", "Ifyllt av": "Eva"},
        "fagersta-socialjour": {"Telefon": "ring växeln", "Rättelse eller kommentar":
                                "Jouren nås via växeln"},
        "fagersta-orosanmalan-barn": {CONFIRM: "nej"},
    }, delimiter)
    before = folder.card_text()
    reading = read_sheet(folder, sheet, today=TODAY)
    assert before == folder.card_text()  # reading changes nothing
    assert reading.municipality == "Fagersta"
    described = [c.describe_sv() for c in reading.changes]
    vaxel_name = folder.contact("fagersta-vaxel")["name"]
    jour_name = folder.contact("fagersta-socialjour")["name"]
    assert described == [
        f"{vaxel_name}: telefon 0223-440 00 → 0223-441 00",
        f"{vaxel_name}: bekräftad (2026-12-04)",
        f"{jour_name}: telefon – → ring växeln",
    ]
    bad = next(c for c in reading.changes if c.new == "ring växeln")
    assert "telefonnummer" in (bad.problem or "")
    # A "nej" with no correction is told to the coordinator, not dropped.
    assert reading.comments == (
        (folder.contact("fagersta-orosanmalan-barn")["name"],
         "kommunen svarade ”nej” men skrev ingen rättelse; fråga kommunen vad som är fel"),
        (folder.contact("fagersta-socialjour")["name"], "Jouren nås via växeln"))
    for change in reading.changes:
        if change.problem is None:
            apply_change(folder, change, TODAY)
        else:
            with pytest.raises(FieldError):
                apply_change(folder, change, TODAY)
    vaxel = folder.contact("fagersta-vaxel")
    assert (vaxel["phone"], vaxel["verified"], vaxel["status"]) == \
        ("0223-441 00", "2026-12-04", "verified")
    assert folder.contact("fagersta-socialjour")["phone"] is None


def test_a_correction_taken_from_the_sheet_is_dated_as_checked_that_day(
        folder: SourceFolder, tmp_path: Path) -> None:
    # The municipality writes its new number and does not tick "Stämmer": the coordinator read
    # it today, so that is when the entry was checked (the date the source was read).
    sheet = write_sheet_csv(folder, "Fagersta", tmp_path / "fagersta.csv")
    fill_in(sheet, {
        "fagersta-vaxel": {"Telefon": "0223-441 00"},
        "fagersta-socialjour": {"Telefon": "ring växeln"},  # refused: no number
        "fagersta-orosanmalan-barn": {"Rättelse eller kommentar": "Stämmer nog"},
    })
    before = {c["id"]: dict(c) for c in folder.contacts()}
    assert before["fagersta-vaxel"]["verified"] < TODAY.isoformat()
    reading = read_sheet(folder, sheet, today=TODAY)
    for change in reading.changes:
        if change.problem is None:
            apply_change(folder, change, TODAY)
    vaxel = folder.contact("fagersta-vaxel")
    assert (vaxel["phone"], vaxel["verified"], vaxel["status"]) == \
        ("0223-441 00", TODAY.isoformat(), before["fagersta-vaxel"]["status"])
    # Nothing taken, nothing dated: a refused number, a comment alone.
    for cid in ("fagersta-socialjour", "fagersta-orosanmalan-barn"):
        assert folder.contact(cid) == before[cid]


def test_a_sheet_with_unknown_rows_or_no_id_column(folder: SourceFolder, tmp_path: Path) -> None:
    sheet = tmp_path / "x.csv"
    sheet.write_text("id;Telefon\nfinns-inte;021-10 00 00\n", encoding="utf-8")
    reading = read_sheet(folder, sheet, today=TODAY)
    assert reading.changes == () and "finns-inte" in reading.problems[0]
    sheet.write_text("namn;telefon\n", encoding="utf-8")
    with pytest.raises(PackError, match="kontrollblad"):
        read_sheet(folder, sheet, today=TODAY)


def test_versions() -> None:
    assert default_version("2026-11-26", TODAY) == "2026-12-04"
    assert default_version("2026-12-04", TODAY) == "2026-12-04.1"
    assert default_version("2026-12-04.1", TODAY) == "2026-12-04.2"
    # A pack of a later day than today (another machine's clock): that day's next number,
    # never today's date, which check_version refuses.
    for later in ("2026-12-15", "2026-12-15.1", "2026-12-15.999"):
        suggested = default_version(later, TODAY)
        assert check_version(suggested, later) is None, (later, suggested)
    assert default_version("2026-12-15", TODAY) == "2026-12-15.1"
    assert default_version("2026-12-15.1", TODAY) == "2026-12-15.2"
    assert default_version("2026-12-15.999", TODAY) == "2026-12-16"
    assert check_version("2026-12-04", "2026-12-04") is not None
    assert check_version("4 dec", None) is not None
    assert check_version("2026-12-04.1", "2026-12-04") is None
    # Newer than both the folder's last published version and this machine's pack.
    assert newest_version("2026-11-26", "2026-12-01") == "2026-12-01"
    assert newest_version("2026-12-03", "2026-12-01") == "2026-12-03"
    assert newest_version("2026-12-01", "2026-12-01.2") == "2026-12-01.2"
    assert newest_version(None, "") is None and newest_version(None, "2026-11-26") == "2026-11-26"


def test_publish_builds_signs_and_archives_what_every_workstation_imports(
        folder: SourceFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    key = tmp_path / "lan.key"
    generate_keypair(key, publisher="Länsstyrelsen Västmanland", passphrase="rätt fras")
    folder.set_contact_field("sala-socialjour", "phone", "0224-555 00", TODAY)
    folder.stamp_verified("sala-socialjour", TODAY)
    with pytest.raises(FieldError, match="nyare"):
        new_release("2026-11-26", "", previous="2026-11-26")
    release = new_release("2026-12-04", "Nytt nummer till socialjouren i Sala.", "2026-11-26")
    on_disk = {p: p.read_bytes() for p in folder.root.rglob("*") if p.is_file()}
    staged = snapshot(folder, release).write(tmp_path / "kalla")
    out = tmp_path / "byggt"
    engine = QtPdfEngine()
    report, problems = build(staged, out, engine=engine)
    assert problems == [] and report.documents == 8
    # Building wrote nothing into the source folder: the edits are unsaved still, and the
    # version is the old one until the pack is published.
    assert {p: p.read_bytes() for p in folder.root.rglob("*") if p.is_file()} == on_disk
    assert folder.dirty and folder.pack_field("version") != "2026-12-04"
    assert Pack.open(out).manifest.version == "2026-12-04"
    diff = pack_diff(default_pack_dir(), out)
    # The printed card is rendered from the card data, so it follows the number.
    assert [(d.doc_id, d.change) for d in diff.documents] == [("atgardskort", "updated")]
    sala = next(c for c in diff.contacts if c.contact_id == "sala-socialjour")
    assert sala.details == ("telefon 021-39 20 66 → 0224-555 00",
                            "kontrollerad 2026-11-26 → 2026-12-04")
    with pytest.raises(PackError) as wrong:
        sign_and_archive(out, key, "fel fras", tmp_path / "paket.kvpack")
    assert wrong.value.code == "key.passphrase_wrong"
    assert not (tmp_path / "paket.kvpack").exists()
    shutil.rmtree(out)
    build(staged, out, engine=engine)
    state = sign_and_archive(out, key, "rätt fras", tmp_path / "paket.kvpack")
    record_release(folder, release)  # published: the folder records it and is saved
    folder.save()
    saved = SourceFolder.open(folder.root)
    assert saved.pack_field("version") == "2026-12-04"
    assert saved.pack_field("news") == "Nytt nummer till socialjouren i Sala."
    assert saved.pack_field("created") == release.created  # a rebuild gives the same pack
    assert saved.contact("sala-socialjour")["phone"] == "0224-555 00"
    assert state.publisher == "Länsstyrelsen Västmanland"
    store = PackStore()
    preview = store.preview_import(tmp_path / "paket.kvpack",
                                   trust_keys=[Path(f"{key}.pub")])
    assert preview.refusal is None and preview.signature.status == "verified"
    assert preview.news == "Nytt nummer till socialjouren i Sala."
    assert any("Nytt i den här versionen: Nytt nummer" in line for line in preview.lines_sv())
    assert load_public_key(Path(f"{key}.pub")).key_id == state.key_id


def test_pack_keygen_and_sign_with_a_passphrase_on_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass

    from kvinnofrid_desktop.cli.pack import main as pack_main

    answers = iter(["min fras", "min fras", "min fras"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    key = tmp_path / "lan.key"
    assert pack_main(["keygen", str(key), "--passphrase"]) == 0
    assert "Encryption:" in key.read_text(encoding="utf-8")
    pack = tmp_path / "pack"
    shutil.copytree(default_pack_dir(), pack)
    assert pack_main(["sign", str(pack), "--key", str(key)]) == 0
    assert (pack / "manifest.sig").is_file()
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "fel")
    assert pack_main(["sign", str(pack), "--key", str(key)]) == 1


def test_no_passphrase_typed_ends_with_a_message_not_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import getpass
    import subprocess
    import sys

    from kvinnofrid_desktop.cli.pack import main as pack_main

    # No terminal and nothing on standard input (Ctrl+D): getpass meets the end of input.
    key = tmp_path / "lan.key"
    done = subprocess.run(
        [sys.executable, "-m", "kvinnofrid_desktop", "pack", "keygen", str(key), "--passphrase"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
        start_new_session=True)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    # getpass would have read it from standard input, visibly, after an English warning.
    assert (f"{key}: lösenfrasen kan bara skrivas in i en terminal, där den inte syns; ingen "
            "nyckel skapades [key.passphrase_missing]") in done.stderr
    assert "Warning" not in done.stderr and "GetPassWarning" not in done.stderr
    assert not key.exists() and not Path(f"{key}.pub").exists()

    # Ctrl+C at the prompt of a key that needs one: nothing is signed.
    answers = iter(["fras i terminalen", "fras i terminalen"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    assert pack_main(["keygen", str(key), "--passphrase"]) == 0
    pack = tmp_path / "pack"
    shutil.copytree(default_pack_dir(), pack)

    def interrupted(prompt: str = "") -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(getpass, "getpass", interrupted)
    capsys.readouterr()
    assert pack_main(["sign", str(pack), "--key", str(key)]) == 1
    assert "ingen lösenfras angavs; inget signerades [key.passphrase_missing]" in \
        capsys.readouterr().err
    assert not (pack / "manifest.sig").exists()


def test_a_short_passphrase_is_refused_and_rotate_key_asks_for_a_protected_key_s(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """keygen took "abc"; rotate-key with a protected key said "ange den" (give it) and had no
    way to: it now asks, as 'pack sign' does."""
    import getpass

    from kvinnofrid_desktop.cli.pack import main as pack_main
    from kvinnofrid_desktop.core.install.rotation import ROTATION_PATH

    key = tmp_path / "lan.key"
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "abc")
    assert pack_main(["keygen", str(key), "--passphrase"]) == 1
    assert "lösenfrasen behöver minst 8 tecken; ingen nyckel skapades" in capsys.readouterr().err
    assert not key.exists()
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "en lång fras")
    assert pack_main(["keygen", str(key), "--passphrase"]) == 0
    assert pack_main(["keygen", str(tmp_path / "ny.key")]) == 0
    pack = tmp_path / "pack"
    shutil.copytree(default_pack_dir(), pack)
    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or
                        "en lång fras")
    assert pack_main(["rotate-key", str(pack), "--old-key", str(key),
                      "--new-key", str(tmp_path / "ny.key.pub")]) == 0, capsys.readouterr().err
    assert asked == [f"Lösenfras för {key}: "]
    assert (pack / ROTATION_PATH).is_file() and (pack / "manifest.sig").is_file()


def test_a_pack_the_disk_refuses_names_the_chosen_file_not_the_temporary_one(
        tmp_path: Path) -> None:
    """Saving into a folder that is gone said '…/.ut.kvpack.tmp-1a2b3c4d: …', a file the
    coordinator never chose; the editor needs the system's error to say it in its words."""
    from kvinnofrid_desktop.core.install.archive_write import write_archive
    from kvinnofrid_desktop.core.pack.problems import PackError

    out = tmp_path / "borta" / "ut.kvpack"
    with pytest.raises(PackError) as raised:
        write_archive(default_pack_dir(), out)
    assert ".tmp-" not in str(raised.value.first), raised.value.first
    assert raised.value.first.file == str(out)
    assert isinstance(raised.value.__cause__, FileNotFoundError)
    key = tmp_path / "lan.key"
    generate_keypair(key, publisher="Länsstyrelsen")
    pack = shutil.copytree(default_pack_dir(), tmp_path / "paket")
    with pytest.raises(NotSaved) as not_saved:
        sign_and_archive(pack, key, None, out)
    assert not_saved.value.out == out and isinstance(not_saved.value.error, FileNotFoundError)
