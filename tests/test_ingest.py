"""`redact ingest` and the store: policy decisions end to end, idempotence, crash-resume, Dask,
erasure, retention and bad inputs, on real (small) recordings with real OCR."""

from __future__ import annotations

import base64
import json
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import cloudpickle
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.core.errors import ConfigError
from pipeline.store.audit import AuditLog
from pipeline.store.catalog import Artifact, Output, Recording, utcnow
from pipeline.store.ingest import IngestConfig
from pipeline.store.schedule import ingest_all, watch
from pipeline.store.store import Store, StoreConfig
from pipeline.store.vault import load_key
from samples.make_samples import make_sidecar
from tests.helpers import EMAIL, KEY, ocr_frame, readers_released, recording


@pytest.fixture
def store_config(tmp_path) -> StoreConfig:
    return StoreConfig(root=tmp_path / "store", key=KEY)


def rows(config: StoreConfig) -> dict[str, Recording]:
    store = Store(config)
    with store.catalog.session() as s:
        return {r.session_id or r.id: r for r in s.query(Recording).all()}


def outputs(config: StoreConfig, recording_id: str) -> dict[str, Output]:
    store = Store(config)
    with store.catalog.session() as s:
        return {o.purpose: o for o in s.query(Output).filter_by(recording_id=recording_id)}


@pytest.mark.slow
def test_policy_decides_what_is_stored_for_which_purpose(tmp_path, store_config):
    inbox = tmp_path / "inbox"
    full = recording(inbox, "full", seed=1, session_id="S-full")
    qa_only = recording(inbox, "qa_only", seed=2, training=False, session_id="S-qa")
    no_consent = recording(inbox, "none", seed=3, recording=False, session_id="S-none")
    minor = recording(inbox, "minor", seed=4, customer_is_minor=True, session_id="S-minor")
    summary = ingest_all([inbox], IngestConfig(store=store_config))
    status = {Path(o.path).stem: o.status for o in summary.outcomes}
    assert status == {"full": "processed", "qa_only": "processed", "none": "refused", "minor": "refused"}, [
        (o.path, o.status, o.reason) for o in summary.outcomes
    ]
    assert summary.exit_code == 0

    by_session = rows(store_config)
    assert set(outputs(store_config, by_session["S-full"].id)) == {"qa_review", "training"}
    assert set(outputs(store_config, by_session["S-qa"].id)) == {"qa_review"}
    refused = by_session["S-none"]
    assert refused.state == "refused" and refused.reason == "no_recording_consent"
    assert not outputs(store_config, refused.id)
    # of a minor nothing is kept: no session, tenant or customer reference, no files, no raw
    minor_row = next(r for r in by_session.values() if r.reason == "minor")
    assert (minor_row.session_id, minor_row.tenant, minor_row.customer_ref) == (None, None, None)
    store = Store(store_config)
    for row in (refused, minor_row):
        assert not store.artifact_dir(row.id).exists() and not store.vault.exists(row.id)
    # raw copies of processed recordings are gone (raw_retention_days 0), sources are untouched
    assert not store.vault.exists(by_session["S-full"].id)
    assert full.exists() and qa_only.exists() and no_consent.exists() and minor.exists()

    # the stored video is redacted: the e-mail is not readable, the technical text is
    video = store.root / store.artifacts(by_session["S-full"].id, "qa_review", "video")[0].path
    text = ocr_frame(video, 2)
    assert "kowalski" not in text.lower() and "example.org" not in text.lower()
    assert "0x80070005" in text
    # every artifact records the policy version; the audit chain holds no personal data
    assert all(a.policy_version for a in store.artifacts(by_session["S-full"].id))
    audit = (store.root / "audit.jsonl").read_text()
    assert EMAIL not in audit and "Kowalski" not in audit
    assert json.loads(full.with_suffix(".json").read_text())["customer_id"] not in audit
    assert store.audit.verify().ok  # under the audit key derived from the raw key


