"""Key rotation: a pack signed by a trusted key introduces a new key and retires old ones.

Real keys (``generate_keypair``), real packs (``make_pack`` → ``write_rotation``/``sign_pack`` →
``write_archive``), real imports into a store in a temporary data directory. The key the program
trusts at the start is in the administrator's policy (``trusted_keys``), as in the county.
"""

from __future__ import annotations

import base64
import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_archive import V1, V2, make_pack
from test_store import snapshot

from kvinnofrid_desktop.__main__ import main
from kvinnofrid_desktop.cli.pack import main as pack_main
from kvinnofrid_desktop.core.install import store as store_module
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.install.rotation import (
    ROTATION_PATH,
    TRUST_NAME,
    KeyTrust,
    judge_rotation,
    parse_rotation,
    read_trust,
    write_rotation,
)
from kvinnofrid_desktop.core.install.signing import (
    RETIRED,
    VERIFIED,
    SignatureState,
    TrustedKey,
    generate_keypair,
    sign_pack,
)
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.core.pack.manifest import parse_manifest_bytes
from kvinnofrid_desktop.core.pack.problems import PackError

V3, V4 = "2026-12-03", "2026-12-04"
PUBLISHER = "Länsstyrelsen Västmanland"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """Keys A (trusted through the policy), B (its successor), X (a stranger's)."""
    data, policy = tmp_path / "data", tmp_path / "policy.json"
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(data))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(policy))
    keys = tmp_path / "keys"
    keys.mkdir()
    a = generate_keypair(keys / "a.key", publisher=PUBLISHER)
    b = generate_keypair(keys / "b.key", publisher=PUBLISHER)
    x = generate_keypair(keys / "x.key", publisher="Någon annan")
    policy.write_text(json.dumps({"trusted_keys": ["keys/a.key.pub"]}), encoding="utf-8")
    return SimpleNamespace(tmp=tmp_path, data=data, policy=policy, keys=keys, a=a, b=b, x=x)


def private(env: SimpleNamespace, key: TrustedKey) -> Path:
    return Path(key.source).with_suffix("")  # a.key.pub → a.key


def pack(env: SimpleNamespace, version: str, signer: TrustedKey | None, *,
         new: TrustedKey | None = None, retire: tuple[str, ...] = (),
         name: str | None = None) -> Path:
    """A .kvpack of ``version`` signed by ``signer`` (None: unsigned), with a rotation
    statement when ``new`` or ``retire`` is given."""
    src = make_pack(env.tmp / f"src-{name or version}", version)
    if signer is not None and (new is not None or retire):
        write_rotation(src, private(env, signer), new, retire)
    elif signer is not None:
        sign_pack(src, private(env, signer))
    return write_archive(src, env.tmp / f"{name or version}.kvpack")


def refused(env: SimpleNamespace, kv: Path, **options: Any) -> PackError:
    """Import ``kv``; it must be refused and leave the data directory exactly as it was."""
    before = snapshot(env.data) if env.data.exists() else None
    trust_before = (env.data / TRUST_NAME).read_bytes() \
        if (env.data / TRUST_NAME).exists() else None
    with pytest.raises(PackError) as info:
        PackStore().import_pack(kv, **options)
    if before is not None:  # (the lock file may appear: taking the lock creates it)
        assert {k: v for k, v in snapshot(env.data).items() if k != "lock"} == \
            {k: v for k, v in before.items() if k != "lock"}
    assert ((env.data / TRUST_NAME).read_bytes()
            if (env.data / TRUST_NAME).exists() else None) == trust_before
    return info.value


def rotate_in(env: SimpleNamespace) -> None:
    """V1, signed by A, introduces B."""
    PackStore().import_pack(pack(env, V1, env.a, new=env.b))


# --- rotation accepted --------------------------------------------------------------------------


def test_rotation_is_accepted_and_the_new_key_then_verifies_a_pack_alone(
        env: SimpleNamespace) -> None:
    only_b = pack(env, V2, env.b)
    assert refused(env, only_b).code == "signature.unknown_key"  # before: B means nothing

    rotating = pack(env, V1, env.a, new=env.b)
    preview = PackStore().preview_import(rotating)
    assert preview.refusal is None
    said = "\n".join(preview.lines_sv())
    assert f"Paketet inför en ny signeringsnyckel (id {env.b.key_id}) från {PUBLISHER}" in said
    assert not (env.data / TRUST_NAME).exists()  # a preview changes nothing

    result = PackStore().import_pack(rotating)
    assert result.signature.key_id == env.a.key_id
    assert any(env.b.key_id in line for line in result.trust_changes)
    assert env.b.key_id in result.summary_sv()
    learned = read_trust(env.data)
    assert [(k.key.key_id, k.introduced_by, k.version) for k in learned.learned] == [
        (env.b.key_id, env.a.key_id, V1)]

    state = PackStore().import_pack(only_b).signature  # a new store: as after a restart
    assert (state.status, state.key_id, state.publisher) == (VERIFIED, env.b.key_id, PUBLISHER)


