"""pack build and pack verify, end to end through the command line and the builder."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packtools import pdf_from_objects

from kvinnofrid_desktop.cli.main import run
from kvinnofrid_desktop.core.authoring.build import build_pack
from kvinnofrid_desktop.core.bundled import content_source_dir, default_pack_dir
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.problems import PackError
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

ENGINE = QtPdfEngine()
# The PDF engine is Qt's; let pytest-qt create the one QApplication the whole suite shares.
pytestmark = pytest.mark.usefixtures("qapp")
THIRD_PARTY_PDFS = [
    Path("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf"),
    Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf"),
]


@pytest.fixture(scope="module")
def fresh_default(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rebuild") / "pack"
    build_pack(content_source_dir(), out, engine=ENGINE)
    return out


def page_texts(pack: Pack) -> dict[str, list[str]]:
    return {d.id: ENGINE.page_texts(pack.path_of(d.file)) for d in pack.manifest.documents}


def test_shipped_default_pack_matches_a_fresh_build(fresh_default: Path) -> None:
    shipped, fresh = Pack.open(default_pack_dir()), Pack.open(fresh_default)
    assert shipped.manifest.documents == fresh.manifest.documents
    assert page_texts(shipped) == page_texts(fresh), (
        "resources/packs/default is out of date: run "
        "'kvinnofrid-desktop pack build resources/content-src resources/packs/default'")
    card = shipped.manifest.action_card
    assert card and shipped.path_of(card).read_bytes() == fresh.path_of(card).read_bytes()


def test_shipped_default_pack_verifies(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["pack", "verify", str(default_pack_dir())]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK se.kvinnofrid-vastmanland.standard")


def test_default_pack_content_is_honest() -> None:
    pack = Pack.open(default_pack_dir())
    tabs = {d.tab for d in pack.manifest.documents}
    assert tabs == {"strategy", "collaboration", "action_card", "publication"}
    assert len(pack.manifest.documents_for_tab("publication")) >= 5
    for doc in pack.manifest.documents:
        assert doc.provenance == "compiled"
        assert doc.sources, doc.id
        first_page = ENGINE.page_texts(pack.path_of(doc.file))[0]
        flat = " ".join(first_page.split())
        assert "sammanställning" in flat.lower(), doc.id
        assert "inte ett officiellt dokument" in flat, doc.id
        # When the sources were last read; the list itself closes the document.
        assert f"lästa senast {max(s.checked for s in doc.sources)}" in flat, doc.id


def test_tampering_with_any_file_makes_verify_name_it(
    fresh_default: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for entry in Pack.open(fresh_default).manifest.files:
        copy = tmp_path / entry.path.replace("/", "_")
        shutil.copytree(fresh_default, copy)
        target = copy / entry.path
        data = bytearray(target.read_bytes())
        data[len(data) // 2] ^= 0xFF
        target.write_bytes(bytes(data))
        assert run(["pack", "verify", str(copy)]) == 1
        err = capsys.readouterr().err
        assert f"kvinnofrid-desktop: {entry.path}: kontrollsumman" in err, err


def test_build_from_real_third_party_pdfs(tmp_path: Path) -> None:
    pdfs = [p for p in THIRD_PARTY_PDFS if p.exists()]
    if not pdfs:
        pytest.skip("no third-party PDFs on this machine")
    src = tmp_path / "src"
    src.mkdir()
    lines = ['[pack]\nid = "test.real"\nversion = "2026-11-26"\npublisher = "Test"\n']
    for n, pdf in enumerate(pdfs):
        shutil.copy(pdf, src / pdf.name)
        lines.append(f'[[document]]\nid = "doc{n}"\ntitle = "{pdf.stem}"\ntab = "publication"\n'
                     f'summary = ""\npublisher = "Debian"\nfile = "{pdf.name}"\n')
    (src / "catalog.toml").write_text("\n".join(lines), encoding="utf-8")
    report = build_pack(src, tmp_path / "out", engine=ENGINE)
    assert report.documents == len(pdfs)
    pack = Pack.open(tmp_path / "out")
    assert pack.verify(pdf_engine=ENGINE) == []
    assert sum(d.pages for d in pack.manifest.documents) == report.pages > 20


def test_build_with_a_scanned_page_and_a_form(tmp_path: Path) -> None:
    """A page that is only an image (a scan) has no text but is a page all the same; a PDF
    with an interactive form field builds like any other."""
    from fpdf import FPDF
    from PIL import Image

    scan = tmp_path / "scan.png"
    Image.new("RGB", (400, 560), (235, 235, 225)).save(scan)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(scan), x=10, y=10, w=190)  # page 1: a scanned page, no text layer
    catalog = HEAD + DOC.format(id="skannad", tab="publication", kind='file = "skannad.pdf"')
    catalog += DOC.format(id="blankett", tab="publication", kind='file = "blankett.pdf"')
    src = write_src(tmp_path, catalog, {"skannad.pdf": bytes(pdf.output()),
                                        "blankett.pdf": form_pdf()})
    report = build_pack(src, tmp_path / "out", engine=ENGINE)
    assert report.pages == 2
    assert ENGINE.page_texts(tmp_path / "out" / "docs" / "skannad.pdf")[0].strip() == ""
    assert "Blankett" in ENGINE.page_texts(tmp_path / "out" / "docs" / "blankett.pdf")[0]
    assert Pack.open(tmp_path / "out").verify(pdf_engine=ENGINE) == []


def form_pdf() -> bytes:
    """A one-page PDF with an AcroForm text field (no library here writes forms)."""
    content = b"BT /F1 12 Tf 72 760 Td (Blankett: namn) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] "
        b"/Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (namn) /Rect [150 750 350 772] "
        b"/P 3 0 R /F 4 >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf_from_objects(objects)


# --- bad input: a clear message, and no half-written output ------------------------------------

def write_src(tmp_path: Path, catalog: str, files: dict[str, bytes | str] | None = None) -> Path:
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    (src / "catalog.toml").write_text(catalog, encoding="utf-8")
    for name, data in (files or {}).items():
        path = src / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    return src


HEAD = '[pack]\nid = "t.p"\nversion = "2026-11-26"\npublisher = "Test"\n\n'
DOC = ('[[document]]\nid = "{id}"\ntitle = "T"\ntab = "{tab}"\nsummary = ""\npublisher = "P"\n'
       '{kind}\n[[document.sources]]\ntitle = "K"\nurl = "https://example.org"\n'
       'checked = "2026-11-20"\n')


def failing_build(src: Path, out: Path) -> PackError:
    with pytest.raises(PackError) as info:
        build_pack(src, out, engine=ENGINE)
    assert not out.exists()
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}")] == []
    return info.value


def test_missing_source_file_stops_the_build(tmp_path: Path) -> None:
    src = write_src(tmp_path, HEAD + DOC.format(id="a", tab="strategy", kind='source = "a.md"'))
    error = failing_build(src, tmp_path / "out")
    assert error.code == "file.missing"
    assert error.first.field == "document[1] (rad 6).source"


def test_unknown_tab_names_the_line(tmp_path: Path) -> None:
    src = write_src(tmp_path, HEAD + DOC.format(id="a", tab="start", kind='source = "a.md"'),
                    {"a.md": "# Rubrik\n"})
    error = failing_build(src, tmp_path / "out")
    assert error.first.field == "document[1] (rad 6).tab"
    assert "'start'" in error.first.message


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    src = write_src(tmp_path, HEAD + "[[document]]\nid = \n")
    error = failing_build(src, tmp_path / "out")
    assert error.code == "catalog.syntax"
    assert "rad 7" in error.first.message


def test_an_empty_or_missing_publisher_says_what_to_write(tmp_path: Path) -> None:
    """`pack build` says it as the editor does, not "får inte vara tomt"."""
    doc = DOC.format(id="a", tab="strategy", kind='source = "a.md"')
    for catalog in (HEAD + doc.replace('publisher = "P"', 'publisher = "  "'),
                    HEAD + doc.replace('publisher = "P"\n', "")):
        error = failing_build(write_src(tmp_path, catalog, {"a.md": "# R\n"}), tmp_path / "out")
        assert (error.code, error.first.field) == ("document.no_publisher",
                                                   "document[1] (rad 6).publisher")
        assert error.first.message.startswith("utgivaren saknas: skriv vem som gav ut dokumentet")


def test_markdown_with_html_names_file_and_line(tmp_path: Path) -> None:
    src = write_src(tmp_path, HEAD + DOC.format(id="a", tab="strategy", kind='source = "a.md"'),
                    {"a.md": "# Rubrik\n\nText.\n\n<div>html</div>\n"})
    error = failing_build(src, tmp_path / "out")
    assert (error.code, error.first.file) == ("markdown.invalid", "a.md")
    assert "5" in (error.first.field or "")


def test_not_a_pdf_stops_the_build_naming_it(tmp_path: Path) -> None:
    src = write_src(tmp_path, HEAD + DOC.format(id="a", tab="publication",
                                                kind='file = "fake.pdf"'),
                    {"fake.pdf": b"this is not a PDF"})
    error = failing_build(src, tmp_path / "out")
    assert (error.code, error.first.file) == ("pdf.invalid", "fake.pdf")


def test_encrypted_pdf_stops_the_build(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="hemlig")
    pdf.set_encryption(owner_password="ägare", user_password="hemligt")
    src = write_src(tmp_path, HEAD + DOC.format(id="a", tab="publication",
                                                kind='file = "locked.pdf"'),
                    {"locked.pdf": bytes(pdf.output())})
    error = failing_build(src, tmp_path / "out")
    assert (error.code, error.first.file) == ("pdf.encrypted", "locked.pdf")


def test_every_unusable_pdf_is_named_at_once_before_anything_is_rendered(tmp_path: Path
                                                                          ) -> None:
    """The walk-through's src-bad: the build rendered the documents before the first broken
    PDF, named only that one, and called an empty file "skadad eller ingen PDF"."""
    from fpdf import FPDF

    locked = FPDF()
    locked.add_page()
    locked.set_font("helvetica", size=12)
    locked.cell(text="hemlig")
    locked.set_encryption(owner_password="ägare", user_password="hemligt")
    catalog = HEAD + DOC.format(id="a", tab="strategy", kind='source = "a.md"')
    for doc_id, name in (("tom", "docs/Tom fil.pdf"), ("docx", "docs/rutin.pdf"),
                         ("las", "docs/låst.pdf")):
        catalog += DOC.format(id=doc_id, tab="publication", kind=f'file = "{name}"')
    (tmp_path / "src" / "docs").mkdir(parents=True)
    src = write_src(tmp_path, catalog, {"a.md": "# Rubrik\n\nText.\n", "docs/Tom fil.pdf": b"",
                                        "docs/rutin.pdf": b"PK\x03\x04 word/document.xml",
                                        "docs/låst.pdf": bytes(locked.output())})
    said: list[str] = []
    with pytest.raises(PackError) as info:
        build_pack(src, tmp_path / "out", engine=ENGINE, progress=said.append)
    assert [str(p) for p in info.value.problems] == [
        "docs/Tom fil.pdf: filen är tom (0 byte); kopiera PDF-filen på nytt från originalet "
        "[pdf.zero_bytes]",
        "docs/rutin.pdf: filen är skadad eller ingen PDF [pdf.invalid]",
        "docs/låst.pdf: PDF-filen är lösenordsskyddad; ett innehållspaket måste vara öppet "
        "[pdf.encrypted]"]
    assert said == []  # before the first document was rendered
    assert not (tmp_path / "out").exists()


def test_the_build_warns_of_what_the_editor_warns_of(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A scanned PDF, two documents called "T", no summaries: the editor listed them, the
    build printed nothing and Publicera said "Inga problem"."""
    from packtools import scanned_pdf

    from kvinnofrid_desktop.core.authoring.checks import PdfCheckCache, check_source
    from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder

    catalog = HEAD + DOC.format(id="plan", tab="strategy", kind='source = "plan.md"')
    catalog += DOC.format(id="skannad", tab="publication", kind='file = "skannad.pdf"')
    src = write_src(tmp_path, catalog, {"plan.md": "# Plan\n\nText om samverkan.\n"})
    scanned_pdf(src / "skannad.pdf", 3)
    assert run(["pack", "build", str(src), str(tmp_path / "out")]) == 0  # built all the same
    printed = [line for line in capsys.readouterr().err.splitlines() if "Varning: " in line]
    assert "kvinnofrid-desktop: Varning: 'T' har ingen text som går att söka i (inskannad?). " \
        "Sökningen hittar inget i den; lägg helst till en PDF med text" in printed
    assert any("'T' är också titeln på dokument 1 i listan (id plan)" in line
               for line in printed)
    editor = [p.problem.message for p in check_source(SourceFolder.open(src),
                                                      pdfs=PdfCheckCache(ENGINE))
              if p.severity == "warning"]
    assert printed == [f"kvinnofrid-desktop: Varning: {message}" for message in editor]
    assert len(printed) == 6  # and the no summaries, the missing year, the empty tab


