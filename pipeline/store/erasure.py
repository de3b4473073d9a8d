"""Erasure of one customer and its proof: what could be left, where it is looked for, the verdict.

The customer id is never written in clear (catalog rows hold a salted reference), so a scan for
it proves nothing. What an erased customer's recordings could really have left in a file are
their `Traces`, collected from the catalog before anything is deleted (Store.forget):

- session ids and technician ids, which the catalog held in clear;
- what was derived from them: the review page's session reference and the exports' session
  pseudonyms (salted HMACs), and the customer reference itself;
- recording ids (the sha256 of each raw recording: the name of its folders, the key of its
  export samples);
- the sha256 of every removed artifact and exported frame.

A value that a retained recording still holds is not a trace of this customer and is not looked
for (a technician serves many customers; two plans or frames can have the same bytes).

`scan_tree` reads every file once: its name, its bytes (each trace as a substring) and its sha256
(against the file hashes). The audit log is append-only and names recording ids and the customer
reference by design (the record of what was ingested and erased): those two kinds are not looked
for there, everything else is. Exports are also read sample by sample by the export layer (their
data files may be compressed), through `ExportEraser`, which the store cannot import.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from pipeline.core.files import CHUNK

SESSION_ID = "session id"
TECHNICIAN_ID = "technician id"
SESSION_REF = "session reference"  # the review page's, Store.salted_ref("session", ...)[:14]
SESSION_PSEUDONYM = "session pseudonym"  # the exports', Store.session_pseudonym
CUSTOMER_REF = "customer reference"
RECORDING_ID = "recording id"
ARTIFACT_HASH = "artifact sha256"
FRAME_HASH = "exported frame sha256"

FILE_HASHES = frozenset({RECORDING_ID, ARTIFACT_HASH, FRAME_HASH})  # also compared with each file's sha256
AUDITED = frozenset({RECORDING_ID, CUSTOMER_REF})  # what the audit log keeps by design
CLEAR_IDS = frozenset({SESSION_ID, TECHNICIAN_ID})
# A clear id this short matches compressed pixels by chance: it is looked for in every file but these.
SHORT_ID = 6
_BINARY_SUFFIXES = frozenset({".mp4", ".mkv", ".webm", ".mov", ".png", ".sealed", ".parquet", ".tar"})


@dataclass(frozen=True, slots=True)
class Trace:
    kind: str
    value: str = field(repr=False)  # never printed: reports name the kind and the file


@dataclass(slots=True)
class Traces:
    items: set[Trace] = field(default_factory=set)

    def add(self, kind: str, values: Iterable[str | None]) -> None:
        self.items.update(Trace(kind, v) for v in values if v)

    def extend(self, traces: Iterable[Trace]) -> None:
        self.items.update(traces)

    def values(self, kinds: Iterable[str]) -> set[str]:
        wanted = set(kinds)
        return {t.value for t in self.items if t.kind in wanted}

    def counts(self) -> dict[str, int]:
        return dict(sorted(Counter(t.kind for t in self.items).items()))

    def __len__(self) -> int:
        return len(self.items)


@dataclass(frozen=True, slots=True)
class Hit:
    where: str  # the file: relative to the store, or an export folder's path and the file
    kind: str
    how: str  # name | bytes | file sha256 | sample

    def __str__(self) -> str:
        return f"{self.kind} in {self.where} ({self.how})"


def scan_tree(
    root: Path, traces: Traces, *, label: str | None = None, exempt: Mapping[str, frozenset[str]] | None = None
) -> tuple[list[Hit], int]:
    """Every file under `root` (symbolic links are not followed): its path, its bytes and its
    sha256 checked against `traces`. `exempt` maps a path (relative to `root`) to trace kinds not
    looked for in it. Returns the hits and the number of files read."""
    exempt = exempt or {}
    hits: list[Hit] = []
    files = 0
    if not traces or not root.is_dir():
        return hits, files
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        where = f"{label}/{relative}" if label else relative
        skip = exempt.get(relative, frozenset())
        for trace in traces.items:
            if trace.kind not in skip and trace.value in relative:
                hits.append(Hit(where, trace.kind, "name"))
        if path.is_symlink() or not path.is_file():
            continue
        files += 1
        wanted = [t for t in traces.items if t.kind not in skip and not _by_chance(t, path)]
        hashes = {t.value: t.kind for t in wanted if t.kind in FILE_HASHES}
        found, digest = _read(path, wanted)
        hits.extend(Hit(where, t.kind, "bytes") for t in found)
        if digest in hashes:
            hits.append(Hit(where, hashes[digest], "file sha256"))
    return _distinct(hits), files


def _by_chance(trace: Trace, path: Path) -> bool:
    return trace.kind in CLEAR_IDS and len(trace.value) < SHORT_ID and path.suffix.lower() in _BINARY_SUFFIXES


def _read(path: Path, wanted: list[Trace]) -> tuple[list[Trace], str]:
    """The traces whose value occurs in the file's bytes, and the file's sha256; one read."""
    needles = [(t, t.value.encode()) for t in wanted]
    overlap = max((len(n) for _, n in needles), default=1) - 1
    found: dict[Trace, None] = {}
    digest = hashlib.sha256()
    tail = b""
    try:
        with open(path, "rb") as handle:
            while block := handle.read(CHUNK):
                digest.update(block)
                window = tail + block
                for trace, needle in needles:
                    if trace not in found and needle in window:
                        found[trace] = None
                tail = window[-overlap:] if overlap else b""
    except OSError:
        # a file we cannot read cannot be shown clean: it counts as holding every trace
        return [t for t, _ in needles], ""
    return list(found), digest.hexdigest()


def _distinct(hits: list[Hit]) -> list[Hit]:
    return sorted(set(hits), key=lambda h: (h.where, h.kind, h.how))


# -- what the export layer does for an erasure -----------------------------------------------


@dataclass(frozen=True, slots=True)
class ErasureScope:
    """What an erasure reaches (Store.erasure_scope)."""

    recordings: list[str]
    exports: dict[str, set[str]]  # export id -> the erased recordings it holds
    traces: Traces


@dataclass(frozen=True, slots=True)
class ExportCleared:
    """An export rewritten without the erased recordings (or found gone)."""

    path: str
    old_id: str
    new_id: str | None  # None: the folder was gone, there was nothing to rewrite
    recordings: int  # removed from it
    samples: int
    traces: tuple[Trace, ...] = ()  # the pseudonyms and frame hashes of what was removed


@dataclass(frozen=True, slots=True)
class ExportHolding:
    """An export that still holds erased recordings: the erasure is not complete."""

    path: str
    export_id: str
    reason: str


class ExportEraser(Protocol):
    """What erasure needs of pipeline/export (which the store may not import)."""

    def remove(self, export_id: str, folder: Path, recording_ids: frozenset[str]) -> ExportCleared:
        """Rewrite the export without these recordings and record its lineage; raise a
        RedactorError when it cannot (the export is then named as still holding them)."""
        ...

    def scan(self, folder: Path, traces: Traces) -> list[Hit]:
        """Traces found in the export's samples (data files read sample by sample)."""
        ...


@dataclass(frozen=True, slots=True)
class ForgetReport:
    customer_ref: str
    before: dict[str, int]
    after: dict[str, int]
    files_removed: int
    recordings: list[str]
    cleared: list[ExportCleared]
    holding: list[ExportHolding]
    looked_for: dict[str, int]  # trace kind -> how many values were looked for
    files_scanned: int
    found: list[Hit]

    @property
    def erased(self) -> bool:
        """The verdict: nothing of the customer is counted any more, no export still holds their
        recordings and no file of the store or of those exports holds a trace of them."""
        return not self.found and not self.holding and not any(self.after.values())
