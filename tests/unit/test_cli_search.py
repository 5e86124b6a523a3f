"""``search``: what it says about the query it was given."""

from __future__ import annotations

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

