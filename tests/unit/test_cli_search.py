"""``search``: what it says about the query it was given."""

from __future__ import annotations

import json

import pytest

from kvinnofrid_desktop.cli.main import run
from kvinnofrid_desktop.core.bundled import default_pack_dir

PACK = str(default_pack_dir())


@pytest.mark.parametrize("query", ["", "   ", "\t"])
@pytest.mark.parametrize("json_flag", [[], ["--json"]], ids=["text", "json"])
def test_an_empty_query_is_a_usage_error(capsys, query: str, json_flag: list[str]) -> None:
    # It answered "Inga träffar för ''." with exit code 0, as if the pack had been searched.
    with pytest.raises(SystemExit) as done:
        run(["search", query, "--pack", PACK, *json_flag])
    assert done.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.rstrip().endswith("sökordet är tomt; skriv vad du söker, t.ex. orosanmälan "
                                 "eller \"skyddat boende\"")


def test_nothing_found_quotes_the_query_and_the_suggestion_as_the_window_does(capsys) -> None:
    assert run(["search", "kvinofridlinjen", "--pack", PACK]) == 0
    assert capsys.readouterr().out == (
        "Inga träffar för ”kvinofridlinjen”. Menade du ”kvinnofridslinjen”?\n")
    assert run(["search", "kvinofridlinjen", "--pack", PACK, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["query"], data["suggestion"]) == ("kvinofridlinjen", "kvinnofridslinjen")


def test_a_query_s_control_characters_are_shown_escaped(capsys) -> None:
    # The terminal is not told to change colour by what was typed (or pasted) as the query.
    assert run(["search", "\x1b[31mxqzzy", "--pack", PACK]) == 0
    assert capsys.readouterr().out == "Inga träffar för ”\\x1b[31mxqzzy”.\n"
