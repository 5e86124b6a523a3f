"""core/options.py: every setting and policy key declared once, and nothing used undeclared."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kvinnofrid_desktop.core import options
from kvinnofrid_desktop.core.install.policy import Policy
from kvinnofrid_desktop.core.options import CARD_MUNICIPALITY, LANGUAGE, POLICY_KEYS, SETTINGS

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "kvinnofrid_desktop"
GROUPS = sorted({s.key.split("/")[0] for s in SETTINGS})


def test_the_documentation_is_the_declaration() -> None:
    assert (REPO / "docs" / "settings.md").read_text(encoding="utf-8") == options.markdown(), \
        "run: python -m kvinnofrid_desktop.core.options > docs/settings.md"


def test_keys_are_declared_once_and_locks_name_real_policy_keys() -> None:
    keys = [s.key for s in SETTINGS]
    assert len(keys) == len(set(keys))
    assert len({k.name for k in POLICY_KEYS}) == len(POLICY_KEYS)
    for spec in SETTINGS:
        assert options.setting(spec.key) is spec
        if spec.locked_by:
            assert options.policy_key(spec.locked_by).name == spec.locked_by
    assert options.setting("documents/pack:doc") is options.DOCUMENT_STATE
    with pytest.raises(KeyError):
        options.setting("card/kommun")  # a typo
    with pytest.raises(KeyError):
        options.setting("documents/")


def test_a_policy_locks_only_what_it_declares() -> None:
    policy = Policy(default_municipality="Sala", locked_keys=frozenset({"default_municipality"}))
    assert policy.locks(CARD_MUNICIPALITY)
    assert not policy.locks(LANGUAGE)  # no policy key can lock the language
    assert not Policy().locks(CARD_MUNICIPALITY)
    with pytest.raises(KeyError):
        policy.locked("language")  # the key the settings dialog once asked for: never existed


def _calls(tree: ast.AST) -> list[tuple[str, str]]:
    """(method, first argument) of every call with a literal first argument."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args \
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            found.append((node.func.attr, node.args[0].value))
    return found


def test_the_source_uses_no_undeclared_key() -> None:
    """A setting's key is written in core/options.py and nowhere else; a policy key asked for by
    name must be declared."""
    key_like = re.compile(rf"^({'|'.join(GROUPS)})/")
    problems = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "options.py" and path.parent.name == "core":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(SRC)
        for method, arg in _calls(tree):
            if method in ("locked", "source") and arg not in options.POLICY_KEY_NAMES:
                problems.append(f"{where}: {method}({arg!r}) is no declared policy key")
        prose = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}  # docstrings
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                    id(node) not in prose and key_like.match(node.value):
                problems.append(f"{where}: {node.value!r} spells a settings key; use "
                                "core/options.py's declaration")
    assert not problems
