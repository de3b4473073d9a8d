"""Append-only, hash-chained audit log (JSON lines) of what happened to which recording.

Each line is one entry: {seq, at, event, <fields>, prev, hash}. `hash` is the SHA-256 of the
canonical JSON of the entry without `hash`; `prev` is the hash of the entry before (GENESIS for the
first). Editing, inserting, removing or reordering lines breaks the chain; removing the last lines
does not, so `<log>.head` records the last committed seq and hash, written after every append.

Limit, by design of a keyless chain: someone who can rewrite the log from some entry on AND the head
file can forge a consistent history. `AuditReport.last_hash` is what to anchor elsewhere (a ticket,
another host) to rule that out.

Field values are restricted to ids, hashes, types, numbers and store paths: free text (which could
carry detected personal data) is refused at `append`, not cleaned up later.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import math
import os
import re
import secrets
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pipeline.core.errors import ConfigError, OutputError, ProcessingError
from pipeline.core.files import create_private_file, write_atomic
from pipeline.store.vault import check_private

GENESIS = "0" * 64
EVENTS = frozenset({
    "ingest", "refuse", "store", "verify", "view", "export", "edit",
    "approve", "reject", "delete", "forget", "purge", "fail",
})
RESERVED = frozenset({"seq", "at", "event", "prev", "hash"})
MAX_FIELDS = 32
MAX_LIST = 32
_NAME_RE = re.compile(r"[a-z_]{1,40}")
_VALUE_RE = re.compile(r"[A-Za-z0-9._:/@+=-]{0,200}")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._+-]@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")  # `@` is for refs
SALT_BYTES = 32


# ------------------------------------------------------------------------------------------
# Entries


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    event: str
    fields: dict
    prev: str
    hash: str

    def to_dict(self) -> dict:
        return {**self.fields, "seq": self.seq, "at": self.at, "event": self.event,
                "prev": self.prev, "hash": self.hash}

    @classmethod
    def from_dict(cls, data: dict) -> AuditEntry:
        """Raises KeyError/TypeError/ValueError on a line that is not an entry."""
        if not isinstance(data, dict):
            raise TypeError("an entry is a JSON object")
        fields = {k: v for k, v in data.items() if k not in RESERVED}
        seq, at, event, prev, digest = (data[k] for k in ("seq", "at", "event", "prev", "hash"))
        if not (isinstance(seq, int) and not isinstance(seq, bool)) or not all(
                isinstance(v, str) for v in (at, event, prev, digest)):
            raise TypeError("entry keys have the wrong types")
        return cls(seq, at, event, fields, prev, digest)

    def computed_hash(self) -> str:
        body = self.to_dict()
        del body["hash"]
        return _digest(body)


def _canonical(data: dict) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False)


def _digest(body: dict) -> str:
    return hashlib.sha256(_canonical(body).encode("ascii")).hexdigest()


def _check_scalar(name: str, value: object) -> None:
    if value is None or isinstance(value, (bool, int)):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"audit field {name!r}: not a finite number")
        return
    if isinstance(value, str):
        if not _VALUE_RE.fullmatch(value) or _EMAIL_RE.search(value):
            # never echo the value: it is exactly what might be personal data
            raise ValueError(f"audit field {name!r}: only ids, hashes, types and store paths are allowed "
                             f"(<=200 of [A-Za-z0-9._:/@+=-]); got {len(value)} characters of other text")
        return
    raise ValueError(f"audit field {name!r}: type {type(value).__name__} is not allowed")


def check_fields(fields: dict) -> dict:
    """Validate caller fields; returns them with tuples made lists (as JSON will read them back)."""
    if len(fields) > MAX_FIELDS:
        raise ValueError(f"audit entry: more than {MAX_FIELDS} fields")
    out = {}
    for name, value in fields.items():
        if not _NAME_RE.fullmatch(name) or name in RESERVED:
            raise ValueError(f"audit field name not allowed: {name[:40]!r}")
        if isinstance(value, (list, tuple)):
            if len(value) > MAX_LIST:
                raise ValueError(f"audit field {name!r}: list longer than {MAX_LIST}")
            for item in value:
                _check_scalar(name, item)
            value = list(value)
        else:
            _check_scalar(name, value)
        out[name] = value
    return out


# ------------------------------------------------------------------------------------------
# Salted ids


def salted_hash(value: str, salt: bytes) -> str:
    """A pseudonym for a customer id: HMAC-SHA256 with a secret salt, so it cannot be guessed back."""
    if len(salt) < 16:
        raise ValueError("salt too short")
    return "h:" + hmac.new(salt, value.encode("utf-8"), hashlib.sha256).hexdigest()


def load_or_create_salt(path: Path) -> bytes:
    """The installation's salt: created once (32 random bytes, 0600) and reused afterwards."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    create_private_file(path, secrets.token_bytes(SALT_BYTES))  # False: it exists, read it
    try:
        check_private(path, "salt file")
        salt = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read the salt file ({exc.strerror or type(exc).__name__})", path) from None
    if len(salt) != SALT_BYTES:
        raise ConfigError(f"salt file holds {len(salt)} bytes, expected {SALT_BYTES}", path)
    return salt


