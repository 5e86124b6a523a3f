"""The pack store: import, refuse, roll back, remove, clean up – and the active pack survives.

Every hostile input of test_archive.HOSTILE goes through a real import against a store whose
active pack is V1; each must be refused with its precise code and leave the data directory
exactly as it was (no staging debris, pointer unchanged, the active pack still opens).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from test_archive import HOSTILE, V1, V2, Hostile, default_card, make_pack, signed_pack

from kvinnofrid_desktop.cli.pack import add_pack_commands, run_pack_command
from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.install.store import PackStore, active_pack_dir, resolve_active
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.problems import PackError


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    data, policy = tmp_path / "data", tmp_path / "policy.json"
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(data))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(policy))
    return SimpleNamespace(tmp=tmp_path, data=data, policy=policy)


def kvpack(env: SimpleNamespace, version: str, name: str | None = None, **kw: Any) -> Path:
    src = make_pack(env.tmp / f"src-{name or version}", version, **kw)
    return write_archive(src, env.tmp / f"{name or version}.kvpack")


@pytest.fixture
def installed(env: SimpleNamespace) -> SimpleNamespace:
    """A store whose active pack is V1 (imported unsigned, allowed explicitly)."""
    PackStore().import_pack(kvpack(env, V1), allow_unsigned=True)
    env.snapshot = snapshot(env.data)
    return env


def snapshot(data: Path) -> dict[str, bytes | None]:
    """Every path under the data directory; the pointer with its contents."""
    return {p.relative_to(data).as_posix(): p.read_bytes() if p.name == "active" else None
            for p in sorted(data.rglob("*"))}


def assert_untouched(env: SimpleNamespace) -> None:
    assert snapshot(env.data) == env.snapshot
    path, notice = resolve_active()
    assert (path, notice) == (env.data / "packs" / V1, None)
    assert Pack.open(path, check_sizes=True).manifest.version == V1


# --- hostile inputs ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", HOSTILE, ids=lambda h: h.name)
def test_hostile_import_is_refused_and_changes_nothing(installed: SimpleNamespace,
                                                       case: Hostile) -> None:
    work = installed.tmp / "hostile"
    work.mkdir()
    kv = case.build(work)
    if case.policy is not None:
        installed.policy.write_text(json.dumps(case.policy), encoding="utf-8")
    with pytest.raises(PackError) as info:
        # Unsigned packs are allowed here so each case meets the check it is about.
        PackStore().import_pack(kv, **{"allow_unsigned": True, **case.options(work)})
    problem = info.value.first
    assert (problem.code, problem.file) == (case.code, case.file), str(problem)
    assert problem.message and problem.message == problem.message.strip()
    assert_untouched(installed)


def test_an_older_pack_is_accepted_with_allow_downgrade(installed: SimpleNamespace) -> None:
    result = PackStore().import_pack(kvpack(installed, "2026-11-30"), allow_unsigned=True,
                                     allow_downgrade=True)
    assert (result.version, result.previous) == ("2026-11-30", V1)
    assert resolve_active()[0] == installed.data / "packs" / "2026-11-30"


def test_unsigned_is_refused_unless_allowed(env: SimpleNamespace) -> None:
    kv = kvpack(env, V1)
    with pytest.raises(PackError) as info:
        PackStore().import_pack(kv)
    assert info.value.code == "signature.unsigned"
    assert "--allow-unsigned" in info.value.first.message
    assert PackStore().import_pack(kv, allow_unsigned=True).signature.label_sv() == "osignerat"


# --- import, rollback, remove -----------------------------------------------------------------


def test_import_keeps_previous_versions_and_rollback_walks_back(installed: SimpleNamespace
                                                                ) -> None:
    store = PackStore()
    for version in (V2, "2026-12-03", "2026-12-04"):
        store.import_pack(kvpack(installed, version), allow_unsigned=True)
    pointer = json.loads((installed.data / "active").read_text(encoding="utf-8"))
    assert pointer == {"version": "2026-12-04", "previous": ["2026-12-03", V2]}
    assert sorted(p.name for p in (installed.data / "packs").iterdir()) == [
        V2, "2026-12-03", "2026-12-04"]  # V1 fell off the end of the history
    assert store.rollback().version == "2026-12-03"
    assert store.rollback().version == V2
    back = store.rollback()
    assert back.builtin and resolve_active() == (default_pack_dir(), None)
    with pytest.raises(PackError) as info:
        store.rollback()
    assert info.value.code == "rollback.nothing"
    assert list((installed.data / "packs").iterdir()) == []


def test_remove_refuses_the_active_version(installed: SimpleNamespace) -> None:
    store = PackStore()
    store.import_pack(kvpack(installed, V2), allow_unsigned=True)
    with pytest.raises(PackError) as info:
        store.remove(V2)
    assert info.value.code == "remove.active"
    with pytest.raises(PackError) as info:
        store.remove("2020-01-01")
    assert info.value.code == "remove.not_found"
    with pytest.raises(PackError) as info:  # listed by `pack list`, so named, not "not found"
        store.remove(Pack.open(default_pack_dir()).manifest.version)
    assert info.value.code == "remove.builtin"
    assert "inbyggda standardinnehållet" in str(info.value.first)
    store.remove(V1)
    assert [p.version for p in store.installed()] == [V2, "2026-11-26"]
    assert json.loads((installed.data / "active").read_text())["previous"] == []


def test_preview_shows_what_changes(installed: SimpleNamespace) -> None:
    card = default_card()
    contacts = {c["id"]: c for c in card["contacts"]}
    contacts["arboga-vaxel"]["phone"] = "0589-870 01"
    contacts["rfsl-stodmottagning"]["status"] = "verified"
    card["contacts"] = [c for c in card["contacts"] if c["id"] != "jourhavande-kompis"]
    card["contacts"].append({**contacts["valj-att-sluta"], "id": "ny-stodlinje",
                             "name": "En ny stödlinje"})
    base = json.loads((default_pack_dir() / "manifest.json").read_text(encoding="utf-8"))
    docs = {d["id"]: d for d in base["documents"]}
    strategi = {**docs["strategi"], "title": "Strategi (ny utgåva)"}
    kv = kvpack(installed, V2, documents=[strategi, docs["pub-samverkansplan"]],
                files={"docs/strategi.pdf": b"%PDF-1.7 ny utgava"},
                card=json.dumps(card, ensure_ascii=False).encode())
    preview = PackStore().preview_import(kv, allow_unsigned=True)
    changes = {(d.change, d.doc_id) for d in preview.documents}
    assert changes == {("updated", "strategi"), ("new", "pub-samverkansplan"),
                       ("removed", "pub-skyddat-boende")}
    by_id = {c.contact_id: c for c in preview.contacts}
    assert by_id["arboga-vaxel"].details == ("telefon 0589-870 00 → 0589-870 01",)
    assert by_id["rfsl-stodmottagning"].details == ("status ej verifierad → verifierad",)
    assert (by_id["jourhavande-kompis"].change, by_id["ny-stodlinje"].change) == (
        "removed", "added")
    assert preview.refusal is None and (preview.version, preview.active_version) == (V2, V1)
    text = "\n".join(preview.lines_sv())
    assert "Nytt dokument:" in text and "Kontakt En ny stödlinje (ny-stodlinje): ny" in text
    assert ("Dokument – nya: 1, uppdaterade: 1, borttagna: 1. Kontakter – nya: 1, ändrade: 2, "
            "borttagna: 1.") in text
    assert snapshot(installed.data) == installed.snapshot  # a preview installs nothing


def test_preview_tells_why_an_import_would_be_refused(installed: SimpleNamespace) -> None:
    preview = PackStore().preview_import(kvpack(installed, V1, name="again"),
                                         allow_unsigned=True)
    assert preview.refusal is not None and preview.refusal.code == "import.already_installed"


# --- the active pack and its fallbacks --------------------------------------------------------


def test_without_any_import_the_embedded_default_is_active(env: SimpleNamespace) -> None:
    assert resolve_active() == (default_pack_dir(), None)
    assert active_pack_dir() == default_pack_dir()
    assert not env.data.exists()  # reading never creates the data directory


def test_a_damaged_active_pack_falls_back_to_the_previous(installed: SimpleNamespace) -> None:
    PackStore().import_pack(kvpack(installed, V2), allow_unsigned=True)
    (installed.data / "packs" / V2 / "action_card.json").unlink()
    path, notice = resolve_active()
    assert path == installed.data / "packs" / V1
    assert notice and notice.startswith(f"Paketet {V2} kunde inte användas")
    assert "action_card.json" in notice and f"paketet {V1}" in notice
    shutil.rmtree(installed.data / "packs" / V1)
    path, notice = resolve_active()
    assert path == default_pack_dir() and notice and "standardinnehållet" in notice


def test_a_damaged_pointer_falls_back_to_the_newest_pack_that_opens(
        installed: SimpleNamespace) -> None:
    PackStore().import_pack(kvpack(installed, V2), allow_unsigned=True)
    (installed.data / "active").write_text("{trasig", encoding="utf-8")
    path, notice = resolve_active()
    assert path == installed.data / "packs" / V2 and notice and "skadad" in notice
    assert PackStore().cleanup() == []  # no pointer to trust: nothing installed is debris
    PackStore().import_pack(kvpack(installed, "2026-12-03"), allow_unsigned=True)
    pointer = json.loads((installed.data / "active").read_text(encoding="utf-8"))
    assert pointer == {"version": "2026-12-03", "previous": [V2, V1]}


def test_resolve_active_never_raises(env: SimpleNamespace) -> None:
    env.data.mkdir()
    (env.data / "active").mkdir()  # not even a file
    path, notice = resolve_active()
    assert path == default_pack_dir() and notice


def test_cleanup_removes_debris_but_not_installed_packs(installed: SimpleNamespace) -> None:
    data = installed.data
    (data / "staging" / "halvfardig" / "docs").mkdir(parents=True)
    (data / "trash" / "gammal").mkdir(parents=True)
    (data / "active.tmp-1234").write_text("{}", encoding="utf-8")
    shutil.copytree(data / "packs" / V1, data / "packs" / V2)  # renamed, never activated
    removed = PackStore().cleanup()
    assert sorted(removed) == ["active.tmp-1234", f"packs/{V2}", "staging/halvfardig",
                               "trash/gammal"]
    assert_untouched(installed)


# --- the command line: a complete round trip --------------------------------------------------


def cli(*argv: str) -> int | None:
    parser = argparse.ArgumentParser()
    add_pack_commands(parser.add_subparsers(dest="pack_command"))
    return run_pack_command(parser.parse_args(list(argv)))


@pytest.mark.usefixtures("qapp")  # the import opens every PDF with Qt's engine
def test_cli_keygen_sign_import_tamper_rollback_list(
        env: SimpleNamespace, capsys: pytest.CaptureFixture[str]) -> None:
    first = kvpack(env, V1)
    assert cli("keygen", str(env.tmp / "lan.key"), "--publisher", "Länsstyrelsen Västmanland") == 0
    assert (env.tmp / "lan.key").stat().st_mode & 0o777 == 0o600
    assert cli("sign", str(first), "--key", str(env.tmp / "lan.key")) == 0
    trust = ("--trust-key", str(env.tmp / "lan.key.pub"))
    assert cli("import", str(first), *trust) == 0
    assert "verifierat av Länsstyrelsen Västmanland" in capsys.readouterr().out

    second = kvpack(env, V2)
    assert cli("sign", str(second), "--key", str(env.tmp / "lan.key")) == 0
    data = bytearray(second.read_bytes())
    at = data.index(b"%PDF") + 200  # one byte inside a stored PDF
    data[at] ^= 0x01
    tampered = env.tmp / "tampered.kvpack"
    tampered.write_bytes(bytes(data))
    capsys.readouterr()
    assert cli("import", str(tampered), *trust) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "[file.checksum]" in err[0] and "docs/" in err[0]
    assert Pack.open(resolve_active()[0]).manifest.version == V1

    assert cli("import", str(second), *trust) == 0
    capsys.readouterr()
    assert cli("list", "--json") == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["active"] == V2
    assert [(p["version"], p["active"], p["builtin"]) for p in listing["packs"]] == [
        (V2, True, False), (V1, False, False), ("2026-11-26", False, True)]
    assert cli("rollback") == 0
    assert capsys.readouterr().out.strip() == (
        f"Aktivt nu: paketet {V1}. Version {V2} togs bort; importera dess fil igen för att "
        "använda den.")
    assert cli("list", "--json") == 0
    assert V2 not in [p["version"] for p in json.loads(capsys.readouterr().out)["packs"]]
    assert Pack.open(resolve_active()[0]).manifest.version == V1


def test_cli_refusals_name_code_and_file(env: SimpleNamespace,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    src, _ = signed_pack(env.tmp)
    kv = write_archive(src, env.tmp / "okand.kvpack")
    assert cli("import", str(kv)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [line for line in err if line.startswith("kvinnofrid-desktop: manifest.sig:")]
    assert "[signature.unknown_key]" in err[0]
    assert cli("remove", "2026-01-01") == 1
    assert run_pack_command(argparse.Namespace(pack_command="verify")) is None


def test_pack_remove_on_the_command_line_removes_that_version(installed: SimpleNamespace,
                                                              capsys) -> None:
    # `pack remove VERSION` once printed the program version and removed nothing: its argument
    # shared a name with the global --version flag.
    from kvinnofrid_desktop.__main__ import main

    PackStore().import_pack(kvpack(installed, V2), allow_unsigned=True)
    assert main(["pack", "remove", V2]) != 0  # the active one needs a rollback first
    assert "aktiva paketet kan inte tas bort" in capsys.readouterr().err
    assert (installed.data / "packs" / V1).is_dir()
    assert main(["pack", "remove", V1]) == 0
    assert capsys.readouterr().out.strip().endswith(f"Tog bort version {V1}")
    assert not (installed.data / "packs" / V1).exists()
    assert (installed.data / "packs" / V2).is_dir()
    assert main(["pack", "remove", "2020-01-01"]) != 0
    assert "är inte installerad" in capsys.readouterr().err


def windows_holds_open(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Renaming ``folder`` fails as on Windows while a window has one of its files open."""
    real = os.rename

    def rename(src, dst) -> None:
        if Path(src) == folder:
            raise PermissionError(32, "The process cannot access the file because it is "
                                      "being used by another process", str(src))
        real(src, dst)

    monkeypatch.setattr(os, "rename", rename)


