"""`redact export` over a real store: who may leave, lineage, and erasure reaching exports."""

from __future__ import annotations

import hashlib
import json
import shutil
import tarfile
from pathlib import Path

import cv2
import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from sqlalchemy import select

from pipeline.cli import main
from pipeline.export.dataset import ExportOptions, export_work_folder, finish_export
from pipeline.export.erasure import StoreExports
from pipeline.export.formats import FORMATS, ExportSample, make_writer, read_samples
from pipeline.export.manifest import Manifest, RecordingEntry
from pipeline.export.prune import check_files, remove_recordings
from pipeline.store.audit import AuditLog
from pipeline.store.catalog import Export, ExportMember
from pipeline.store.erasure import (
    ARTIFACT_HASH,
    AUDITED,
    CUSTOMER_REF,
    RECORDING_ID,
    SESSION_ID,
    SESSION_PSEUDONYM,
    TECHNICIAN_ID,
    scan_tree,
)
from pipeline.store.ingest import IngestConfig
from pipeline.store.schedule import ingest_all
from pipeline.store.store import Store, StoreConfig
from tests.helpers import KEY, RAW_KEY_ENV, recording


def cli(store: StoreConfig, *args: str):
    return CliRunner().invoke(main, [*args, "--store", str(store.root)], env=RAW_KEY_ENV)


@pytest.mark.slow
def test_export_holds_exactly_the_consenting_approved_sessions_and_forget_reaches_it(tmp_path):
    store = StoreConfig(root=tmp_path / "store", key=KEY)
    inbox = tmp_path / "inbox"
    values = {
        "approved": ("ann.keller@example.org", "C-100001", {}),
        "second": ("bob.stone@example.org", "C-100002", {}),
        "unapproved": ("cat.moreau@example.org", "C-100003", {}),
        "qa_only": ("dan.okafor@example.org", "C-100004", {"training": False}),
    }
    for seed, (name, (email, customer, extra)) in enumerate(values.items(), start=70):
        recording(inbox, name, seed=seed, email=email, customer_id=customer, session_id=f"S-{name}", **extra)
    ingest_all([inbox], IngestConfig(store=store))
    listed = cli(store, "list", "--json").output.splitlines()
    rows = {json.loads(line)["session_id"]: json.loads(line)["id"] for line in listed}
    for name in ("approved", "second"):
        assert cli(store, "approve", rows[f"S-{name}"][:10]).exit_code == 0

    out = tmp_path / "exports" / "first"
    result = cli(store, "export", "--format", "parquet", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "from 2 recordings" in result.output and "1 recordings wait for QA approval" in result.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert {r["recording_id"] for r in manifest["recordings"]} == {rows["S-approved"], rows["S-second"]}
    frame = pd.concat(pd.read_parquet(p) for p in sorted(out.glob("data/*.parquet")))
    by_split = manifest["samples_by_split"]
    assert len(frame) == by_split.get("train", 0) + by_split.get("validation", 0)
    everything = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file() and p.suffix != ".png")
    for email, customer, _ in values.values():
        assert email.encode() not in everything and customer.encode() not in everything
    for name in values:
        assert f"S-{name}".encode() not in everything  # sessions appear only as pseudonyms

    kept_rows = frame[frame["recording_id"] == rows["S-second"]]
    forgot = cli(store, "forget", "--customer", "C-100001")
    assert forgot.exit_code == 0, forgot.output
    # the export no longer holds the customer's samples once forget has returned: no --rebuild needed
    assert f"export {out.resolve()}: 1 recordings" in forgot.output and "nothing found: erased" in forgot.output
    pruned = json.loads((out / "manifest.json").read_text())
    assert {r["recording_id"] for r in pruned["recordings"]} == {rows["S-second"]}
    assert pruned["rebuilt_from"] == manifest["export_id"] and pruned["recordings_removed"] == 1
    left = pd.concat(pd.read_parquet(p) for p in sorted(out.glob("data/*.parquet")))
    assert set(left["recording_id"]) == {rows["S-second"]}
    assert left.reset_index(drop=True).equals(kept_rows.reset_index(drop=True))  # the rest as it was
    assert sum(pruned["samples_by_split"].values()) == len(left)
    check_files(out, Manifest.load(out / "manifest.json"))  # every file as the new manifest lists it
    rebuilt = cli(store, "export", "--rebuild", str(out / "manifest.json"))
    assert rebuilt.exit_code == 0, rebuilt.output
    after = json.loads((out / "manifest.json").read_text())
    assert {r["recording_id"] for r in after["recordings"]} == {rows["S-second"]}
    assert after["rebuilt_from"] == pruned["export_id"] and after["recordings_removed"] == 0
    events = [e for e in AuditLog(store.root / "audit.jsonl").entries() if e.event == "export"]
    assert [(e.fields["recordings"], e.fields.get("why")) for e in events] == [(2, None), (1, "erasure"), (1, None)]


