"""The raw quarantine: private permissions, streamed AES-GCM sealing, tamper and key errors."""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import struct
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pipeline.core.errors import ConfigError, InputError, OutputError, ProcessingError
from pipeline.store import vault as vault_module
from pipeline.store.vault import TAG_BYTES, RawVault, generate_key_file, load_key
from tests.helpers import ffmpeg

MARKER = b"CUSTOMER-SCREEN-PLAINTEXT-MARKER"
CHUNK = 64
HEADER = 28  # magic 7 + version 1 + chunk size 4 + key id 8 + nonce prefix 8
H = "sha256-" + "ab" * 32


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def recording(tmp_path) -> Path:
    """Plaintext spread over 16 chunks of CHUNK bytes, the marker in several of them."""
    path = tmp_path / "incoming" / "session.mp4"
    path.parent.mkdir()
    path.write_bytes((MARKER + os.urandom(CHUNK - len(MARKER) + 3)) * 15 + b"tail")
    return path


def sealed_vault(tmp_path: Path, key: bytes, recording: Path) -> tuple[RawVault, Path]:
    vault = RawVault(tmp_path / "raw", key, chunk_size=CHUNK)
    vault.admit(recording, H)
    return vault, vault.seal(H)


def records(sealed: Path) -> tuple[bytes, list[bytes]]:
    data = sealed.read_bytes()
    body = data[HEADER:]
    size = CHUNK + TAG_BYTES
    return data[:HEADER], [body[i : i + size] for i in range(0, len(body), size)]


def assert_refused(vault: RawVault, tmp_path: Path, match: str) -> None:
    """Unsealing fails with one line naming the sealed file, and leaves no plaintext anywhere."""
    out_dir = tmp_path / "out"
    out_dir.mkdir(exist_ok=True)
    with pytest.raises(ProcessingError, match=match) as caught:
        vault.unseal_to(H, out_dir / "raw.mp4")
    message = str(caught.value)
    assert "\n" not in message and "raw.mp4.sealed: cannot unseal" in message
    assert list(out_dir.iterdir()) == []


# --------------------------------------------------------------------------------------------
# Layout and permissions


def test_quarantine_is_private_whatever_the_umask(tmp_path, key, recording):
    old = os.umask(0)
    try:
        vault = RawVault(tmp_path / "store" / "raw", key, chunk_size=CHUNK)
        admitted = vault.admit(recording, H)
        assert admitted == tmp_path / "store" / "raw" / H / "raw.mp4"
        assert admitted.read_bytes() == recording.read_bytes()
        assert admitted.stat().st_mode & 0o777 == 0o600
        sealed = vault.seal(H)
        restored = vault.unseal_to(H, tmp_path / "restored.mp4")
    finally:
        os.umask(old)
    for folder in (vault.root, vault.root / H):
        assert folder.stat().st_mode & 0o777 == 0o700
    for path in (sealed, restored):
        assert path.stat().st_mode & 0o777 == 0o600
    assert recording.exists()  # the incoming file is the caller's to remove


def test_existing_root_is_tightened(tmp_path, key):
    root = tmp_path / "raw"
    root.mkdir(mode=0o755)
    root.chmod(0o755)
    RawVault(root, key)
    assert root.stat().st_mode & 0o777 == 0o700


def test_bookkeeping_and_delete(tmp_path, key, recording):
    vault = RawVault(tmp_path / "raw", key, chunk_size=CHUNK)
    other = "sha256-" + "cd" * 32
    assert vault.list_hashes() == [] and not vault.exists(H)
    vault.admit(recording, H)
    vault.admit(recording, other)
    assert vault.exists(H) and not vault.sealed(H)
    vault.seal(H)
    assert vault.sealed(H) and vault.raw_path(H) is None
    assert vault.seal(H) == vault.sealed_path(H)  # sealing twice is harmless
    assert vault.list_hashes() == sorted([H, other])
    (vault.root / H / ".raw.mp4.sealed.x.part").write_bytes(b"left by a killed writer")
    assert vault.delete(H) == 2
    assert not vault.exists(H) and not (vault.root / H).exists()
    assert vault.delete(H) == 0
    assert vault.list_hashes() == [other]