@pytest.mark.slow
def test_same_content_twice_is_processed_once(tmp_path, store_config):
    first = recording(tmp_path / "a", "one")
    config = IngestConfig(store=store_config)
    assert [o.status for o in ingest_all([first], config).outcomes] == ["processed"]
    copy = tmp_path / "b" / "renamed.mp4"
    copy.parent.mkdir()
    copy.write_bytes(first.read_bytes())
    copy.with_suffix(".json").write_text(first.with_suffix(".json").read_text())
    again = ingest_all([first, copy], config).outcomes
    assert [o.status for o in again] == ["skipped", "skipped"]
    assert len(rows(store_config)) == 1
    events = [e.event for e in AuditLog(store_config.root / "audit.jsonl").entries()]
    assert events.count("store") == 2  # one per purpose, once


@pytest.mark.slow
def test_bad_inputs_fail_alone_with_one_line_and_the_batch_goes_on(tmp_path, store_config):
    inbox = tmp_path / "inbox"
    good = recording(inbox, "good")
    no_sidecar = recording(inbox, "nosidecar", seed=5)
    no_sidecar.with_suffix(".json").unlink()
    malformed = recording(inbox, "malformed", seed=6)
    malformed.with_suffix(".json").write_text('{"session_id": "S-1", ')
    unknown_tenant = recording(inbox, "tenant", seed=7, tenant="no-such-contract")
    not_video = inbox / "notes.mp4"
    not_video.write_text("not a video")
    not_video.with_suffix(".json").write_text(json.dumps(make_sidecar("notes", 9)))
    # FIFOs: reading one waits for a writer forever. Each fails alone, nothing waits on it
    fifo_sidecar = recording(inbox, "fifosidecar", seed=8).with_suffix(".json")
    fifo_sidecar.unlink()
    os.mkfifo(fifo_sidecar)
    fifo_video = inbox / "fifovideo.mp4"
    os.mkfifo(fifo_video)
    fifo_video.with_suffix(".json").write_text(json.dumps(make_sidecar("fifovideo", 10)))

    with readers_released(fifo_sidecar, fifo_video) as waited:
        result = CliRunner().invoke(
            main,
            ["ingest", str(inbox), "--store", str(store_config.root)],
            env={"REDACT_RAW_KEY": base64.b64encode(KEY).decode()},
        )
    assert not waited
    assert result.exit_code == 3, result.output
    out = result.output.splitlines()
    failed = [line for line in out if "failed:" in line]
    assert len(failed) == 6
    assert any("nosidecar.json" in line and "no sidecar" in line for line in failed)
    assert any("tenant.json" in line and "tenant" in line for line in failed)
    assert any("malformed.json" in line and "JSON" in line for line in failed)
    assert any("notes.mp4" in line for line in failed)
    assert any(line.endswith(f"failed: {fifo_sidecar}: not a regular file (a FIFO)") for line in failed)
    assert any(line.endswith(f"failed: {fifo_video}: not a regular file (a FIFO)") for line in failed)
    assert any(line.endswith(str(good)) and "processed" in line for line in out)
    assert "ingest: 7 recordings: 1 processed, 6 failed" in result.output
    assert unknown_tenant.exists()
    assert len(list((store_config.root / "artifacts").iterdir())) == 1


def test_a_bad_policy_or_a_missing_key_stops_before_any_work(tmp_path, store_config):
    video = recording(tmp_path / "in", "one")
    policy = tmp_path / "policy.yaml"
    text = (Path(__file__).parent.parent / "models" / "policy.yaml").read_text()
    policy.write_text(text.replace("[EMAIL_ADDRESS,", "[EMIAL_ADDRESS,", 1))
    env = {"REDACT_RAW_KEY": base64.b64encode(KEY).decode()}
    bad = CliRunner().invoke(
        main, ["ingest", str(video), "--store", str(store_config.root), "--policy", str(policy)], env=env
    )
    assert bad.exit_code == 5 and "EMIAL_ADDRESS" in bad.output and len(bad.output.strip().splitlines()) == 1
    nokey = CliRunner().invoke(
        main, ["ingest", str(video), "--store", str(store_config.root)], env={"REDACT_RAW_KEY": ""}
    )
    assert nokey.exit_code == 5 and "REDACT_RAW_KEY" in nokey.output
    no_audit_key = CliRunner().invoke(
        main,
        ["ingest", str(video), "--store", str(store_config.root), "--audit-key-file", str(tmp_path / "missing.key")],
        env=env,
    )
    assert no_audit_key.exit_code == 5 and "missing.key: key file not found" in no_audit_key.output
    assert not store_config.root.exists()  # a refused start creates nothing: no folders, no catalog


