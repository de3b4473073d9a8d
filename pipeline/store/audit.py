"""Append-only, keyed hash chain (JSON lines) of what happened to which recording.

Each line is one entry: {seq, at, event, <fields>, prev, mac}. `mac` is HMAC-SHA256, under the
audit key, of the canonical JSON of the entry without `mac`; `prev` is the mac of the entry before
(GENESIS for the first). The audit key is kept apart from the store like the raw key (a file named
by --audit-key-file / REDACT_AUDIT_KEY_FILE, else derived from the raw key with HKDF under its own
label): someone who can write the store but does not hold the key cannot make an entry that
verifies, so editing, inserting, removing, reordering or re-chaining entries is found. Removing
the last entries leaves a sound chain, so `<log>.head` records the last seq and mac, and what
nothing inside the store can rule out (the log and its head cut back together, or deleted) is
ruled out from outside: by a checkpoint (`verify(expect_head=...)`, a mac printed earlier and
kept elsewhere) and by the catalog (every recording it holds must be named by an entry).

Logs written before the key (entries with an unkeyed SHA-256 `hash`) are read; they verify only
once `upgrade()` has chained a keyed entry onto them, which pins them from then on.

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
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pipeline.core.documents import Sha256, summary
from pipeline.core.errors import ConfigError, OutputError, ProcessingError
from pipeline.core.files import create_private_file, write_atomic
from pipeline.store.vault import check_private, load_key

GENESIS = "0" * 64
EVENTS = frozenset(
    {
        "ingest",
        "refuse",
        "store",
        "verify",
        "view",
        "export",
        "edit",
        "approve",
        "finding",  # QA's verdict on one verification finding: false_positive | real_leak_fixed
        "reject",
        "delete",
        "forget",
        "purge",
        "fail",
        "upgrade",
    }
)
RESERVED = frozenset({"seq", "at", "event", "prev", "mac", "hash"})
MAX_FIELDS = 32
MAX_LIST = 32
_NAME_RE = re.compile(r"[a-z_]{1,40}")
_VALUE_RE = re.compile(r"[A-Za-z0-9._:/@+=-]{0,200}")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._+-]@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")  # `@` is for refs
SALT_BYTES = 32
AUDIT_KEY_FILE_ENV = "REDACT_AUDIT_KEY_FILE"  # read by the CLI's --audit-key-file
_HKDF_INFO = b"session-redactor audit log MAC key v1"  # never the label of any other key
NO_KEY = (
    "the audit log is keyed: give its key (--audit-key-file, REDACT_AUDIT_KEY_FILE) or the raw key "
    "it is derived from (--key-file, REDACT_RAW_KEY_FILE)"
)
LEGACY_ONLY = "no entry is keyed: the log was written before the audit key (run `redact audit upgrade` once) or forged"


# ------------------------------------------------------------------------------------------
# The key


def audit_key(key_file: Path | None, raw_key: bytes | None) -> bytes | None:
    """The audit log's MAC key: read from `key_file` when given, else derived from the raw key with
    HKDF-SHA256 under a label of its own; None without either. A file only (no key in the
    environment): Dask workers read the same file, so every writer has the same key."""
    if key_file is not None:
        return load_key(key_file)
    if raw_key is None:
        return None
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(raw_key)


# ------------------------------------------------------------------------------------------
# Entries


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    event: str
    fields: dict[str, Any]
    prev: str
    digest: str  # the mac; for an entry of an unkeyed log, its SHA-256
    keyed: bool = True

    def body(self) -> dict[str, Any]:
        """What the digest covers: everything but the digest."""
        return {**self.fields, "seq": self.seq, "at": self.at, "event": self.event, "prev": self.prev}

    def to_dict(self) -> dict[str, Any]:
        return {**self.body(), "mac" if self.keyed else "hash": self.digest}

    @classmethod
    def parse(cls, line: str) -> AuditEntry:
        """One line of the log; _NotAnEntry naming the fields at fault (never their values)."""
        try:
            doc = _EntryDoc.model_validate_json(line)
        except ValidationError as exc:
            if any(e["type"] == "json_invalid" for e in exc.errors(include_input=False)):
                raise _NotAnEntry("unparseable or incomplete") from None
            raise _NotAnEntry(summary(exc)) from None
        keyed = doc.mac is not None
        return cls(
            doc.seq,
            doc.at,
            doc.event,
            dict(doc.model_extra or {}),
            doc.prev,
            doc.mac if doc.mac is not None else str(doc.hash),
            keyed,
        )


class _EntryDoc(BaseModel):
    """A line of the log as JSON: the fixed keys, strictly typed, and the caller's fields."""

    model_config = ConfigDict(strict=True, extra="allow", frozen=True)

    seq: Annotated[int, Field(ge=1)]
    at: Annotated[str, Field(pattern=r"^[0-9T:.Z+-]{1,40}$")]
    event: Annotated[str, Field(pattern=r"^[a-z_]{1,40}$")]
    prev: Sha256
    mac: Sha256 | None = None
    hash: Sha256 | None = None  # an entry of a log written before the audit key

    @model_validator(mode="after")
    def _one_digest_and_plain_fields(self) -> _EntryDoc:
        if (self.mac is None) == (self.hash is None):
            raise ValueError("needs a mac (or, written before the audit key, a hash)")
        check_fields(self.model_extra or {})
        return self


