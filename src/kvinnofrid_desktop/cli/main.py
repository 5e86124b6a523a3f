"""The command line: the same operations as the window, without one.

Commands that need no PDF engine (``search``, ``--version``, ``card``) never import Qt, so they
start fast and run on a server without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kvinnofrid_desktop import __version__
from kvinnofrid_desktop.cli.exit import ExitCode
from kvinnofrid_desktop.cli.language import argparse_words, in_english, parsers, said
from kvinnofrid_desktop.cli.pack import add_pack_commands, run_pack_command

if TYPE_CHECKING:  # only for annotations: commands import what they need when they run
    from kvinnofrid_desktop.core.install.signing import TrustedKey
    from kvinnofrid_desktop.core.pack.problems import Problem


def _add_program_options(parser: argparse.ArgumentParser, *, after_command: bool = False,
                         unlisted: tuple[str, ...] = ()) -> None:
    """The global options. After a command they default to "not given" (SUPPRESS), so a value
    given before the command is not overwritten; where the command has an option or argument
    of the same name (``search --pack``, ``pack verify PACK``) the command's own wins.
    ``unlisted``: accepted only to be refused with a reason (``_unused_option``), so not in the
    command's help ("pack list --help" offered --pack, which it then refused)."""
    taken = {option for action in parser._actions for option in action.option_strings} | \
        {action.dest for action in parser._actions}
    suppress: dict[str, Any] = {"default": argparse.SUPPRESS} if after_command else {}
    options: list[tuple[str, dict[str, Any]]] = [
        ("--version", {"action": "store_true",
                       "help": "visa programversion och aktivt innehållspaket"}),
        ("--pack", {"type": Path, "metavar": "PAKETMAPP",
                    "help": "visa detta innehållspaket (en mapp)"}),
        ("--lang", {"choices": ["sv", "en"],
                    "help": "gränssnittets språk (annars inställningen eller systemets språk)"}),
    ]
    for name, kwargs in options:
        if not taken & {name, name[2:]}:
            if name in unlisted:
                kwargs = {**kwargs, "help": argparse.SUPPRESS}
            parser.add_argument(name, **kwargs, **suppress)


def _requested_language(argv: list[str]) -> str:
    """The language of the command line's own words: English with ``--lang en`` anywhere."""
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    parser.add_argument("--lang")
    try:
        args, _rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return "sv"
    return "en" if args.lang == "en" else "sv"


COMMANDS = ("pack", "search", "card", "screenshot", "edit")
OPENED_SUFFIXES = (".pdf", ".kvpack")  # what a file manager hands over (the file associations)


def _window_start(argv: list[str]) -> argparse.Namespace | None:
    """The options of a plain window start, read without building every command's parser
    (3 ms of each start); None when ``argv`` asks for anything else, help included.

    One file may be given (``kvinnofrid-desktop rapport.pdf``, ``paket.kvpack``): the window
    opens it; ``open_path`` is None otherwise."""
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    _add_program_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the full parser explains the mistake
    args.open_path = None
    if len(rest) == 1 and rest[0] not in COMMANDS and not rest[0].startswith("-") \
            and Path(rest[0]).suffix.lower() in OPENED_SUFFIXES:
        args.open_path, rest = Path(rest[0]).absolute(), []
    return None if rest or args.version else args


