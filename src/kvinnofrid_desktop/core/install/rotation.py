"""Key rotation: a pack signed by a trusted key introduces its successor and retires old keys.

The county moves to a new signing key without reinstalling the program. A pack signed by a key
the program trusts permanently (shipped in ``resources/keys/``, in the administrator's policy, or
learned earlier through rotation) may carry a **rotation statement**, ``keys/rotation.json``. It
is a file of the pack like any other – listed in the manifest, so the pack's signature covers it
– and it carries a signature of its own by the key that signed the pack, so the new key is
"signed by the old one" even outside the pack::

    {"format": 1, "type": "kvinnofrid-key-rotation",
     "signed_by": "<id of the key that signs the statement and the pack>",
     "new_key": {"key": "<32 bytes, base64>", "key_id": "<16 hex>", "publisher": "<name>"},
     "retire": ["<16 hex>", ...],
     "signature": "<64 bytes, base64>"}

``new_key`` or ``retire`` may be left out, not both. The signed message is
``"kvinnofrid-key-rotation 1\\0" + signed_by + "\\0" + new key (base64, or "") + "\\0" + new key
id + "\\0" + publisher + "\\0" + retired ids joined by ","`` – no field may hold NUL, so the
message is unambiguous, and it can never be mistaken for a pack signature (another prefix).

What the program learned lives in its data directory (the store's root), ``trust.json``, next to
the pointer ``active``; it is written atomically under the store's lock and survives a restart, a
rollback and a removed pack::

    {"format": 1,
     "learned": [{"key": "…", "key_id": "…", "publisher": "…", "introduced_by": "…",
                  "version": "2026-12-05"}],
     "retired": [{"key_id": "…", "retired_by": "…", "version": "2026-12-05"}]}

A retired key is refused everywhere: shipped, in the policy, learned, or given with
``--trust-key``. The rules for honouring a statement are in ``judge_rotation``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kvinnofrid_desktop.core.fsutil import (
    fsync_dir,
    not_a_folder,
    not_a_folder_sv,
    write_bytes,
)
from kvinnofrid_desktop.core.install.signing import (
    VERIFIED,
    SignatureState,
    TrustedKey,
    key_id_of,
    public_half,
    sign_message,
    verify_message,
)
from kvinnofrid_desktop.core.pack.external import (
    ExternalFileError,
    loads,
    printable,
    read_limited,
)
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

ROTATION_PATH = "keys/rotation.json"
ROTATION_TYPE = "kvinnofrid-key-rotation"
ROTATION_FORMAT = 1
MAX_ROTATION_BYTES = 64 * 1024
MAX_RETIRE = 64
MAX_PUBLISHER = 200
TRUST_NAME = "trust.json"
TRUST_FORMAT = 1
MAX_TRUST_BYTES = 1024 * 1024
_DOMAIN = b"kvinnofrid-key-rotation 1\x00"
_KEY_ID_RE = re.compile(r"^[0-9a-f]{16}$")
_VERSION_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(\.\d{1,3})?$")
_STATEMENT_KEYS = {"format", "type", "signed_by", "new_key", "retire", "signature"}
_NEW_KEY_KEYS = {"key", "key_id", "publisher"}


# --- the statement ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RotationStatement:
    """A parsed ``keys/rotation.json``; its signature is not checked yet (``judge_rotation``)."""

    signed_by: str
    new_key: TrustedKey | None
    retire: tuple[str, ...]
    signature: bytes

    def message(self) -> bytes:
        return rotation_message(self.signed_by, self.new_key, self.retire)


def rotation_message(signed_by: str, new_key: TrustedKey | None,
                     retire: Sequence[str]) -> bytes:
    """The exact bytes a rotation statement's signature covers."""
    fields = [signed_by,
              base64.b64encode(new_key.public_key).decode("ascii") if new_key else "",
              new_key.key_id if new_key else "",
              (new_key.publisher or "") if new_key else "",
              ",".join(retire)]
    if any("\x00" in f for f in fields):
        raise ValueError("NUL in a rotation field")
    return _DOMAIN + b"\x00".join(f.encode("utf-8") for f in fields)


def _invalid(message: str) -> PackError:
    return PackError(Problem("rotation.invalid", ROTATION_PATH, None, message))