def test_failed_rebuild_keeps_the_previous_pack(tmp_path: Path, fresh_default: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(fresh_default, out)
    before = (out / "manifest.json").read_bytes()
    src = write_src(tmp_path, HEAD + DOC.format(id="a", tab="strategy", kind='source = "x.md"'))
    with pytest.raises(PackError):
        build_pack(src, out, engine=ENGINE)
    assert (out / "manifest.json").read_bytes() == before


def test_a_build_never_deletes_what_is_not_an_earlier_build(tmp_path: Path) -> None:
    # A build replaces its target whole: 'pack build src src' used to delete the source, and
    # a folder of other files lost them all.
    src = write_src(tmp_path, HEAD + DOC.format(id="a", tab="strategy", kind='source = "a.md"'),
                    {"a.md": "# Rubrik\n\nText.\n"})
    notes = tmp_path / "viktigt"
    notes.mkdir()
    (notes / "anteckningar.txt").write_text("x", encoding="utf-8")
    source_files = sorted(p.name for p in src.iterdir())
    for out, code in ((src, "build.out_is_source"), (src.parent, "build.out_is_source"),
                      (src / "paket", "build.out_is_source"), (notes, "build.out_not_pack")):
        with pytest.raises(PackError) as refused:
            build_pack(src, out, engine=ENGINE)
        assert refused.value.first.code == code
        assert "inget togs bort" in str(refused.value.first)
    assert sorted(p.name for p in src.iterdir()) == source_files
    assert (notes / "anteckningar.txt").read_text(encoding="utf-8") == "x"
    empty = tmp_path / "tom"
    empty.mkdir()
    build_pack(src, empty, engine=ENGINE)  # an empty folder, and then a rebuild, are fine
    build_pack(src, empty, engine=ENGINE)
    assert (empty / "manifest.json").is_file()


def test_cli_build_says_what_was_kept_when_only_the_archive_fails(tmp_path: Path) -> None:
    src = write_src(tmp_path, HEAD + DOC.format(id="a", tab="strategy", kind='source = "a.md"'),
                    {"a.md": "# Rubrik\n\nText.\n"})
    out, archive = tmp_path / "out", tmp_path / "finns-inte" / "x.kvpack"
    result = subprocess.run([sys.executable, "-m", "kvinnofrid_desktop", "pack", "build",
                             str(src), str(out), "--archive", str(archive)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "inget skrevs" not in result.stderr
    assert f"paketet finns i {out}, men arkivet {archive} skrevs inte" in result.stderr
    assert (out / "manifest.json").is_file() and not archive.exists()


def cli_build(src: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kvinnofrid_desktop", "pack", "build", str(src), str(out)],
        capture_output=True, text=True, timeout=60)


def test_cli_build_reports_problems_and_exit_code(tmp_path: Path) -> None:
    src = write_src(tmp_path, HEAD + DOC.format(id="a", tab="start", kind='source = "a.md"'),
                    {"a.md": "# R\n"})
    result = cli_build(src, tmp_path / "out")
    assert result.returncode == 1
    assert "okänd" in result.stderr or "inte tillåtet" in result.stderr
    assert "[field.value]" in result.stderr


def test_cli_build_prints_progress_and_summary(tmp_path: Path) -> None:
    src = write_src(tmp_path, HEAD + DOC.format(id="a", tab="strategy", kind='source = "a.md"'),
                    {"a.md": "# Rubrik\n\nVåld i nära relationer.\n"})
    result = cli_build(src, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    # The title, the short notice, the text and the sources fit on one page.
    assert "[1/1] a: 1 sida" in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("Klart: 1 dokument, 1 sida")
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"][0]["pages"] == 1


def test_version_names_the_active_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--version"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("kvinnofrid-desktop ")
    assert lines[1] == "aktivt innehållspaket: se.kvinnofrid-vastmanland.standard 2026-11-26"


def test_version_does_not_call_a_pack_folder_the_active_pack(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"--version --pack DIR" said "aktivt innehållspaket" of a folder that is not installed."""
    assert run(["--version", "--pack", str(default_pack_dir())]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1] == ("innehållspaket (--pack): se.kvinnofrid-vastmanland.standard "
                                   "2026-11-26")
    assert run(["--version", "--pack", str(tmp_path / "borta")]) == 1
    out, err = capsys.readouterr()
    assert "aktivt" not in out + err and len(out.splitlines()) == 1
    assert err.startswith("kvinnofrid-desktop: innehållspaket (--pack): kan inte läsas (")


def test_a_pack_that_leaves_strategi_or_samverkansplan_empty_is_built_with_a_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "Samverkansplan")
    catalog = HEAD + DOC.format(id="plan", tab="collaboration", kind='file = "plan.pdf"')
    src = write_src(tmp_path, catalog, {"plan.pdf": bytes(pdf.output())})
    assert run(["pack", "build", str(src), str(tmp_path / "out")]) == 0  # built all the same
    err = capsys.readouterr().err
    assert 'Varning: fliken Strategi blir tom – paketet har inget dokument med tab = "strategy"' \
        in err
    assert "Samverkansplan blir tom" not in err


def test_the_catalog_checks_sources_and_originals_with_the_manifests_rules() -> None:
    """Written once (issue 16): the two copies disagreed on whether a value may be null."""
    from kvinnofrid_desktop.core.authoring import catalog
    from kvinnofrid_desktop.core.pack import manifest

    assert catalog.SOURCE_SPEC is manifest.SOURCE_SPEC
    assert catalog.ORIGINAL_SPEC is manifest.ORIGINAL_SPEC


def test_cli_refuses_an_archive_inside_the_pack_folder_before_writing(tmp_path: Path) -> None:
    # 'pack build SRC OUT --archive OUT/p.kvpack' and 'pack archive OUT OUT/x.kvpack' said they
    # succeeded, and left a folder that verify refused (file.unlisted).
    src = write_src(tmp_path, HEAD + DOC.format(id="a", tab="strategy", kind='source = "a.md"'),
                    {"a.md": "# Rubrik\n\nText.\n"})
    out = tmp_path / "out"
    cli = [sys.executable, "-m", "kvinnofrid_desktop", "pack"]
    built = subprocess.run([*cli, "build", str(src), str(out), "--archive",
                            str(out / "p.kvpack")], capture_output=True, text=True, timeout=60)
    assert built.returncode == 2, built.stderr
    assert f"skulle hamna i paketmappen {out}" in built.stderr and "Inget skrevs" in built.stderr
    assert not out.exists()
    assert cli_build(src, out).returncode == 0
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    for inside in (out / "x.kvpack", out / "docs" / ".." / "y.kvpack"):
        done = subprocess.run([*cli, "archive", str(out), str(inside)], capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 2 and "skulle hamna i paketmappen" in done.stderr, done.stderr
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert run(["pack", "verify", str(out)]) == 0
    beside = subprocess.run([*cli, "archive", str(out), str(tmp_path / "p.kvpack")],
                            capture_output=True, text=True, timeout=60)
    assert beside.returncode == 0, beside.stderr
