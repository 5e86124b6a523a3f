"""Policy from the Windows registry (Group Policy, Intune), read everywhere through a fake winreg.

The fake behaves as ``winreg`` does where the reader depends on it: ``OpenKey`` raises
``FileNotFoundError`` for a missing key, ``EnumValue``/``EnumKey`` raise ``OSError`` past the
last entry, handles are context managers, value types are Windows' numbers.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from kvinnofrid_desktop.core.install import policy as policy_module
from kvinnofrid_desktop.core.install.policy import (
    KEYS,
    REG_DWORD,
    REG_EXPAND_SZ,
    REG_MULTI_SZ,
    REG_SZ,
    REGISTRY_KEY,
    Policy,
    load_policy,
)
from kvinnofrid_desktop.core.install.signing import generate_keypair

HKLM = f"HKEY_LOCAL_MACHINE\\{REGISTRY_KEY}"
HKCU = f"HKEY_CURRENT_USER\\{REGISTRY_KEY}"


class FakeKey:
    def __init__(self, values: dict[str, tuple[Any, int]] | None = None,
                 subkeys: dict[str, FakeKey] | None = None) -> None:
        self.values = values or {}
        self.subkeys = subkeys or {}

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


class FakeWinreg:
    """Two hives, each a tree of FakeKey; paths are case-insensitive as in Windows."""

    HKEY_LOCAL_MACHINE = "HKLM"
    HKEY_CURRENT_USER = "HKCU"
    KEY_READ = 0x20019
    KEY_WOW64_64KEY = 0x0100

    def __init__(self, hklm: FakeKey | None = None, hkcu: FakeKey | None = None) -> None:
        self.roots = {"HKLM": FakeKey(), "HKCU": FakeKey()}
        self.opened: list[tuple[str, int]] = []
        for hive, key in (("HKLM", hklm), ("HKCU", hkcu)):
            if key is not None:
                node = self.roots[hive]
                for part in REGISTRY_KEY.split("\\"):
                    node = node.subkeys.setdefault(part, FakeKey())
                node.values, node.subkeys = key.values, key.subkeys

    def OpenKey(self, key: Any, sub_key: str, reserved: int = 0,
                access: int = 0x20019) -> FakeKey:
        node = self.roots[key] if isinstance(key, str) else key
        self.opened.append((sub_key, access))
        for part in sub_key.split("\\"):
            found = {k.lower(): v for k, v in node.subkeys.items()}.get(part.lower())
            if found is None:
                raise FileNotFoundError(2, "Det går inte att hitta filen")
            node = found
        return node

    def EnumValue(self, key: FakeKey, index: int) -> tuple[str, Any, int]:
        items = list(key.values.items())
        if index >= len(items):
            raise OSError(259, "No more data is available")
        name, (data, kind) = items[index]
        return name, data, kind

    def EnumKey(self, key: FakeKey, index: int) -> str:
        names = list(key.subkeys)
        if index >= len(names):
            raise OSError(259, "No more data is available")
        return names[index]

    @staticmethod
    def ExpandEnvironmentStrings(text: str) -> str:
        return text.replace("%ProgramData%", "C:\\ProgramData")


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    # The file here stands for the machine's own: KVINNOFRID_POLICY would be ignored beside
    # a machine registry key (load_policy).
    monkeypatch.delenv("KVINNOFRID_POLICY", raising=False)
    monkeypatch.setattr(policy_module, "machine_policy_path", lambda: tmp_path / "policy.json")
    return SimpleNamespace(tmp=tmp_path, policy=tmp_path / "policy.json")


def test_without_registry_values_or_file_nothing_is_locked(env: SimpleNamespace) -> None:
    fake = FakeWinreg()
    assert load_policy(registry=fake) == Policy()
    # The 64-bit view is read (Group Policy writes there; the program is 64-bit).
    assert fake.opened == [(REGISTRY_KEY, FakeWinreg.KEY_READ | FakeWinreg.KEY_WOW64_64KEY)] * 2


def test_every_kind_of_value_is_read_from_the_machine_policy(env: SimpleNamespace) -> None:
    key = generate_keypair(env.tmp / "lan.key")
    inline = generate_keypair(env.tmp / "other.key")
    fake = FakeWinreg(hklm=FakeKey(
        {"default_municipality": ("Köping", REG_SZ),
         "allow_unsigned": (0, REG_DWORD),
         "allow_export": (1, REG_DWORD),
         "remember_external_files": (0, REG_DWORD),
         "quick_hide": (0, REG_DWORD),
         "quick_hide_prominent": (1, REG_DWORD),
         "allow_editing": (1, REG_DWORD),
         "watch_folder": ("\\\\filserver\\kvinnofrid\\paket", REG_SZ),
         "content_folder": ("%ProgramData%\\Kvinnofrid\\paket", REG_EXPAND_SZ)},
        # What the ADMX list box writes: a subkey with the values "1", "2", …
        {"trusted_keys": FakeKey({"1": (str(env.tmp / "lan.key.pub"), REG_SZ),
                                  "2": (base64.b64encode(inline.public_key).decode(),
                                        REG_SZ)})}))
    policy = load_policy(registry=fake)
    assert policy.problems == ()
    assert (policy.default_municipality, policy.allow_unsigned, policy.allow_export) == (
        "Köping", False, True)
    assert (policy.remember_external_files, policy.quick_hide, policy.quick_hide_prominent,
            policy.allow_editing) == (False, False, True, True)
    assert str(policy.watch_folder) == "\\\\filserver\\kvinnofrid\\paket"
    assert str(policy.content_folder) == "C:\\ProgramData\\Kvinnofrid\\paket"
    assert [k.key_id for k in policy.trusted_keys] == [key.key_id, inline.key_id]
    assert all(policy.locked(k) for k in KEYS)
    assert policy.source("allow_export") == HKLM and policy.path is None


def test_a_multi_string_value_gives_the_trusted_keys_too(env: SimpleNamespace) -> None:
    inline = generate_keypair(env.tmp / "other.key")
    fake = FakeWinreg(hklm=FakeKey({"Trusted_Keys": (
        [base64.b64encode(inline.public_key).decode(), ""], REG_MULTI_SZ)}))
    policy = load_policy(registry=fake)  # names are case-insensitive, as in the registry
    assert [k.key_id for k in policy.trusted_keys] == [inline.key_id] and not policy.problems


def test_the_machine_wins_over_the_user_and_both_over_the_file(env: SimpleNamespace) -> None:
    env.policy.write_text(json.dumps({"allow_export": True, "allow_unsigned": True,
                                      "default_municipality": "Sala"}), encoding="utf-8")
    fake = FakeWinreg(hklm=FakeKey({"allow_export": (0, REG_DWORD)}),
                      hkcu=FakeKey({"allow_export": (1, REG_DWORD),
                                    "allow_unsigned": (0, REG_DWORD)}))
    policy = load_policy(registry=fake)
    assert (policy.allow_export, policy.allow_unsigned, policy.default_municipality) == (
        False, False, "Sala")
    assert policy.source("allow_export") == HKLM
    assert policy.source("allow_unsigned") == HKCU
    assert policy.source("default_municipality") == str(env.policy) == str(policy.path)


@pytest.mark.parametrize(("values", "field", "code", "key", "safest"), [
    ({"allow_unsigned": ("1", REG_SZ)}, "allow_unsigned", "policy.type", "allow_unsigned",
     False),
    ({"allow_export": (2, REG_DWORD)}, "allow_export", "policy.value", "allow_export", False),
    ({"allow_export": (b"\x01", 3)}, "allow_export", "policy.type", "allow_export", False),
    ({"content_folder": (5, REG_DWORD)}, "content_folder", "policy.type", "content_folder",
     None),
    ({"watch_folder": ("  ", REG_SZ)}, "watch_folder", "policy.type", "watch_folder", None),
    ({"trusted_keys": ("AAAA", REG_SZ)}, "trusted_keys", "policy.type", "trusted_keys", ()),
])
def test_a_wrong_type_or_value_is_a_problem_and_the_safest_value_holds(
        env: SimpleNamespace, values: dict[str, tuple[Any, int]], field: str, code: str,
        key: str, safest: Any) -> None:
    policy = load_policy(registry=FakeWinreg(hklm=FakeKey(values)))
    assert [(p.code, p.field, p.file) for p in policy.problems] == [(code, field, HKLM)]
    assert getattr(policy, key) == safest and policy.locked(key)


@pytest.mark.parametrize(("values", "says", "holds"), [
    ({"quick_hide": (5, REG_DWORD)}, "ska vara 1 eller 0, inte 5; 1 gäller", True),
    ({"quick_hide": ("0", REG_SZ)}, "ska vara REG_DWORD 1 eller 0, inte REG_SZ; 1 gäller",
     True),
    ({"allow_export": (7, REG_DWORD)}, "ska vara 1 eller 0, inte 7; 0 gäller", False),
])
def test_a_wrong_value_names_the_value_that_applies(env: SimpleNamespace,
                                                    values: dict[str, tuple[Any, int]],
                                                    says: str, holds: bool) -> None:
    """quick_hide = 5 said "0 gäller" while Dölj snabbt stayed (its safest value is 1)."""
    policy = load_policy(registry=FakeWinreg(hklm=FakeKey(values)))
    [name] = values
    assert [p.message for p in policy.problems] == [says]
    assert getattr(policy, name) is holds


def test_a_municipality_of_the_wrong_type_locks_nothing(env: SimpleNamespace) -> None:
    policy = load_policy(registry=FakeWinreg(hklm=FakeKey({"default_municipality": (3,
                                                                                   REG_DWORD)})))
    assert [p.message for p in policy.problems] == [
        "ska vara REG_SZ (text), inte REG_DWORD; ingen kommun låses, användarens eget val gäller"]
    assert not policy.locked("default_municipality")


@pytest.mark.parametrize("value", ["paket", "..\\paket", "\\Kvinnofrid\\paket", "C:paket"])
def test_a_relative_folder_in_the_registry_is_refused(env: SimpleNamespace, value: str) -> None:
    """A relative path was taken against the folder the program happened to start in."""
    key = generate_keypair(env.tmp / "lan.key")
    policy = load_policy(registry=FakeWinreg(hklm=FakeKey(
        {"content_folder": (value, REG_SZ), "watch_folder": ("\\\\server\\paket", REG_SZ)},
        {"trusted_keys": FakeKey({"1": ("lan.key.pub", REG_SZ),
                                  "2": (str(env.tmp / "lan.key.pub"), REG_SZ)})})))
    assert policy.content_folder is None and policy.locked("content_folder")
    assert str(policy.watch_folder) == "\\\\server\\paket"
    assert [k.key_id for k in policy.trusted_keys] == [key.key_id]
    assert [(p.code, p.field) for p in policy.problems] == [
        ("policy.value", "content_folder"), ("policy.value", "trusted_keys[0]")]
    assert "ingen fullständig sökväg" in policy.problems[0].message


def test_unknown_values_and_subkeys_are_reported_and_ignored(env: SimpleNamespace) -> None:
    fake = FakeWinreg(hkcu=FakeKey({"allow_unsinged": (1, REG_DWORD), "": ("x", REG_SZ),
                                    "_kommentar": ("satt av IT", REG_SZ)},
                                   {"extra": FakeKey()}))
    policy = load_policy(registry=fake)
    assert [(p.code, p.field, p.file) for p in policy.problems] == [
        ("policy.unknown_key", "allow_unsinged", HKCU), ("policy.unknown_key", "extra", HKCU)]
    assert policy.locked_keys == frozenset()


def test_a_bad_entry_in_the_key_list_is_skipped(env: SimpleNamespace) -> None:
    inline = generate_keypair(env.tmp / "other.key")
    fake = FakeWinreg(hklm=FakeKey(subkeys={"trusted_keys": FakeKey({
        "1": (str(env.tmp / "saknas.pub"), REG_SZ), "2": (7, REG_DWORD),
        "3": (base64.b64encode(inline.public_key).decode(), REG_SZ)})}))
    policy = load_policy(registry=fake)
    assert [k.key_id for k in policy.trusted_keys] == [inline.key_id]
    assert [p.field for p in policy.problems] == ["trusted_keys[0]", "trusted_keys[1]"]


def test_a_registry_that_fails_is_a_problem_not_a_crash(env: SimpleNamespace) -> None:
    class Broken(FakeWinreg):
        def EnumValue(self, key: FakeKey, index: int) -> tuple[str, Any, int]:
            raise RuntimeError("åtkomst nekad")

    policy = load_policy(registry=Broken(hklm=FakeKey({"allow_export": (0, REG_DWORD)})))
    assert [(p.code, p.file) for p in policy.problems] == [("policy.unreadable", HKLM)]
    assert policy.allow_export is False and policy.locked("allow_export")


class Denied(FakeWinreg):
    """HKLM's policy key exists, but opening or listing it fails (access denied)."""

    def __init__(self, *args: Any, fail: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fail = fail

    def OpenKey(self, key: Any, sub_key: str, reserved: int = 0,
                access: int = 0x20019) -> FakeKey:
        if self.fail == "open" and key == "HKLM":
            raise PermissionError(5, "Åtkomst nekad")
        return super().OpenKey(key, sub_key, reserved, access)

    def machine_key(self) -> FakeKey:
        return super().OpenKey("HKLM", REGISTRY_KEY)

    def EnumValue(self, key: FakeKey, index: int) -> tuple[str, Any, int]:
        if self.fail == "values" and key is self.machine_key():
            raise PermissionError(5, "Åtkomst nekad")
        return super().EnumValue(key, index)

    def EnumKey(self, key: FakeKey, index: int) -> str:
        if self.fail == "subkeys" and key is self.machine_key():
            raise OSError(1450, "Otillräckliga systemresurser")
        return super().EnumKey(key, index)


@pytest.mark.parametrize("fail", ["open", "values", "subkeys"])
def test_a_machine_key_that_cannot_be_read_locks_the_safest_values(env: SimpleNamespace,
                                                                   fail: str) -> None:
    """An HKLM key that exists but could not be opened or listed counted as "no policy": the
    user's own HKCU allow_unsigned=1 then won, and HKLM's allow_export=0 was lost."""
    env.policy.write_text(json.dumps({"allow_export": True}), encoding="utf-8")
    fake = Denied(hklm=FakeKey({"allow_unsigned": (0, REG_DWORD),
                                "allow_export": (0, REG_DWORD)}),
                  hkcu=FakeKey({"allow_unsigned": (1, REG_DWORD)}), fail=fail)
    policy = load_policy(registry=fake)
    assert (policy.allow_unsigned, policy.allow_export, policy.trusted_keys) == (False, False, ())
    assert [k for k in KEYS if not policy.locked(k)] == ["default_municipality"]
    assert policy.source("allow_unsigned") == HKLM
    assert [(p.code, p.file) for p in policy.problems] == [("policy.unreadable", HKLM)]
    assert "de säkraste inställningarna gäller" in policy.problems[0].message


def test_off_windows_the_registry_is_not_read(env: SimpleNamespace,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(policy_module.sys, "platform", "linux")
    assert load_policy() == Policy()


def test_on_windows_winreg_is_imported_only_when_the_policy_is_read(
        env: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeWinreg(hklm=FakeKey({"allow_export": (0, REG_DWORD)}))
    monkeypatch.setattr(policy_module.sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "winreg", fake)
    assert load_policy().allow_export is False


@pytest.mark.skipif(sys.platform != "win32", reason="the real registry is Windows'")
def test_the_real_registry_of_the_current_user(env: SimpleNamespace) -> None:
    """On Windows (CI): values written with the real winreg are read as Group Policy sets them.
    Skipped where a policy is already set (a managed machine) or the key may not be written."""
    import winreg

    parent = r"Software\Policies\Kvinnofrid"
    try:
        winreg.OpenKey(winreg.HKEY_CURRENT_USER, parent).Close()
        pytest.skip("this user already has a Kvinnofrid policy; it is not touched")
    except OSError:
        pass
    try:
        key = winreg.CreateKey(winreg.HKEY_CURRENT_USER, REGISTRY_KEY)
    except PermissionError:
        pytest.skip("no right to write HKCU\\Software\\Policies (not an administrator)")
    try:
        with key:
            winreg.SetValueEx(key, "allow_export", 0, winreg.REG_DWORD, 0)
            winreg.SetValueEx(key, "content_folder", 0, winreg.REG_EXPAND_SZ,
                              "%ProgramData%\\Kvinnofrid\\paket")
            with winreg.CreateKey(key, "trusted_keys") as keys:
                winreg.SetValueEx(keys, "1", 0, winreg.REG_SZ, "A" * 42 + "==")
        policy = load_policy()
        assert policy.allow_export is False and policy.source("allow_export") == HKCU
        assert str(policy.content_folder).lower() == os.path.expandvars(
            "%ProgramData%\\Kvinnofrid\\paket").lower()
        assert [(p.code, p.field) for p in policy.problems] == [("policy.value",
                                                                 "trusted_keys[0]")]
    finally:
        for sub in (REGISTRY_KEY + "\\trusted_keys", REGISTRY_KEY, parent):
            with contextlib.suppress(OSError):
                winreg.DeleteKey(winreg.HKEY_CURRENT_USER, sub)


def test_every_problem_is_logged(env: SimpleNamespace, caplog: pytest.LogCaptureFixture) -> None:
    env.policy.write_text(json.dumps({"allow_unsinged": True}), encoding="utf-8")
    with caplog.at_level("WARNING", logger="kvinnofrid_desktop.core.install.policy"):
        policy = load_policy(registry=FakeWinreg(hklm=FakeKey({"allow_export": ("0", REG_SZ)})))
    assert len(policy.problems) == 2
    assert [r.getMessage() for r in caplog.records] == [f"policy: {p}" for p in policy.problems]
    assert "allow_export" in caplog.records[0].getMessage()
    assert HKLM in caplog.records[0].getMessage()
