"""The administrator's policy file: locked settings, safe fallbacks, trust, the watch folder."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from test_archive import V1, V2, make_pack, signed_pack

from kvinnofrid_desktop.core.install import policy as policy_module
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.install.policy import (
    KEYS,
    Policy,
    load_policy,
    policy_path,
)
from kvinnofrid_desktop.core.install.signing import generate_keypair
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.core.install.watch import look_in_watch_folder, packs_in_watch_folder


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(tmp_path / "etc" / "policy.json"))
    (tmp_path / "etc").mkdir()
    return SimpleNamespace(tmp=tmp_path, policy=tmp_path / "etc" / "policy.json")


def write(env: SimpleNamespace, data: Any) -> Policy:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    env.policy.write_text(text, encoding="utf-8")
    return load_policy()


def test_without_a_policy_file_nothing_is_locked(env: SimpleNamespace) -> None:
    policy = load_policy()
    assert policy == Policy()
    assert not any(policy.locked(k) for k in KEYS)
    assert (policy.allow_export, policy.allow_unsigned) == (True, False)


def test_a_complete_policy_locks_what_it_sets(env: SimpleNamespace) -> None:
    key = generate_keypair(env.tmp / "etc" / "lan.key")
    inline = generate_keypair(env.tmp / "other.key")
    policy = write(env, {
        "_comment": "satt av IT 2026-11-26",
        "default_municipality": "Sala",
        "trusted_keys": ["lan.key.pub", base64.b64encode(inline.public_key).decode()],
        "allow_unsigned": True,
        "watch_folder": "/srv/kvinnofrid/paket",
        "content_folder": "paket",
        "allow_export": False,
        "remember_external_files": False,
        "quick_hide": True,
        "quick_hide_prominent": True,
        "allow_editing": True,
    })
    assert policy.problems == ()
    assert (policy.remember_external_files, policy.quick_hide, policy.quick_hide_prominent,
            policy.allow_editing) == (False, True, True, True)
    assert (policy.default_municipality, policy.allow_unsigned, policy.allow_export) == (
        "Sala", True, False)
    assert policy.watch_folder == Path("/srv/kvinnofrid/paket")
    assert policy.content_folder == env.tmp / "etc" / "paket"  # relative to the policy file
    assert policy.source("allow_export") == str(env.policy)
    assert [k.key_id for k in policy.trusted_keys] == [key.key_id, inline.key_id]
    assert all(policy.locked(k) for k in KEYS)


def test_a_partial_policy_locks_only_its_keys(env: SimpleNamespace) -> None:
    policy = write(env, {"allow_export": False})
    assert policy.locked("allow_export") and not policy.locked("allow_unsigned")
    assert policy.allow_export is False


@pytest.mark.parametrize(("data", "key", "code", "safest"), [
    ({"allow_unsigned": "ja"}, "allow_unsigned", "policy.type", False),
    ({"allow_export": 1}, "allow_export", "policy.type", False),
    ({"watch_folder": 42}, "watch_folder", "policy.type", None),
    ({"trusted_keys": "lan.key.pub"}, "trusted_keys", "policy.type", ()),
])
def test_a_bad_value_falls_back_to_the_safest(env: SimpleNamespace, data: dict[str, Any],
                                               key: str, code: str, safest: Any) -> None:
    policy = write(env, data)
    assert [(p.code, p.field) for p in policy.problems] == [(code, key)]
    assert getattr(policy, key) == safest
    assert policy.locked(key)
    assert str(env.policy) == policy.problems[0].file


@pytest.mark.parametrize("value", ["Koping", "Uppsala", 7])
def test_an_unknown_municipality_is_reported_and_locks_nothing(env: SimpleNamespace,
                                                               value: Any) -> None:
    """A lock on no municipality made Inställningar show "Hela länet" locked while the card
    showed the user's own Köping: the user's choice applies, and nothing reads as locked."""
    policy = write(env, {"default_municipality": value, "allow_export": False})
    assert [(p.code, p.field) for p in policy.problems] == [("policy.value",
                                                             "default_municipality")]
    assert policy.problems[0].message.endswith("ingen kommun låses, användarens eget val gäller")
    assert policy.default_municipality is None and not policy.locked("default_municipality")
    assert policy.locked("allow_export")


def test_a_municipality_with_spaces_around_it_is_taken(env: SimpleNamespace) -> None:
    policy = write(env, {"default_municipality": "Västerås "})
    assert policy.problems == () and policy.default_municipality == "Västerås"
    assert policy.locked("default_municipality")


@pytest.mark.parametrize(("data", "says"), [
    ({"quick_hide": 0}, "ska vara true eller false; true gäller"),
    ({"allow_export": "nej"}, "ska vara true eller false; false gäller"),
    ({"watch_folder": 42}, "ska vara sökvägen till en mapp (text); ingen mapp används"),
])
def test_a_bad_value_names_the_value_that_applies(env: SimpleNamespace, data: dict[str, Any],
                                                   says: str) -> None:
    """{"quick_hide": 0} said "false gäller" while the button stayed (the safest is true)."""
    policy = write(env, data)
    [name] = data
    assert [p.message for p in policy.problems] == [says]
    assert getattr(policy, name) == (True if name == "quick_hide" else
                                     False if name == "allow_export" else None)


def test_bad_keys_in_the_trusted_list_are_skipped(env: SimpleNamespace) -> None:
    key = generate_keypair(env.tmp / "etc" / "lan.key")
    policy = write(env, {"trusted_keys": ["saknas.pub", 7, "lan.key.pub", "A" * 42 + "=="]})
    assert [k.key_id for k in policy.trusted_keys] == [key.key_id]
    assert [p.field for p in policy.problems] == ["trusted_keys[0]", "trusted_keys[1]",
                                                  "trusted_keys[3]"]


def test_an_unknown_key_is_reported_and_ignored(env: SimpleNamespace) -> None:
    policy = write(env, {"allow_unsinged": True, "allow_export": True})
    assert [(p.code, p.field) for p in policy.problems] == [("policy.unknown_key",
                                                             "allow_unsinged")]
    assert policy.allow_unsigned is False and policy.allow_export is True


def test_key_names_are_case_insensitive_as_in_the_registry(env: SimpleNamespace) -> None:
    policy = write(env, {"Allow_Export": False, "QUICK_HIDE": False, "allow_export": True})
    assert (policy.allow_export, policy.quick_hide) == (False, False)
    assert policy.locked("allow_export") and policy.locked("quick_hide")
    assert [(p.code, p.field) for p in policy.problems] == [("policy.duplicate_key",
                                                             "allow_export")]


def test_a_policy_saved_with_a_byte_order_mark_is_read(env: SimpleNamespace) -> None:
    env.policy.write_bytes(b"\xef\xbb\xbf" + json.dumps({"allow_export": False}).encode())
    policy = load_policy()
    assert policy.problems == () and policy.allow_export is False


@pytest.mark.parametrize("text", ["{ inte json", "[1, 2]", '{"allow_export": false} extra'])
def test_an_unreadable_policy_means_the_safest_settings(env: SimpleNamespace, text: str) -> None:
    policy = write(env, text)
    assert [p.code for p in policy.problems] == ["policy.not_json"]
    assert (policy.allow_unsigned, policy.allow_export, policy.trusted_keys) == (False, False, ())
    # Every key but the municipality, which has no safest value to lock: the user's applies.
    assert [k for k in KEYS if not policy.locked(k)] == ["default_municipality"]


def test_a_policy_path_that_cannot_be_read_never_crashes(env: SimpleNamespace) -> None:
    env.policy.mkdir()
    policy = load_policy()
    assert [p.code for p in policy.problems] == ["policy.unreadable"]
    assert policy.allow_export is False


@pytest.mark.parametrize(("platform", "expected"), [
    ("linux", "/etc/kvinnofrid-desktop/policy.json"),
    ("darwin", "/Library/Application Support/Kvinnofrid Västmanland/policy.json"),
    ("win32", "D:\\Data/Kvinnofrid Västmanland/policy.json"),
])
def test_the_policy_location_per_platform(monkeypatch: pytest.MonkeyPatch, platform: str,
                                          expected: str) -> None:
    monkeypatch.delenv("KVINNOFRID_POLICY", raising=False)
    monkeypatch.setenv("PROGRAMDATA", "D:\\Data")
    monkeypatch.setattr(policy_module.sys, "platform", platform)
    assert policy_path().as_posix() == expected


def test_the_environment_names_the_policy_on_a_machine_without_one(env: SimpleNamespace
                                                                   ) -> None:
    assert policy_path() == env.policy


def test_the_environment_cannot_replace_the_machine_s_policy(
        env: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    """KVINNOFRID_POLICY let any user replace the machine's policy with a file of their own
    (allow_unsigned, allow_export). Where the machine has a policy, it is the one read."""
    machine = env.tmp / "machine" / "policy.json"
    machine.parent.mkdir()
    monkeypatch.setattr(policy_module, "machine_policy_path", lambda: machine)
    env.policy.write_text(json.dumps({"allow_unsigned": True}), encoding="utf-8")
    assert load_policy().allow_unsigned is True  # no machine policy: the named file
    machine.write_text(json.dumps({"allow_export": False}), encoding="utf-8")
    policy = load_policy()
    assert policy_path() == machine == policy.path
    assert (policy.allow_unsigned, policy.allow_export) == (False, False)
    assert not policy.locked("allow_unsigned")
    assert [(p.code, p.file) for p in policy.problems] == [("policy.env_ignored",
                                                             str(env.policy))]
    assert str(machine) in policy.problems[0].message
    # Windows: the computer's registry key is a machine policy too, even without a file.
    from test_policy_registry import FakeKey, FakeWinreg

    machine.unlink()
    policy = load_policy(registry=FakeWinreg(hklm=FakeKey({"quick_hide": (1, 4)})))
    assert policy.allow_unsigned is False and policy.path is None
    assert [p.code for p in policy.problems] == ["policy.env_ignored"]


# --- the policy at work in the store ----------------------------------------------------------


def test_policy_trust_and_allow_unsigned_reach_the_import(env: SimpleNamespace) -> None:
    src, pub = signed_pack(env.tmp)
    kv = write_archive(src, env.tmp / "signed.kvpack")
    write(env, {"trusted_keys": [str(pub)]})
    result = PackStore().import_pack(kv)
    assert result.signature.label_sv() == "verifierat av Länsstyrelsen Västmanland"
    write(env, {"allow_unsigned": True})
    unsigned = write_archive(make_pack(env.tmp / "u", "2026-12-05"), env.tmp / "u.kvpack")
    assert PackStore().import_pack(unsigned).signature.label_sv() == "osignerat"


def test_the_watch_folder_offers_only_newer_packs(env: SimpleNamespace) -> None:
    share = env.tmp / "share"
    share.mkdir()
    PackStore().import_pack(write_archive(make_pack(env.tmp / "a", V1), env.tmp / "a.kvpack"),
                            allow_unsigned=True)
    for version in ("2026-11-01", V1, V2, "2026-12-03"):
        write_archive(make_pack(env.tmp / version, version), share / f"paket-{version}.kvpack")
    (share / "trasig.kvpack").write_bytes(b"inget arkiv")
    (share / "annat.txt").write_text("x", encoding="utf-8")
    policy = write(env, {"watch_folder": str(share)})
    offers = packs_in_watch_folder(policy, PackStore())
    assert [(o.version, o.path.name) for o in offers] == [
        ("2026-12-03", "paket-2026-12-03.kvpack"), (V2, f"paket-{V2}.kvpack")]
    assert packs_in_watch_folder(write(env, {"watch_folder": str(env.tmp / "saknas")}),
                                 PackStore()) == []
    assert packs_in_watch_folder(Policy(), PackStore()) == []


def test_the_watch_folder_offers_only_packs_the_signature_rule_lets_in(
        env: SimpleNamespace) -> None:
    """With allow_unsigned false, an unsigned newer pack was offered at every start, naming a
    publisher nobody had verified, and its import was always refused."""
    share = env.tmp / "share"
    share.mkdir()
    write_archive(make_pack(env.tmp / "u", "2026-12-09", publisher="Falska länet"),
                  share / "b-osignerat.kvpack")
    src, pub = signed_pack(env.tmp / "s", "2026-12-05")
    write_archive(src, share / "a-signerat.kvpack")
    stranger, _other = signed_pack(env.tmp / "x", "2026-12-07")  # a key nobody trusts here
    write_archive(stranger, share / "c-okand-nyckel.kvpack")
    locked = write(env, {"watch_folder": str(share), "allow_unsigned": False,
                         "trusted_keys": [str(pub)]})
    offers = packs_in_watch_folder(locked, PackStore(policy=locked))
    assert [(o.path.name, o.publisher) for o in offers] == [
        ("a-signerat.kvpack", "Länsstyrelsen Västmanland")]
    # Where the user may still accept an unsigned pack, it is offered (the import asks).
    open_ = write(env, {"watch_folder": str(share), "trusted_keys": [str(pub)]})
    assert [o.path.name for o in packs_in_watch_folder(open_, PackStore(policy=open_))] == [
        "b-osignerat.kvpack", "a-signerat.kvpack"]


def test_a_watch_folder_that_cannot_be_read_says_why(env: SimpleNamespace) -> None:
    """An unreachable watch folder was silent; the content folder's is reported."""
    policy = write(env, {"watch_folder": str(env.tmp / "saknas")})
    look = look_in_watch_folder(policy, PackStore())
    assert look.offers == [] and look.unreadable == "filen eller mappen finns inte"
    assert look_in_watch_folder(Policy(), PackStore()).unreadable == ""