def test_export_needs_an_out_folder_and_refuses_a_full_one(tmp_path):
    store = StoreConfig(root=tmp_path / "store", key=KEY)
    missing = cli(store, "export")
    assert missing.exit_code == 2 and "--out" in missing.output
    full = tmp_path / "full"
    full.mkdir()
    (full / "x").write_text("x")
    refused = cli(store, "export", "--out", str(full))
    assert refused.exit_code == 4 and "not empty" in refused.output
    bad = cli(store, "export", "--rebuild", str(tmp_path / "elsewhere" / "nope.json"))  # not around the store
    assert bad.exit_code == 3 and "no such manifest" in bad.output


def valid_manifest() -> Manifest:
    recording = RecordingEntry(
        recording_id="a" * 64,
        session_pseudonym="b" * 24,
        tenant="acme",
        recorded_date="2026-03-01",
        policy_version="3",
        split="train",
        samples=4,
        frames=40,
    )
    return Manifest(
        export_id="c" * 32,
        created_at="2026-03-02T00:00:00+00:00",
        format="jsonl",
        pipeline_version="0.1.0",
        options={"format": "jsonl"},
        recordings=[recording],
        samples_by_split={"train": 4, "validation": 0},
        recordings_by_split={"train": 1, "validation": 0},
        entities_by_type={"EMAIL_ADDRESS": 2},
        boxes_by_type={"EMAIL_ADDRESS": 3},
        policy_versions=["3"],
        engines={"ocr": "tesseract 5"},
    )


@pytest.mark.parametrize(
    "change, problem",
    [
        (
            lambda d: d["recordings"][0].update(samples="<script>4</script>"),
            "recordings[0].samples: must be an integer",
        ),
        (
            lambda d: d["recordings"][0].update(tenant="Jane Doe <jane@example.org>"),
            "recordings[0].tenant: has characters",
        ),
        (
            lambda d: d["files"].append({"path": "../../etc/passwd", "sha256": "d" * 64, "bytes": 1}),
            "files[0].path: must be a path inside the export folder",
        ),
        (lambda d: d.update(format="csv"), "format: must be 'parquet', 'webdataset' or 'jsonl'"),
        (lambda d: d["samples_by_split"].update(train=-1), "samples_by_split.train: must be >= 0"),
        (lambda d: d.update(recordings={}), "recordings: must be a list"),
    ],
)
def test_a_tampered_manifest_is_refused_naming_the_field(tmp_path, change, problem):
    """`export --rebuild` reads a manifest back: wrong types and values are one line naming the file
    and the field, exit 3, and never the value."""
    path = tmp_path / "export" / "manifest.json"
    path.parent.mkdir()
    manifest = valid_manifest()
    manifest.save(path)
    assert Manifest.load(path) == manifest
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    result = cli(StoreConfig(root=tmp_path / "store", key=KEY), "export", "--rebuild", str(path))
    assert result.exit_code == 3, result.output
    assert f"{path}: invalid export manifest: {problem}" in result.output and result.output.count("\n") == 1
    for value in ("script", "Jane", "passwd", "csv"):
        assert value not in result.output


# -- erasure reaching exports ---------------------------------------------------------------

CUSTOMERS = {"one": ("C-200001", "S-erase-one", "T-900001"), "two": ("C-200002", "S-erase-two", "T-900002")}


@pytest.fixture(scope="module")
def approved_store(tmp_path_factory):
    """Two customers' recordings, both consenting to training and approved: both go to exports."""
    root = tmp_path_factory.mktemp("erasure")
    config = StoreConfig(root=root / "store", key=KEY)
    for seed, (name, (customer, session, technician)) in enumerate(CUSTOMERS.items(), start=90):
        recording(
            root / "in",
            name,
            seed=seed,
            email=f"{name}.person@example.org",
            customer_id=customer,
            session_id=session,
            technician_id=technician,
        )
    ingest_all([root / "in"], IngestConfig(store=config))
    for row in Store(config).catalog.recordings():
        assert cli(config, "approve", row.id[:12]).exit_code == 0
    return config


@pytest.fixture
def store(approved_store, tmp_path):
    """A private copy of the module's store for each test."""
    shutil.copytree(approved_store.root, tmp_path / "store")
    return StoreConfig(root=tmp_path / "store", key=KEY)


def recording_ids(store: StoreConfig) -> dict[str, str]:
    return {row.session_id: row.id for row in Store(store).catalog.recordings()}


