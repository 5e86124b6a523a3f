"""The machine-wide content folder (policy ``content_folder``): IT's signed packs, installed.

Real keys, real signed packs (``make_pack`` → ``sign_pack`` → ``write_archive``), real imports
into a store in a temporary data directory; the county's key is trusted through the policy.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_archive import V1, V2, default_card, make_pack
from test_store import snapshot

from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.install.content_folder import ContentFolder
from kvinnofrid_desktop.core.install.policy import load_policy
from kvinnofrid_desktop.core.install.signing import generate_keypair, sign_pack
from kvinnofrid_desktop.core.install.store import PackStore

V3 = "2026-12-03"
PUBLISHER = "Länsstyrelsen Västmanland"
LONG_AGO = 1_700_000_000  # file times set here, so no file is "still being copied"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    data, policy = tmp_path / "data", tmp_path / "policy.json"
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(data))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(policy))
    keys = tmp_path / "nycklar"
    keys.mkdir()
    county = generate_keypair(keys / "lan.key", publisher=PUBLISHER)
    stranger = generate_keypair(keys / "annan.key", publisher="Någon annan")
    folder = tmp_path / "ProgramData" / "Kvinnofrid" / "paket åäö"
    folder.mkdir(parents=True)
    policy.write_text(json.dumps({"trusted_keys": ["nycklar/lan.key.pub"],
                                  "content_folder": str(folder)}), encoding="utf-8")
    return SimpleNamespace(tmp=tmp_path, data=data, policy=policy, keys=keys, county=county,
                           stranger=stranger, folder=folder)


def put(env: SimpleNamespace, version: str, *, key: str | None = "lan.key",
        name: str | None = None, card: bytes | None = None) -> Path:
    """A .kvpack of ``version`` in the content folder, signed with ``key`` (None: unsigned)."""
    src = make_pack(env.tmp / "src" / (name or version), version, card=card)
    if key is not None:
        sign_pack(src, env.keys / key)
    out = write_archive(src, env.folder / f"{name or version}.kvpack")
    os.utime(out, (LONG_AGO, LONG_AGO))
    return out


def folder(env: SimpleNamespace, **kw: object) -> ContentFolder:
    policy = load_policy()
    return ContentFolder(policy, PackStore(policy=policy), **kw)  # type: ignore[arg-type]


def active(env: SimpleNamespace) -> str:
    return PackStore().active().version


def test_without_the_policy_key_nothing_happens(env: SimpleNamespace) -> None:
    env.policy.write_text(json.dumps({"trusted_keys": ["nycklar/lan.key.pub"]}), "utf-8")
    put(env, V1)
    report = folder(env).check()
    assert (report.installed, report.problems, report.messages_sv()) == (None, (), [])
    assert not env.data.exists()


def test_the_newest_signed_pack_is_installed_and_announced_once(env: SimpleNamespace) -> None:
    put(env, V1)
    put(env, V2, name="b-nyast")  # the version decides, not the name
    watcher = folder(env)
    report = watcher.check()
    assert report.installed is not None and report.installed.version == V2
    assert active(env) == V2 and report.problems == ()
    (line,) = report.messages_sv()
    assert "Installerat" in line and V2 in line and "verifierat av Länsstyrelsen" in line
    assert str(env.folder) in line
    again = watcher.check()
    assert (again.installed, again.problems, again.messages_sv()) == (None, (), [])
    # A new window (a new start) installs nothing either: the pack is active.
    assert folder(env).check().installed is None


def test_bad_files_are_reported_once_and_skipped_and_an_older_good_one_wins(
        env: SimpleNamespace) -> None:
    put(env, V1)
    put(env, "2026-12-09", key=None, name="osignerat")
    put(env, "2026-12-08", key="annan.key", name="okand-nyckel")
    card = default_card()
    card["subjects"] = [s for s in card["subjects"] if s["id"] != "djur"]
    put(env, "2026-12-07", name="trasigt-kort",  # signed, but refused by the import's checks
        card=json.dumps(card, ensure_ascii=False).encode())
    (env.folder / "avbruten.kvpack").write_bytes(
        (env.folder / f"{V1}.kvpack").read_bytes()[:5000])
    os.utime(env.folder / "avbruten.kvpack", (LONG_AGO, LONG_AGO))
    (env.folder / "mapp.kvpack").mkdir()  # not a file: not looked at
    (env.folder / "readme.txt").write_text("inte ett paket", encoding="utf-8")
    watcher = folder(env)
    report = watcher.check()
    assert report.installed is not None and report.installed.version == V1
    reported = {Path(p.file).name: p.code for p in report.problems}
    assert reported == {"osignerat.kvpack": "content_folder.untrusted",
                        "okand-nyckel.kvpack": "content_folder.untrusted",
                        "trasigt-kort.kvpack": reported["trasigt-kort.kvpack"],
                        "avbruten.kvpack": "archive.truncated"}
    assert reported["trasigt-kort.kvpack"].startswith("card.")
    assert len(report.messages_sv()) == 5
    assert all(m.startswith("Programmet hoppade över filen ") for m in report.messages_sv()[1:])
    assert not any("[" in m for m in report.messages_sv()[1:])  # the code is for the log
    assert watcher.check().problems == ()  # each bad file once


def test_what_it_installs_and_skips_is_logged(env: SimpleNamespace,
                                              caplog: pytest.LogCaptureFixture) -> None:
    put(env, V1)
    put(env, V2, key=None, name="osignerat")
    with caplog.at_level("INFO", logger="kvinnofrid_desktop.core.install.content_folder"):
        report = folder(env).check()
    assert report.installed is not None
    assert [r.levelname for r in caplog.records] == ["INFO", "WARNING"]
    assert V1 in caplog.records[0].getMessage()
    assert "osignerat.kvpack" in caplog.records[1].getMessage()


def test_a_bad_newest_file_leaves_the_active_pack_and_the_store_untouched(
        env: SimpleNamespace) -> None:
    put(env, V1)
    watcher = folder(env)
    assert watcher.check().installed is not None
    before = snapshot(env.data)
    raw = bytearray(put(env, V2).read_bytes())
    at = raw.find(b"%PDF") + 300  # a byte of a (stored) PDF changed: not what was signed
    assert at > 300
    raw[at] ^= 0x20
    (env.folder / f"{V2}.kvpack").write_bytes(bytes(raw))
    os.utime(env.folder / f"{V2}.kvpack", (LONG_AGO + 1, LONG_AGO + 1))
    report = watcher.check()
    assert report.installed is None and len(report.problems) == 1
    assert {k: v for k, v in snapshot(env.data).items() if k != "lock"} == \
        {k: v for k, v in before.items() if k != "lock"}
    assert active(env) == V1
    # IT replaces the bad file with a good one: it is read again and installed.
    put(env, V2)
    os.utime(env.folder / f"{V2}.kvpack", (LONG_AGO + 2, LONG_AGO + 2))
    assert watcher.check().installed is not None and active(env) == V2


def test_unsigned_packs_stay_out_even_when_the_policy_allows_unsigned(
        env: SimpleNamespace) -> None:
    env.policy.write_text(json.dumps({"allow_unsigned": True, "content_folder": str(env.folder)}),
                          encoding="utf-8")
    put(env, V1, key=None)
    report = folder(env).check()
    assert report.installed is None
    assert [p.code for p in report.problems] == ["content_folder.untrusted"]


def test_an_older_pack_than_the_active_one_is_left_alone(env: SimpleNamespace) -> None:
    shutil.move(put(env, V2), env.tmp / "v2.kvpack")
    PackStore().import_pack(env.tmp / "v2.kvpack")  # the user imported a newer one by hand
    put(env, V1)
    report = folder(env).check()
    assert (report.installed, report.problems) == (None, ())
    assert active(env) == V2


def test_a_missing_folder_is_reported_once_then_used_when_it_appears(
        env: SimpleNamespace) -> None:
    shutil.rmtree(env.folder)
    watcher = folder(env)
    first = watcher.check()
    assert [p.code for p in first.problems] == ["content_folder.unreachable"]
    # The folder itself, said plainly: not "a file was skipped", and no raw code.
    assert first.messages_sv() == [
        f"Den gemensamma mappen för innehållspaket kan inte nås: {env.folder} (filen eller "
        "mappen finns inte). Inga paket installeras därifrån förrän den går att läsa; säg till "
        "IT-avdelningen om det fortsätter."]
    assert watcher.check().problems == ()
    env.folder.mkdir()
    put(env, V1)
    assert watcher.check().installed is not None


def test_a_file_still_being_copied_is_left_for_the_next_look(env: SimpleNamespace) -> None:
    path = put(env, V1)
    now = path.stat().st_mtime + 1.0
    watcher = folder(env, clock=lambda: now, settle=3.0)
    report = watcher.check()
    assert (report.installed, report.problems, report.retry_in) == (None, (), 3.0)
    now += 3.0
    assert watcher.check().installed is not None


def test_a_busy_store_installs_nothing_and_asks_to_look_again(env: SimpleNamespace) -> None:
    from kvinnofrid_desktop.core.fsutil import FileLock

    put(env, V1)
    env.data.mkdir()
    lock = FileLock(env.data / "lock")
    lock.acquire(1.0, None)
    try:
        policy = load_policy()
        watcher = ContentFolder(policy, PackStore(policy=policy, lock_timeout=0.1))
        report = watcher.check()
    finally:
        lock.release()
    assert (report.installed, report.problems) == (None, ()) and report.retry_in
    assert watcher.check().installed is not None
