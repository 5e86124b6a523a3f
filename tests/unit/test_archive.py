"""The .kvpack archive: writing it deterministically, and refusing every hostile archive.

The helpers at the top (a small real pack, raw zips, a patched zip directory, the catalogue of
hostile inputs) are shared with test_store.py, test_signing.py and test_import_crash.py.
"""

from __future__ import annotations

import json
import logging
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from packtools import write_pack

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.install.archive import (
    CHUNK,
    ArchiveLimits,
    extract_archive,
    read_head,
)
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

DEFAULT = default_pack_dir()
V1, V2 = "2026-12-01", "2026-12-02"  # V1 is installed first in the store tests; V2 is newer
KEEP_DOCS = ("strategi", "pub-skyddat-boende")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(tmp_path / "policy.json"))


# --- helpers shared by the content-update tests -----------------------------------------------


def default_manifest() -> dict[str, Any]:
    return json.loads((DEFAULT / "manifest.json").read_text(encoding="utf-8"))


def default_card() -> dict[str, Any]:
    return json.loads((DEFAULT / "action_card.json").read_text(encoding="utf-8"))


def make_pack(root: Path, version: str = V1, *, files: dict[str, bytes] | None = None,
              documents: list[dict[str, Any]] | None = None, card: bytes | None = None,
              **overrides: Any) -> Path:
    """A small real pack from the default pack's files: two PDFs (real page counts) + the card."""
    base = default_manifest()
    docs = documents if documents is not None else [
        d for d in base["documents"] if d["id"] in KEEP_DOCS]
    content = {d["file"]: (DEFAULT / d["file"]).read_bytes() for d in docs}
    content["action_card.json"] = card if card is not None else \
        (DEFAULT / "action_card.json").read_bytes()
    content.update(files or {})
    fields = {"id": base["id"], "publisher": base["publisher"], "version": version,
              "action_card": "action_card.json", **overrides}
    write_pack(root, content, docs, **fields)
    return root


def pack_members(pack_dir: Path) -> list[tuple[str, bytes]]:
    """Every file of a folder as archive members, manifest first, without any checking."""
    names = sorted(p.relative_to(pack_dir).as_posix() for p in pack_dir.rglob("*") if p.is_file())
    first = [n for n in ("manifest.json", "manifest.sig") if n in names]
    return [(n, (pack_dir / n).read_bytes()) for n in first + [n for n in names if n not in first]]


