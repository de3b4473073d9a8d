"""The audit log: keyed hash chain, tamper detection with the place named, checkpoints, the catalog
check, logs from before the key, the free-text guard, concurrency, and `redact audit` itself."""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import multiprocessing
import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.core.errors import ConfigError, ProcessingError
from pipeline.store.audit import (
    GENESIS,
    LEGACY_ONLY,
    AuditLog,
    audit_key,
    load_or_create_salt,
    salted_hash,
)
from pipeline.store.catalog import PROCESSED, PROCESSING, Recording
from pipeline.store.store import Store, StoreConfig

HASHES = [f"sha256:{i:064x}" for i in range(8)]
KEY = bytes(range(32))  # the audit key of these tests
ATTACKER_KEY = bytes(range(1, 33))


def canonical(body: dict) -> str:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def mac(body: dict, key: bytes = KEY) -> str:
    return hmac.new(key, canonical(body).encode(), hashlib.sha256).hexdigest()


def sha256(body: dict) -> str:
    return hashlib.sha256(canonical(body).encode()).hexdigest()


def filled(tmp_path: Path, count: int = 8) -> AuditLog:
    log = AuditLog(tmp_path / "audit" / "audit.jsonl", KEY)
    for i in range(count):
        log.append(
            "ingest",
            content_hash=HASHES[i],
            tenant="acme",
            frames=100 + i,
            kinds=["EMAIL_ADDRESS", "PERSON"],
            policy_version="2024.1",
        )
    return log


def lines(log: AuditLog) -> list[str]:
    return log.path.read_text().splitlines(keepends=True)


def rewrite(log: AuditLog, new_lines: list[str]) -> None:
    log.path.write_text("".join(new_lines))


def forged(body: dict, key: bytes = KEY) -> str:
    """A line as someone holding the key would write it: a valid MAC over the new content (the chain
    checks must find what the MAC cannot)."""
    body = {k: v for k, v in body.items() if k not in ("mac", "hash")}
    return canonical({**body, "mac": mac(body, key)}) + "\n"


# --------------------------------------------------------------------------------------------
# A sound log


def test_append_chains_entries_and_verifies(tmp_path):
    log = filled(tmp_path, 5)
    entries = list(log.entries())
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev == GENESIS
    assert all(later.prev == earlier.digest for earlier, later in itertools.pairwise(entries))
    assert all(e.keyed and e.digest == mac(e.body()) for e in entries)
    assert all(e.digest != sha256(e.body()) for e in entries), "keyed: not a plain hash anyone can compute"
    assert entries[2].event == "ingest"
    assert entries[2].fields == {
        "content_hash": HASHES[2],
        "tenant": "acme",
        "frames": 102,
        "kinds": ["EMAIL_ADDRESS", "PERSON"],
        "policy_version": "2024.1",
    }
    assert entries[2].at.endswith("Z")
    report = log.verify()
    assert report.ok, report.problems
    assert report.entries == 5 and report.head == entries[-1].digest
    assert json.loads(log.head_path.read_text()) == {"seq": 5, "mac": entries[-1].digest}
    for path in (log.path, log.head_path):
        assert path.stat().st_mode & 0o777 == 0o600


def test_missing_log_without_head_is_an_empty_sound_log(tmp_path):
    log = AuditLog(tmp_path / "none.jsonl", KEY)
    report = log.verify()
    assert (report.ok, report.entries, report.problems) == (True, 0, [])
    assert list(log.entries()) == []


# --------------------------------------------------------------------------------------------
# Tampering, each found where it happened


def test_edited_field_is_found_at_its_line(tmp_path):
    log = filled(tmp_path)
    text = lines(log)
    text[6] = text[6].replace('"frames":106', '"frames":999')
    rewrite(log, text)
    report = log.verify()
    assert not report.ok
    assert report.problems == [
        "line 7 (seq 7): MAC does not match its content (edited, forged without the audit key, or another key)"
    ]


def test_edit_with_recomputed_hash_breaks_the_link_to_the_next_entry(tmp_path):
    log = filled(tmp_path)
    text = lines(log)
    body = json.loads(text[3])
    text[3] = forged({**body, "tenant": "other"})
    rewrite(log, text)
    problems = log.verify().problems
    assert len(problems) == 1
    assert problems[0].startswith("line 5 (seq 5): prev does not match the mac of line 4")


