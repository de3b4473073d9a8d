"""The audit log: hash chain, tamper detection with the place named, the free-text guard, concurrency."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import threading
from pathlib import Path

import pytest

from pipeline.store.audit import (
    GENESIS,
    AuditEntry,
    AuditLog,
    load_or_create_salt,
    salted_hash,
)
from pipeline.core.errors import ConfigError, ProcessingError

HASHES = [f"sha256:{i:064x}" for i in range(8)]


def filled(tmp_path: Path, count: int = 8) -> AuditLog:
    log = AuditLog(tmp_path / "audit" / "audit.jsonl")
    for i in range(count):
        log.append("ingest", content_hash=HASHES[i], tenant="acme", frames=100 + i,
                   kinds=["EMAIL_ADDRESS", "PERSON"], policy_version="2024.1")
    return log


def lines(log: AuditLog) -> list[str]:
    return log.path.read_text().splitlines(keepends=True)


def rewrite(log: AuditLog, new_lines: list[str]) -> None:
    log.path.write_text("".join(new_lines))


def forged(body: dict) -> str:
    """A line as a forger who knows the format would write it: correct hash over the new content."""
    entry = AuditEntry.from_dict({**body, "hash": ""})
    body = {**entry.to_dict(), "hash": entry.computed_hash()}
    return json.dumps(body, sort_keys=True, separators=(",", ":")) + "\n"


# --------------------------------------------------------------------------------------------
# A sound log


def test_append_chains_entries_and_verifies(tmp_path):
    log = filled(tmp_path, 5)
    entries = list(log.entries())
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev == GENESIS
    assert all(later.prev == earlier.hash for earlier, later in itertools.pairwise(entries))
    assert all(e.hash == e.computed_hash() for e in entries)
    assert entries[2].event == "ingest"
    assert entries[2].fields == {"content_hash": HASHES[2], "tenant": "acme", "frames": 102,
                                 "kinds": ["EMAIL_ADDRESS", "PERSON"], "policy_version": "2024.1"}
    assert entries[2].at.endswith("Z")
    report = log.verify()
    assert report.ok, report.problems
    assert report.entries == 5 and report.last_hash == entries[-1].hash
    assert json.loads(log.head_path.read_text()) == {"seq": 5, "hash": entries[-1].hash}
    for path in (log.path, log.head_path):
        assert path.stat().st_mode & 0o777 == 0o600


def test_missing_log_without_head_is_an_empty_sound_log(tmp_path):
    log = AuditLog(tmp_path / "none.jsonl")
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
    assert report.problems == ["line 7 (seq 7): hash does not match its content (edited)"]


def test_edit_with_recomputed_hash_breaks_the_link_to_the_next_entry(tmp_path):
    log = filled(tmp_path)
    text = lines(log)
    body = json.loads(text[3])
    text[3] = forged({**body, "tenant": "other"})
    rewrite(log, text)
    problems = log.verify().problems
    assert len(problems) == 1
    assert problems[0].startswith("line 5 (seq 5): prev does not match the hash of line 4")


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
    fake = forged({"seq": 4, "at": before["at"], "event": "delete", "content_hash": HASHES[5],
                   "prev": before["hash"]})
    text.insert(3, fake)
    rewrite(log, text)
    report = log.verify()
    assert not report.ok
    assert report.problems == ["line 5 (seq 4): seq 4 appears 2 times: an entry was inserted"]


def test_removed_last_line_is_found_through_the_head(tmp_path):
    log = filled(tmp_path)
    rewrite(log, lines(log)[:-2])
    assert log.verify().problems == [
        "end of log: last seq is 6 but the head records seq 8 (entries seq 7..8 removed: truncated)"]


def test_swapped_lines_are_found(tmp_path):
    log = filled(tmp_path)
    text = lines(log)
    text[2], text[3] = text[3], text[2]
    rewrite(log, text)
    problems = log.verify().problems
    assert problems[:2] == ["line 3 (seq 4): chains to line 4, not to line 2 (reordered)",
                            "line 4 (seq 3): chains to line 2, not to line 3 (reordered)"]


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


@pytest.mark.parametrize("value", [
    "John Smith",                     # a name: spaces
    "john.smith@example.com",         # an e-mail address
    "Passwort: hunter2",
    "x" * 201,                        # too long
    "Zoë",                            # outside the charset
    "line\nbreak",
])
def test_free_text_is_refused_without_echoing_it(tmp_path, value):
    log = AuditLog(tmp_path / "a.jsonl")
    with pytest.raises(ValueError) as caught:
        log.append("view", note=value)
    assert value not in str(caught.value)
    with pytest.raises(ValueError):
        log.append("view", notes=["ok", value])
    assert not log.path.exists() or log.path.read_text() == ""


@pytest.mark.parametrize("fields", [
    {"seq": 3}, {"hash": "x"}, {"Bad": 1}, {"a" * 41: 1},
    {"nested": {"a": 1}}, {"ratio": float("nan")}, {"blob": b"bytes"},
    {"many": list(range(33))}, {"list_of_lists": [[1]]},
])
def test_field_names_and_shapes_are_restricted(tmp_path, fields):
    with pytest.raises(ValueError):
        AuditLog(tmp_path / "a.jsonl").append("edit", **fields)


def test_unknown_event_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown audit event"):
        AuditLog(tmp_path / "a.jsonl").append("peek", content_hash=HASHES[0])


def test_allowed_values_roundtrip(tmp_path):
    log = AuditLog(tmp_path / "a.jsonl")
    fields = {"path": "store/qa_review/ab12/video.mp4", "ref": "model@3.8.0", "ok": True, "nothing": None,
              "score": 0.25, "boxes": (1, 2, 3), "customer": "h:" + "f" * 64}
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
    AuditLog(tmp_path / "a.jsonl").append("forget", customer=pseudonym)  # passes the guard


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
    log = AuditLog(Path(path))
    for i in range(count):
        log.append("ingest", worker=worker, index=i)


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
    report = AuditLog(path).verify()
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
    report = AuditLog(path).verify()
    assert report.ok and report.entries == 100, report.problems