def raw_zip(out: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    """Write a zip exactly as told: any names, types and duplicates."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names; we want them
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in members:
                zf.writestr(name, data)
    return out


def typed_member(name: str, mode: int, data: bytes = b"") -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = mode << 16
    return info


def patch_central(data: bytes, name: str, *, file_size: int | None = None,
                  flag_bits: int | None = None) -> bytes:
    """Change what the central directory declares for ``name`` (its size or its flags)."""
    buf = bytearray(data)
    at = 0
    while (at := buf.find(b"PK\x01\x02", at)) >= 0:
        name_len = struct.unpack_from("<H", buf, at + 28)[0]
        if buf[at + 46:at + 46 + name_len] == name.encode():
            if file_size is not None:
                struct.pack_into("<I", buf, at + 24, file_size)
            if flag_bits is not None:
                struct.pack_into("<H", buf, at + 8, flag_bits)
            return bytes(buf)
        at += 4
    raise AssertionError(f"{name} not in the central directory")


def signed_pack(tmp: Path, version: str = V2) -> tuple[Path, Path]:
    """A pack folder signed with a fresh key; returns (folder, public key file)."""
    from kvinnofrid_desktop.core.install.signing import generate_keypair, sign_pack

    src = make_pack(tmp / "signed", version)
    key = tmp / "nyckel"
    generate_keypair(key, publisher="Länsstyrelsen Västmanland")
    sign_pack(src, key)
    return src, tmp / "nyckel.pub"


# --- the catalogue of hostile inputs ----------------------------------------------------------


@dataclass
class Hostile:
    """One hostile input: how to build it, what it must be refused with, naming which file."""

    name: str
    build: Callable[[Path], Path]
    code: str
    file: str
    archive_level: bool = True  # extract_archive alone refuses it (else: only an import does)
    options: Callable[[Path], dict[str, Any]] = field(default=lambda tmp: {})
    policy: dict[str, Any] | None = None


def _members(tmp: Path, version: str = V2, **kw: Any) -> list[tuple[Any, bytes]]:
    return pack_members(make_pack(tmp / "src", version, **kw))


def _zip(tmp: Path, members: list[tuple[Any, bytes]]) -> Path:
    return raw_zip(tmp / "bad.kvpack", members)


def _bytes(tmp: Path, data: bytes) -> Path:
    (tmp / "bad.kvpack").write_bytes(data)
    return tmp / "bad.kvpack"


def _truncated(tmp: Path) -> Path:
    whole = _zip(tmp, _members(tmp)).read_bytes()
    return _bytes(tmp, whole[: len(whole) // 2])


def _declared_bomb(tmp: Path) -> Path:
    data = _zip(tmp, _members(tmp)).read_bytes()
    return _bytes(tmp, patch_central(data, "action_card.json", file_size=0xFFFFFFF0))


def _lying_bomb(tmp: Path) -> Path:
    # The manifest and the zip directory both say 4000 bytes; the data inflates to 4 MiB.
    members = [(n, bytes(4 * 1024 * 1024) if n == "data/noll.bin" else d)
               for n, d in _members(tmp, files={"data/noll.bin": bytes(4000)})]
    return _bytes(tmp, patch_central(_zip(tmp, members).read_bytes(), "data/noll.bin",
                                     file_size=4000))


def _tampered(tmp: Path) -> Path:
    src = make_pack(tmp / "src", V2)
    pdf = src / "docs" / "strategi.pdf"
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 0x01
    pdf.write_bytes(bytes(data))
    return _zip(tmp, pack_members(src))


def _corrupt_deflate(tmp: Path) -> Path:
    """The compressed data of one member made invalid (zlib: "invalid block type")."""
    kv = _zip(tmp, _members(tmp))
    with zipfile.ZipFile(kv) as z:
        info = z.getinfo("action_card.json")
    assert info.compress_type == zipfile.ZIP_DEFLATED
    data = bytearray(kv.read_bytes())
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len
    data[start] = 0xFF  # the first block's type: 11, reserved
    return _bytes(tmp, bytes(data))


def _damaged_directory(tmp: Path) -> Path:
    """The zip's central directory overwritten where its first entry starts (zipfile: "Bad
    magic number for central directory")."""
    data = bytearray(_zip(tmp, _members(tmp)).read_bytes())
    at = data.rfind(b"PK\x05\x06")
    (offset,) = struct.unpack_from("<I", data, at + 16)
    data[offset:offset + 4] = b"XXXX"
    return _bytes(tmp, bytes(data))


def _encrypted(tmp: Path) -> Path:
    data = _zip(tmp, _members(tmp)).read_bytes()
    return _bytes(tmp, patch_central(data, "action_card.json", flag_bits=0x1))


def _bad_signature(tmp: Path) -> Path:
    src, _ = signed_pack(tmp)
    manifest = src / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b"Kvinnofrid", b"Kvinnofrie", 1))
    return _zip(tmp, pack_members(src))


def _broken_card(tmp: Path) -> Path:
    card = default_card()
    card["subjects"] = [s for s in card["subjects"] if s["id"] != "djur"]
    return _zip(tmp, _members(tmp, card=json.dumps(card, ensure_ascii=False).encode()))


def _not_json_manifest(tmp: Path) -> Path:
    return _zip(tmp, [(n, b'{"format": 1, inte json' if n == "manifest.json" else d)
                      for n, d in _members(tmp)])


def _trust_signer(tmp: Path) -> dict[str, Any]:
    return {"trust_keys": [tmp / "nyckel.pub"]}


