"""QA commands in process (click's CliRunner) over a real store: list, show, review, mask,
unmask, approve, reject, and their errors."""

from __future__ import annotations

import getpass
import json
import re
import shutil

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.qa.actions import operator_id
from pipeline.store.audit import AuditLog
from pipeline.store.ingest import IngestConfig
from pipeline.store.schedule import ingest_all
from pipeline.store.store import Store, StoreConfig
from tests.helpers import EMAIL, KEY, RAW_KEY_ENV, ocr_frame, recording

pytestmark = pytest.mark.slow  # every test works on a store that real recordings were ingested into

INGESTED: dict[str, str] = {}  # what `redact ingest` printed for the leaky recording (base_store)


@pytest.fixture(scope="module")
def base_store(tmp_path_factory):
    """Two recordings ingested once for the module: one processed (raw deleted), one kept for
    review (its raw sealed) because the e-mail was "forgotten" by the pipeline."""
    from pipeline.store import ingest as batch

    root = tmp_path_factory.mktemp("qa")
    config = StoreConfig(root=root / "store", key=KEY)
    ingest_all([recording(root / "in", "clean", seed=41)], IngestConfig(store=config))
    real = batch.purpose_plan
    batch.purpose_plan = lambda plan, entities: real(plan, set(entities) - {"EMAIL_ADDRESS"})
    try:
        leaky = recording(root / "in2", "leaky", seed=42, tenant="acme-b2b")
        result = CliRunner().invoke(main, ["ingest", str(leaky), "--store", str(config.root)], env=RAW_KEY_ENV)
        assert result.exit_code == 0, result.output
        INGESTED["leaky"] = result.output
    finally:
        batch.purpose_plan = real
    return config


@pytest.fixture
def store(base_store, tmp_path):
    """A private copy of the module's store for each test (edits must not leak between tests)."""
    root = tmp_path / "store"
    shutil.copytree(base_store.root, root)
    return StoreConfig(root=root, key=KEY)


def cli(store: StoreConfig, *args: str):
    return CliRunner().invoke(main, [*args, "--store", str(store.root)], env=RAW_KEY_ENV)


def ids(store: StoreConfig) -> dict[str, str]:
    rows = [json.loads(line) for line in cli(store, "list", "--json").output.splitlines()]
    return {r["state"]: r["id"] for r in rows}


def test_list_table_json_and_filters(store):
    table = cli(store, "list")
    assert table.exit_code == 0
    assert "processed" in table.output and "needs_review" in table.output and "2 recordings" in table.output
    assert "\x1b[" not in table.output  # no colour when not a terminal
    rows = [json.loads(line) for line in cli(store, "list", "--json").output.splitlines()]
    assert {r["state"] for r in rows} == {"processed", "needs_review"}
    clean = next(r for r in rows if r["state"] == "processed")
    assert clean["redactions"].get("EMAIL_ADDRESS") == 1
    assert clean["verification"] == {"qa_review": "clean", "training": "clean"}
    assert clean["policy_version"] and clean["duration_s"] > 0
    only = cli(store, "list", "--state", "needs_review", "--json").output.splitlines()
    assert len(only) == 1 and json.loads(only[0])["tenant"] == "acme-b2b"
    assert len(cli(store, "list", "--tenant", "acme-b2b", "--json").output.splitlines()) == 1
    assert cli(store, "list", "--since", "2999-01-01", "--json").output == ""
    bad = cli(store, "list", "--since", "yesterday")
    assert bad.exit_code == 2 and "2026-11-01" in bad.output
    assert EMAIL not in table.output


def test_show_facts_and_tracks_and_errors(store):
    recording_id = ids(store)["processed"]
    shown = cli(store, "show", recording_id[:8])
    assert shown.exit_code == 0, shown.output
    assert recording_id in shown.output and "EMAIL_ADDRESS" in shown.output and "auto" in shown.output
    data = json.loads(cli(store, "show", recording_id[:8], "--json").output)
    assert any(t["type"] == "EMAIL_ADDRESS" for t in data["tracks"])
    assert EMAIL not in shown.output
    missing = cli(store, "show", "ffffffffff")
    assert missing.exit_code == 3 and missing.output.count("\n") == 1 and "no such recording" in missing.output
    short = cli(store, "show", "ab")
    assert short.exit_code == 3 and "6 characters" in short.output
    events = [e.event for e in AuditLog(store.root / "audit.jsonl").entries()]
    assert "view" in events


