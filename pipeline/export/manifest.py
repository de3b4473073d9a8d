"""An export's `manifest.json`: lineage (recordings, policy and pipeline versions), counts, and
every file with its sha256. `rebuild` reads it back to redo an export, so it is checked field by
field on the way in (pydantic, strict) as it is on the way out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Final, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from pipeline.core.documents import Count, EntityType, Name, OptionalName, Seconds, Timestamp, Version, check, written
from pipeline.core.errors import InputError
from pipeline.core.files import write_text_atomic
from pipeline.core.plan import read_json
from pipeline.export.formats import FORMATS, SPLITS

MANIFEST_FORMAT: Final = "session-redactor/export-manifest"
MANIFEST_VERSION = 1
MANIFEST_NAME = "manifest.json"

FormatName = Literal["parquet", "webdataset", "jsonl"]
Split = Literal["train", "validation"]
assert set(get_args(FormatName)) == set(FORMATS) and set(get_args(Split)) == set(SPLITS), "keep in step"

SafeId = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,128}$")]  # content hashes, pseudonyms
ExportId = Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]
Tenant = Annotated[str, Field(pattern=r"^[A-Za-z0-9._:-]{0,128}$")]  # the sidecar's id alphabet


def _relative(path: str) -> str:
    if path.startswith("/") or ".." in path.split("/"):
        raise ValueError("must be a path inside the export folder")
    return path


RelativePath = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-][A-Za-z0-9_./-]{0,255}$"), AfterValidator(_relative)]


class _Entry(BaseModel):
    """Strict types, no unknown keys; mutable while the export is made (each assignment checked)."""

    model_config = ConfigDict(strict=True, extra="forbid", validate_assignment=True)


class RecordingEntry(_Entry):
    recording_id: SafeId
    session_pseudonym: SafeId
    tenant: Tenant
    recorded_date: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]
    policy_version: OptionalName
    split: Split
    samples: Count
    frames: Count = 0
    frames_masked_whole: Count = 0  # frames the plan masks whole: never samples
    export_masks: Count = 0  # boxes blurred by the export itself (personal data the plan missed)


class FileEntry(_Entry):
    path: RelativePath  # relative to the export folder
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    bytes: Annotated[int, Field(ge=0)]


class Manifest(_Entry):
    format_marker: Literal["session-redactor/export-manifest"] = MANIFEST_FORMAT
    version: Annotated[int, Field(ge=1, le=MANIFEST_VERSION)] = MANIFEST_VERSION
    export_id: ExportId
    created_at: Timestamp
    format: FormatName
    pipeline_version: Version
    options: dict[Name, Any]  # ExportOptions.to_dict(); ExportOptions.from_dict checks it for a rebuild
    recordings: list[RecordingEntry]
    samples_by_split: dict[Split, Count]
    recordings_by_split: dict[Split, Count]
    entities_by_type: dict[EntityType, Count]  # placeholders / surrogates in the text
    boxes_by_type: dict[EntityType, Count]  # redaction boxes listed with the samples
    policy_versions: list[OptionalName]
    engines: dict[Name, Version]
    files: list[FileEntry] = []
    rebuilt_from: ExportId | None = None
    recordings_removed: Count = 0  # by the rebuild that made this export (counted, never named)
    seconds: Seconds = 0.0

    @property
    def samples(self) -> int:
        return sum(self.samples_by_split.values())

    @property
    def session_pseudonyms(self) -> set[str]:
        return {r.session_pseudonym for r in self.recordings}

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, checked again: fields set while the export was made are not checked
        on assignment."""
        return written(Manifest, self.model_dump(), "export manifest")

    @classmethod
    def from_dict(cls, data: Any, path: str | Path | None = None) -> Manifest:
        if not isinstance(data, dict) or data.get("format_marker") != MANIFEST_FORMAT:
            raise InputError("not an export manifest (missing format marker)", path)
        version = data.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > MANIFEST_VERSION:
            raise InputError(f"manifest version {version} is newer than this program", path)
        return check(cls, data, "export manifest", path)

    def save(self, path: Path) -> None:
        write_text_atomic(path, json.dumps(self.to_dict(), indent=1, sort_keys=False) + "\n")

    @classmethod
    def load(cls, path: str | Path) -> Manifest:
        return cls.from_dict(read_json(path, "export manifest"), path)
