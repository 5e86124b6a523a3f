"""``kvinnofrid-desktop pack archive|keygen|sign|rotate-key|import|list|rollback|remove``.

Content updates from the command line: for the coordinator who publishes a pack, and for IT's
login scripts that install one on every machine. ``build`` and ``verify`` live in ``cli/main.py``.

Exit codes (stable; scripts may rely on them):

====  ==========================================================================================
code  meaning
====  ==========================================================================================
0     done
1     refused or failed: stderr says why in one Swedish line per problem, naming file and code,
      e.g. ``manifest.sig: signaturen är ogiltig: … [signature.invalid]``; nothing was changed.
      Also, with nothing on stderr, when the reader of the output stopped reading (``| head``)
2     usage error (unknown command, missing or malformed argument)
3     busy: another program is installing a pack right now (the store's lock is held); retry
====  ==========================================================================================
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from kvinnofrid_desktop.cli.exit import ExitCode
from kvinnofrid_desktop.cli.language import said
from kvinnofrid_desktop.core.pack.external import printable

COMMANDS = ("archive", "keygen", "sign", "rotate-key", "import", "list", "rollback", "remove")


def add_pack_commands(pack_subparsers: Any) -> None:
    """Add this module's commands to the ``pack`` sub-command parser (an argparse subparsers)."""
    p = pack_subparsers.add_parser("archive", help="gör en .kvpack-fil av en paketmapp")
    p.add_argument("dir", type=Path, metavar="PAKETMAPP", help="paketmapp (med manifest.json)")
    p.add_argument("out", type=Path, metavar="FIL.kvpack",
                   help="arkivfil att skriva, t.ex. paket.kvpack")

    p = pack_subparsers.add_parser("keygen", help="skapa ett nyckelpar för att signera paket")
    p.add_argument("keyfile", type=Path, metavar="NYCKELFIL",
                   help="hemlig nyckel att skriva (publik: NYCKELFIL.pub)")
    p.add_argument("--publisher", metavar="UTGIVARE",
                   help="utgivarens namn, visas som \"verifierat av …\"")
    p.add_argument("--passphrase", action="store_true",
                   help="skydda den hemliga nyckeln med en lösenfras (frågas efter två gånger)")

    p = pack_subparsers.add_parser("sign", help="signera en paketmapp eller en .kvpack-fil")
    p.add_argument("pack", type=Path, metavar="PAKET", help="paketmapp eller .kvpack-fil")
    p.add_argument("--key", type=Path, required=True, metavar="NYCKELFIL", help="hemlig nyckel")

    p = pack_subparsers.add_parser(
        "rotate-key", help="byt signeringsnyckel: paketet inför en ny nyckel och/eller drar "
        "tillbaka gamla; skriver keys/rotation.json och signerar paketet med den gamla nyckeln")
    p.add_argument("pack", type=Path, metavar="PAKETMAPP",
                   help="paketmapp (med manifest.json), före pack archive")
    p.add_argument("--old-key", "--key", dest="old_key", type=Path, required=True,
                   metavar="NYCKELFIL", help="hemlig nyckel som mottagarna litar på nu; "
                   "signerar beskedet och paketet")
    p.add_argument("--new-key", type=Path, metavar="NYCKELFIL.pub",
                   help="publik nyckel som mottagarna ska lita på från och med detta paket")
    p.add_argument("--retire", type=_key_id, action="append", default=[], metavar="NYCKEL-ID",
                   help="dra tillbaka denna nyckel (id, 16 tecken; kan anges flera gånger)")

    p = pack_subparsers.add_parser("import", help="kontrollera och installera en .kvpack-fil")
    p.add_argument("file", type=Path, metavar="FIL.kvpack", help=".kvpack-fil")
    p.add_argument("--trust-key", type=Path, action="append", default=[], metavar="NYCKELFIL.pub",
                   help="lita också på denna publika nyckel (kan anges flera gånger)")
    p.add_argument("--allow-unsigned", action="store_true",
                   help="ta emot ett osignerat paket (om administratören tillåter det)")
    p.add_argument("--allow-downgrade", action="store_true",
                   help="ta emot ett paket som är äldre än det aktiva")
    p.add_argument("--dry-run", action="store_true",
                   help="visa bara vad som skulle ändras; installera inget")
    p.add_argument("--wait", type=float, default=10.0, metavar="SEKUNDER",
                   help="vänta högst så länge om ett annat program installerar (10)")

    p = pack_subparsers.add_parser("list", help="visa installerade paket")
    p.add_argument("--json", action="store_true", help="skriv listan som JSON")

    p = pack_subparsers.add_parser(
        "rollback", help="gå tillbaka till det tidigare paketet (det aktiva tas bort)")
    p.add_argument("--force", action="store_true",
                   help="även när det aktiva paketet är gjort för en nyare version av "
                        "programmet (det tas bort)")

    p = pack_subparsers.add_parser(
        "remove", help="ta bort en installerad version (ej den aktiva eller den som visas)")
    # Its own dest: "version" is the global --version flag, which it would switch on.
    p.add_argument("remove_version", metavar="VERSION", help="versionen, t.ex. 2026-11-26")


