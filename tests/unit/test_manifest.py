"""Every kind of bad pack gets a precise problem: a stable code and the file and field it is in."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from packtools import document, save_manifest, write_pack

from kvinnofrid_desktop.core.pack.manifest import MAX_MANIFEST_BYTES, parse_manifest_bytes
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.problems import PackError

PDF = b"%PDF-1.4\n% test bytes, never rendered in these tests\n"


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    root = tmp_path / "pack"
    write_pack(root, {"docs/strategi.pdf": PDF}, [document()])
    return root


def manifest_of(root: Path) -> dict:
    return json.loads((root / "manifest.json").read_text(encoding="utf-8"))


def problems_for(root: Path) -> list:
    with pytest.raises(PackError) as info:
        Pack.open(root)
    return info.value.problems


def only(problems: list, code: str):
    matching = [p for p in problems if p.code == code]
    assert matching, f"expected {code}, got {[str(p) for p in problems]}"
    return matching[0]


def test_valid_pack_opens_and_answers_questions(pack_dir: Path) -> None:
    pack = Pack.open(pack_dir)
    assert pack.manifest.id == "test.pack"
    assert [d.id for d in pack.manifest.documents_for_tab("strategy")] == ["strategi"]
    assert pack.document_path("strategi").read_bytes() == PDF
    assert pack.verify() == []


@pytest.mark.parametrize(
    ("mutate", "code", "field"),
    [
        (lambda m: m.pop("publisher"), "field.missing", "publisher"),
        (lambda m: m.update(extra=1), "field.unknown", "extra"),
        (lambda m: m.update(version=20261120), "field.type", "version"),
        (lambda m: m.update(version="igår"), "field.value", "version"),
        (lambda m: m.update(version="2026-02-30"), "field.value", "version"),
        (lambda m: m.update(version="2026-13-01.2"), "field.value", "version"),
        (lambda m: m["documents"][0].update(pages="tre"), "field.type", "documents[0].pages"),
        (lambda m: m["documents"][0].update(pages=True), "field.type", "documents[0].pages"),
        (lambda m: m["documents"][0].update(tab="start"), "tab.unknown", "documents[0].tab"),
        (lambda m: m["documents"][0].pop("title"), "field.missing", "documents[0].title"),
        (lambda m: m["documents"][0].update(provenance="rykte"), "field.value",
         "documents[0].provenance"),
        (lambda m: m["documents"].append(dict(m["documents"][0])), "document.duplicate_id",
         "documents[1].id"),
        (lambda m: m["documents"][0].update(file="docs/annan.pdf"), "file.not_listed",
         "documents[0].file"),
        (lambda m: m["files"][0].update(path="/etc/passwd"), "path.absolute", "files[0].path"),
        (lambda m: m["files"][0].update(path="docs/../../x.pdf"), "path.parent", "files[0].path"),
        (lambda m: m["files"][0].update(path="docs\\strategi.pdf"), "path.invalid",
         "files[0].path"),
        (lambda m: m["files"][0].update(sha256="abc"), "field.value", "files[0].sha256"),
        (lambda m: m["documents"][0]["sources"][0].update(checked="2026-13-01"), "field.value",
         "documents[0].sources[0].checked"),
        (lambda m: m["documents"][0].update(sources=[]), "document.no_sources",
         "documents[0].sources"),
        (lambda m: m.update(files={}), "field.type", "files"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_bad_manifest_fields_are_named(pack_dir: Path, mutate, code: str, field: str) -> None:
    manifest = manifest_of(pack_dir)
    mutate(manifest)
    save_manifest(pack_dir, manifest)
    problem = only(problems_for(pack_dir), code)
    assert problem.file == "manifest.json"
    assert problem.field == field
    assert problem.message  # a Swedish sentence for the user


def test_a_newer_format_version_is_reported_alone_as_a_newer_program_s(pack_dir: Path) -> None:
    manifest = manifest_of(pack_dir)
    manifest["format"] = 2
    manifest["surprise"] = True
    save_manifest(pack_dir, manifest)
    problems = problems_for(pack_dir)
    assert [p.code for p in problems] == ["format.newer"]
    assert problems[0].field == "format"
    assert problems[0].message.startswith(
        "paketet är gjort för en nyare version av programmet – uppdatera programmet först")
    assert "paketformat 2; programmet läser format 1" in problems[0].message


@pytest.mark.parametrize("value", [0, "1", 1.5])
def test_a_format_no_program_wrote_is_unsupported(pack_dir: Path, value) -> None:
    manifest = manifest_of(pack_dir)
    manifest["format"] = value
    save_manifest(pack_dir, manifest)
    problems = problems_for(pack_dir)
    assert [p.code for p in problems] == ["format.unsupported"]
    assert "nyare version" not in problems[0].message  # an update would not help


def test_keys_unknown_to_this_build_in_a_sound_manifest_say_a_newer_program_made_it(
        pack_dir: Path) -> None:
    """A manifest from a newer program: the keys it added are named after the reason, and
    nothing calls them typos."""
    manifest = manifest_of(pack_dir)
    manifest["requires"] = "3.0"
    manifest["documents"][0]["audience"] = "alla"
    save_manifest(pack_dir, manifest)
    problems = problems_for(pack_dir)
    assert [(p.code, p.field) for p in problems] == [
        ("format.newer", None), ("field.unknown", "requires"),
        ("field.unknown", "documents[0].audience")]
    assert all(p.file == "manifest.json" for p in problems)
    assert not any("stavfel" in p.message for p in problems)


def test_an_unknown_key_beside_another_fault_stays_a_typo(pack_dir: Path) -> None:
    manifest = manifest_of(pack_dir)
    manifest["publiser"] = manifest.pop("publisher")
    save_manifest(pack_dir, manifest)
    problems = problems_for(pack_dir)
    assert "format.newer" not in [p.code for p in problems]
    assert "stavfel" in only(problems, "field.unknown").message


def test_manifest_that_is_not_utf8(pack_dir: Path) -> None:
    (pack_dir / "manifest.json").write_bytes('{"id": "räv"}'.encode("latin-1"))
    problem = only(problems_for(pack_dir), "manifest.not_utf8")
    assert problem.file == "manifest.json"


def test_manifest_that_is_not_json(pack_dir: Path) -> None:
    (pack_dir / "manifest.json").write_text('{"format": 1,\n "id": }', encoding="utf-8")
    problem = only(problems_for(pack_dir), "manifest.not_json")
    assert "rad 2" in problem.message


def test_manifest_that_is_a_list(pack_dir: Path) -> None:
    (pack_dir / "manifest.json").write_text("[1, 2]", encoding="utf-8")
    only(problems_for(pack_dir), "field.type")


def test_absurdly_large_manifest_is_refused_before_parsing(pack_dir: Path) -> None:
    (pack_dir / "manifest.json").write_bytes(b" " * (MAX_MANIFEST_BYTES + 10))
    only(problems_for(pack_dir), "manifest.too_large")


def test_deeply_nested_manifest_does_not_crash() -> None:
    with pytest.raises(PackError) as info:
        parse_manifest_bytes(b"[" * 100_000 + b"]" * 100_000)
    assert info.value.code in {"manifest.not_json", "field.type"}


def test_missing_manifest(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    only(problems_for(tmp_path / "empty"), "manifest.missing")


def test_missing_pack_folder(tmp_path: Path) -> None:
    only(problems_for(tmp_path / "nowhere"), "pack.not_found")


def test_listed_file_missing(pack_dir: Path) -> None:
    (pack_dir / "docs" / "strategi.pdf").unlink()
    problem = only(problems_for(pack_dir), "file.missing")
    assert problem.file == "docs/strategi.pdf"


def test_file_size_mismatch_is_found_at_open(pack_dir: Path) -> None:
    (pack_dir / "docs" / "strategi.pdf").write_bytes(PDF + b"x")
    problem = only(problems_for(pack_dir), "file.size")
    assert problem.file == "docs/strategi.pdf"


def test_tampered_byte_is_found_by_verify_not_by_cheap_open(pack_dir: Path) -> None:
    path = pack_dir / "docs" / "strategi.pdf"
    data = bytearray(path.read_bytes())
    data[10] ^= 0x01
    path.write_bytes(bytes(data))
    pack = Pack.open(pack_dir)  # sizes still match: start-up stays cheap
    problems = pack.verify()
    assert [(p.code, p.file) for p in problems] == [("file.checksum", "docs/strategi.pdf")]


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_symlink_leaving_the_pack(pack_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.pdf"
    outside.write_bytes(PDF)
    target = pack_dir / "docs" / "strategi.pdf"
    target.unlink()
    target.symlink_to(outside)
    problem = only(problems_for(pack_dir), "path.symlink_escape")
    assert problem.file == "docs/strategi.pdf"


def test_unlisted_file_is_reported_by_verify(pack_dir: Path) -> None:
    (pack_dir / "docs" / "smuggled.exe").write_bytes(b"MZ")
    problems = Pack.open(pack_dir).verify()
    assert [(p.code, p.file) for p in problems] == [("file.unlisted", "docs/smuggled.exe")]


def test_every_problem_is_reported_not_only_the_first(pack_dir: Path) -> None:
    manifest = manifest_of(pack_dir)
    manifest["documents"][0]["tab"] = "okänd"
    manifest.pop("publisher")
    save_manifest(pack_dir, manifest)
    codes = {p.code for p in problems_for(pack_dir)}
    assert {"tab.unknown", "field.missing"} <= codes


def test_problem_text_names_file_field_and_code(pack_dir: Path) -> None:
    manifest = manifest_of(pack_dir)
    manifest["documents"][0]["tab"] = "start"
    save_manifest(pack_dir, manifest)
    text = str(only(problems_for(pack_dir), "tab.unknown"))
    assert text.startswith("manifest.json: documents[0].tab: okänd flik 'start'")
    assert text.endswith("[tab.unknown]")


def test_manifest_round_trips(pack_dir: Path) -> None:
    manifest = Pack.open(pack_dir).manifest
    again = parse_manifest_bytes(manifest.to_json().encode("utf-8"))
    assert again == manifest