def parse_rotation(raw: bytes) -> RotationStatement:
    """Parse a statement; PackError ``rotation.invalid`` for anything wrong, never another
    exception (huge numbers, wrong types, surrogates and deep nesting included)."""
    if len(raw) > MAX_ROTATION_BYTES:
        raise _invalid(f"filen är för stor (högst {MAX_ROTATION_BYTES // 1024} kB)")
    try:
        data = loads(raw)
    except ExternalFileError as exc:
        raise _invalid(f"filen {exc}") from None
    try:
        return _parse_rotation(data)
    except PackError:
        raise
    except Exception as exc:  # any content must end as a named problem, never a traceback
        raise _invalid(f"filen har ett oväntat innehåll ({type(exc).__name__})") from None


def _key_id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _KEY_ID_RE.match(value):
        raise _invalid(f"{what} ska vara ett nyckel-id (16 hexadecimala gemener)")
    return value


def _b64(value: Any, length: int, what: str) -> bytes:
    try:
        data = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        data = b""
    if len(data) != length:
        raise _invalid(f"{what} ska vara {length} byte i base64")
    return data


def _parse_rotation(data: Any) -> RotationStatement:
    if not isinstance(data, dict):
        raise _invalid("filen ska innehålla ett JSON-objekt")
    if unknown := sorted(set(data) - _STATEMENT_KEYS):
        raise _invalid(f"okänt fält {unknown[0]!r}")
    if type(data.get("format")) is not int or data["format"] != ROTATION_FORMAT:
        raise _invalid(f"format ska vara {ROTATION_FORMAT} (behöver programmet uppdateras?)")
    if data.get("type") != ROTATION_TYPE:
        raise _invalid(f"type ska vara {ROTATION_TYPE!r}")
    signed_by = _key_id(data.get("signed_by"), "signed_by")
    new_key = None
    if (entry := data.get("new_key")) is not None:
        if not isinstance(entry, dict) or set(entry) != _NEW_KEY_KEYS:
            raise _invalid("new_key ska ha exakt fälten key, key_id och publisher")
        public = _b64(entry["key"], 32, "new_key.key")
        key_id = _key_id(entry["key_id"], "new_key.key_id")
        if key_id != key_id_of(public):
            raise _invalid(f"new_key.key_id {key_id} stämmer inte med nyckeln")
        publisher = entry["publisher"]
        if not isinstance(publisher, str) or not publisher.strip() \
                or len(publisher) > MAX_PUBLISHER:
            raise _invalid(f"new_key.publisher ska vara ett namn (högst {MAX_PUBLISHER} tecken)")
        new_key = TrustedKey(key_id, public, ROTATION_PATH, publisher)
    retire_value = data.get("retire", [])
    if not isinstance(retire_value, list) or len(retire_value) > MAX_RETIRE:
        raise _invalid(f"retire ska vara en lista med högst {MAX_RETIRE} nyckel-id")
    retire = tuple(_key_id(r, "retire[…]") for r in retire_value)
    if len(set(retire)) != len(retire):
        raise _invalid("retire nämner samma nyckel två gånger")
    if new_key is None and not retire:
        raise _invalid("beskedet anger varken en ny nyckel (new_key) eller nycklar att dra "
                       "tillbaka (retire)")
    if new_key is not None and new_key.key_id in retire:
        raise _invalid(f"den nya nyckeln {new_key.key_id} kan inte samtidigt dras tillbaka")
    if new_key is not None and new_key.key_id == signed_by:
        raise _invalid("den nya nyckeln är samma som den som signerar beskedet")
    signature = _b64(data.get("signature"), 64, "signature")
    return RotationStatement(signed_by, new_key, retire, signature)


# --- what the program has learned ---------------------------------------------------------------


@dataclass(frozen=True)
class LearnedKey:
    key: TrustedKey
    introduced_by: str  # the id of the key that signed the statement
    version: str  # the pack version that carried it


@dataclass(frozen=True)
class RetiredKey:
    key_id: str
    retired_by: str
    version: str

    def note_sv(self) -> str:
        return f"i paketversion {self.version}, med nyckeln {self.retired_by}"