@pytest.mark.slow
def test_verification_finding_blocks_storage_and_keeps_raw_sealed(tmp_path, store_config, monkeypatch):
    from pipeline.store import ingest as batch

    video = recording(tmp_path / "in", "leaky")
    real = batch.purpose_plan
    # a pipeline that "forgot" the e-mail: the gate must catch it on the rendered output
    monkeypatch.setattr(batch, "purpose_plan", lambda plan, entities: real(plan, set(entities) - {"EMAIL_ADDRESS"}))
    [outcome] = ingest_all([video], IngestConfig(store=store_config)).outcomes
    assert outcome.status == "needs_review" and "verification_blocked" in outcome.reason
    row = next(iter(rows(store_config).values()))
    assert row.state == "needs_review"
    outs = outputs(store_config, row.id)
    assert outs["qa_review"].state == "blocked"
    findings = outs["qa_review"].verification["findings"]
    assert findings and {f["entity_type"] for f in findings} >= {"EMAIL_ADDRESS"}
    assert EMAIL not in json.dumps(outs["qa_review"].verification)
    store = Store(store_config)
    assert store.vault.sealed(row.id)  # QA may need to re-render: the raw is kept, encrypted
    assert EMAIL.encode() not in next((store.root / "raw" / row.id).iterdir()).read_bytes()


@pytest.mark.slow
def test_killed_ingest_resumes_and_processes_each_recording_exactly_once(tmp_path, store_config):
    inbox = tmp_path / "inbox"
    videos = [recording(inbox, f"rec{i}", seed=10 + i, email=f"user{i}.name@example.com") for i in range(3)]
    env = {**os.environ, "REDACT_RAW_KEY": base64.b64encode(KEY).decode()}
    command = [sys.executable, "-m", "pipeline", "ingest", str(inbox), "--store", str(store_config.root)]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    db = store_config.root / "catalog.sqlite"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:  # wait until the second one is under way
        if db.exists() and _count(db, "state = 'processing'") and _count(db, "state = 'processed'") >= 1:
            break
        time.sleep(0.2)
    assert proc.poll() is None, "ingest finished before it could be killed"
    time.sleep(1.0)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _count(db, "state = 'processing'") == 1  # the claim of the killed worker is left behind

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert _count(db, "state = 'processed'") == 3 and _count(db, "1=1") == 3
    store = Store(store_config)
    audit = list(AuditLog(store.root / "audit.jsonl").entries())
    stored = [(e.fields["recording"], e.fields["purpose"]) for e in audit if e.event == "store"]
    assert len(stored) == len(set(stored)) == 6  # 3 recordings x 2 purposes, each once
    assert store.audit.verify().ok  # under the audit key derived from the raw key
    # no orphans: every file in artifacts/ is in the catalog, tmp/ and raw/ are empty
    known = {a.path for r in rows(store_config).values() for a in store.artifacts(r.id)}
    on_disk = {str(p.relative_to(store.root)) for p in (store.root / "artifacts").rglob("*") if p.is_file()}
    assert on_disk == known
    assert not [p for p in (store.root / "tmp").rglob("*") if p.is_file()]
    assert not store.vault.list_hashes()
    assert all(v.exists() for v in videos)


