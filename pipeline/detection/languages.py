"""Language packs: the captions and headers of another language, as files of their own.

models/detection.yaml and models/structure.yaml are written in English. A screen in French or
Spanish shows the same structure under other words ("Date de naissance", "Código postal", a
"Prénom" column), so each other language is one file, models/languages/<code>.yaml, that adds
its words to the English groups of the same name: label regexes to detection.yaml's label group
of a key, and phrases to structure.yaml's vocabulary (columns, headings, password fields). A pack
adds words only; what a value looks like, its score and placement stay the group's. An unknown
key or a badly formed word is a configuration error naming the pack's file, and the packs' bytes
are part of the detector's config hash.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field

from pipeline.core.documents import Document
from pipeline.core.errors import ConfigError
from pipeline.core.yaml_config import read_yaml_mapping, validate
from pipeline.detection.schema import Entity, LabelRegex, Name

LANGUAGES_DIR = "languages"

Phrase = Annotated[str, Field(min_length=1)]


class PackColumnDoc(Document):
    entity: Entity
    generic: bool = False
    headers: list[Phrase] = Field(min_length=1)


class PackPasswordFieldsDoc(Document):
    labels: list[Phrase] = []
    qualifiers: list[Phrase] = []


class PackStructureDoc(Document):
    columns: list[PackColumnDoc] = []
    other_headers: list[Phrase] = []
    secret_headings: list[Phrase] = []
    people_headings: list[Phrase] = []
    organisation_headers: list[Phrase] = []
    password_fields: PackPasswordFieldsDoc | None = None


class LanguagePackDoc(Document):
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]
    name: Name
    # detection.yaml label group key -> the regexes this language captions its values with
    labels: dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")], list[LabelRegex]] = {}
    structure: PackStructureDoc = PackStructureDoc()


@dataclass(frozen=True)
class LanguagePack:
    path: Path
    raw: bytes
    doc: LanguagePackDoc


def load_language_packs(models_dir: Path) -> list[LanguagePack]:
    """The packs in `models_dir`/languages, by file name (none when the folder is absent)."""
    folder = Path(models_dir) / LANGUAGES_DIR
    if not folder.is_dir():
        return []
    packs = []
    for path in sorted(folder.glob("*.yaml")):
        raw, written = read_yaml_mapping(path)
        doc = validate(LanguagePackDoc, written, path)
        if doc.language != path.stem:
            raise ConfigError(f"language '{doc.language}' does not match the file's name", path)
        packs.append(LanguagePack(path, raw, doc))
    return packs


def extend_labels(detection: dict[str, Any], packs: list[LanguagePack]) -> dict[str, Any]:
    """detection.yaml as written (`detection`), with each pack's label regexes added to the
    group of their key. ConfigError, naming the pack, for a key no group has."""
    groups = detection.get("labels")
    if not isinstance(groups, list):
        return detection  # the schema reports it
    extended = [dict(g) if isinstance(g, dict) else g for g in groups]
    by_key = {g.get("key"): g for g in extended if isinstance(g, dict)}
    for pack in packs:
        for key, regexes in pack.doc.labels.items():
            group = by_key.get(key)
            if group is None or not isinstance(group.get("labels"), list):
                raise ConfigError(f"labels: no label group '{key}' in detection.yaml", pack.path)
            group["labels"] = [*group["labels"], *regexes]
    return {**detection, "labels": extended}


def extend_structure(structure: dict[str, Any], packs: list[LanguagePack]) -> dict[str, Any]:
    """structure.yaml as written, with each pack's columns, headings and password-field words
    added to the English ones."""
    out = dict(structure)
    for pack in packs:
        s = pack.doc.structure
        if s.columns:
            out["columns"] = [*out.get("columns", []), *(c.model_dump(exclude_defaults=True) for c in s.columns)]
        for name in ("other_headers", "secret_headings", "people_headings", "organisation_headers"):
            words = getattr(s, name)
            if words:
                out[name] = [*out.get(name, []), *words]
        if s.password_fields is not None and isinstance(out.get("password_fields"), dict):
            fields = dict(out["password_fields"])
            fields["labels"] = [*fields.get("labels", []), *s.password_fields.labels]
            fields["qualifiers"] = [*fields.get("qualifiers", []), *s.password_fields.qualifiers]
            out["password_fields"] = fields
    return out


def packs_digest_parts(packs: list[LanguagePack]) -> list[bytes]:
    """What the config hash takes of the packs: each file's name and bytes."""
    return [f"{LANGUAGES_DIR}/{p.path.name}".encode() + b"\0" + p.raw + b"\0" for p in packs]