def test_removed_middle_line_is_found(tmp_path):
    log = filled(tmp_path)
    text = lines(log)
    del text[3]
    rewrite(log, text)
    assert log.verify().problems == ["line 4 (seq 5): entry seq 4 missing before it (removed)"]


def test_inserted_forged_line_is_found_even_with_a_valid_hash(tmp_path):
    log = filled(tmp_path)
    text = lines(log)
    before = json.loads(text[2])  # seq 3: the forgery chains onto it properly
    fake = forged({"seq": 4, "at": before["at"], "event": "delete", "content_hash": HASHES[5], "prev": before["mac"]})
    text.insert(3, fake)
    rewrite(log, text)
    report = log.verify()
    assert not report.ok
    assert report.problems == ["line 5 (seq 4): seq 4 appears 2 times: an entry was inserted"]


def test_removed_last_line_is_found_through_the_head(tmp_path):
    log = filled(tmp_path)
    rewrite(log, lines(log)[:-2])
    assert log.verify().problems == [
        "end of log: last seq is 6 but the head records seq 8 (entries seq 7..8 removed: truncated)"
    ]


def test_swapped_lines_are_found(tmp_path):
    log = filled(tmp_path)
    text = lines(log)
    text[2], text[3] = text[3], text[2]
    rewrite(log, text)
    problems = log.verify().problems
    assert problems[:2] == [
        "line 3 (seq 4): chains to line 4, not to line 2 (reordered)",
        "line 4 (seq 3): chains to line 2, not to line 3 (reordered)",
    ]


def test_unparseable_line_is_reported_once(tmp_path):
    log = filled(tmp_path)
    text = lines(log)
    text[4] = text[4][:40] + "\n"
    rewrite(log, text)
    assert log.verify().problems == ["line 5: not an audit entry (unparseable or incomplete)"]
    with pytest.raises(ProcessingError, match="line 5 is not an audit entry"):
        list(log.entries())


def test_rewritten_tail_differs_from_the_head(tmp_path):
    log = filled(tmp_path)
    text = lines(log)
    text[-1] = forged({**json.loads(text[-1]), "event": "view"})
    rewrite(log, text)
    assert log.verify().problems == ["line 8 (seq 8): differs from the head's record (rewritten)"]


def test_lost_head_is_reported(tmp_path):
    log = filled(tmp_path, 2)
    log.head_path.unlink()
    problems = log.verify().problems
    assert len(problems) == 1 and "missing" in problems[0]
    log.path.unlink()
    log.head_path.write_text('{"hash":"%s","seq":3}' % ("a" * 64))
    assert "head records seq 3" in log.verify().problems[0]


def test_append_refuses_to_extend_a_damaged_log(tmp_path):
    log = filled(tmp_path)
    rewrite(log, lines(log)[:-1])
    with pytest.raises(ProcessingError, match=r"audit\.jsonl: audit log fails verification .*truncated"):
        log.append("view", content_hash=HASHES[0])
    assert len(lines(log)) == 7  # nothing was added to the damaged log


def test_writer_killed_before_its_head_update_is_recovered(tmp_path):
    """A line written, the head not yet: the chain is sound and the next append moves the head on."""
    log = filled(tmp_path, 3)
    old_head = log.head_path.read_bytes()
    log.append("store", content_hash=HASHES[3], purpose="qa_review")
    log.head_path.write_bytes(old_head)  # as if killed between the two writes
    assert log.verify().ok
    entry = log.append("view", content_hash=HASHES[3])
    assert entry.seq == 5
    report = log.verify()
    assert report.ok and report.entries == 5


# --------------------------------------------------------------------------------------------
# The guard against free text


@pytest.mark.parametrize(
    "value",
    [
        "John Smith",  # a name: spaces
        "john.smith@example.com",  # an e-mail address
        "Passwort: hunter2",
        "x" * 201,  # too long
        "Zoë",  # outside the charset
        "line\nbreak",
    ],
)
def test_free_text_is_refused_without_echoing_it(tmp_path, value):
    log = AuditLog(tmp_path / "a.jsonl", KEY)
    with pytest.raises(ValueError) as caught:
        log.append("view", note=value)
    assert value not in str(caught.value)
    with pytest.raises(ValueError):
        log.append("view", notes=["ok", value])
    assert not log.path.exists() or log.path.read_text() == ""