def test_review_page_is_written_and_audited(store, tmp_path):
    recording_id = ids(store)["needs_review"]
    page = tmp_path / "page.html"
    result = cli(store, "review", recording_id[:10], "-o", str(page))
    assert result.exit_code == 0, result.output
    html = page.read_text()
    assert "<svg" in html and "EMAIL_ADDRESS" in html and "Blocked" in html
    assert EMAIL not in html and "kowalski" not in html.lower()
    wrong = cli(store, "review", recording_id[:10], "--purpose", "training")  # acme-b2b: no training
    assert wrong.exit_code == 2 and "qa_review" in wrong.output


def test_mask_hides_more_and_is_verified_and_audited(store):
    recording_id = ids(store)["processed"]
    before = ocr_frame(_video(store, recording_id), 3)
    assert "0x80070005" in before
    # the technical line sits at y=180 in the test clip: mask it for the whole recording
    result = cli(store, "mask", recording_id[:8], "--box", "10,175,400,30", "--from", "0", "--to", "00:00:10")
    assert result.exit_code == 0, result.output
    assert "added manual track" in result.output and "drawn over the stored video" in result.output
    after = ocr_frame(_video(store, recording_id), 3)
    assert "0x80070005" not in after and "Customer record" in after
    shown = json.loads(cli(store, "show", recording_id[:8], "--json").output)
    assert any(t["source"] == "manual" and t["type"] == "MANUAL" for t in shown["tracks"])
    assert shown["state"] == "processed"
    [edit] = [e for e in AuditLog(store.root / "audit.jsonl").entries() if e.event == "edit"]
    assert edit.fields["action"] == "mask" and edit.fields["actor"] == operator_id()
    assert Store(store).audit.verify().ok


@pytest.mark.parametrize(
    "args, message",
    [
        (("--box", "1,2,3", "--from", "0", "--to", "1"), "X,Y,W,H"),
        (("--box", "1,2,0,4", "--from", "0", "--to", "1"), "positive"),
        (("--box", "1,2,3,4", "--from", "soon", "--to", "1"), "not a time"),
        (("--box", "1,2,3,4", "--from", "5", "--to", "1"), "before --from"),
    ],
)
def test_mask_bad_options(store, args, message):
    result = cli(store, "mask", ids(store)["processed"][:8], *args)
    assert result.exit_code == 2 and message in result.output


def test_mask_outside_the_recording_is_refused(store):
    first = ids(store)["processed"][:8]
    result = cli(store, "mask", first, "--box", "1,2,3,4", "--from", "00:10:00", "--to", "00:11:00")
    assert result.exit_code == 3 and "outside the recording" in result.output


def test_unmask_needs_the_raw_and_re_renders_from_it(store):
    states = ids(store)
    processed = json.loads(cli(store, "show", states["processed"][:8], "--json").output)
    track = processed["tracks"][0]["track"]
    gone = cli(store, "unmask", states["processed"][:8], str(track))
    assert gone.exit_code == 3 and "raw recording is no longer kept" in gone.output
    review = json.loads(cli(store, "show", states["needs_review"][:8], "--json").output)
    person = next(t for t in review["tracks"] if t["type"] == "PERSON")
    result = cli(store, "unmask", states["needs_review"][:8], str(person["track"]))
    assert result.exit_code == 0, result.output
    after = json.loads(cli(store, "show", states["needs_review"][:8], "--json").output)
    assert person["track"] not in {t["track"] for t in after["tracks"]}
    # the e-mail the pipeline "forgot" is still readable: verification still blocks
    assert after["state"] == "needs_review"
    missing = cli(store, "unmask", states["needs_review"][:8], "9999")
    assert missing.exit_code == 3 and "no track 9999" in missing.output