@pytest.mark.slow
def test_forget_takes_the_customer_out_of_every_export_and_its_scan_finds_what_is_left(store, tmp_path):
    ids = recording_ids(store)
    gone, kept = ids["S-erase-one"], ids["S-erase-two"]
    exports = {fmt: tmp_path / "exports" / fmt for fmt in ("jsonl", "webdataset")}
    for fmt, folder in exports.items():
        made = cli(store, "export", "--format", fmt, "--out", str(folder))
        assert made.exit_code == 0 and "from 2 recordings" in made.output, made.output

    # before the erasure the scan finds the customer's traces where they are: it can fail
    s = Store(store)
    scope = s.erasure_scope(s.customer_ref("C-200001"))
    assert scope.recordings == [gone] and set(scope.exports) == {
        m.export_id for m in map(Manifest.load, (f / "manifest.json" for f in exports.values()))
    }
    found, _ = scan_tree(store.root, scope.traces, exempt={"audit.jsonl": AUDITED})
    places = {(h.where.split("/")[0].split("-")[0], h.kind) for h in found}  # catalog.sqlite(-wal)
    assert {
        ("catalog.sqlite", SESSION_ID),
        ("catalog.sqlite", TECHNICIAN_ID),
        ("catalog.sqlite", CUSTOMER_REF),
        ("artifacts", RECORDING_ID),
        ("artifacts", ARTIFACT_HASH),
    } <= places
    in_export = StoreExports(s).scan(exports["jsonl"], scope.traces)
    assert {RECORDING_ID, SESSION_PSEUDONYM} <= {h.kind for h in in_export}

    # planted: the session id in a note, one of the customer's exported frames copied into the store
    frame = next(p for p in sorted((exports["jsonl"] / "images").iterdir()) if p.name.startswith(gone))
    (store.root / "tmp" / "note.txt").write_text("ticket about S-erase-one\n")
    shutil.copy(frame, store.root / "exports" / "stray.png")
    forgot = cli(store, "forget", "--customer", "C-200001")
    assert forgot.exit_code == 6, forgot.output
    assert "NOT ERASED: session id in tmp/note.txt (bytes)" in forgot.output
    assert "NOT ERASED: exported frame sha256 in exports/stray.png (file sha256)" in forgot.output
    assert forgot.output.count("NOT ERASED") == 2, forgot.output  # and nothing else: catalog, WAL, exports clean
    assert "C-200001" not in forgot.output and "S-erase-one" not in forgot.output.replace("tmp/note.txt", "")

    # both exports were rewritten without the customer in the same run, the other one's samples kept
    for fmt, folder in exports.items():
        manifest = Manifest.load(folder / "manifest.json")
        assert [r.recording_id for r in manifest.recordings] == [kept] and manifest.recordings_removed == 1
        samples = list(read_samples(fmt, folder))
        assert samples and {x.metadata["recording_id"] for x in samples} == {kept}
        assert manifest.samples == len(samples)
        check_files(folder, manifest)
        assert gone not in "".join(p.name for p in folder.rglob("*"))
    with tarfile.open(next((exports["webdataset"]).rglob("*.tar"))) as tar:
        assert not [n for n in tar.getnames() if n.startswith(gone)]
    with s.catalog.session() as session:
        assert set(session.scalars(select(ExportMember.recording_id))) == {kept}
        assert not set(session.scalars(select(Export.stale).where(Export.stale == 1)))

    # the planted files removed, the proof holds
    (store.root / "tmp" / "note.txt").unlink()
    (store.root / "exports" / "stray.png").unlink()
    again = cli(store, "forget", "--customer", "C-200001")
    assert again.exit_code == 0 and "nothing found: erased" in again.output, again.output


@pytest.mark.slow
def test_an_export_that_cannot_be_rewritten_is_named_and_forget_exits_6(store, tmp_path):
    ids = recording_ids(store)
    out = tmp_path / "exports" / "p"
    assert cli(store, "export", "--format", "parquet", "--out", str(out)).exit_code == 0
    (out / "notes.txt").write_text("someone's notes beside the data")  # not in the manifest: contents unknown
    before = (out / "manifest.json").read_bytes()
    forgot = cli(store, "forget", "--customer", "C-200001")
    assert forgot.exit_code == 6, forgot.output
    assert f"NOT ERASED: export {out.resolve()} still holds the customer's samples" in forgot.output
    assert "1 unlisted" in forgot.output
    assert (
        f"recording id in {out.resolve()} (train samples)" in forgot.output
        or f"recording id in {out.resolve()} (validation samples)" in forgot.output
    )  # the scan sees into parquet
    assert (out / "manifest.json").read_bytes() == before
    with Store(store).catalog.session() as session:
        assert session.scalar(select(Export.stale)) == 1
        assert ids["S-erase-one"] in set(session.scalars(select(ExportMember.recording_id)))
    (out / "notes.txt").unlink()
    again = cli(store, "forget", "--customer", "C-200001")  # the lineage rows kept it findable
    assert again.exit_code == 0 and "nothing found: erased" in again.output, again.output
    assert {r.recording_id for r in Manifest.load(out / "manifest.json").recordings} == {ids["S-erase-two"]}