@pytest.mark.parametrize(
    "fields",
    [
        {"seq": 3},
        {"hash": "x"},
        {"mac": "x"},
        {"Bad": 1},
        {"a" * 41: 1},
        {"nested": {"a": 1}},
        {"ratio": float("nan")},
        {"blob": b"bytes"},
        {"many": list(range(33))},
        {"list_of_lists": [[1]]},
    ],
)
def test_field_names_and_shapes_are_restricted(tmp_path, fields):
    with pytest.raises(ValueError):
        AuditLog(tmp_path / "a.jsonl", KEY).append("edit", **fields)


def test_unknown_event_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown audit event"):
        AuditLog(tmp_path / "a.jsonl", KEY).append("peek", content_hash=HASHES[0])


def test_allowed_values_roundtrip(tmp_path):
    log = AuditLog(tmp_path / "a.jsonl", KEY)
    fields = {
        "path": "store/qa_review/ab12/video.mp4",
        "ref": "model@3.8.0",
        "ok": True,
        "nothing": None,
        "score": 0.25,
        "boxes": (1, 2, 3),
        "customer": "h:" + "f" * 64,
    }
    entry = log.append("export", **fields)
    assert list(log.entries()) == [entry]
    assert entry.fields == {**fields, "boxes": [1, 2, 3]}


# --------------------------------------------------------------------------------------------
# Pseudonyms


def test_salted_hash_is_keyed_and_hides_the_id(tmp_path):
    salt = load_or_create_salt(tmp_path / "keys" / "audit.salt")
    other = os.urandom(32)
    pseudonym = salted_hash("CUST-00042", salt)
    assert pseudonym.startswith("h:") and len(pseudonym) == 66
    assert "00042" not in pseudonym
    assert pseudonym == salted_hash("CUST-00042", salt)
    assert pseudonym != salted_hash("CUST-00043", salt)
    assert pseudonym != salted_hash("CUST-00042", other)
    AuditLog(tmp_path / "a.jsonl", KEY).append("forget", customer=pseudonym)  # passes the guard


def test_salt_is_created_once_private_and_reused(tmp_path):
    path = tmp_path / "audit.salt"
    old = os.umask(0)  # the file must be 0600 whatever the umask says
    try:
        salt = load_or_create_salt(path)
    finally:
        os.umask(old)
    assert len(salt) == 32 and path.stat().st_mode & 0o777 == 0o600
    assert load_or_create_salt(path) == salt
    assert [p.name for p in tmp_path.iterdir()] == ["audit.salt"]  # no temp file left


def test_bad_salt_files_are_config_errors(tmp_path):
    path = tmp_path / "audit.salt"
    load_or_create_salt(path)
    path.chmod(0o644)
    with pytest.raises(ConfigError, match="audit.salt: salt file is open to other users"):
        load_or_create_salt(path)
    path.write_bytes(b"short")
    path.chmod(0o600)
    with pytest.raises(ConfigError, match="holds 5 bytes"):
        load_or_create_salt(path)


# --------------------------------------------------------------------------------------------
# Concurrency


def _append_many(path: str, worker: int, count: int, start) -> None:
    start.wait()
    log = AuditLog(Path(path), KEY)
    for i in range(count):
        log.append("ingest", worker=worker, index=i)


