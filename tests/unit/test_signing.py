"""Ed25519 signatures over the manifest: keys, signing folders and archives, the four states."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from test_archive import make_pack, pack_members, raw_zip, signed_pack

from kvinnofrid_desktop.core.bundled import resource_dir
from kvinnofrid_desktop.core.install.archive import PackArchive
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.install.signing import (
    INVALID,
    PRIVATE_HEADER,
    UNKNOWN_KEY,
    UNSIGNED,
    VERIFIED,
    check_signature,
    generate_keypair,
    load_public_key,
    public_key_from_base64,
    shipped_keys,
    sign_pack,
)
from kvinnofrid_desktop.core.pack.problems import PackError


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(tmp_path / "policy.json"))


def test_keygen_writes_a_private_key_0600_and_its_public_half(tmp_path: Path) -> None:
    key = generate_keypair(tmp_path / "lan.key", publisher="Länsstyrelsen Västmanland")
    private, public = tmp_path / "lan.key", tmp_path / "lan.key.pub"
    assert private.stat().st_mode & 0o777 == 0o600
    assert private.read_text(encoding="utf-8").startswith(PRIVATE_HEADER + "\n")
    assert key.key_id == hashlib.sha256(key.public_key).hexdigest()[:16]
    text = public.read_text(encoding="utf-8")
    assert f"Key-Id: {key.key_id}" in text and "Publisher: Länsstyrelsen Västmanland" in text
    assert load_public_key(public) == key
    assert base64.b64encode(key.public_key).decode() not in private.read_text(encoding="utf-8")


def test_keygen_never_overwrites_a_key(tmp_path: Path) -> None:
    generate_keypair(tmp_path / "k")
    before = (tmp_path / "k").read_bytes()
    with pytest.raises(PackError) as info:
        generate_keypair(tmp_path / "k")
    assert info.value.code == "key.exists"
    assert (tmp_path / "k").read_bytes() == before


def test_the_four_signature_states(tmp_path: Path) -> None:
    src, pub = signed_pack(tmp_path)
    manifest, sig = (src / "manifest.json").read_bytes(), (src / "manifest.sig").read_bytes()
    trusted = [load_public_key(pub)]

    state = check_signature(manifest, sig, trusted)
    assert (state.status, state.publisher) == (VERIFIED, "Länsstyrelsen Västmanland")
    assert state.label_sv() == "verifierat av Länsstyrelsen Västmanland"
    assert state.refusal(allow_unsigned=False, unsigned_message="-") is None

    assert check_signature(manifest, None, trusted).status == UNSIGNED
    unknown = check_signature(manifest, sig, [])
    assert (unknown.status, unknown.key_id) == (UNKNOWN_KEY, trusted[0].key_id)
    problem = unknown.refusal(allow_unsigned=True, unsigned_message="-")
    assert problem is not None and problem.code == "signature.unknown_key"

    for i in (0, len(manifest) // 2, len(manifest) - 2):
        changed = bytearray(manifest)
        changed[i] ^= 0x01
        assert check_signature(bytes(changed), sig, trusted).status == INVALID, i


def test_publisher_and_key_id_are_part_of_what_is_signed(tmp_path: Path) -> None:
    src, pub = signed_pack(tmp_path)
    manifest = (src / "manifest.json").read_bytes()
    data = json.loads((src / "manifest.sig").read_text(encoding="utf-8"))
    forged = json.dumps({**data, "publisher": "Någon annan"}).encode()
    assert check_signature(manifest, forged, [load_public_key(pub)]).status == INVALID


@pytest.mark.parametrize("sig", [b"", b"not json", b"[]", b'{"format": 1}', b"[" * 50000,
                                 b'{"format": 1, "algorithm": "ed25519", "key_id": "x", '
                                 b'"publisher": "p", "signature": "AAAA"}'])
def test_a_damaged_signature_file_is_invalid_not_a_crash(tmp_path: Path, sig: bytes) -> None:
    src, pub = signed_pack(tmp_path)
    state = check_signature((src / "manifest.json").read_bytes(), sig, [load_public_key(pub)])
    assert state.status == INVALID and "skadad" in state.detail


def test_signing_an_archive_rewrites_it_with_the_signature_second(tmp_path: Path) -> None:
    kv = write_archive(make_pack(tmp_path / "src"), tmp_path / "p.kvpack")
    generate_keypair(tmp_path / "k", publisher="Testutgivare")
    state = sign_pack(kv, tmp_path / "k")
    with zipfile.ZipFile(kv) as zf:
        assert [i.filename for i in zf.infolist()][:2] == ["manifest.json", "manifest.sig"]
    with PackArchive.open(kv) as archive:
        head = archive.head
    verified = check_signature(head.manifest_bytes, head.signature,
                               [load_public_key(tmp_path / "k.pub")])
    assert (verified.status, verified.key_id, verified.publisher) == (
        VERIFIED, state.key_id, "Testutgivare")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k", "k.pub", "p.kvpack", "src"]


def test_a_broken_archive_is_never_signed(tmp_path: Path) -> None:
    src = make_pack(tmp_path / "src")
    (src / "action_card.json").write_bytes(b"{}")
    kv = raw_zip(tmp_path / "p.kvpack", pack_members(src))
    before = kv.read_bytes()
    generate_keypair(tmp_path / "k")
    with pytest.raises(PackError) as info:
        sign_pack(kv, tmp_path / "k")
    assert info.value.code == "file.size"
    assert kv.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k", "k.pub", "p.kvpack", "src"]


def test_without_a_publisher_in_the_key_the_manifest_publisher_is_signed(tmp_path: Path) -> None:
    src = make_pack(tmp_path / "src")
    generate_keypair(tmp_path / "k")
    assert sign_pack(src, tmp_path / "k").publisher == json.loads(
        (src / "manifest.json").read_text(encoding="utf-8"))["publisher"]


def test_key_files_are_checked(tmp_path: Path) -> None:
    key = generate_keypair(tmp_path / "k")
    pub = tmp_path / "k.pub"
    pub.write_text(pub.read_text(encoding="utf-8").replace(key.key_id, "0" * 16),
                   encoding="utf-8")
    with pytest.raises(PackError, match="stämmer inte"):
        load_public_key(pub)
    with pytest.raises(PackError) as info:
        sign_pack(make_pack(tmp_path / "src"), pub)  # a public key cannot sign
    assert info.value.code == "key.invalid"
    inline = public_key_from_base64(base64.b64encode(key.public_key).decode(), "policy.json")
    assert inline.key_id == key.key_id
    with pytest.raises(PackError):
        public_key_from_base64("inte en nyckel", "policy.json")


def test_shipped_keys_folder_holds_no_private_key() -> None:
    folder = resource_dir("keys")
    assert (folder / "README.md").is_file()
    for path in folder.iterdir():
        assert PRIVATE_HEADER not in path.read_text(encoding="utf-8"), path
    assert all(k.key_id for k in shipped_keys())