HOSTILE = [
    Hostile("truncated", _truncated, "archive.truncated", "bad.kvpack"),
    Hostile("not an archive", lambda t: _bytes(t, b"%PDF-1.7 inget arkiv\n" * 50),
            "archive.not_zip", "bad.kvpack"),
    Hostile("empty file", lambda t: _bytes(t, b""), "archive.not_zip", "bad.kvpack"),
    Hostile("../ path", lambda t: _zip(t, [*_members(t), ("../utanfor.txt", b"x")]),
            "path.parent", "../utanfor.txt"),
    Hostile("absolute path", lambda t: _zip(t, [*_members(t), ("/tmp/utanfor.txt", b"x")]),
            "path.absolute", "/tmp/utanfor.txt"),
    Hostile("backslashes", lambda t: _zip(t, [*_members(t), ("docs\\..\\..\\ut.txt", b"x")]),
            "path.invalid", "docs\\..\\..\\ut.txt"),
    Hostile("drive letter", lambda t: _zip(t, [*_members(t), ("C:/ut.txt", b"x")]),
            "path.invalid", "C:/ut.txt"),
    Hostile("Windows device name", lambda t: _zip(t, [*_members(t), ("docs/CON.pdf", b"x")]),
            "path.invalid", "docs/CON.pdf"),
    Hostile("symlink member", lambda t: _zip(t, [*_members(t), (typed_member(
        "docs/lank.pdf", stat.S_IFLNK | 0o777), b"/etc/passwd")]),
        "archive.symlink", "docs/lank.pdf"),
    Hostile("FIFO member", lambda t: _zip(t, [*_members(t), (typed_member(
        "docs/fifo", stat.S_IFIFO | 0o644), b"")]), "archive.special_file", "docs/fifo"),
    Hostile("device member", lambda t: _zip(t, [*_members(t), (typed_member(
        "docs/disk", stat.S_IFCHR | 0o644), b"")]), "archive.special_file", "docs/disk"),
    Hostile("duplicate member", lambda t: _zip(t, [*_members(t), (
        "action_card.json", b"{}")]), "archive.duplicate", "action_card.json"),
    Hostile("duplicate by case", lambda t: _zip(t, [*_members(t), (
        "Action_Card.json", b"{}")]), "archive.duplicate", "Action_Card.json"),
    Hostile("manifest not first", lambda t: _zip(t, _members(t)[::-1]),
            "archive.manifest_first", "bad.kvpack"),
    Hostile("declared-size bomb", _declared_bomb, "archive.too_large", "action_card.json"),
    Hostile("lying-header bomb", _lying_bomb, "archive.bomb", "data/noll.bin"),
    Hostile("extreme ratio", lambda t: _zip(t, _members(
        t, files={"data/noll.bin": bytes(2 * 1024 * 1024)})), "archive.ratio", "data/noll.bin"),
    Hostile("too many members", lambda t: _zip(t, [*_members(t), *(
        (f"x/{n}", b"") for n in range(5000))]), "archive.too_many_members", "bad.kvpack"),
    Hostile("encrypted member", _encrypted, "archive.encrypted", "action_card.json"),
    Hostile("corrupt compressed data", _corrupt_deflate, "archive.corrupt", "action_card.json"),
    Hostile("damaged central directory", _damaged_directory, "archive.corrupt", "bad.kvpack"),
    Hostile("checksum mismatch", _tampered, "file.checksum", "docs/strategi.pdf"),
    Hostile("unlisted file", lambda t: _zip(t, [*_members(t), ("extra.txt", b"hej")]),
            "file.unlisted", "extra.txt"),
    Hostile("listed file missing", lambda t: _zip(t, [
        (n, d) for n, d in _members(t) if n != "action_card.json"]),
        "file.missing", "action_card.json"),
    Hostile("size differs from manifest", lambda t: _zip(t, [
        (n, d + b" " if n == "action_card.json" else d) for n, d in _members(t)]),
        "file.size", "action_card.json"),
    Hostile("manifest not JSON", _not_json_manifest, "manifest.not_json", "manifest.json"),
    Hostile("newer format version", lambda t: _zip(t, _members(t, format=2)),
            "format.newer", "manifest.json"),
    Hostile("unknown format version", lambda t: _zip(t, _members(t, format=0)),
            "format.unsupported", "manifest.json"),
    Hostile("broken action card", _broken_card, "card.subject_missing", "action_card.json",
            archive_level=False),
    Hostile("bad signature (one changed byte)", _bad_signature, "signature.invalid",
            "manifest.sig", archive_level=False, options=_trust_signer),
    Hostile("unknown key", lambda t: _zip(t, pack_members(signed_pack(t)[0])),
            "signature.unknown_key", "manifest.sig", archive_level=False),
    Hostile("unsigned when the policy forbids it", lambda t: _zip(t, _members(t)),
            "signature.unsigned", "manifest.json", archive_level=False,
            options=lambda t: {"allow_unsigned": True}, policy={"allow_unsigned": False}),
    Hostile("older pack without --allow-downgrade", lambda t: _zip(t, _members(t, "2026-11-30")),
            "import.downgrade", "manifest.json", archive_level=False),
    Hostile("same version twice", lambda t: _zip(t, _members(t, V1)),
            "import.already_installed", "manifest.json", archive_level=False),
]


