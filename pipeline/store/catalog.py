"""The catalog: one row per recording (by content hash), its stored outputs and their files.

SQLAlchemy keeps it portable: SQLite (WAL, one file in the store) by default, a PostgreSQL URL
for a shared deployment. Rows hold ids, states, types, counts, hashes and paths inside the
store, never detected text, and never a customer id in clear: `customer_ref` is a salted hash,
so that erasure can find a customer's rows while a scan of the store for the id finds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    create_engine,
    event,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker

from pipeline.core.errors import ConfigError

# A recording moves through these states. `processing` carries a lease (owner + heartbeat) so
# that a crashed worker's claim can be taken over; the others are final until a person acts.
PROCESSING = "processing"
PROCESSED = "processed"  # stored for every purpose it was accepted for, verification clean
NEEDS_REVIEW = "needs_review"  # something blocked storage; QA must look (raw kept sealed)
APPROVED = "approved"
REJECTED = "rejected"
REFUSED = "refused"  # the policy stores nothing (no consent, minor, unknown tenant)
FAILED = "failed"  # bad input or a stage error; retried by the next ingest
EXPIRED = "expired"  # every output passed its retention and was purged; the row keeps the id
STATES = (PROCESSING, PROCESSED, NEEDS_REVIEW, APPROVED, REJECTED, REFUSED, FAILED, EXPIRED)
DONE_STATES = frozenset({PROCESSED, NEEDS_REVIEW, APPROVED, REJECTED, REFUSED, EXPIRED})


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, datetime: DateTime(timezone=True)}


class Recording(Base):
    __tablename__ = "recordings"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the file's bytes
    state: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str | None] = mapped_column(String(200))  # a category, never text from a frame
    session_id: Mapped[str | None] = mapped_column(String(128), index=True)
    customer_ref: Mapped[str | None] = mapped_column(String(80), index=True)
    tenant: Mapped[str | None] = mapped_column(String(128), index=True)
    technician_id: Mapped[str | None] = mapped_column(String(128))
    recorded_at: Mapped[datetime | None]
    policy_version: Mapped[str | None] = mapped_column(String(64))
    duration_s: Mapped[float | None] = mapped_column(Float)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    fps: Mapped[float | None] = mapped_column(Float)
    frames: Mapped[int | None] = mapped_column(Integer)
    raw_state: Mapped[str] = mapped_column(String(16), default="none")  # none|quarantined|sealed|deleted
    raw_expires_at: Mapped[datetime | None]
    owner: Mapped[str | None] = mapped_column(String(128))  # lease holder while processing
    heartbeat_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(String(500))  # QA's note on reject (their words, not the screen's)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    outputs: Mapped[list[Output]] = relationship(back_populates="recording", cascade="all, delete-orphan")
    artifacts: Mapped[list[Artifact]] = relationship(back_populates="recording", cascade="all, delete-orphan")


class Output(Base):
    """What is stored for one purpose: its verification, counts by type, retention."""

    __tablename__ = "outputs"

    recording_id: Mapped[str] = mapped_column(ForeignKey("recordings.id", ondelete="CASCADE"), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(32), primary_key=True)
    state: Mapped[str] = mapped_column(String(16))  # stored | blocked | withheld (QA rejected)
    style: Mapped[str] = mapped_column(String(16))
    requires_verification: Mapped[bool] = mapped_column(default=True)
    requires_approval: Mapped[bool] = mapped_column(default=False)  # before it may be exported
    entities: Mapped[dict[str, Any]] = mapped_column(JSON)  # {"redacted": [...types]}
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)  # tracks per entity type
    verification: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    policy_version: Mapped[str] = mapped_column(String(64))
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None]

    recording: Mapped[Recording] = relationship(back_populates="outputs")


class Artifact(Base):
    """A file in the store, by path relative to the store root, with its hash."""

    __tablename__ = "artifacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    recording_id: Mapped[str] = mapped_column(ForeignKey("recordings.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))  # qa_review | training | review (the master plan)
    kind: Mapped[str] = mapped_column(String(16))  # video | plan | verification | report
    path: Mapped[str] = mapped_column(String(400), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    policy_version: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    recording: Mapped[Recording] = relationship(back_populates="artifacts")


class Export(Base):
    """An export folder and the recordings it holds (lineage, for erasure)."""

    __tablename__ = "exports"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    path: Mapped[str] = mapped_column(String(400))
    fmt: Mapped[str] = mapped_column(String(16))
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    stale: Mapped[int] = mapped_column(Integer, default=0)  # 1 once a member was erased: rebuild it


class ExportMember(Base):
    __tablename__ = "export_members"

    export_id: Mapped[str] = mapped_column(ForeignKey("exports.id", ondelete="CASCADE"), primary_key=True)
    recording_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    customer_ref: Mapped[str | None] = mapped_column(String(80), index=True)


class Catalog:
    """Sessions over one engine; every write is one short transaction."""

    def __init__(self, url: str):
        self.url = url
        try:
            self.engine: Engine = create_engine(url, future=True, **_engine_options(url))
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise ConfigError(f"cannot open catalog ({type(exc).__name__})", _safe_url(url)) from None
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            Base.metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise ConfigError(f"cannot open catalog ({type(exc).__name__})", _safe_url(url)) from None
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, future=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def get(self, recording_id: str) -> Recording | None:
        with self.session() as s:
            return s.get(Recording, recording_id)

    def require(self, recording_id: str) -> Recording:
        """A row the caller has just read or written (a missing one is a bug, not bad input)."""
        with self.session() as s:
            return recording_in(s, recording_id)

    def find(self, prefix: str) -> Recording | None:
        """A recording by its id or an unambiguous prefix of it (QA types short ids)."""
        with self.session() as s:
            rows = s.scalars(select(Recording).where(Recording.id.startswith(prefix)).limit(2)).all()
        return rows[0] if len(rows) == 1 else None

    def recordings(
        self, state: str | None = None, tenant: str | None = None, since: datetime | None = None
    ) -> list[Recording]:
        """Rows for `redact list`, newest first, in one state, of one tenant, ingested since a time."""
        query = select(Recording)
        if state:
            query = query.where(Recording.state == state)
        if tenant:
            query = query.where(Recording.tenant == tenant)
        if since is not None:
            query = query.where(Recording.created_at >= since)
        with self.session() as s:
            return list(s.scalars(query.order_by(Recording.created_at.desc())))

    def dispose(self) -> None:
        self.engine.dispose()


def recording_in(s: Session, recording_id: str) -> Recording:
    """The row of a recording known to exist, inside session `s`."""
    row = s.get(Recording, recording_id)
    if row is None:
        raise LookupError(f"recording {recording_id[:12]} is not in the catalog")
    return row


def _engine_options(url: str) -> dict:
    if url.startswith("sqlite"):
        # several worker processes write: wait for the lock rather than fail at once
        return {"connect_args": {"timeout": 60}}
    return {"pool_pre_ping": True}


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # erased rows are overwritten with zeros, not left in free pages for a byte scan to find
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.close()


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a malformed URL: say nothing of it
        return "catalog URL"
