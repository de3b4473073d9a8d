"""Training exports on recordings redacted by the real pipeline: samples at the screen's change
points, de-identified text with placeholders or surrogates, technical text kept, a split by
session that every run agrees on, the three formats loadable by their usual tools, nothing from
the clips' ground truth anywhere in an export (text, names, metadata, manifest, card, pixels),
and rebuilds without erased recordings."""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import hmac
import io
import json
import tarfile
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytesseract
import pytest
from PIL import Image

from pipeline.core.errors import InputError, OutputError
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import FullFrameMask
from pipeline.export.dataset import (
    MANIFEST_NAME,
    ExportOptions,
    ExportSource,
    Manifest,
    SamplingConfig,
    Surrogates,
    export_dataset,
    rebuild,
    split_of,
)
from pipeline.export.formats import ExportSample, make_writer
from pipeline.redact.controller import RedactRequest, redact_file, render_from_plan
from pipeline.redact.evaluate import normalise
from samples.desktop import VideoWriter
from samples.make_samples import make_clip
from tests.helpers import draw_screen

SALT = b"test-store-salt"
EMAIL = "jane.roe@contoso-mail.com"
TECHNICAL = ("Windows 11 Pro 23H2", "Error 0x80070005")


def pseudonym(value: str) -> str:
    return hmac.new(SALT, value.encode(), hashlib.sha256).hexdigest()[:24]


@dataclasses.dataclass
class Recorded:
    source: ExportSource
    values: list[str]  # ground-truth personal data shown in the clip
    ids: list[str]  # the sidecar's clear ids (session, customer, technician)


@pytest.fixture(scope="module")
def tools(detector, engine):
    """The detector and OCR engine an export reads with: this session's, loaded once."""
    return detector, engine


def _source(name: str, video: Path, plan: Path, session: str, customer: str, day: int) -> ExportSource:
    digest = hashlib.sha256(video.read_bytes()).hexdigest()
    return ExportSource(
        recording_id=digest,
        session_pseudonym=pseudonym(session),
        customer_pseudonym=pseudonym(customer),
        tenant="contoso",
        recorded_at=datetime(2026, 3, day, 10, 0, tzinfo=timezone.utc),
        policy_version="2026-01",
        redacted_video=video,
        plan_path=plan,
    )


@pytest.fixture(scope="module")
def recordings(tmp_path_factory, detector) -> list[Recorded]:
    """Three clips with fake personal data, redacted by the real pipeline: the generator's
    smallest size at the rate test_leaks checks for leaks (800x480, 5 fps; a typed form of 8 s
    and a terminal of 6 s), detection inline with this session's detector as a batch worker
    runs it (the detection process is not what these tests are about)."""
    folder = tmp_path_factory.mktemp("recordings")
    out = []
    for day, name in enumerate(("form_typing", "terminal_config", "screenshot"), start=1):
        made = make_clip(name, folder, width=800, height=480, fps=5.0, seed=4321)
        output = folder / f"{name}.redacted{made.video_path.suffix}"
        result = redact_file(RedactRequest(input=made.video_path, output=output), detector=detector)
        sidecar = json.loads(made.sidecar_path.read_text())
        values = [p["value"] for p in made.gt["pii"] if len(normalise(p["value"])) >= 5]
        ids = [sidecar["session_id"], sidecar["customer_id"], sidecar["technician_id"]]
        source = _source(name, output, result.plan_path, sidecar["session_id"], sidecar["customer_id"], day)
        out.append(Recorded(source, values, ids))
    return out


@pytest.fixture(scope="module")
def parquet_export(recordings, tools, tmp_path_factory) -> tuple[Path, Manifest]:
    out = tmp_path_factory.mktemp("exports") / "parquet"
    manifest = export_dataset([r.source for r in recordings], ExportOptions("parquet", out), *tools)
    return out, manifest


# --------------------------------------------------------------------------- helpers --