# --- writing ----------------------------------------------------------------------------------


def test_write_archive_is_deterministic_with_manifest_first(tmp_path: Path) -> None:
    src = make_pack(tmp_path / "src")
    (src / "manifest.sig").write_text("{}", encoding="utf-8")
    a = write_archive(src, tmp_path / "a.kvpack")
    b = write_archive(src, tmp_path / "b.kvpack")
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as zf:
        infos = zf.infolist()
    names = [i.filename for i in infos]
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert names[2:] == sorted(names[2:]) == ["action_card.json", "docs/pub-skyddat-boende.pdf",
                                              "docs/strategi.pdf"]
    kinds = {i.filename: i.compress_type for i in infos}
    assert kinds["docs/strategi.pdf"] == zipfile.ZIP_STORED
    assert kinds["action_card.json"] == zipfile.ZIP_DEFLATED
    assert all(stat.S_ISREG(i.external_attr >> 16) and i.date_time == (1980, 1, 1, 0, 0, 0)
               for i in infos)
    assert [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name] == []


@pytest.mark.parametrize("damage", ["unlisted", "tampered"])
def test_write_archive_refuses_a_bad_folder_and_keeps_the_old_file(tmp_path: Path,
                                                                    damage: str) -> None:
    src = make_pack(tmp_path / "src")
    out = tmp_path / "paket.kvpack"
    out.write_bytes(b"previous archive")
    if damage == "unlisted":
        (src / "anteckning.txt").write_text("x", encoding="utf-8")
    else:
        card = src / "action_card.json"
        card.write_bytes(card.read_bytes().replace(b"Arboga", b"Arbogb", 1))
    with pytest.raises(PackError) as info:
        write_archive(src, out)
    assert info.value.code == {"unlisted": "file.unlisted", "tampered": "file.checksum"}[damage]
    assert out.read_bytes() == b"previous archive"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["paket.kvpack", "src"]


# --- reading ----------------------------------------------------------------------------------


def test_extract_round_trip_gives_a_sound_pack(tmp_path: Path) -> None:
    kv = write_archive(make_pack(tmp_path / "src"), tmp_path / "p.kvpack")
    dest = tmp_path / "out"
    dest.mkdir()
    seen: list[tuple[str, int, int]] = []
    head = extract_archive(kv, dest, progress=lambda *a: seen.append(a))
    assert head.manifest.version == V1 and head.signature is None
    assert Pack.open(dest).verify() == []
    total = sum(e.bytes for e in head.manifest.files)
    assert seen[-1][1:] == (total, total)
    assert read_head(kv, with_card=True).card == (dest / "action_card.json").read_bytes()


def test_folder_entries_from_zip_tools_are_accepted(tmp_path: Path) -> None:
    members = pack_members(make_pack(tmp_path / "src"))
    kv = raw_zip(tmp_path / "p.kvpack", [members[0], ("docs/", b""), *members[1:]])
    dest = tmp_path / "out"
    dest.mkdir()
    extract_archive(kv, dest)
    assert Pack.open(dest).verify() == []


def test_the_check_runs_before_anything_is_written(tmp_path: Path) -> None:
    kv = write_archive(make_pack(tmp_path / "src"), tmp_path / "p.kvpack")
    dest = tmp_path / "out"
    dest.mkdir()

    def refuse(head: object) -> None:
        raise PackError(Problem("test.refused", "manifest.json", None, "nej"))

    with pytest.raises(PackError, match=r"test\.refused"):
        extract_archive(kv, dest, check=refuse)
    assert list(dest.iterdir()) == []