def test_a_hostile_file_in_the_watch_folder_does_not_hide_a_good_one(env: SimpleNamespace
                                                                     ) -> None:
    import zipfile

    share = env.tmp / "share"
    share.mkdir()
    write_archive(make_pack(env.tmp / "good", "2026-12-09"), share / "z-good.kvpack")
    # Sorted before the good one: each is read, refused, and skipped on its own.
    huge = make_pack(env.tmp / "huge", "2026-12-10")
    manifest = (huge / "manifest.json").read_text(encoding="utf-8")
    with zipfile.ZipFile(share / "a-huge-number.kvpack", "w") as z:  # by hand: the writer checks
        z.writestr("manifest.json", manifest.replace('"format": 1', '"format": ' + "9" * 5000))
    with zipfile.ZipFile(share / "b-long-name.kvpack", "w") as z:
        z.writestr("manifest.json", "{}")
        z.writestr("x" * 60_000, b"x")
    (share / "c-surrogate.kvpack").write_bytes(b"PK\x03\x04" + "\udcff".encode("utf-8",
                                                                             "surrogatepass"))
    policy = write(env, {"watch_folder": str(share)})
    offers = packs_in_watch_folder(policy, PackStore())
    assert [o.path.name for o in offers] == ["z-good.kvpack"]