# ------------------------------------------------------------------------------------------
# The log


@dataclass
class AuditReport:
    ok: bool
    entries: int
    problems: list[str] = field(default_factory=list)
    last_hash: str = GENESIS  # anchor this outside the store to detect a wholesale rewrite


@dataclass(frozen=True)
class _Head:
    seq: int
    hash: str


class AuditLog:
    """Safe for concurrent appends from threads and processes on one host (flock)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.head_path = self.path.with_name(self.path.name + ".head")
        self.lock_path = self.path.with_name(self.path.name + ".lock")

    # --- writing

    def append(self, event: str, **fields) -> AuditEntry:
        if event not in EVENTS:
            raise ValueError(f"unknown audit event {event[:40]!r}")
        fields = check_fields(fields)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with _file_lock(self.lock_path):
            head = self._current_head()
            body = {**fields, "seq": head.seq + 1, "at": _now(), "event": event, "prev": head.hash}
            entry = AuditEntry.from_dict({**body, "hash": _digest(body)})
            line = (_canonical(entry.to_dict()) + "\n").encode("ascii")
            try:
                _append_line(self.path, line)
            except OSError as exc:
                raise OutputError(f"cannot append ({exc.strerror or type(exc).__name__})", self.path) from None
            self._write_head(_Head(entry.seq, entry.hash))
        return entry

    def _current_head(self) -> _Head:
        """Under the lock: the entry to chain onto. Refuses to extend a log that fails verification.

        Fast path: the head file matches the last line. Otherwise (first append, a writer killed
        between its line and its head update, or damage) fall back to a full verification.
        """
        try:
            head = self._read_head()
        except _BadHead:
            head = _Head(-1, "")  # matches nothing: verification below reports it
        last = _last_line(self.path)
        if head is not None and last is not None:
            try:
                entry = AuditEntry.from_dict(json.loads(last))
                if entry.seq == head.seq and entry.hash == head.hash:
                    return head
            except (ValueError, KeyError, TypeError):
                pass
        if head is None and not self.path.exists():
            self._write_head(_Head(0, GENESIS))  # before the first line: a lost head is then damage
            return _Head(0, GENESIS)
        report = self._verify()
        if not report.ok:
            raise ProcessingError(f"audit log fails verification ({report.problems[0]}); "
                                  "refusing to append: run `redact audit verify`", self.path)
        return _Head(report.entries, report.last_hash)

    def _read_head(self) -> _Head | None:
        try:
            data = json.loads(self.head_path.read_text(encoding="ascii"))
            return _Head(int(data["seq"]), str(data["hash"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            raise _BadHead() from None

    def _write_head(self, head: _Head) -> None:
        write_atomic(self.head_path, _canonical({"seq": head.seq, "hash": head.hash}).encode(), private=True)

    # --- reading

    def entries(self) -> Iterator[AuditEntry]:
        """Every entry in file order; a line that is not an entry is a ProcessingError naming it."""
        for number, raw in _lines(self.path):
            if not raw.endswith("\n"):
                return  # an append in progress, not damage: verify() is the judge of that
            try:
                yield AuditEntry.from_dict(json.loads(raw))
            except (ValueError, KeyError, TypeError):
                raise ProcessingError(f"line {number} is not an audit entry", self.path) from None

    def verify(self) -> AuditReport:
        """Check the whole chain and the head; each problem names the line and seq where it shows."""
        with _file_lock(self.lock_path, shared=True):  # no append half-way while we read
            return self._verify()

    def _verify(self) -> AuditReport:
        problems: list[str] = []
        parsed: list[tuple[int, AuditEntry]] = []
        garbled: list[int] = []
        for number, raw in _lines(self.path):
            try:
                parsed.append((number, AuditEntry.from_dict(json.loads(raw))))
            except (ValueError, KeyError, TypeError):
                garbled.append(number)
                problems.append(f"line {number}: not an audit entry (unparseable or incomplete)")
        seqs = Counter(entry.seq for _, entry in parsed)
        line_of_hash = {entry.hash: number for number, entry in parsed}
        expected_seq, expected_prev, prev_number = 1, GENESIS, 0
        for number, entry in parsed:
            where = f"line {number} (seq {entry.seq})"
            if entry.computed_hash() != entry.hash:
                problems.append(f"{where}: hash does not match its content (edited)")
            elif entry.event not in EVENTS:
                problems.append(f"{where}: unknown event (forged)")
            after_garbled = any(prev_number < g < number for g in garbled)  # reported already
            if (entry.seq != expected_seq or entry.prev != expected_prev) and not after_garbled:
                problems.append(f"{where}: {_chain_break(entry, expected_seq, prev_number, seqs, line_of_hash)}")
            expected_seq, expected_prev, prev_number = entry.seq + 1, entry.hash, number
        last_seq = parsed[-1][1].seq if parsed else 0
        last_hash = parsed[-1][1].hash if parsed else GENESIS
        problems.extend(self._check_head(parsed, last_seq))
        return AuditReport(ok=not problems, entries=len(parsed), problems=problems, last_hash=last_hash)

    def _check_head(self, parsed: list[tuple[int, AuditEntry]], last_seq: int) -> list[str]:
        try:
            head = self._read_head()
        except _BadHead:
            return [f"{self.head_path.name}: unreadable head file"]
        if head is None:
            return [f"{self.head_path.name}: missing, so removal of the last entries cannot be ruled out"] \
                if parsed or self.path.exists() else []
        if head.seq > last_seq:
            if not parsed:
                return [f"log is empty or missing but the head records seq {head.seq} (entries removed)"]
            return [(f"end of log: last seq is {last_seq} but the head records seq {head.seq} "
                     f"({_seq_range(last_seq + 1, head.seq)} removed: truncated)")]
        for number, entry in parsed:
            if entry.seq == head.seq and entry.hash != head.hash:
                return [f"line {number} (seq {entry.seq}): differs from the head's record (rewritten)"]
        # entries beyond the head: a writer killed between its line and its head update; the chain
        # check above covers them and the next append moves the head on
        return []


def _chain_break(entry: AuditEntry, expected_seq: int, prev_number: int, seqs: Counter,
                 line_of_hash: dict[str, int]) -> str:
    """Say why `entry` does not follow the line before it, as specifically as the evidence allows."""
    after = f"line {prev_number}" if prev_number else "the start of the log"
    if seqs[entry.seq] > 1:
        return f"seq {entry.seq} appears {seqs[entry.seq]} times: an entry was inserted"
    chained_to = line_of_hash.get(entry.prev)
    if chained_to is not None and chained_to != prev_number:
        return f"chains to line {chained_to}, not to {after} (reordered)"
    if entry.seq > expected_seq and entry.prev not in line_of_hash:
        return f"{_seq_range(expected_seq, entry.seq - 1)} missing before it (removed)"
    if entry.seq == expected_seq:
        return f"prev does not match the hash of {after} (that entry was edited, or this one forged)"
    return f"expected seq {expected_seq} after {after} (inserted, removed or reordered)"


def _seq_range(first: int, last: int) -> str:
    return f"entry seq {first}" if first == last else f"entries seq {first}..{last}"


class _BadHead(Exception):
    pass


@contextmanager
def _file_lock(path: Path, shared: bool = False) -> Iterator[None]:
    """A flock on a side file: exclusive for appends, shared for verification.

    Each use opens its own descriptor, so two threads of one process exclude each other too.
    (flock is per host: on NFS keep to one writer host.)
    """
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        if not shared:
            raise OutputError(f"cannot open the lock file ({exc.strerror or type(exc).__name__})", path) from None
        yield  # verifying a read-only copy of the log: nobody appends to it
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _append_line(path: Path, line: bytes) -> None:
    """Append one line with O_APPEND and fsync it; the caller holds the lock."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        view = memoryview(line)
        while view:  # a short line goes in one write; loop only for the rare partial write
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) for non-empty lines; a missing file has none."""
    try:
        with open(path, encoding="ascii", errors="replace", newline="\n") as handle:
            for number, raw in enumerate(handle, start=1):
                if raw.strip():
                    yield number, raw
    except FileNotFoundError:
        return


def _last_line(path: Path, block: int = 8192) -> str | None:
    """The last line of `path` read from the end (the log may be large); None if empty or missing."""
    try:
        with open(path, "rb") as handle:
            end = handle.seek(0, os.SEEK_END)
            data, position = b"", end
            while position > 0 and data.count(b"\n") < 2:  # two newlines bracket the last line
                step = min(block, position)
                position -= step
                handle.seek(position)
                data = handle.read(step) + data
    except FileNotFoundError:
        return None
    if not data.strip():
        return None
    if not data.endswith(b"\n"):
        return "\x00"  # a torn last line: not an entry, so the caller verifies
    return data.rstrip(b"\n").split(b"\n")[-1].decode("ascii", errors="replace")