def test_unmask_refuses_another_recordings_raw_copied_over_this_ones(store, tmp_path):
    """Recording B's sealed raw copied over A's must not re-render A from B's pixels: one line,
    exit 6, the stored outputs untouched."""
    from pipeline.core.files import sha256_file

    recording_id = ids(store)["needs_review"]
    vault = Store(store).vault
    other = vault.unseal_to(recording_id, tmp_path / "a.mp4")
    with open(other, "ab") as handle:  # another recording that decodes to the same frames
        handle.write(b"\0" * 64)
    other_id = sha256_file(other)
    vault.admit(other, other_id)
    vault.seal(other_id).replace(vault.sealed_path(recording_id))
    video = _video(store, recording_id)
    before = sha256_file(video)
    review = json.loads(cli(store, "show", recording_id[:8], "--json").output)
    person = next(t for t in review["tracks"] if t["type"] == "PERSON")
    result = cli(store, "unmask", recording_id[:8], str(person["track"]))
    assert result.exit_code == 6, result.output
    assert result.output.count("\n") == 1 and "sealed for another recording" in result.output
    assert sha256_file(_video(store, recording_id)) == before
    after = json.loads(cli(store, "show", recording_id[:8], "--json").output)
    assert person["track"] in {t["track"] for t in after["tracks"]}


def test_masking_the_finding_clears_verification_then_approve(store):
    recording_id = ids(store)["needs_review"]
    blocked = cli(store, "approve", recording_id[:8])
    assert blocked.exit_code == 3 and "--override-verification" in blocked.output
    data = json.loads(cli(store, "show", recording_id[:8], "--json").output)
    # cover the e-mail line (y=60 in the test clip) by hand, as QA would from the review page
    masked = cli(
        store, "mask", recording_id[:8], "--box", "10,55,600,30", "--from", "0", "--to", str(data["duration_s"])
    )
    assert masked.exit_code == 0, masked.output
    assert "qa_review stored" in masked.output
    approved = cli(store, "approve", recording_id[:8])
    assert approved.exit_code == 0 and "approved" in approved.output
    assert not Store(store).vault.exists(recording_id)  # reviewed: the raw goes (retention 0)
    events = [e.event for e in AuditLog(store.root / "audit.jsonl").entries()]
    assert events[-2:] == ["approve", "delete"]


def test_override_and_reject(store):
    states = ids(store)
    overridden = cli(store, "approve", states["needs_review"][:8], "--override-verification")
    assert overridden.exit_code == 0 and "approved" in overridden.output
    rejected = cli(store, "reject", states["processed"][:8], "--note", "blur misses the chat window")
    assert rejected.exit_code == 0 and "rejected" in rejected.output
    rows = {json.loads(line)["state"]: json.loads(line) for line in cli(store, "list", "--json").output.splitlines()}
    assert set(rows["rejected"]["purposes"].values()) == {"withheld"}
    again = cli(store, "approve", states["processed"][:8])
    assert again.exit_code == 3 and "state rejected" in again.output
    audit = (store.root / "audit.jsonl").read_text()
    assert "chat window" not in audit and "override" in audit


def test_qa_entries_name_their_actor(store, monkeypatch):
    """--as, else $REDACT_OPERATOR, else the OS user: every QA entry says who acted."""
    monkeypatch.delenv("REDACT_OPERATOR", raising=False)
    states = ids(store)
    log = AuditLog(store.root / "audit.jsonl")
    before = len(list(log.entries()))
    assert cli(store, "show", states["processed"][:8], "--as", "qa.alice").exit_code == 0
    approved = CliRunner().invoke(
        main,
        ["approve", states["processed"][:8], "--store", str(store.root)],
        env={**RAW_KEY_ENV, "REDACT_OPERATOR": "qa-bob"},
    )
    assert approved.exit_code == 0, approved.output
    assert cli(store, "reject", states["needs_review"][:8], "--note", "blur too weak").exit_code == 0
    bad = cli(store, "show", states["processed"][:8], "--as", "alice@example.com")
    assert bad.exit_code == 2 and "alice" not in bad.output and "operator id" in bad.output
    acted = [(e.event, e.fields.get("actor")) for e in list(log.entries())[before:]]
    assert acted[:2] == [("view", "qa.alice"), ("approve", "qa-bob")]
    assert ("reject", operator_id()) in acted and all(actor for _, actor in acted)
    assert operator_id() == getpass.getuser()
    assert Store(store).audit.verify().ok