def test_cancel_stops_the_extraction(tmp_path: Path) -> None:
    kv = write_archive(make_pack(tmp_path / "src"), tmp_path / "p.kvpack")
    dest = tmp_path / "out"
    dest.mkdir()
    with pytest.raises(PackError) as info:
        extract_archive(kv, dest, cancel=lambda: True)
    assert info.value.code == "import.cancelled"


def test_the_counter_stops_a_lying_member_long_before_its_real_size(tmp_path: Path) -> None:
    kv = _lying_bomb(tmp_path)
    dest = tmp_path / "out"
    dest.mkdir()
    with pytest.raises(PackError) as info:
        extract_archive(kv, dest)
    assert info.value.code == "archive.bomb"
    # A flipped byte can do the same: the message claims neither a bomb nor plain damage.
    assert "skadat eller manipulerat" in info.value.first.message
    written = dest / "data" / "noll.bin"
    assert not written.exists() or written.stat().st_size <= 4000 + CHUNK


def test_small_limits_apply(tmp_path: Path) -> None:
    kv = write_archive(make_pack(tmp_path / "src"), tmp_path / "p.kvpack")
    dest = tmp_path / "out"
    dest.mkdir()
    with pytest.raises(PackError) as info:
        extract_archive(kv, dest, limits=ArchiveLimits(max_members=3))
    assert info.value.code == "archive.too_many_members"


@pytest.mark.parametrize("case", [h for h in HOSTILE if h.archive_level], ids=lambda h: h.name)
def test_hostile_archive_is_refused_naming_the_member(tmp_path: Path, case: Hostile) -> None:
    kv = case.build(tmp_path)
    dest = tmp_path / "dest" / "pack"
    dest.mkdir(parents=True)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    with pytest.raises(PackError) as info:
        extract_archive(kv, dest)
    problem = info.value.first
    assert (problem.code, problem.file) == (case.code, case.file), str(problem)
    assert any(c in problem.message for c in "åäöÅÄÖ") or " " in problem.message
    # In Swedish only: zlib's "invalid block type" stood inside the Swedish sentence.
    assert not {"invalid", "error", "Error", "incorrect"} & set(problem.message.split())
    # Nothing escaped the destination folder.
    after = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")
                   if not p.is_relative_to(dest))
    assert after == [p for p in before if not (tmp_path / p).is_relative_to(dest)]


def test_a_damaged_directory_is_said_without_zipfiles_english_and_with_what_to_do(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    kv = _damaged_directory(tmp_path)
    with caplog.at_level(logging.INFO, "kvinnofrid_desktop"), \
            pytest.raises(PackError) as info:
        extract_archive(kv, tmp_path / "dest")
    message = info.value.first.message
    assert "Bad magic" not in message and "central directory" not in message
    assert "innehållsförteckning är skadad" in message and "ny kopia" in message
    assert "Bad magic number for central directory" in caplog.text  # for whoever reads the log


def test_the_hostile_catalogue_is_large_enough() -> None:
    assert len(HOSTILE) >= 20
    assert len({h.code for h in HOSTILE}) >= 20


def test_a_disk_error_says_in_swedish_what_happened_and_where(tmp_path: Path) -> None:
    """"a1.kvpack: kunde inte läsas eller skrivas (Read-only file system)": the system's
    English, and the pack file blamed for the data folder that could not be written."""
    import errno
    import os

    from kvinnofrid_desktop.core.install.archive import os_problem

    data = tmp_path / "data"
    read_only = os_problem(OSError(errno.EROFS, os.strerror(errno.EROFS), str(data)), "a1.kvpack")
    assert (read_only.code, read_only.file) == ("disk.error", "a1.kvpack")
    assert read_only.message == f"kunde inte läsas eller skrivas i {data}: enheten är skrivskyddad"
    with pytest.raises(IsADirectoryError) as raised:  # a real one, from the system
        (tmp_path / "mapp").mkdir()
        (tmp_path / "mapp").open("wb")
    folder = os_problem(raised.value, "mapp")
    assert folder.message == "kunde inte läsas eller skrivas: det är en mapp"  # no "i …": same
    full = os_problem(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(data)), "a1.kvpack")
    assert full.code == "disk.full" and f"kunde inte skrivas i {data}" in full.message
