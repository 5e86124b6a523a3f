"""Make a new source folder: from a pack (the active one, usually) or from an empty template.

From the program's own default pack the folder is a copy of its real sources
(``resources/content-src``: Markdown, comments and all) where they are shipped; from any other
pack it is derived from the manifest: each document's PDF copied to ``docs/`` and named by
``file =``, the printed action card made ``generated = "action_card"`` again so that it follows
the card data, the card and the synonyms copied as they are.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from kvinnofrid_desktop.core.authoring.catalog import CATALOG_NAME
from kvinnofrid_desktop.core.authoring.source_folder import CARD_FILE, DOCS_DIR, ROLE_SV
from kvinnofrid_desktop.core.card.model import MUNICIPALITIES
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

_SYNONYMS = "synonyms.toml"
# Who publishes a pack made from the empty template, until the coordinator says otherwise.
TEMPLATE_PUBLISHER = "Länsstyrelsen Västmanland"
_TEMPLATE_ROLES = ("report_child", "report_adult", "switchboard", "out_of_hours")


def _empty_target(dest: Path) -> None:
    if (dest / CATALOG_NAME).exists():
        raise PackError(Problem("source.exists", str(dest), None,
                                "mappen har redan en catalog.toml; öppna den i stället"))
    dest.mkdir(parents=True, exist_ok=True)


def create_from_pack(pack_dir: Path, dest: Path) -> Path:
    """Write a source folder at ``dest`` that rebuilds the pack in ``pack_dir``."""
    from kvinnofrid_desktop.core.bundled import content_source_dir, default_pack_dir

    pack_dir, dest = Path(pack_dir), Path(dest)
    _empty_target(dest)
    shipped = content_source_dir()
    if (pack_dir.resolve() == default_pack_dir().resolve()
            and (shipped / CATALOG_NAME).is_file()):
        for item in sorted(shipped.iterdir()):
            if item.is_file() and item.name != "README.md":
                shutil.copyfile(item, dest / item.name)
        return dest
    pack = Pack.open(pack_dir, check_sizes=True)
    m = pack.manifest
    import tomlkit

    doc = tomlkit.document()
    doc.add(tomlkit.comment(f"Källmapp skapad {dt.date.today().isoformat()} av redaktörsläget "
                            f"från paketet {m.id} {m.version}."))
    doc.add(tomlkit.nl())
    head = tomlkit.table()
    head["id"], head["version"], head["publisher"] = m.id, m.version, m.publisher
    if m.action_card:
        head["action_card"] = CARD_FILE
        shutil.copyfile(pack.path_of(m.action_card), dest / CARD_FILE)
    doc["pack"] = head
    documents = tomlkit.aot()
    (dest / DOCS_DIR).mkdir(exist_ok=True)
    for d in m.documents:
        table = tomlkit.table()
        table.trivia.indent = "\n"
        for key in ("id", "title", "tab", "summary", "publisher"):
            table[key] = getattr(d, key)
        if d.year is not None:
            table["year"] = d.year
        table["language"] = d.language
        if d.tab == "action_card" and d.provenance == "compiled" and m.action_card:
            table["generated"] = "action_card"
        else:
            rel = f"{DOCS_DIR}/{d.id}.pdf"
            shutil.copyfile(pack.path_of(d.file), dest / rel)
            table["file"] = rel
        table["provenance"] = d.provenance
        if d.sources:
            sources = tomlkit.aot()
            for s in d.sources:
                entry = tomlkit.table()
                entry["title"], entry["url"], entry["checked"] = s.title, s.url, s.checked
                sources.append(entry)
            table["sources"] = sources
        if d.original is not None:
            original = tomlkit.table()
            for key, value in vars(d.original).items():
                if value is not None:
                    original[key] = value
            table["original"] = original
        documents.append(table)
    doc["document"] = documents
    if (pack.root / _SYNONYMS).is_file():
        shutil.copyfile(pack.root / _SYNONYMS, dest / _SYNONYMS)
    (dest / CATALOG_NAME).write_text(tomlkit.dumps(doc), encoding="utf-8")
    return dest


def create_from_template(dest: Path, *, publisher: str, today: dt.date | None = None) -> Path:
    """An empty source folder: the pack's head, no documents yet, and a card whose
    municipal contacts are all "missing" (pointing to 112) until the coordinator fills them."""
    today = today or dt.date.today()
    dest = Path(dest)
    _empty_target(dest)
    import tomlkit

    doc = tomlkit.document()
    doc.add(tomlkit.comment("Innehållspaketets katalog (docs/pack-format.md). Dokumenten läggs "
                            "till i redaktörsläget."))
    doc.add(tomlkit.nl())
    head = tomlkit.table()
    head["id"] = "se.kvinnofrid-vastmanland.lan"
    head["version"] = today.isoformat()
    head["publisher"] = publisher
    head["action_card"] = CARD_FILE
    doc["pack"] = head
    (dest / CATALOG_NAME).write_text(tomlkit.dumps(doc), encoding="utf-8")
    day = today.isoformat()
    contacts = [{
        "id": "nod-112", "scope": "national", "subjects": ["barn", "vuxna", "djur"],
        "role": "emergency", "name": "SOS Alarm – 112", "phone": "112", "email": None,
        "hours": "always", "hours_text": "Dygnet runt", "status": "verified",
        "note": "Vid akut fara.", "source": "https://www.112.se/", "verified": day,
    }]
    for municipality in MUNICIPALITIES:
        for role in _TEMPLATE_ROLES:
            contacts.append({
                "id": f"{_ascii(municipality)}-{role.replace('_', '-')}",
                "scope": "municipality", "municipality": municipality,
                "subjects": ["barn", "vuxna"], "role": role,
                "name": f"{ROLE_SV[role]} – {municipality}", "phone": None,
                "email": None, "hours": None, "hours_text": "", "status": "missing",
                "source": None, "verified": day, "fallback": ["nod-112"],
            })
    card = {
        "format": 1, "title": "Åtgärdskort: barn, vuxna och djur som far illa",
        "checked": day, "municipalities": list(MUNICIPALITIES),
        "subjects": [{"id": s, "title": t, "sign_groups": [], "steps": []}
                     for s, t in (("barn", "Barn"), ("vuxna", "Vuxna"), ("djur", "Djur"))],
        "contacts": contacts,
    }
    (dest / CARD_FILE).write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n",
                                  encoding="utf-8")
    return dest


def _ascii(name: str) -> str:
    from kvinnofrid_desktop.core.authoring.source_folder import slug

    return slug(name)