def _parser(language: str = "sv") -> argparse.ArgumentParser:
    """The whole command line; its help in ``language`` (build it inside
    ``cli_language.argparse_words(language)``, which gives argparse's own words)."""
    parser = argparse.ArgumentParser(
        prog="kvinnofrid-desktop",
        description="Kvinnofrid Västmanland – stöd i arbetet mot våld i nära relationer. "
        "Utan kommando startar programfönstret; med en fil (FIL.pdf eller FIL.kvpack) "
        "öppnas den i fönstret, i det som redan är öppet om programmet körs.",
    )
    _add_program_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    pack = commands.add_parser("pack", help="bygg, kontrollera och installera innehållspaket")
    pack_cmds = pack.add_subparsers(dest="pack_command", metavar="ÅTGÄRD", required=True)
    build = pack_cmds.add_parser("build", help="bygg ett paket från en källmapp med catalog.toml")
    build.add_argument("src", type=Path, metavar="KÄLLMAPP", help="källmapp (med catalog.toml)")
    build.add_argument("out", type=Path, metavar="PAKETMAPP",
                       help="paketmapp som skapas eller ersätts")
    build.add_argument("--archive", type=Path, metavar="FIL.kvpack",
                       help="skriv också paketet som en .kvpack-fil")
    verify = pack_cmds.add_parser(
        "verify", help="kontrollera ett paket (en mapp eller en .kvpack-fil) utan att "
        "installera det")
    verify.add_argument("pack", type=Path, metavar="PAKET", help="paketmapp eller .kvpack-fil")
    verify.add_argument("--trust-key", type=Path, action="append", default=[],
                        metavar="NYCKELFIL.pub",
                        help="lita också på denna publika nyckel (kan anges flera gånger)")
    add_pack_commands(pack_cmds)

    search = commands.add_parser("search", help="sök i alla dokument och i åtgärdskortet")
    search.add_argument("query", type=_query, metavar="SÖKORD",
                        help="sökord, t.ex. orosanmälan eller \"skyddat boende\"")
    search.add_argument("--pack", dest="search_pack", type=Path, metavar="PAKETMAPP",
                        help="paketmapp att söka i")
    search.add_argument("--limit", type=_positive, default=10, metavar="ANTAL",
                        help="högst så många träffar (10)")
    search.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    add_card_parser(commands)

    shot = commands.add_parser("screenshot", help="rita fönstret till en PNG-bild (utan skärm)")
    shot.add_argument("out", type=Path, metavar="FIL.png", help="PNG-fil att skriva")
    shot.add_argument("--tab", default="strategy",
                      choices=["strategy", "collaboration", "action_card", "publications"],
                      help="fliken att visa (strategy)")
    shot.add_argument("--open", dest="open_file", type=Path, metavar="FIL.pdf",
                      help="visa denna PDF-fil")
    shot.add_argument("--page", type=int, metavar="SIDA", help="gå till denna sida")
    shot.add_argument("--size", type=_size, default="1280x800", metavar="BxH",
                      help="fönstrets storlek, BxH (1280x800)")
    edit = commands.add_parser(
        "edit", help="öppna redaktörsläget för en källmapp (dokument, kontakter, publicering)")
    edit.add_argument("src", type=Path, metavar="KÄLLMAPP", help="källmapp (med catalog.toml)")
    made = edit.add_mutually_exclusive_group()
    made.add_argument("--from-pack", action="store_true",
                      help="skapa källmappen från det aktiva innehållspaketet (eller --pack)")
    made.add_argument("--template", action="store_true",
                      help="skapa en tom källmapp (inga dokument, kontakterna saknas)")
    # Every command takes the global options too, so they work after the command
    # (``screenshot x.png --lang en``) as well as before it.
    for command in list(parsers(parser))[1:]:
        words = command.prog.split()[1:]  # "kvinnofrid-desktop pack list" → pack, list
        pack_unused = words == ["pack"] or (
            words[:1] == ["pack"] and len(words) > 1 and words[1] not in _PACK_ARGUMENT)
        # --version takes no command; --pack is refused where the command does not use it.
        _add_program_options(command, after_command=True,
                             unlisted=("--version", "--pack") if pack_unused else ("--version",))
    if language == "en":
        in_english(parser)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    """``argv`` read by the whole command line; help and mistakes in its language (exits)."""
    language = _requested_language(argv)
    with argparse_words(language):
        parser = _parser(language)
        args, extras = parser.parse_known_args(argv)
        if extras:
            # argparse reports words left over under the program's usage; the command typed
            # ("card show", "pack list") says what it does take.
            words = argparse._("unrecognized arguments: %s")  # type: ignore[attr-defined]
            _typed_command(parser, args).error(words % " ".join(extras))
        unused = _unused_option(args, language)
        if unused is not None:
            _typed_command(parser, args).error(unused)
        if args.command == "pack" and args.pack_command == "rotate-key" \
                and args.new_key is None and not args.retire:
            # A usage error (2), as argparse's own: it ended as a refused pack (1).
            _typed_command(parser, args).error(said(
                "ange --new-key, --retire eller båda", "give --new-key, --retire or both"))
        return args