@dataclass(frozen=True)
class KeyTrust:
    """The keys learned and retired through rotation (``trust.json``)."""

    learned: tuple[LearnedKey, ...] = ()
    retired: tuple[RetiredKey, ...] = ()
    problem: Problem | None = None  # trust.json exists but cannot be used

    def retired_notes(self) -> dict[str, str]:
        """Retired key id → a Swedish note (when, by whom), for ``check_signature``."""
        return {r.key_id: r.note_sv() for r in self.retired}

    def keys(self) -> list[TrustedKey]:
        """The learned keys that are not retired."""
        retired = {r.key_id for r in self.retired}
        return [k.key for k in self.learned if k.key.key_id not in retired]

    def lines_sv(self) -> list[str]:
        """What ``pack list`` says about learned and retired keys."""
        lines = [f"Inlärd nyckel {k.key.key_id} ({k.key.publisher}), införd av nyckeln "
                 f"{k.introduced_by} i paketversion {k.version}" for k in self.learned]
        lines += [f"Tillbakadragen nyckel {r.key_id} ({r.note_sv()})" for r in self.retired]
        if self.problem is not None:
            lines.append(f"FEL: {self.problem}")
        return lines

    def to_json(self) -> dict[str, Any]:
        return {"format": TRUST_FORMAT,
                "learned": [{"key": base64.b64encode(k.key.public_key).decode("ascii"),
                             "key_id": k.key.key_id, "publisher": k.key.publisher,
                             "introduced_by": k.introduced_by, "version": k.version}
                            for k in self.learned],
                "retired": [{"key_id": r.key_id, "retired_by": r.retired_by,
                             "version": r.version} for r in self.retired]}


def _trust_problem(path: Path, message: str) -> Problem:
    return Problem("trust.damaged", str(path), None,
                   f"{message}. Programmet vet därför inte vilka signeringsnycklar som har bytts "
                   "eller dragits tillbaka och installerar inga paket. En administratör kan ta "
                   "bort filen; då gäller bara nycklarna som följer med programmet och de i "
                   "policyn")


def read_trust(root: Path) -> KeyTrust:
    """``root/trust.json``; never raises. No file: nothing learned. A damaged file is a
    ``KeyTrust`` with ``problem`` set – the store then refuses every import (fail closed: a
    retirement it cannot read must not make a retired key trusted again)."""
    path = root / TRUST_NAME
    blocker = not_a_folder(root)
    if blocker is not None:  # not trust.json's fault: the data folder is (or is in) a file
        return KeyTrust(problem=Problem(
            "disk.not_a_folder", str(root), None,
            f"programmets datamapp kan inte användas, så inga paket installeras: "
            f"{not_a_folder_sv(blocker)}"))
    try:
        raw = read_limited(path, MAX_TRUST_BYTES)
    except FileNotFoundError:
        return KeyTrust()
    except ExternalFileError as exc:
        return KeyTrust(problem=_trust_problem(path, f"filen {exc}"))
    try:
        return _parse_trust(loads(raw))
    except Exception as exc:  # any content: a named problem, never a traceback
        detail = str(exc) if isinstance(exc, ExternalFileError) else type(exc).__name__
        return KeyTrust(problem=_trust_problem(path, f"filen är skadad ({detail})"))


def _parse_trust(data: Any) -> KeyTrust:
    if not isinstance(data, dict) or type(data.get("format")) is not int \
            or data["format"] != TRUST_FORMAT:
        raise ValueError("okänt format")
    learned = []
    for item in data["learned"]:
        public = base64.b64decode(item["key"], validate=True)
        publisher = item["publisher"]
        if len(public) != 32 or item["key_id"] != key_id_of(public) \
                or not isinstance(publisher, str) or not _KEY_ID_RE.match(item["introduced_by"]) \
                or not _VERSION_RE.match(item["version"]):
            raise ValueError("fel i learned")
        key = TrustedKey(item["key_id"], public, f"{TRUST_NAME} (nyckelbyte)", publisher)
        learned.append(LearnedKey(key, item["introduced_by"], item["version"]))
    retired = []
    for item in data["retired"]:
        if not (_KEY_ID_RE.match(item["key_id"]) and _KEY_ID_RE.match(item["retired_by"])
                and _VERSION_RE.match(item["version"])):
            raise ValueError("fel i retired")
        retired.append(RetiredKey(item["key_id"], item["retired_by"], item["version"]))
    return KeyTrust(tuple(learned), tuple(retired))