def _count(db: Path, where: str) -> int:
    with sqlite3.connect(db, timeout=30) as con:
        try:
            return con.execute(f"select count(*) from recordings where {where}").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


class TaskRecorder:
    """Stands in for a `distributed.Client`, or wraps a real one: keeps each call as it would
    travel to the workers, pickled (pickle and cloudpickle, Dask's serialisers)."""

    class Sent(Exception):
        """Raised instead of running the tasks when there is no real client behind."""

    def __init__(self, client=None):
        self.client, self.payloads = client, []

    def _keep(self, func, args, kwargs) -> None:
        self.payloads += [pickle.dumps((func, args, kwargs)), cloudpickle.dumps((func, args, kwargs))]

    def map(self, func, *iterables, **kwargs):
        self._keep(func, iterables, kwargs)
        if self.client is None:
            raise self.Sent()
        return self.client.map(func, *iterables, **kwargs)

    def submit(self, func, *args, **kwargs):
        self._keep(func, args, kwargs)
        if self.client is None:
            raise self.Sent()
        return self.client.submit(func, *args, **kwargs)

    def carried_the_key(self) -> bool:
        forms = (KEY, base64.b64encode(KEY), base64.urlsafe_b64encode(KEY), KEY.hex().encode())
        return any(form in payload for payload in self.payloads for form in forms)


def _key_file(tmp_path: Path) -> Path:
    path = tmp_path / "keys" / "raw.key"
    path.parent.mkdir()
    path.write_text(base64.b64encode(KEY).decode() + "\n")
    path.chmod(0o600)
    return path


def test_dask_tasks_carry_the_key_files_path_never_the_key(tmp_path):
    keys = _key_file(tmp_path)
    config = StoreConfig(root=tmp_path / "store", key=load_key(keys), key_file=keys)  # as the CLI makes it
    video = tmp_path / "in" / "x.mp4"
    video.parent.mkdir()
    video.write_bytes(b"never read here")
    client = TaskRecorder()
    with pytest.raises(TaskRecorder.Sent):
        ingest_all([video], IngestConfig(store=config), scheduler=client)
    assert client.payloads and not client.carried_the_key()
    _, (configs, paths), _ = pickle.loads(client.payloads[0])
    [shipped] = configs
    assert shipped.store.key is None and shipped.store.key_file == keys.resolve()
    assert shipped.store.raw_key() == KEY  # what a worker reads for itself


def test_a_key_only_in_the_environment_is_not_sent_to_dask(tmp_path):
    video = tmp_path / "x.mp4"
    video.write_bytes(b"never read here")
    root = tmp_path / "store"
    env = {"REDACT_RAW_KEY": base64.b64encode(KEY).decode(), "REDACT_RAW_KEY_FILE": None}
    result = CliRunner().invoke(
        main, ["ingest", str(video), "--store", str(root), "--scheduler", "tcp://127.0.0.1:9"], env=env
    )
    assert result.exit_code == 5, result.output
    assert result.output.count("\n") == 1 and "REDACT_RAW_KEY" in result.output and "--key-file" in result.output
    client = TaskRecorder()
    with pytest.raises(ConfigError, match="cannot be sent to Dask workers"):
        ingest_all([video], IngestConfig(store=StoreConfig(root=root, key=KEY)), scheduler=client)
    assert not client.payloads


