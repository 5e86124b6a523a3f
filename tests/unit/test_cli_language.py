"""The command line in one language (issue 17): the whole help and every mistake in Swedish,
or English with --lang en; the global options work after the command too."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from kvinnofrid_desktop.app import start as app
from kvinnofrid_desktop.cli import main as cli
from kvinnofrid_desktop.cli.language import HELP_EN, argparse_words, texts

ARGPARSE_ENGLISH = ("usage:", "positional arguments", "options:",
                    "show this help message and exit", "error:", "required")


def help_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        cli.run(list(argv))
    assert done.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # wrapped lines joined


@pytest.mark.parametrize("argv", [["--help"], ["pack", "--help"], ["pack", "import", "-h"],
                                  ["card", "show", "--help"], ["screenshot", "--help"]])
def test_help_is_all_swedish(capsys, argv: list[str]) -> None:
    out = help_of(capsys, *argv)
    assert out.startswith("användning: kvinnofrid-desktop")
    assert "-h, --help visa den här hjälpen och avsluta" in out
    for english in ARGPARSE_ENGLISH:
        assert english not in out, english


@pytest.mark.parametrize("argv", [["--lang", "en", "--help"], ["pack", "import", "-h", "--lang",
                                                                "en"]])
def test_help_with_lang_en_is_all_english(capsys, argv: list[str]) -> None:
    out = help_of(capsys, *argv)
    assert out.startswith("usage: kvinnofrid-desktop")
    assert "show this help message and exit" in out and "options:" in out
    assert "användning" not in out and "flaggor" not in out
    for swedish in ("visa ", "paket ", "KOMMANDO", "lita också", "gränssnittets"):
        assert swedish not in out, swedish
    if argv[0] == "--lang":
        assert "Without a command the program window starts;" in out
        assert "COMMAND" in out


def test_every_help_text_has_its_english_one() -> None:
    with argparse_words("sv"):
        swedish = set(texts(cli._parser("sv")))
    missing = swedish - HELP_EN.keys() - {"VERSION"}
    assert not missing, f"add English for these to cli_language.HELP_EN: {sorted(missing)}"
    with argparse_words("en"):
        assert not set(texts(cli._parser("en"))) & HELP_EN.keys()


def _options(parser: argparse.ArgumentParser, path: str = "") -> list[tuple[str, argparse.Action]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _options(sub, f"{path} {name}")
        else:
            found.append((f"{path} {'/'.join(action.option_strings) or action.dest}", action))
    return found


def test_every_argument_says_what_it_is_for() -> None:
    # 'screenshot --help' listed --tab with its choices and no word about them.
    with argparse_words("sv"):
        # A global option after a command that does not take it is accepted only to be
        # refused with its reason: not listed (see test_help_offers_only_what_the_command_takes).
        silent = [where for where, action in _options(cli._parser("sv"))
                  if (not action.help or action.help == argparse.SUPPRESS)
                  and action.default != argparse.SUPPRESS]
    assert not silent


def test_mistakes_are_explained_in_swedish(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        cli.run(["screenshot"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "kvinnofrid-desktop screenshot: fel: dessa argument behövs: FIL.png" in err
    assert err.startswith("användning:")
    with pytest.raises(SystemExit):
        cli.run(["pack", "bygg"])
    assert "ogiltigt val: 'bygg'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.run(["screenshot", "--lang", "en"])
    err = capsys.readouterr().err
    assert "the following arguments are required: FILE.png" in err and err.startswith("usage:")


@pytest.mark.parametrize(("argv", "swedish", "english"), [
    (["search", " "], "sökordet är tomt; skriv vad du söker",
     "the search words are empty; write what you are looking for"),
    (["search", "våld", "--limit", "abc"], "'abc' är inget heltal större än 0",
     "'abc' is not a whole number greater than 0"),
    (["screenshot", "s.png", "--size", "0x0"], "ogiltig storlek '0x0'",
     "invalid size '0x0'; give width x height in pixels"),
    (["pack", "rotate-key", "p", "--old-key", "k", "--retire", "abc"],
     "'abc' är inget nyckel-id", "'abc' is not a key id"),
    (["pack", "rotate-key", "p", "--old-key", "k"], "ange --new-key, --retire eller båda",
     "give --new-key, --retire or both"),
])
def test_a_wrong_value_is_explained_in_the_command_line_s_language(
        capsys, argv: list[str], swedish: str, english: str) -> None:
    """With --lang en, "error: argument --limit: 'abc' är inget heltal större än 0": argparse's
    words in English, ours in Swedish, in one line."""
    with pytest.raises(SystemExit):
        cli.run(argv)
    err = capsys.readouterr().err
    assert swedish in err and ": fel: " in err and english not in err
    with pytest.raises(SystemExit):
        cli.run([*argv, "--lang", "en"])
    err = capsys.readouterr().err
    assert english in err and ": error: " in err and swedish not in err


def test_arguments_are_named_in_the_help_s_language(capsys) -> None:
    """"pack build src out", "search query" and "--limit LIMIT" were English words in the
    Swedish help."""
    out = help_of(capsys, "pack", "build", "-h")
    assert "pack build [-h]" in out and "KÄLLMAPP PAKETMAPP" in out
    assert " src" not in out and " out" not in out
    out = help_of(capsys, "search", "-h")
    assert "--limit ANTAL" in out and "SÖKORD" in out and "query" not in out
    out = help_of(capsys, "--lang", "en", "search", "-h")
    assert "--limit NUMBER" in out and "WORDS" in out and "SÖKORD" not in out


def test_a_word_too_many_is_explained_under_the_command_typed(capsys) -> None:
    # argparse named it under the program's usage, which does not say what "pack list" takes.
    with pytest.raises(SystemExit) as done:
        cli.run(["pack", "list", "--bar"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("användning: kvinnofrid-desktop pack list")
    assert "kvinnofrid-desktop pack list: fel: okända argument: --bar" in err


def test_argparse_is_left_as_it_was() -> None:
    cli.parse(["search", "x"])
    assert argparse._("usage: ") == "usage: "  # other code in the process is unaffected


def test_global_options_work_after_the_command(monkeypatch, tmp_path: Path) -> None:
    asked: list[dict[str, object]] = []

    def fake_screenshot(out: Path, **kwargs: object) -> int:
        asked.append({"out": out, **kwargs})
        return 0

    monkeypatch.setattr(app, "screenshot", fake_screenshot)
    shot = tmp_path / "x.png"
    assert cli.run(["screenshot", str(shot), "--lang", "en"]) == 0  # "unrecognized" before
    assert cli.run(["--lang", "en", "screenshot", str(shot)]) == 0
    assert cli.run(["screenshot", str(shot), "--pack", str(tmp_path), "--lang", "sv"]) == 0
    assert [(a["language"], a["pack_path"]) for a in asked] == [
        ("en", None), ("en", None), ("sv", tmp_path)]
    # A command's own --pack still wins after it; the global one before it still counts.
    assert cli.parse(["search", "x", "--pack", "p"]).search_pack == Path("p")
    assert cli.parse(["--pack", "q", "search", "x"]).pack == Path("q")
    assert cli.parse(["pack", "verify", "p"]).pack == Path("p")  # its own argument
    assert cli.parse(["edit", "src", "--from-pack", "--pack", "q"]).pack == Path("q")


@pytest.mark.parametrize(("argv", "said"), [
    (["pack", "import", "x.kvpack", "--version"],
     "pack import: fel: --version visar programversionen och tar inget kommando"),
    (["--version", "pack", "list"], "pack list: fel: --version visar programversionen"),
    (["pack", "list", "--pack", "p"], "pack list: fel: --pack används inte av 'pack list'"),
    (["--pack", "p", "pack", "rollback"], "fel: --pack används inte av 'pack rollback'"),
    (["edit", "src", "--pack", "p"], "edit: fel: --pack används inte av 'edit'"),
    (["--lang", "en", "pack", "list", "--pack", "p"],
     "pack list: error: --pack is not used by 'pack list'; leave it out")])
def test_a_global_option_the_command_would_ignore_is_a_mistake(capsys, argv: list[str],
                                                               said: str) -> None:
    """"pack import X.kvpack --version" printed the version and imported nothing, exit 0: an
    IT script saw success. Such an option is now explained, and nothing is done."""
    with pytest.raises(SystemExit) as done:
        cli.run(argv)
    assert done.value.code == 2
    assert said in capsys.readouterr().err


def test_search_without_a_page_for_every_word_shows_some_of_them(capsys) -> None:
    from kvinnofrid_desktop.core.bundled import default_pack_dir

    pack = str(default_pack_dir())
    assert cli.run(["search", "pappa slår", "--pack", pack, "--limit", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "Ingen sida har alla orden i ”pappa slår”; träffar för ”slår”:"
    assert lines[1].startswith(" 1. Åtgärdskort – Vuxna: Våldets former")
    assert " för ”slår”; fler kan finnas" in lines[-1]
    assert cli.run(["search", "pappa slår", "--pack", pack, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["searched"], data["fewer_words"], data["suggestion"]) == ("slår", True, None)
    assert data["hits"]


def test_search_says_when_the_card_s_entries_are_for_fewer_words(capsys) -> None:
    from kvinnofrid_desktop.core.bundled import default_pack_dir

    pack = str(default_pack_dir())
    assert cli.run(["search", "mamma har blåmärken", "--pack", pack, "--limit", "4"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == ("Inget avsnitt på åtgärdskortet har alla orden i ”mamma har blåmärken”; "
                        "först avsnitt för ”har blåmärken”, sedan sidor för "
                        "”mamma har blåmärken”:")
    assert lines[1].startswith(" 1. Åtgärdskort – ")
    assert cli.run(["search", "mamma har blåmärken", "--pack", pack, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["card_entries_for"] == "har blåmärken"
    assert data["hits"][0]["kind"] == "card"


def test_search_counts_its_hits_in_swedish_and_says_when_there_may_be_more(capsys) -> None:
    from kvinnofrid_desktop.core.bundled import default_pack_dir

    pack = str(default_pack_dir())
    assert cli.run(["search", "socialjour", "--pack", pack, "--limit", "3"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(r"3 träffar på \d+,\d ms; fler kan finnas, visa fler med --limit 6", last)
    assert cli.run(["search", "VOOV", "--pack", pack, "--limit", "200"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(r"\d+ träff(ar)? på \d+,\d ms", last)  # all shown: nothing more
    with pytest.raises(SystemExit) as done:
        cli.run(["search", "våld", "--limit", "0"])
    assert done.value.code == 2
    assert "'0' är inget heltal större än 0" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "offered", "not_offered"), [
    (["pack", "list", "--help"], ["--json", "--lang"], ["--pack", "--version"]),
    (["pack", "import", "--help"], ["--dry-run", "--lang"], ["--pack", "--version"]),
    (["screenshot", "--help"], ["--pack", "--lang"], ["--version"]),
    (["--help"], ["--pack", "--version", "--lang"], [])])
def test_help_offers_only_what_the_command_takes(capsys, argv: list[str], offered: list[str],
                                                 not_offered: list[str]) -> None:
    """"pack list --help" listed --pack and "pack import --help" --version, both refused."""
    words = help_of(capsys, *argv).split()
    for option in offered:
        assert option in words or f"[{option}]" in words or any(
            w.startswith(f"[{option}") for w in words), option
    assert not [w for w in words for option in not_offered if option in w]