def write_trust(root: Path, trust: KeyTrust) -> None:
    """Replace ``root/trust.json`` atomically: temp file, fsync, rename over, fsync the folder.
    The caller holds the store's lock."""
    data = (json.dumps(trust.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    write_bytes(root / TRUST_NAME, data, mode=0o644)


def restore_trust(root: Path, previous: bytes | None) -> None:
    """Put back the bytes ``trust.json`` had before (None: it did not exist)."""
    if previous is None:
        (root / TRUST_NAME).unlink(missing_ok=True)
        fsync_dir(root)
    else:
        write_bytes(root / TRUST_NAME, previous, mode=0o644)


# --- honouring a statement ----------------------------------------------------------------------


@dataclass(frozen=True)
class RotationOutcome:
    """A statement that may be honoured: the trust after the import, and what to tell."""

    statement: RotationStatement
    trust: KeyTrust
    lines: tuple[str, ...]


def _refuse(code: str, message: str) -> tuple[None, Problem]:
    return None, Problem(code, ROTATION_PATH, None, message)


def judge_rotation(raw: bytes | None, state: SignatureState, permanent: Sequence[TrustedKey],
                   trust: KeyTrust, version: str
                   ) -> tuple[RotationOutcome | None, Problem | None]:
    """Whether the statement ``raw`` (None: the pack has none) may be honoured.

    ``state`` is the pack's signature state; ``permanent`` the keys trusted beyond this one
    import (shipped, policy, learned – retired ones already left out; not ``--trust-key``).
    A statement is honoured only when the pack is VERIFIED by a permanently trusted key AND the
    statement is signed by that same key AND its signature verifies. Otherwise the import is
    refused with the reason (a Problem naming ``keys/rotation.json``).
    """
    if raw is None:
        return None, None
    try:
        statement = parse_rotation(raw)
    except PackError as exc:
        return None, exc.first
    if state.status != VERIFIED:
        return _refuse("rotation.unsigned",
                       "paketet innehåller ett nyckelbyte men är inte signerat; en ny "
                       "signeringsnyckel (eller en tillbakadragen) tas bara emot i ett paket "
                       "signerat med en nyckel som programmet redan litar på")
    signer = next((k for k in permanent if k.key_id == state.key_id), None)
    if signer is None:
        return _refuse("rotation.untrusted_key",
                       f"paketet innehåller ett nyckelbyte men är signerat med nyckeln "
                       f"{state.key_id}, som programmet bara litar på för den här importen "
                       "(--trust-key). Ett nyckelbyte tas bara emot från en nyckel som "
                       "programmet redan litar på: levererad med programmet, i "
                       "administratörens policy eller införd genom ett tidigare nyckelbyte")
    if statement.signed_by != state.key_id:
        return _refuse("rotation.wrong_signer",
                       f"nyckelbytet är signerat med nyckeln {statement.signed_by}, men paketet "
                       f"med nyckeln {state.key_id}; båda ska signeras med samma nyckel "
                       "(skriv ett nytt besked med 'pack rotate-key')")
    try:
        message = statement.message()
    except ValueError:
        return _refuse("rotation.invalid", "beskedet innehåller ett ogiltigt tecken (NUL)")
    if not verify_message(signer, message, statement.signature):
        return _refuse("rotation.bad_signature",
                       f"nyckelbytets signatur stämmer inte med nyckeln {signer.key_id}: "
                       "beskedet har ändrats efter att det signerades, eller är förfalskat")
    retired = trust.retired_notes()
    new = statement.new_key
    if new is not None and new.key_id in retired:
        return _refuse("rotation.retired_new_key",
                       f"den nya nyckeln {new.key_id} har redan dragits tillbaka "
                       f"({retired[new.key_id]}) och kan inte införas igen")
    learned, lines = list(trust.learned), []
    if new is not None:
        if any(k.key.key_id == new.key_id for k in learned):
            lines.append(f"Paketet inför signeringsnyckeln {new.key_id} från {new.publisher}, "
                         "som programmet redan litar på.")
        else:
            learned.append(LearnedKey(new, signer.key_id, version))
            lines.append(f"Paketet inför en ny signeringsnyckel (id {new.key_id}) från "
                         f"{new.publisher}, intygad av nyckeln {signer.key_id}; programmet "
                         "litar på den efter installationen.")
    retired_after = list(trust.retired)
    for key_id in statement.retire:
        if key_id in retired:
            continue
        retired_after.append(RetiredKey(key_id, signer.key_id, version))
        self_note = " (nyckeln som signerade detta paket)" if key_id == signer.key_id else ""
        lines.append(f"Paketet drar tillbaka nyckeln {key_id}{self_note}: paket signerade med "
                     "den tas inte längre emot.")
    gone = {r.key_id for r in retired_after}
    left = {k.key_id for k in permanent} | ({new.key_id} if new else set())
    if not left - gone:
        return _refuse("rotation.no_key_left",
                       "nyckelbytet skulle dra tillbaka varje nyckel som programmet litar på, "
                       "så att inga signerade paket längre kunde tas emot; ange en ny nyckel")
    outcome = KeyTrust(tuple(learned), tuple(retired_after))
    return RotationOutcome(statement, outcome, tuple(printable(line) for line in lines)), None


# --- writing a statement (the coordinator) ------------------------------------------------------


def write_rotation(pack_dir: Path, old_keyfile: Path, new_key: TrustedKey | None,
                   retire: Sequence[str] = (), passphrase: str | None = None
                   ) -> RotationStatement:
    """Write ``keys/rotation.json`` into the pack folder ``pack_dir``, list it in the manifest
    and sign the pack with ``old_keyfile`` (the statement and the pack need the same key;
    ``passphrase`` opens it when it is protected)."""
    from kvinnofrid_desktop.core.install.signing import sign_pack
    from kvinnofrid_desktop.core.pack.manifest import (
        MANIFEST_NAME,
        MAX_MANIFEST_BYTES,
        FileEntry,
        parse_manifest_bytes,
    )

    pack_dir = Path(pack_dir)
    if not (pack_dir / MANIFEST_NAME).is_file():
        raise PackError(Problem("rotation.not_a_folder", str(pack_dir), None,
                                "ange paketmappen (den med manifest.json), inte en .kvpack-fil; "
                                "gör arkivet efteråt med 'pack archive'"))
    try:
        manifest = parse_manifest_bytes(read_limited(pack_dir / MANIFEST_NAME,
                                                     MAX_MANIFEST_BYTES + 1))
    except ExternalFileError as exc:
        raise PackError(Problem("manifest.unreadable", MANIFEST_NAME, None, f"filen {exc}")
                        ) from None
    signer = public_half(old_keyfile, passphrase)
    retire = tuple(dict.fromkeys(r.strip().lower() for r in retire))
    if new_key is not None:
        publisher = new_key.publisher or signer.publisher or manifest.publisher
        if "\x00" in publisher or printable(publisher) != publisher \
                or len(publisher) > MAX_PUBLISHER:
            raise _invalid("utgivarens namn får inte innehålla styrtecken")
        new_key = replace(new_key, publisher=publisher)
    message = rotation_message(signer.key_id, new_key, retire)
    statement = {"format": ROTATION_FORMAT, "type": ROTATION_TYPE, "signed_by": signer.key_id}
    if new_key is not None:
        statement["new_key"] = {"key": base64.b64encode(new_key.public_key).decode("ascii"),
                                "key_id": new_key.key_id, "publisher": new_key.publisher}
    if retire:
        statement["retire"] = list(retire)
    statement["signature"] = base64.b64encode(sign_message(old_keyfile, message, passphrase)
                                              ).decode("ascii")
    raw = (json.dumps(statement, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    parsed = parse_rotation(raw)  # the same checks a recipient makes (ids, retire list, …)
    if not verify_message(signer, parsed.message(), parsed.signature):
        raise _invalid("beskedets signatur kunde inte kontrolleras")
    target = pack_dir.joinpath(*ROTATION_PATH.split("/"))
    target.parent.mkdir(exist_ok=True)
    write_bytes(target, raw, mode=0o644)
    entry = FileEntry(ROTATION_PATH, len(raw), hashlib.sha256(raw).hexdigest())
    files = tuple(sorted([*(f for f in manifest.files if f.path != ROTATION_PATH), entry],
                         key=lambda f: f.path))
    write_bytes(pack_dir / MANIFEST_NAME,
                replace(manifest, files=files).to_json().encode("utf-8"), mode=0o644)
    sign_pack(pack_dir, old_keyfile, passphrase)
    return parsed
