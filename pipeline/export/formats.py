"""Writers for training exports: Parquet, WebDataset tar shards and JSON Lines.

Each writer receives finished, de-identified samples (`ExportSample`) in a fixed order and
writes them under its export folder, one set of files per split:

* parquet: `data/<split>-00000.parquet`, ... (`samples_per_shard` rows each; the PNG in an
  `image` struct column {bytes, path}, the layout `datasets`' Image feature reads);
* webdataset: `<split>/shard-000000.tar`, ... with `<key>.png` and `<key>.json` per sample;
* jsonl: `<split>.jsonl` (one JSON object per sample) and `images/<key>.png`.

Outputs are byte-for-byte deterministic for the same samples (fixed tar member times, no
writer timestamps), so a rebuilt export can be compared file by file. The export controller
(pipeline/export.py) writes into a temporary folder and renames it when complete; writers
only ever write inside the folder they are given. `read_samples` gives a finished export's
samples back in the order they were written (erasure copies the ones it keeps through a writer,
which then makes the files a fresh export of those samples would have).
"""

from __future__ import annotations

import io
import json
import re
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.core.errors import InputError, OutputError

ExportFormat = Literal["parquet", "webdataset", "jsonl"]
FORMATS: tuple[ExportFormat, ...] = ("parquet", "webdataset", "jsonl")
Split = Literal["train", "validation"]
SPLITS: tuple[Split, ...] = ("train", "validation")


@dataclass(frozen=True, slots=True)
class ExportSample:
    """One sample: its metadata (JSON-ready, no personal data) and its redacted PNG."""

    key: str  # unique in the export; letters, digits, "_" and "-" only (WebDataset splits at ".")
    split: str
    metadata: dict
    png: bytes


class DatasetWriter(Protocol):
    def add(self, sample: ExportSample) -> None: ...

    def close(self) -> None:
        """Finish every open file (the export is not complete before this returns)."""
        ...


def make_writer(fmt: str, folder: Path, samples_per_shard: int) -> DatasetWriter:
    if fmt == "parquet":
        return ParquetWriter(folder, samples_per_shard)
    if fmt == "webdataset":
        return WebDatasetWriter(folder, samples_per_shard)
    if fmt == "jsonl":
        return JsonlWriter(folder)
    raise ValueError(f"unknown export format {fmt!r} ({', '.join(FORMATS)})")


def data_files(fmt: str, split: str) -> str:
    """Glob (relative to the export folder) of one split's data files, for the dataset card."""
    return {"parquet": f"data/{split}-*.parquet", "webdataset": f"{split}/shard-*.tar", "jsonl": f"{split}.jsonl"}[fmt]


def sample_json(sample: ExportSample) -> bytes:
    return json.dumps(sample.metadata, ensure_ascii=False, sort_keys=True).encode("utf-8")


# ------------------------------------------------------------------------------- parquet --

_BOX = pa.struct(
    [
        ("x", pa.int32()),
        ("y", pa.int32()),
        ("w", pa.int32()),
        ("h", pa.int32()),
        ("entity_type", pa.string()),
        ("source", pa.string()),
    ]
)
_ENTITY = pa.struct([("entity_type", pa.string()), ("start", pa.int32()), ("end", pa.int32())])
PARQUET_SCHEMA = pa.schema(
    [
        ("key", pa.string()),
        ("split", pa.string()),
        ("recording_id", pa.string()),
        ("session_pseudonym", pa.string()),
        ("tenant", pa.string()),
        ("recorded_date", pa.string()),
        ("policy_version", pa.string()),
        ("frame_index", pa.int32()),
        ("timestamp_s", pa.float64()),
        ("width", pa.int32()),
        ("height", pa.int32()),
        ("text", pa.string()),
        ("entities", pa.list_(_ENTITY)),
        ("boxes", pa.list_(_BOX)),
        ("image", pa.struct([("bytes", pa.binary()), ("path", pa.string())])),
    ],
    metadata={
        # `datasets` reads features from this key; the other columns' types it infers itself
        "huggingface": json.dumps({"info": {"features": {"image": {"_type": "Image"}}}}),
    },
)
_ROW_GROUP = 64  # rows buffered before a row group is written: bounds memory (PNGs are ~100 kB)


class ParquetWriter:
    def __init__(self, folder: Path, samples_per_shard: int):
        self.folder = folder / "data"
        self.per_shard = samples_per_shard
        self._open: dict[str, tuple[pq.ParquetWriter, int, int]] = {}  # split -> writer, shard, rows
        self._rows: dict[str, list[dict]] = {}

    def add(self, sample: ExportSample) -> None:
        row = {name: sample.metadata.get(name) for name in PARQUET_SCHEMA.names if name != "image"}
        row["image"] = {"bytes": sample.png, "path": f"{sample.key}.png"}
        rows = self._rows.setdefault(sample.split, [])
        rows.append(row)
        writer = self._open.get(sample.split)
        written = writer[2] if writer else 0
        if len(rows) >= _ROW_GROUP or written + len(rows) >= self.per_shard:
            self._flush(sample.split)

    def _flush(self, split: str) -> None:
        rows = self._rows.pop(split, [])
        if not rows:
            return
        writer, shard, written = self._open.get(split) or (None, -1, self.per_shard)
        if writer is None or written >= self.per_shard:
            if writer is not None:
                writer.close()
            shard += 1
            path = self.folder / f"{split}-{shard:05d}.parquet"
            self.folder.mkdir(parents=True, exist_ok=True)
            writer, written = pq.ParquetWriter(path, PARQUET_SCHEMA, compression="zstd"), 0
        writer.write_table(pa.Table.from_pylist(rows, schema=PARQUET_SCHEMA))
        self._open[split] = (writer, shard, written + len(rows))

    def close(self) -> None:
        for split in list(self._rows):
            self._flush(split)
        for writer, _, _ in self._open.values():
            writer.close()
        self._open.clear()