class _NotAnEntry(ValueError):
    pass


def _canonical(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False)


def _mac(key: bytes, body: dict[str, Any]) -> str:
    return hmac.new(key, _canonical(body).encode("ascii"), hashlib.sha256).hexdigest()


def _sha256(body: dict[str, Any]) -> str:
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
            raise ValueError(
                f"audit field {name!r}: only ids, hashes, types and store paths are allowed "
                f"(<=200 of [A-Za-z0-9._:/@+=-]); got {len(value)} characters of other text"
            )
        return
    raise ValueError(f"audit field {name!r}: type {type(value).__name__} is not allowed")


def check_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate caller fields; returns them with tuples made lists (as JSON will read them back)."""
    if len(fields) > MAX_FIELDS:
        raise ValueError(f"audit entry: more than {MAX_FIELDS} fields")
    out = {}
    for name, value in fields.items():
        if not _NAME_RE.fullmatch(name) or name in RESERVED:  # not repeated: it could be anything
            raise ValueError("audit field name not allowed (1-40 of a-z and _, not a reserved key)")
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
    head: str = GENESIS  # the last entry's mac: keep it outside the store, check it with expect_head
    last_seq: int = 0


@dataclass(frozen=True)
class _Head:
    seq: int
    digest: str


class AuditLog:
    """Safe for concurrent appends from threads and processes on one host (flock). Reading
    entries needs no key; appending and verifying do (ConfigError without one)."""

    def __init__(self, path: Path, key: bytes | None = None):
        self.path = Path(path)
        self.head_path = self.path.with_name(self.path.name + ".head")
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self._key = key

    # --- writing

    def append(self, event: str, **fields: Any) -> AuditEntry:
        if event not in EVENTS:
            raise ValueError(f"unknown audit event {event[:40]!r}")
        fields = check_fields(fields)
        key = self._need_key()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with _file_lock(self.lock_path):
            return self._write(key, self._current_head(key), event, fields)

    def upgrade(self) -> AuditEntry | None:
        """Pin a log written before the audit key: verify its unkeyed chain, then chain a keyed
        `upgrade` entry onto it. None when there is nothing to upgrade (empty, or keyed already)."""
        key = self._need_key()
        with _file_lock(self.lock_path):
            report = self._verify(key)
            if report.ok or not report.entries:
                return None
            if report.problems != [LEGACY_ONLY]:
                raise ProcessingError(f"audit log fails verification ({report.problems[0]}); not upgraded", self.path)
            return self._write(key, _Head(report.last_seq, report.head), "upgrade", {"legacy_entries": report.entries})

    def _write(self, key: bytes, head: _Head, event: str, fields: dict[str, Any]) -> AuditEntry:
        """Under the lock: append one keyed entry after `head`, then move the head on."""
        entry = AuditEntry(head.seq + 1, _now(), event, fields, head.digest, "")
        entry = replace(entry, digest=_mac(key, entry.body()))
        try:
            _append_line(self.path, (_canonical(entry.to_dict()) + "\n").encode("ascii"))
        except OSError as exc:
            raise OutputError(f"cannot append ({exc.strerror or type(exc).__name__})", self.path) from None
        self._write_head(_Head(entry.seq, entry.digest))
        return entry

    def require_key(self) -> None:
        """ConfigError now, rather than after the work an entry would record, when there is no key."""
        self._need_key()

    def _need_key(self) -> bytes:
        if self._key is None:
            raise ConfigError(NO_KEY, self.path)
        return self._key

    def _current_head(self, key: bytes) -> _Head:
        """Under the lock: the entry to chain onto. Refuses to extend a log that fails verification.

        Fast path: the head file matches the last line, a keyed entry under this key. Otherwise
        (first append, a writer killed between its line and its head update, damage, another key)
        fall back to a full verification.
        """
        try:
            head = self._read_head()
        except _BadHead:
            head = _Head(-1, "")  # matches nothing: verification below reports it
        last = _last_line(self.path)
        if head is not None and last is not None:
            try:
                entry = AuditEntry.parse(last)
                if (
                    entry.keyed
                    and entry.seq == head.seq
                    and entry.digest == head.digest
                    and hmac.compare_digest(_mac(key, entry.body()), entry.digest)
                ):
                    return head
            except _NotAnEntry:
                pass
        if head is None and not self.path.exists():
            self._write_head(_Head(0, GENESIS))  # before the first line: a lost head is then damage
            return _Head(0, GENESIS)
        report = self._verify(key)
        if not report.ok:
            raise ProcessingError(
                f"audit log fails verification ({report.problems[0]}); refusing to append: run `redact audit verify`",
                self.path,
            )
        return _Head(report.last_seq, report.head)

    def _read_head(self) -> _Head | None:
        try:
            data = json.loads(self.head_path.read_text(encoding="ascii"))
            digest = data["mac"] if "mac" in data else data["hash"]  # "hash": written before the key
            return _Head(int(data["seq"]), str(digest))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            raise _BadHead() from None

    def _write_head(self, head: _Head) -> None:
        write_atomic(self.head_path, _canonical({"seq": head.seq, "mac": head.digest}).encode(), private=True)

    # --- reading

    def entries(self) -> Iterator[AuditEntry]:
        """Every entry in file order, unverified; a line that is not an entry is a ProcessingError."""
        for number, raw in _lines(self.path):
            if not raw.endswith("\n"):
                return  # an append in progress, not damage: verify() is the judge of that
            try:
                yield AuditEntry.parse(raw)
            except _NotAnEntry:
                raise ProcessingError(f"line {number} is not an audit entry", self.path) from None

    def verify(self, expect_head: str | None = None, recordings: Iterable[str] = ()) -> AuditReport:
        """Check every entry's MAC, the chain and the head; each problem names the line and seq
        where it shows. `expect_head`: a mac printed by an earlier verification (kept outside the
        store), which must still be in the chain. `recordings`: ids the catalog holds, each of
        which an entry must name (a log deleted or restarted under a full catalog)."""
        key = self._need_key()
        with _file_lock(self.lock_path, shared=True):  # no append half-way while we read
            return self._verify(key, expect_head, recordings)

    def _verify(self, key: bytes, expect_head: str | None = None, recordings: Iterable[str] = ()) -> AuditReport:
        problems: list[str] = []
        parsed: list[tuple[int, AuditEntry]] = []
        garbled: list[int] = []
        for number, raw in _lines(self.path):
            try:
                parsed.append((number, AuditEntry.parse(raw)))
            except _NotAnEntry as exc:
                garbled.append(number)
                problems.append(f"line {number}: not an audit entry ({exc})")
        seqs = Counter(entry.seq for _, entry in parsed)
        line_of = {entry.digest: number for number, entry in parsed}
        expected_seq, expected_prev, prev_number, keyed_seen = 1, GENESIS, 0, False
        for number, entry in parsed:
            where = f"line {number} (seq {entry.seq})"
            problem = _integrity(entry, key, keyed_seen)
            if problem:
                problems.append(f"{where}: {problem}")
            keyed_seen = keyed_seen or entry.keyed
            after_garbled = any(prev_number < g < number for g in garbled)  # reported already
            if (entry.seq != expected_seq or entry.prev != expected_prev) and not after_garbled:
                problems.append(f"{where}: {_chain_break(entry, expected_seq, prev_number, seqs, line_of)}")
            expected_seq, expected_prev, prev_number = entry.seq + 1, entry.digest, number
        if parsed and not keyed_seen:
            problems.append(LEGACY_ONLY)
        last_seq = parsed[-1][1].seq if parsed else 0
        head = parsed[-1][1].digest if parsed else GENESIS
        problems.extend(self._check_head(parsed, last_seq))
        if expect_head is not None and expect_head not in line_of:
            problems.append(
                f"the checkpoint {expect_head[:16]}... is not in the log: entries up to it were removed "
                "or the log was rewritten since it was taken"
            )
        problems.extend(_unnamed(recordings, parsed))
        return AuditReport(ok=not problems, entries=len(parsed), problems=problems, head=head, last_seq=last_seq)

    def _check_head(self, parsed: list[tuple[int, AuditEntry]], last_seq: int) -> list[str]:
        try:
            head = self._read_head()
        except _BadHead:
            return [f"{self.head_path.name}: unreadable head file"]
        if head is None:
            return (
                [f"{self.head_path.name}: missing, so removal of the last entries cannot be ruled out"]
                if parsed or self.path.exists()
                else []
            )
        if head.seq > last_seq:
            if not parsed:
                return [f"log is empty or missing but the head records seq {head.seq} (entries removed)"]
            return [
                (
                    f"end of log: last seq is {last_seq} but the head records seq {head.seq} "
                    f"({_seq_range(last_seq + 1, head.seq)} removed: truncated)"
                )
            ]
        for number, entry in parsed:
            if entry.seq == head.seq and entry.digest != head.digest:
                return [f"line {number} (seq {entry.seq}): differs from the head's record (rewritten)"]
        # entries beyond the head: a writer killed between its line and its head update; the chain
        # check above covers them and the next append moves the head on
        return []


def _integrity(entry: AuditEntry, key: bytes, keyed_seen: bool) -> str | None:
    """Why `entry` cannot be trusted by itself, or None."""
    if entry.keyed:
        if not hmac.compare_digest(_mac(key, entry.body()), entry.digest):
            return "MAC does not match its content (edited, forged without the audit key, or another key)"
    elif keyed_seen:
        return "an unkeyed entry after keyed ones (forged)"
    elif _sha256(entry.body()) != entry.digest:
        return "hash does not match its content (edited)"
    if entry.event not in EVENTS:
        return "unknown event (forged)"
    return None


def _unnamed(recordings: Iterable[str], parsed: list[tuple[int, AuditEntry]]) -> list[str]:
    """A problem when the catalog holds recordings that no entry names."""
    named = {e.fields.get("recording") for _, e in parsed}
    missing = sorted(r for r in set(recordings) if r not in named)
    if not missing:
        return []
    first = ", ".join(r[:12] for r in missing[:3]) + (", ..." if len(missing) > 3 else "")
    if not parsed:
        return [
            f"the log is missing or empty but the catalog holds {len(missing)} recordings ({first}): "
            "the log was deleted"
        ]
    return [
        f"the catalog holds {len(missing)} recordings that no entry names ({first}): entries were removed "
        "or the log was started again"
    ]


def _chain_break(
    entry: AuditEntry, expected_seq: int, prev_number: int, seqs: Counter[int], line_of_hash: dict[str, int]
) -> str:
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
        return f"prev does not match the mac of {after} (that entry was edited, or this one forged)"
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
            view = view[os.write(fd, view) :]
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