# Pack commands whose own argument is named "pack" (the global --pack is not theirs to take).
_PACK_ARGUMENT = ("verify", "sign", "rotate-key")


def _unused_option(args: argparse.Namespace, language: str) -> str | None:
    """Why a global option given with this command would be silently ignored, or None:
    "pack import X.kvpack --version" printed the version and imported nothing, exit 0; "pack
    list --pack DIR" listed the store."""
    if args.command is not None and getattr(args, "version", False):
        return ("--version shows the program's version and takes no command: "
                "kvinnofrid-desktop --version" if language == "en" else
                "--version visar programversionen och tar inget kommando: "
                "kvinnofrid-desktop --version")
    ignored = ((args.command == "pack" and args.pack_command not in _PACK_ARGUMENT)
               or (args.command == "edit" and not args.from_pack))
    if ignored and getattr(args, "pack", None) is not None:
        command = f"{args.command} {getattr(args, 'pack_command', '')}".strip()
        return (f"--pack is not used by '{command}'; leave it out" if language == "en" else
                f"--pack används inte av '{command}'; utelämna den")
    return None


def _typed_command(parser: argparse.ArgumentParser,
                   args: argparse.Namespace) -> argparse.ArgumentParser:
    """The deepest command parser ``args`` went through ("card" → "show")."""
    for action in parser._actions:  # argparse keeps its actions here; there is no accessor
        if isinstance(action, argparse._SubParsersAction) and action.choices:
            chosen = action.choices.get(getattr(args, action.dest, None) or "")
            if chosen is not None:
                return _typed_command(chosen, args)
    return parser