# ---------------------------------------------------------------------------- webdataset --


class WebDatasetWriter:
    """Tar shards in the WebDataset layout, written with tarfile (deterministic member
    headers; webdataset's own ShardWriter stamps the current time into every member)."""

    def __init__(self, folder: Path, samples_per_shard: int):
        self.folder = folder
        self.per_shard = samples_per_shard
        self._open: dict[str, tuple[tarfile.TarFile, int, int]] = {}

    def add(self, sample: ExportSample) -> None:
        tar, shard, count = self._open.get(sample.split) or (None, -1, self.per_shard)
        if tar is None or count >= self.per_shard:
            if tar is not None:
                tar.close()
            shard += 1
            path = self.folder / sample.split / f"shard-{shard:06d}.tar"
            path.parent.mkdir(parents=True, exist_ok=True)
            tar, count = tarfile.open(path, "w", format=tarfile.USTAR_FORMAT), 0  # noqa: SIM115 - open across add() calls
        _add_member(tar, f"{sample.key}.png", sample.png)
        _add_member(tar, f"{sample.key}.json", sample_json(sample))
        self._open[sample.split] = (tar, shard, count + 1)

    def close(self) -> None:
        for tar, _, _ in self._open.values():
            tar.close()
        self._open.clear()


def _add_member(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    info.mtime = 0
    tar.addfile(info, io.BytesIO(data))


# --------------------------------------------------------------------------------- jsonl --


class JsonlWriter:
    def __init__(self, folder: Path):
        self.folder = folder
        self._files: dict[str, io.BufferedWriter] = {}
        (folder / "images").mkdir(parents=True, exist_ok=True)

    def add(self, sample: ExportSample) -> None:
        image = f"images/{sample.key}.png"
        try:
            (self.folder / image).write_bytes(sample.png)
        except OSError as exc:
            raise OutputError(f"cannot write an image ({exc.strerror or type(exc).__name__})", self.folder) from None
        handle = self._files.get(sample.split)
        if handle is None:
            path = self.folder / f"{sample.split}.jsonl"
            handle = self._files[sample.split] = open(path, "wb")  # noqa: SIM115 - open across write() calls
        handle.write(sample_json(ExportSample(sample.key, sample.split, {**sample.metadata, "image": image}, b"")))
        handle.write(b"\n")

    def close(self) -> None:
        for handle in self._files.values():
            handle.close()
        self._files.clear()


# ------------------------------------------------------------------------------ reading --


def read_samples(fmt: str, folder: Path) -> Iterator[ExportSample]:
    """The samples of a finished export, split by split, each in the order it was written.
    A file that does not read as its format is an InputError naming it."""
    readers = {"parquet": _read_parquet, "webdataset": _read_webdataset, "jsonl": _read_jsonl}
    if fmt not in readers:
        raise ValueError(f"unknown export format {fmt!r} ({', '.join(FORMATS)})")
    for split in SPLITS:
        for path in sorted(folder.glob(data_files(fmt, split))):
            try:
                for sample in readers[fmt](folder, path, split):
                    if not isinstance(sample.key, str) or not _KEY.fullmatch(sample.key):
                        raise ValueError("a sample key out of its alphabet")
                    yield sample
            except (OSError, ValueError, KeyError, TypeError, tarfile.TarError, pa.ArrowException) as exc:
                raise InputError(f"not a readable {fmt} file of an export ({type(exc).__name__})", path) from None


_KEY = re.compile(r"[A-Za-z0-9_-]{1,200}")


def _read_parquet(folder: Path, path: Path, split: str) -> Iterator[ExportSample]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=_ROW_GROUP):
        for row in batch.to_pylist():
            image = row.pop("image")
            yield ExportSample(row["key"], split, row, image["bytes"])


def _read_webdataset(folder: Path, path: Path, split: str) -> Iterator[ExportSample]:
    with tarfile.open(path, "r:") as tar:
        png: tuple[str, bytes] | None = None
        for member in tar:
            handle = tar.extractfile(member)
            if handle is None:
                raise ValueError("a tar member that is not a file")
            key, _, suffix = member.name.partition(".")
            if suffix == "png":
                png = (key, handle.read())
            elif suffix == "json" and png is not None and png[0] == key:
                yield ExportSample(key, split, json.loads(handle.read()), png[1])
                png = None
            else:
                raise ValueError("tar members out of the <key>.png, <key>.json order")


def _read_jsonl(folder: Path, path: Path, split: str) -> Iterator[ExportSample]:
    with open(path, "rb") as lines:
        for line in lines:
            metadata = json.loads(line)
            image = metadata.pop("image")
            if not _KEY.fullmatch(str(metadata["key"])) or image != f"images/{metadata['key']}.png":
                raise ValueError("an image path that is not the sample's")
            yield ExportSample(metadata["key"], split, metadata, (folder / image).read_bytes())
