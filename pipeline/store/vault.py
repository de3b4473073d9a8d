"""Raw quarantine: incoming recordings, readable only by the pipeline, encrypted when kept.

A raw recording is the one artifact that still shows everything, so the policy either deletes it
once processed or keeps it sealed: AES-256-GCM at rest, streamed in chunks so that memory stays
bounded for multi-GB files. There is no plaintext fallback: sealing without a key is an error.

Sealed file layout (all integers big-endian), format version 2:

    header  = MAGIC (7) | version (1) | chunk_size (4) | key id (8) | nonce prefix (8)
    chunk i = AES-GCM(key, nonce = prefix | i (4), data,
                      aad = header | len(id) (1) | id | i (8) | last (1))

Each chunk carries its own 16-byte tag. The index in nonce and AAD stops reordering; the last-chunk
flag stops truncation at a chunk boundary and appended data; the header in the AAD stops edits of
the chunk size or key id; the id (the recording's content hash, the vault folder's name) stops a
sealed file from being passed off as another recording's: copied over another folder's file, it
fails authentication. The key id (an HMAC of the key) only lets a wrong key be named as such.

Version 1 (the same without the id in the AAD) is still read. Whatever the version, the plaintext
of a folder named by a sha256 digest (every recording id is one) must hash to that name: a
mismatch fails the unsealing and leaves nothing behind.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import re
import secrets
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pipeline.core.errors import ConfigError, InputError, OutputError, ProcessingError
from pipeline.core.files import create_private_file, fsync_dir, open_regular, private_dir, write_atomic

log = logging.getLogger(__name__)

KEY_ENV = "REDACT_RAW_KEY"
KEY_BYTES = 32
MAGIC = b"SRVAULT"
VERSION = 2  # 2: the AAD binds the recording id; 1: read, for raws sealed before
READABLE_VERSIONS = (1, 2)
DEFAULT_CHUNK = 1 << 20  # 1 MiB: ~3 chunks in memory at once
MAX_CHUNK = 64 << 20  # a header may not make us allocate more than this
TAG_BYTES = 16
_HEADER = struct.Struct(">7sBI8s8s")
SEALED_SUFFIX = ".sealed"
_HASH_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_EXT_RE = re.compile(r"\.[A-Za-z0-9]{1,10}")
NO_KEY = f"raw retention needs an encryption key: set {KEY_ENV} or --key-file"


# ------------------------------------------------------------------------------------------
# Secrets at rest (files are written by core/files.py: private, whole or not at all)


def check_private(path: Path, what: str) -> None:
    """Refuse a secret that other users can read: it would undo what it protects."""
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise ConfigError(f"{what} is open to other users (mode {mode:04o}); run chmod 600 on it", path)


# ------------------------------------------------------------------------------------------
# Keys


def parse_key(text: str, source: str) -> bytes:
    """32 bytes from 64 hex digits or base64; the error names `source`, never the value."""
    text = text.strip()
    key: bytes | None = None
    if re.fullmatch(r"[0-9A-Fa-f]{64}", text):
        key = bytes.fromhex(text)
    elif re.fullmatch(r"[A-Za-z0-9+/_-]{43}=?", text):  # standard or URL-safe alphabet
        key = base64.urlsafe_b64decode(text.rstrip("=").replace("+", "-").replace("/", "_") + "=")
    if key is None or len(key) != KEY_BYTES:
        raise ConfigError("not a 32-byte key (expected 64 hex digits or base64 of 32 bytes)", source)
    return key


def load_key(key_file: Path | None = None, env: str = KEY_ENV) -> bytes | None:
    """The raw-vault key from `key_file` if given, else from $`env`; None when neither is set."""
    if key_file is not None:
        key_file = Path(key_file)
        try:
            check_private(key_file, "key file")
            text = key_file.read_text(encoding="ascii")
        except FileNotFoundError:
            raise ConfigError("key file not found", key_file) from None
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
            raise ConfigError(f"cannot read the key file ({reason})", key_file) from None
        return parse_key(text, str(key_file))
    value = os.environ.get(env, "")
    if not value.strip():
        return None
    return parse_key(value, f"${env}")


def generate_key_file(path: Path) -> Path:
    """Write a new random key (base64, 0600) to `path`; never overwrites: that would lose the vault."""
    path = Path(path)
    if path.parent != Path(""):
        path.parent.mkdir(parents=True, exist_ok=True)
    text = base64.b64encode(secrets.token_bytes(KEY_BYTES)) + b"\n"
    if not create_private_file(path, text):
        raise OutputError("a key file already exists here; refusing to overwrite it", path)
    return path


def check_key(key: bytes | None, where: Path) -> None:
    """A key given must be a whole key (checked before anything is created for it)."""
    if key is not None and len(key) != KEY_BYTES:
        raise ConfigError(f"raw vault key must be {KEY_BYTES} bytes", where)


def _key_id(key: bytes) -> bytes:
    return hmac.new(key, b"session-redactor raw vault key id", hashlib.sha256).digest()[:8]


# ------------------------------------------------------------------------------------------
# Streamed AES-GCM


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _aad(header: bytes, bound: bytes, index: int, last: bool) -> bytes:
    """`bound` is the length-prefixed id of version 2 (b"" in version 1)."""
    return header + bound + struct.pack(">QB", index, int(last))


def _bound_id(content_hash: str) -> bytes:
    data = content_hash.encode("ascii")
    if not 0 < len(data) < 256:
        raise ValueError("a sealed recording's id must be 1-255 ASCII characters")
    return bytes([len(data)]) + data


def _chunks(handle: BinaryIO, size: int) -> Iterator[tuple[bytes, bool]]:
    """(chunk, is_last) pairs, looking one chunk ahead; an empty input is one empty last chunk."""
    current = handle.read(size)
    while True:
        following = handle.read(size)
        yield current, not following
        if not following:
            return
        current = following


def encrypt_stream(src: BinaryIO, dst: BinaryIO, key: bytes, content_hash: str, chunk_size: int = DEFAULT_CHUNK) -> int:
    """Encrypt `src` into `dst` in the sealed format, bound to `content_hash`; returns the number of chunks."""
    if not 0 < chunk_size <= MAX_CHUNK:
        raise ValueError(f"chunk_size must be in 1..{MAX_CHUNK}")
    bound = _bound_id(content_hash)
    prefix = secrets.token_bytes(8)
    header = _HEADER.pack(MAGIC, VERSION, chunk_size, _key_id(key), prefix)
    dst.write(header)
    cipher = AESGCM(key)
    count = 0
    for index, (chunk, last) in enumerate(_chunks(src, chunk_size)):
        if index >= 1 << 32:
            raise ValueError("too many chunks for a 32-bit counter: use a larger chunk size")
        dst.write(cipher.encrypt(_nonce(prefix, index), chunk, _aad(header, bound, index, last)))
        count += 1
    return count


class _Tampered(Exception):
    """Internal: why a sealed stream was refused (turned into a ProcessingError with its path)."""


class _Sink(Protocol):
    """Where decrypted bytes go: a binary file, or _Hashing in front of one."""

    def write(self, data: bytes, /) -> int: ...


def decrypt_stream(src: BinaryIO, dst: _Sink, key: bytes, content_hash: str) -> int:
    """Decrypt the sealed stream of `content_hash` into `dst`; raises _Tampered on any mismatch
    (a version 2 stream sealed for another id included). Returns the chunk count."""
    header = src.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise _Tampered("not a sealed recording (file too short)")
    magic, version, chunk_size, key_id, prefix = _HEADER.unpack(header)
    if magic != MAGIC:
        raise _Tampered("not a sealed recording (bad magic)")
    if version not in READABLE_VERSIONS:
        raise _Tampered(
            f"sealed with format version {version}; this build reads versions {', '.join(map(str, READABLE_VERSIONS))}"
        )
    if not hmac.compare_digest(key_id, _key_id(key)):
        raise _Tampered("sealed with a different key")
    if not 0 < chunk_size <= MAX_CHUNK:
        raise _Tampered("corrupt header (chunk size out of range)")
    bound = _bound_id(content_hash) if version >= 2 else b""
    cipher = AESGCM(key)
    index = 0
    for record, last in _chunks(src, chunk_size + TAG_BYTES):
        if not last and len(record) != chunk_size + TAG_BYTES:
            raise _Tampered(f"chunk {index} is short")  # cannot happen with a regular file
        try:
            dst.write(cipher.decrypt(_nonce(prefix, index), record, _aad(header, bound, index, last)))
        except InvalidTag:
            raise _Tampered(
                f"chunk {index} fails authentication (altered, reordered, truncated or sealed for another recording)"
            ) from None
        index += 1
    return index


class _Hashing:
    """A write-only file that hashes what passes through it."""

    def __init__(self, out: BinaryIO):
        self.out, self.digest = out, hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.out.write(data)


def _check_content(content_hash: str, digest: str) -> None:
    """The id of a recording is the sha256 of its bytes: whatever came out must hash to it."""
    if _SHA256_RE.fullmatch(content_hash) and not hmac.compare_digest(digest, content_hash):
        raise _Tampered("the recording held here is not the one of this id (its sha256 differs)")


# ------------------------------------------------------------------------------------------
# The vault


class RawVault:
    """`root/<content_hash>/raw<ext>` while processed, `raw<ext>.sealed` when kept."""

    def __init__(self, root: Path, key: bytes | None, chunk_size: int = DEFAULT_CHUNK):
        check_key(key, root)
        if not 0 < chunk_size <= MAX_CHUNK:
            raise ValueError(f"chunk_size must be in 1..{MAX_CHUNK}")
        self.root = private_dir(Path(root))
        self._key = key
        self.chunk_size = chunk_size

    def __repr__(self) -> str:  # never show the key
        return f"RawVault({str(self.root)!r}, key={'set' if self._key else 'none'})"

    # --- paths

    def folder(self, content_hash: str) -> Path:
        if not isinstance(content_hash, str) or not _HASH_RE.fullmatch(content_hash):
            raise InputError("not a content hash usable as a vault folder name", self.root)
        return self.root / content_hash

    def _files(self, content_hash: str) -> list[Path]:
        folder = self.folder(content_hash)
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if p.name.startswith("raw") and p.is_file())

    def raw_path(self, content_hash: str) -> Path | None:
        """The plaintext quarantined copy, if there is one."""
        plain = [p for p in self._files(content_hash) if not p.name.endswith(SEALED_SUFFIX)]
        return plain[0] if plain else None

    def sealed_path(self, content_hash: str) -> Path | None:
        found = [p for p in self._files(content_hash) if p.name.endswith(SEALED_SUFFIX)]
        return found[0] if found else None

    def exists(self, content_hash: str) -> bool:
        return bool(self._files(content_hash))

    def sealed(self, content_hash: str) -> bool:
        return self.sealed_path(content_hash) is not None

    def list_hashes(self) -> list[str]:
        return sorted(
            p.name for p in self.root.iterdir() if p.is_dir() and _HASH_RE.fullmatch(p.name) and self.exists(p.name)
        )

    # --- operations

    def admit(self, src: Path, content_hash: str) -> Path:
        """Copy an incoming recording into quarantine (0600 in a 0700 folder); returns the copy."""
        src = Path(src)
        ext = src.suffix.lower() if _EXT_RE.fullmatch(src.suffix) else ""
        folder = private_dir(self.folder(content_hash))
        target = folder / f"raw{ext}"
        try:
            with open_regular(src) as source:
                write_atomic(target, lambda out: shutil.copyfileobj(source, out, self.chunk_size), private=True)
        except OSError as exc:  # opening the source: write errors arrive as OutputError
            raise InputError(f"cannot read the recording ({exc.strerror or type(exc).__name__})", src) from None
        log.info("vault: admitted %s (%d bytes)", content_hash, target.stat().st_size)
        return target

    def seal(self, content_hash: str) -> Path:
        """Encrypt the quarantined copy at rest and remove the plaintext; returns the sealed file."""
        if self._key is None:
            raise ConfigError(NO_KEY, self.root)
        plain = self.raw_path(content_hash)
        if plain is None:
            done = self.sealed_path(content_hash)
            if done is not None:
                return done  # sealed already: sealing is idempotent
            raise ProcessingError("nothing admitted under this content hash", self.folder(content_hash))
        target = plain.with_name(plain.name + SEALED_SUFFIX)
        key = self._key
        with open(plain, "rb") as source:
            write_atomic(
                target, lambda out: encrypt_stream(source, out, key, content_hash, self.chunk_size), private=True
            )
        plain.unlink()
        fsync_dir(target.parent)
        log.info("vault: sealed %s", content_hash)
        return target

    def unseal_to(self, content_hash: str, dest: Path) -> Path:
        """Decrypt a sealed recording to `dest` (0600), checked against its id (the AAD of
        version 2, the sha256 of the plaintext); on any failure no plaintext is left behind."""
        if self._key is None:
            raise ConfigError(NO_KEY, self.root)
        sealed = self.sealed_path(content_hash)
        if sealed is None:
            raise InputError("no sealed recording under this content hash", self.folder(content_hash))
        key = self._key

        def write(out: BinaryIO) -> None:
            hashing = _Hashing(out)
            decrypt_stream(source, hashing, key, content_hash)
            _check_content(content_hash, hashing.digest.hexdigest())

        try:
            with open(sealed, "rb") as source:
                write_atomic(Path(dest), write, private=True)
        except _Tampered as exc:
            raise ProcessingError(f"cannot unseal: {exc}", sealed) from None
        return Path(dest)

    def restore_to(self, content_hash: str, dest: Path) -> Path:
        """The raw recording of `content_hash` at `dest` (0600), sealed or still plaintext in
        quarantine, checked against its id either way (a file swapped in is refused)."""
        if self.sealed(content_hash):
            return self.unseal_to(content_hash, dest)
        plain = self.raw_path(content_hash)
        if plain is None:
            raise InputError("no raw recording under this content hash", self.folder(content_hash))

        def write(out: BinaryIO) -> None:
            hashing = _Hashing(out)
            with open_regular(plain) as source:
                shutil.copyfileobj(source, hashing, self.chunk_size)
            _check_content(content_hash, hashing.digest.hexdigest())

        try:
            write_atomic(Path(dest), write, private=True)
        except _Tampered as exc:
            raise ProcessingError(f"cannot use the quarantined copy: {exc}", plain) from None
        return Path(dest)

    def delete(self, content_hash: str) -> int:
        """Remove everything held for `content_hash`; returns the number of files removed."""
        folder = self.folder(content_hash)
        if not folder.is_dir():
            return 0
        removed = 0
        for path in folder.iterdir():  # raw, sealed and any temp left by a killed writer
            if path.is_file() or path.is_symlink():
                path.unlink()
                removed += 1
        folder.rmdir()
        fsync_dir(self.root)
        log.info("vault: deleted %s (%d files)", content_hash, removed)
        return removed