def test_the_learned_key_survives_a_restart_and_a_rollback(env: SimpleNamespace) -> None:
    rotate_in(env)
    PackStore().import_pack(pack(env, V2, env.b))
    PackStore().rollback()
    PackStore().rollback()  # back to the embedded default: no installed pack left
    assert not (env.data / "packs").exists() or not list((env.data / "packs").iterdir())
    store = PackStore()
    store.cleanup()
    assert env.b.key_id in {k.key_id for k in store.trusted_keys()}
    assert store.import_pack(pack(env, V3, env.b)).signature.status == VERIFIED


def test_the_same_statement_twice_changes_nothing_more(env: SimpleNamespace) -> None:
    rotate_in(env)
    before = (env.data / TRUST_NAME).read_bytes()
    result = PackStore().import_pack(pack(env, V2, env.a, new=env.b))
    assert "redan litar på" in " ".join(result.trust_changes)
    assert (env.data / TRUST_NAME).read_bytes() == before


# --- statements that are refused ----------------------------------------------------------------


def test_a_statement_in_a_pack_signed_by_an_untrusted_key_is_refused(env: SimpleNamespace
                                                                     ) -> None:
    kv = pack(env, V1, env.x, new=env.b)
    assert refused(env, kv).code == "signature.unknown_key"
    # Trusting X for one import (--trust-key) does not let it introduce a key for ever.
    problem = refused(env, kv, trust_keys=[Path(env.x.source)]).first
    assert (problem.code, problem.file) == ("rotation.untrusted_key", ROTATION_PATH)
    assert env.x.key_id in problem.message and "--trust-key" in problem.message
    assert env.b.key_id not in {k.key_id for k in PackStore().trusted_keys()}


def test_a_statement_signed_by_another_key_than_the_pack_is_refused(env: SimpleNamespace
                                                                    ) -> None:
    src = make_pack(env.tmp / "src", V1)
    write_rotation(src, private(env, env.x), env.b)
    sign_pack(src, private(env, env.a))  # the pack itself is verified by the trusted A
    problem = refused(env, write_archive(src, env.tmp / "p.kvpack")).first
    assert problem.code == "rotation.wrong_signer"
    assert env.x.key_id in problem.message and env.a.key_id in problem.message


