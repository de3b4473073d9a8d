"""`redact export` over a real store: who may leave, lineage, and erasure reaching exports."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.export.manifest import Manifest, RecordingEntry
from pipeline.store.audit import AuditLog
from pipeline.store.ingest import IngestConfig
from pipeline.store.schedule import ingest_all
from pipeline.cli import main
from pipeline.store.store import StoreConfig
from tests.helpers import KEY, RAW_KEY_ENV, recording


def cli(store: StoreConfig, *args: str):
    return CliRunner().invoke(main, [*args, "--store", str(store.root)], env=RAW_KEY_ENV)


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
    rows = {json.loads(line)["session_id"]: json.loads(line)["id"] for line in cli(store, "list", "--json").output.splitlines()}
    for name in ("approved", "second"):
        assert cli(store, "approve", rows[f"S-{name}"][:10]).exit_code == 0

    out = tmp_path / "exports" / "first"
    result = cli(store, "export", "--format", "parquet", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "from 2 recordings" in result.output and "1 recordings wait for QA approval" in result.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert {r["recording_id"] for r in manifest["recordings"]} == {rows["S-approved"], rows["S-second"]}
    frame = pd.concat(pd.read_parquet(p) for p in sorted(out.glob("data/*.parquet")))
    assert len(frame) == manifest["samples_by_split"].get("train", 0) + manifest["samples_by_split"].get("validation", 0)
    everything = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file() and p.suffix != ".png")
    for email, customer, _ in values.values():
        assert email.encode() not in everything and customer.encode() not in everything
    for name in values:
        assert f"S-{name}".encode() not in everything  # sessions appear only as pseudonyms

    forgot = cli(store, "forget", "--customer", "C-100001")
    assert forgot.exit_code == 0, forgot.output
    assert "export to rebuild" in forgot.output and str(out.resolve()) in forgot.output
    rebuilt = cli(store, "export", "--rebuild", str(out / "manifest.json"))
    assert rebuilt.exit_code == 0, rebuilt.output
    after = json.loads((out / "manifest.json").read_text())
    assert {r["recording_id"] for r in after["recordings"]} == {rows["S-second"]}
    assert after["rebuilt_from"] == manifest["export_id"] and after["recordings_removed"] == 1
    events = [e for e in AuditLog(store.root / "audit.jsonl").entries() if e.event == "export"]
    assert [e.fields["recordings"] for e in events] == [2, 1]


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
    recording = RecordingEntry(recording_id="a" * 64, session_pseudonym="b" * 24, tenant="acme",
                               recorded_date="2026-03-01", policy_version="3", split="train", samples=4, frames=40)
    return Manifest(export_id="c" * 32, created_at="2026-03-02T00:00:00+00:00", format="jsonl",
                    pipeline_version="0.1.0", options={"format": "jsonl"}, recordings=[recording],
                    samples_by_split={"train": 4, "validation": 0},
                    recordings_by_split={"train": 1, "validation": 0}, entities_by_type={"EMAIL_ADDRESS": 2},
                    boxes_by_type={"EMAIL_ADDRESS": 3}, policy_versions=["3"], engines={"ocr": "tesseract 5"})


@pytest.mark.parametrize("change, problem", [
    (lambda d: d["recordings"][0].update(samples="<script>4</script>"), "recordings[0].samples: must be an integer"),
    (lambda d: d["recordings"][0].update(tenant="Jane Doe <jane@example.org>"), "recordings[0].tenant: has characters"),
    (lambda d: d["files"].append({"path": "../../etc/passwd", "sha256": "d" * 64, "bytes": 1}),
     "files[0].path: must be a path inside the export folder"),
    (lambda d: d.update(format="csv"), "format: must be 'parquet', 'webdataset' or 'jsonl'"),
    (lambda d: d["samples_by_split"].update(train=-1), "samples_by_split.train: must be >= 0"),
    (lambda d: d.update(recordings={}), "recordings: must be a list"),
])
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