def _key_id(text: str) -> str:
    """argparse type: a key id as keygen prints it ("Nyckel 3f9a…", 16 hexadecimal characters);
    "--retire abc" was refused as a damaged rotation statement (exit 1), not a usage error."""
    key_id = text.strip().lower()
    if len(key_id) != 16 or any(c not in "0123456789abcdef" for c in key_id):
        raise argparse.ArgumentTypeError(said(
            f"'{text}' är inget nyckel-id; ett nyckel-id är 16 tecken 0–9 och a–f, t.ex. "
            "3f9a0c1d2e4b5a6c",
            f"'{text}' is not a key id; a key id is 16 characters 0–9 and a–f, e.g. "
            "3f9a0c1d2e4b5a6c"))
    return key_id


def run_pack_command(args: argparse.Namespace) -> int | None:
    """Run one of this module's commands; None when ``args.pack_command`` is not one of them."""
    command = getattr(args, "pack_command", None)
    if command not in COMMANDS:
        return None
    from kvinnofrid_desktop.core.install.archive import os_problem
    from kvinnofrid_desktop.core.pack.problems import PackError

    try:
        return _HANDLERS[command](args)
    except PackError as exc:
        for problem in exc.problems:
            _err(str(problem))
        return ExitCode.BUSY if exc.code == "store.busy" else ExitCode.PROBLEMS
    except BrokenPipeError:
        raise  # the reader of our output stopped reading: __main__ ends quietly
    except OSError as exc:
        _err(str(os_problem(exc, str(exc.filename or ""))))
        return ExitCode.PROBLEMS


def _say(text: str, file: TextIO | None = None) -> None:
    """Print a line that may hold a pack's own text (publisher, titles): control characters
    and bidi overrides are shown escaped, so no file can clear the terminal or fake a line."""
    print("\n".join(printable(line) for line in text.split("\n")), file=file or sys.stdout)


def _say_json(data: object) -> None:
    # JSON escapes C0 controls itself; C1 controls and bidi overrides get \u escapes too.
    text = json.dumps(data, ensure_ascii=False, indent=2)
    print("".join(f"\\u{ord(c):04x}" if c != "\n" and printable(c) != c else c
                  for c in text))


def _err(message: str) -> None:
    _say(f"kvinnofrid-desktop: {message}", file=sys.stderr)


def archive_inside_pack(pack_dir: Path, archive: Path) -> str | None:
    """The Swedish reason an archive may not be written at ``archive``, or None.

    An archive inside the pack folder becomes a file the manifest does not list: the folder
    then fails every check (file.unlisted), after the command said it succeeded."""
    if not archive.resolve().is_relative_to(pack_dir.resolve()):
        return None
    return (f"arkivet {archive} skulle hamna i paketmappen {pack_dir}, där det blir en fil som "
            "manifestet inte listar och paketet inte klarar kontrollen; välj en plats utanför "
            "paketmappen. Inget skrevs")


def _archive(args: argparse.Namespace) -> int:
    from kvinnofrid_desktop.core.install.archive import SIGNATURE_NAME
    from kvinnofrid_desktop.core.install.archive_write import write_archive
    from kvinnofrid_desktop.core.install.store import PackStore
    from kvinnofrid_desktop.core.pack.problems import PackError, Problem

    if (inside := archive_inside_pack(args.dir, args.out)) is not None:
        _err(inside)
        return ExitCode.USAGE
    # A signature that is damaged, or no longer matches the manifest, would make every office
    # refuse the file: refused here as `pack verify` refuses the folder. A key this computer
    # does not know is no reason: the coordinator's own key often is not installed here.
    signature = PackStore().folder_signature(args.dir) if args.dir.is_dir() else None
    if signature is not None and signature.status == "invalid":
        raise PackError(Problem("signature.invalid", SIGNATURE_NAME, None,
                                f"signaturen är ogiltig: {signature.detail}; signera mappen "
                                "igen (pack sign) innan arkivet skrivs"))
    out = write_archive(args.dir, args.out)
    _say(f"Skrev {out} ({out.stat().st_size / 1_000_000:.1f} MB)")
    return ExitCode.OK