@pytest.mark.usefixtures("qapp")  # the import opens every PDF with Qt's engine
def test_a_removal_a_window_holds_up_is_said_and_done_at_the_next_cleanup(
        installed: SimpleNamespace, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows a window holds the files of the pack it shows: `pack remove` and `pack
    rollback` said "Tog bort"/"togs bort", and `pack list` went on listing the version."""
    from kvinnofrid_desktop.__main__ import main

    store = PackStore()
    store.import_pack(kvpack(installed, V2), allow_unsigned=True)
    store.import_pack(kvpack(installed, "2026-12-03"), allow_unsigned=True)
    windows_holds_open(monkeypatch, installed.data / "packs" / V1)
    assert main(["pack", "remove", V1]) == 0
    said = capsys.readouterr().out
    assert f"Version {V1} är inte längre installerad. Mappen tas bort när inget program " \
           "längre har den öppen" in said and "Tog bort" not in said
    assert (installed.data / "packs" / V1).is_dir()
    assert [p.version for p in store.installed() if not p.builtin] == ["2026-12-03", V2]
    windows_holds_open(monkeypatch, installed.data / "packs" / "2026-12-03")
    assert main(["pack", "rollback"]) == 0
    said = capsys.readouterr().out
    assert "Version 2026-12-03 tas bort när inget program längre har det öppet" in said
    assert [p.version for p in store.installed() if not p.builtin] == [V2]
    assert sorted(store.waiting_for_removal()) == sorted(["2026-12-03", V1])
    monkeypatch.undo()  # the window has closed
    assert sorted(store.cleanup()) == sorted(["packs/2026-12-03", f"packs/{V1}"])
    assert sorted(p.name for p in (installed.data / "packs").iterdir()) == [V2]


def test_remove_refuses_the_pack_shown_in_place_of_a_damaged_active_one(
        installed: SimpleNamespace, capsys: pytest.CaptureFixture[str]) -> None:
    """2026-12-15 is chosen but damaged, so V1 (2026-12-01) is shown and `pack list` marks it
    with *. `pack remove 2026-12-01` removed the pack the user was reading; it is refused as
    removing the active one is, and says why."""
    from kvinnofrid_desktop.__main__ import main

    chosen = "2026-12-15"
    assert cli("import", "--allow-unsigned", str(kvpack(installed, chosen))) == 0
    (installed.data / "packs" / chosen / "action_card.json").unlink()
    assert cli("list") == 0
    assert f"* {V1}" in capsys.readouterr().out

    assert main(["pack", "remove", V1]) == 1
    err = capsys.readouterr().err
    assert f"paketet {V1} kan inte tas bort: det är paketet som visas nu" in err
    assert f"det valda paketet {chosen} är skadat" in err and "[remove.shown]" in err
    assert Pack.open(installed.data / "packs" / V1, check_sizes=True).manifest.version == V1
    assert resolve_active()[0] == installed.data / "packs" / V1
    pointer = json.loads((installed.data / "active").read_text(encoding="utf-8"))
    assert pointer == {"version": chosen, "previous": [V1]}  # still the way back to V1
    with pytest.raises(PackError) as info:  # the window's store says the same
        PackStore().remove(V1)
    assert info.value.code == "remove.shown"


def test_a_damaged_active_pack_is_named_and_rollback_removes_that_one(
        installed: SimpleNamespace, capsys: pytest.CaptureFixture[str]) -> None:
    """V2 is installed over V1, then its manifest is damaged: V1 is shown in its place. Every
    command that reads the active pack says so, and rollback names (and removes) V2, not the V1
    that happened to be shown."""
    from kvinnofrid_desktop.cli.main import run as cli_main

    assert cli("import", "--allow-unsigned", str(kvpack(installed, V2))) == 0
    (installed.data / "packs" / V2 / "manifest.json").write_text("{trasig", encoding="utf-8")
    store = PackStore()
    assert (store.active().version, store.chosen_version()) == (V1, V2)
    capsys.readouterr()

    assert cli("list") == 0
    out = capsys.readouterr().out
    assert f"  {V2}  FEL: manifest.json:" in out and f"* {V1}" in out
    assert f"OBS: Paketet {V2} kunde inte användas" in out and f"paketet {V1}" in out
    assert cli("list", "--json") == 0
    assert f"Paketet {V2} kunde inte användas" in json.loads(capsys.readouterr().out)["notice"]

    # A search answers from V1's content, and says that it is not the installed pack's.
    cli_main(["search", "socialjour"])
    err = capsys.readouterr().err
    assert f"obs: Paketet {V2} kunde inte användas" in err

    assert cli("rollback") == 0
    assert capsys.readouterr().out.strip() == (
        f"Aktivt nu: paketet {V1}. Version {V2} togs bort; importera dess fil igen för att "
        "använda den.")
    assert not (installed.data / "packs" / V2).exists()
    assert resolve_active() == (installed.data / "packs" / V1, None)
    cli_main(["search", "socialjour"])
    assert "obs:" not in capsys.readouterr().err


# --- a pack installed by a newer program (the program rolled back) -----------------------------

SALA_CHILDREN, SALA_CHILDREN_NEW = "0224-74 96 20", "0224-74 96 99"


def install_as_a_newer_program(env: SimpleNamespace, version: str = V2) -> Path:
    """What a newer program leaves in the store: ``version``, whose card gives Sala's children's
    line a new number and a contact key this build does not know (checksums as its builder
    wrote them), made active over V1."""
    card = default_card()
    contact = next(c for c in card["contacts"] if c.get("phone") == SALA_CHILDREN)
    contact.update(phone=SALA_CHILDREN_NEW, languages=["sv", "en"])
    folder = make_pack(env.data / "packs" / version, version,
                       card=json.dumps(card, ensure_ascii=False).encode("utf-8"))
    (env.data / "active").write_text(json.dumps({"version": version, "previous": [V1]}),
                                     encoding="utf-8")
    return folder


def test_a_pack_a_newer_program_made_is_passed_over_kept_and_said_so(
        installed: SimpleNamespace, capsys: pytest.CaptureFixture[str]) -> None:
    """Walk-through defect 1: after a rollback of the program, the newer program's pack was
    taken for a damaged one (blank card, "har ändrats", and the way back deleted it). This
    build shows the newest pack it can read, and keeps the other for the newer program."""
    from kvinnofrid_desktop.cli.main import run as cli_main

    newer = install_as_a_newer_program(installed)
    files = {p: p.read_bytes() for p in newer.rglob("*") if p.is_file()}
    path, notice = resolve_active()
    assert path == installed.data / "packs" / V1
    assert notice == (f"Paketet {V2} är gjort för en nyare version av programmet och kan inte "
                      "visas av den här versionen; det finns kvar och visas när programmet har "
                      f"uppdaterats. Programmet visar i stället paketet {V1}.")
    store = PackStore()
    assert store.cleanup() == [] and store.chosen_version() == V2

    # The commands read what the window shows, and say why (cli/active: resolve_active).
    assert cli_main(["card", "show", "Sala", "barn"]) == 0
    out, err = capsys.readouterr()
    assert SALA_CHILDREN in out and SALA_CHILDREN_NEW not in out
    assert f"obs: Paketet {V2} är gjort för en nyare version av programmet" in err
    assert cli("list") == 0
    out = capsys.readouterr().out
    assert f"* {V1}" in out and "gjort för en nyare version av programmet" in out
    assert "skadat" not in out and "ändrats" not in out
    with pytest.raises(PackError) as info:  # the pack shown stays: V2 is not this build's
        store.remove(V1)
    assert "eftersom det valda paketet 2026-12-02 är gjort för en nyare version" in \
        info.value.first.message
    assert {p: p.read_bytes() for p in newer.rglob("*") if p.is_file()} == files


def test_rollback_keeps_a_pack_a_newer_program_made_unless_forced(
        installed: SimpleNamespace, capsys: pytest.CaptureFixture[str]) -> None:
    """Walk-through (today's changes): `pack rollback` and Inställningar's "Återställ
    föregående" deleted the newer program's pack and showed the same older pack as before."""
    newer = install_as_a_newer_program(installed)
    store = PackStore()
    assert store.chosen_by_newer_program()
    with pytest.raises(PackError) as info:
        store.rollback()
    assert info.value.code == "rollback.newer"
    assert cli("rollback") != 0
    assert f"att återställa skulle ta bort {V2}" in capsys.readouterr().err.lower()
    assert newer.is_dir() and store.chosen_version() == V2
    assert cli("rollback", "--force") == 0  # IT's deliberate choice
    assert not newer.exists() and store.chosen_version() == V1
    assert not store.chosen_by_newer_program()


def test_a_changed_card_is_not_passed_over_as_a_newer_program_s(
        installed: SimpleNamespace) -> None:
    """A key added to the installed card by hand fails its checksum: that is a change, which
    the window shows as one (with the way back), not a newer program's pack."""
    newer = install_as_a_newer_program(installed)
    manifest = json.loads((newer / "manifest.json").read_text(encoding="utf-8"))
    card = default_card()
    card["contacts"][0]["languages"] = ["sv"]
    changed = json.dumps(card, ensure_ascii=False).encode("utf-8")
    (newer / "action_card.json").write_bytes(changed)
    next(f for f in manifest["files"] if f["path"] == "action_card.json")["bytes"] = len(changed)
    (newer / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert resolve_active() == (newer, None)


# --- a data folder that is a file -------------------------------------------------------------


@pytest.mark.parametrize("blocked", ["data", "data/packs"])
def test_a_file_where_the_data_folder_belongs_is_named_with_what_to_do(
        env: SimpleNamespace, blocked: str) -> None:
    """The data folder a file: the import blamed ".../trust.json: filen kan inte läsas … En
    administratör kan ta bort filen" (no such file) and the start banner said only "en del av
    sökvägen är ingen mapp"; its packs/ a file: "kunde inte läsas eller skrivas i …/packs:
    filen finns redan"."""
    kv = kvpack(env, V1)
    (env.tmp / blocked).parent.mkdir(parents=True, exist_ok=True)
    (env.tmp / blocked).write_text("hej", encoding="utf-8")
    with pytest.raises(PackError) as info:
        PackStore().import_pack(kv, allow_unsigned=True)
    problem = info.value.first
    assert problem.code == "disk.not_a_folder", str(problem)
    assert f"{env.tmp / blocked} är en fil, inte en mapp" in problem.message
    assert "flytta filen eller byt namn på den" in problem.message
    assert "trust.json" not in str(problem) and "filen finns redan" not in problem.message
    assert (env.tmp / blocked).read_text(encoding="utf-8") == "hej"  # nothing was removed
    if blocked == "data":  # what the window's start banner says
        _path, notice = resolve_active()
        assert notice is not None and f"{env.data} är en fil, inte en mapp" in notice
