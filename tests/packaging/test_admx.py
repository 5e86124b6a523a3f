"""The Group Policy templates are generated from the one declaration of the policy keys.

The committed ADMX/ADML are what ``packaging/windows/policy/generate.py`` writes today; they are
well-formed XML in the PolicyDefinitions namespace; every declared key has a policy and every
policy a declared key, with the registry names and types the program's reader expects; every
string and presentation the ADMX refers to is in both languages.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kvinnofrid_desktop.core.card.model import MUNICIPALITIES
from kvinnofrid_desktop.core.install.policy import (
    BOOL,
    FOLDER,
    KEY_LIST,
    MUNICIPALITY,
    POLICY_KEYS,
    REGISTRY_KEY,
)

REPO = Path(__file__).resolve().parents[2]
POLICY_DIR = REPO / "packaging" / "windows" / "policy"
NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
Q = f"{{{NS}}}"
LANGUAGES = ("sv-SE", "en-US")


def _generator():
    spec = importlib.util.spec_from_file_location("kvinnofrid_admx_generate",
                                                  POLICY_DIR / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def admx() -> ET.Element:
    return ET.parse(POLICY_DIR / "kvinnofrid.admx").getroot()


def test_the_committed_templates_are_what_the_generator_writes(tmp_path: Path) -> None:
    generated = _generator().render()
    assert sorted(generated) == ["en-US/kvinnofrid.adml", "kvinnofrid.admx",
                                 "sv-SE/kvinnofrid.adml"]
    for rel, text in generated.items():
        assert (POLICY_DIR / rel).read_bytes() == text.encode("utf-8"), (
            f"{rel} is stale: run python packaging/windows/policy/generate.py")
    assert _generator().main(["--check"]) == 0
    assert _generator().main(["--check", "--out", str(tmp_path)]) == 1


def test_well_formed_in_the_policy_definitions_namespace(admx: ET.Element) -> None:
    assert admx.tag == f"{Q}policyDefinitions"
    assert admx.get("schemaVersion") == "1.0" and admx.get("revision")
    target = admx.find(f"{Q}policyNamespaces/{Q}target")
    assert target is not None and target.get("prefix") and target.get("namespace")
    # Self-contained: Intune's ADMX import would first want any template it refers to.
    assert admx.find(f"{Q}policyNamespaces/{Q}using") is None
    for language in LANGUAGES:
        root = ET.parse(POLICY_DIR / language / "kvinnofrid.adml").getroot()
        assert root.tag == f"{Q}policyDefinitionResources"
        assert root.get("revision") == admx.find(f"{Q}resources").get("minRequiredRevision")
        raw = (POLICY_DIR / language / "kvinnofrid.adml").read_bytes()
        assert raw.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
        raw.decode("utf-8")


def test_every_declared_key_has_a_policy_and_every_policy_a_key(admx: ET.Element) -> None:
    policies = {p.get("name"): p for p in admx.iter(f"{Q}policy")}
    assert sorted(policies) == sorted(k.name for k in POLICY_KEYS)
    for spec in POLICY_KEYS:
        policy = policies[spec.name]
        assert policy.get("key") == REGISTRY_KEY
        assert policy.get("class") == "Both"  # HKLM (machine) and HKCU (user)
        assert policy.find(f"{Q}parentCategory").get("ref") in {
            c.get("name") for c in admx.iter(f"{Q}category")}
        elements = policy.find(f"{Q}elements")
        if spec.kind == BOOL:  # the reader wants REG_DWORD 1/0
            assert policy.get("valueName") == spec.name and elements is None
            assert policy.find(f"{Q}enabledValue/{Q}decimal").get("value") == "1"
            assert policy.find(f"{Q}disabledValue/{Q}decimal").get("value") == "0"
            continue
        (element,) = list(elements)
        assert element.get("id") == spec.name
        if spec.kind == FOLDER:  # REG_SZ or REG_EXPAND_SZ, under the key's own name
            assert element.tag == f"{Q}text" and element.get("valueName") == spec.name
        elif spec.kind == KEY_LIST:  # a subkey of the key's name holding "1", "2", …
            assert element.tag == f"{Q}list"
            assert element.get("key") == f"{REGISTRY_KEY}\\{spec.name}"
            assert element.get("valuePrefix") == ""
        elif spec.kind == MUNICIPALITY:  # exactly the names the reader accepts
            assert element.tag == f"{Q}enum" and element.get("valueName") == spec.name
            assert [s.text for s in element.iter(f"{Q}string")] == list(MUNICIPALITIES)
        else:
            pytest.fail(f"{spec.name}: no ADMX check for the kind {spec.kind}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_and_presentation_is_in_each_language(admx: ET.Element,
                                                           language: str) -> None:
    text = (POLICY_DIR / "kvinnofrid.admx").read_text(encoding="utf-8")
    wanted_strings = set(re.findall(r"\$\(string\.(\w+)\)", text))
    wanted_presentations = set(re.findall(r"\$\(presentation\.(\w+)\)", text))
    root = ET.parse(POLICY_DIR / language / "kvinnofrid.adml").getroot()
    strings = {s.get("id"): s.text for s in root.iter(f"{Q}string")}
    presentations = {p.get("id"): p for p in root.iter(f"{Q}presentation")}
    assert set(strings) == wanted_strings and all(strings.values())
    assert set(presentations) == wanted_presentations
    for policy in admx.iter(f"{Q}policy"):
        for element in policy.iterfind(f"{Q}elements/*"):
            refs = [c.get("refId") for c in presentations[policy.get("name")]]
            assert element.get("id") in refs
    spec = {k.name: k for k in POLICY_KEYS}["allow_export"]
    explain = strings["allow_export_Explain"]
    assert (spec.explain_en if language == "en-US" else spec.explain_sv) in explain
    assert f"{REGISTRY_KEY}\\allow_export" in explain and "HKLM" in explain and "HKCU" in explain