def tamper(src: Path, change: Any) -> None:
    """Change the statement, list its new size and checksum in the manifest (the pack is then
    signed again by the caller, so only the statement's own signature can catch it)."""
    import hashlib

    path = src / ROTATION_PATH
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    path.write_bytes(raw)
    manifest = json.loads((src / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        if entry["path"] == ROTATION_PATH:
            entry.update(bytes=len(raw), sha256=hashlib.sha256(raw).hexdigest())
    (src / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False),
                                       encoding="utf-8")


@pytest.mark.parametrize("what", ["publisher", "new key", "retire list", "signature"])
def test_a_statement_whose_signature_does_not_verify_is_refused(env: SimpleNamespace,
                                                                what: str) -> None:
    src = make_pack(env.tmp / "src", V1)
    write_rotation(src, private(env, env.a), env.b)
    changes = {
        "publisher": lambda d: d["new_key"].update(publisher="Falsk utgivare"),
        "new key": lambda d: d["new_key"].update(
            key=base64.b64encode(env.x.public_key).decode(), key_id=env.x.key_id),
        "retire list": lambda d: d.update(retire=[env.x.key_id]),
        "signature": lambda d: d.update(signature=base64.b64encode(bytes(64)).decode()),
    }
    tamper(src, changes[what])
    sign_pack(src, private(env, env.a))  # the pack's signature is good; the statement's is not
    problem = refused(env, write_archive(src, env.tmp / "p.kvpack")).first
    assert (problem.code, problem.file) == ("rotation.bad_signature", ROTATION_PATH)
    assert "förfalskat" in problem.message


def test_a_statement_in_an_unsigned_pack_is_refused_even_when_unsigned_is_allowed(
        env: SimpleNamespace) -> None:
    src = make_pack(env.tmp / "src", V1)
    write_rotation(src, private(env, env.a), env.b)
    (src / "manifest.sig").unlink()
    problem = refused(env, write_archive(src, env.tmp / "p.kvpack"), allow_unsigned=True).first
    assert problem.code == "rotation.unsigned"


def test_a_statement_that_would_leave_no_trusted_key_is_refused(env: SimpleNamespace) -> None:
    rotate_in(env)
    # B retires A and itself, introducing nothing: no signed pack could ever be taken again.
    problem = refused(env, pack(env, V2, env.b, retire=(env.a.key_id, env.b.key_id))).first
    assert problem.code == "rotation.no_key_left"


# --- retired keys -------------------------------------------------------------------------------


def test_a_pack_signed_by_a_retired_key_is_refused_even_with_trust_key(env: SimpleNamespace
                                                                       ) -> None:
    # One step: A introduces B and retires itself in the same statement.
    result = PackStore().import_pack(pack(env, V1, env.a, new=env.b, retire=(env.a.key_id,)))
    assert any("drar tillbaka nyckeln " + env.a.key_id in line for line in result.trust_changes)
    old = pack(env, V2, env.a, name="old")
    for options in ({}, {"trust_keys": [Path(env.a.source)]}):
        problem = refused(env, old, **options).first
        assert problem.code == "signature.retired_key", options
        assert f"i paketversion {V1}" in problem.message and env.a.key_id in problem.message
    assert PackStore().preview_import(old).signature.status == RETIRED
    # The pack that did it stays installed and is described honestly.
    [installed] = [p for p in PackStore().installed() if p.version == V1]
    assert installed.signature == (f"verifierat av {PUBLISHER}; nyckeln {env.a.key_id} har "
                                   "sedan dragits tillbaka")
    assert PackStore().import_pack(pack(env, V2, env.b, name="new")).signature.status == VERIFIED


def test_a_later_pack_signed_with_the_new_key_retires_the_old_one(env: SimpleNamespace) -> None:
    rotate_in(env)
    assert PackStore().import_pack(pack(env, V2, env.a)).signature.status == VERIFIED
    preview = PackStore().preview_import(pack(env, V3, env.b, retire=(env.a.key_id,)))
    assert f"Paketet drar tillbaka nyckeln {env.a.key_id}" in "\n".join(preview.lines_sv())
    PackStore().import_pack(pack(env, V3, env.b, retire=(env.a.key_id,)))
    assert [r.key_id for r in read_trust(env.data).retired] == [env.a.key_id]
    problem = refused(env, pack(env, V4, env.a)).first
    assert problem.code == "signature.retired_key" and f"paketversion {V3}" in problem.message
    # A retired key cannot come back through a rotation either.
    back = refused(env, pack(env, V4, env.b, new=env.a, name="back")).first
    assert back.code == "rotation.retired_new_key"


def test_a_shipped_key_can_be_retired(env: SimpleNamespace,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    env.policy.unlink()  # no policy: A is trusted because it ships with the program
    monkeypatch.setattr(store_module, "shipped_keys", lambda: [env.a])
    PackStore().import_pack(pack(env, V1, env.a, new=env.b))
    PackStore().import_pack(pack(env, V2, env.b, retire=(env.a.key_id,)))
    assert refused(env, pack(env, V3, env.a)).code == "signature.retired_key"
    assert env.a.key_id not in {k.key_id for k in PackStore().trusted_keys()}


# --- the trust file and failures ----------------------------------------------------------------


def test_a_failed_install_puts_the_earlier_trust_back(env: SimpleNamespace,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PackStore, "_write_pointer", full)
    with pytest.raises(PackError) as info:
        PackStore().import_pack(pack(env, V1, env.a, new=env.b))
    assert info.value.code == "disk.full"
    assert not (env.data / TRUST_NAME).exists()
    assert env.b.key_id not in {k.key_id for k in PackStore().trusted_keys()}


KILL_SCRIPT = r"""
import os, signal, sys
from pathlib import Path
from kvinnofrid_desktop.core.install import store

store._checkpoint = lambda step: os.kill(os.getpid(), signal.SIGKILL) \
    if step == "trust_written" else None
store.PackStore().import_pack(Path(sys.argv[1]))
print("not killed")
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_killed_after_the_trust_is_written_the_key_is_learned_and_the_store_consistent(
        env: SimpleNamespace) -> None:
    kv = pack(env, V1, env.a, new=env.b)
    proc = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(kv)], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    store = PackStore()
    store.cleanup()  # what every start does
    assert store.active().builtin  # the pack never arrived …
    assert [k.key.key_id for k in read_trust(env.data).learned] == [env.b.key_id]  # … the key did
    again = store.import_pack(kv)  # the same file installs; its statement changes nothing more
    assert "redan litar på" in " ".join(again.trust_changes)
    assert store.import_pack(pack(env, V2, env.b)).signature.status == VERIFIED


@pytest.mark.parametrize("content", [b"", b"{", b'{"format": 1}', b"[]", b'"x"',
                                     b'{"format": 1, "learned": [1], "retired": []}',
                                     b'{"format": 1, "learned": [], "retired": [{"key_id": 5}]}',
                                     b'{"format": 1e999, "learned": [], "retired": []}',
                                     b'{"format": ' + b"9" * 5000 + b"}",
                                     b'{"format": 1, "learned": "\\ud800", "retired": []}',
                                     b"[" * 100000])
def test_a_damaged_trust_file_refuses_every_import_and_never_raises(
        env: SimpleNamespace, content: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    env.data.mkdir()
    (env.data / TRUST_NAME).write_bytes(content)
    trust = read_trust(env.data)
    assert trust.problem is not None and trust.problem.code == "trust.damaged"
    problem = refused(env, pack(env, V1, env.a)).first
    assert problem.code == "trust.damaged" and "ta bort filen" in problem.message
    assert pack_main(["list"]) == 0
    assert "[trust.damaged]" in capsys.readouterr().out


@pytest.mark.usefixtures("qapp")  # pack verify opens every PDF with Qt's engine
def test_verify_refuses_as_import_does_while_the_trust_file_is_damaged(
        env: SimpleNamespace, capsys: pytest.CaptureFixture[str]) -> None:
    # A damaged trust.json hides the retirement of A, which the policy still lists: 'pack
    # verify' said OK (verifierat av …) for a pack signed by A, which every import refuses.
    PackStore().import_pack(pack(env, V1, env.a, new=env.b, retire=(env.a.key_id,)))
    old = pack(env, V2, env.a, name="old")
    folder = env.tmp / "src-old"
    assert main(["pack", "verify", str(old)]) == 1
    assert "[signature.retired_key]" in capsys.readouterr().err
    (env.data / TRUST_NAME).write_text("{bad\n", encoding="utf-8")
    assert refused(env, old).code == "trust.damaged"
    # Nor does the import's preview call it verified above its refusal.
    first = PackStore().preview_import(old).lines_sv()[0]
    assert "verifierat av" not in first and "signaturen kan inte bedömas här" in first
    for target in (old, folder):
        assert main(["pack", "verify", str(target)]) == 1, target
        out, err = capsys.readouterr()
        assert out == "" and "verifierat av" not in err
        assert "[trust.damaged]" in err and "ta bort filen" in err, err


@pytest.mark.usefixtures("qapp")
def test_verify_gives_a_folder_and_its_archive_the_same_verdict(
        env: SimpleNamespace, capsys: pytest.CaptureFixture[str]) -> None:
    # The folder was judged leniently (a retired or unknown key: "OK …", exit 0) and its
    # archive as an import judges it ("FEL …", exit 1). Both now answer "would this import?".
    PackStore().import_pack(pack(env, V1, env.a, new=env.b, retire=(env.a.key_id,)))
    cases = [("retired", env.a, [], 1, "[signature.retired_key]"),
             ("retired-trusted", env.a, [env.a.source], 1, "[signature.retired_key]"),
             ("stranger", env.x, [], 1, "[signature.unknown_key]"),
             ("stranger-trusted", env.x, [env.x.source], 0, "(verifierat av Någon annan)"),
             ("unsigned", None, [], 0, "(osignerat)"),
             ("learned", env.b, [], 0, f"(verifierat av {PUBLISHER})")]
    for name, signer, keys, code, said in cases:
        archive = pack(env, V2, signer, name=name)
        options = [arg for key in keys for arg in ("--trust-key", key)]
        verdicts = []
        for target in (env.tmp / f"src-{name}", archive):
            exit_code = main(["pack", "verify", str(target), *options])
            out, err = capsys.readouterr()
            verdicts.append((exit_code, out.replace("; inget installerades", "") + err))
        assert verdicts[0] == verdicts[1], name
        assert verdicts[0][0] == code and said in verdicts[0][1], (name, verdicts[0])
        assert verdicts[0][1].startswith("OK " if code == 0 else "kvinnofrid-desktop: "), name


def test_a_fifo_as_trust_file_is_damaged_not_a_hang(env: SimpleNamespace) -> None:
    import os

    env.data.mkdir()
    os.mkfifo(env.data / TRUST_NAME)
    assert read_trust(env.data).problem is not None


# --- hostile statements -------------------------------------------------------------------------


def statement(env: SimpleNamespace) -> dict[str, Any]:
    src = make_pack(env.tmp / "stmt", V1)
    write_rotation(src, private(env, env.a), env.b, (env.x.key_id,))
    return json.loads((src / ROTATION_PATH).read_text(encoding="utf-8"))


HOSTILE_STATEMENTS: dict[str, Any] = {
    "not json": b"{",
    "not utf-8": b"\xff\xfe{}",
    "a list": b"[]",
    "deep": b"[" * 100000,
    "huge number": b'{"format": ' + b"9" * 5000 + b"}",
    "format true": lambda d: d.update(format=True),
    "format 2": lambda d: d.update(format=2),
    "format NaN": lambda d: d.update(format=float("nan")),
    "unknown field": lambda d: d.update(extra=1),
    "type wrong": lambda d: d.update(type="something"),
    "signed_by number": lambda d: d.update(signed_by=12),
    "signed_by surrogate": lambda d: d.update(signed_by="\ud800" * 16),
    "new_key a list": lambda d: d.update(new_key=[1, 2]),
    "new_key short": lambda d: d["new_key"].update(key="AAAA"),
    "new_key huge": lambda d: d["new_key"].update(key="A" * 60000),
    "key id mismatch": lambda d: d["new_key"].update(key_id="0" * 16),
    "publisher number": lambda d: d["new_key"].update(publisher=10 ** 25),
    "publisher empty": lambda d: d["new_key"].update(publisher=" "),
    "publisher surrogate": lambda d: d["new_key"].update(publisher="\udcff"),
    "retire a string": lambda d: d.update(retire="abc"),
    "retire numbers": lambda d: d.update(retire=[1e300]),
    "retire too many": lambda d: d.update(retire=[f"{i:016x}" for i in range(100)]),
    "retire twice": lambda d: d.update(retire=[d["retire"][0]] * 2),
    "retires the new key": lambda d: d.update(retire=[d["new_key"]["key_id"]]),
    "nothing at all": lambda d: (d.pop("new_key"), d.pop("retire")),
    "signature short": lambda d: d.update(signature="AAAA"),
    "signature object": lambda d: d.update(signature={"a": 1}),
}


@pytest.mark.parametrize("name", HOSTILE_STATEMENTS)
def test_a_hostile_statement_is_a_named_problem(env: SimpleNamespace, name: str) -> None:
    case = HOSTILE_STATEMENTS[name]
    if isinstance(case, bytes):
        raw = case
    else:
        data = statement(env)
        case(data)
        raw = json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
    with pytest.raises(PackError) as info:
        parse_rotation(raw)
    assert info.value.code == "rotation.invalid", name
    verified = SignatureState(VERIFIED, PUBLISHER, env.a.key_id)
    outcome, problem = judge_rotation(raw, verified, [env.a], KeyTrust(), V1)
    assert outcome is None and problem is not None and problem.code == "rotation.invalid"


def test_a_hostile_statement_in_a_signed_pack_is_refused_whole(env: SimpleNamespace) -> None:
    src = make_pack(env.tmp / "src", V1)
    write_rotation(src, private(env, env.a), env.b)
    tamper(src, lambda d: d.update(retire=[10 ** 25]))
    sign_pack(src, private(env, env.a))
    problem = refused(env, write_archive(src, env.tmp / "p.kvpack")).first
    assert (problem.code, problem.file) == ("rotation.invalid", ROTATION_PATH)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(["format", "type", "signed_by", "new_key", "retire", "signature",
                              "new_key.key", "new_key.key_id", "new_key.publisher"]),
       value=JSON_VALUES)
def test_property_any_mutated_statement_is_verified_or_a_named_problem(
        env: SimpleNamespace, field: str, value: Any) -> None:
    if not hasattr(env, "statement"):
        env.statement = statement(env)
    data = json.loads(json.dumps(env.statement))
    top, _, sub = field.partition(".")
    if sub:
        data["new_key"][sub] = value
    else:
        data[top] = value
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
    verified = SignatureState(VERIFIED, PUBLISHER, env.a.key_id)
    outcome, problem = judge_rotation(raw, verified, [env.a], KeyTrust(), V1)
    assert (outcome is None) != (problem is None)
    if problem is not None:
        assert problem.code.startswith("rotation.") and problem.file == ROTATION_PATH
    else:  # only an unchanged field can leave the signature valid
        assert json.loads(raw) == env.statement


# --- the command line ---------------------------------------------------------------------------


def test_rotate_key_import_and_list_on_the_command_line(env: SimpleNamespace,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    src = make_pack(env.tmp / "src", V1)
    assert pack_main(["rotate-key", str(src), "--old-key", str(private(env, env.a)),
                      "--new-key", env.b.source, "--retire", env.x.key_id]) == 0
    out = capsys.readouterr().out
    assert env.b.key_id in out and env.x.key_id in out and "pack archive" in out
    manifest = parse_manifest_bytes((src / "manifest.json").read_bytes())
    assert manifest.file_entry(ROTATION_PATH) is not None
    kv = env.tmp / "p.kvpack"
    assert pack_main(["archive", str(src), str(kv)]) == 0
    assert pack_main(["import", str(kv), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"Paketet inför en ny signeringsnyckel (id {env.b.key_id})" in out
    assert f"Paketet drar tillbaka nyckeln {env.x.key_id}" in out
    assert not (env.data / TRUST_NAME).exists()
    PackStore().import_pack(kv)  # (the CLI import also opens every PDF with Qt's engine)
    assert pack_main(["list"]) == 0
    out = capsys.readouterr().out
    assert f"Inlärd nyckel {env.b.key_id} ({PUBLISHER}), införd av nyckeln {env.a.key_id} " \
           f"i paketversion {V1}" in out
    assert f"Tillbakadragen nyckel {env.x.key_id}" in out
    assert pack_main(["list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [k["key_id"] for k in listed["learned_keys"]] == [env.b.key_id]
    assert [k["key_id"] for k in listed["retired_keys"]] == [env.x.key_id]


def test_rotate_key_refuses_what_a_recipient_would_refuse(env: SimpleNamespace,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    src = make_pack(env.tmp / "src", V1)
    manifest_before = (src / "manifest.json").read_bytes()
    old = str(private(env, env.a))
    # Nothing asked, or no key id: usage errors (2), as from the program's own command line.
    assert pack_main(["rotate-key", str(src), "--old-key", old]) == 2
    with pytest.raises(SystemExit) as done:
        pack_main(["rotate-key", str(src), "--old-key", old, "--retire", "nej"])
    assert done.value.code == 2
    assert "'nej' är inget nyckel-id" in capsys.readouterr().err
    assert pack_main(["rotate-key", str(src), "--old-key", old, "--new-key", env.a.source]) == 1
    assert pack_main(["rotate-key", str(src), "--old-key", old, "--new-key", env.b.source,
                      "--retire", env.b.key_id]) == 1
    kv = write_archive(src, env.tmp / "p.kvpack")
    assert pack_main(["rotate-key", str(kv), "--old-key", old, "--new-key", env.b.source]) == 1
    err = capsys.readouterr().err
    assert err.count("[rotation.") == 3, err
    assert (src / "manifest.json").read_bytes() == manifest_before
    assert not (src / "keys").exists()


# --- the import dialog says it --------------------------------------------------------------------


def test_the_import_dialog_names_a_new_key_and_a_retired_one(qtbot, env: SimpleNamespace
                                                             ) -> None:
    from kvinnofrid_desktop.ui.dialogs.import_pack import ImportDialog

    def opened(kv: Path) -> ImportDialog:
        dialog = ImportDialog(PackStore(), kv)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.phase() != "reading", timeout=30_000)
        return dialog

    dialog = opened(pack(env, V1, env.a, new=env.b, retire=(env.a.key_id,)))
    changes = dialog.changes.topLevelItem(0)
    assert changes.text(0) == "Signeringsnycklar som ändras (2)"
    lines = [changes.child(i).text(0) for i in range(changes.childCount())]
    assert any(env.b.key_id in line and "ny signeringsnyckel" in line for line in lines)
    assert any(f"drar tillbaka nyckeln {env.a.key_id}" in line for line in lines)
    dialog.shutdown()
    PackStore().import_pack(pack(env, V1, env.a, new=env.b, retire=(env.a.key_id,),
                                 name="again"))
    retired = opened(pack(env, V2, env.a, name="old"))
    assert retired.signature_text.text() == \
        "Signerat med en nyckel som utgivaren har dragit tillbaka"
    assert retired.phase() == "refused"
    retired.shutdown()