@pytest.mark.slow
def test_processes_appending_at_once_keep_one_chain(tmp_path):
    path = tmp_path / "audit.jsonl"
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [context.Process(target=_append_many, args=(str(path), w, 50, start)) for w in range(4)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    report = AuditLog(path, KEY).verify()
    assert report.ok, report.problems
    assert report.entries == 200
    entries = list(AuditLog(path).entries())
    assert [e.seq for e in entries] == list(range(1, 201))
    per_worker = {w: sorted(e.fields["index"] for e in entries if e.fields["worker"] == w) for w in range(4)}
    assert per_worker == {w: list(range(50)) for w in range(4)}


def test_threads_appending_at_once_keep_one_chain(tmp_path):
    path = tmp_path / "audit.jsonl"
    start = threading.Event()
    threads = [threading.Thread(target=_append_many, args=(str(path), w, 25, start)) for w in range(4)]
    for thread in threads:
        thread.start()
    start.set()
    for thread in threads:
        thread.join()
    report = AuditLog(path, KEY).verify()
    assert report.ok and report.entries == 100, report.problems


# --------------------------------------------------------------------------------------------
# An attacker who can write the store but does not hold the audit key


def rechained(lines_in: list[str], digest, digest_key: str) -> list[str]:
    """The whole log re-chained from the first line on, as a forger computes it: each entry's
    digest over its content, each prev the digest before."""
    out, prev = [], GENESIS
    for raw in lines_in:
        body = {k: v for k, v in json.loads(raw).items() if k not in ("mac", "hash")}
        body["prev"] = prev
        prev = digest(body)
        out.append(canonical({**body, digest_key: prev}) + "\n")
    return out


@pytest.mark.parametrize(
    "digest, digest_key",
    [
        (sha256, "hash"),  # the unkeyed chain of earlier versions: anyone can compute it
        (sha256, "mac"),
        (lambda body: mac(body, ATTACKER_KEY), "mac"),  # a key of the attacker's own
    ],
    ids=["sha256-chain", "sha256-as-mac", "other-key"],
)
def test_rehashed_whole_chain_is_found(tmp_path, digest, digest_key):
    """Edit an entry, then recompute every digest and prev after it and rewrite the head to match:
    a consistent chain, which only the key can tell from the real one."""
    log = filled(tmp_path)
    text = lines(log)
    text[2] = text[2].replace('"tenant":"acme"', '"tenant":"other"')
    forged_lines = rechained(text, digest, digest_key)
    rewrite(log, forged_lines)
    last = json.loads(forged_lines[-1])
    log.head_path.write_text(canonical({"seq": last["seq"], digest_key: last[digest_key]}))
    report = log.verify()
    assert not report.ok
    if digest_key == "hash":
        assert report.problems == [LEGACY_ONLY]
    else:
        assert report.problems[0].startswith("line 1 (seq 1): MAC does not match its content")
        assert len(report.problems) == 8, "every re-chained line is named"
    with pytest.raises(ProcessingError, match="fails verification"):
        log.append("view", content_hash=HASHES[0])


def test_log_cut_back_with_its_head_is_found_by_a_checkpoint(tmp_path):
    """Remove the last entries and rewrite the head to the new last one: the chain is sound and the
    head agrees, so only a checkpoint kept outside the store shows what is missing."""
    log = filled(tmp_path)
    checkpoint = log.verify().head
    text = lines(log)[:-2]
    rewrite(log, text)
    last = json.loads(text[-1])
    log.head_path.write_text(canonical({"seq": last["seq"], "mac": last["mac"]}))
    assert log.verify().ok, "without a checkpoint this cannot be told from a shorter log"
    report = log.verify(expect_head=checkpoint)
    assert not report.ok
    assert report.problems == [
        f"the checkpoint {checkpoint[:16]}... is not in the log: entries up to it were removed "
        "or the log was rewritten since it was taken"
    ]


def test_a_checkpoint_stays_valid_while_the_log_grows(tmp_path):
    log = filled(tmp_path, 3)
    checkpoint = log.verify().head
    log.append("view", content_hash=HASHES[1])
    assert log.verify(expect_head=checkpoint).ok
    assert not log.verify(expect_head="f" * 64).ok


def test_recordings_no_entry_names_are_found(tmp_path):
    log = filled(tmp_path, 2)
    log.append("ingest", recording="a" * 64)
    assert log.verify(recordings=["a" * 64]).ok
    report = log.verify(recordings=["a" * 64, "b" * 64, "c" * 64])
    assert report.problems == [
        "the catalog holds 2 recordings that no entry names (bbbbbbbbbbbb, cccccccccccc): "
        "entries were removed or the log was started again"
    ]
    log.path.unlink()
    log.head_path.unlink()
    report = AuditLog(log.path, KEY).verify(recordings=["a" * 64])
    assert report.problems == [
        "the log is missing or empty but the catalog holds 1 recordings (aaaaaaaaaaaa): the log was deleted"
    ]


def test_appending_and_verifying_need_the_key_reading_does_not(tmp_path):
    log = filled(tmp_path, 2)
    unkeyed = AuditLog(log.path)
    assert [e.seq for e in unkeyed.entries()] == [1, 2]
    for action in (unkeyed.verify, lambda: unkeyed.append("view", content_hash=HASHES[0]), unkeyed.require_key):
        with pytest.raises(ConfigError, match="the audit log is keyed"):
            action()
    wrong = AuditLog(log.path, ATTACKER_KEY).verify()
    assert len(wrong.problems) == 2 and "or another key" in wrong.problems[0]


def test_audit_key_from_its_file_else_derived_from_the_raw_key(tmp_path, monkeypatch):
    monkeypatch.setenv("REDACT_RAW_KEY", base64.b64encode(ATTACKER_KEY).decode())  # never read here
    raw = os.urandom(32)
    derived = audit_key(None, raw)
    assert len(derived) == 32 and derived not in (raw, audit_key(None, os.urandom(32)))
    assert derived == audit_key(None, raw), "the same raw key always gives the same audit key"
    assert audit_key(None, None) is None
    path = tmp_path / "audit.key"
    path.write_text(base64.b64encode(KEY).decode())
    path.chmod(0o600)
    assert audit_key(path, raw) == KEY, "a separate key wins over the derived one"
    path.chmod(0o644)
    with pytest.raises(ConfigError, match="open to other users"):
        audit_key(path, raw)


# --------------------------------------------------------------------------------------------
# Logs written before the audit key


def legacy_log(tmp_path: Path, count: int = 4) -> AuditLog:
    """A log as earlier versions wrote it: a plain SHA-256 chain and a head with its hash."""
    log = AuditLog(tmp_path / "audit.jsonl", KEY)
    out, prev = [], GENESIS
    for i in range(count):
        body = {
            "content_hash": HASHES[i],
            "seq": i + 1,
            "at": "2026-01-01T00:00:00.000000Z",
            "event": "ingest",
            "prev": prev,
        }
        prev = sha256(body)
        out.append(canonical({**body, "hash": prev}) + "\n")
    rewrite(log, out)
    log.head_path.write_text(canonical({"seq": count, "hash": prev}))
    return log


def test_a_log_from_before_the_key_is_pinned_by_an_explicit_upgrade(tmp_path):
    log = legacy_log(tmp_path)
    assert [e.keyed for e in log.entries()] == [False] * 4
    assert log.verify().problems == [LEGACY_ONLY]
    with pytest.raises(ProcessingError, match="refusing to append"):
        log.append("view", content_hash=HASHES[0])  # no silent upgrade by whoever appends next
    entry = log.upgrade()
    assert (entry.event, entry.seq, entry.fields) == ("upgrade", 5, {"legacy_entries": 4})
    assert log.verify().ok and log.upgrade() is None
    log.append("view", content_hash=HASHES[1])
    # from now on the unkeyed entries are pinned: re-chaining them breaks the keyed entry after them
    text = lines(log)
    text[:4] = rechained([t.replace(HASHES[2], HASHES[7]) for t in text[:4]], sha256, "hash")
    rewrite(log, text)
    assert log.verify().problems == [
        "line 5 (seq 5): prev does not match the mac of line 4 (that entry was edited, or this one forged)"
    ]


def test_unkeyed_entries_after_keyed_ones_are_forged(tmp_path):
    log = filled(tmp_path, 2)
    last = json.loads(lines(log)[-1])
    body = {"content_hash": HASHES[3], "seq": 3, "at": last["at"], "event": "view", "prev": last["mac"]}
    rewrite(log, lines(log) + [canonical({**body, "hash": sha256(body)}) + "\n"])
    assert log.verify().problems == ["line 3 (seq 3): an unkeyed entry after keyed ones (forged)"]


# --------------------------------------------------------------------------------------------
# redact audit


def store_with_recordings(tmp_path: Path, count: int = 2) -> tuple[StoreConfig, list[str]]:
    """A store whose catalog holds `count` decided recordings (and one being claimed), each named
    in its log as ingest names them."""
    config = StoreConfig(root=tmp_path / "store", key=os.urandom(32))
    store = Store(config)
    ids = [hashlib.sha256(b"%d" % i).hexdigest() for i in range(count)]
    with store.catalog.session() as s:
        for recording_id in ids:
            s.add(Recording(id=recording_id, state=PROCESSED))
        s.add(Recording(id="f" * 64, state=PROCESSING))  # claimed, its first entry not written yet
    for recording_id in ids:
        store.audit.append("ingest", recording=recording_id)
    store.close()
    return config, ids


def audit_cli(config: StoreConfig, *args: str, **env: str):
    env = {"REDACT_RAW_KEY": base64.b64encode(config.key).decode(), **env} if config.key else env
    return CliRunner().invoke(main, ["audit", *args, "--store", str(config.root)], env=env)


def test_cli_verify_prints_a_checkpoint_and_checks_it(tmp_path):
    config, _ = store_with_recordings(tmp_path)
    ok = audit_cli(config, "verify")
    assert ok.exit_code == 0, ok.output
    head = ok.output.split("head ")[1].split()[0]
    assert f"--expect-head {head}" in ok.output
    assert audit_cli(config, "verify", "--expect-head", head).exit_code == 0
    log = config.root / "audit.jsonl"
    text = log.read_text().splitlines(keepends=True)[:-1]
    log.write_text("".join(text))
    (config.root / "audit.jsonl.head").write_text(canonical({"seq": 1, "mac": json.loads(text[-1])["mac"]}))
    cut = audit_cli(config, "verify", "--expect-head", head)
    assert cut.exit_code == 6 and "is not in the log" in cut.output
    assert audit_cli(config, "verify", "--expect-head", "not-a-mac").exit_code == 2


def test_cli_finds_a_deleted_log_while_the_catalog_holds_recordings(tmp_path):
    config, ids = store_with_recordings(tmp_path)
    (config.root / "audit.jsonl").unlink()
    (config.root / "audit.jsonl.head").unlink()
    result = audit_cli(config, "verify")
    assert result.exit_code == 6
    assert f"the log is missing or empty but the catalog holds 2 recordings ({ids[0][:12]}" in result.output
    # a log started again by the next writer names only what came after
    store = Store(config)
    store.audit.append("ingest", recording="e" * 64)
    store.close()
    again = audit_cli(config, "verify")
    assert again.exit_code == 6 and "the catalog holds 2 recordings that no entry names" in again.output


def test_cli_needs_the_audit_key(tmp_path, monkeypatch):
    for name in ("REDACT_RAW_KEY", "REDACT_RAW_KEY_FILE", "REDACT_AUDIT_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    config, _ = store_with_recordings(tmp_path)
    keyless = CliRunner().invoke(main, ["audit", "verify", "--store", str(config.root)])
    assert keyless.exit_code == 5 and "the audit log is keyed" in keyless.output
    shown = CliRunner().invoke(main, ["audit", "show", "--last", "1", "--store", str(config.root)])
    assert shown.exit_code == 0 and "ingest" in shown.output, "reading needs no key"


def test_cli_separate_audit_key_file(tmp_path):
    key_file = tmp_path / "audit.key"
    key_file.write_text(base64.b64encode(KEY).decode())
    key_file.chmod(0o600)
    config = StoreConfig(root=tmp_path / "store", key=os.urandom(32), audit_key_file=key_file)
    store = Store(config)
    store.audit.append("view", content_hash=HASHES[0])
    store.close()
    assert AuditLog(config.root / "audit.jsonl", KEY).verify().ok
    assert audit_cli(config, "verify", "--audit-key-file", str(key_file)).exit_code == 0
    assert audit_cli(config, "verify").exit_code == 6, "the raw key's derived key is another key"


def test_cli_upgrade_pins_a_log_from_before_the_key(tmp_path):
    key_file = tmp_path / "audit.key"
    key_file.write_text(KEY.hex())
    key_file.chmod(0o600)
    config = StoreConfig(root=tmp_path / "store", key=os.urandom(32), audit_key_file=key_file)
    Store(config).close()
    legacy_log(config.root)
    assert audit_cli(config, "verify", "--audit-key-file", str(key_file)).exit_code == 6
    upgraded = audit_cli(config, "upgrade", "--audit-key-file", str(key_file))
    assert upgraded.exit_code == 0 and "4 unkeyed entries pinned by seq 5" in upgraded.output
    assert audit_cli(config, "verify", "--audit-key-file", str(key_file)).exit_code == 0
    again = audit_cli(config, "upgrade", "--audit-key-file", str(key_file))
    assert again.exit_code == 0 and "nothing to upgrade" in again.output
