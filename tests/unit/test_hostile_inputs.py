"""Every file from outside ends as data or a named problem: never a traceback, never a hang.

The cases are the classes a hostile-input round found (issue 14): numbers thousands of digits
long, lone surrogates, values of the wrong type, a FIFO or a NUL byte where a file belongs,
control characters meant for the terminal. The property tests mutate valid files at random.
"""

from __future__ import annotations

import base64
import copy
import json
import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.card.model import parse_action_card_bytes
from kvinnofrid_desktop.core.install.policy import load_policy
from kvinnofrid_desktop.core.install.signing import (
    INVALID,
    UNKNOWN_KEY,
    VERIFIED,
    check_signature,
    generate_keypair,
    load_public_key,
    signature_bytes,
)
from kvinnofrid_desktop.core.pack.external import ExternalFileError, loads, printable, read_limited
from kvinnofrid_desktop.core.pack.manifest import parse_manifest_bytes
from kvinnofrid_desktop.core.pack.problems import PackError

DEFAULT = default_pack_dir()
MANIFEST = (DEFAULT / "manifest.json").read_bytes()
CARD = (DEFAULT / "action_card.json").read_bytes()
HUGE = "1" * 5000


def finishes(seconds: float, call, *args: Any) -> Any:
    """Run ``call`` in a thread; fail (instead of hanging the suite) if it takes longer."""
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["value"] = call(*args)
        except BaseException as exc:
            result["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{call.__name__} still running after {seconds} s"
    if "error" in result:
        raise result["error"]
    return result["value"]


# --- the classes found ---------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    b'{"format": ' + HUGE.encode() + b"}",
    b'{"format": 1, "id": "\\ud800"}',
    b'{"format": 1e999999}',
    b'{"format": NaN}',
    b"[" * 100_000,
    b"\xff\xfe",
])
def test_a_broken_manifest_is_a_named_problem(raw: bytes) -> None:
    with pytest.raises(PackError) as caught:
        parse_manifest_bytes(raw)
    assert caught.value.first.code.startswith(("manifest.", "format."))


def test_a_manifest_with_values_of_the_wrong_type_is_a_named_problem() -> None:
    data = json.loads(MANIFEST)
    for doc in data["documents"]:
        doc["id"] = ["a", "list"]
        doc["title"] = 7
    data["files"] = [["x"], 3, None]
    with pytest.raises(PackError):
        parse_manifest_bytes(json.dumps(data).encode())


@pytest.mark.parametrize("change", ["huge", "surrogate", "number_as_name", "list_as_id",
                                    "numbers_as_municipalities"])
def test_a_hostile_card_is_a_named_problem(change: str) -> None:
    data = json.loads(CARD)
    contact = data["contacts"][0]
    if change == "huge":
        raw = CARD.replace(b'"format": 1', b'"format": ' + HUGE.encode(), 1)
    else:
        if change == "surrogate":
            contact["name"] = "\ud800"
        elif change == "number_as_name":
            contact["name"] = 12
        elif change == "list_as_id":
            data["subjects"][0]["steps"][1]["contacts"] = [["sala-vaxel"]]
        else:
            data["municipalities"] = [1, "Sala", None]
        raw = json.dumps(data).encode("utf-8", "surrogatepass")
    with pytest.raises(PackError):
        parse_action_card_bytes(raw)


def test_a_broken_signature_file_is_invalid_never_an_exception(tmp_path: Path) -> None:
    key = generate_keypair(tmp_path / "lan.key", publisher="Länet")
    good = signature_bytes(MANIFEST, tmp_path / "lan.key")
    assert check_signature(MANIFEST, good, [key]).status == VERIFIED
    data = json.loads(good)
    for bad in (good.replace(b'"format": 1', b'"format": ' + HUGE.encode()),
                json.dumps({**data, "publisher": ["x"]}).encode(),
                json.dumps({**data, "key_id": 5}).encode(),
                b'{"publisher": "\\udfff"}', b"\x00\x01", b"[[[[[[[["):
        assert check_signature(MANIFEST, bad, [key]).status == INVALID


