"""Ed25519 signatures over a pack's manifest: who made this pack, and was it changed since?

The manifest lists every other file with its SHA-256, so a signature over the manifest's exact
bytes covers the whole pack. ``manifest.sig`` is a small JSON file next to it naming the key
(its id: the first 16 hex digits of the SHA-256 of the public key) and the publisher; both are
inside the signed message, so neither can be swapped. PyNaCl (libsodium) does the cryptography;
it is imported only where needed, so start-up does not pay for it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from kvinnofrid_desktop.core.fsutil import reason_sv, write_bytes
from kvinnofrid_desktop.core.install.archive import SIGNATURE_NAME, PackArchive
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.pack.external import ExternalFileError, loads, read_limited
from kvinnofrid_desktop.core.pack.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    parse_manifest_bytes,
)
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

MAX_KEY_BYTES = 16 * 1024  # a key file is three short lines
PRIVATE_HEADER = "KVINNOFRID-ED25519-PRIVATE-KEY 1"
PUBLIC_HEADER = "KVINNOFRID-ED25519-PUBLIC-KEY 1"
SIGNATURE_FORMAT = 1
# Domain separation: these bytes can never be mistaken for a signature made for anything else.
_DOMAIN = b"kvinnofrid-pack-signature 1\x00"
_KEY_ID_RE = re.compile(r"^[0-9a-f]{16}$")

VERIFIED, UNSIGNED, INVALID, UNKNOWN_KEY = "verified", "unsigned", "invalid", "unknown_key"
RETIRED = "retired_key"  # signed with a key its publisher retired (core/install/rotation.py)


def key_id_of(public_key: bytes) -> str:
    return hashlib.sha256(public_key).hexdigest()[:16]


@dataclass(frozen=True)
class TrustedKey:
    """A public key the program trusts, and where that trust comes from (for messages)."""

    key_id: str
    public_key: bytes
    source: str
    publisher: str | None = None


@dataclass(frozen=True)
class SignatureState:
    """The outcome of checking ``manifest.sig``; only ``verified`` names a publisher."""

    status: str  # VERIFIED, UNSIGNED, INVALID, UNKNOWN_KEY or RETIRED
    publisher: str | None = None
    key_id: str | None = None
    detail: str = ""

    def label_sv(self) -> str:
        return {
            VERIFIED: f"verifierat av {self.publisher}",
            UNSIGNED: "osignerat",
            INVALID: "ogiltig signatur",
            UNKNOWN_KEY: f"signerat med en okänd nyckel ({self.key_id})",
            RETIRED: f"signerat med en tillbakadragen nyckel ({self.key_id})",
        }[self.status]

    def refusal(self, *, allow_unsigned: bool, unsigned_message: str) -> Problem | None:
        """The reason an import must stop, or None when the pack may be installed."""
        if self.status == INVALID:
            return Problem("signature.invalid", SIGNATURE_NAME, None,
                           f"signaturen är ogiltig: {self.detail}")
        if self.status == UNKNOWN_KEY:
            return Problem("signature.unknown_key", SIGNATURE_NAME, None,
                           f"paketet är signerat med nyckeln {self.key_id}, som programmet inte "
                           "litar på. En administratör kan lägga till nyckeln (policy.json, "
                           "trusted_keys), eller ange den med --trust-key.")
        if self.status == RETIRED:
            return Problem("signature.retired_key", SIGNATURE_NAME, None,
                           f"paketet är signerat med nyckeln {self.key_id}, som utgivaren har "
                           f"dragit tillbaka ({self.detail}). Paket signerade med den tas "
                           "aldrig emot, inte heller med --trust-key; hämta ett paket signerat "
                           "med utgivarens nya nyckel.")
        if self.status == UNSIGNED and not allow_unsigned:
            return Problem("signature.unsigned", MANIFEST_NAME, None, unsigned_message)
        return None


# --- key files ----------------------------------------------------------------------------------


def _key_problem(path: Path | str, message: str) -> PackError:
    return PackError(Problem("key.invalid", str(path), None, message))


# A private key may be protected by a passphrase: the seed is sealed (XSalsa20-Poly1305) with a
# key derived from the passphrase by Argon2id; the file names the cost, so it can be raised later.
_SEALED = "argon2id-xsalsa20poly1305"


def _key_text(header: str, key_id: str, publisher: str | None, key: bytes, note: str,
              extra: tuple[str, ...] = ()) -> str:
    lines = [header, f"# {note}", f"Key-Id: {key_id}"]
    if publisher:
        lines.append(f"Publisher: {publisher}")
    lines += extra
    lines.append(f"Key: {base64.b64encode(key).decode('ascii')}")
    return "\n".join(lines) + "\n"


def _key_fields(text: str, header: str, source: str) -> dict[str, str]:
    lines = [ln.strip() for ln in text.splitlines()]
    if not lines or lines[0] != header:
        raise _key_problem(source, f"är ingen nyckelfil (första raden ska vara '{header}')")
    fields: dict[str, str] = {}
    for line in lines[1:]:
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise _key_problem(source, f"obegriplig rad '{line[:40]}'")
        fields[name.strip().lower()] = value.strip()
    return fields


def _seal(seed: bytes, passphrase: str) -> tuple[bytes, tuple[str, ...]]:
    from nacl import pwhash, secret, utils

    salt = utils.random(pwhash.argon2id.SALTBYTES)
    ops, mem = pwhash.argon2id.OPSLIMIT_MODERATE, pwhash.argon2id.MEMLIMIT_INTERACTIVE
    box = secret.SecretBox(pwhash.argon2id.kdf(secret.SecretBox.KEY_SIZE,
                                               passphrase.encode("utf-8"), salt,
                                               opslimit=ops, memlimit=mem))
    return bytes(box.encrypt(seed)), (
        f"Encryption: {_SEALED}", f"Salt: {base64.b64encode(salt).decode('ascii')}",
        f"Cost: {ops} {mem}")


def _unseal(fields: dict[str, str], source: str, passphrase: str | None) -> bytes:
    from nacl import exceptions, pwhash, secret

    if fields.get("encryption") != _SEALED:
        raise _key_problem(source, "nyckeln är skyddad på ett sätt som programmet inte känner")
    if passphrase is None:
        raise PackError(Problem("key.passphrase_required", source, None,
                                "nyckeln är skyddad med en lösenfras; ange den"))
    try:
        salt = base64.b64decode(fields.get("salt", ""), validate=True)
        ops, mem = (int(v) for v in fields.get("cost", "").split())
        sealed = base64.b64decode(fields.get("key", ""), validate=True)
        if len(salt) != pwhash.argon2id.SALTBYTES or not (
                1 <= ops <= 64 and 8192 <= mem <= 2**31):
            raise ValueError("fel fält")
        box = secret.SecretBox(pwhash.argon2id.kdf(secret.SecretBox.KEY_SIZE,
                                                   passphrase.encode("utf-8"), salt,
                                                   opslimit=ops, memlimit=mem))
    except (binascii.Error, ValueError, TypeError):
        raise _key_problem(source, "den skyddade nyckeln är skadad") from None
    try:
        seed = box.decrypt(sealed)
    except exceptions.CryptoError:
        raise PackError(Problem("key.passphrase_wrong", source, None,
                                "lösenfrasen är fel")) from None
    if len(seed) != 32:
        raise _key_problem(source, "den skyddade nyckeln är skadad")
    return bytes(seed)


def key_needs_passphrase(keyfile: Path) -> bool:
    """True when the private key in ``keyfile`` is protected by a passphrase."""
    fields = _key_fields(_read_key_text(keyfile), PRIVATE_HEADER, str(keyfile))
    return "encryption" in fields


def _parse_key_text(text: str, header: str, source: str) -> tuple[bytes, str, str | None]:
    """Return (key bytes, key id, publisher) from a key file's text."""
    fields = _key_fields(text, header, source)
    try:
        key = base64.b64decode(fields.get("key", ""), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise _key_problem(source, "nyckeln (raden 'Key:') ska vara 32 byte i base64")
    return key, fields.get("key-id", ""), fields.get("publisher") or None


def generate_keypair(keyfile: Path, *, publisher: str | None = None,
                     passphrase: str | None = None) -> TrustedKey:
    """Create a private key at ``keyfile`` (mode 0600) and its public half at ``keyfile.pub``;
    with ``passphrase`` the private key is sealed with it (see ``_seal``)."""
    from nacl.signing import SigningKey

    public_path = keyfile.with_name(keyfile.name + ".pub")
    for path in (keyfile, public_path):
        if path.exists():
            raise PackError(Problem("key.exists", str(path), None,
                                    "filen finns redan; en nyckel skrivs aldrig över"))
    if publisher is not None and ("\x00" in publisher or "\n" in publisher):
        raise _key_problem(keyfile, "utgivarens namn får inte innehålla radbrytningar")
    signing = SigningKey.generate()
    public = bytes(signing.verify_key)
    key_id = key_id_of(public)
    if passphrase is not None and not passphrase:
        raise _key_problem(keyfile, "lösenfrasen får inte vara tom")
    secret_bytes, extra = (_seal(bytes(signing), passphrase) if passphrase
                           else (bytes(signing), ()))
    private_text = _key_text(PRIVATE_HEADER, key_id, publisher, secret_bytes,
                             "Hemlig nyckel: dela aldrig denna fil, förvara den säkert.", extra)
    try:
        # O_EXCL with 0600 from the start: the secret is never readable by others, not even
        # for the moment between creating the file and a chmod.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(keyfile, flags, 0o600), "wb") as fh:
            fh.write(private_text.encode("utf-8"))
        public_path.write_text(
            _key_text(PUBLIC_HEADER, key_id, publisher, public,
                      "Publik nyckel: lägg den hos mottagarna (resources/keys eller policy.json)."),
            encoding="utf-8")
    except OSError as exc:
        raise PackError(Problem("key.write", str(keyfile), None,
                                f"nyckeln kunde inte skrivas ({reason_sv(exc)})")) from None
    return TrustedKey(key_id, public, str(public_path), publisher)


def _read_key_text(path: Path) -> str:
    try:
        return read_limited(path, MAX_KEY_BYTES).decode("utf-8")
    except FileNotFoundError:
        raise _key_problem(path, "filen finns inte") from None
    except UnicodeDecodeError:
        raise _key_problem(path, "filen är inte UTF-8-kodad") from None
    except ExternalFileError as exc:
        raise _key_problem(path, f"filen {exc}") from None


def load_public_key(path: Path) -> TrustedKey:
    """Read a ``.pub`` file written by ``generate_keypair``."""
    text = _read_key_text(path)
    key, key_id, publisher = _parse_key_text(text, PUBLIC_HEADER, str(path))
    if key_id != key_id_of(key):
        raise _key_problem(path, f"nyckel-id {key_id!r} stämmer inte med nyckeln")
    return TrustedKey(key_id, key, str(path), publisher)


def public_key_from_base64(text: str, source: str) -> TrustedKey:
    """A public key written inline (32 bytes in base64), e.g. in the policy file."""
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise _key_problem(source, "en publik nyckel ska vara 32 byte i base64")
    return TrustedKey(key_id_of(key), key, source)


def _load_private_key(path: Path, passphrase: str | None = None
                      ) -> tuple[bytes, str, str | None]:
    text = _read_key_text(path)
    fields = _key_fields(text, PRIVATE_HEADER, str(path))
    if "encryption" in fields:
        return (_unseal(fields, str(path), passphrase), fields.get("key-id", ""),
                fields.get("publisher") or None)
    return _parse_key_text(text, PRIVATE_HEADER, str(path))


def public_half(keyfile: Path, passphrase: str | None = None) -> TrustedKey:
    """The public key belonging to the private key in ``keyfile`` (its id and publisher)."""
    from nacl.signing import SigningKey

    seed, _, publisher = _load_private_key(keyfile, passphrase)
    public = bytes(SigningKey(seed).verify_key)
    return TrustedKey(key_id_of(public), public, str(keyfile), publisher)


def sign_message(keyfile: Path, message: bytes, passphrase: str | None = None) -> bytes:
    """The 64-byte Ed25519 signature over ``message`` (already domain-separated by the
    caller) by the private key in ``keyfile``."""
    from nacl.signing import SigningKey

    seed, _, _ = _load_private_key(keyfile, passphrase)
    return SigningKey(seed).sign(message).signature


def verify_message(key: TrustedKey, message: bytes, signature: bytes) -> bool:
    """True when ``signature`` is ``key``'s Ed25519 signature over ``message``."""
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    try:
        VerifyKey(key.public_key).verify(message, signature)
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True


def shipped_keys() -> list[TrustedKey]:
    """The public keys shipped with the program (``resources/keys/*.pub``)."""
    from kvinnofrid_desktop.core.bundled import resource_dir

    keys = []
    for path in sorted(resource_dir("keys").glob("*.pub")):
        try:
            keys.append(load_public_key(path))
        except PackError:
            continue  # a damaged shipped key must not stop the program; it is simply not trusted
    return keys


# --- signing and checking -----------------------------------------------------------------------


def _message(manifest_bytes: bytes, key_id: str, publisher: str) -> bytes:
    return b"".join((_DOMAIN, key_id.encode("ascii"), b"\x00", publisher.encode("utf-8"),
                     b"\x00", manifest_bytes))


def signature_bytes(manifest_bytes: bytes, keyfile: Path, passphrase: str | None = None
                    ) -> bytes:
    """The contents of ``manifest.sig`` for these manifest bytes."""
    from nacl.signing import SigningKey

    seed, _, key_publisher = _load_private_key(keyfile, passphrase)
    manifest = parse_manifest_bytes(manifest_bytes)  # never sign something that is not a pack
    signing = SigningKey(seed)
    key_id = key_id_of(bytes(signing.verify_key))
    publisher = key_publisher or manifest.publisher
    if "\x00" in publisher:
        raise _key_problem(keyfile, "utgivarens namn får inte innehålla NUL")
    signed = signing.sign(_message(manifest_bytes, key_id, publisher)).signature
    return (json.dumps({"format": SIGNATURE_FORMAT, "algorithm": "ed25519", "key_id": key_id,
                        "publisher": publisher,
                        "signature": base64.b64encode(signed).decode("ascii")},
                       ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def sign_pack(target: Path, keyfile: Path, passphrase: str | None = None) -> SignatureState:
    """Sign a pack folder (writes ``manifest.sig``) or a ``.kvpack`` (rewritten atomically)."""
    if target.is_dir():
        manifest_path = target / MANIFEST_NAME
        try:
            with manifest_path.open("rb") as fh:
                raw = fh.read(MAX_MANIFEST_BYTES + 1)
        except OSError as exc:
            raise PackError(Problem("manifest.missing", MANIFEST_NAME, None,
                                    f"kan inte läsas ({reason_sv(exc)})")) from None
        sig = signature_bytes(raw, keyfile, passphrase)
        try:
            write_bytes(target / SIGNATURE_NAME, sig)
        except OSError as exc:
            raise PackError(Problem("disk.error", SIGNATURE_NAME, None,
                                    f"kunde inte skrivas ({reason_sv(exc)})")) from None
    else:
        # Unpack (which verifies every file), add the signature, pack again: a broken archive
        # is never signed, and the original stays in place until the new one is complete.
        with tempfile.TemporaryDirectory(prefix=".signerar-", dir=target.parent) as tmp_dir:
            work = Path(tmp_dir) / "pack"
            work.mkdir()
            with PackArchive.open(target) as archive:
                archive.extract(work)
                raw = archive.head.manifest_bytes
            sig = signature_bytes(raw, keyfile, passphrase)
            (work / SIGNATURE_NAME).write_bytes(sig)
            write_archive(work, target)
    data = json.loads(sig)
    return SignatureState(VERIFIED, data["publisher"], data["key_id"])


def check_signature(manifest_bytes: bytes, sig_bytes: bytes | None,
                    trusted_keys: Iterable[TrustedKey],
                    retired: Mapping[str, str] | None = None) -> SignatureState:
    """Check ``manifest.sig`` against the manifest's exact bytes and the trusted keys.

    ``retired`` maps the ids of keys their publisher retired to a Swedish note (when, by
    whom); a signature by one of them is RETIRED whatever else trusts the key."""
    if sig_bytes is None:
        return SignatureState(UNSIGNED)
    try:
        data = loads(sig_bytes)
        key_id, publisher = data["key_id"], data["publisher"]
        signature = base64.b64decode(data["signature"], validate=True)
        if (data.get("format") != SIGNATURE_FORMAT or data.get("algorithm") != "ed25519"
                or not isinstance(key_id, str) or not _KEY_ID_RE.match(key_id)
                or not isinstance(publisher, str) or len(signature) != 64):
            raise ValueError("fel fält")
    except Exception:  # any content must end as "damaged", never a traceback
        return SignatureState(INVALID, detail="signaturfilen manifest.sig är skadad eller har "
                                              "ett okänt format")
    if retired and key_id in retired:
        return SignatureState(RETIRED, key_id=key_id, detail=retired[key_id])
    key = next((k for k in trusted_keys if k.key_id == key_id), None)
    if key is None:
        return SignatureState(UNKNOWN_KEY, key_id=key_id)
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    try:
        VerifyKey(key.public_key).verify(_message(manifest_bytes, key_id, publisher), signature)
    except BadSignatureError:
        return SignatureState(INVALID, key_id=key_id,
                              detail="den stämmer inte med manifestet – paketet har ändrats "
                                     "efter att det signerades, eller är förfalskat")
    return SignatureState(VERIFIED, publisher, key_id)