@pytest.mark.slow
def test_dask_local_cluster_runs_the_same_jobs_and_workers_read_the_key_file(tmp_path):
    distributed = pytest.importorskip("distributed")
    keys = _key_file(tmp_path)
    config = StoreConfig(root=tmp_path / "store", key=load_key(keys), key_file=keys)
    policy = tmp_path / "policy.yaml"  # raw copies kept: the workers seal them with the key they read
    text = (Path(__file__).parent.parent / "models" / "policy.yaml").read_text()
    policy.write_text(text.replace("\nraw_retention_days: 0\n", "\nraw_retention_days: 7\n", 1))
    inbox = tmp_path / "inbox"
    recording(inbox, "d1", seed=21)
    recording(inbox, "d2", seed=22, training=False)
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as real,
    ):
        client = TaskRecorder(real)
        summary = ingest_all([inbox], IngestConfig(store=config, policy_path=policy), scheduler=client)
    assert sorted(o.status for o in summary.outcomes) == ["processed", "processed"], summary.outcomes
    assert {len(outputs(config, r.id)) for r in rows(config).values()} == {1, 2}
    assert client.payloads and not client.carried_the_key()
    vault = Store(StoreConfig(root=config.root, key=KEY)).vault
    for row in rows(config).values():
        assert row.raw_state == "sealed"
        vault.unseal_to(row.id, tmp_path / f"{row.id}.mp4")  # sealed with the right key, read from the file


@pytest.mark.slow
def test_forget_removes_everything_of_a_customer_and_proves_it(tmp_path, store_config):
    inbox = tmp_path / "inbox"
    a = recording(inbox, "a", seed=31, customer_id="C-555001")
    recording(inbox, "b", seed=32, customer_id="C-555001", email="second.mail@example.net")
    recording(inbox, "c", seed=33, customer_id="C-777002", email="other.person@example.com")
    ingest_all([inbox], IngestConfig(store=store_config))
    env = {"REDACT_RAW_KEY": base64.b64encode(KEY).decode()}
    ref = Store(store_config).customer_ref("C-555001")
    first = next(r for r in rows(store_config).values() if r.customer_ref == ref)
    page = CliRunner().invoke(main, ["review", first.id[:12], "--store", str(store_config.root)], env=env)
    assert page.exit_code == 0 and (Store(store_config).artifact_dir(first.id) / "review.html").exists()
    result = CliRunner().invoke(main, ["forget", "--customer", "C-555001", "--store", str(store_config.root)], env=env)
    assert result.exit_code == 0, result.output
    assert "2 recordings" in result.output and "nothing found" in result.output
    remaining = rows(store_config)
    assert len(remaining) == 1
    store = Store(store_config)
    assert store.scan_for("C-555001") == []
    assert not store.artifact_dir(first.id).exists()  # videos, plans and the review page went
    [entry] = [e for e in AuditLog(store.root / "audit.jsonl").entries() if e.event == "forget"]
    assert entry.fields["customer_ref"] != "C-555001" and entry.fields["recordings"] == 2
    assert store.audit.verify().ok  # under the audit key derived from the raw key
    assert a.exists()  # the inbox is not the store


@pytest.mark.slow
def test_purge_applies_retention_per_purpose(tmp_path, store_config):
    recording(tmp_path / "in", "r")
    ingest_all([tmp_path / "in"], IngestConfig(store=store_config))
    store = Store(store_config)
    [row] = rows(store_config).values()
    assert store.purge().outputs == 0
    report = store.purge(now=utcnow() + timedelta(days=100))  # qa_review keeps 90 days, training 365
    assert report.outputs == 1
    assert set(outputs(store_config, row.id)) == {"training"}
    assert not store.artifacts(row.id, "qa_review")
    assert all(store.path_of(a).exists() for a in store.artifacts(row.id))
    report = store.purge(now=utcnow() + timedelta(days=400))
    [expired_row] = rows(store_config).values()
    assert expired_row.id == row.id and expired_row.state == "expired"
    assert not store.artifact_dir(row.id).exists()
    # past retention the row keeps what dedup needs (the content hash, the state) and nothing of who or when
    assert (
        expired_row.session_id,
        expired_row.technician_id,
        expired_row.customer_ref,
        expired_row.recorded_at,
        expired_row.tenant,
    ) == (None, None, None, None, None)
    assert report.rows_cleared == 1
    for value in (row.session_id, row.technician_id, row.customer_ref):
        assert store.scan_for(value) == []  # nor in the catalog's file, its WAL or free pages
    assert store.purge(now=utcnow() + timedelta(days=500)).rows_cleared == 0
    assert [o.status for o in ingest_all([tmp_path / "in"], IngestConfig(store=store_config)).outcomes] == ["skipped"]