def test_ingest_and_list_say_why_a_recording_is_held(store):
    """The batch's lines and `redact list` name what the gate found: types and kinds, never text."""
    printed = INGESTED["leaky"]
    [line] = [line for line in printed.splitlines() if "needs_review" in line and "leaky.mp4" in line]
    assert "verification_blocked:qa_review: EMAIL_ADDRESS " in line, line
    assert re.search(r"ingest: 1 recordings: 1 needs_review \(EMAIL_ADDRESS [a-z_]+ in 1\)", printed), printed
    table = cli(store, "list", "--state", "needs_review")
    assert table.exit_code == 0 and "reason" in table.output.splitlines()[0]
    assert re.search(r"needs_review\s+EMAIL_ADDRESS [a-z_]+ x\d+", table.output), table.output
    rows = {json.loads(line)["state"]: json.loads(line) for line in cli(store, "list", "--json").output.splitlines()}
    held = rows["needs_review"]["review_reasons"]
    assert held and all(label.startswith("EMAIL_ADDRESS ") and n >= 1 for label, n in held.items())
    assert rows["processed"]["review_reasons"] == {}
    assert EMAIL not in printed + table.output


def _findings(store: StoreConfig, recording_id: str) -> list[dict]:
    from pipeline.qa.actions import stored_outputs

    return [f for o in stored_outputs(Store(store), recording_id) for f in (o.verification or {}).get("findings", [])]


def _verdicts(store: StoreConfig) -> list[dict]:
    return [e.fields for e in AuditLog(store.root / "audit.jsonl").entries() if e.event == "finding"]


AUDITED_FINDING = {"recording", "purpose", "verdict", "finding", "entity", "kind", "frame", "time_s", "box", "actor"}


def test_override_records_each_finding_as_a_false_positive(store):
    from pipeline.redact.findings import finding_id
    from pipeline.redact.verify import Verification

    recording_id = ids(store)["needs_review"]
    findings = _findings(store, recording_id)
    assert findings, "the leaky recording is blocked by findings"
    approved = cli(store, "approve", recording_id[:8], "--override-verification", "--as", "qa.carol")
    assert approved.exit_code == 0, approved.output
    verdicts = _verdicts(store)
    assert len(verdicts) == len(findings), "one entry per finding"
    expected = {
        finding_id(f)
        for f in Verification.from_dict(
            {"clean": False, "frames_checked": 1, "reason": "finding", "findings": findings}
        ).findings
    }
    assert {v["finding"] for v in verdicts} == expected
    for v in verdicts:
        assert set(v) == AUDITED_FINDING, "types, boxes, frames and times only"
        assert v["verdict"] == "false_positive" and v["entity"] == "EMAIL_ADDRESS" and v["actor"] == "qa.carol"
        assert v["recording"] == recording_id and len(v["box"]) == 4
    audit = (store.root / "audit.jsonl").read_text()
    assert EMAIL not in audit and "kowalski" not in audit.lower()
    assert Store(store).audit.verify().ok


def test_a_mask_over_a_finding_records_a_real_leak_fixed(store):
    recording_id = ids(store)["needs_review"]
    findings = _findings(store, recording_id)
    frames = sorted({f["frame"] for f in findings})
    assert len(frames) >= 2 and frames[0] == 0, "the e-mail is found from the first frame on"
    # cover the e-mail line (y=60) over the first frames only: the findings there are fixed, later ones not
    masked = cli(store, "mask", recording_id[:8], "--box", "10,55,600,30", "--from", "0", "--to", "0.2")
    assert masked.exit_code == 0, masked.output
    verdicts = _verdicts(store)
    fixed = [f for f in findings if f["frame"] <= 1]
    assert fixed and len(verdicts) == len(fixed) and {v["verdict"] for v in verdicts} == {"real_leak_fixed"}
    assert {v["frame"] for v in verdicts} == {f["frame"] for f in fixed}
    assert all(set(v) == AUDITED_FINDING | {"track"} for v in verdicts)
    track = int(re.search(r"added manual track (\d+)", masked.output).group(1))
    assert {v["track"] for v in verdicts} == {track}
    assert {tuple(v["box"]) for v in verdicts} == {tuple(f["box"]) for f in fixed}
    assert EMAIL not in (store.root / "audit.jsonl").read_text()


def _video(store: StoreConfig, recording_id: str):
    s = Store(store)
    return s.path_of(s.artifacts(recording_id, "qa_review", "video")[0])