def strings(obj) -> list[str]:
    """Every string inside a JSON-like value, keys included."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in [str(k), *strings(v)]]
    if isinstance(obj, (list, tuple)):
        return [s for v in obj for s in strings(v)]
    if isinstance(obj, np.ndarray):
        return strings(obj.tolist())
    return []


def assert_nothing_personal(texts: list[str], recordings: list[Recorded], where: str) -> None:
    haystack = [normalise(t) for t in texts]
    for rec in recordings:
        for value in rec.values + rec.ids + [rec.source.customer_pseudonym]:
            key = normalise(value)
            found = [i for i, h in enumerate(haystack) if key and key in h]
            assert not found, f"{where}: a {len(value)}-character ground-truth value is in the export"


def export_texts(folder: Path, records: list[dict]) -> list[str]:
    """File names, manifest, card and every string of every sample record."""
    texts = [p.relative_to(folder).as_posix() for p in folder.rglob("*")]
    texts += [(folder / MANIFEST_NAME).read_text(), (folder / "README.md").read_text()]
    texts += strings(records)
    return texts


def parquet_records(folder: Path) -> list[dict]:
    frame = pd.read_parquet(folder / "data")
    return frame.drop(columns=["image"]).to_dict("records")


def parquet_images(folder: Path) -> dict[str, bytes]:
    table = pq.read_table(folder / "data", columns=["key", "image"]).to_pylist()
    return {row["key"]: row["image"]["bytes"] for row in table}


def tar_names(path: Path) -> list[str]:
    with tarfile.open(path) as tar:
        return tar.getnames()


def read_image_text(png: bytes) -> str:
    """Whole-image OCR with the tesseract binary (not the pipeline's line reader)."""
    grey = np.asarray(Image.open(io.BytesIO(png)).convert("L"))
    big = Image.fromarray(grey).resize((grey.shape[1] * 2, grey.shape[0] * 2), Image.BICUBIC)
    passes = [big] + ([Image.fromarray(255 - np.asarray(big))] if float((grey < 100).mean()) > 0.15 else [])
    return "\n".join(pytesseract.image_to_string(p, config="--psm 11") for p in passes)


# ------------------------------------------------------------------- synthetic recordings --


WORDS = (
    "alpha",
    "bravo",
    "charlie",
    "delta",
    "echo",
    "foxtrot",
    "golf",
    "hotel",
    "india",
    "juliet",
    "kilo",
    "lima",
    "mike",
    "november",
    "oscar",
    "papa",
    "quebec",
    "romeo",
    "sierra",
    "tango",
)


def _screen(i: int) -> np.ndarray:
    """Frame i of the stepped clip: a clock ticking on every frame (too small a change to
    count); from frame 10 to 29 a log line that changes on every frame, then still."""
    lines = [
        (20, 20, "System: Windows 11 Pro 23H2"),
        (20, 60, f"Contact: {EMAIL}"),
        (20, 100, "Last error: Error 0x80070005"),
        (560, 330, f"10:00:{i:02d}"),
    ]
    if i >= 10:
        step = min(i, 29) - 10
        lines.append((20, 180, f"Step {step}: {WORDS[step]} {WORDS[(step + 7) % 20]} done"))
    return draw_screen(lines, (640, 360))


@pytest.fixture(scope="module")
def stepped(tmp_path_factory, detector) -> tuple[Path, Path, Path]:
    """4 s at 10 fps (see _screen). Returns (input, redacted, plan)."""
    folder = tmp_path_factory.mktemp("stepped")
    video = folder / "stepped.mp4"
    writer = VideoWriter(video, 640, 360, 10.0)
    for i in range(40):
        bgr = _screen(i)
        writer.write(np.ascontiguousarray(bgr[:, :, ::-1]))
    writer.close()
    result = redact_file(RedactRequest(input=video, output=folder / "stepped.redacted.mp4"), detector=detector)
    return video, result.output, result.plan_path


def _stepped_source(redacted: Path, plan: Path) -> ExportSource:
    return _source("stepped", redacted, plan, "S-stepped", "C-stepped", 20)


# ------------------------------------------------------------------------------- tests --


@pytest.mark.slow
def test_samples_at_change_points_with_placeholders_boxes_and_technical_text(stepped, tools, tmp_path):
    _, redacted, plan = stepped
    source = _stepped_source(redacted, plan)
    options = ExportOptions("jsonl", tmp_path / "out", sampling=SamplingConfig(min_interval_s=0.95))
    manifest = export_dataset([source], options, *tools)

    rows = [
        json.loads(line)
        for split in ("train", "validation")
        if (tmp_path / "out" / f"{split}.jsonl").exists()
        for line in (tmp_path / "out" / f"{split}.jsonl").read_text().splitlines()
    ]
    # first frame, the change at 1 s, then at most one per second while the line keeps changing
    assert [r["frame_index"] for r in rows] == [0, 10, 20, 30]
    assert [r["timestamp_s"] for r in rows] == pytest.approx([0.0, 1.0, 2.0, 3.0], abs=0.01)
    assert manifest.recordings[0].samples == 4 and manifest.samples == 4
    first = rows[0]
    assert EMAIL not in first["text"] and "<EMAIL_ADDRESS>" in first["text"]
    for fact in TECHNICAL:
        assert fact in first["text"], "technical facts stay in the text"
    assert "EMAIL_ADDRESS" in [b["entity_type"] for b in first["boxes"]]
    assert [s["entity_type"] for s in first["entities"]] == ["EMAIL_ADDRESS"]
    span = first["entities"][0]
    assert first["text"][span["start"] : span["end"]] == "<EMAIL_ADDRESS>"
    assert {k: first[k] for k in ("session_pseudonym", "tenant", "recorded_date", "policy_version")} == {
        "session_pseudonym": source.session_pseudonym,
        "tenant": "contoso",
        "recorded_date": "2026-03-20",
        "policy_version": "2026-01",
    }
    assert "customer_pseudonym" not in first and source.customer_pseudonym not in json.dumps(rows)
    image = Image.open(tmp_path / "out" / first["image"])
    assert image.size == (640, 360)


@pytest.mark.slow
def test_frames_masked_whole_are_never_samples(stepped, tools, tmp_path):
    video, _, plan_path = stepped
    plan = RedactionPlan.load(plan_path)
    plan.full_frames.append(FullFrameMask(10, 19, "analysis_error"))
    edited = tmp_path / "edited.plan.json"
    plan.save(edited)
    redacted = tmp_path / "edited.redacted.mp4"
    render_from_plan(video, edited, redacted)
    options = ExportOptions("jsonl", tmp_path / "out", sampling=SamplingConfig(min_interval_s=0.95))
    manifest = export_dataset([_stepped_source(redacted, edited)], options, *tools)
    rows = [
        json.loads(line)
        for path in sorted((tmp_path / "out").glob("*.jsonl"))
        for line in path.read_text().splitlines()
    ]
    assert [r["frame_index"] for r in rows] == [0, 20, 30]
    assert manifest.recordings[0].frames_masked_whole == 10


@pytest.mark.slow
def test_personal_data_the_plan_missed_is_replaced_and_blurred_by_the_export(stepped, tools, tmp_path):
    video, _, plan_path = stepped
    plan = RedactionPlan.load(plan_path)
    assert [t.entity_type for t in plan.tracks] == ["EMAIL_ADDRESS"]
    plan.tracks = []  # a plan that missed the address: the redacted video shows it
    edited = tmp_path / "missed.plan.json"
    plan.save(edited)
    redacted = tmp_path / "missed.redacted.mp4"
    render_from_plan(video, edited, redacted)
    options = ExportOptions("jsonl", tmp_path / "out", sampling=SamplingConfig(min_interval_s=0.95))
    manifest = export_dataset([_stepped_source(redacted, edited)], options, *tools)
    rows = [
        json.loads(line)
        for path in sorted((tmp_path / "out").glob("*.jsonl"))
        for line in path.read_text().splitlines()
    ]
    assert manifest.recordings[0].export_masks == len(rows) == 4
    for row in rows:
        assert EMAIL not in row["text"] and "<EMAIL_ADDRESS>" in row["text"]
        assert [(b["entity_type"], b["source"]) for b in row["boxes"]] == [("EMAIL_ADDRESS", "export")]
        seen = normalise(read_image_text((tmp_path / "out" / row["image"]).read_bytes()))
        assert normalise("Error 0x80070005") in seen and normalise(EMAIL) not in seen
        assert "contoso" not in seen, "the whole address is blurred, not only a part"


@pytest.mark.slow
def test_parquet_loads_and_holds_nothing_personal(parquet_export, recordings):
    folder, manifest = parquet_export
    records = parquet_records(folder)
    assert len(records) == manifest.samples == sum(r.samples for r in manifest.recordings)
    assert pq.read_table(folder / "data").num_rows == manifest.samples
    assert {r.recording_id for r in manifest.recordings} == {r.source.recording_id for r in recordings}
    by_recording = {r.recording_id: r.samples for r in manifest.recordings}
    assert by_recording[recordings[2].source.recording_id] == 1, "a screenshot is one sample"
    for rec in recordings[:2]:  # still at most one sample per second of video, and more than one
        assert 1 < by_recording[rec.source.recording_id] <= 10
    for split in ("train", "validation"):
        assert sum(1 for r in records if r["split"] == split) == manifest.samples_by_split[split]
    assert_nothing_personal(export_texts(folder, records), recordings, "parquet")
    texts = "\n".join(r["text"] for r in records)
    assert "0x80070005" in texts, "technical facts stay in the text"
    assert "<EMAIL_ADDRESS>" in texts
    entities = sum(len(r["entities"]) for r in records)
    assert entities == sum(manifest.entities_by_type.values()) > 0
    card = (folder / "README.md").read_text()
    assert "| train |" in card and "EMAIL_ADDRESS" in card and manifest.pipeline_version in card


@pytest.mark.slow
def test_exported_images_show_no_personal_data(parquet_export, recordings):
    folder, _ = parquet_export
    images = parquet_images(folder)
    # Whole-frame OCR costs about 2 s an image here: read the first, middle and last sample of
    # each recording (the last one shows every value typed or printed in these clips).
    chosen = set()
    for rec in recordings:
        keys = sorted(k for k in images if k.startswith(rec.source.recording_id))
        chosen |= {keys[0], keys[len(keys) // 2], keys[-1]}
    read = [read_image_text(images[k]) for k in sorted(chosen)]
    assert any("0x80070005" in text for text in read), "the check reads the images"
    assert_nothing_personal(read, recordings, "image OCR")


@pytest.mark.slow
def test_parquet_loads_with_datasets(parquet_export, monkeypatch, tmp_path):
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "cache"))
    folder, manifest = parquet_export
    files = {s: sorted(glob.glob(str(folder / "data" / f"{s}-*.parquet"))) for s in ("train", "validation")}
    loaded = datasets.load_dataset("parquet", data_files={s: f for s, f in files.items() if f})
    assert sum(len(loaded[s]) for s in loaded) == manifest.samples
    first = loaded[next(iter(loaded))][0]
    assert isinstance(first["image"], Image.Image) and first["image"].size == (first["width"], first["height"])


@pytest.mark.slow
def test_webdataset_shards_load_and_match_parquet(parquet_export, recordings, tools, tmp_path):
    wds = pytest.importorskip("webdataset")
    folder = tmp_path / "wds"
    manifest = export_dataset([r.source for r in recordings], ExportOptions("webdataset", folder), *tools)
    shards = sorted(str(p) for p in folder.glob("*/shard-*.tar"))
    assert shards and all(Path(s).name.startswith("shard-") for s in shards)
    samples = list(wds.WebDataset(shards, shardshuffle=False, empty_check=False))
    assert len(samples) == manifest.samples
    records = [json.loads(s["json"]) for s in samples]
    assert [s["__key__"] for s in samples] == [r["key"] for r in records]
    # the same samples as the parquet export: same keys, texts and pixels
    pq_folder, _ = parquet_export
    pq_images = parquet_images(pq_folder)
    assert {r["key"] for r in records} == set(pq_images)
    assert all(s["png"] == pq_images[s["__key__"]] for s in samples)
    assert sorted(r["text"] for r in records) == sorted(r["text"] for r in parquet_records(pq_folder))
    member_names = [n for s in shards for n in tar_names(Path(s))]
    assert_nothing_personal(export_texts(folder, records) + member_names, recordings, "webdataset")


@pytest.mark.slow
def test_jsonl_lines_and_images(parquet_export, recordings, tools, tmp_path):
    folder = tmp_path / "jsonl"
    manifest = export_dataset([r.source for r in recordings], ExportOptions("jsonl", folder), *tools)
    records = [json.loads(line) for path in folder.glob("*.jsonl") for line in path.read_text().splitlines()]
    assert len(records) == manifest.samples
    pq_images = parquet_images(parquet_export[0])
    for r in records:
        assert (folder / r["image"]).read_bytes() == pq_images[r["key"]]
    assert_nothing_personal(export_texts(folder, records), recordings, "jsonl")
    # every file is listed in the manifest with its hash
    listed = {f.path: f.sha256 for f in manifest.files}
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {MANIFEST_NAME}
    assert set(listed) == on_disk
    image = records[0]["image"]
    assert listed[image] == hashlib.sha256((folder / image).read_bytes()).hexdigest()


@pytest.mark.slow
def test_surrogates_are_consistent_fakes(parquet_export, recordings, tools, tmp_path):
    sources = [r.source for r in recordings]
    key = b"k" * 32
    first = export_dataset(
        sources, ExportOptions("parquet", tmp_path / "a", surrogates=True, surrogate_key=key), *tools
    )
    again = export_dataset(
        sources, ExportOptions("parquet", tmp_path / "b", surrogates=True, surrogate_key=key), *tools
    )
    records = parquet_records(tmp_path / "a")
    assert [r["text"] for r in records] == [r["text"] for r in parquet_records(tmp_path / "b")]
    assert first.samples == again.samples == parquet_export[1].samples
    assert_nothing_personal(export_texts(tmp_path / "a", records), recordings, "surrogates")
    emails = [
        r["text"][s["start"] : s["end"]] for r in records for s in r["entities"] if s["entity_type"] == "EMAIL_ADDRESS"
    ]
    assert emails and all(e.rsplit("@", 1)[-1].startswith("example.") for e in emails)
    placeholders = [
        r["text"][s["start"] : s["end"]]
        for r in records
        for s in r["entities"]
        # a line nobody could read has no value to fake: it stays a placeholder
        if s["entity_type"] not in ("CREDIT_CARD", "UNREAD_TEXT")
    ]
    assert not [p for p in placeholders if p.startswith("<")], "surrogates replace placeholders"


def test_surrogate_is_stable_scoped_and_never_the_value():
    fakes = Surrogates(b"secret")
    a = fakes.fake("session-1", "PERSON", "crystalmason")
    assert a == Surrogates(b"secret").fake("session-1", "PERSON", "crystalmason")
    assert a != fakes.fake("session-2", "PERSON", "crystalmason"), "other sessions are not linked"
    assert a != Surrogates(b"other").fake("session-1", "PERSON", "crystalmason")
    assert fakes.fake("s", "CREDIT_CARD", "4111111111111111") == "<CREDIT_CARD>"
    # a fake that happens to equal the value is drawn again
    value = fakes.fake("s", "PHONE_NUMBER", "x")
    assert fakes.fake("s", "PHONE_NUMBER", "x", original=value) != value


def test_split_of_known_sessions_is_fixed():
    """Fixed answers for fixed sessions: a change of the hash, of how the salt enters it or of the
    threshold's direction moves sessions between splits, and would reshuffle every later export."""
    sessions = [f"sess-{c}" for c in "abcdefghij"]

    def splits(salt: str, fraction: float) -> str:
        return "".join(split_of(s, salt, fraction)[0] for s in sessions)  # t(rain) / v(alidation)

    assert splits("2026", 0.5) == "vvvvvttvtt"
    assert splits("salt", 0.5) == "tttttvtvvv"
    assert splits("2026", 0.2) == "vttvtttttt"
    assert splits("s", 0.0) == "t" * 10 and splits("s", 1.0) == "v" * 10
    share = sum(split_of(f"s{i}", "salt", 0.3) == "validation" for i in range(2000)) / 2000
    assert 0.25 < share < 0.35


@pytest.mark.slow
def test_split_is_by_session_and_the_same_in_every_run(parquet_export, recordings, tools, tmp_path):
    sources = [r.source for r in recordings]
    # this salt puts the three sessions in both splits, so a split by anything else shows
    options = ExportOptions("parquet", tmp_path / "again", val_fraction=0.5, split_salt="x")
    first = export_dataset(sources, options, *tools)
    second = export_dataset(sources, dataclasses.replace(options, out_dir=tmp_path / "third"), *tools)
    splits = {r.recording_id: r.split for r in first.recordings}
    assert set(splits.values()) == {"train", "validation"}
    assert splits == {r.recording_id: r.split for r in second.recordings}
    assert splits == {s.recording_id: split_of(s.session_pseudonym, "x", 0.5) for s in sources}
    for record in parquet_records(tmp_path / "again"):
        assert record["split"] == splits[record["recording_id"]]
    data = {f.path: f.sha256 for f in first.files if f.path.startswith("data/")}
    assert data == {f.path: f.sha256 for f in second.files if f.path.startswith("data/")}, "byte-identical"


@pytest.mark.slow
def test_since_keeps_only_later_recordings(recordings, tools, tmp_path):
    options = ExportOptions("jsonl", tmp_path / "out", since=datetime(2026, 3, 2))  # naive: UTC
    manifest = export_dataset([r.source for r in recordings[:2]], options, *tools)
    assert [r.recording_id for r in manifest.recordings] == [recordings[1].source.recording_id]
    assert manifest.options["since"] == "2026-03-02T00:00:00"


@pytest.mark.slow
def test_rebuild_drops_erased_recordings(parquet_export, recordings, tools, tmp_path):
    folder = tmp_path / "export"
    sources = [r.source for r in recordings]
    old = export_dataset(sources, ExportOptions("parquet", folder, split_salt="x"), *tools)
    erased = recordings[0]
    new = rebuild(folder / MANIFEST_NAME, sources[1:], *tools)
    assert new.rebuilt_from == old.export_id and new.export_id != old.export_id
    assert new.recordings_removed == 1
    assert [r.recording_id for r in new.recordings] == [r.recording_id for r in old.recordings[1:]]
    assert Manifest.load(folder / MANIFEST_NAME).export_id == new.export_id
    assert new.options == old.options
    records = parquet_records(folder)
    assert len(records) == new.samples == old.samples - old.recordings[0].samples
    everything = export_texts(folder, records)
    assert not [t for t in everything if erased.source.recording_id in t or erased.source.session_pseudonym in t]
    assert not list(tmp_path.glob(".*")), "no temporary or old folder left beside the export"


@pytest.mark.slow
def test_existing_export_is_refused_and_a_failure_leaves_nothing(stepped, tools, tmp_path):
    _, redacted, plan = stepped
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "x").write_text("keep me")
    with pytest.raises(OutputError, match="already exists"):
        export_dataset([_stepped_source(redacted, plan)], ExportOptions("jsonl", taken), *tools)
    assert (taken / "x").read_text() == "keep me"

    missing = dataclasses.replace(
        _stepped_source(redacted, plan), recording_id="b" * 64, redacted_video=tmp_path / "gone.mp4"
    )
    with pytest.raises(InputError) as err:
        export_dataset([_stepped_source(redacted, plan), missing], ExportOptions("jsonl", tmp_path / "new"), *tools)
    assert "gone.mp4" in str(err.value) and "\n" not in str(err.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"], "no half export, no temporary folder"


@pytest.mark.slow
def test_bad_sources_and_manifests_are_refused(stepped, tools, tmp_path):
    _, redacted, plan = stepped
    good = _stepped_source(redacted, plan)
    with pytest.raises(InputError, match="listed twice"):
        export_dataset([good, good], ExportOptions("jsonl", tmp_path / "a"), *tools)
    with pytest.raises(InputError, match="recording_id"):
        export_dataset([dataclasses.replace(good, recording_id="a.b")], ExportOptions("jsonl", tmp_path / "b"), *tools)
    (tmp_path / "m.json").write_text('{"format_marker": "something else"}')
    with pytest.raises(InputError, match="not an export manifest"):
        Manifest.load(tmp_path / "m.json")


def test_shards_rotate_at_samples_per_shard(tmp_path):
    samples = [
        ExportSample(
            f"r_{i:06d}",
            "train" if i % 3 else "validation",
            {"key": f"r_{i:06d}", "text": f"t{i}", "entities": [], "boxes": []},
            b"png%d" % i,
        )
        for i in range(7)
    ]
    for fmt in ("parquet", "webdataset"):
        writer = make_writer(fmt, tmp_path / fmt, 2)
        for s in samples:
            writer.add(s)
        writer.close()
    parquet = sorted(p.name for p in (tmp_path / "parquet" / "data").iterdir())
    # 4 train and 3 validation samples, 2 a shard
    assert parquet == [
        "train-00000.parquet",
        "train-00001.parquet",
        "validation-00000.parquet",
        "validation-00001.parquet",
    ]
    assert pq.read_table(tmp_path / "parquet" / "data").num_rows == 7
    tars = sorted(p.relative_to(tmp_path / "webdataset").as_posix() for p in (tmp_path / "webdataset").rglob("*.tar"))
    assert tars == [
        "train/shard-000000.tar",
        "train/shard-000001.tar",
        "validation/shard-000000.tar",
        "validation/shard-000001.tar",
    ]
    assert [pq.read_table(tmp_path / "parquet" / "data" / n).num_rows for n in parquet] == [2, 2, 2, 1]
    assert sum(len(tar_names(tmp_path / "webdataset" / t)) for t in tars) == 14