def _keygen(args: argparse.Namespace) -> int:
    from kvinnofrid_desktop.core.install.signing import generate_keypair

    passphrase = None
    if args.passphrase:
        passphrase = _ask_passphrase("Lösenfras för den hemliga nyckeln: ", args.keyfile,
                                     "ingen nyckel skapades")
        if len(passphrase) < MIN_PASSPHRASE:
            from kvinnofrid_desktop.core.pack.problems import PackError, Problem

            raise PackError(Problem("key.passphrase_short", str(args.keyfile), None,
                                    f"lösenfrasen behöver minst {MIN_PASSPHRASE} tecken; ingen "
                                    "nyckel skapades"))
        if _ask_passphrase("Samma lösenfras igen: ", args.keyfile,
                           "ingen nyckel skapades") != passphrase:
            from kvinnofrid_desktop.core.pack.problems import PackError, Problem

            raise PackError(Problem("key.passphrase_mismatch", str(args.keyfile), None,
                                    "lösenfraserna är olika; ingen nyckel skapades"))
    key = generate_keypair(args.keyfile, publisher=args.publisher, passphrase=passphrase)
    _say(f"Nyckel {key.key_id}: hemlig nyckel i {args.keyfile} (dela den aldrig), "
          f"publik nyckel i {key.source}")
    return ExitCode.OK


MIN_PASSPHRASE = 8  # characters: a new key's passphrase; "abc" was taken


def _ask_passphrase(prompt: str, where: Path, nothing_done: str) -> str:
    """Ask on the terminal; Ctrl+D, Ctrl+C or no terminal end with a message, not a traceback.

    Without a terminal (a script, a pipe) getpass would read the passphrase from standard
    input where it can be seen, after an English warning: that is refused instead."""
    import getpass
    import warnings

    from kvinnofrid_desktop.core.pack.problems import PackError, Problem

    try:
        with warnings.catch_warnings():
            # getpass warns just before it falls back to reading visibly: stop there.
            warnings.simplefilter("error", getpass.GetPassWarning)
            return getpass.getpass(prompt)
    except getpass.GetPassWarning:
        raise PackError(Problem("key.passphrase_missing", str(where), None,
                                "lösenfrasen kan bara skrivas in i en terminal, där den inte "
                                f"syns; {nothing_done}")) from None
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)  # the prompt's line is left open
        raise PackError(Problem("key.passphrase_missing", str(where), None,
                                f"ingen lösenfras angavs; {nothing_done}")) from None


def _sign(args: argparse.Namespace) -> int:
    from kvinnofrid_desktop.core.install.signing import key_needs_passphrase, sign_pack

    passphrase = None
    if key_needs_passphrase(args.key):
        passphrase = _ask_passphrase(f"Lösenfras för {args.key}: ", args.key,
                                     "inget signerades")
    state = sign_pack(args.pack, args.key, passphrase)
    _say(f"Signerade {args.pack} med nyckel {state.key_id} ({state.publisher})")
    return ExitCode.OK


def _rotate_key(args: argparse.Namespace) -> int:
    from kvinnofrid_desktop.core.install.rotation import ROTATION_PATH, write_rotation
    from kvinnofrid_desktop.core.install.signing import load_public_key

    if args.new_key is None and not args.retire:  # cli.main.parse refuses it first
        _err("pack rotate-key: ange --new-key, --retire eller båda")
        return ExitCode.USAGE
    from kvinnofrid_desktop.core.install.signing import key_needs_passphrase

    new_key = load_public_key(args.new_key) if args.new_key is not None else None
    passphrase = None
    if key_needs_passphrase(args.old_key):  # asked as 'pack sign' asks ("ange den" led nowhere)
        passphrase = _ask_passphrase(f"Lösenfras för {args.old_key}: ", args.old_key,
                                     "inget ändrades")
    statement = write_rotation(args.pack, args.old_key, new_key, args.retire, passphrase)
    if statement.new_key is not None:
        _say(f"Paketet inför nyckeln {statement.new_key.key_id} ({statement.new_key.publisher})")
    for key_id in statement.retire:
        _say(f"Paketet drar tillbaka nyckeln {key_id}")
    _say(f"Skrev {ROTATION_PATH} och signerade {args.pack} med nyckeln {statement.signed_by}. "
         "Gör nu arkivet med 'pack archive'.")
    return ExitCode.OK