@pytest.mark.parametrize("bad", ["../escape", "", ".hidden", "a/b", "x" * 200])
def test_content_hash_must_be_a_safe_folder_name(tmp_path, key, recording, bad):
    with pytest.raises(InputError):
        RawVault(tmp_path / "raw", key).admit(recording, bad)


def test_unreadable_source_is_an_input_error(tmp_path, key):
    with pytest.raises(InputError, match="missing.mp4: cannot read the recording"):
        RawVault(tmp_path / "raw", key).admit(tmp_path / "missing.mp4", H)


# --------------------------------------------------------------------------------------------
# Sealing


@pytest.mark.parametrize("size", [0, CHUNK, 3 * CHUNK, 15 * CHUNK + 7])
def test_roundtrip_over_chunk_boundaries(tmp_path, key, size):
    source = tmp_path / "in.webm"
    source.write_bytes(os.urandom(size))
    vault = RawVault(tmp_path / "raw", key, chunk_size=CHUNK)
    vault.admit(source, H)
    sealed = vault.seal(H)
    chunks = max(1, -(-size // CHUNK))
    assert sealed.stat().st_size == HEADER + size + chunks * TAG_BYTES
    assert vault.unseal_to(H, tmp_path / "back.webm").read_bytes() == source.read_bytes()


def test_sealed_recording_holds_no_plaintext(tmp_path, key, recording):
    _, sealed = sealed_vault(tmp_path, key, recording)
    assert sealed.name == "raw.mp4.sealed"
    assert [p.name for p in sealed.parent.iterdir()] == ["raw.mp4.sealed"]  # plaintext gone
    assert MARKER not in sealed.read_bytes()
    assert MARKER[:8] not in sealed.read_bytes()


def test_real_recording_roundtrip(tmp_path, key):
    clip = tmp_path / "clip.mp4"
    ffmpeg("-f", "lavfi", "-i", "testsrc=size=320x240:rate=15", "-t", "1", "-c:v", "libx264", str(clip))
    vault = RawVault(tmp_path / "raw", key, chunk_size=4096)
    vault.admit(clip, H)
    vault.seal(H)
    assert vault.unseal_to(H, tmp_path / "again.mp4").read_bytes() == clip.read_bytes()


def test_two_seals_of_one_file_differ(tmp_path, key, recording):
    """A fresh nonce prefix per file: equal recordings do not give equal ciphertexts."""
    one = RawVault(tmp_path / "a", key, chunk_size=CHUNK)
    two = RawVault(tmp_path / "b", key, chunk_size=CHUNK)
    for vault in (one, two):
        vault.admit(recording, H)
    assert one.seal(H).read_bytes() != two.seal(H).read_bytes()


def test_seal_without_a_key_is_refused_and_keeps_nothing_new(tmp_path, recording):
    vault = RawVault(tmp_path / "raw", None)
    admitted = vault.admit(recording, H)
    with pytest.raises(ConfigError, match="raw retention needs an encryption key: set REDACT_RAW_KEY"):
        vault.seal(H)
    assert [p.name for p in admitted.parent.iterdir()] == ["raw.mp4"]  # no plaintext fallback file
    with pytest.raises(ConfigError, match="needs an encryption key"):
        vault.unseal_to(H, tmp_path / "x.mp4")


# --------------------------------------------------------------------------------------------
# Tampering and wrong keys: refused, nothing left behind


def test_one_flipped_byte_is_refused(tmp_path, key, recording):
    vault, sealed = sealed_vault(tmp_path, key, recording)
    data = bytearray(sealed.read_bytes())
    data[HEADER + 5 * (CHUNK + TAG_BYTES) + 10] ^= 0x01
    sealed.write_bytes(bytes(data))
    assert_refused(vault, tmp_path, "chunk 5 fails authentication")


def test_edited_header_is_refused(tmp_path, key, recording):
    vault, sealed = sealed_vault(tmp_path, key, recording)
    data = bytearray(sealed.read_bytes())
    data[HEADER - 1] ^= 0x80  # last byte of the nonce prefix
    sealed.write_bytes(bytes(data))
    assert_refused(vault, tmp_path, "chunk 0 fails authentication")
    data = bytearray(sealed.read_bytes())
    data[0:7] = b"NOTMINE"
    sealed.write_bytes(bytes(data))
    assert_refused(vault, tmp_path, "not a sealed recording")


def test_dropped_last_chunk_is_refused(tmp_path, key, recording):
    vault, sealed = sealed_vault(tmp_path, key, recording)
    header, chunks = records(sealed)
    sealed.write_bytes(header + b"".join(chunks[:-1]))  # ends on a chunk boundary
    assert_refused(vault, tmp_path, f"chunk {len(chunks) - 2} fails authentication")


def test_cut_inside_the_last_chunk_is_refused(tmp_path, key, recording):
    vault, sealed = sealed_vault(tmp_path, key, recording)
    sealed.write_bytes(sealed.read_bytes()[:-5])
    assert_refused(vault, tmp_path, "fails authentication")


def test_appended_chunk_is_refused(tmp_path, key, recording):
    vault, sealed = sealed_vault(tmp_path, key, recording)
    header, chunks = records(sealed)
    sealed.write_bytes(header + b"".join(chunks) + chunks[3])
    assert_refused(vault, tmp_path, "fails authentication")


def test_swapped_chunks_are_refused(tmp_path, key, recording):
    vault, sealed = sealed_vault(tmp_path, key, recording)
    header, chunks = records(sealed)
    chunks[2], chunks[3] = chunks[3], chunks[2]
    sealed.write_bytes(header + b"".join(chunks))
    assert_refused(vault, tmp_path, "chunk 2 fails authentication")


def test_wrong_key_is_refused(tmp_path, key, recording):
    sealed_vault(tmp_path, key, recording)
    stranger = RawVault(tmp_path / "raw", secrets.token_bytes(32), chunk_size=CHUNK)
    assert_refused(stranger, tmp_path, "sealed with a different key")


def test_forged_chunk_size_is_refused(tmp_path, key, recording):
    vault, sealed = sealed_vault(tmp_path, key, recording)
    data = bytearray(sealed.read_bytes())
    data[8:12] = struct.pack(">I", CHUNK * 2)  # covered by every chunk's AAD
    sealed.write_bytes(bytes(data))
    assert_refused(vault, tmp_path, "chunk 0 fails authentication")


# --------------------------------------------------------------------------------------------
# A raw is the recording of its id: swapped files are refused


def seal_as(vault: RawVault, data: bytes, tmp_path: Path) -> str:
    """Admit and seal `data` under its real id (the sha256 of its bytes, as ingest names it)."""
    source = tmp_path / f"{hashlib.sha256(data).hexdigest()[:8]}.mp4"
    source.write_bytes(data)
    content_hash = hashlib.sha256(data).hexdigest()
    vault.admit(source, content_hash)
    vault.seal(content_hash)
    return content_hash


def test_a_sealed_raw_copied_over_another_recordings_is_refused(tmp_path, key):
    vault = RawVault(tmp_path / "raw", key, chunk_size=CHUNK)
    a = seal_as(vault, MARKER + os.urandom(5 * CHUNK), tmp_path)
    b = seal_as(vault, MARKER + os.urandom(5 * CHUNK), tmp_path)
    assert vault.unseal_to(a, tmp_path / "a.mp4").read_bytes()[: len(MARKER)] == MARKER
    vault.sealed_path(a).write_bytes(vault.sealed_path(b).read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ProcessingError, match="chunk 0 fails authentication.*sealed for another recording") as caught:
        vault.unseal_to(a, out / "raw.mp4")
    assert "\n" not in str(caught.value) and list(out.iterdir()) == []
    with pytest.raises(ProcessingError):
        vault.restore_to(a, out / "raw.mp4")
    assert list(out.iterdir()) == []


def seal_v1(key: bytes, data: bytes, path: Path) -> None:
    """A raw sealed by format version 1 (no id in the AAD), as stores sealed before version 2."""
    prefix = os.urandom(8)
    header = struct.pack(">7sBI8s8s", b"SRVAULT", 1, CHUNK, vault_module._key_id(key), prefix)
    chunks = [data[i : i + CHUNK] for i in range(0, len(data), CHUNK)] or [b""]
    body = b"".join(
        AESGCM(key).encrypt(
            prefix + struct.pack(">I", i), chunk, header + struct.pack(">QB", i, int(i == len(chunks) - 1))
        )
        for i, chunk in enumerate(chunks)
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + body)


def test_version_1_raws_are_read_and_checked_by_their_hash(tmp_path, key):
    vault = RawVault(tmp_path / "raw", key, chunk_size=CHUNK)
    data, other = MARKER + os.urandom(3 * CHUNK), MARKER + os.urandom(3 * CHUNK)
    a, b = hashlib.sha256(data).hexdigest(), hashlib.sha256(other).hexdigest()
    seal_v1(key, data, vault.root / a / "raw.mp4.sealed")
    assert vault.unseal_to(a, tmp_path / "a.mp4").read_bytes() == data
    seal_v1(key, other, vault.root / a / "raw.mp4.sealed")  # b's raw where a's belongs: authentic, not a's
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ProcessingError, match="not the one of this id") as caught:
        vault.unseal_to(a, out / "raw.mp4")
    assert str(caught.value).count("\n") == 0 and list(out.iterdir()) == [] and b not in str(caught.value)


def test_a_quarantined_plaintext_swapped_for_another_is_refused(tmp_path, key):
    vault = RawVault(tmp_path / "raw", key, chunk_size=CHUNK)
    data = MARKER + os.urandom(2 * CHUNK)
    source = tmp_path / "in.mp4"
    source.write_bytes(data)
    a = hashlib.sha256(data).hexdigest()
    admitted = vault.admit(source, a)
    assert vault.restore_to(a, tmp_path / "back.mp4").read_bytes() == data
    admitted.write_bytes(data + b"another recording")
    with pytest.raises(ProcessingError, match="raw.mp4: cannot use the quarantined copy: .* sha256 differs"):
        vault.restore_to(a, tmp_path / "out.mp4")
    assert not (tmp_path / "out.mp4").exists()


# --------------------------------------------------------------------------------------------
# Keys


def test_key_from_env_in_base64_or_hex(monkeypatch, key):
    monkeypatch.setenv("REDACT_RAW_KEY", base64.b64encode(key).decode())
    assert load_key() == key
    monkeypatch.setenv("REDACT_RAW_KEY", base64.urlsafe_b64encode(key).decode().rstrip("="))
    assert load_key() == key
    monkeypatch.setenv("REDACT_RAW_KEY", key.hex() + "\n")
    assert load_key() == key
    monkeypatch.delenv("REDACT_RAW_KEY")
    assert load_key() is None


@pytest.mark.parametrize("value", ["s3cr3t-passphrase-not-a-key", "ab" * 31, base64.b64encode(b"x" * 31).decode()])
def test_malformed_env_key_is_a_config_error_that_hides_it(monkeypatch, value):
    monkeypatch.setenv("REDACT_RAW_KEY", value)
    with pytest.raises(ConfigError) as caught:
        load_key()
    message = str(caught.value)
    assert message.startswith("$REDACT_RAW_KEY: not a 32-byte key")
    assert value not in message and value[:8] not in message


def test_key_file_roundtrip_and_checks(tmp_path, monkeypatch):
    monkeypatch.setenv("REDACT_RAW_KEY", "ignored-when-a-file-is-given")
    path = generate_key_file(tmp_path / "keys" / "raw.key")
    assert path.stat().st_mode & 0o777 == 0o600
    key = load_key(path)
    assert key is not None and len(key) == 32
    with pytest.raises(OutputError, match="raw.key: a key file already exists"):
        generate_key_file(path)
    assert load_key(path) == key  # not overwritten
    path.chmod(0o640)
    with pytest.raises(ConfigError, match="raw.key: key file is open to other users"):
        load_key(path)
    with pytest.raises(ConfigError, match="nokey: key file not found"):
        load_key(tmp_path / "nokey")
    bad = tmp_path / "bad.key"
    bad.write_text("correct horse battery staple\n")
    bad.chmod(0o600)
    with pytest.raises(ConfigError, match="bad.key: not a 32-byte key") as caught:
        load_key(bad)
    assert "horse" not in str(caught.value)


def test_vault_refuses_a_short_key(tmp_path):
    with pytest.raises(ConfigError, match="must be 32 bytes"):
        RawVault(tmp_path / "raw", b"short")
    assert "key=none" in repr(RawVault(tmp_path / "raw", None))