def test_a_fifo_or_a_nul_byte_where_a_file_belongs_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "policy.json"
    os.mkfifo(fifo)
    policy = finishes(5, load_policy, fifo)
    assert policy.problems and not policy.allow_unsigned
    key_fifo = tmp_path / "key.pub"
    os.mkfifo(key_fifo)
    with pytest.raises(PackError):
        finishes(5, load_public_key, key_fifo)
    (tmp_path / "p.json").write_text(json.dumps({"trusted_keys": ["key.pub", "a\u0000b.pub"]}),
                                     encoding="utf-8")
    policy = finishes(5, load_policy, tmp_path / "p.json")
    assert not policy.trusted_keys and len(policy.problems) == 2
    with pytest.raises(ExternalFileError):
        read_limited(tmp_path, 100)  # a folder


def test_a_policy_with_a_huge_number_gives_the_safest_values(tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    path.write_text('{"allow_export": ' + HUGE + "}", encoding="utf-8")
    policy = load_policy(path)
    assert policy.problems and policy.allow_export is False


def test_control_characters_are_shown_escaped() -> None:
    hostile = "Länet\x1b[2J\x1b]0;fake\x07\u202egnp.exe\x9b"
    assert printable(hostile) == "Länet\\x1b[2J\\x1b]0;fake\\x07\\u202egnp.exe\\x9b"
    assert printable("Sala – 021-39 20 66 ✓") == "Sala – 021-39 20 66 ✓"
    data = loads(json.dumps({"publisher": hostile}).encode())
    assert "\x1b" not in data["publisher"] and "\u202e" not in data["publisher"]


# --- property tests: mutate valid files at random ------------------------------------------------

ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
    st.sampled_from([HUGE, "\ud800x", "\x1b[2J", "\u202e", "", " ", "<b>x</b>", "../../x",
                     "9999-99-99", "2026-02-30", -1, 2**70, [], {}, [[[]]], {"": None}]),
    st.text(max_size=20), st.lists(st.integers(), max_size=3),
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value[:4]):
            out += _paths(v, (*prefix, i))
    return out


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    data = json.loads(original)
    paths = _paths(data)
    for _ in range(draw(st.integers(1, 3))):
        data = copy.deepcopy(data) if data is not None else data
        path = draw(st.sampled_from(paths))
        if not path:
            data = draw(ODD_VALUES)
            break
        parent = data
        try:
            for step in path[:-1]:
                parent = parent[step]
            if draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = draw(ODD_VALUES)
        except (KeyError, IndexError, TypeError):
            continue
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        raw = raw[: draw(st.integers(0, len(raw)))]
    return raw


def _named_or_valid(call, raw: bytes) -> None:
    start = time.monotonic()
    try:
        call(raw)
    except PackError as exc:
        assert exc.first.code  # a named problem
    assert time.monotonic() - start < 1.0


PROPERTY = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@PROPERTY
@given(mutated(MANIFEST))
def test_any_mutated_manifest_is_valid_or_a_named_problem(raw: bytes) -> None:
    _named_or_valid(parse_manifest_bytes, raw)


@PROPERTY
@given(mutated(CARD))
def test_any_mutated_card_is_valid_or_a_named_problem(raw: bytes) -> None:
    _named_or_valid(parse_action_card_bytes, raw)


SIG = json.dumps({"format": 1, "algorithm": "ed25519", "key_id": "0123456789abcdef",
                  "publisher": "Länet", "signature": base64.b64encode(bytes(64)).decode()}
                 ).encode()


@PROPERTY
@given(mutated(SIG))
def test_any_mutated_signature_is_judged_never_raised(raw: bytes) -> None:
    state = check_signature(MANIFEST, raw, [])
    assert state.status in (INVALID, UNKNOWN_KEY)


POLICY = json.dumps({"default_municipality": "Sala", "allow_unsigned": False,
                     "allow_export": True, "trusted_keys": [], "watch_folder": "paket"}).encode()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(mutated(POLICY))
def test_any_mutated_policy_gives_values_and_problems(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "policy.json"
    path.write_bytes(raw)
    start = time.monotonic()
    policy = load_policy(path)
    assert time.monotonic() - start < 1.0
    assert isinstance(policy.allow_unsigned, bool) and isinstance(policy.problems, tuple)


def test_a_member_name_of_60_kb_is_refused_at_once(tmp_path: Path) -> None:
    import zipfile

    from kvinnofrid_desktop.core.install.archive import read_head

    path = tmp_path / "long.kvpack"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("manifest.json", MANIFEST)
        z.writestr("docs/" + "å" * 30_000 + ".pdf", b"%PDF")
    start = time.monotonic()
    with pytest.raises(PackError) as caught:
        read_head(path)
    assert caught.value.first.code == "path.invalid"
    assert time.monotonic() - start < 1.0