def _import(args: argparse.Namespace) -> int:
    from kvinnofrid_desktop.core.install.store import PackStore
    from kvinnofrid_desktop.core.pack.problems import PackError

    store = PackStore(lock_timeout=max(0.0, args.wait))
    options = {"trust_keys": args.trust_key, "allow_unsigned": args.allow_unsigned,
               "allow_downgrade": args.allow_downgrade}
    preview = store.preview_import(args.file, **options)
    for line in preview.lines_sv():
        if not line.startswith("Kan inte installeras"):
            _say(line)
    if preview.refusal is not None:
        raise PackError(preview.refusal)
    if args.dry_run:
        _say("Inget installerades (--dry-run).")
        return ExitCode.OK
    # PDFs are opened with the program's own engine (Qt's PDFium), as the viewer will.
    from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

    result = store.import_pack(args.file, pdf_engine=QtPdfEngine(), **options)
    _say(result.summary_sv())
    return ExitCode.OK


def _list(args: argparse.Namespace) -> int:
    from kvinnofrid_desktop.core.install.store import PackStore

    store = PackStore()
    packs = store.installed()
    _, notice, _ = store.resolve()
    trust = store.key_trust()
    if args.json:
        _say_json({
            "data_dir": str(store.root),
            "learned_keys": [{"key_id": k.key.key_id, "publisher": k.key.publisher,
                              "introduced_by": k.introduced_by, "version": k.version}
                             for k in trust.learned],
            "retired_keys": [{"key_id": r.key_id, "retired_by": r.retired_by,
                              "version": r.version} for r in trust.retired],
            "trust_problem": str(trust.problem) if trust.problem else None,
            "active": next((p.version for p in packs if p.active), None),
            "notice": notice,
            "packs": [{"version": p.version, "id": p.pack_id, "publisher": p.publisher,
                       "active": p.active, "builtin": p.builtin, "signature": p.signature,
                       "path": str(p.path), "problem": p.problem, "review_by": p.review_by,
                       "review_overdue": _overdue(p.review_by)} for p in packs],
        })
        return ExitCode.OK
    for p in packs:
        mark = "*" if p.active else " "
        what = "inbyggt standardinnehåll" if p.builtin else p.signature
        review = ""
        if p.review_by:
            review = (f"  SKULLE HA FÖRNYATS {p.review_by}" if _overdue(p.review_by)
                      else f"  förnyas senast {p.review_by}")
        if p.problem and not p.pack_id:  # its manifest could not be read: nothing else to say
            _say(f"{mark} {p.version}  FEL: {p.problem}")
            continue
        _say(f"{mark} {p.version}  {p.pack_id or '?'}  {p.publisher or ''}  ({what})"
             + review + (f"  FEL: {p.problem}" if p.problem else ""))
    if notice:  # the installed active pack cannot be used: say which one is shown instead
        _say(f"OBS: {notice}")
    for line in trust.lines_sv():
        _say(line)
    return ExitCode.OK


def _overdue(review_by: str | None) -> bool:
    import datetime as dt

    return review_by is not None and dt.date.fromisoformat(review_by) < dt.date.today()


def _rollback(args: argparse.Namespace) -> int:
    from kvinnofrid_desktop.core.install.store import PackStore

    store = PackStore()
    left = store.chosen_version()  # not active().version: a damaged pack is shown as another
    active = store.rollback(newer_too=args.force)
    which = "standardinnehållet" if active.builtin else f"paketet {active.version}"
    # The store keeps no version after the active one: say so, as the window's dialog does.
    gone = "tas bort när inget program längre har det öppet" \
        if left in store.waiting_for_removal() else "togs bort"
    _say(f"Aktivt nu: {which}. Version {left} {gone}; importera dess fil igen för "
         "att använda den.")
    return ExitCode.OK


def _remove(args: argparse.Namespace) -> int:
    from kvinnofrid_desktop.core.install.store import PackStore

    if PackStore().remove(args.remove_version):
        _say(f"Tog bort version {args.remove_version}")
    else:  # on Windows: a window has one of its files open
        _say(f"Version {args.remove_version} är inte längre installerad. Mappen tas bort när "
             "inget program längre har den öppen (senast vid nästa start).")
    return ExitCode.OK


_HANDLERS = {"archive": _archive, "keygen": _keygen, "sign": _sign,
             "rotate-key": _rotate_key, "import": _import,
             "list": _list, "rollback": _rollback, "remove": _remove}


def main(argv: list[str] | None = None) -> int:
    """Run the pack commands alone: ``python -m kvinnofrid_desktop.cli.pack import X.kvpack``."""
    parser = argparse.ArgumentParser(prog="kvinnofrid-desktop pack")
    add_pack_commands(parser.add_subparsers(dest="pack_command", metavar="ÅTGÄRD",
                                            required=True))
    result = run_pack_command(parser.parse_args(argv))
    return ExitCode.USAGE if result is None else result


if __name__ == "__main__":
    sys.exit(main())