def synthetic_export(folder: Path, fmt: str, recordings: dict[str, int]) -> list[ExportSample]:
    """An export of `recordings` (id -> sample count) written by the export's own writers and
    finish_export, with small images and shards of 2 samples (no OCR needed)."""
    samples = []
    for recording_id, count in recordings.items():
        n = int(recording_id[0], 16)  # what a recording's samples look like depends on it alone
        for i in range(count):
            split = "validation" if (n + i) % 3 == 0 else "train"
            key = f"{recording_id}_{i:06d}"
            metadata = {
                "key": key,
                "split": split,
                "recording_id": recording_id,
                "session_pseudonym": f"p{n}",
                "tenant": "t",
                "recorded_date": "2026-11-01",
                "policy_version": "1",
                "frame_index": i,
                "timestamp_s": i * 1.5,
                "width": 4,
                "height": 2,
                "text": f"<EMAIL_ADDRESS> {i}",
                "entities": [{"entity_type": "EMAIL_ADDRESS", "start": 0, "end": 15}],
                "boxes": [{"x": 0, "y": 0, "w": 1, "h": 1, "entity_type": "PERSON", "source": "auto"}],
            }
            png = cv2.imencode(".png", np.full((2, 4, 3), n * 20 + i, np.uint8))[1].tobytes()
            samples.append(ExportSample(key, split, metadata, png))
    options = ExportOptions(fmt, folder, samples_per_shard=2)
    with export_work_folder(folder) as work:
        writer = make_writer(fmt, work, 2)
        for sample in samples:
            writer.add(sample)
        writer.close()
        entries = [
            RecordingEntry(
                recording_id=r,
                session_pseudonym=f"p{int(r[0], 16)}",
                tenant="t",
                recorded_date="2026-11-01",
                policy_version="1",
                split="train",
                samples=c,
            )
            for r, c in recordings.items()
        ]
        manifest = Manifest(
            export_id="e" * 32,
            created_at="2026-11-02T00:00:00+00:00",
            format=fmt,
            pipeline_version="0.1.0",
            options=options.to_dict(),
            recordings=entries,
            samples_by_split={s: sum(x.split == s for x in samples) for s in ("train", "validation")},
            recordings_by_split={"train": len(entries), "validation": 0},
            entities_by_type={"EMAIL_ADDRESS": len(samples)},
            boxes_by_type={"PERSON": len(samples)},
            policy_versions=["1"],
            engines={"ocr": "tesseract 5"},
        )
        finish_export(work, manifest, folder, replace_existing=False, started=0.0)
    return samples


@pytest.mark.parametrize("fmt", FORMATS)
def test_removing_a_recording_keeps_the_others_as_a_fresh_export_of_them_would(tmp_path, fmt):
    a, b, c = "a" * 64, "b" * 64, "c" * 64
    samples = synthetic_export(tmp_path / "all", fmt, {a: 3, b: 4, c: 2})
    synthetic_export(tmp_path / "fresh", fmt, {a: 3, c: 2})  # what should be left
    removal = remove_recordings(tmp_path / "all" / "manifest.json", {b})
    assert removal is not None and [e.recording_id for e in removal.removed] == [b] and removal.samples == 4
    assert removal.frame_hashes == {
        hashlib.sha256(x.png).hexdigest() for x in samples if x.metadata["recording_id"] == b
    }
    manifest = removal.manifest
    assert [e.recording_id for e in manifest.recordings] == [a, c] and manifest.rebuilt_from == "e" * 32
    assert manifest.samples == 5 and manifest.entities_by_type == {"EMAIL_ADDRESS": 5}
    assert manifest.boxes_by_type == {"PERSON": 5} and manifest.recordings_removed == 1
    fresh = {f.path: f.sha256 for f in Manifest.load(tmp_path / "fresh" / "manifest.json").files}
    now = {f.path: f.sha256 for f in manifest.files}
    assert {p: h for p, h in now.items() if p != "README.md"} == {p: h for p, h in fresh.items() if p != "README.md"}
    assert [x.key for x in read_samples(fmt, tmp_path / "all")] == [
        x.key for x in read_samples(fmt, tmp_path / "fresh")
    ]
    assert remove_recordings(tmp_path / "all" / "manifest.json", {b}) is None  # nothing left to take out
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no work folder left behind