@pytest.mark.slow
def test_parallel_workers_share_the_catalog_and_the_audit_chain(tmp_path, store_config):
    inbox = tmp_path / "inbox"  # one recording per worker: both write the catalog and the chain
    for i in range(2):
        recording(inbox, f"p{i}", seed=50 + i, email=f"worker{i}.test@example.com")
    summary = ingest_all([inbox], IngestConfig(store=store_config), workers=2)
    assert [o.status for o in summary.outcomes] == ["processed"] * 2
    assert len({o.recording_id for o in summary.outcomes}) == 2
    log = Store(store_config).audit
    assert log.verify().ok and sum(e.event == "store" for e in log.entries()) == 4


@pytest.mark.slow
def test_watch_takes_files_that_land_in_the_folder(tmp_path, store_config):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    stop = threading.Event()
    seen = []

    def on_outcome(outcome):
        seen.append(outcome)
        stop.set()

    worker = threading.Thread(
        target=lambda: seen.append(
            watch(inbox, IngestConfig(store=store_config), poll_s=0.3, stop=stop, on_outcome=on_outcome)
        )
    )
    worker.start()
    video = recording(tmp_path / "staging", "dropped", seed=60)
    os.replace(video.with_suffix(".json"), inbox / "dropped.json")
    os.replace(video, inbox / "dropped.mp4")
    worker.join(timeout=180)
    assert not worker.is_alive()
    assert seen[0].status == "processed"
    assert not list(inbox.iterdir())  # consumed: the video and its sidecar are gone from the inbox


def test_watch_parks_fifos_instead_of_waiting_on_them(tmp_path, store_config):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    fifo_sidecar = inbox / "clip.json"
    os.mkfifo(fifo_sidecar)
    (inbox / "clip.mp4").write_bytes(b"not a video: its sidecar fails first")
    fifo_video = inbox / "pipe.mp4"
    os.mkfifo(fifo_video)
    (inbox / "pipe.json").write_text(json.dumps(make_sidecar("pipe", 61)))
    stop = threading.Event()
    seen = []

    def on_outcome(outcome):
        seen.append(outcome)
        if len(seen) == 2:
            stop.set()

    worker = threading.Thread(
        target=watch,
        args=(inbox, IngestConfig(store=store_config)),
        kwargs={"poll_s": 0.2, "stop": stop, "on_outcome": on_outcome},
        daemon=True,
    )
    with readers_released(fifo_sidecar, fifo_video) as waited:
        worker.start()
        worker.join(timeout=120)
        stop.set()
        worker.join()
    assert not waited
    assert sorted((o.status, o.exit_code, o.reason) for o in seen) == [
        ("failed", 3, f"{fifo_sidecar}: not a regular file (a FIFO)"),
        ("failed", 3, f"{fifo_video}: not a regular file (a FIFO)"),
    ]
    assert [p.name for p in inbox.iterdir()] == [".failed"]  # parked, not retried at every poll
    assert sorted(p.name for p in (inbox / ".failed").iterdir()) == ["clip.json", "clip.mp4", "pipe.json", "pipe.mp4"]


POSTGRES = os.environ.get("REDACT_TEST_POSTGRES_URL")


@pytest.mark.slow
@pytest.mark.skipif(not POSTGRES, reason="set REDACT_TEST_POSTGRES_URL (postgresql+psycopg://...) to test PostgreSQL")
def test_postgresql_catalog(tmp_path):
    from pipeline.store.catalog import Base, Catalog

    Base.metadata.drop_all(Catalog(POSTGRES).engine)  # a clean catalog for this test
    config = StoreConfig(root=tmp_path / "store", catalog_url=POSTGRES, key=KEY)
    video = recording(tmp_path / "in", "pg", seed=80, customer_id="C-808080")
    assert [o.status for o in ingest_all([video], IngestConfig(store=config)).outcomes] == ["processed"]
    assert [o.status for o in ingest_all([video], IngestConfig(store=config)).outcomes] == ["skipped"]
    report = Store(config).forget("C-808080")
    assert report.before["recordings"] == 1 and not any(report.after.values())
    assert not (config.root / "catalog.sqlite").exists()