def add_card_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``card show`` and ``card export`` to the program's sub-command parsers.

    Here rather than in cli_card: the parser is built at every start, the window's too, and
    cli_card imports the action-card code."""
    card: argparse.ArgumentParser = subparsers.add_parser(
        "card", help="visa eller skriv ut åtgärdskortet")
    actions = card.add_subparsers(dest="card_command", metavar="ÅTGÄRD", required=True)
    show = actions.add_parser("show", help="visa åtgärdskortet för en kommun i terminalen")
    export = actions.add_parser("export", help="skriv åtgärdskortet till en PDF-fil")
    export.add_argument("out", type=Path, metavar="FIL.pdf",
                        help="PDF-fil att skriva (ersätts om den finns; .pdf läggs till "
                        "om namnet saknar det)")
    for sub in (show, export):
        # "card show Sala vuxna": what one types first, the flags' values without the flags.
        # A default: argparse counts a "*" positional without one as required, and "card
        # export" with no file said the words were needed too.
        sub.add_argument("words", nargs="*", default=[], metavar="KOMMUN/ÄMNE",
                         help="kommun och ämne utan flaggor, t.ex. Sala vuxna")
        sub.add_argument("--municipality", metavar="KOMMUN",
                         help="kommun, t.ex. Sala eller vasteras (utan: hela länet)")
        sub.add_argument("--subject", choices=["barn", "vuxna", "djur", "alla"], default=None,
                         help="barn, vuxna, djur eller alla (alla)")
        # Its own dest: a sub-parser default would otherwise overwrite the global --pack.
        sub.add_argument("--pack", dest="card_pack", type=Path, metavar="PAKETMAPP",
                         help="innehållspaket (en mapp) att läsa kortet från")
    show.add_argument("--json", action="store_true", help="skriv kortet som JSON")
    show.add_argument("--at", metavar="TID",
                      help="visa vad som gäller vid denna tid, t.ex. 2026-12-05T22:00 eller "
                           "2026-12-05T22.00 (svensk tid; en tid med tidszon, t.ex. +01:00 "
                           "eller Z, räknas om till den) (nu)")
    export.add_argument("--format", choices=["a4", "pocket"], default="a4",
                        help="a4 (åtgärdskort) eller pocket (fickkort att vika), a4")
    return card


def run(argv: list[str]) -> int:
    start = _window_start(argv)
    if start is not None:
        if start.open_path is not None and not start.open_path.is_file():
            # A file that is not there is a problem with the file (1), as for every command
            # ("pack verify /no/such", "pack import /no/such.kvpack"), not with the command line.
            _err(f"filen finns inte eller är ingen vanlig fil: {start.open_path}")
            return ExitCode.PROBLEMS
        from kvinnofrid_desktop.app.start import main as gui_main

        return gui_main(pack_path=start.pack, language=start.lang, open_path=start.open_path)
    args = parse(argv)
    if args.version:
        return _version(args.pack)
    if args.command == "pack":
        if args.pack_command == "build":
            return _pack_build(args.src, args.out, args.archive)
        if args.pack_command == "verify":
            return _pack_verify(args.pack, args.trust_key)
        handled = run_pack_command(args)  # archive, keygen, sign, import, list, rollback, remove
        return ExitCode.USAGE if handled is None else handled
    if args.command == "search":
        return _search(args.query, args.search_pack or args.pack, args.limit, args.json)
    if args.command == "card":
        from kvinnofrid_desktop.cli.card import run_card

        return run_card(args)
    if args.command == "screenshot":
        return _screenshot(args)
    if args.command == "edit":
        return _edit(args)
    from kvinnofrid_desktop.app.start import main as gui_main

    return gui_main(pack_path=args.pack, language=args.lang)


def _positive(text: str) -> int:
    """argparse type: a whole number of at least 1 ('--limit 0' found nothing, silently)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(said(f"'{text}' är inget heltal större än 0",
                                              f"'{text}' is not a whole number greater than 0"))
    return value


MAX_SHOT_SIDE = 16384  # px; 100000x100000 ended in a segmentation fault


def _size(text: str) -> tuple[int, int]:
    """argparse type: a screenshot's BxH, each side 1–MAX_SHOT_SIDE ("0x0" wrote 275 × 227 and
    said 0 × 0)."""
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        width = height = 0
    if not (1 <= width <= MAX_SHOT_SIDE and 1 <= height <= MAX_SHOT_SIDE):
        raise argparse.ArgumentTypeError(said(
            f"ogiltig storlek '{text}'; skriv bredd x höjd i bildpunkter, t.ex. 1280x800 "
            f"(högst {MAX_SHOT_SIDE} per sida)",
            f"invalid size '{text}'; give width x height in pixels, e.g. 1280x800 "
            f"(at most {MAX_SHOT_SIDE} a side)"))
    return width, height


def _query(text: str) -> str:
    """argparse type: a query with something to look for ("search ''" answered "Inga träffar",
    exit 0, as if the pack had been searched)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(said(
            'sökordet är tomt; skriv vad du söker, t.ex. orosanmälan eller "skyddat boende"',
            'the search words are empty; write what you are looking for, e.g. orosanmälan or '
            '"skyddat boende"'))
    return text


def _quoted(text: str) -> str:
    """A query in a message, in the Swedish quotation marks the window's search panel uses
    (”skyddat boende”); its control characters shown escaped, as repr() showed them."""
    from kvinnofrid_desktop.core.pack.external import printable

    return f"”{printable(text)}”"


def _err(message: str) -> None:
    print(f"kvinnofrid-desktop: {message}", file=sys.stderr)


def _pack_dir(explicit: Path | None) -> Path:
    from kvinnofrid_desktop.cli.active import pack_dir

    return pack_dir(explicit)


def _version(pack_path: Path | None) -> int:
    from kvinnofrid_desktop.core.pack.pack import Pack
    from kvinnofrid_desktop.core.pack.problems import PackError

    print(f"kvinnofrid-desktop {__version__}")
    # A folder named with --pack is not the active pack: it was called "aktivt".
    which = "aktivt innehållspaket" if pack_path is None else "innehållspaket (--pack)"
    try:
        pack = Pack.open(_pack_dir(pack_path), check_sizes=False)
    except PackError as exc:
        _err(f"{which}: kan inte läsas ({exc.first})")  # a problem: on stderr, as elsewhere
        return ExitCode.PROBLEMS
    print(f"{which}: {pack.manifest.id} {pack.manifest.version}")
    return ExitCode.OK


def _screenshot(args: argparse.Namespace) -> int:
    from kvinnofrid_desktop.app.start import screenshot

    return screenshot(args.out, tab=args.tab, open_file=args.open_file, page=args.page,
                      size=args.size, pack_path=args.pack, language=args.lang)


def _edit(args: argparse.Namespace) -> int:
    """Make the source folder when asked to (before any window, so a mistake is a plain
    message and exit code), then open the editor on it."""
    from kvinnofrid_desktop.core.authoring.catalog import CATALOG_NAME
    from kvinnofrid_desktop.core.pack.problems import PackError

    src: Path = args.src
    try:
        if args.from_pack:
            from kvinnofrid_desktop.core.authoring.new_source import create_from_pack

            create_from_pack(_pack_dir(args.pack), src)
        elif args.template:
            from kvinnofrid_desktop.core.authoring.new_source import (
                TEMPLATE_PUBLISHER,
                create_from_template,
            )

            create_from_template(src, publisher=TEMPLATE_PUBLISHER)
    except PackError as exc:
        for problem in exc.problems:
            _err(str(problem))
        return ExitCode.PROBLEMS
    if not (src / CATALOG_NAME).is_file():
        _err(f"{src} har ingen {CATALOG_NAME}; skapa källmappen med --from-pack eller "
             "--template")
        return ExitCode.USAGE
    from kvinnofrid_desktop.app.start import edit

    return edit(src, language=args.lang)


def _pack_build(src: Path, out: Path, archive: Path | None = None) -> int:
    import sqlite3

    from kvinnofrid_desktop.core.authoring.build import build_pack
    from kvinnofrid_desktop.core.fsutil import reason_sv
    from kvinnofrid_desktop.core.pack.problems import PackError
    from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

    if archive is not None:
        from kvinnofrid_desktop.cli.pack import archive_inside_pack

        if (inside := archive_inside_pack(out, archive)) is not None:
            _err(inside)  # before the build: nothing is written, not even the pack folder
            return ExitCode.USAGE
    try:
        report = build_pack(src, out, engine=QtPdfEngine(), progress=print)
    except PackError as exc:
        for problem in exc.problems:
            _err(str(problem))
        _err("paketet byggdes inte; inget skrevs till " + str(out))
        return ExitCode.PROBLEMS
    except BrokenPipeError:
        raise  # the reader of the progress lines stopped reading: __main__ ends quietly
    except OSError as exc:
        _err(f"paketet byggdes inte: {reason_sv(exc)} ({exc.filename or out}); inget "
             f"skrevs till {out}")
        return ExitCode.PROBLEMS
    except sqlite3.Error as exc:  # the search index: a full disk reaches us as SQLite's error
        _err(f"paketet byggdes inte: sökindexet kunde inte skrivas ({exc}); inget skrevs till "
             f"{out}")
        return ExitCode.PROBLEMS
    print(report.summary_sv())
    for warning in report.warnings_sv():
        _err(warning)
    if archive is not None:
        from kvinnofrid_desktop.core.install.archive_write import write_archive

        try:
            written = write_archive(out, archive)
        except PackError as exc:
            for problem in exc.problems:
                _err(str(problem))
            _err(f"paketet finns i {out}, men arkivet {archive} skrevs inte")
            return ExitCode.PROBLEMS
        except OSError as exc:
            _err(f"paketet finns i {out}, men arkivet {archive} skrevs inte: "
                 f"{reason_sv(exc)}")
            return ExitCode.PROBLEMS
        print(f"Arkiv: {written}")
    return ExitCode.OK


def _pack_verify(path: Path, trust_keys: list[Path] | None = None) -> int:
    """``pack verify PACK|FILE.kvpack``: would this pack import here? A folder and its archive
    get the same verdict, label and exit code from ``_verdict``; an archive is first unpacked
    into a temporary folder, as an import unpacks it into staging, and nothing is installed
    (``unpacked_archive``, which the import dialog's check uses too)."""
    from kvinnofrid_desktop.core.install.archive import os_problem
    from kvinnofrid_desktop.core.install.signing import load_public_key
    from kvinnofrid_desktop.core.pack.external import ExternalFileError
    from kvinnofrid_desktop.core.pack.manifest import MANIFEST_NAME
    from kvinnofrid_desktop.core.pack.problems import PackError, Problem

    if not path.exists():
        _err(f"{path} finns inte (ange en paketmapp eller en .kvpack-fil)")
        return ExitCode.PROBLEMS
    try:
        keys = [load_public_key(key) for key in trust_keys or []]
        if path.is_dir():
            problems, ok = _verdict(path, keys)
        else:  # a file, or a FIFO or device the archive check refuses unopened
            from kvinnofrid_desktop.core.install.verify import unpacked_archive

            with unpacked_archive(path) as unpacked:
                problems, ok = _verdict(unpacked, keys)
            ok = ok and f"{ok}; inget installerades"
    except PackError as exc:
        problems, ok = exc.problems, ""
    except OSError as exc:
        problems, ok = [os_problem(exc, path.name)], ""
    except ExternalFileError as exc:  # the manifest changed since Pack.open read it
        problems, ok = [Problem("manifest.unreadable", MANIFEST_NAME, None,
                                f"kan inte läsas: {exc}")], ""
    # One line per problem on stderr, as every other command says what it refuses (stdout
    # carries the verdict only): "pack verify X 2>log" has all of the answer in one place.
    for problem in problems:
        _err(str(problem))
    if problems:
        return ExitCode.PROBLEMS
    print(ok)
    return ExitCode.OK


def _verdict(folder: Path, trust_keys: list[TrustedKey]) -> tuple[list[Problem], str]:
    """(every problem, the "OK …" line when there is none) for the pack in ``folder``: its
    files, card and PDFs as an import checks them after unpacking, and its signature judged as
    an import judges it (``PackStore.signature_verdict``: a damaged trust.json, an invalid
    signature, an unknown or a retired key refuse). An unsigned pack passes, labelled
    "osignerat": an import takes it when the user allows it (--allow-unsigned)."""
    from kvinnofrid_desktop.core.install.archive import MAX_SIGNATURE_BYTES, SIGNATURE_NAME
    from kvinnofrid_desktop.core.install.store import PackStore
    from kvinnofrid_desktop.core.install.verify import verify_pack
    from kvinnofrid_desktop.core.pack.external import ExternalFileError, read_limited
    from kvinnofrid_desktop.core.pack.manifest import MANIFEST_NAME, MAX_MANIFEST_BYTES
    from kvinnofrid_desktop.core.pack.pack import Pack
    from kvinnofrid_desktop.core.pack.problems import Problem
    from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

    pack = Pack.open(folder, check_sizes=False)
    problems = verify_pack(pack, pdf_engine=QtPdfEngine())
    try:
        signature: bytes | None = read_limited(folder / SIGNATURE_NAME, MAX_SIGNATURE_BYTES)
    except FileNotFoundError:
        signature = None
    except ExternalFileError as exc:  # a FIFO, a folder, a huge file: nothing to check
        problems.append(Problem("signature.invalid", SIGNATURE_NAME, None,
                                f"signaturfilen {exc}"))
        return problems, ""
    manifest = read_limited(folder / MANIFEST_NAME, MAX_MANIFEST_BYTES)  # Pack.open read it
    state, refusal = PackStore().signature_verdict(manifest, signature, trust_keys)
    if refusal is not None:
        problems.append(refusal)
    m = pack.manifest
    return problems, (f"OK {m.id} {m.version} ({state.label_sv()}): {len(m.documents)} "
                      f"dokument, {len(m.files)} filer kontrollerade")


def _search(query: str, pack_path: Path | None, limit: int, as_json: bool) -> int:
    import time

    from kvinnofrid_desktop.core.pack.pack import Pack
    from kvinnofrid_desktop.core.pack.problems import PackError
    from kvinnofrid_desktop.core.search.index import SearchIndex, SearchIndexError

    try:
        pack = Pack.open(_pack_dir(pack_path), check_sizes=False)
        if not pack.manifest.search_index:
            _err("paketet har inget sökindex")
            return ExitCode.PROBLEMS
        index = SearchIndex.open(pack.path_of(pack.manifest.search_index))
    except PackError as exc:
        _err(str(exc.first))
        return ExitCode.PROBLEMS
    except SearchIndexError as exc:
        _err(str(exc))
        return ExitCode.PROBLEMS
    with index:
        started = time.perf_counter()
        # With the words looked for (typed without å, ä, ö; some of them when no page has
        # them all) or, when nothing is found, "Menade du …?".
        answer = index.answer(query, limit=max(1, min(limit, 200)))
        took_ms = (time.perf_counter() - started) * 1000
    hits, suggestion, searched = answer.hits, answer.suggestion, answer.searched
    if as_json:
        print(json.dumps({
            "query": query, "took_ms": round(took_ms, 3),
            "hits": [{"doc_id": h.doc_id, "title": h.title, "page": h.page,
                      "snippet": h.snippet_plain(), "score": round(h.score, 4),
                      "kind": h.kind, "anchor": h.anchor} for h in hits],
            "suggestion": suggestion, "searched": searched, "fewer_words": answer.fewer,
            "card_entries_for": answer.entries_for or None,
        }, ensure_ascii=False, indent=2))
        return ExitCode.OK
    if not hits:
        print(f"Inga träffar för {_quoted(query)}."
              + (f" Menade du {_quoted(suggestion)}?" if suggestion else ""))
        return ExitCode.OK
    if answer.entries_for:
        print(f"Inget avsnitt på åtgärdskortet har alla orden i {_quoted(query)}; först avsnitt "
              f"för {_quoted(answer.entries_for)}, sedan sidor för {_quoted(searched)}:")
    elif answer.fewer:
        print(f"Ingen sida har alla orden i {_quoted(query)}; träffar för {_quoted(searched)}:")
    for n, hit in enumerate(hits, 1):
        print(f"{n:>2}. {hit.title} – sida {hit.page}")
        print(f"    {hit.snippet_plain()}")
    ms = f"{took_ms:.1f}".replace(".", ",")  # the Swedish decimal comma
    line = f"{len(hits)} {'träff' if len(hits) == 1 else 'träffar'} på {ms} ms"
    if searched != query:
        line += f" för {_quoted(searched)}"
    if len(hits) >= limit:  # the search stops at the limit: there may be more
        line += f"; fler kan finnas, visa fler med --limit {limit * 2}"
    print(line)
    return ExitCode.OK