def test_summary_counts_stored_against_held_with_the_top_reasons():
    """The batch's last line: how many were stored, how many held for review, and what held most."""
    from pipeline.core.types import Box
    from pipeline.redact.findings import block_reasons, reasons_text
    from pipeline.redact.verify import Finding, Verification
    from pipeline.store.ingest import IngestOutcome
    from pipeline.store.schedule import IngestSummary

    def finding(kind: str, frame: int = 1, seen_s: float | None = None, **more) -> Finding:
        return Finding(frame, frame / 10, kind, 0.9, Box(10, 10, 40, 12), seen_s, **more)

    held = Verification(
        False,
        9,
        (
            finding("PERSON"),
            finding("PERSON", 2),
            finding("EMAIL_ADDRESS", 3, 0.5),
            finding("CREDIT_CARD", 4, 0.5, partial=True),
            finding("PASSWORD", 5, basis="structural"),
        ),
    )
    reasons = block_reasons(held.to_dict())
    assert reasons == {
        "PERSON high_confidence": 2,
        "EMAIL_ADDRESS seen_value": 1,
        "CREDIT_CARD seen_value_part": 1,
        "PASSWORD structural": 1,
    }
    assert reasons_text(reasons) == (
        "PERSON high_confidence x2, CREDIT_CARD seen_value_part x1, EMAIL_ADDRESS seen_value x1 (+1 more)"
    )
    assert block_reasons(Verification(True, 9)) == {}
    assert block_reasons(Verification(False, 9, reason="unreadable_frame", unreadable=(3, 4))) == {
        "unreadable frames": 2
    }
    assert block_reasons(Verification(False, 0, reason="plan_mismatch")) == {"output does not match its plan": 1}

    def outcome(status: str, *reasons: tuple[str, int]) -> IngestOutcome:
        return IngestOutcome(f"{status}.mp4", status, "0" * 64, review_reasons=reasons)

    summary = IngestSummary(
        [
            outcome("processed"),
            outcome("processed"),
            outcome("needs_review", ("PERSON high_confidence", 4), ("URL high_confidence", 1)),
            outcome("needs_review", ("PERSON high_confidence", 1)),
            outcome("needs_review", ("unreadable frames", 2)),
            outcome("needs_review", ("URL high_confidence", 2), ("IP_ADDRESS seen_value", 1)),
            outcome("failed"),
        ]
    )
    assert summary.line() == (
        "ingest: 7 recordings: 2 processed, 4 needs_review (PERSON high_confidence in 2, URL high_confidence in 2, "
        "IP_ADDRESS seen_value in 1, 1 more reason), 1 failed"
    )
    assert IngestSummary([outcome("processed")]).line() == "ingest: 1 recordings: 1 processed"


@pytest.mark.slow
@pytest.mark.allow_errors
def test_an_error_after_the_commit_keeps_the_stored_recording(tmp_path, store_config, monkeypatch):
    # the audit append after the catalog commit fails: the recording is stored, its files must stay
    real = AuditLog.append

    def failing_store_entry(self, event, **fields):
        if event == "store":
            raise OSError("disk full")
        return real(self, event, **fields)

    monkeypatch.setattr(AuditLog, "append", failing_store_entry)
    [outcome] = ingest_all([recording(tmp_path / "in", "late")], IngestConfig(store=store_config)).outcomes
    assert outcome.status == "failed" and "internal error (OSError)" in outcome.reason
    row = next(iter(rows(store_config).values()))
    assert row.state == "processed"
    store = Store(store_config)
    with store.catalog.session() as s:
        files = [a.path for a in s.query(Artifact).filter_by(recording_id=row.id)]
    assert files and all((store.root / f).is_file() for f in files)
